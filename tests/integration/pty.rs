//! Running the real binary in a pseudo-terminal and reading its screen through a vt100 emulator.
//! Waits are on conditions with generous deadlines, never fixed sleeps.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

pub const DEADLINE: Duration = Duration::from_secs(30);

pub struct Pty {
    pub child: Box<dyn Child + Send + Sync>,
    writer: Option<Box<dyn Write + Send>>,
    screen: Arc<Mutex<vt100::Parser>>,
    master: Option<Box<dyn portable_pty::MasterPty + Send>>,
    /// Tells the reader thread to let go of its copy of the terminal.
    closing: Arc<AtomicBool>,
}

impl Pty {
    /// Starts the wizard with its data dir and home in `home`.
    pub fn wizard(home: &Path, args: &[&str]) -> Pty {
        Pty::wizard_with_env(home, args, &[])
    }

    /// The same, with these variables set (no cloud credential is inherited from the caller).
    pub fn wizard_with_env(home: &Path, args: &[&str], vars: &[(&str, &str)]) -> Pty {
        Pty::wizard_sized(home, args, vars, (100, 30))
    }

    /// The same on a terminal of `(cols, rows)`.
    pub fn wizard_sized(home: &Path, args: &[&str], vars: &[(&str, &str)], (cols, rows): (u16, u16)) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_apiwizard"));
        cmd.args(args);
        cmd.env("HOME", home);
        cmd.env("APIWIZARD_DATA_DIR", home.join("data"));
        cmd.env("APIWIZARD_CONFIG_DIR", home.join("config"));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("APIWIZARD_SPECS");
        // English unless a test asks for another language.
        for name in apiwizard::i18n::LANGUAGE_VARS {
            cmd.env_remove(name);
        }
        for name in apiwizard::http::credentials::env_var_names() {
            cmd.env_remove(name);
        }
        for (name, value) in vars {
            cmd.env(name, value);
        }
        cmd.cwd(home);
        let child = pair.slave.spawn_command(cmd).expect("spawn the wizard");
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let sink = Arc::clone(&screen);
        let closing = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&closing);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || stop.load(Ordering::Relaxed) {
                    break;
                }
                if let Ok(mut p) = sink.lock() {
                    p.process(&buf[..n]);
                }
            }
        });
        Pty { child, writer: Some(writer), screen, master: Some(pair.master), closing }
    }

    pub fn contents(&self) -> String {
        self.screen.lock().map(|p| p.screen().contents()).unwrap_or_default()
    }

    /// Whether the terminal is back to normal: main screen, no mouse reporting, cursor shown.
    pub fn restored(&self) -> bool {
        self.screen.lock().is_ok_and(|p| {
            let s = p.screen();
            !s.alternate_screen() && s.mouse_protocol_mode() == vt100::MouseProtocolMode::None && !s.hide_cursor()
        })
    }

    pub fn send(&mut self, bytes: &str) {
        let writer = self.writer.as_mut().expect("the terminal is open");
        writer.write_all(bytes.as_bytes()).expect("write to the pty");
        writer.flush().expect("flush");
    }

    /// Closes the terminal's side, as a killed tmux or a dropped SSH connection does. The reader
    /// thread holds a copy of the terminal, so it is told to stop and woken by a resize the wizard
    /// answers with a redraw; the last copy closed is the hang-up.
    pub fn hang_up(&mut self) {
        self.closing.store(true, Ordering::Relaxed);
        if let Some(master) = &self.master {
            let _ = master.resize(PtySize { rows: 31, cols: 101, pixel_width: 0, pixel_height: 0 });
        }
        self.writer = None;
        self.master = None;
    }

    /// Resizes the terminal, as a user dragging the window does; the emulator follows.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        if let Ok(mut p) = self.screen.lock() {
            p.screen_mut().set_size(rows, cols);
        }
        if let Some(master) = &self.master {
            master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("resize");
        }
    }

    /// Waits until `pred` holds for the screen text; panics with the screen on timeout.
    pub fn wait(&self, what: &str, pred: impl Fn(&str) -> bool) {
        let start = Instant::now();
        loop {
            let text = self.contents();
            if pred(&text) {
                return;
            }
            assert!(start.elapsed() < DEADLINE, "timed out waiting for {what}; screen:\n{text}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn wait_for(&self, text: &str) {
        self.wait(text, |s| s.contains(text));
    }

    /// Waits for the process to end and returns whether it exited successfully.
    pub fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            assert!(start.elapsed() < DEADLINE, "the wizard did not exit; screen:\n{}", self.contents());
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Pty {
    /// A test that fails midway must not leave its wizard running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

pub const ENTER: &str = "\r";
pub const DOWN: &str = "\u{1b}[B";
pub const BACKSPACE: &str = "\u{7f}";
