//! What each form key does: moving, entering and leaving nested objects, editing, alternatives,
//! problems, preview modes, the signature view, menus and prompts (list commands are in
//! form_lists, exports in form_export).

use serde_json::Value;

use super::app::{Effect, Endpoint, Level};
use super::form_export::Export;
use super::form_screen::{FormScreen, PreviewMode, Ui, row_label};
use super::keymap::Action;
use super::overlay::{Menu, MenuItem, MenuPurpose, Overlay, Prompt, PromptPurpose};
use crate::export::Format;
use crate::form::{FieldKind, RowType, Target};
use crate::http::sign::Moment;
use crate::profile::ProfileError;
use crate::request::{self, HttpRequest, TokenSlot};
use crate::spec::Style;
use crate::t;

impl FormScreen {
    /// Where and how this form's request goes under `endpoint`'s profile.
    pub fn target(&self, endpoint: &Endpoint) -> Result<crate::profile::Target, String> {
        let mut target = endpoint.target(self.form.spec(), &self.form.document).map_err(|e| e.to_string())?;
        // What the user typed for the operation's parameters wins over the profile's fallbacks.
        for (k, v) in &self.form.params {
            if !request::scalar_text(v).is_empty() {
                target.params.insert(k.clone(), v.clone());
            }
        }
        Ok(target)
    }

    /// The request this form makes under `endpoint`: the target with the parameters and idempotency
    /// token it adds, the document as sent, and the request, built only when every required
    /// parameter is known.
    pub fn outgoing(&self, endpoint: &Endpoint) -> Result<(crate::profile::Target, Value, HttpRequest), String> {
        let spec = self.form.spec();
        let mut target = self.target(endpoint)?;
        let mut document = self.form.document.clone();
        request::ensure_token(spec, &mut target.params, &mut document);
        let request = target.request(spec, &document).map_err(|e| e.to_string())?;
        Ok((target, document, request))
    }

    /// The signature view: the request as the profile signs it now — headers, exact body, canonical
    /// request, string to sign — with the form's secrets masked unless revealed.
    fn signature(&self, endpoint: &Endpoint) -> Result<Vec<String>, String> {
        let spec = self.form.spec();
        let (target, document, request) = self.outgoing(endpoint)?;
        let profile = target.profile.clone().unwrap_or_default();
        // Profiles never add a token, so one the form lacks was made for this view.
        let made = request::given_token(spec, &self.form.params, &self.form.document).is_none();
        let token = request::given_token(spec, &target.params, &document);
        let moment = Moment::now();
        let Some(signed) = target.sign(spec, &request, &moment) else {
            return Err(ProfileError::NoCredentials { profile, what: t!("wizard-signature-what") }.to_string());
        };
        let mut text = crate::http::sign::report::text(&signed.redacted(false), &profile);
        text = self.mask_hidden_secrets(&text);
        let when = moment.date.format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
        let mut lines = vec![
            t!("wizard-signature-signed", profile = profile.as_str(), when = when),
            token.filter(|_| made).map_or_else(String::new, |token| t!("wizard-signature-token", token = token)),
            t!("wizard-signature-compare"),
            String::new(),
        ];
        lines.extend(crate::text::sanitize(&text).lines().map(str::to_owned));
        Ok(lines)
    }

