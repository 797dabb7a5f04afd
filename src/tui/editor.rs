//! The inline editor of one field: a text area (one line, or several for scripts and JSON) that
//! refuses characters the field's type cannot hold and masks secrets unless revealed.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use super::line_edit::Lines;
use crate::form::{FieldKind, Target};

pub struct Editor {
    pub target: Target,
    pub kind: FieldKind,
    pub area: TextArea<'static>,
    pub revealed: bool,
}

/// What a key did to the editor.
#[derive(Debug, PartialEq, Eq)]
pub enum Edited {
    Changed,
    Unchanged,
    /// The key is not allowed in this field; the message says what is.
    Refused(String),
}

impl Editor {
    pub fn new(target: Target, kind: FieldKind, text: &str, revealed: bool) -> Editor {
        let lines: Vec<String> =
            if kind.is_multiline() { text.lines().map(str::to_owned).collect() } else { vec![text.replace('\n', " ")] };
        let mut area = TextArea::new(if lines.is_empty() { vec![String::new()] } else { lines });
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        let mut editor = Editor { target, kind, area, revealed };
        editor.apply_mask();
        editor
    }

    fn apply_mask(&mut self) {
        if self.kind == FieldKind::Secret && !self.revealed {
            self.area.set_mask_char('•');
        } else {
            self.area.clear_mask_char();
        }
    }

    pub fn toggle_reveal(&mut self) {
        self.revealed = !self.revealed;
        self.apply_mask();
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Feeds one key to the text area, unless the field's type refuses it.
    pub fn key(&mut self, key: KeyEvent) -> Edited {
        if let KeyCode::Char(c) = key.code
            && !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            match self.kind {
                FieldKind::Integer if !(c.is_ascii_digit() || c == '-') => {
                    return Edited::Refused(crate::t!("wizard-editor-integer"));
                }
                FieldKind::Number if !(c.is_ascii_digit() || "-+.eE".contains(c)) => {
                    return Edited::Refused(crate::t!("wizard-editor-number"));
                }
                _ => {}
            }
        }
        let lines = if self.kind.is_multiline() { Lines::Many } else { Lines::One };
        let before = self.text();
        super::line_edit::key(&mut self.area, key, lines);
        if self.text() == before { Edited::Unchanged } else { Edited::Changed }
    }

    /// Inserts pasted text, keeping one-line fields on one line.
    pub fn paste(&mut self, text: &str) -> Edited {
        let text = if self.kind.is_multiline() { text.to_owned() } else { text.replace(['\n', '\r'], " ") };
        if self.area.insert_str(text) { Edited::Changed } else { Edited::Unchanged }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn integer_fields_refuse_letters() {
        let mut e = Editor::new(Target::Field("/n".into()), FieldKind::Integer, "1", false);
        assert_eq!(e.key(key('2')), Edited::Changed);
        assert!(matches!(e.key(key('x')), Edited::Refused(_)));
        assert_eq!(e.text(), "12");
    }

    #[test]
    fn cjk_text_edits_by_character() {
        let mut e = Editor::new(Target::Field("/n".into()), FieldKind::Text, "集群", false);
        e.key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
        e.key(key('组'));
        assert_eq!(e.text(), "集组");
        assert_eq!(e.paste("a\nb"), Edited::Changed);
        assert_eq!(e.text(), "集组a b");
    }
}
