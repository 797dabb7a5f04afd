//! The one key table: every binding with the action it triggers and the hint shown for it. The
//! handler looks keys up here and the help screen and hint bar are printed from here, so they agree.

use std::borrow::Cow;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Anywhere, unless a more specific binding takes the key first.
    Global,
    Start,
    Form,
    /// A field's editor is open: keys go to the text, except these.
    Editing,
    /// A list, prompt or dialog on top.
    Overlay,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    Up,
    Down,
    PageUp,
    PageDown,
    NextStep,
    PrevStep,
    Enter,
    Back,
    Toggle,
    Unset,
    AddItem,
    DuplicateItem,
    MoveItemUp,
    MoveItemDown,
    RenameKey,
    NextProblem,
    Problems,
    RequiredOnly,
    PreviewMode,
    Reveal,
    GenerateToken,
    Export,
    Import,
    Submit,
    Target,
    Signature,
    Jobs,
    KeepSecrets,
    Undo,
    Redo,
    Zoom,
    Done,
    /// Speak the other language (中文 / English).
    Language,
}

/// A text of a table written once and read in whichever language is current when it is shown
/// (the language can change while the wizard runs).
#[derive(Clone, Copy)]
pub struct Said(pub fn() -> String);

impl Said {
    pub fn get(self) -> String {
        (self.0)()
    }
}

impl From<Said> for Cow<'static, str> {
    fn from(said: Said) -> Cow<'static, str> {
        Cow::Owned(said.get())
    }
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [(KeyCode, KeyModifiers)],
    pub action: Action,
    pub hint: Said,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

macro_rules! bind {
    ($ctx:ident, [$($k:expr),+], $action:ident, $hint:expr) => {
        Binding { context: Context::$ctx, keys: &[$($k),+], action: Action::$action, hint: Said(|| $hint) }
    };
}

