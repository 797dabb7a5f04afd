//! The start screen: the APIs, filtered as you type.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::App;
use super::super::keymap::{self, Action, Context};
use super::super::start::StartScreen;
use crate::t;

pub fn draw(app: &App, s: &StartScreen, frame: &mut Frame, size: (u16, u16)) {
    let t = &app.theme;
    let area = Rect::new(0, 0, size.0, size.1);
    let [title, filter, _, hints] =
        Layout::vertical([Constraint::Length(2), Constraint::Length(2), Constraint::Min(1), Constraint::Length(1)])
            .areas(area);
    frame.render_widget(
        Paragraph::new(vec![
            // The other language, named in itself, so a reader of either finds the switch at once.
            Line::from(vec![
                Span::styled(t!("view-start-title"), t.title()),
                Span::styled(
                    keymap::hint(Context::Start, Action::Language, crate::i18n::current().other().name())
                        .map(|h| format!("   {h}"))
                        .unwrap_or_default(),
                    t.key(),
                ),
            ]),
            Line::styled(t!("view-start-subtitle"), t.dim()),
        ]),
        title,
    );
    let filter_text = if s.filter.is_empty() { t!("view-start-filter-empty") } else { s.filter.clone() };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!("{} ", t!("view-start-filter")), t.key()),
            Span::raw(filter_text),
        ])),
        filter,
    );
    let list = super::super::layout::start(size);
    let width = usize::from(list.width.saturating_sub(4));
    let visible = s.visible(&app.catalog);
    let mut lines = Vec::new();
    if visible.is_empty() {
        let message = t!("view-start-no-match", filter = format!("{:?}", s.filter));
        lines.extend(super::wrap_words(&message, width).into_iter().map(|l| Line::styled(l, t.warn())));
    }
    for (i, spec) in visible.iter().enumerate() {
        let focus = i == s.selected;
        let marker = if focus { "▸ " } else { "  " };
        let head = Line::from(vec![
            Span::styled(marker, t.key()),
            Span::styled(super::fit(&spec.title.get(), width / 2), if focus { t.focus() } else { t.title() }),
            Span::styled(format!("  {}", spec.provider), t.dim()),
        ]);
        lines.push(head);
        lines.push(Line::styled(
            super::fit(&format!("    {} {}   {}", spec.method, spec.path, spec.id), width),
            t.dim(),
        ));
        lines.push(Line::raw(super::fit(&format!("    {}", spec.summary), width)));
    }
    frame.render_widget(Paragraph::new(lines), list);
    let keys = [
        (Action::Up, t!("view-hint-previous")),
        (Action::Down, t!("view-hint-next")),
        (Action::Enter, t!("view-hint-open")),
        (Action::Back, t!("view-hint-clear-quit")),
        (Action::Help, t!("view-hint-help")),
    ];
    let hint =
        keys.iter().filter_map(|(a, short)| keymap::hint(Context::Start, *a, short)).collect::<Vec<_>>().join("  ·  ");
    super::bottom_line(t, app.status.as_ref(), format!("{hint}  ·  q {}", t!("view-hint-quit")), frame, hints);
}