    /// Handles one bound key; `true` asks to go back to the start screen.
    pub fn action(&mut self, action: Action, ui: &mut Ui) -> bool {
        if self.editor.is_some() {
            match action {
                Action::Done => {
                    let label = self.editor.take().map(|e| row_label(&e.target)).unwrap_or_default();
                    match self.editor_error.take() {
                        Some(e) if e.kept() => {
                            ui.say(Level::Warn, t!("wizard-edit-error", field = label, error = e.to_string()))
                        }
                        Some(e) => {
                            ui.say(Level::Warn, t!("wizard-edit-error-kept", field = label, error = e.to_string()))
                        }
                        None => {}
                    }
                }
                Action::Reveal => {
                    if let Some(editor) = self.editor.as_mut() {
                        editor.toggle_reveal();
                        let t = editor.target.clone();
                        if !self.revealed.remove(&t) {
                            self.revealed.insert(t);
                        }
                    }
                }
                _ => {}
            }
            self.changed(ui.size);
            return false;
        }
        if self.zoom.is_some() {
            self.zoomed_action(action, ui);
            return false;
        }
        let rows = self.rows();
        let row = rows.get(self.focus).cloned();
        let page = super::layout::visible_rows(ui.size);
        match action {
            Action::Up => self.focus = self.focus.saturating_sub(1),
            Action::Down => self.focus = (self.focus + 1).min(rows.len().saturating_sub(1)),
            Action::PageUp => self.focus = self.focus.saturating_sub(page),
            Action::PageDown => self.focus = (self.focus + page).min(rows.len().saturating_sub(1)),
            Action::NextStep => self.go_to_step((self.step + 1) % self.form.steps().len().max(1)),
            Action::PrevStep => {
                let n = self.form.steps().len().max(1);
                self.go_to_step((self.step + n - 1) % n);
            }
            Action::Enter => {
                if let Some(row) = row {
                    self.enter(&row, ui);
                }
            }
            Action::Back => {
                if let Some(left) = self.trail.pop() {
                    self.focus = self.rows().iter().position(|r| r.target == Target::Field(left.clone())).unwrap_or(0);
                    self.scroll = 0;
                } else {
                    return true;
                }
            }
            Action::Toggle => match row {
                Some(r) if r.kind == FieldKind::Boolean => self.form.toggle(&r.target),
                _ => ui.refuse(t!("wizard-refuse-toggle"), &self.what_works(row.as_ref())),
            },
            Action::Unset => {
                if let Some(r) = row {
                    self.unset(&r, ui);
                }
            }
            Action::AddItem => self.add(row.as_ref(), ui),
            Action::DuplicateItem | Action::MoveItemUp | Action::MoveItemDown => {
                self.item_op(action, row.as_ref(), ui);
            }
            Action::RenameKey => match row.as_ref().map(|r| (&r.row_type, &r.target)) {
                Some((RowType::Key(k), Target::Field(p))) => {
                    let at = crate::pointer::split_last(p).map(|(a, _)| a.to_owned()).unwrap_or_default();
                    let key = format!("{k:?}");
                    ui.overlays.push(Overlay::Prompt(Prompt::new(
                        move || t!("wizard-rename-key-prompt", key = key.as_str()),
                        k,
                        PromptPurpose::RenameKey { at, old: k.clone() },
                    )));
                }
                _ => ui.refuse(t!("wizard-refuse-rename"), &self.what_works(row.as_ref())),
            },
            Action::NextProblem => {
                if !self.next_problem(ui.size) {
                    ui.say(Level::Info, t!("wizard-no-problems"));
                }
            }
            Action::Problems => ui.overlays.push(Overlay::Problems { selected: 0 }),
            Action::RequiredOnly => {
                self.required_only = !self.required_only;
                ui.say(
                    Level::Info,
                    if self.required_only { t!("wizard-required-only") } else { t!("wizard-all-fields") },
                );
            }
            Action::PreviewMode => self.next_preview_mode(),
            Action::Reveal => match row {
                Some(r) if r.kind == FieldKind::Secret => {
                    if !self.revealed.remove(&r.target) {
                        self.revealed.insert(r.target);
                    }
                }
                _ => ui.refuse(t!("wizard-refuse-reveal"), &self.what_works(row.as_ref())),
            },
            Action::GenerateToken => self.generate_token(ui),
            Action::Signature => match self.signature(ui.endpoint) {
                Ok(lines) => ui.overlays.push(Overlay::Text {
                    title: t!("wizard-signature-title"),
                    // Wrapped to the box (screen less margin and border): every character counts here.
                    lines: lines
                        .iter()
                        .flat_map(|l| super::view::wrap(l, usize::from(ui.size.0).saturating_sub(6)))
                        .collect(),
                    scroll: 0,
                }),
                Err(e) => ui.say(Level::Error, e),
            },
            Action::Export => {
                let items = self
                    .export_options()
                    .into_iter()
                    .map(|(_, label)| MenuItem { label, detail: String::new() })
                    .collect();
                ui.overlays.push(Overlay::Menu(Menu {
                    title: t!("wizard-export-title"),
                    items,
                    selected: 0,
                    purpose: MenuPurpose::Export,
                }));
            }
            Action::Import => ui.overlays.push(Overlay::Prompt(Prompt::new(
                || t!("wizard-import-into-prompt"),
                "",
                PromptPurpose::Import,
            ))),
            // Handled by the app, which owns the jobs and the endpoint.
            Action::Submit | Action::Jobs | Action::Target => {}
            Action::KeepSecrets => {
                self.keep_secrets = !self.keep_secrets;
                ui.say(
                    Level::Info,
                    if self.keep_secrets { t!("wizard-keep-secrets-on") } else { t!("wizard-keep-secrets-off") },
                );
            }
            Action::Zoom => {
                // Opens where the focused field is, so the zoom shows what was being looked at.
                let at = self.focused().and_then(|r| match r.target {
                    Target::Field(p) => self.preview.span_of(&p),
                    Target::Param(_) => None,
                });
                self.zoom = Some(at.map_or(0, |(a, _)| a.saturating_sub(2)));
            }
            Action::Undo => self.undo(false, ui),
            Action::Redo => self.undo(true, ui),
            Action::Help | Action::Quit | Action::Done | Action::Language => {}
        }
        self.changed(ui.size);
        false
    }

