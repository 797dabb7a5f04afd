//! What each form key does: moving, entering and leaving nested objects, editing, list and map
//! operations, alternatives, problems, preview modes, export and import.

use serde_json::Value;

use super::app::{Effect, Endpoint, Level};
use super::form_screen::{FormScreen, PreviewMode, Ui, row_label};
use super::keymap::Action;
use super::overlay::{Menu, MenuItem, MenuPurpose, Overlay, Prompt, PromptPurpose};
use crate::export::{Format, Secrets};
use crate::form::{FieldKind, RowType, Target};
use crate::http::sign::Moment;
use crate::profile::ProfileError;
use crate::request::{self, HttpRequest, TokenSlot};
use crate::spec::Style;

/// The export menu's entries; the menu and its handler both read this list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Export {
    File,
    FileWithSecrets,
    Clipboard,
    /// The request in another tool's form, copied to the clipboard.
    Copy(Format),
    /// A `.http` file for VS Code REST Client / JetBrains.
    HttpFile,
}

impl FormScreen {
    fn export_options(&self) -> Vec<(Export, &'static str)> {
        let has_secrets = !crate::drafts::secret_pointers(self.form.spec(), &self.form.document).is_empty();
        let mut out = vec![(
            Export::File,
            if has_secrets { "Save the body to a file (secrets left out)" } else { "Save the body to a file" },
        )];
        if has_secrets {
            out.push((Export::FileWithSecrets, "Save the body to a file, secrets included"));
        }
        out.push((Export::Clipboard, "Copy the body to the clipboard (OSC 52; secrets left out)"));
        out.push((Export::Copy(Format::Curl), "Copy a curl command (signed for the profile; secrets masked)"));
        out.push((Export::HttpFile, "Save a .http file (VS Code REST Client / JetBrains)"));
        out.push((Export::Copy(Format::Httpie), "Copy an HTTPie command"));
        out.push((Export::Copy(Format::Cli), "Copy the vendor CLI line (aliyun / hcloud)"));
        out
    }

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

