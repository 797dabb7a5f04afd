//! The wizard's model and its one `update`: messages in (keys, clicks, ticks, results of effects),
//! model changed and effects out (save a draft, write a file, copy to the clipboard). No I/O here, so
//! every behaviour is testable without a terminal.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use serde_json::Value;

use super::form_screen::FormScreen;
use super::jobs::{JobMsg, JobView, SubmitOrder};
use super::keymap::{self, Action, Context};
use super::overlay::{Confirm, ConfirmPurpose, Menu, Overlay};
use super::start::StartScreen;
use super::theme::Theme;
use crate::drafts::Draft;
use crate::form::FormState;
use crate::profile::Profiles;
use crate::spec::{Catalog, Spec};
use crate::t;

pub enum Screen {
    Start(StartScreen),
    Form(Box<FormScreen>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Warn,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub level: Level,
}

#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    Paste(String),
    Click {
        column: u16,
        row: u16,
    },
    Scroll {
        down: bool,
    },
    Resize(u16, u16),
    Tick(Instant),
    /// SIGTERM / SIGHUP: save and leave.
    Terminate,
    /// What a form of `api` can start from besides empty and the examples.
    Drafts {
        api: String,
        drafts: Vec<Draft>,
        history: Vec<crate::history::Entry>,
    },
    Interrupted(Draft),
    FileWritten(Result<PathBuf, String>),
    FileExists {
        path: String,
        contents: String,
        private: bool,
    },
    /// An effect that has no prompt to answer failed (a draft save, a copy).
    Failed(String),
    /// A file's text, for an import (a JSON document or a curl command).
    FileRead {
        path: String,
        result: Result<String, String>,
    },
    /// profiles.toml read again, for the profile menu.
    Profiles(Result<Profiles, String>),
    /// The embedded sandbox is listening (its base URL), or could not start.
    SandboxReady(Result<String, String>),
    Job {
        job: u64,
        event: JobMsg,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    SaveDraft(Draft),
    BeginSession {
        api: String,
        draft: String,
    },
    EndSession,
    ListDrafts(String),
    DeleteDraft {
        api: String,
        id: String,
    },
    WriteFile {
        path: String,
        contents: String,
        overwrite: bool,
        /// Readable by the owner only (0600): the file holds secrets.
        private: bool,
    },
    ReadFile(String),
    /// Read profiles.toml (it may have changed since the start).
    LoadProfiles,
    /// Copy through the terminal (OSC 52), which also works over SSH.
    Clipboard(String),
    Submit(SubmitOrder),
    /// Speak `Lang` in the whole process from now on and remember it for the next start (`update`
    /// has switched its own thread already, so a test never changes the process's language).
    Language(crate::i18n::Lang),
}

/// Where requests go: a profile (the built-in sandbox unless chosen otherwise) and, once the
/// embedded sandbox is up, its address.
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub profiles: Profiles,
    pub profile: String,
    pub sandbox_url: Option<String>,
    /// Where keys, regions and project ids are read from: the process environment (tests pass their own).
    pub env: fn(&str) -> Option<String>,
    /// Real endpoints the user agreed, this session, to create billable resources at.
    pub confirmed: HashSet<String>,
}

impl Endpoint {
    pub fn sandbox() -> Endpoint {
        Endpoint {
            profiles: Profiles::default(),
            profile: crate::profile::SANDBOX.to_owned(),
            sandbox_url: None,
            env: crate::http::credentials::process_env,
            confirmed: HashSet::new(),
        }
    }

    /// The sandbox, or `name` from profiles.toml (read now, so a typo is reported before the wizard opens).
    pub fn with_profile(name: Option<&str>) -> Result<Endpoint, crate::profile::ProfileError> {
        let mut endpoint = Endpoint::sandbox();
        if let Some(name) = name {
            endpoint.profiles = Profiles::load()?;
            endpoint.profile = endpoint.profiles.get(name)?.name;
        }
        Ok(endpoint)
    }

    pub fn is_sandbox(&self) -> bool {
        self.profile == crate::profile::SANDBOX
    }