    /// Keys while the preview fills the screen: scrolling, the next view, and back; the form's own
    /// keys wait, since the rows they would act on are not in sight.
    fn zoomed_action(&mut self, action: Action, ui: &mut Ui) {
        let page = usize::from(ui.size.1.saturating_sub(4)).max(1);
        let last = self.preview.len().saturating_sub(page);
        let Some(scroll) = self.zoom.as_mut() else { return };
        match action {
            Action::Up => *scroll = scroll.saturating_sub(1),
            Action::Down => *scroll = (*scroll + 1).min(last),
            Action::PageUp => *scroll = scroll.saturating_sub(page),
            Action::PageDown => *scroll = (*scroll + page).min(last),
            Action::Zoom | Action::Back => self.zoom = None,
            Action::PreviewMode => {
                *scroll = 0;
                self.next_preview_mode();
            }
            _ => ui.say(Level::Info, t!("wizard-zoomed")),
        }
    }

    fn next_preview_mode(&mut self) {
        self.preview_mode = match (self.preview_mode, self.form.spec().style) {
            (PreviewMode::Body, _) => PreviewMode::Http,
            (PreviewMode::Http, Style::Rpc) => PreviewMode::Wire,
            _ => PreviewMode::Body,
        };
        self.refresh_preview();
    }

    /// Opens again the form's menu of `purpose` (the export menu, or the choice or alternatives of
    /// the focused row, which opened it), so its texts are made in the current language.
    pub fn menu_again(&mut self, purpose: &MenuPurpose, ui: &mut Ui) {
        let of_focus = |target: &Target| self.focused().filter(|r| r.target == *target);
        match purpose {
            MenuPurpose::Export => {
                self.action(Action::Export, ui);
            }
            MenuPurpose::Choice { target, .. } => {
                if let Some(row) = of_focus(target) {
                    self.enter(&row, ui);
                }
            }
            MenuPurpose::Alternative { at } => {
                if let Some(row) = of_focus(&Target::Field(at.clone())) {
                    self.enter(&row, ui);
                }
            }
            MenuPurpose::Origin { .. } | MenuPurpose::Jobs(_) | MenuPurpose::Profiles(_) => {}
        }
    }

