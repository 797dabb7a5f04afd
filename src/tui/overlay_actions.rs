//! Keys on the top layer: moving in menus and lists, typing in prompts, and what choosing an entry,
//! accepting a prompt or answering a confirmation does.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::app::{App, Effect, Level, Screen};
use super::keymap::Action;
use super::overlay::{Confirm, ConfirmPurpose, Menu, MenuPurpose, Overlay, Prompt, PromptPurpose};
use super::send::Answer;
use crate::form::FormState;
use crate::t;

pub fn overlay_action(app: &mut App, action: Action, key: Option<KeyEvent>) -> Vec<Effect> {
    let problems = match app.overlays.last() {
        Some(Overlay::Problems { .. }) => app.form().map_or(0, |f| f.problems().len()),
        _ => 0,
    };
    // A page is the box's height less its border and the "more" line.
    let page = usize::from(app.size.1.saturating_sub(6)).max(1);
    let Some(top) = app.overlays.last_mut() else { return Vec::new() };
    match (top, action) {
        (Overlay::Help { scroll }, Action::PageDown | Action::PageUp) => {
            let last = super::keymap::help_line_count().saturating_sub(page);
            *scroll = if action == Action::PageDown { (*scroll + page).min(last) } else { scroll.saturating_sub(page) };
            Vec::new()
        }
        (Overlay::Text { scroll, lines, .. }, Action::PageDown | Action::PageUp) => {
            let last = lines.len().saturating_sub(page);
            *scroll = if action == Action::PageDown { (*scroll + page).min(last) } else { scroll.saturating_sub(page) };
            Vec::new()
        }
        // j, k and q are letters in a prompt.
        (Overlay::Prompt(p), Action::Up | Action::Down) => {
            if let Some(key) = key {
                p.key(key);
            }
            Vec::new()
        }
        (Overlay::Prompt(p), Action::Back) if key.is_some_and(|k| k.code != KeyCode::Esc) => {
            if let Some(key) = key {
                p.key(key);
            }
            Vec::new()
        }
        (Overlay::Notice { .. }, Action::Back | Action::Enter) => {
            app.overlays.pop();
            Vec::new()
        }
        (Overlay::Notice { .. }, _) => Vec::new(),
        (_, Action::Back) => {
            app.overlays.pop();
            if app.pending_import.is_some() {
                app.pending_import = None;
            }
            Vec::new()
        }
        (Overlay::Text { scroll, lines, .. }, Action::Down) => {
            *scroll = (*scroll + 1).min(lines.len().saturating_sub(1));
            Vec::new()
        }
        (Overlay::Help { scroll }, Action::Down) => {
            *scroll = (*scroll + 1).min(super::keymap::help_line_count().saturating_sub(1));
            Vec::new()
        }
        (Overlay::Help { scroll } | Overlay::Text { scroll, .. }, Action::Up) => {
            *scroll = scroll.saturating_sub(1);
            Vec::new()
        }
        (Overlay::Menu(m), Action::Up) => {
            m.selected = m.selected.saturating_sub(1);
            Vec::new()
        }
        (Overlay::Menu(m), Action::Down) => {
            m.selected = (m.selected + 1).min(m.items.len().saturating_sub(1));
            Vec::new()
        }
        (Overlay::Problems { selected }, Action::Up) => {
            *selected = selected.saturating_sub(1);
            Vec::new()
        }
        (Overlay::Problems { selected }, Action::Down) => {
            *selected = (*selected + 1).min(problems.saturating_sub(1));
            Vec::new()
        }
        (_, Action::Enter) => choose(app),
        _ => Vec::new(),
    }
}

/// Enter on the top overlay.
fn choose(app: &mut App) -> Vec<Effect> {
    let Some(top) = app.overlays.pop() else { return Vec::new() };
    match top {
        Overlay::Menu(menu) => menu_choice(app, menu),
        // The prompt stays until its answer is taken; a refusal is shown in it.
        Overlay::Prompt(prompt) => {
            let (text, purpose) = (prompt.text(), prompt.purpose.clone());
            app.overlays.push(Overlay::Prompt(prompt));
            prompt_done(app, purpose, &text)
        }
        // Only restoring a draft is safe on a stray Enter; billable resources, lost secrets, deleted
        // or overwritten files and replays take an explicit y.
        Overlay::Confirm(c) if !matches!(c.purpose, ConfirmPurpose::Restore(_)) => {
            app.overlays.push(Overlay::Confirm(c));
            app.say(Level::Info, t!("wizard-confirm-y-or-n"));
            Vec::new()
        }
        Overlay::Confirm(c) => {
            app.overlays.push(Overlay::Confirm(c));
            confirm(app, true)
        }
        Overlay::Problems { selected } => {
            if let Screen::Form(f) = &mut app.screen {
                f.jump_to_problem(selected, app.size);
            }
            Vec::new()
        }
        Overlay::Help { .. } | Overlay::Text { .. } | Overlay::Notice { .. } => Vec::new(),
    }
}