    /// The request's target for `spec` and `document` under this endpoint.
    pub fn target(
        &self,
        spec: &Spec,
        document: &Value,
    ) -> Result<crate::profile::Target, crate::profile::ProfileError> {
        let endpoint = self.sandbox_url.as_deref().filter(|_| self.is_sandbox());
        let choice = crate::profile::Choice { profile: Some(&self.profile), endpoint, ..Default::default() };
        crate::profile::resolve(spec, document, &choice, &self.profiles, &self.env)
    }
}

pub struct App {
    pub catalog: Arc<Catalog>,
    pub endpoint: Endpoint,
    pub theme: Theme,
    pub size: (u16, u16),
    pub screen: Screen,
    pub overlays: Vec<Overlay>,
    pub status: Option<Status>,
    pub quit: bool,
    /// Every submission of this session, newest last.
    pub jobs: Vec<JobView>,
    /// An import chosen on the start screen waits here for the file's contents.
    pub(super) pending_import: Option<String>,
}

impl App {
    pub fn new(catalog: Arc<Catalog>, theme: Theme, size: (u16, u16)) -> App {
        App {
            screen: Screen::Start(StartScreen::default()),
            endpoint: Endpoint::sandbox(),
            catalog,
            theme,
            size,
            overlays: Vec::new(),
            status: None,
            quit: false,
            jobs: Vec::new(),
            pending_import: None,
        }
    }

    /// The open form and what its handlers may touch besides it, borrowed apart.
    pub(super) fn form_and_ui(&mut self) -> Option<(&mut FormScreen, super::form_screen::Ui<'_>)> {
        let Screen::Form(f) = &mut self.screen else { return None };
        let ui = super::form_screen::Ui {
            overlays: &mut self.overlays,
            status: &mut self.status,
            size: self.size,
            endpoint: &self.endpoint,
        };
        Some((f, ui))
    }

    pub fn say(&mut self, level: Level, text: impl Into<String>) {
        self.status = Some(Status { text: crate::text::sanitize(&text.into()), level });
    }

    pub fn form(&self) -> Option<&FormScreen> {
        match &self.screen {
            Screen::Form(f) => Some(f),
            Screen::Start(_) => None,
        }
    }

    /// The key context now: what is on top decides.
    pub fn context(&self) -> Context {
        if !self.overlays.is_empty() {
            Context::Overlay
        } else {
            match &self.screen {
                Screen::Start(_) => Context::Start,
                Screen::Form(f) if f.editor.is_some() => Context::Editing,
                Screen::Form(_) => Context::Form,
            }
        }
    }

    /// Opens the form for `api`, from `document` (and parameters), continuing `draft_id` if given.
    pub fn open_form(&mut self, api: &str, form: Option<FormState>, draft_id: Option<String>) -> Vec<Effect> {
        let Ok(spec) = self.catalog.get(api).cloned() else {
            self.say(Level::Error, t!("wizard-unknown-api", api = api));
            return Vec::new();
        };
        let form = form.unwrap_or_else(|| FormState::empty(spec));
        let screen = FormScreen::new(form, draft_id, self.size);
        let effects = vec![Effect::BeginSession { api: api.to_owned(), draft: screen.draft_id.clone() }];
        let unknown = screen.form.unknown_fields();
        if !unknown.is_empty() {
            self.say(
                Level::Warn,
                t!("wizard-kept-unknown", count = unknown.len(), fields = crate::i18n::join(&unknown)),
            );
        }
        self.screen = Screen::Form(Box::new(screen));
        effects
    }
}

/// Applies one message; returns the effects to run.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    let effects = apply(app, msg);
    // Whatever changed the form (a key, a paste, a menu choice, an import) is one step to undo.
    if let Screen::Form(f) = &mut app.screen {
        f.record_change();
        f.follow_endpoint(&app.endpoint);
    }
    effects
}

