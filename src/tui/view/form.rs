//! The form screen: top bar with breadcrumb and problem count, the steps sidebar, the field rows,
//! the focused field's details, the preview, and the hints.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::super::app::App;
use super::super::form_screen::FormScreen;
use super::super::keymap::{self, Action, Context};
use super::super::layout;
use crate::form::View;
use crate::t;

pub fn draw(app: &App, f: &FormScreen, frame: &mut Frame, size: (u16, u16)) {
    let t = &app.theme;
    let areas = layout::form(size);
    let spec = f.form.spec();
    let step = f.form.steps().get(f.step);
    let mut crumbs = vec![spec.title.to_string()];
    crumbs.extend(step.map(|s| s.title.clone()));
    let base = match step.map(|s| &s.view) {
        Some(View::Container(p)) => p.clone(),
        _ => String::new(),
    };
    for at in &f.trail {
        if at != &base {
            let name = crate::pointer::split_last(at).map(|(_, n)| crate::text::sanitize_line(&n)).unwrap_or_default();
            // List items read as #1, #2… as in the list itself.
            crumbs.push(name.parse::<usize>().map_or(name, |i| format!("#{}", i + 1)));
        }
    }
    let problems = f.form.problem_count();
    let count = if problems == 0 {
        Span::styled(format!(" ✓ {} ", t!("view-form-valid")), t.ok())
    } else {
        Span::styled(format!(" {} ", t!("view-form-problems", count = problems)), t.error())
    };
    // Where Ctrl-S sends: the sandbox once it listens, else the profile's name.
    let target = match (&app.endpoint.sandbox_url, app.endpoint.is_sandbox()) {
        (Some(url), true) => t!("view-form-to-sandbox", address = url.trim_start_matches("http://")),
        (None, true) => t!("view-form-sandbox-starting"),
        (_, false) => t!("view-form-to-cloud", profile = app.endpoint.profile.as_str()),
    };
    let target_style = if app.endpoint.is_sandbox() { t.dim() } else { t.error() };
    // When the path is too long the API's title goes first: where you are matters more.
    let room = usize::from(size.0).saturating_sub(24 + super::width(&target));
    let full = crumbs.join(" › ");
    let crumb_text = if super::width(&full) > room { super::fit(&crumbs[1..].join(" › "), room) } else { full };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(crumb_text, t.title()),
            Span::raw("  "),
            count,
            Span::styled(format!("  {target}"), target_style),
        ])),
        areas.top,
    );

    if f.zoom.is_some() {
        let body =
            ratatui::layout::Rect::new(0, areas.top.y + 1, size.0, areas.hints.y.saturating_sub(areas.top.y + 1));
        super::preview::draw(app, f, frame, body);
        super::bottom_line(t, app.status.as_ref(), t!("view-zoom-hints"), frame, areas.hints);
        return;
    }
    let steps: Vec<Line> = f
        .form
        .steps()
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let n = f.form.step_problems(s);
            let mark = if n > 0 { format!(" {n}✗") } else { " ✓".to_owned() };
            let width = usize::from(areas.steps.width.saturating_sub(2)).saturating_sub(super::width(&mark));
            let style = if i == f.step { t.focus() } else { t.normal() };
            Line::from(vec![
                Span::styled(super::fit(&s.title, width), style),
                Span::styled(mark, if n > 0 { t.error() } else { t.ok() }),
            ])
        })
        .collect();
    frame.render_widget(
        Paragraph::new(steps).block(Block::default().borders(Borders::RIGHT).title(format!(" {} ", t!("view-steps")))),
        areas.steps,
    );
    super::rows::draw(app, f, frame, areas.rows);
    super::details::draw(app, f, frame, areas.details);
    super::preview::draw(app, f, frame, areas.preview);

    let context = app.context();
    let multiline = f.editor.as_ref().is_some_and(|e| e.kind.is_multiline());
    // Most needed first: a narrow screen drops from the end, but `? help` always stays.
    let form_hints = [
        (Action::Enter, t!("view-hint-edit")),
        (Action::NextStep, t!("view-hint-next-step")),
        (Action::NextProblem, t!("view-hint-next-problem")),
        (Action::Submit, t!("view-hint-submit")),
        (Action::Undo, t!("view-hint-undo")),
        (Action::Export, t!("view-hint-export")),
        (Action::PreviewMode, t!("view-hint-preview")),
        (Action::Back, t!("view-hint-back")),
        (Action::Help, t!("view-hint-help")),
    ];
    let width = usize::from(size.0);
    let hints = match (context == Context::Editing, multiline) {
        (true, true) => t!("view-editing-multiline-hints"),
        (true, false) => t!("view-editing-hints"),
        // A layer on top takes the keys: its own hints.
        (false, _) if context == Context::Overlay => {
            [(Action::Enter, t!("view-hint-choose")), (Action::Back, t!("view-hint-close"))]
                .iter()
                .filter_map(|(a, short)| keymap::hint(context, *a, short))
                .collect::<Vec<_>>()
                .join(" · ")
        }
        (false, _) => {
            let hints: Vec<String> =
                form_hints.iter().filter_map(|(a, short)| keymap::hint(context, *a, short)).collect();
            keymap::hint_bar(&hints, width)
        }
    };
    super::bottom_line(t, app.status.as_ref(), hints, frame, areas.hints);
}
