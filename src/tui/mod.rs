//! The terminal wizard: the model and `update` (app), key table (keymap), screens and layers, and the
//! loop that reads terminal events, runs effects and redraws only when something changed.

mod app;
mod editor;
mod effects;
mod form_actions;
mod form_export;
mod form_lists;
mod form_screen;
mod import;
mod jobs;
mod keymap;
mod layout;
mod line_edit;
mod overlay;
mod overlay_actions;
mod preview_text;
mod send;
mod start;
mod submitter;
mod targets;
mod terminal;
mod theme;
mod view;
mod when;

pub use app::Endpoint;
pub use app::{App, Effect, Msg, Screen, update};
pub use jobs::{Destination, JobMsg, SubmitOrder};
pub use overlay::Overlay;
pub use theme::Theme;
pub use view::draw;

use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, MouseButton, MouseEventKind};

use crate::drafts::DraftStore;
use crate::spec::Catalog;

/// Runs the wizard until the user quits or a signal asks it to stop; the terminal is restored on
/// every way out (return, error, panic, SIGTERM).
pub fn run(catalog: Arc<Catalog>, endpoint: Endpoint) -> anyhow::Result<()> {
    // Before any thread starts (signals, the sandbox), while the time zone can be read safely.
    when::learn_local_offset();
    let mut session = terminal::Session::enter()?;
    let result = event_loop(&mut session, catalog, endpoint);
    session.leave();
    result
}

fn translate(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) => Some(Msg::Key(key)),
        Event::Paste(text) => Some(Msg::Paste(text)),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click { column: m.column, row: m.row }),
            MouseEventKind::ScrollDown => Some(Msg::Scroll { down: true }),
            MouseEventKind::ScrollUp => Some(Msg::Scroll { down: false }),
            _ => None,
        },
        _ => None,
    }
}

/// Waits up to 100 ms for input, then takes what is already waiting (a paste, fast typing) so it is
/// drawn once — a bounded amount, so endless input cannot keep the loop from its stop check.
fn read_events(queue: &mut Vec<Msg>) -> std::io::Result<()> {
    if !event::poll(Duration::from_millis(100))? {
        return Ok(());
    }
    queue.extend(translate(event::read()?));
    for _ in 0..256 {
        if !event::poll(Duration::ZERO)? {
            break;
        }
        queue.extend(translate(event::read()?));
    }
    Ok(())
}

fn event_loop(session: &mut terminal::Session, catalog: Arc<Catalog>, endpoint: Endpoint) -> anyhow::Result<()> {
    let size = session.terminal.size()?;
    let mut app = App::new(catalog, Theme::from_env(), (size.width, size.height));
    app.endpoint = endpoint;
    let store = DraftStore::open();
    let (messages, from_tasks) = std::sync::mpsc::channel();
    let mut runner = effects::Runner::new(store, submitter::Submitter::new(Arc::clone(&app.catalog), messages));
    let mut queue: Vec<Msg> = runner.startup();
    let mut dirty = true;
    let mut gone = false;
    loop {
        // A frame that cannot be written means the terminal is gone: save and stop, draw no more.
        if dirty && !gone && session.terminal.draw(|frame| draw(&app, frame)).is_err() {
            gone = true;
            queue.push(Msg::Terminate);
        }
        dirty = false;
        queue.extend(runner.submitter.poll_sandbox());
        queue.extend(from_tasks.try_iter());
        if app.quit {
            return Ok(());
        }
        if session.stop_requested() {
            queue.push(Msg::Terminate);
        } else if queue.is_empty() {
            // A terminal that went away (an error, or no longer a terminal) ends the session as SIGHUP
            // does: the draft is saved and the wizard stops instead of waiting on a dead device.
            match read_events(&mut queue) {
                Ok(()) if std::io::IsTerminal::is_terminal(&std::io::stdout()) => {}
                Ok(()) | Err(_) => queue.push(Msg::Terminate),
            }
        }
        queue.push(Msg::Tick(Instant::now()));
        while !queue.is_empty() {
            for msg in std::mem::take(&mut queue) {
                let tick = matches!(msg, Msg::Tick(_));
                let effects = update(&mut app, msg);
                dirty |= !tick || !effects.is_empty();
                for effect in effects {
                    queue.extend(runner.run(effect, session));
                }
            }
        }
    }
}
