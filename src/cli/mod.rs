//! The headless commands: arguments parsed by clap into one `Command`, each run to an exit code.
//! Exit codes: 0 success, 1 the input is invalid (or the request failed), 2 usage or input errors.

mod export;
mod inspect;
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

#[derive(Parser, Debug)]
#[command(
    name = "apiwizard",
    version,
    about = "A terminal wizard for cloud create APIs: build, validate, export and submit request bodies."
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The wizard's profile for Ctrl-S, exports and the signature view (default: the built-in sandbox;
    /// `t` in a form switches).
    #[arg(long)]
    pub profile: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the APIs: id, title, method and path.
    List,
    /// Print the request document's JSON Schema.
    Schema {
        #[arg(long)]
        api: String,
    },
    /// Print a documented example document (the first unless --name is given).
    Example {
        #[arg(long)]
        api: String,
        #[arg(long)]
        name: Option<String>,
    },
    /// Validate a document: exit 0 valid, 1 invalid, 2 unreadable input or unknown API.
    Validate {
        #[arg(long)]
        api: String,
        /// The JSON file; `-` or nothing reads standard input.
        file: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Run the sandbox server of the five APIs on its own.
    Serve(serve::ServeArgs),
    /// Send a request document to the sandbox or a real endpoint.
    Submit(submit::SubmitArgs),
    /// Print the request as it would be sent and how it is signed.
    Sign(sign::SignArgs),
    /// Write the request in another form: json, curl, http, httpie or the vendor CLI.
    Export(export::ExportArgs),
}

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
        Failure::usage(format!("cannot write output: {e}"))
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
