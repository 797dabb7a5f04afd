//! Layers drawn over a screen (the top one gets the keys first): help, menus, prompts, confirmations
//! and the problems list.

use ratatui_textarea::TextArea;
use serde_json::Value;

use crate::drafts::Draft;
use crate::form::Target;
use crate::spec::Spec;

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
        let mut items = vec![MenuItem {
            label: "Empty form".into(),
            detail: "start from nothing; required defaults filled in".into(),
        }];
        items.extend(
            spec.examples.iter().map(|e| MenuItem { label: format!("Example: {}", e.name), detail: e.summary.clone() }),
        );
        items.extend(drafts.iter().map(|d| MenuItem {
            label: format!("Draft saved {}", d.saved_at),
            detail: if d.secrets_included { "includes secrets".into() } else { "secrets were not saved".into() },
        }));
        items.extend(history.iter().map(|h| {
            let outcome = match (h.outcome.status, h.outcome.succeeded) {
                (Some(status), true) => format!("answered {status}"),
                (Some(status), false) => format!("refused {status}"),
                (None, _) => "no answer".to_owned(),
            };
            let secrets =
                if h.redacted.is_empty() { String::new() } else { format!("; re-enter {}", h.redacted.join(", ")) };
            MenuItem { label: format!("Sent {}: {outcome}", h.time), detail: format!("reopen what was sent{secrets}") }
        }));
        items.push(MenuItem {
            label: "Import a JSON file or a curl command…".into(),
            detail: "unknown fields are kept and flagged".into(),
        });
        let purpose = MenuPurpose::Origin { api: spec.id.clone(), drafts, history };
        Menu { title: format!("{}: start from", spec.title), items, selected: 0, purpose }
    }
}

pub enum PromptPurpose {
    Import,
    Export { contents: String },
    AddKey { at: String },
    RenameKey { at: String, old: String },
}

pub struct Prompt {
    pub title: String,
    pub editor: TextArea<'static>,
    pub purpose: PromptPurpose,
    pub error: Option<String>,
}

impl Prompt {
    pub fn new(title: &str, initial: &str, purpose: PromptPurpose) -> Box<Prompt> {
        let mut editor = TextArea::new(vec![initial.to_owned()]);
        editor.move_cursor(ratatui_textarea::CursorMove::End);
        Box::new(Prompt { title: title.to_owned(), editor, purpose, error: None })
    }

    pub fn text(&self) -> String {
        self.editor.lines().join("")
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

pub enum ConfirmPurpose {
    Overwrite {
        path: String,
        contents: String,
    },
    Restore(Draft),
    /// The first submit to a real endpoint this session; `dry_run` when the API can check a
    /// request without creating anything.
    RealSubmit {
        order: Box<crate::tui::SubmitOrder>,
        dry_run: bool,
    },
}

pub struct Confirm {
    pub text: String,
    pub purpose: ConfirmPurpose,
}
