//! The help pane for the focused field: its problems (message and code), type, what is allowed,
//! default, example and description. A multi-line editor opens here.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use serde_json::Value;

use super::super::app::App;
use super::super::form_screen::FormScreen;
use crate::form::RowType;
use crate::spec::schema_walk;

pub fn draw(app: &App, f: &FormScreen, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    if let Some(editor) = f.editor.as_ref().filter(|e| e.kind.is_multiline()) {
        let label = crate::text::sanitize_line(&super::super::form_screen::row_label(&editor.target));
        let title = format!(" Editing {label} — Esc when done ");
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
        lines.push(Line::styled("Not in the spec: kept as it was imported; x removes it.", t.warn()));
    }
    // What the row is, in the words the row and the validator use.
    let what = match &row.row_type {
        RowType::Item(i) => format!("{} · item #{} of the list", row.kind.name(), i + 1),
        RowType::Key(_) => format!("{} · a key of the map (r renames it)", row.kind.name()),
        RowType::Alternatives => {
            "a choice between alternatives (Enter switches; the others' values are kept)".to_owned()
        }
        _ => format!("{} · {}", row.kind.name(), if row.required { "required" } else { "optional" }),
    };
    let title =
        schema.and_then(|s| s.get("title")).and_then(Value::as_str).map(|t| format!("{t} · ")).unwrap_or_default();
    lines.push(Line::styled(format!("{title}{what}"), t.key()));
    if let Some(s) = schema {
        let get = |k: &str| s.get(k);
        if let Some(rule) = get("x-rule").and_then(Value::as_str) {
            lines.push(Line::raw(format!("Allowed: {rule}")));
        }
        let limits = constraints(s);
        if !limits.is_empty() {
            lines.push(Line::raw(format!("Limits: {limits}")));
        }
        if let Some(d) = get("default") {
            lines.push(Line::raw(format!("Default: {}", crate::request::scalar_text(d))));
        }
        if let Some(ex) = get("examples").and_then(|e| e.get(0)).or_else(|| get("example")) {
            let shown = if f.is_secret(&row.target) {
                "••••••".to_owned()
            } else {
                crate::request::scalar_text(ex)
            };
            lines.push(Line::raw(format!("Example: {}", super::fit(&shown, 200))));
        }
        if let Some(desc) = get("description").and_then(Value::as_str) {
            lines.push(Line::styled(desc.to_owned(), t.dim()));
        }
    }
    let text: Vec<Line> = lines.into_iter().map(|l| l.patch_style(ratatui::style::Style::new())).collect();
    frame.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: true }).block(Block::default().borders(Borders::TOP).title(" Help ")),
        area,
    );
}

/// The standard keywords' limits in a few words: `1–64 chars · pattern ^[a-z]+$ · at most 12 items`.
fn constraints(s: &Value) -> String {
    let n = |k: &str| s.get(k).and_then(Value::as_f64).map(|v| v.to_string());
    // "at least 1 character", "at most 12 items": the unit agrees with the number.
    let unit_for = |n: &str, unit: &str| {
        if n == "1" { unit.strip_suffix('s').unwrap_or(unit).to_owned() } else { unit.to_owned() }
    };
    let range = |lo: Option<String>, hi: Option<String>, unit: &str| match (lo, hi) {
        (Some(a), Some(b)) => Some(format!("{a}–{b}{unit}")),
        (Some(a), None) => Some(format!("at least {a}{}", unit_for(&a, unit))),
        (None, Some(b)) => Some(format!("at most {b}{}", unit_for(&b, unit))),
        (None, None) => None,
    };
    let mut parts: Vec<String> = [
        range(n("minLength"), n("maxLength"), " characters"),
        range(n("minimum"), n("maximum"), ""),
        range(n("minItems"), n("maxItems"), " items"),
        range(n("minProperties"), n("maxProperties"), " keys"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some(p) = s.get("pattern").and_then(Value::as_str) {
        parts.push(format!("pattern {p}"));
    }
    if let Some(f) = s.get("format").and_then(Value::as_str) {
        parts.push(format!("format {f}"));
    }
    parts.join(" · ")
}