fn apply(app: &mut App, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(key) => key_event(app, key),
        Msg::Paste(text) => paste(app, &text),
        Msg::Click { column, row } => {
            app.status = None;
            if app.overlays.is_empty() {
                let size = app.size;
                match &mut app.screen {
                    Screen::Form(f) => f.click(column, row, size),
                    Screen::Start(s) => s.click(row, &app.catalog, size),
                }
            }
            Vec::new()
        }
        Msg::Scroll { down } => {
            let action = if down { Action::Down } else { Action::Up };
            let context = app.context();
            dispatch(app, context, action, None)
        }
        Msg::Resize(w, h) => {
            app.size = (w, h);
            if let Screen::Form(f) = &mut app.screen {
                f.keep_focus_visible(app.size);
            }
            Vec::new()
        }
        Msg::Tick(_) => match &mut app.screen {
            Screen::Form(f) => f.autosave().into_iter().collect(),
            Screen::Start(_) => Vec::new(),
        },
        Msg::Terminate => quit(app),
        Msg::Drafts { api, drafts, history } => {
            let Ok(spec) = app.catalog.get(&api) else { return Vec::new() };
            app.overlays.push(Overlay::Menu(Menu::origin(spec, drafts, history)));
            Vec::new()
        }
        Msg::Interrupted(draft) => {
            let (api, at, summary) = (draft.api.clone(), draft.saved_at.clone(), crate::drafts::summary(&draft));
            let text = move || {
                let saved = super::when::ago_rfc3339(&at, time::OffsetDateTime::now_utc());
                t!("wizard-interrupted", api = api.as_str(), saved = saved, summary = summary.as_str())
            };
            app.overlays.push(Overlay::Confirm(Confirm::new(text, ConfirmPurpose::Restore(draft))));
            Vec::new()
        }
        Msg::FileWritten(Ok(path)) => {
            // The prompt that asked for the file closes now, and says what the file holds.
            let note = match super::overlay::waiting_prompt(&mut app.overlays) {
                Some(p) => match &p.purpose {
                    super::overlay::PromptPurpose::Export { note, .. } => note.clone(),
                    _ => String::new(),
                },
                None => String::new(),
            };
            if super::overlay::waiting_prompt(&mut app.overlays).is_some() {
                app.overlays.pop();
            }
            app.say(Level::Info, t!("wizard-file-written", path = path.display().to_string(), note = note));
            Vec::new()
        }
        Msg::FileWritten(Err(e)) | Msg::FileRead { result: Err(e), .. } => {
            refuse_in_prompt(app, e);
            Vec::new()
        }
        Msg::Failed(e) => {
            app.say(Level::Error, e);
            Vec::new()
        }
        Msg::FileExists { path, contents, private } => {
            let named = path.clone();
            let text = move || t!("wizard-file-exists", path = named.as_str());
            app.overlays
                .push(Overlay::Confirm(Confirm::new(text, ConfirmPurpose::Overwrite { path, contents, private })));
            Vec::new()
        }
        Msg::FileRead { path, result: Ok(text) } => super::import::text(app, &path, &text),
        Msg::Profiles(result) => {
            super::targets::menu(app, result);
            Vec::new()
        }
        Msg::SandboxReady(Ok(url)) => {
            app.endpoint.sandbox_url = Some(url);
            Vec::new()
        }
        Msg::SandboxReady(Err(e)) => {
            app.say(Level::Error, t!("wizard-sandbox-failed", error = e));
            Vec::new()
        }
        Msg::Job { job, event } => {
            if let Some(view) = app.jobs.iter_mut().find(|j| j.id == job)
                && let Ok(spec) = app.catalog.get(&view.api)
            {
                view.apply(spec, event, Instant::now());
            }
            Vec::new()
        }
    }
}

/// A refused answer goes into the prompt that asked (it stays open for another try), else to the
/// status line.
pub(super) fn refuse_in_prompt(app: &mut App, error: String) {
    match super::overlay::waiting_prompt(&mut app.overlays) {
        Some(p) => p.fail(error),
        None => app.say(Level::Error, error),
    }
}

/// Leaves the form for the start screen, saving its draft first.
pub(super) fn leave_form(app: &mut App) -> Vec<Effect> {
    let mut end = match &mut app.screen {
        Screen::Form(f) => f.save_now().into_iter().collect::<Vec<_>>(),
        Screen::Start(_) => return Vec::new(),
    };
    end.push(Effect::EndSession);
    app.screen = Screen::Start(StartScreen::default());
    end
}

