//! Readline keys for every text box (prompts and field editors): Ctrl-U clears to the start of the
//! line, Ctrl-W deletes a word, Ctrl-A / Ctrl-E jump, Ctrl-Z undoes typing; Enter and Ctrl-J add a
//! line only where the text has lines. Everything else is the text area's own handling.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use super::keymap::Said;
use crate::t;

/// The keys `key` gives a meaning of its own, for the help screen (next to the code that handles
/// them, so the two are read together).
pub const HELP: [(&str, Said); 6] = [
    ("Ctrl-U", Said(|| t!("wizard-text-key-clear"))),
    ("Ctrl-W", Said(|| t!("wizard-text-key-word"))),
    ("Ctrl-A / Ctrl-E", Said(|| t!("wizard-text-key-home-end"))),
    ("Ctrl-Z", Said(|| t!("wizard-text-key-undo"))),
    ("Enter / Ctrl-J", Said(|| t!("wizard-text-key-newline"))),
    ("abc…", Said(|| t!("wizard-text-key-typing"))),
];

/// Whether the text may hold several lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    One,
    Many,
}

/// Feeds one key to `area` with readline's meaning; returns whether the text changed.
pub fn key(area: &mut TextArea<'static>, key: KeyEvent, lines: Lines) -> bool {
    let ctrl = key.modifiers == KeyModifiers::CONTROL;
    match key.code {
        // The text area would undo on Ctrl-U; readline (and every shell) deletes back to the start.
        KeyCode::Char('u') if ctrl => {
            let selected = area.is_selecting();
            if selected { area.cut() } else { area.delete_line_by_head() }
        }
        // The text area deletes to the start of the line on Ctrl-J; terminals send it for a line feed.
        KeyCode::Char('j' | 'm') if ctrl => newline(area, lines),
        KeyCode::Enter => newline(area, lines),
        KeyCode::Char('z') if ctrl => area.undo(),
        // Redo is the form's Ctrl-R outside the editor; inside, the text area's own is kept off so one
        // key does not mean two things.
        KeyCode::Char('r') if ctrl => false,
        _ => area.input(key),
    }
}

fn newline(area: &mut TextArea<'static>, lines: Lines) -> bool {
    match lines {
        Lines::Many => {
            area.insert_newline();
            true
        }
        Lines::One => false,
    }
}

/// A text area holding `initial`, selected so that the first key typed replaces it (as in a browser's
/// address bar or Posting's inputs) while the arrows keep it for editing.
pub fn selected(initial: &str) -> TextArea<'static> {
    let mut area = TextArea::new(vec![initial.to_owned()]);
    if initial.is_empty() {
        return area;
    }
    area.select_all();
    // Reversed video reads as "selected" with or without colours (NO_COLOR).
    area.set_selection_style(ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED));
    area
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(area: &mut TextArea<'static>, code: KeyCode, mods: KeyModifiers) {
        key(area, KeyEvent::new(code, mods), Lines::One);
    }

    #[test]
    fn typing_replaces_a_selected_default_and_ctrl_u_and_ctrl_w_delete() {
        let mut area = selected("CreateServers-1.json");
        press(&mut area, KeyCode::Char('b'), KeyModifiers::NONE);
        assert_eq!(area.lines(), ["b"]);
        for c in " two words".chars() {
            press(&mut area, KeyCode::Char(c), KeyModifiers::NONE);
        }
        press(&mut area, KeyCode::Char('w'), KeyModifiers::CONTROL);
        assert_eq!(area.lines(), ["b two "]);
        press(&mut area, KeyCode::Char('u'), KeyModifiers::CONTROL);
        assert_eq!(area.lines(), [""]);
        let mut kept = selected("name.json");
        press(&mut kept, KeyCode::End, KeyModifiers::NONE);
        press(&mut kept, KeyCode::Char('x'), KeyModifiers::NONE);
        assert_eq!(kept.lines(), ["name.jsonx"], "an arrow or End keeps the default for editing");
        let mut all = selected("whole line");
        press(&mut all, KeyCode::Char('u'), KeyModifiers::CONTROL);
        assert_eq!(all.lines(), [""]);
    }

    #[test]
    fn ctrl_j_adds_a_line_where_lines_are_allowed_and_never_deletes() {
        let mut area = TextArea::new(vec!["echo hi".to_owned()]);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        key(&mut area, KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL), Lines::Many);
        key(&mut area, KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), Lines::Many);
        assert_eq!(area.lines(), ["echo hi", "", ""]);
        let mut one = TextArea::new(vec!["abc".to_owned()]);
        key(&mut one, KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL), Lines::One);
        assert_eq!(one.lines(), ["abc"]);
    }
}