    fn enter(&mut self, row: &crate::form::Row, ui: &mut Ui) {
        match (&row.row_type, row.kind) {
            (RowType::Add, _) => self.add(Some(row), ui),
            (RowType::Alternatives, _) => {
                let Target::Field(at) = &row.target else { return };
                if let Some(alts) = self.form.alternatives(at) {
                    let items =
                        alts.titles.iter().map(|t| MenuItem { label: t.clone(), detail: String::new() }).collect();
                    let object = crate::pointer::label(at);
                    ui.overlays.push(Overlay::Menu(Menu {
                        title: if object.is_empty() {
                            alts.label.clone()
                        } else {
                            format!("{object} · {}", alts.label)
                        },
                        items,
                        selected: alts.active,
                        purpose: MenuPurpose::Alternative { at: at.clone() },
                    }));
                }
            }
            (_, FieldKind::Object | FieldKind::Array | FieldKind::Map) => {
                if let Target::Field(p) = &row.target {
                    self.trail.push(p.clone());
                    self.focus = 0;
                    self.scroll = 0;
                }
            }
            (_, FieldKind::Boolean) => self.form.toggle(&row.target),
            (_, FieldKind::Choice) => {
                let mut values: Vec<Option<Value>> = Vec::new();
                let mut items = Vec::new();
                if !row.required {
                    values.push(None);
                    items.push(MenuItem { label: t!("wizard-choice-unset"), detail: t!("wizard-choice-unset-detail") });
                }
                for (v, meaning) in self.form.choices(&row.target) {
                    let label = match request::scalar_text(&v) {
                        text if text.is_empty() => t!("wizard-choice-empty-text"),
                        text => text,
                    };
                    items.push(MenuItem { label, detail: meaning });
                    values.push(Some(v));
                }
                let current = self.form.value(&row.target).cloned();
                let selected = values.iter().position(|v| *v == current).unwrap_or(0);
                ui.overlays.push(Overlay::Menu(Menu {
                    title: t!("wizard-choice-title", field = row.label.as_str()),
                    items,
                    selected,
                    purpose: MenuPurpose::Choice { target: row.target.clone(), values },
                }));
            }
            _ => self.open_editor(row, false),
        }
    }

    fn unset(&mut self, row: &crate::form::Row, ui: &mut Ui) {
        if let (RowType::Item(_) | RowType::Key(_) | RowType::Field, t) = (&row.row_type, &row.target) {
            if self.form.value(t).is_none() {
                ui.say(Level::Info, t!("wizard-already-empty", field = row_label(t)));
                return;
            }
            self.form.set_value(t, None);
            let done = match &row.row_type {
                RowType::Item(i) => t!("wizard-removed-item", number = i + 1),
                RowType::Key(k) => t!("wizard-removed-key", key = format!("{k:?}")),
                _ => t!("wizard-cleared", field = row_label(t)),
            };
            ui.say(Level::Info, done);
        }
    }

    fn generate_token(&mut self, ui: &mut Ui) {
        let token = request::new_token(self.form.spec());
        let target = match request::token_slot(self.form.spec()) {
            TokenSlot::Param(name) => Target::Param(name),
            TokenSlot::Field(name) => Target::Field(crate::pointer::child("", &name)),
            TokenSlot::None => {
                ui.say(Level::Info, t!("wizard-no-token"));
                return;
            }
        };
        self.form.set_value(&target, Some(Value::String(token.clone())));
        ui.say(Level::Info, format!("{} = {token}", row_label(&target)));
        self.go_to(&target, ui.size);
    }

