//! The preview pane: syntax-coloured lines of the body (or request, or wire form), scrolled to and
//! highlighting the focused field. Only the visible lines are built.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::super::app::App;
use super::super::form_screen::{FormScreen, PreviewMode};
use crate::form::Target;
use crate::preview::Token;

pub fn draw(app: &App, f: &FormScreen, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let title = match f.preview_mode {
        PreviewMode::Body => " JSON body (v: request) ",
        PreviewMode::Http => " HTTP request (v: next) ",
        PreviewMode::Wire => " RPC wire form (v: body) ",
        PreviewMode::Job(id) => return super::job::draw(app, id, frame, area),
    };
    let block = Block::default().borders(Borders::LEFT).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let span = f.focused().and_then(|r| match r.target {
        Target::Field(p) => f.preview.span_of(&p),
        Target::Param(_) => None,
    });
    let total = f.preview.len();
    let top = match span {
        Some((a, b)) if b >= height => {
            a.min(b + 1 - height.min(b + 1)).saturating_sub(2).min(total.saturating_sub(height))
        }
        _ => 0,
    };
    let width = usize::from(inner.width);
    let lines: Vec<Line> = f
        .preview
        .lines(top, height)
        .iter()
        .enumerate()
        .map(|(i, tokens)| {
            let n = top + i;
            let lit = span.is_some_and(|(a, b)| n >= a && n <= b);
            let spans: Vec<Span> = tokens
                .iter()
                .map(|(tok, text)| {
                    let style = match tok {
                        Token::Key => t.key(),
                        Token::Str => t.string(),
                        Token::Num => t.number(),
                        Token::Bool | Token::Null => t.keyword(),
                        Token::Masked => t.warn(),
                        Token::Punct => t.normal(),
                    };
                    Span::styled(super::fit(text, width), if lit { style.patch(t.highlight()) } else { style })
                })
                .collect();
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
