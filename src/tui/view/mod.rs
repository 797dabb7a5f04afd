//! Drawing: reads the model, never changes it. One file per pane or layer.

mod details;
mod form;
mod job;
mod overlays;
mod preview;
mod rows;
mod start;
mod width;

pub use width::{fit, pad, width, wrap, wrap_words};

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::app::{App, Level, Screen, Status};
use super::layout;
use super::theme::Theme;

pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let size = (area.width, area.height);
    if layout::too_small(size) {
        let (mw, mh) = layout::MIN_SIZE;
        let text = crate::t!("view-too-small", width = size.0, height = size.1, min_width = mw, min_height = mh);
        let lines: Vec<Line> = wrap_words(&text, usize::from(area.width)).into_iter().map(Line::raw).collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    match &app.screen {
        Screen::Start(s) => start::draw(app, s, frame, size),
        Screen::Form(f) => form::draw(app, f, frame, size),
    }
    for overlay in &app.overlays {
        overlays::draw(app, overlay, frame, area);
    }
}

/// The bottom line: the status message when there is one, else the key hints.
fn bottom_line(theme: &Theme, status: Option<&Status>, hints: String, frame: &mut Frame, area: Rect) {
    let Some(s) = status else {
        frame.render_widget(Paragraph::new(Line::styled(hints, theme.dim())), area);
        return;
    };
    let style = match s.level {
        Level::Info => theme.ok(),
        Level::Warn => theme.warn(),
        Level::Error => theme.error(),
    };
    // A message longer than the line takes the rows above it (up to three), so it is read whole.
    let lines = wrap_words(&s.text, usize::from(area.width));
    let n = u16::try_from(lines.len().min(3)).unwrap_or(1).min(area.y + 1);
    let over = Rect::new(area.x, area.y + 1 - n, area.width, n);
    frame.render_widget(ratatui::widgets::Clear, over);
    let text: Vec<Line> = lines.into_iter().take(usize::from(n)).map(|l| Line::styled(l, style)).collect();
    frame.render_widget(Paragraph::new(text), over);
}
