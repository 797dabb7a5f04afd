//! apiwizard: cloud "create" API specs turned into validated forms, JSON bodies and requests.
//! The library holds every piece that works without a terminal; `main.rs` picks the CLI or the TUI.

pub mod cli;
pub mod drafts;
pub mod export;
pub mod form;
pub mod history;
pub mod http;
pub mod i18n;
pub mod input;
pub mod jobs;
pub mod paths;
pub mod pointer;
pub mod preview;
pub mod profile;
pub mod request;
pub mod sandbox;
pub mod spec;
pub mod text;
pub mod tui;
pub mod validate;