pub static BINDINGS: &[Binding] = &[
    bind!(Global, [(KeyCode::Char('c'), CTRL)], Quit, t!("wizard-key-global-quit")),
    // A control key, so it works while typing too (in an editor, a prompt, the start screen's filter).
    bind!(Global, [(KeyCode::Char('l'), CTRL)], Language, t!("wizard-key-global-language")),
    bind!(Editing, [(KeyCode::Enter, NONE)], Done, t!("wizard-key-editing-done")),
    bind!(Editing, [(KeyCode::Esc, NONE)], Done, t!("wizard-key-editing-finish")),
    bind!(Editing, [(KeyCode::Char('r'), KeyModifiers::ALT)], Reveal, t!("wizard-key-editing-reveal")),
    bind!(Overlay, [(KeyCode::Up, NONE), (KeyCode::Char('k'), NONE)], Up, t!("wizard-key-overlay-up")),
    bind!(Overlay, [(KeyCode::Down, NONE), (KeyCode::Char('j'), NONE)], Down, t!("wizard-key-overlay-down")),
    bind!(Overlay, [(KeyCode::PageUp, NONE)], PageUp, t!("wizard-key-overlay-page-up")),
    bind!(Overlay, [(KeyCode::PageDown, NONE)], PageDown, t!("wizard-key-overlay-page-down")),
    bind!(Overlay, [(KeyCode::Enter, NONE)], Enter, t!("wizard-key-overlay-enter")),
    bind!(Overlay, [(KeyCode::Esc, NONE), (KeyCode::Char('q'), NONE)], Back, t!("wizard-key-overlay-back")),
    bind!(Start, [(KeyCode::Up, NONE)], Up, t!("wizard-key-start-up")),
    bind!(Start, [(KeyCode::Down, NONE)], Down, t!("wizard-key-start-down")),
    bind!(Start, [(KeyCode::Enter, NONE)], Enter, t!("wizard-key-start-enter")),
    bind!(Start, [(KeyCode::Esc, NONE)], Back, t!("wizard-key-start-back")),
    bind!(Start, [(KeyCode::Char('?'), NONE)], Help, t!("wizard-key-start-help")),
    bind!(Form, [(KeyCode::Up, NONE), (KeyCode::Char('k'), NONE)], Up, t!("wizard-key-form-up")),
    bind!(Form, [(KeyCode::Down, NONE), (KeyCode::Char('j'), NONE)], Down, t!("wizard-key-form-down")),
    bind!(Form, [(KeyCode::PageUp, NONE)], PageUp, t!("wizard-key-form-page-up")),
    bind!(Form, [(KeyCode::PageDown, NONE)], PageDown, t!("wizard-key-form-page-down")),
    bind!(Form, [(KeyCode::Tab, NONE)], NextStep, t!("wizard-key-form-next-step")),
    bind!(Form, [(KeyCode::BackTab, SHIFT), (KeyCode::BackTab, NONE)], PrevStep, t!("wizard-key-form-prev-step")),
    bind!(Form, [(KeyCode::Enter, NONE), (KeyCode::Right, NONE)], Enter, t!("wizard-key-form-enter")),
    bind!(Form, [(KeyCode::Esc, NONE), (KeyCode::Left, NONE)], Back, t!("wizard-key-form-back")),
    bind!(Form, [(KeyCode::Char(' '), NONE)], Toggle, t!("wizard-key-form-toggle")),
    bind!(Form, [(KeyCode::Delete, NONE), (KeyCode::Char('x'), NONE)], Unset, t!("wizard-key-form-unset")),
    bind!(Form, [(KeyCode::Char('u'), NONE)], Undo, t!("wizard-key-form-undo")),
    bind!(Form, [(KeyCode::Char('r'), CTRL)], Redo, t!("wizard-key-form-redo")),
    bind!(Form, [(KeyCode::Char('a'), NONE)], AddItem, t!("wizard-key-form-add-item")),
    bind!(Form, [(KeyCode::Char('c'), NONE)], DuplicateItem, t!("wizard-key-form-duplicate-item")),
    bind!(Form, [(KeyCode::Char('K'), SHIFT), (KeyCode::Up, SHIFT)], MoveItemUp, t!("wizard-key-form-move-item-up")),
    bind!(
        Form,
        [(KeyCode::Char('J'), SHIFT), (KeyCode::Down, SHIFT)],
        MoveItemDown,
        t!("wizard-key-form-move-item-down")
    ),
    bind!(Form, [(KeyCode::Char('r'), NONE)], RenameKey, t!("wizard-key-form-rename-key")),
    bind!(Form, [(KeyCode::Char('n'), NONE)], NextProblem, t!("wizard-key-form-next-problem")),
    bind!(Form, [(KeyCode::Char('p'), NONE)], Problems, t!("wizard-key-form-problems")),
    bind!(Form, [(KeyCode::Char('R'), SHIFT)], RequiredOnly, t!("wizard-key-form-required-only")),
    bind!(Form, [(KeyCode::Char('v'), NONE)], PreviewMode, t!("wizard-key-form-preview-mode")),
    bind!(Form, [(KeyCode::Char('z'), NONE)], Zoom, t!("wizard-key-form-zoom")),
    bind!(Form, [(KeyCode::Char('*'), NONE), (KeyCode::Char('*'), SHIFT)], Reveal, t!("wizard-key-form-reveal")),
    bind!(Form, [(KeyCode::Char('g'), NONE)], GenerateToken, t!("wizard-key-form-generate-token")),
    bind!(Form, [(KeyCode::Char('e'), NONE)], Export, t!("wizard-key-form-export")),
    bind!(Form, [(KeyCode::Char('i'), NONE)], Import, t!("wizard-key-form-import")),
    bind!(Form, [(KeyCode::Char('s'), CTRL)], Submit, t!("wizard-key-form-submit")),
    bind!(Form, [(KeyCode::Char('t'), NONE)], Target, t!("wizard-key-form-target")),
    bind!(Form, [(KeyCode::Char('s'), NONE)], Signature, t!("wizard-key-form-signature")),
    bind!(Form, [(KeyCode::Char('o'), NONE)], Jobs, t!("wizard-key-form-jobs")),
    bind!(Form, [(KeyCode::Char('S'), SHIFT)], KeepSecrets, t!("wizard-key-form-keep-secrets")),
    bind!(Form, [(KeyCode::Char('?'), NONE), (KeyCode::Char('?'), SHIFT)], Help, t!("wizard-key-form-help")),
    bind!(Form, [(KeyCode::Char('q'), NONE)], Quit, t!("wizard-key-form-quit")),
];

