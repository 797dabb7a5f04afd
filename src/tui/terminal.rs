//! Entering and leaving the terminal's raw, alternate-screen mode with mouse and bracketed paste, and
//! making sure it is left on every path: normal return, panic, and SIGTERM / SIGHUP / SIGINT.

use std::io::{Write, stdout};
use std::mem::ManuallyDrop;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use ratatui::crossterm::execute;

pub struct Session {
    /// Never dropped: ratatui's drop prints to stderr when the cursor cannot be shown, and printing
    /// to a terminal that went away panics. `leave` does what the drop would, ignoring errors.
    pub terminal: ManuallyDrop<DefaultTerminal>,
    stop: Arc<AtomicBool>,
    left: bool,
}

impl Session {
    pub fn enter() -> anyhow::Result<Session> {
        let stop = Arc::new(AtomicBool::new(false));
        for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
            signal_hook::flag::register(signal, Arc::clone(&stop))?;
        }
        // Our hook replaces ratatui's, whose message on a failed restore would panic inside the
        // hook (an abort) when the terminal is gone; ours restores what it can and stays quiet.
        let report = std::panic::take_hook();
        let terminal = ManuallyDrop::new(ratatui::init());
        std::panic::set_hook(Box::new(move |info| {
            restore();
            report(info);
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
            let _ = self.terminal.show_cursor();
            restore();
        }
    }
}

/// Mouse and paste off, raw mode off, main screen back; errors ignored (the terminal may be gone).
fn restore() {
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    let _ = ratatui::try_restore();
}

impl Drop for Session {
    fn drop(&mut self) {
        self.leave();
    }
}
