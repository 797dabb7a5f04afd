//! The headless commands: arguments parsed by clap into one `Command`, each run to an exit code.
//! Exit codes: 0 success, 1 the input is invalid (or the request failed), 2 usage or input errors.

mod export;
mod help;
mod inspect;
mod parse_error;
mod serve;
mod sign;
mod submit;
mod submit_auth;
mod target;
mod validate;

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::spec::Catalog;

// The one definition of the commands and their arguments; what each is for, in both languages,
// comes from `cli.ftl` through `help` (a test fails when one has no text).
#[derive(Parser, Debug)]
#[command(name = "apiwizard", version)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[arg(long)]
    pub profile: Option<String>,
    // Read from argv before clap runs (`lang_flag`), so the help is already in that language; here
    // so clap accepts it anywhere and `--help` lists it.
    #[arg(long, global = true, value_name = "zh|en")]
    pub lang: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    List,
    Schema {
        #[arg(long)]
        api: String,
    },
    Example {
        #[arg(long)]
        api: String,
        #[arg(long)]
        name: Option<String>,
    },
    Validate {
        #[arg(long)]
        api: String,
        file: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    Serve(serve::ServeArgs),
    Submit(submit::SubmitArgs),
    Sign(sign::SignArgs),
    Export(export::ExportArgs),
}

/// The value of `--lang X` or `--lang=X` anywhere in `argv` (before or after the command), read
/// before clap so its help and errors speak that language. Nothing after `--` is an option.
pub fn lang_flag(argv: &[std::ffi::OsString]) -> Option<String> {
    let mut found = None;
    let mut words = argv.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == "--lang" {
            found = words.next().map(|v| v.into_owned());
        } else if let Some(value) = word.strip_prefix("--lang=") {
            found = Some(value.to_owned());
        }
    }
    found
}

/// Parses `argv` with every text in the current language (help and version come back as clap's
/// errors, as clap does).
pub fn parse(argv: Vec<std::ffi::OsString>) -> Result<Args, clap::Error> {
    use clap::FromArgMatches;
    let matches = help::command().try_get_matches_from(argv)?;
    Args::from_arg_matches(&matches)
}

pub use parse_error::translated as translated_parse_error;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// A failure that ends a command with a message on stderr and an exit code.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure { code: 2, message: message.into() }
    }
}

impl From<crate::spec::SpecError> for Failure {
    fn from(e: crate::spec::SpecError) -> Failure {
        Failure::usage(e.to_string())
    }
}

impl From<crate::input::InputError> for Failure {
    fn from(e: crate::input::InputError) -> Failure {
        Failure::usage(e.0)
    }
}

/// The exit code of a command whose reader went away (`apiwizard … | head`): 128 + SIGPIPE, what a
/// shell reports for tools that die of the signal, printed with no message.
pub const BROKEN_PIPE: u8 = 141;

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Failure {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Failure { code: BROKEN_PIPE, message: String::new() };
        }
        Failure::usage(crate::t!("cli-cannot-write", error = e.to_string()))
    }
}

/// Runs one command, writing results to `out`; returns the exit code.
pub fn run(command: Command, out: &mut dyn Write) -> Result<u8, Failure> {
    let catalog = Catalog::load()?;
    match command {
        Command::List => inspect::list(&catalog, out),
        Command::Schema { api } => inspect::schema(catalog.get(&api)?, out),
        Command::Example { api, name } => inspect::example(catalog.get(&api)?, name.as_deref(), out),
        Command::Validate { api, file, format } => validate::run(catalog.get(&api)?, file.as_deref(), format, out),
        Command::Serve(args) => serve::run(catalog, args, out),
        Command::Submit(args) => submit::run(catalog, args, out),
        Command::Sign(args) => sign::run(&catalog, args, out),
        Command::Export(args) => export::run(&catalog, args, out),
    }
}

#[cfg(test)]
mod tests {
    use super::lang_flag;

    fn flag(args: &[&str]) -> Option<String> {
        lang_flag(&args.iter().map(std::ffi::OsString::from).collect::<Vec<_>>())
    }

    #[test]
    fn the_language_flag_is_found_before_or_after_the_command_in_both_spellings() {
        assert_eq!(flag(&["apiwizard", "--lang", "zh", "list"]).as_deref(), Some("zh"));
        assert_eq!(flag(&["apiwizard", "validate", "--api", "x", "--lang=en"]).as_deref(), Some("en"));
        assert_eq!(flag(&["apiwizard", "list"]), None);
        // A value that only looks like the flag is not one.
        assert_eq!(flag(&["apiwizard", "validate", "--", "--lang", "zh"]), None);
        assert_eq!(flag(&["apiwizard", "--language", "zh"]), None);
    }
}
