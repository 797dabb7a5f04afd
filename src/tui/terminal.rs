//! Entering and leaving the terminal's raw, alternate-screen mode with mouse and bracketed paste, and
//! making sure it is left on every path: normal return, panic, and SIGTERM / SIGHUP / SIGINT.

use std::io::{Write, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use ratatui::crossterm::execute;

pub struct Session {
    pub terminal: DefaultTerminal,
    stop: Arc<AtomicBool>,
    left: bool,
}

impl Session {
    pub fn enter() -> anyhow::Result<Session> {
        let stop = Arc::new(AtomicBool::new(false));
        for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
            signal_hook::flag::register(signal, Arc::clone(&stop))?;
        }
        // ratatui's hook restores raw mode and the screen; ours first turns the mouse and paste off.
        let terminal = ratatui::init();
        let restore_screen = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
            restore_screen(info);
        }));
        execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)?;
        Ok(Session { terminal, stop, left: false })
    }

    pub fn stop_requested(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// Writes raw bytes to the terminal (OSC 52 clipboard) without disturbing the frame.
    pub fn write_raw(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let mut out = stdout();
        out.write_all(bytes)?;
        out.flush()
    }

    pub fn leave(&mut self) {
        if !self.left {
            self.left = true;
            let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
            ratatui::restore();
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.leave();
    }
}
