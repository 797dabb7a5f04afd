//! The two languages the tool speaks, English and Chinese: which one is in use, how it is chosen
//! (`--lang`, `APIWIZARD_LANG`, the remembered choice, the locale) and where the choice is kept.
//! The program's strings live in `assets/i18n/<lang>/*.ftl` (see `catalog`); the specs' texts in
//! the spec files (see `spec_text`).

mod catalog;
mod choice;
mod spec_text;
#[cfg(test)]
pub(crate) mod tests;

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

pub use catalog::{Arg, message};
#[cfg(test)]
use catalog::{FILES, has_message, message_in, parse_errors};
pub use choice::{Choice, LANGUAGE_VARS, choose, remember, remembered};
#[cfg(test)]
use spec_text::TEXT_KEYS;
pub use spec_text::{Text, UNTRANSLATED, spec_meaning, spec_text};

/// A language the tool speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The code `--lang`, `APIWIZARD_LANG` and the config file use.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// `en`/`zh`, also with a region or encoding (`zh_CN.UTF-8`, `en-US`); case does not matter.
    pub fn parse(text: &str) -> Option<Lang> {
        let lower = text.trim().to_ascii_lowercase();
        let base = lower.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match base {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The other one, what the wizard's language key switches to.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }

    /// The language's own name, as a switch offers it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
        }
    }

    fn index(self) -> u8 {
        match self {
            Lang::En => 0,
            Lang::Zh => 1,
        }
    }
}

// The process's language, what every thread without a choice of its own speaks; and a thread's own
// choice, so tests (threads of one process) can each speak one language without racing.
static PROCESS: AtomicU8 = AtomicU8::new(0);
thread_local! {
    static THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

// A task's own language (the sandbox answers each request in the language it asks for), which
// follows the task from thread to thread.
tokio::task_local! {
    static TASK: Lang;
}

/// The language text is produced in here: the task's, else this thread's, else the process's.
pub fn current() -> Lang {
    TASK.try_with(|l| *l)
        .ok()
        .or_else(|| THREAD.with(Cell::get))
        .unwrap_or_else(|| if PROCESS.load(Ordering::Relaxed) == 1 { Lang::Zh } else { Lang::En })
}

/// Runs `task` speaking `lang`, whichever threads it runs on.
pub async fn speaking<F: std::future::Future>(lang: Lang, task: F) -> F::Output {
    TASK.scope(lang, task).await
}

/// The language an HTTP `Accept-Language` value asks for, if it names one of ours first.
pub fn from_accept_language(value: &str) -> Option<Lang> {
    value.split(',').find_map(|part| Lang::parse(part.split(';').next().unwrap_or_default()))
}

impl Lang {
    /// The tag this tool sends as `Accept-Language`, so an API that can answer in either language
    /// (the sandbox does) answers in the user's.
    pub fn http_tag(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Zh => "zh-CN",
        }
    }
}

/// Speaks `lang` on this thread only (what a test, or one view of several, uses).
pub fn set_thread(lang: Lang) {
    THREAD.with(|t| t.set(Some(lang)));
}

/// Speaks `lang` in the whole process: every thread without its own choice, and this one.
pub fn set_process(lang: Lang) {
    PROCESS.store(lang.index(), Ordering::Relaxed);
    THREAD.with(|t| t.set(None));
}

/// Names listed as a sentence lists them: `a, b` in English, `a、b` in Chinese.
pub fn join<S: AsRef<str>>(items: &[S]) -> String {
    let separator = crate::t!("core-list-separator");
    items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(&separator)
}

/// The program's text `id` in the current language, with `name = value` arguments:
/// `t!("form-problems", count = 3)`.
#[macro_export]
macro_rules! t {
    ($id:literal $(,)?) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}
