//! The job pane: the request line, elapsed time, HTTP status, the answer (with a documented error
//! code explained) and the timeline of states until a final one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::super::app::App;
use super::super::jobs::Outcome;

pub fn draw(app: &App, id: u64, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let block = Block::default().borders(Borders::LEFT).title(format!(" Job {id} (v: body · o: jobs) "));
    let Some(job) = app.jobs.iter().find(|j| j.id == id) else {
        frame.render_widget(Paragraph::new("no such job").block(block), area);
        return;
    };
    let (word, style) = match job.outcome {
        Outcome::Sending => ("SENDING", t.warn()),
        Outcome::Following => ("IN PROGRESS", t.warn()),
        Outcome::Succeeded => ("SUCCESS", t.ok()),
        Outcome::Failed => ("FAILED", t.error()),
    };
    let elapsed = job.timeline.last().map_or(0.0, |(d, _)| d.as_secs_f64());
    let mut lines = vec![
        Line::from(vec![
            Span::styled(word, style),
            Span::raw(format!("  {:.1} s  ", elapsed)),
            Span::styled(job.title.clone(), t.dim()),
        ]),
        Line::styled(job.request_line.clone(), t.key()),
    ];
    if let Some(status) = job.status {
        lines.push(Line::raw(format!(
            "HTTP {status}{}",
            job.created.as_ref().map(|c| format!(" · {c}")).unwrap_or_default()
        )));
    }
    if let Some(explained) = &job.explained {
        lines.push(Line::styled(explained.clone(), t.error()));
    }
    lines.push(Line::styled("Timeline", t.title()));
    for (at, text) in &job.timeline {
        lines.push(Line::raw(format!("{:>6.1}s  {text}", at.as_secs_f64())));
    }
    if let Some(response) = &job.response {
        lines.push(Line::styled("Answer", t.title()));
        lines.extend(response.lines().map(|l| Line::styled(l.to_owned(), t.string())));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(block), area);
}
