//! The job pane: the request line, elapsed time, HTTP status, the answer (with a documented error
//! code explained) and the timeline of states until a final one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::super::app::App;
use super::super::jobs::Outcome;
use crate::t;

pub fn draw(app: &App, id: u64, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let block = Block::default().borders(Borders::LEFT).title(format!(" {} ", t!("view-job-title", id = id)));
    let room = usize::from(block.inner(area).width);
    let Some(job) = app.jobs.iter().find(|j| j.id == id) else {
        frame.render_widget(Paragraph::new(t!("view-job-missing")).block(block), area);
        return;
    };
    let (word, style) = match job.outcome {
        Outcome::Sending => (t!("view-job-sending"), t.warn()),
        Outcome::Following => (t!("view-job-following"), t.warn()),
        Outcome::Succeeded => (t!("view-job-succeeded"), t.ok()),
        Outcome::Failed => (t!("view-job-failed"), t.error()),
    };
    let elapsed = job.timeline.last().map_or(0.0, |(d, _)| d.as_secs_f64());
    let time = format!("  {:.1} s  ", elapsed);
    // The API's title takes what the outcome and time leave, cut with … by columns.
    let title_room = room.saturating_sub(super::width(&word) + super::width(&time));
    let mut lines = vec![Line::from(vec![
        Span::styled(word, style),
        Span::raw(time),
        Span::styled(super::fit(&job.title, title_room), t.dim()),
    ])];
    // Wrapped here, by columns: a Chinese sentence has no spaces, a URL none either.
    let mut wrapped = |text: &str, style| {
        lines.extend(super::wrap_words(text, room).into_iter().map(|row| Line::styled(row, style)));
    };
    wrapped(&job.request_line, t.key());
    if let Some(status) = job.status {
        let created = job.created.as_ref().map(|c| format!(" · {c}")).unwrap_or_default();
        wrapped(&format!("HTTP {status}{created}"), t.normal());
    }
    if let Some(explained) = &job.explained {
        wrapped(explained, t.error());
    }
    lines.push(Line::styled(t!("view-job-timeline"), t.title()));
    // Each entry's text starts at the same column; its wrapped rows under it.
    for (at, text) in &job.timeline {
        let stamp = format!("{:>6.1}s  ", at.as_secs_f64());
        let indent = " ".repeat(super::width(&stamp));
        for (i, row) in super::wrap_words(text, room.saturating_sub(indent.len())).into_iter().enumerate() {
            let head = if i == 0 { stamp.as_str() } else { indent.as_str() };
            lines.push(Line::raw(format!("{head}{row}")));
        }
    }
    if let Some(response) = &job.response {
        lines.push(Line::styled(t!("view-job-answer"), t.title()));
        for line in response.lines() {
            lines.extend(super::wrap(line, room).into_iter().map(|row| Line::styled(row, t.string())));
        }
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
