//! Layers over the screen: help (every key, from the keymap), menus, prompts, confirmations and the
//! problems list, each in a centred box.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::super::app::{App, Screen};
use super::super::keymap;
use super::super::overlay::{ConfirmPurpose, Overlay};

/// The key column of the help pane, in terminal columns.
const KEYS_W: usize = 18;

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
            // One entry per key (the scroll counts entries); a long hint wraps under itself.
            let hint_room = usize::from(r.width.saturating_sub(2)).saturating_sub(KEYS_W + 2);
            let entry = |keys: &str, hint: &str| -> Vec<Line<'static>> {
                super::wrap_words(hint, hint_room)
                    .into_iter()
                    .enumerate()
                    .map(|(i, row)| {
                        let keys = if i == 0 { super::pad(keys, KEYS_W) } else { " ".repeat(KEYS_W) };
                        Line::from(vec![Span::styled(format!("  {keys}"), t.key()), Span::raw(row)])
                    })
                    .collect()
            };
            let mut entries: Vec<Vec<Line>> = Vec::new();
            for (name, ctx) in keymap::HELP_CONTEXTS {
                entries.push(vec![Line::styled(name, t.title())]);
                entries.extend(keymap::help(ctx).iter().map(|(keys, hint)| entry(keys, hint)));
            }
            entries.push(vec![Line::styled(crate::t!("view-help-text-boxes"), t.title())]);
            entries.extend(super::super::line_edit::HELP.iter().map(|(keys, hint)| entry(keys, &hint.get())));
            // The last line says where you are and that there is more, as a pager does.
            let height = usize::from(r.height.saturating_sub(3));
            let total = entries.len();
            // The last top that still fills the page.
            let mut last_top = total;
            let mut rows = 0;
            while last_top > 0 && rows + entries[last_top - 1].len() <= height {
                last_top -= 1;
                rows += entries[last_top].len();
            }
            // The keys scroll by unwrapped lines, a page short of the end: that reaches the end.
            let at_end = *scroll + height.saturating_sub(1) >= total;
            let top = if at_end { last_top } else { (*scroll).min(last_top) };
            let mut shown: Vec<Line> = Vec::new();
            let mut end = top;
            for e in entries.into_iter().skip(top) {
                if shown.len() + e.len() > height {
                    break;
                }
                shown.extend(e);
                end += 1;
            }
            let more = if end < total {
                crate::t!("view-help-more", first = top + 1, last = end, total = total)
            } else {
                crate::t!("view-help-end", first = top + 1, last = end, total = total)
            };
            shown.push(Line::styled(more, t.dim()));
            let block = boxed(&crate::t!("view-help-title"), frame, r);
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
            let longest = m.items.iter().map(|i| super::width(&i.label).max(super::width(&i.detail) + 2)).max();
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
                crate::t!("view-prompt-selecting-keys")
            } else {
                crate::t!("view-prompt-keys")
            };
            notes.extend(
                super::wrap_words(&keys, usize::from(inner.width)).into_iter().map(|l| Line::styled(l, t.dim())),
            );
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
            lines.extend(
                super::wrap_words(&crate::t!("view-notice-keys"), usize::from(width - 2))
                    .into_iter()
                    .map(|l| Line::styled(l, t.dim())),
            );
            let r = centered(area, width, u16::try_from(lines.len() + 2).unwrap_or(8));
            let block = boxed(&crate::t!("view-notice-title"), frame, r);
            frame.render_widget(Paragraph::new(lines).block(block), r);
        }
        Overlay::Confirm(c) => {
            let (title, keys) = match c.purpose {
                ConfirmPurpose::RealSubmit { dry_run: true, .. } => {
                    (crate::t!("view-confirm-real-title"), crate::t!("view-confirm-real-dry-keys"))
                }
                ConfirmPurpose::RealSubmit { dry_run: false, .. } => {
                    (crate::t!("view-confirm-real-title"), crate::t!("view-confirm-real-keys"))
                }
                ConfirmPurpose::Replay => {
                    (crate::t!("view-confirm-replay-title"), crate::t!("view-confirm-replay-keys"))
                }
                _ => (crate::t!("view-confirm-title"), crate::t!("view-confirm-keys")),
            };
            // Wrapped by columns before the box is sized; a line of slack below, as the box had.
            let width = 76u16.min(area.width.saturating_sub(2));
            let room = usize::from(width.saturating_sub(2));
            let text: Vec<String> = super::wrap_words(&c.text, room);
            let text_lines = text.len().max(super::width(&c.text) / room.saturating_sub(2).max(1) + 2);
            let keys = super::wrap_words(&keys, room);
            let height = text_lines + keys.len() + 3;
            let mut lines: Vec<Line> = text.into_iter().map(Line::raw).collect();
            lines.push(Line::raw(""));
            lines.extend(keys.into_iter().map(|l| Line::styled(l, t.key())));
            let r = centered(area, width, u16::try_from(height).unwrap_or(12));
            let block = boxed(&title, frame, r);
            frame.render_widget(Paragraph::new(lines).block(block), r);
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
                lines.push(Line::styled(crate::t!("view-problems-none"), t.ok()));
            }
            let top = (selected * 2).saturating_sub(usize::from(r.height.saturating_sub(4)));
            let block = boxed(&crate::t!("view-problems-title"), frame, r);
            frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(top).unwrap_or(0), 0)).block(block), r);
        }
    }
}