    /// The request in `format` for the current endpoint, secrets masked.
    fn render_as(&self, format: Format, endpoint: &Endpoint) -> Result<String, String> {
        let target = self.target(endpoint)?;
        crate::export::render(self.form.spec(), &target, &self.form.document, format, Secrets::Mask, &Moment::now())
            .map_err(|e| e.to_string())
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
            return Err(ProfileError::NoCredentials { profile, what: "the signature view".into() }.to_string());
        };
        let mut text = crate::http::sign::report::text(&signed.redacted(false), &profile);
        text = self.mask_hidden_secrets(&text);
        let when = moment.date.format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
        let mut lines = vec![
            format!("Signed for profile {profile} as of {when}; a submit signs again when it sends."),
            token.filter(|_| made).map_or_else(String::new, |t| {
                format!("The idempotency token {t} was made for this view; a submit makes its own.")
            }),
            "Compare with the server's answer when it says the signature does not match.".to_owned(),
            String::new(),
        ];
        lines.extend(crate::text::sanitize(&text).lines().map(str::to_owned));
        Ok(lines)
    }

    fn body_json(&self, with_secrets: bool) -> String {
        let doc = if with_secrets {
            self.form.document.clone()
        } else {
            crate::drafts::without_secrets(self.form.spec(), &self.form.params, &self.form.document).1
        };
        format!("{}\n", serde_json::to_string_pretty(&doc).unwrap_or_default())
    }

    /// The prompt for the body's file name; `with_secrets` once the user said yes to keeping them.
    pub fn export_prompt(&self, with_secrets: bool, ui: &mut Ui) {
        let secrets = self.secret_labels();
        let note = match (secrets.is_empty(), with_secrets) {
            (true, _) => String::new(),
            (false, true) => {
                let what = if secrets.len() == 1 { "secret" } else { "secrets" };
                format!(" with the {what} {}, readable by you only (0600)", secrets.join(", "))
            }
            (false, false) => {
                let spec = self.form.spec();
                let (params, stripped) = crate::drafts::without_secrets(spec, &self.form.params, &self.form.document);
                let read_back = crate::form::FormState::new(spec.clone(), stripped, params);
                let (what, them) = if secrets.len() == 1 { ("secret", "it is") } else { ("secrets", "they are") };
                let consequence = if read_back.violations().len() > self.form.violations().len() {
                    format!("the file will not validate until {them} filled in again")
                } else {
                    format!("send it only once {them} filled in again")
                };
                format!(" without the {what} {}: {consequence}{}", secrets.join(", "), self.meaning_changes(&read_back))
            }
        };
        let title = if with_secrets { "Save the body, secrets included, as" } else { "Save the body as" };
        let contents = self.body_json(with_secrets);
        ui.overlays.push(Overlay::Prompt(Prompt::new(
            title,
            &self.default_export_name(),
            PromptPurpose::Export { contents, note, private: with_secrets && !secrets.is_empty() },
        )));
    }

    /// What the saved file would mean differently from the form, read back without its secrets: an
    /// alternative that changes (Huawei's password login reads as "use the image's password").
    fn meaning_changes(&self, read_back: &crate::form::FormState) -> String {
        let mut out = String::new();
        for at in self.form.alternative_objects() {
            let (Some(now), Some(then)) = (self.form.alternatives(&at), read_back.alternatives(&at)) else { continue };
            if now.active != then.active {
                let object = crate::pointer::label(&at);
                out.push_str(&format!(
                    "; read back, {object} says “{}” instead of “{}”",
                    then.titles[then.active], now.titles[now.active]
                ));
            }
        }
        out
    }

    /// A file name that says what it holds and when: `CreateServers-20261123-160102.json`.
    fn default_export_name(&self) -> String {
        let spec = self.form.spec();
        let action = spec.id.rsplit('.').next().unwrap_or("request");
        let now = time::OffsetDateTime::now_utc();
        let stamp = format!(
            "{:04}{:02}{:02}-{:02}{:02}{:02}",
            now.year(),
            u8::from(now.month()),
            now.day(),
            now.hour(),
            now.minute(),
            now.second()
        );
        format!("{action}-{stamp}.json")
    }

    /// Handles one bound key; `true` asks to go back to the start screen.
    pub fn action(&mut self, action: Action, ui: &mut Ui) -> bool {
        if self.editor.is_some() {
            match action {
                Action::Done => {
                    let label = self.editor.take().map(|e| row_label(&e.target)).unwrap_or_default();
                    match self.editor_error.take() {
                        Some(e) if e.kept() => ui.say(Level::Warn, format!("{label}: {e}")),
                        Some(e) => ui.say(Level::Warn, format!("{label}: {e}; it keeps the value before")),
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
                _ => ui.refuse(
                    "Space toggles a true/false field, and this row is not one.",
                    &self.what_works(row.as_ref()),
                ),
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
                    ui.overlays.push(Overlay::Prompt(Prompt::new(
                        &format!("Rename the key {k:?} to"),
                        k,
                        PromptPurpose::RenameKey { at, old: k.clone() },
                    )));
                }
                _ => ui.refuse("r renames a key of a map, and this row is not one.", &self.what_works(row.as_ref())),
            },
            Action::NextProblem => {
                if !self.next_problem(ui.size) {
                    ui.say(Level::Info, "no problems: the request is valid");
                }
            }
            Action::Problems => ui.overlays.push(Overlay::Problems { selected: 0 }),
            Action::RequiredOnly => {
                self.required_only = !self.required_only;
                ui.say(
                    Level::Info,
                    if self.required_only { "showing required fields only" } else { "showing all fields" },
                );
            }
            Action::PreviewMode => self.next_preview_mode(),
            Action::Reveal => match row {
                Some(r) if r.kind == FieldKind::Secret => {
                    if !self.revealed.remove(&r.target) {
                        self.revealed.insert(r.target);
                    }
                }
                _ => ui
                    .refuse("* shows or hides a secret, and this field is not secret.", &self.what_works(row.as_ref())),
            },
            Action::GenerateToken => self.generate_token(ui),
            Action::Signature => match self.signature(ui.endpoint) {
                Ok(lines) => ui.overlays.push(Overlay::Text {
                    title: "Signature (↑/↓ scroll, Esc closes)".into(),
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
                    .map(|(_, l)| MenuItem { label: l.into(), detail: String::new() })
                    .collect();
                ui.overlays.push(Overlay::Menu(Menu {
                    title: "Export".into(),
                    items,
                    selected: 0,
                    purpose: MenuPurpose::Export,
                }));
            }
            Action::Import => ui.overlays.push(Overlay::Prompt(Prompt::new(
                "Import into this form: a JSON file's path, or paste a curl command",
                "",
                PromptPurpose::Import,
            ))),
            // Handled by the app, which owns the jobs and the endpoint.
            Action::Submit | Action::Jobs | Action::Target => {}
            Action::KeepSecrets => {
                self.keep_secrets = !self.keep_secrets;
                ui.say(
                    Level::Info,
                    if self.keep_secrets {
                        "this draft will keep secrets on disk"
                    } else {
                        "secrets are left out of this draft"
                    },
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
            Action::Help | Action::Quit | Action::Done => {}
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
            _ => ui.say(Level::Info, "the preview fills the screen: z or Esc goes back to the form"),
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
                    items.push(MenuItem { label: "(not set)".into(), detail: "leave the field out".into() });
                }
                for (v, meaning) in self.form.choices(&row.target) {
                    let label = match request::scalar_text(&v) {
                        text if text.is_empty() => "\"\" (empty text)".to_owned(),
                        text => text,
                    };
                    items.push(MenuItem { label, detail: meaning });
                    values.push(Some(v));
                }
                let current = self.form.value(&row.target).cloned();
                let selected = values.iter().position(|v| *v == current).unwrap_or(0);
                ui.overlays.push(Overlay::Menu(Menu {
                    title: format!("{}: choose a value", row.label),
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
                ui.say(Level::Info, format!("{} is already empty", row_label(t)));
                return;
            }
            self.form.set_value(t, None);
            let done = match &row.row_type {
                RowType::Item(i) => format!("removed item #{}", i + 1),
                RowType::Key(k) => format!("removed the key {k:?}"),
                _ => format!("cleared {}", row_label(t)),
            };
            ui.say(Level::Info, format!("{done} (u undoes)"));
        }
    }

    /// The list or map a row is, or belongs to (its items and keys, its "+ add" row).
    fn container_of(&self, row: &crate::form::Row) -> Option<(String, FieldKind)> {
        let Target::Field(p) = &row.target else { return None };
        match row.row_type {
            RowType::Item(_) | RowType::Key(_) => {
                let (parent, _) = crate::pointer::split_last(p)?;
                let kind = self.form.kind(&Target::Field(parent.to_owned()));
                Some((parent.to_owned(), kind))
            }
            RowType::Add => Some((p.clone(), row.kind)),
            RowType::Field if matches!(row.kind, FieldKind::Array | FieldKind::Map) => Some((p.clone(), row.kind)),
            _ => None,
        }
    }

    /// Shows the list or map at `at` (entering it when another view is shown).
    fn show_container(&mut self, at: &str) {
        if self.view() != crate::form::View::Container(at.to_owned()) {
            self.trail.push(at.to_owned());
        }
    }

    /// `a`: a new item in the list (or key in the map) the focused row is or belongs to, or the one
    /// shown; the same wherever the focus came from (Tab, arrows, a click, `n`).
    fn add(&mut self, row: Option<&crate::form::Row>, ui: &mut Ui) {
        let shown = match self.view() {
            crate::form::View::Container(at) => Some((at.clone(), self.form.kind(&Target::Field(at)))),
            _ => None,
        };
        let container = row
            .and_then(|r| self.container_of(r))
            .or(shown)
            .filter(|(_, k)| matches!(k, FieldKind::Array | FieldKind::Map));
        match container {
            Some((at, FieldKind::Array)) => match self.form.add_item(&at) {
                Ok(i) => {
                    self.show_container(&at);
                    self.focus = i;
                    ui.say(Level::Info, format!("added item #{} to {}", i + 1, crate::pointer::label(&at)));
                }
                Err(e) => ui.refuse(format!("{}: {e}.", crate::pointer::label(&at)), &self.what_works(row)),
            },
            Some((at, _)) => ui.overlays.push(Overlay::Prompt(Prompt::new(
                &format!("New key in {}", crate::pointer::label(&at)),
                "",
                PromptPurpose::AddKey { at },
            ))),
            None => {
                ui.refuse("a adds an item to a list or a key to a map, and this row is neither.", &self.what_works(row))
            }
        }
    }

    /// `c`, `K`, `J`: duplicate or move the focused list item.
    fn item_op(&mut self, action: Action, row: Option<&crate::form::Row>, ui: &mut Ui) {
        let item = row.and_then(|r| match r.row_type {
            RowType::Item(i) => self.container_of(r).map(|(at, _)| (at, i)),
            _ => None,
        });
        let Some((at, i)) = item else {
            let verb = match action {
                Action::DuplicateItem => "c duplicates",
                Action::MoveItemUp => "K moves up",
                _ => "J moves down",
            };
            ui.refuse(format!("{verb} an item of a list, and this row is not one."), &self.what_works(row));
            return;
        };
        let result = match action {
            Action::DuplicateItem => self.form.duplicate_item(&at, i),
            Action::MoveItemUp => self.form.move_item(&at, i, true),
            _ => self.form.move_item(&at, i, false),
        };
        match result {
            Ok(to) => {
                self.focus = to;
                let done = match action {
                    Action::DuplicateItem => format!("copied item #{} to #{}", i + 1, to + 1),
                    _ => format!("moved item #{} to #{}", i + 1, to + 1),
                };
                ui.say(Level::Info, format!("{done} of {} (u undoes)", crate::pointer::label(&at)));
            }
            Err(crate::form::EditError::NoSuchValue) => {
                let edge = if action == Action::MoveItemUp { "first" } else { "last" };
                ui.say(Level::Info, format!("item #{} is already the {edge}", i + 1));
            }
            Err(e) => ui.refuse(format!("{}: {e}.", crate::pointer::label(&at)), &self.what_works(row)),
        }
    }

    /// The keys that act on `row`, for a refusal to say what works there instead.
    fn what_works(&self, row: Option<&crate::form::Row>) -> String {
        let Some(row) = row else { return "Tab goes to another step; ? lists every key.".into() };
        let text = match (&row.row_type, row.kind) {
            (RowType::Item(_), _) => {
                "On a list item: Enter opens or edits it, c duplicates it, K / J move it, x removes it, a adds an item."
            }
            (RowType::Key(_), _) => {
                "On a map key: Enter edits its value, r renames the key, x removes it, a adds a key."
            }
            (RowType::Add, _) => "On this row Enter adds.",
            (RowType::Alternatives, _) => "On this row Enter chooses between the alternatives.",
            (_, FieldKind::Boolean) => "On a true/false field: Space toggles it, x clears it.",
            (_, FieldKind::Array) => "On a list: Enter opens it, a adds an item.",
            (_, FieldKind::Map) => "On a map: Enter opens it, a adds a key.",
            (_, FieldKind::Object) => "On an object: Enter opens it.",
            (_, FieldKind::Choice) => "On a choice: Enter opens the list of values, x clears it.",
            _ => "On a field: Enter edits it, x clears it.",
        };
        text.to_owned()
    }

    fn generate_token(&mut self, ui: &mut Ui) {
        let token = request::new_token(self.form.spec());
        let target = match request::token_slot(self.form.spec()) {
            TokenSlot::Param(name) => Target::Param(name),
            TokenSlot::Field(name) => Target::Field(crate::pointer::child("", &name)),
            TokenSlot::None => {
                ui.say(Level::Info, "this API takes no idempotency token");
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
                    let secrets = self.secret_labels().join(", ");
                    ui.overlays.push(Overlay::Confirm(super::overlay::Confirm {
                        text: format!(
                            "The file will hold {secrets} in plain text. It is written readable by you only \
                             (0600). Save it with the secrets?"
                        ),
                        purpose: super::overlay::ConfirmPurpose::ExportSecrets,
                    }));
                }
                Some(Export::Clipboard) => {
                    effects.push(Effect::Clipboard(self.body_json(false)));
                    ui.say(Level::Info, "copied the body to the clipboard (through the terminal, OSC 52)");
                }
                Some(Export::Copy(format)) => match self.render_as(format, ui.endpoint) {
                    Ok(text) => {
                        effects.push(Effect::Clipboard(text));
                        ui.say(Level::Info, format!("copied the {format:?} form to the clipboard (secrets masked)"));
                    }
                    Err(e) => ui.say(Level::Error, e),
                },
                Some(Export::HttpFile) => match self.render_as(Format::Http, ui.endpoint) {
                    Ok(contents) => {
                        let name = self.default_export_name().replace(".json", ".http");
                        let note = " (a .http request; secrets masked)".to_owned();
                        ui.overlays.push(Overlay::Prompt(Prompt::new(
                            "Save the .http file as",
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
                    Err("type a file name (Esc cancels)".to_owned())
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
                    p.fail(format!("{e}; type another, or Esc"));
                }
            }
        }
        self.changed(ui.size);
        effects
    }
}
