//! Layers drawn over a screen (the top one gets the keys first): help, menus, prompts, confirmations
//! and the problems list.

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;
use serde_json::Value;

use crate::drafts::Draft;
use crate::form::Target;
use crate::spec::{Catalog, Spec};
use crate::t;

pub enum Overlay {
    Help {
        scroll: usize,
    },
    /// Text to read and scroll (the signature view).
    Text {
        title: String,
        lines: Vec<String>,
        scroll: usize,
    },
    Menu(Menu),
    Prompt(Box<Prompt>),
    Confirm(Confirm),
    Problems {
        selected: usize,
    },
    /// A command refused here, with what works instead. Like lazygit's error popup it takes the keys
    /// until Esc or Enter, so letters meant for somewhere else do not run as commands.
    Notice {
        text: String,
    },
}

pub struct MenuItem {
    pub label: String,
    pub detail: String,
}

pub enum MenuPurpose {
    /// How to start a form: empty, an example, a draft, or an import.
    Origin {
        api: String,
        drafts: Vec<Draft>,
        history: Vec<crate::history::Entry>,
    },
    /// A value for a choice field (`None` = unset).
    Choice {
        target: Target,
        values: Vec<Option<Value>>,
    },
    /// One of an object's alternatives.
    Alternative {
        at: String,
    },
    Export,
    /// A job to show (ids in menu order).
    Jobs(Vec<u64>),
    /// A profile to send to (names in menu order).
    Profiles(Vec<String>),
}

pub struct Menu {
    pub title: String,
    pub items: Vec<MenuItem>,
    pub selected: usize,
    pub purpose: MenuPurpose,
}

impl Menu {
    pub fn origin(spec: &Spec, drafts: Vec<Draft>, history: Vec<crate::history::Entry>) -> Menu {
        let mut items = vec![MenuItem { label: t!("wizard-origin-empty"), detail: t!("wizard-origin-empty-detail") }];
        items.extend(spec.examples.iter().map(|e| MenuItem {
            label: t!("wizard-origin-example", name = e.name.as_str()),
            detail: e.summary.to_string(),
        }));
        let now = time::OffsetDateTime::now_utc();
        items.extend(drafts.iter().map(|d| MenuItem {
            label: t!("wizard-origin-draft", saved = super::when::ago_rfc3339(&d.saved_at, now)),
            detail: if d.secrets_included {
                t!("wizard-origin-draft-secrets", summary = crate::drafts::summary(d))
            } else {
                t!("wizard-origin-draft-no-secrets", summary = crate::drafts::summary(d))
            },
        }));
        items.extend(history.iter().map(|h| {
            let outcome = match (h.outcome.status, h.outcome.succeeded) {
                (Some(status), true) => t!("wizard-origin-sent-answered", status = status),
                (Some(status), false) => t!("wizard-origin-sent-refused", status = status),
                (None, _) => t!("wizard-origin-sent-no-answer"),
            };
            let when = super::when::ago_rfc3339(&h.time, now);
            let detail = if h.redacted.is_empty() {
                t!("wizard-origin-sent-detail")
            } else {
                t!("wizard-origin-sent-detail-secrets", secrets = crate::i18n::join(&h.redacted))
            };
            MenuItem { label: t!("wizard-origin-sent", when = when, outcome = outcome), detail }
        }));
        items.push(MenuItem { label: t!("wizard-origin-import"), detail: t!("wizard-origin-import-detail") });
        let purpose = MenuPurpose::Origin { api: spec.id.clone(), drafts, history };
        Menu { title: t!("wizard-origin-title", api = spec.title.to_string()), items, selected: 0, purpose }
    }

    /// The menu's texts in the current language, after a switch (the start menu is made again from
    /// what it lists; the others are made anew each time they open).
    pub fn relocalize(&mut self, catalog: &Catalog) {
        if let MenuPurpose::Origin { api, drafts, history } = &self.purpose
            && let Ok(spec) = catalog.get(api)
        {
            let again = Menu::origin(spec, drafts.clone(), history.clone());
            self.title = again.title;
            self.items = again.items;
        }
    }
}

#[derive(Clone)]
pub enum PromptPurpose {
    Import,
    /// `note` says what the file holds (e.g. which secrets were left out), once it is written.
    Export {
        contents: String,
        note: String,
        private: bool,
    },
    AddKey {
        at: String,
    },
    RenameKey {
        at: String,
        old: String,
    },
}