/// Pasted text goes to the prompt on top (an import's curl command), else to the screen.
fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    match app.overlays.last_mut() {
        Some(Overlay::Prompt(p)) => {
            p.paste(text);
            return Vec::new();
        }
        // A menu, notice or question on top: the text was not meant for the form under it.
        Some(_) => return Vec::new(),
        None => {}
    }
    match &mut app.screen {
        Screen::Form(f) => f.paste(text),
        Screen::Start(s) => {
            s.filter.push_str(&text.replace(['\n', '\r'], ""));
            s.clamp(&app.catalog);
            Vec::new()
        }
    }
}

/// `o`: the jobs of this session, to show one in the right pane.
fn jobs_list(app: &mut App) {
    if app.jobs.is_empty() {
        app.say(Level::Info, t!("wizard-no-jobs"));
        return;
    }
    let items = app
        .jobs
        .iter()
        .rev()
        .map(|j| super::overlay::MenuItem {
            label: t!("wizard-job-item", id = j.id, title = j.title.as_str(), outcome = outcome_word(j.outcome)),
            detail: j.timeline.last().map(|(_, t)| t.clone()).unwrap_or_default(),
        })
        .collect();
    let ids = app.jobs.iter().rev().map(|j| j.id).collect();
    app.overlays.push(Overlay::Menu(Menu {
        title: t!("wizard-jobs-title"),
        items,
        selected: 0,
        purpose: super::overlay::MenuPurpose::Jobs(ids),
    }));
}

/// A job's outcome in one word, for the jobs menu.
fn outcome_word(outcome: super::jobs::Outcome) -> String {
    match outcome {
        super::jobs::Outcome::Sending => t!("wizard-job-sending"),
        super::jobs::Outcome::Following => t!("wizard-job-following"),
        super::jobs::Outcome::Succeeded => t!("wizard-job-succeeded"),
        super::jobs::Outcome::Failed => t!("wizard-job-failed"),
    }
}

fn quit(app: &mut App) -> Vec<Effect> {
    app.quit = true;
    let mut effects = Vec::new();
    if let Screen::Form(f) = &mut app.screen {
        effects.extend(f.save_now());
    }
    effects.push(Effect::EndSession);
    effects
}

fn key_event(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    if key.kind == ratatui::crossterm::event::KeyEventKind::Release {
        return Vec::new();
    }
    // A message is about the last key; the next one clears it, as in vim.
    app.status = None;
    let context = app.context();
    // In a multi-line editor Enter is a new line, as in any text editor; Esc finishes.
    let multiline = app.form().and_then(|f| f.editor.as_ref()).is_some_and(|e| e.kind.is_multiline());
    let action =
        keymap::action(context, &key).filter(|a| !(multiline && *a == Action::Done && key.code != KeyCode::Esc));
    match action {
        Some(action) => dispatch(app, context, action, Some(key)),
        None => unbound_key(app, context, key),
    }
}

/// Keys with no binding: text for editors, prompts and the start filter.
fn unbound_key(app: &mut App, context: Context, key: KeyEvent) -> Vec<Effect> {
    match context {
        Context::Overlay => {
            if let Some(Overlay::Prompt(p)) = app.overlays.last_mut() {
                p.key(key);
            } else if let (Some(Overlay::Confirm(_)), ratatui::crossterm::event::KeyCode::Char(c)) =
                (app.overlays.last(), key.code)
            {
                return super::overlay_actions::confirm_key(app, c);
            } else if matches!(key.code, KeyCode::Char('x') | KeyCode::Delete) {
                super::overlay_actions::ask_delete_draft(app);
            }
            Vec::new()
        }
        Context::Start => {
            if let Screen::Start(s) = &mut app.screen {
                s.type_key(key, &app.catalog);
                if s.wants_quit {
                    app.quit = true;
                }
            }
            Vec::new()
        }
        Context::Editing | Context::Form => match &mut app.screen {
            Screen::Form(f) => {
                let (effects, status) = f.editor_key(key);
                if let Some(s) = status {
                    app.status = Some(s);
                }
                effects
            }
            Screen::Start(_) => Vec::new(),
        },
        Context::Global => Vec::new(),
    }
}

