//! The preview pane: syntax-coloured lines of the body (or request, or wire form), long lines
//! wrapped so every character can be read, scrolled to and highlighting the focused field — or,
//! zoomed (`z`), the whole screen scrolled by the user. Only the visible lines are built.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthChar;

use super::super::app::App;
use super::super::form_screen::{FormScreen, PreviewMode};
use crate::form::Target;
use crate::preview::Token;
use crate::t;

pub fn draw(app: &App, f: &FormScreen, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let name = match f.preview_mode {
        PreviewMode::Body => t!("view-preview-body"),
        PreviewMode::Http => t!("view-preview-http"),
        PreviewMode::Wire => t!("view-preview-wire"),
        PreviewMode::Job(id) => return super::job::draw(app, id, frame, area),
    };
    let title = if f.zoom.is_some() {
        format!(" {} ", t!("view-preview-zoomed-title", view = name))
    } else {
        format!(" {} ", t!("view-preview-title", view = name))
    };
    let block = Block::default().borders(if f.zoom.is_some() { Borders::TOP } else { Borders::LEFT }).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let width = usize::from(inner.width).max(1);
    let span = f.focused().and_then(|r| match r.target {
        Target::Field(p) => f.preview.span_of(&p),
        Target::Param(_) => None,
    });
    let total = f.preview.len();
    let top = match (f.zoom, span) {
        (Some(scroll), _) => scroll.min(total.saturating_sub(1)),
        (None, Some((a, b))) if b >= height => {
            let top = a.min(b + 1 - height.min(b + 1)).saturating_sub(2).min(total.saturating_sub(height));
            // Wrapped lines take more rows: start later until the field's first line is in view.
            let mut top = top;
            while top < a && rows_of(f, top, a + 1 - top, width) > height {
                top += 1;
            }
            top
        }
        _ => 0,
    };
    let mut lines: Vec<Line> = Vec::new();
    for (i, tokens) in f.preview.lines(top, height).iter().enumerate() {
        let n = top + i;
        let lit = f.zoom.is_none() && span.is_some_and(|(a, b)| n >= a && n <= b);
        for row in wrap_tokens(tokens, width) {
            let spans: Vec<Span> = row
                .into_iter()
                .map(|(tok, text)| {
                    let style = match tok {
                        Token::Key => t.key(),
                        Token::Str => t.string(),
                        Token::Num => t.number(),
                        Token::Bool | Token::Null => t.keyword(),
                        Token::Masked => t.warn(),
                        Token::Punct => t.normal(),
                    };
                    Span::styled(text, if lit { style.patch(t.highlight()) } else { style })
                })
                .collect();
            lines.push(Line::from(spans));
        }
        if lines.len() >= height {
            break;
        }
    }
    lines.truncate(height);
    if f.zoom.is_some() && height > 0 {
        let shown = t!("view-preview-lines", first = top + 1, last = (top + height).min(total), total = total);
        lines.truncate(height - 1);
        lines.push(Line::styled(shown, t.dim()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// How many screen rows the `count` lines from `from` take at `width`.
fn rows_of(f: &FormScreen, from: usize, count: usize, width: usize) -> usize {
    f.preview.lines(from, count).iter().map(|l| wrap_tokens(l, width).len()).sum()
}

/// One line of tokens cut into rows of at most `width` columns (CJK counts two), keeping each
/// piece's token so the colours carry over.
pub fn wrap_tokens(tokens: &[(Token, String)], width: usize) -> Vec<Vec<(Token, String)>> {
    let mut rows: Vec<Vec<(Token, String)>> = vec![Vec::new()];
    let mut used = 0;
    for (tok, text) in tokens {
        let mut piece = String::new();
        for c in text.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > width && used > 0 {
                if let Some(row) = rows.last_mut() {
                    row.push((*tok, std::mem::take(&mut piece)));
                }
                rows.push(Vec::new());
                used = 0;
            }
            used += w;
            piece.push(c);
        }
        if let Some(row) = rows.last_mut() {
            row.push((*tok, piece));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_wrap_keeping_every_character_and_its_colour() {
        let line = vec![
            (Token::Key, "\"Name\"".to_owned()),
            (Token::Punct, ": ".to_owned()),
            (Token::Str, "\"集群-0123456789\"".to_owned()),
        ];
        let rows = wrap_tokens(&line, 10);
        let text: Vec<String> = rows.iter().map(|r| r.iter().map(|(_, s)| s.as_str()).collect()).collect();
        assert_eq!(text.concat(), "\"Name\": \"集群-0123456789\"");
        for row in &text {
            assert!(unicode_width::UnicodeWidthStr::width(row.as_str()) <= 10, "{row}");
        }
        assert_eq!(rows[1][0].0, Token::Str, "the string keeps its colour on the next row");
    }
}