/// A one-line question. It stays open until what it asked for is done: a refused answer (a missing
/// file, a key that exists, a path that cannot be written) is shown inside it, so the next keys the
/// user types go back into the prompt and never run as commands.
pub struct Prompt {
    pub title: String,
    title_again: Again,
    pub editor: TextArea<'static>,
    pub purpose: PromptPurpose,
    pub error: Option<String>,
    /// Accepted, and waiting for a file to be read or written.
    pub pending: bool,
}

/// How a layer's text is made, kept with it so that a language switch can make it again.
pub struct Again(Box<dyn Fn() -> String + Send + Sync>);

impl Again {
    pub fn new(make: impl Fn() -> String + Send + Sync + 'static) -> Again {
        Again(Box::new(make))
    }

    pub fn say(&self) -> String {
        (self.0)()
    }
}

impl Prompt {
    /// A prompt titled by `title` (said now, and again after a language switch), with `initial`
    /// selected: typing replaces it, an arrow keeps it to edit.
    pub fn new(
        title: impl Fn() -> String + Send + Sync + 'static,
        initial: &str,
        purpose: PromptPurpose,
    ) -> Box<Prompt> {
        let editor = super::line_edit::selected(initial);
        let title_again = Again::new(title);
        Box::new(Prompt { title: title_again.say(), title_again, editor, purpose, error: None, pending: false })
    }

    pub fn text(&self) -> String {
        self.editor.lines().join("")
    }

    /// A key typed into the prompt (readline keys included).
    pub fn key(&mut self, key: KeyEvent) {
        if super::line_edit::key(&mut self.editor, key, super::line_edit::Lines::One) {
            self.error = None;
        }
    }

    /// Why the answer was refused; the prompt stays open with the text as typed.
    pub fn fail(&mut self, error: impl Into<String>) {
        self.error = Some(crate::text::sanitize(&error.into()));
        self.pending = false;
    }

    /// Pasted text on the one line: a shell command's `\`-newline continuations and other line breaks
    /// (LF, CRLF, or CR as tmux pastes them) become spaces, so a multi-line curl command arrives whole.
    pub fn paste(&mut self, text: &str) {
        let lines = text.replace("\r\n", "\n").replace('\r', "\n");
        let joined = lines.replace("\\\n", " ").replace('\n', " ");
        self.editor.insert_str(joined);
        self.error = None;
    }
}

/// The prompt on top, if the top layer is one.
pub fn top_prompt(overlays: &mut [Overlay]) -> Option<&mut Prompt> {
    match overlays.last_mut() {
        Some(Overlay::Prompt(p)) => Some(p),
        _ => None,
    }
}

/// The prompt on top, when it waits for the file it asked for (the answer goes to it).
pub fn waiting_prompt(overlays: &mut [Overlay]) -> Option<&mut Prompt> {
    top_prompt(overlays).filter(|p| p.pending)
}

pub enum ConfirmPurpose {
    Overwrite {
        path: String,
        contents: String,
        private: bool,
    },
    Restore(Draft),
    /// Deleting a draft from the start menu (`index` is its entry there).
    DeleteDraft {
        api: String,
        id: String,
        index: usize,
    },
    /// Ctrl-S with the idempotency token of an earlier job of this session.
    Replay,
    /// Saving the body with its secrets in it.
    ExportSecrets,
    /// Esc on the form's top level while secrets are typed that the draft will not keep.
    Leave {
        secrets: Vec<String>,
    },
    /// The first submit to a real endpoint this session; `dry_run` when the API can check a
    /// request without creating anything.
    RealSubmit {
        order: Box<crate::tui::SubmitOrder>,
        dry_run: bool,
    },
}

pub struct Confirm {
    pub text: String,
    text_again: Again,
    pub purpose: ConfirmPurpose,
}

impl Confirm {
    /// A question whose text `text` makes (now, and again after a language switch).
    pub fn new(text: impl Fn() -> String + Send + Sync + 'static, purpose: ConfirmPurpose) -> Confirm {
        let text_again = Again::new(text);
        Confirm { text: text_again.say(), text_again, purpose }
    }
}

impl Overlay {
    /// The layer's texts in the current language, after a switch (menus are made again by what
    /// opened them; a notice and a refusal's reason stay as they were said).
    pub fn relocalize(&mut self) {
        match self {
            Overlay::Prompt(p) => p.title = p.title_again.say(),
            Overlay::Confirm(c) => c.text = c.text_again.say(),
            _ => {}
        }
    }
}