fn menu_choice(app: &mut App, menu: Menu) -> Vec<Effect> {
    let index = menu.selected;
    match menu.purpose {
        MenuPurpose::Origin { api, drafts, history } => {
            let Ok(spec) = app.catalog.get(&api).cloned() else { return Vec::new() };
            let examples = spec.examples.len();
            match index {
                0 => app.open_form(&api, None, None),
                i if i <= examples => {
                    let ex = &spec.examples[i - 1];
                    let token = crate::request::given_token(&spec, &ex.parameters, &ex.value);
                    let form = FormState::new(spec.clone(), ex.value.clone(), ex.parameters.clone());
                    let effects = app.open_form(&api, Some(form), None);
                    if let Some(token) = token.filter(|_| app.status.is_none()) {
                        app.say(Level::Info, t!("wizard-example-token", token = token));
                    }
                    effects
                }
                i if i <= examples + drafts.len() => {
                    let d = &drafts[i - 1 - examples];
                    let form = FormState::new(spec.clone(), d.document.clone(), d.params.clone());
                    app.open_form(&api, Some(form), Some(d.id.clone()))
                }
                i if i <= examples + drafts.len() + history.len() => {
                    let h = &history[i - 1 - examples - drafts.len()];
                    let form = FormState::new(spec.clone(), h.document.clone(), h.params.clone());
                    app.open_form(&api, Some(form), None)
                }
                _ => {
                    app.pending_import = Some(api);
                    app.overlays.push(Overlay::Prompt(Prompt::new(
                        || t!("wizard-import-prompt"),
                        "",
                        PromptPurpose::Import,
                    )));
                    Vec::new()
                }
            }
        }
        MenuPurpose::Profiles(names) => {
            if let Some(name) = names.get(index) {
                super::targets::choose(app, name);
            }
            Vec::new()
        }
        purpose => match app.form_and_ui() {
            Some((f, mut ui)) => f.menu_choice(purpose, index, &mut ui),
            None => Vec::new(),
        },
    }
}

fn prompt_done(app: &mut App, purpose: PromptPurpose, text: &str) -> Vec<Effect> {
    match purpose {
        PromptPurpose::Import => super::import::prompt_done(app, text),
        purpose => match app.form_and_ui() {
            Some((f, mut ui)) => f.prompt_done(purpose, text, &mut ui),
            None => Vec::new(),
        },
    }
}

/// `x` on a draft of the start menu: asks before deleting it (nothing undoes a deleted file).
pub fn ask_delete_draft(app: &mut App) {
    let Some(Overlay::Menu(Menu { purpose: MenuPurpose::Origin { api, drafts, .. }, selected, .. })) =
        app.overlays.last()
    else {
        return;
    };
    let examples = app.catalog.get(api).map_or(0, |s| s.examples.len());
    let Some(draft) = selected.checked_sub(1 + examples).and_then(|i| drafts.get(i)) else {
        app.say(Level::Info, t!("wizard-delete-draft-where"));
        return;
    };
    let at = draft.saved_at.clone();
    let text = move || {
        let saved = super::when::ago_rfc3339(&at, time::OffsetDateTime::now_utc());
        t!("wizard-delete-draft-confirm", saved = saved)
    };
    let purpose = ConfirmPurpose::DeleteDraft { api: api.clone(), id: draft.id.clone(), index: *selected };
    app.overlays.push(Overlay::Confirm(Confirm::new(text, purpose)));
}

