//! Driving the wizard's `update` without a terminal: keys in, model and effects out; and drawing it
//! into a test buffer.

use std::sync::Arc;

use apiwizard::tui::{App, Effect, Msg, Theme, draw, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::support::catalog;

pub fn app() -> App {
    App::new(Arc::new(catalog()), Theme::plain(), (80, 24))
}

pub fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

pub fn keys(app: &mut App, codes: &[KeyCode]) -> Vec<Effect> {
    codes.iter().flat_map(|c| key(app, *c)).collect()
}

pub fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)))
}

pub fn type_text(app: &mut App, text: &str) -> Vec<Effect> {
    text.chars().flat_map(|c| key(app, KeyCode::Char(c))).collect()
}

/// From the start screen: filter to `filter`, open it, and pick origin `choice` (0 = empty form).
pub fn open(app: &mut App, filter: &str, choice: usize) {
    type_text(app, filter);
    let effects = key(app, KeyCode::Enter);
    let Some(Effect::ListDrafts(api)) = effects.first().cloned() else {
        panic!("Enter asks for the drafts: {effects:?}")
    };
    update(app, Msg::Drafts { api, drafts: Vec::new(), history: Vec::new() });
    for _ in 0..choice {
        key(app, KeyCode::Down);
    }
    let effects = key(app, KeyCode::Enter);
    assert!(matches!(effects.first(), Some(Effect::BeginSession { .. })), "the form opens a session: {effects:?}");
}

/// The screen as text, one line per row.
pub fn screen(app: &App, size: (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("test backend");
    terminal.draw(|f| draw(app, f)).expect("draw");
    let buffer = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..size.1 {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..size.0 {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