/// The action for a key in a context (its own bindings first, then the global ones).
pub fn action(context: Context, key: &KeyEvent) -> Option<Action> {
    let matches = |b: &&Binding| b.keys.iter().any(|(code, mods)| *code == key.code && *mods == key.modifiers);
    BINDINGS
        .iter()
        .filter(|b| b.context == context)
        .find(matches)
        .or_else(|| BINDINGS.iter().filter(|b| b.context == Context::Global).find(matches))
        .map(|b| b.action)
}

/// How a key is written in hints: `Ctrl-S`, `↑`, `Shift-Tab`.
pub fn key_name((code, mods): (KeyCode, KeyModifiers)) -> String {
    let base = match code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::BackTab => return "Shift-Tab".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", base.to_uppercase())
    } else if mods.contains(KeyModifiers::ALT) {
        format!("Alt-{base}")
    } else if mods.contains(KeyModifiers::SHIFT) && !matches!(code, KeyCode::Char(_)) {
        format!("Shift-{base}")
    } else {
        base
    }
}

/// The keys of one context with their hints, for the help screen.
pub fn help(context: Context) -> Vec<(String, String)> {
    BINDINGS
        .iter()
        .filter(|b| b.context == context)
        .map(|b| {
            let mut names: Vec<String> = b.keys.iter().map(|k| key_name(*k)).collect();
            names.dedup();
            (names.join(" / "), b.hint.get())
        })
        .collect()
}

/// How many lines the help screen has: a heading per context, a line per binding, and the text
/// boxes' keys under their own heading.
pub fn help_line_count() -> usize {
    HELP_CONTEXTS.len() + BINDINGS.len() + 1 + super::line_edit::HELP.len()
}

/// The help screen's sections, in order.
pub const HELP_CONTEXTS: [(Said, Context); 5] = [
    (Said(|| t!("wizard-help-form")), Context::Form),
    (Said(|| t!("wizard-help-editing")), Context::Editing),
    (Said(|| t!("wizard-help-start")), Context::Start),
    (Said(|| t!("wizard-help-overlay")), Context::Overlay),
    (Said(|| t!("wizard-help-global")), Context::Global),
];

/// The short hint for one action in a context (first key and `short`), for the hint bar; a key that
/// works anywhere (the language switch) is found from every context.
pub fn hint(context: Context, action: Action, short: &str) -> Option<String> {
    let find = |c: Context| BINDINGS.iter().find(|b| b.context == c && b.action == action);
    find(context).or_else(|| find(Context::Global)).map(|b| format!("{} {short}", key_name(b.keys[0])))
}

/// The hint bar: `hints` joined while they fit in `width`, dropping from the end but one so the last
/// (`? help`) always shows.
pub fn hint_bar(hints: &[String], width: usize) -> String {
    let Some((last, rest)) = hints.split_last() else { return String::new() };
    let mut shown: Vec<&str> = Vec::new();
    let mut used = unicode_width::UnicodeWidthStr::width(last.as_str());
    for h in rest {
        let w = unicode_width::UnicodeWidthStr::width(h.as_str()) + 3;
        if used + w > width {
            break;
        }
        used += w;
        shown.push(h);
    }
    shown.push(last);
    shown.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_resolve_through_context_then_global() {
        let ctrl_s = KeyEvent::new(KeyCode::Char('s'), CTRL);
        assert_eq!(action(Context::Form, &ctrl_s), Some(Action::Submit));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), CTRL);
        assert_eq!(action(Context::Editing, &ctrl_c), Some(Action::Quit));
        assert_eq!(action(Context::Editing, &KeyEvent::new(KeyCode::Char('q'), NONE)), None, "typing q edits");
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for a in BINDINGS {
            for b in BINDINGS {
                if std::ptr::eq(a, b) || a.context != b.context {
                    continue;
                }
                for k in a.keys {
                    assert!(!b.keys.contains(k), "{k:?} is bound twice in {:?}", a.context);
                }
            }
        }
        assert!(help(Context::Form).iter().any(|(k, h)| k == "Ctrl-S" && h.contains("submit")));
        assert!(help(Context::Global).iter().any(|(k, _)| k == "Ctrl-L"), "the language key is in the help");
        assert_eq!(hint(Context::Start, Action::Language, "中文"), Some("Ctrl-L 中文".to_owned()));
        let sections: usize = HELP_CONTEXTS.iter().map(|(_, c)| help(*c).len() + 1).sum::<usize>()
            + 1
            + super::super::line_edit::HELP.len();
        assert_eq!(sections, help_line_count(), "the help screen shows every binding once");
    }
}