/// y, n or (for a real submit that can be checked first) d on a confirmation.
pub fn confirm_key(app: &mut App, key: char) -> Vec<Effect> {
    match (key.to_ascii_lowercase(), app.overlays.last()) {
        ('y', _) => confirm(app, true),
        ('n', _) => confirm(app, false),
        ('g', Some(Overlay::Confirm(Confirm { purpose: ConfirmPurpose::Replay, .. }))) => {
            app.overlays.pop();
            if let Some((f, mut ui)) = app.form_and_ui() {
                f.action(super::keymap::Action::GenerateToken, &mut ui);
            }
            super::send::submit_now(app)
        }
        ('d', Some(Overlay::Confirm(Confirm { purpose: ConfirmPurpose::RealSubmit { dry_run: true, .. }, .. }))) => {
            let Some(Overlay::Confirm(c)) = app.overlays.pop() else { return Vec::new() };
            let ConfirmPurpose::RealSubmit { order, .. } = c.purpose else { return Vec::new() };
            super::send::answer(app, *order, Answer::DryRun)
        }
        _ => Vec::new(),
    }
}

pub fn confirm(app: &mut App, yes: bool) -> Vec<Effect> {
    let Some(Overlay::Confirm(c)) = app.overlays.pop() else { return Vec::new() };
    match (c.purpose, yes) {
        (ConfirmPurpose::RealSubmit { order, .. }, true) => super::send::answer(app, *order, Answer::Send),
        (ConfirmPurpose::RealSubmit { order, .. }, false) => super::send::answer(app, *order, Answer::Cancel),
        (ConfirmPurpose::Overwrite { path, contents, private }, true) => {
            vec![Effect::WriteFile { path, contents, overwrite: true, private }]
        }
        (ConfirmPurpose::Overwrite { path, .. }, false) => {
            let left = t!("wizard-overwrite-declined", path = path);
            match super::overlay::waiting_prompt(&mut app.overlays) {
                Some(p) => p.fail(left),
                None => app.say(Level::Info, left),
            }
            Vec::new()
        }
        (ConfirmPurpose::Restore(draft), true) => {
            let Ok(spec) = app.catalog.get(&draft.api).cloned() else { return Vec::new() };
            let form = FormState::new(spec, draft.document.clone(), draft.params.clone());
            let effects = app.open_form(&draft.api, Some(form), Some(draft.id.clone()));
            let saved = super::when::ago_rfc3339(&draft.saved_at, time::OffsetDateTime::now_utc());
            // Secrets are not in a draft unless kept with S: say which ones to type again.
            let missing: Vec<String> = app.form().map_or_else(Vec::new, |f| {
                f.form
                    .violations()
                    .iter()
                    .filter(|v| {
                        f.form.kind(&crate::form::Target::Field(v.pointer.clone())) == crate::form::FieldKind::Secret
                    })
                    .map(|v| crate::pointer::label(&v.pointer))
                    .collect()
            });
            let restored = if draft.secrets_included || missing.is_empty() {
                t!("wizard-restored", saved = saved)
            } else {
                t!("wizard-restored-retype", saved = saved, secrets = crate::i18n::join(&missing))
            };
            app.say(Level::Info, restored);
            effects
        }
        (ConfirmPurpose::Restore(_), false) => vec![Effect::EndSession],
        (ConfirmPurpose::DeleteDraft { api, id, index }, true) => {
            // The start menu is on top again: the draft leaves it too.
            if let Some(Overlay::Menu(Menu { purpose: MenuPurpose::Origin { drafts, .. }, items, selected, .. })) =
                app.overlays.last_mut()
            {
                drafts.retain(|d| d.id != id);
                if index < items.len() {
                    items.remove(index);
                }
                *selected = (*selected).min(items.len().saturating_sub(1));
            }
            app.say(Level::Info, t!("wizard-draft-deleted"));
            vec![Effect::DeleteDraft { api, id }]
        }
        (ConfirmPurpose::DeleteDraft { .. }, false) => Vec::new(),
        (ConfirmPurpose::Replay, true) => super::send::submit_now(app),
        (ConfirmPurpose::Replay, false) => {
            app.say(Level::Info, t!("wizard-replay-declined"));
            Vec::new()
        }
        (ConfirmPurpose::ExportSecrets, true) => {
            if let Some((f, mut ui)) = app.form_and_ui() {
                f.export_prompt(true, &mut ui);
            }
            Vec::new()
        }
        (ConfirmPurpose::ExportSecrets, false) => Vec::new(),
        (ConfirmPurpose::Leave { .. }, true) => super::app::leave_form(app),
        (ConfirmPurpose::Leave { .. }, false) => Vec::new(),
    }
}
