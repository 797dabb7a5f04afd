//! Entry point: arguments to a command (or the wizard when there is none), result to an exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = apiwizard::cli::Args::parse();
    let Some(command) = args.command else {
        return wizard(args.profile);
    };
    let mut stdout = std::io::stdout().lock();
    match apiwizard::cli::run(command, &mut stdout) {
        Ok(code) => ExitCode::from(code),
        // The reader stopped reading (`| head`): nothing more to say, as other tools.
        Err(failure) if failure.code == apiwizard::cli::BROKEN_PIPE => ExitCode::from(failure.code),
        Err(failure) => {
            eprintln!("apiwizard: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

fn wizard(profile: Option<String>) -> ExitCode {
    let catalog = match apiwizard::spec::Catalog::load() {
        Ok(c) => std::sync::Arc::new(c),
        Err(e) => {
            eprintln!("apiwizard: {e}");
            return ExitCode::from(2);
        }
    };
    // A profile named on the command line must exist before the terminal is taken over.
    let endpoint = match apiwizard::tui::Endpoint::with_profile(profile.as_deref()) {
        Ok(endpoint) => endpoint,
        Err(e) => {
            eprintln!("apiwizard: {e}");
            return ExitCode::from(2);
        }
    };
    match apiwizard::tui::run(catalog, endpoint) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("apiwizard: {e:#}");
            ExitCode::FAILURE
        }
    }
}
