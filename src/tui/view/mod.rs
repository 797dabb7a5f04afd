//! Drawing: reads the model, never changes it. One file per pane or layer.

mod details;
mod form;
mod job;
mod overlays;
mod preview;
mod rows;
mod start;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, Level, Screen, Status};
use super::layout;
use super::theme::Theme;

pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let size = (area.width, area.height);
    if layout::too_small(size) {
        let text = format!(
            "Terminal too small: {}x{}. apiwizard needs at least {}x{}; enlarge the window (Ctrl-C quits).",
            size.0,
            size.1,
            layout::MIN_SIZE.0,
            layout::MIN_SIZE.1
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
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

/// Breaks text into lines of at most `width` terminal columns (CJK counts two), anywhere: for text
/// where every character matters (signatures, URLs), not prose.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthChar;
    let mut lines = vec![String::new()];
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width.max(1) && used > 0 {
            lines.push(String::new());
            used = 0;
        }
        used += w;
        if let Some(line) = lines.last_mut() {
            line.push(c);
        }
    }
    lines
}

/// `1 problem`, `2 problems`: a number with its noun, as a sentence says it.
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

/// Breaks prose into lines of at most `width` columns at spaces (a word longer than a line is cut
/// where it must), so the line count is known before drawing.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let width = width.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let used = line.width();
        if used > 0 && used + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        while line.width() > width {
            let mut pieces = wrap(&line, width);
            line = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
        }
    }
    lines.push(line);
    lines
}

/// Cuts text to `width` terminal columns (CJK counts two), adding an ellipsis when cut.
/// Control characters and escape sequences never reach the terminal (`text::sanitize_line`).
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let text = &crate::text::sanitize_line(text);
    let mut out = String::new();
    let mut used = 0;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return text.to_owned();
    }
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn fit_counts_wide_characters_twice() {
        assert_eq!(super::fit("集群名称", 5), "集群…");
        assert_eq!(super::fit("abc", 3), "abc");
    }

    #[test]
    fn wrap_keeps_every_character_within_the_width() {
        assert_eq!(super::wrap("abcdefg", 3), ["abc", "def", "g"]);
        assert_eq!(super::wrap("集群名称", 5), ["集群", "名称"]);
        assert_eq!(super::wrap("", 4), [""]);
    }
}