    pub fn menu_choice(&mut self, purpose: MenuPurpose, index: usize, ui: &mut Ui) -> Vec<Effect> {
        let mut effects = Vec::new();
        match purpose {
            MenuPurpose::Choice { target, values } => {
                if let Some(v) = values.get(index) {
                    self.form.set_value(&target, v.clone());
                }
            }
            MenuPurpose::Alternative { at } => self.form.choose_alternative(&at, index),
            MenuPurpose::Export => match self.export_options().get(index).map(|(e, _)| *e) {
                Some(Export::File) => self.export_prompt(false, ui),
                Some(Export::FileWithSecrets) => {
                    let secrets = crate::i18n::join(&self.secret_labels());
                    let text = move || t!("wizard-export-secrets-confirm", secrets = secrets.as_str());
                    let purpose = super::overlay::ConfirmPurpose::ExportSecrets;
                    ui.overlays.push(Overlay::Confirm(super::overlay::Confirm::new(text, purpose)));
                }
                Some(Export::Clipboard) => {
                    effects.push(Effect::Clipboard(self.body_json(false)));
                    ui.say(Level::Info, t!("wizard-copied-body"));
                }
                Some(Export::Copy(format)) => match self.render_as(format, ui.endpoint) {
                    Ok(text) => {
                        effects.push(Effect::Clipboard(text));
                        ui.say(Level::Info, t!("wizard-copied-format", format = format!("{format:?}")));
                    }
                    Err(e) => ui.say(Level::Error, e),
                },
                Some(Export::HttpFile) => match self.render_as(Format::Http, ui.endpoint) {
                    Ok(contents) => {
                        let name = self.default_export_name().replace(".json", ".http");
                        let note = t!("wizard-export-http-note");
                        ui.overlays.push(Overlay::Prompt(Prompt::new(
                            || t!("wizard-export-http-prompt"),
                            &name,
                            PromptPurpose::Export { contents, note, private: false },
                        )));
                    }
                    Err(e) => ui.say(Level::Error, e),
                },
                Some(Export::Program(format)) => match self.render_as(format, ui.endpoint) {
                    Ok(contents) => {
                        // Python's and TypeScript's module names take no `-` or `.`.
                        let extension = if format == Format::Python { ".py" } else { ".ts" };
                        let name = self.default_export_name().replace(".json", extension).replace('-', "_");
                        let note = t!("wizard-export-program-note");
                        ui.overlays.push(Overlay::Prompt(Prompt::new(
                            || t!("wizard-export-program-prompt"),
                            &name,
                            PromptPurpose::Export { contents, note, private: false },
                        )));
                    }
                    Err(e) => ui.say(Level::Error, e),
                },
                None => {}
            },
            MenuPurpose::Jobs(ids) => {
                if let Some(id) = ids.get(index) {
                    self.preview_mode = PreviewMode::Job(*id);
                }
            }
            MenuPurpose::Origin { .. } | MenuPurpose::Profiles(_) => {}
        }
        self.changed(ui.size);
        effects
    }

    /// Enter in one of the form's prompts. The prompt is still on top: it closes when the answer is
    /// taken and keeps the text with the reason when it is refused.
    pub fn prompt_done(&mut self, purpose: PromptPurpose, text: &str, ui: &mut Ui) -> Vec<Effect> {
        let mut effects = Vec::new();
        let result = match &purpose {
            PromptPurpose::Export { contents, private, .. } => {
                if text.trim().is_empty() {
                    Err(t!("wizard-export-no-name"))
                } else {
                    effects.push(Effect::WriteFile {
                        path: text.trim().to_owned(),
                        contents: contents.clone(),
                        overwrite: false,
                        private: *private,
                    });
                    if let Some(p) = super::overlay::top_prompt(ui.overlays) {
                        p.pending = true;
                    }
                    return effects;
                }
            }
            PromptPurpose::AddKey { at } => self.form.add_key(at, text).map_err(|e| e.to_string()).map(|()| {
                self.show_container(at);
                self.focus = self.rows().iter().position(|r| r.row_type == RowType::Key(text.to_owned())).unwrap_or(0);
            }),
            PromptPurpose::RenameKey { at, old } => self.form.rename_key(at, old, text).map_err(|e| e.to_string()),
            PromptPurpose::Import => Ok(()),
        };
        match result {
            Ok(()) => {
                ui.overlays.pop();
            }
            Err(e) => {
                if let Some(p) = super::overlay::top_prompt(ui.overlays) {
                    p.fail(t!("wizard-prompt-refused", error = e));
                }
            }
        }
        self.changed(ui.size);
        effects
    }
}
