//! The help pane for the focused field: its problems (message and code), type, what is allowed,
//! default, example and description. A multi-line editor opens here.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};
use serde_json::Value;

use super::super::app::App;
use super::super::form_screen::FormScreen;
use crate::form::RowType;
use crate::i18n::spec_text;
use crate::spec::schema_walk;

pub fn draw(app: &App, f: &FormScreen, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    if let Some(editor) = f.editor.as_ref().filter(|e| e.kind.is_multiline()) {
        let label = crate::text::sanitize_line(&super::super::form_screen::row_label(&editor.target));
        let title = format!(" {} ", crate::t!("view-details-editing", field = label));
        let inner = Block::default().borders(Borders::TOP).title(title);
        let inside = inner.inner(area);
        frame.render_widget(inner, area);
        frame.render_widget(&editor.area, inside);
        return;
    }
    let Some(row) = f.focused() else {
        frame.render_widget(Block::default().borders(Borders::TOP), area);
        return;
    };
    let schema = f.form.schema(&row.target).map(|s| schema_walk::resolve(&f.form.spec().request, s));
    let mut lines = Vec::new();
    // While typing, the text's own problem comes first, in the same words as under the row.
    if let (Some(e), Some(editor)) = (&f.editor_error, &f.editor)
        && editor.target == row.target
    {
        lines.push(Line::styled(format!("✗ {e}"), t.error()));
    }
    for v in f.form.problems_under(&row.target).iter().take(3) {
        lines.push(Line::styled(crate::text::sanitize_line(&format!("✗ {} — {}", v.code, v.message)), t.error()));
    }
    if schema.is_none() && matches!(&row.target, crate::form::Target::Field(p) if !p.is_empty()) {
        lines.push(Line::styled(crate::t!("view-details-unknown"), t.warn()));
    }
    // What the row is, in the words the row and the validator use.
    let what = match &row.row_type {
        RowType::Item(i) => crate::t!("view-details-item", kind = row.kind.name(), number = i + 1),
        RowType::Key(_) => crate::t!("view-details-key", kind = row.kind.name()),
        RowType::Alternatives => crate::t!("view-details-alternatives"),
        _ if row.required => crate::t!("view-details-required", kind = row.kind.name()),
        _ => crate::t!("view-details-optional", kind = row.kind.name()),
    };
    let title = schema.and_then(|s| spec_text(s, "title")).map(|t| format!("{t} · ")).unwrap_or_default();
    lines.push(Line::styled(format!("{title}{what}"), t.key()));
    if let Some(s) = schema {
        let get = |k: &str| s.get(k);
        if let Some(rule) = spec_text(s, "x-rule") {
            lines.push(Line::raw(crate::t!("view-details-allowed", rule = rule)));
        }
        let limits = constraints(s);
        if !limits.is_empty() {
            lines.push(Line::raw(crate::t!("view-details-limits", limits = limits)));
        }
        if let Some(d) = get("default") {
            lines.push(Line::raw(crate::t!("view-details-default", value = crate::request::scalar_text(d))));
        }
        if let Some(ex) = get("examples").and_then(|e| e.get(0)).or_else(|| get("example")) {
            let shown = if f.is_secret(&row.target) {
                "••••••".to_owned()
            } else {
                crate::request::scalar_text(ex)
            };
            lines.push(Line::raw(crate::t!("view-details-example", value = super::fit(&shown, 200))));
        }
        if let Some(desc) = spec_text(s, "description") {
            lines.push(Line::styled(desc.into_owned(), t.dim()));
        }
    }
    // Wrapped here, not by the paragraph: Chinese has no spaces to break at, and a line break
    // must never fall inside a wide character.
    let room = usize::from(area.width);
    let text: Vec<Line> = lines
        .into_iter()
        .flat_map(|l| {
            let style = l.style.patch(l.spans.first().map(|s| s.style).unwrap_or_default());
            let plain: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            super::wrap_words(&plain, room).into_iter().map(move |row| Line::styled(row, style))
        })
        .collect();
    let title = format!(" {} ", crate::t!("view-details-title"));
    frame.render_widget(Paragraph::new(text).block(Block::default().borders(Borders::TOP).title(title)), area);
}

/// What a limit counts, each with its own words ("at least 1 character", "at most 12 items").
#[derive(Clone, Copy)]
enum Counted {
    Length,
    Value,
    Items,
    Keys,
}

fn range(counted: Counted, lo: Option<f64>, hi: Option<f64>) -> Option<String> {
    use crate::t;
    use Counted::*;
    Some(match (counted, lo, hi) {
        (_, None, None) => return None,
        (Length, Some(a), Some(b)) => t!("view-limit-length-range", min = a, max = b),
        (Length, Some(a), None) => t!("view-limit-length-min", min = a),
        (Length, None, Some(b)) => t!("view-limit-length-max", max = b),
        (Value, Some(a), Some(b)) => t!("view-limit-value-range", min = a, max = b),
        (Value, Some(a), None) => t!("view-limit-value-min", min = a),
        (Value, None, Some(b)) => t!("view-limit-value-max", max = b),
        (Items, Some(a), Some(b)) => t!("view-limit-items-range", min = a, max = b),
        (Items, Some(a), None) => t!("view-limit-items-min", min = a),
        (Items, None, Some(b)) => t!("view-limit-items-max", max = b),
        (Keys, Some(a), Some(b)) => t!("view-limit-keys-range", min = a, max = b),
        (Keys, Some(a), None) => t!("view-limit-keys-min", min = a),
        (Keys, None, Some(b)) => t!("view-limit-keys-max", max = b),
    })
}

/// The standard keywords' limits in a few words: `1–64 characters · pattern ^[a-z]+$ · at most 12 items`.
fn constraints(s: &Value) -> String {
    let n = |k: &str| s.get(k).and_then(Value::as_f64);
    let mut parts: Vec<String> = [
        range(Counted::Length, n("minLength"), n("maxLength")),
        range(Counted::Value, n("minimum"), n("maximum")),
        range(Counted::Items, n("minItems"), n("maxItems")),
        range(Counted::Keys, n("minProperties"), n("maxProperties")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some(p) = s.get("pattern").and_then(Value::as_str) {
        parts.push(crate::t!("view-limit-pattern", pattern = p));
    }
    if let Some(f) = s.get("format").and_then(Value::as_str) {
        parts.push(crate::t!("view-limit-format", format = f));
    }
    parts.join(" · ")
}
