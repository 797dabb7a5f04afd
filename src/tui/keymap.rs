//! The one key table: every binding with the action it triggers and the hint shown for it. The
//! handler looks keys up here and the help screen and hint bar are printed from here, so they agree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [(KeyCode, KeyModifiers)],
    pub action: Action,
    pub hint: &'static str,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

macro_rules! bind {
    ($ctx:ident, [$($k:expr),+], $action:ident, $hint:literal) => {
        Binding { context: Context::$ctx, keys: &[$($k),+], action: Action::$action, hint: $hint }
    };
}

pub static BINDINGS: &[Binding] = &[
    bind!(Global, [(KeyCode::Char('c'), CTRL)], Quit, "quit"),
    bind!(Editing, [(KeyCode::Enter, NONE)], Done, "finish a one-line field (in a multi-line one: a new line)"),
    bind!(Editing, [(KeyCode::Esc, NONE)], Done, "finish editing"),
    bind!(Editing, [(KeyCode::Char('r'), KeyModifiers::ALT)], Reveal, "show / hide a secret"),
    bind!(Overlay, [(KeyCode::Up, NONE), (KeyCode::Char('k'), NONE)], Up, "previous"),
    bind!(Overlay, [(KeyCode::Down, NONE), (KeyCode::Char('j'), NONE)], Down, "next"),
    bind!(Overlay, [(KeyCode::PageUp, NONE)], PageUp, "page up"),
    bind!(Overlay, [(KeyCode::PageDown, NONE)], PageDown, "page down"),
    bind!(Overlay, [(KeyCode::Enter, NONE)], Enter, "choose"),
    bind!(Overlay, [(KeyCode::Esc, NONE), (KeyCode::Char('q'), NONE)], Back, "close"),
    bind!(Start, [(KeyCode::Up, NONE)], Up, "previous API"),
    bind!(Start, [(KeyCode::Down, NONE)], Down, "next API"),
    bind!(Start, [(KeyCode::Enter, NONE)], Enter, "open the API"),
    bind!(Start, [(KeyCode::Esc, NONE)], Back, "clear the filter / quit"),
    bind!(Start, [(KeyCode::Char('?'), NONE)], Help, "help"),
    bind!(Form, [(KeyCode::Up, NONE), (KeyCode::Char('k'), NONE)], Up, "previous field"),
    bind!(Form, [(KeyCode::Down, NONE), (KeyCode::Char('j'), NONE)], Down, "next field"),
    bind!(Form, [(KeyCode::PageUp, NONE)], PageUp, "page up"),
    bind!(Form, [(KeyCode::PageDown, NONE)], PageDown, "page down"),
    bind!(Form, [(KeyCode::Tab, NONE)], NextStep, "next step"),
    bind!(Form, [(KeyCode::BackTab, SHIFT), (KeyCode::BackTab, NONE)], PrevStep, "previous step"),
    bind!(Form, [(KeyCode::Enter, NONE), (KeyCode::Right, NONE)], Enter, "edit / open / choose"),
    bind!(Form, [(KeyCode::Esc, NONE), (KeyCode::Left, NONE)], Back, "back out"),
    bind!(Form, [(KeyCode::Char(' '), NONE)], Toggle, "toggle a true/false field"),
    bind!(Form, [(KeyCode::Delete, NONE), (KeyCode::Char('x'), NONE)], Unset, "clear the field / remove the item"),
    bind!(Form, [(KeyCode::Char('u'), NONE)], Undo, "undo the last change (edit, clear, removal, switch, import)"),
    bind!(Form, [(KeyCode::Char('r'), CTRL)], Redo, "redo what u undid"),
    bind!(Form, [(KeyCode::Char('a'), NONE)], AddItem, "add a list item / map key"),
    bind!(Form, [(KeyCode::Char('c'), NONE)], DuplicateItem, "duplicate the item"),
    bind!(Form, [(KeyCode::Char('K'), SHIFT), (KeyCode::Up, SHIFT)], MoveItemUp, "move the item up"),
    bind!(Form, [(KeyCode::Char('J'), SHIFT), (KeyCode::Down, SHIFT)], MoveItemDown, "move the item down"),
    bind!(Form, [(KeyCode::Char('r'), NONE)], RenameKey, "rename the map key"),
    bind!(Form, [(KeyCode::Char('n'), NONE)], NextProblem, "go to the next problem"),
    bind!(Form, [(KeyCode::Char('p'), NONE)], Problems, "list every problem"),
    bind!(Form, [(KeyCode::Char('R'), SHIFT)], RequiredOnly, "required fields only / all"),
    bind!(Form, [(KeyCode::Char('v'), NONE)], PreviewMode, "preview: body / HTTP request / wire form"),
    bind!(Form, [(KeyCode::Char('z'), NONE)], Zoom, "zoom the preview to the whole screen and back (scroll it there)"),
    bind!(Form, [(KeyCode::Char('*'), NONE), (KeyCode::Char('*'), SHIFT)], Reveal, "show / hide the secret"),
    bind!(Form, [(KeyCode::Char('g'), NONE)], GenerateToken, "generate an idempotency token"),
    bind!(Form, [(KeyCode::Char('e'), NONE)], Export, "export: file, clipboard, curl"),
    bind!(Form, [(KeyCode::Char('i'), NONE)], Import, "import a JSON file or a curl command"),
    bind!(Form, [(KeyCode::Char('s'), CTRL)], Submit, "submit the request"),
    bind!(Form, [(KeyCode::Char('t'), NONE)], Target, "target: the sandbox or a real-cloud profile"),
    bind!(Form, [(KeyCode::Char('s'), NONE)], Signature, "signature: the request as signed, step by step"),
    bind!(Form, [(KeyCode::Char('o'), NONE)], Jobs, "jobs of this session"),
    bind!(Form, [(KeyCode::Char('S'), SHIFT)], KeepSecrets, "keep secrets in this draft (off by default)"),
    bind!(Form, [(KeyCode::Char('?'), NONE), (KeyCode::Char('?'), SHIFT)], Help, "help: every key"),
    bind!(Form, [(KeyCode::Char('q'), NONE)], Quit, "quit"),
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
pub fn help(context: Context) -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| b.context == context)
        .map(|b| {
            let mut names: Vec<String> = b.keys.iter().map(|k| key_name(*k)).collect();
            names.dedup();
            (names.join(" / "), b.hint)
        })
        .collect()
}

/// How many lines the help screen has: a heading per context, a line per binding, and the text
/// boxes' keys under their own heading.
pub fn help_line_count() -> usize {
    HELP_CONTEXTS.len() + BINDINGS.len() + 1 + super::line_edit::HELP.len()
}

/// The help screen's sections, in order.
pub const HELP_CONTEXTS: [(&str, Context); 5] = [
    ("Form", Context::Form),
    ("While editing", Context::Editing),
    ("Start screen", Context::Start),
    ("Lists and dialogs", Context::Overlay),
    ("Anywhere", Context::Global),
];

/// The short hint for one action in a context (first key and `short`), for the hint bar.
pub fn hint(context: Context, action: Action, short: &str) -> Option<String> {
    BINDINGS
        .iter()
        .find(|b| b.context == context && b.action == action)
        .map(|b| format!("{} {short}", key_name(b.keys[0])))
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
        let sections: usize = HELP_CONTEXTS.iter().map(|(_, c)| help(*c).len() + 1).sum::<usize>()
            + 1
            + super::super::line_edit::HELP.len();
        assert_eq!(sections, help_line_count(), "the help screen shows every binding once");
    }
}