fn dispatch(app: &mut App, context: Context, action: Action, key: Option<KeyEvent>) -> Vec<Effect> {
    match action {
        Action::Quit => return quit(app),
        Action::Language => return switch_language(app),
        _ => {}
    }
    match context {
        Context::Overlay => super::overlay_actions::overlay_action(app, action, key),
        Context::Start => start_action(app, action),
        Context::Form | Context::Editing => {
            match action {
                Action::Help => {
                    app.overlays.push(Overlay::Help { scroll: 0 });
                    return Vec::new();
                }
                Action::Submit => return super::send::submit(app),
                Action::Target if context == Context::Form => return vec![Effect::LoadProfiles],
                Action::Jobs if context == Context::Form => {
                    jobs_list(app);
                    return Vec::new();
                }
                _ => {}
            }
            let Some((f, mut ui)) = app.form_and_ui() else { return Vec::new() };
            if !f.action(action, &mut ui) {
                return Vec::new();
            }
            // Leaving loses what the draft does not keep: ask first when that is a typed secret.
            let secrets = f.unsaved_secrets();
            if secrets.is_empty() {
                return leave_form(app);
            }
            let names = crate::i18n::join(&secrets);
            let text = move || t!("wizard-leave-secrets", secrets = names.as_str());
            app.overlays.push(Overlay::Confirm(Confirm::new(text, ConfirmPurpose::Leave { secrets })));
            Vec::new()
        }
        Context::Global => Vec::new(),
    }
}

/// Ctrl-L: the other language at once, wherever the user is; nothing typed, opened or undoable is
/// touched, only texts are made again (the form's, and a start menu's).
fn switch_language(app: &mut App) -> Vec<Effect> {
    let lang = crate::i18n::current().other();
    crate::i18n::set_thread(lang);
    if let Screen::Form(f) = &mut app.screen {
        f.relocalize(app.size);
    }
    for job in &mut app.jobs {
        if let Ok(spec) = app.catalog.get(&job.api) {
            job.relocalize(spec);
        }
    }
    app.overlays.iter_mut().for_each(Overlay::relocalize);
    remake_menu(app);
    app.say(Level::Info, t!("wizard-lang-switched"));
    vec![Effect::Language(lang)]
}

/// The menu on top made again in the current language, by what opened it, with its choice kept; a
/// menu that cannot be made again (its row is gone) stays as it was.
fn remake_menu(app: &mut App) {
    let Some(Overlay::Menu(menu)) = app.overlays.last_mut() else { return };
    let selected = menu.selected;
    if matches!(menu.purpose, super::overlay::MenuPurpose::Origin { .. }) {
        menu.relocalize(&app.catalog);
        return;
    }
    let Some(Overlay::Menu(old)) = app.overlays.pop() else { return };
    let before = app.overlays.len();
    match &old.purpose {
        super::overlay::MenuPurpose::Jobs(_) => jobs_list(app),
        super::overlay::MenuPurpose::Profiles(_) => {
            let profiles = app.endpoint.profiles.clone();
            super::targets::menu(app, Ok(profiles));
        }
        purpose => {
            if let Some((f, mut ui)) = app.form_and_ui() {
                f.menu_again(purpose, &mut ui);
            }
        }
    }
    let made = app.overlays.len() > before;
    match app.overlays.last_mut() {
        Some(Overlay::Menu(again)) if made => {
            again.selected = selected.min(again.items.len().saturating_sub(1));
        }
        _ => app.overlays.push(Overlay::Menu(old)),
    }
}

fn start_action(app: &mut App, action: Action) -> Vec<Effect> {
    let Screen::Start(s) = &mut app.screen else { return Vec::new() };
    match action {
        Action::Up => s.move_by(-1, &app.catalog),
        Action::Down => s.move_by(1, &app.catalog),
        Action::Back if s.filter.is_empty() => app.quit = true,
        Action::Back => {
            s.filter.clear();
            s.clamp(&app.catalog);
        }
        Action::Help => app.overlays.push(Overlay::Help { scroll: 0 }),
        Action::Enter => {
            if let Some(spec) = s.selected_spec(&app.catalog) {
                return vec![Effect::ListDrafts(spec.id.clone())];
            }
        }
        _ => {}
    }
    Vec::new()
}
