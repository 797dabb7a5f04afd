//! The field rows of the current view: a marker (problem / required), the name, the value, and
//! under the focused row its first problem inline; the open editor sits in place of the value.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use serde_json::Value;

use super::super::app::App;
use super::super::form_screen::FormScreen;
use crate::form::{FieldKind, Row, RowType, Target};
use crate::t;

/// How a value reads in one line.
fn summary(f: &FormScreen, row: &Row) -> (String, bool) {
    let value = f.form.value(&row.target);
    let text = match (row.row_type.clone(), row.kind, value) {
        (RowType::Add, _, _) => String::new(),
        (RowType::Alternatives, _, _) => match &row.target {
            Target::Field(at) => {
                f.form.alternatives(at).map(|a| format!("◆ {}", a.titles[a.active])).unwrap_or_default()
            }
            Target::Param(_) => String::new(),
        },
        (_, _, None) => return (if row.required { t!("view-row-required") } else { "—".into() }, false),
        (_, FieldKind::Secret, Some(_)) if f.is_secret(&row.target) => "••••••".into(),
        (_, FieldKind::Base64Text, Some(_)) => {
            t!("view-row-base64", text = f.form.edit_text(&row.target).replace('\n', "⏎"))
        }
        (_, _, Some(Value::Array(items))) => format!("[{}]", t!("view-row-items", count = items.len())),
        (_, FieldKind::Map, Some(Value::Object(m))) => format!("{{{}}}", t!("view-row-keys", count = m.len())),
        (_, _, Some(Value::Object(m))) => format!("{{{}}}", t!("view-row-fields", count = m.len())),
        // An empty text is a value (some lists offer it): shown, not confused with "not set".
        (_, _, Some(Value::String(s))) if s.is_empty() => t!("view-row-empty-text"),
        (_, _, Some(v)) => crate::request::scalar_text(v).replace('\n', "⏎"),
    };
    (crate::text::sanitize(&text), true)
}

pub fn draw(app: &App, f: &FormScreen, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let rows = f.rows();
    let height = usize::from(area.height.saturating_sub(2));
    let width = usize::from(area.width);
    let label_w = (width / 2).clamp(10, 28);
    let title = match f.trail.last() {
        Some(at) => format!(" {} ", crate::text::sanitize_line(&crate::pointer::label(at))),
        None => format!(" {} ", t!("view-rows-title")),
    };
    let mut lines: Vec<Line> = Vec::new();
    let mut editor_row = None;
    for (i, row) in rows.iter().enumerate().skip(f.scroll) {
        if lines.len() >= height {
            break;
        }
        let problems = f.form.problems_under(&row.target);
        let own = matches!(row.row_type, RowType::Add | RowType::Alternatives);
        let marker = match () {
            _ if own => Span::raw("  "),
            _ if !problems.is_empty() => Span::styled("✗ ", t.error()),
            _ if row.required => Span::styled("● ", t.key()),
            _ => Span::raw("  "),
        };
        let focus = i == f.focus;
        let unknown = matches!(&row.target, Target::Field(p) if f.form.schema(&row.target).is_none() && !p.is_empty());
        // Padded by columns, so the values line up under Chinese names as under English ones.
        let label = super::pad(&super::fit(&row.label, label_w - 1), label_w);
        let label_style = if focus {
            t.focus()
        } else if row.row_type == RowType::Add {
            t.key()
        } else {
            t.normal()
        };
        let (value, set) = summary(f, row);
        // The flag goes first in the value, where a narrow screen still shows it.
        let value = if unknown { t!("view-row-unknown", value = value) } else { value };
        let value_w = width.saturating_sub(label_w + 3);
        let mut spans = vec![marker, Span::styled(label, label_style), Span::raw(" ")];
        if focus && f.editor.as_ref().is_some_and(|e| !e.kind.is_multiline()) {
            editor_row = Some(lines.len());
        } else {
            let style = if unknown {
                t.warn()
            } else if set {
                t.string()
            } else if row.required {
                t.warn()
            } else {
                t.dim()
            };
            spans.push(Span::styled(super::fit(&value, value_w), style));
        }
        lines.push(Line::from(spans));
        if focus && !own && lines.len() < height {
            let message = match (&f.editor_error, problems.first()) {
                (Some(e), _) if f.editor.is_some() => Some(format!("  ✗ {e}")),
                (_, Some(v)) => Some(format!("  ✗ {}: {}", v.code, v.message)),
                _ => None,
            };
            if let Some(m) = message {
                lines.push(Line::styled(super::fit(&m, width), t.error()));
            }
        }
    }
    if rows.is_empty() {
        lines.push(Line::styled(t!("view-rows-empty"), t.dim()));
    }
    let block = Block::default().borders(Borders::TOP | Borders::BOTTOM).title(title);
    frame.render_widget(Paragraph::new(lines).block(block), area);
    if let (Some(r), Some(editor)) = (editor_row, f.editor.as_ref()) {
        let x = area.x + u16::try_from(label_w + 3).unwrap_or(0);
        let y = area.y + 1 + u16::try_from(r).unwrap_or(0);
        let w = area.width.saturating_sub(x - area.x);
        frame.render_widget(&editor.area, Rect::new(x, y, w, 1));
    }
}
