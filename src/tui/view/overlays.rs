//! Layers over the screen: help (every key, from the keymap), menus, prompts, confirmations and the
//! problems list, each in a centred box.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::super::app::{App, Screen};
use super::super::keymap;
use super::super::overlay::{ConfirmPurpose, Overlay};

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width.saturating_sub(2));
    let h = height.min(area.height.saturating_sub(2));
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

fn boxed<'a>(title: &str, frame: &mut Frame, r: Rect) -> Block<'a> {
    frame.render_widget(Clear, r);
    Block::default().borders(Borders::ALL).title(format!(" {title} "))
}

pub fn draw(app: &App, overlay: &Overlay, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    match overlay {
        Overlay::Help { scroll } => {
            let r = centered(area, 76, area.height.saturating_sub(2));
            let mut lines = Vec::new();
            for (name, ctx) in keymap::HELP_CONTEXTS {
                lines.push(Line::styled(name, t.title()));
                for (keys, hint) in keymap::help(ctx) {
                    lines.push(Line::from(vec![Span::styled(format!("  {keys:<18}"), t.key()), Span::raw(hint)]));
                }
            }
            lines.push(Line::styled("In text boxes (prompts and editors)", t.title()));
            for (keys, hint) in super::super::line_edit::HELP {
                lines.push(Line::from(vec![Span::styled(format!("  {keys:<18}"), t.key()), Span::raw(hint)]));
            }
            // The last line says where you are and that there is more, as a pager does.
            let height = usize::from(r.height.saturating_sub(3));
            let top = (*scroll).min(lines.len().saturating_sub(height));
            let more = if top + height < lines.len() {
                format!("lines {}–{} of {} · PgDn / ↓ for more", top + 1, top + height, lines.len())
            } else {
                format!("lines {}–{} of {} · PgUp / ↑ back · Esc closes", top + 1, lines.len(), lines.len())
            };
            let mut shown: Vec<Line> = lines.into_iter().skip(top).take(height).collect();
            shown.push(Line::styled(more, t.dim()));
            let block = boxed("Help — every key (Esc closes)", frame, r);
            frame.render_widget(Paragraph::new(shown).block(block), r);
        }
        Overlay::Text { title, lines, scroll } => {
            let r = centered(area, area.width.saturating_sub(4), area.height.saturating_sub(2));
            let w = usize::from(r.width.saturating_sub(2));
            let last = lines.len().saturating_sub(usize::from(r.height.saturating_sub(2)));
            let shown: Vec<Line> =
                lines.iter().skip((*scroll).min(last)).map(|l| Line::raw(super::fit(l, w))).collect();
            let block = boxed(title, frame, r);
            frame.render_widget(Paragraph::new(shown).block(block), r);
        }
        Overlay::Menu(m) => {
            let h = u16::try_from(m.items.len() * 2 + 2).unwrap_or(20);
            // Wide enough for the longest line (a profile's URL and key), within the screen.
            let longest = m.items.iter().map(|i| i.label.chars().count().max(i.detail.chars().count() + 2)).max();
            let r = centered(area, u16::try_from(longest.unwrap_or(0) + 4).unwrap_or(u16::MAX).clamp(70, 150), h);
            let inner_w = usize::from(r.width.saturating_sub(4));
            let lines: Vec<Line> = m
                .items
                .iter()
                .enumerate()
                .flat_map(|(i, item)| {
                    let style = if i == m.selected { t.focus() } else { t.normal() };
                    [
                        Line::styled(super::fit(&item.label, inner_w), style),
                        Line::styled(format!("  {}", super::fit(&item.detail, inner_w)), t.dim()),
                    ]
                })
                .collect();
            let top = (m.selected * 2).saturating_sub(usize::from(r.height.saturating_sub(4)));
            let block = boxed(&m.title, frame, r);
            frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(top).unwrap_or(0), 0)).block(block), r);
        }
        Overlay::Prompt(p) => {
            // The error sits inside the prompt (wrapped), with the keys under it: typing goes on here.
            let width = 70u16.min(area.width.saturating_sub(2));
            let error = p.error.as_deref().map(|e| super::wrap_words(&format!("✗ {e}"), usize::from(width - 2)));
            let error_h = error.as_ref().map_or(0, Vec::len);
            let r = centered(area, width, u16::try_from(5 + error_h).unwrap_or(5));
            let block = boxed(&p.title, frame, r);
            let inner = block.inner(r);
            frame.render_widget(block, r);
            frame.render_widget(&p.editor, Rect::new(inner.x, inner.y, inner.width, 1));
            let mut notes: Vec<Line> = error.into_iter().flatten().map(|l| Line::styled(l, t.error())).collect();
            let keys = if p.editor.is_selecting() {
                "typing replaces the selected text · End keeps it · Enter accepts · Esc cancels"
            } else {
                "Enter accepts · Esc cancels · Ctrl-U clears · Ctrl-W deletes a word"
            };
            notes.push(Line::styled(keys, t.dim()));
            let h = inner.height.saturating_sub(2);
            frame.render_widget(Paragraph::new(notes), Rect::new(inner.x, inner.y + 2, inner.width, h));
        }
        Overlay::Notice { text } => {
            let width = 64u16.min(area.width.saturating_sub(2));
            let mut lines: Vec<Line> = text
                .lines()
                .flat_map(|l| super::wrap_words(l, usize::from(width - 2)))
                .map(|l| Line::styled(l, t.normal()))
                .collect();
            lines.push(Line::raw(""));
            lines.push(Line::styled("Esc or Enter closes; other keys wait here.", t.dim()));
            let r = centered(area, width, u16::try_from(lines.len() + 2).unwrap_or(8));
            let block = boxed("Not here", frame, r);
            frame.render_widget(Paragraph::new(lines).block(block), r);
        }
        Overlay::Confirm(c) => {
            let (title, keys) = match c.purpose {
                ConfirmPurpose::RealSubmit { dry_run: true, .. } => {
                    ("Real cloud", "y send it · d dry run first (checks, creates nothing) · n cancel")
                }
                ConfirmPurpose::RealSubmit { dry_run: false, .. } => ("Real cloud", "y send it · n cancel"),
                ConfirmPurpose::Replay => ("Replay", "g new token and send · y send the replay · n cancel"),
                _ => ("Confirm", "y yes · n no"),
            };
            // Tall enough for the wrapped text (a line's slack for word breaks), the gap and the keys.
            let width = 76;
            let text_lines = c.text.chars().count() / usize::from(width - 4) + 2;
            let r = centered(area, width, u16::try_from(text_lines + 4).unwrap_or(12));
            let block = boxed(title, frame, r);
            let lines = vec![Line::raw(c.text.clone()), Line::raw(""), Line::styled(keys, t.key())];
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }).block(block), r);
        }
        Overlay::Problems { selected } => {
            let Screen::Form(f) = &app.screen else { return };
            let r = centered(area, area.width.saturating_sub(4), area.height.saturating_sub(4));
            let w = usize::from(r.width.saturating_sub(2));
            let mut lines: Vec<Line> = Vec::new();
            for (i, p) in f.problems().iter().enumerate() {
                let style = if i == *selected { t.focus() } else { t.normal() };
                lines.push(Line::styled(super::fit(&format!("{}  [{}]", p.at, p.code), w), style));
                lines.push(Line::styled(super::fit(&format!("   {}", p.message), w), t.dim()));
            }
            if lines.is_empty() {
                lines.push(Line::styled("No problems: the request is valid.", t.ok()));
            }
            let top = (selected * 2).saturating_sub(usize::from(r.height.saturating_sub(4)));
            let block = boxed("Problems (Enter jumps to the field)", frame, r);
            frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(top).unwrap_or(0), 0)).block(block), r);
        }
    }
}
