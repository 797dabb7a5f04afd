//! Entry point: arguments to a command (or the wizard when there is none), result to an exit code.

use std::process::ExitCode;

use apiwizard::{cli, i18n};

fn main() -> ExitCode {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language is decided before clap builds its help, so `--help` and its errors speak it.
    let flag = cli::lang_flag(&argv);
    match i18n::choose(flag.as_deref()) {
        Ok((lang, _)) => i18n::set_process(lang),
        Err(_) => {
            // A flag naming no language is refused in the language the rest of the choice gives.
            if let Ok((lang, _)) = i18n::choose(None) {
                i18n::set_process(lang);
            }
            let message = i18n::choose(flag.as_deref()).err().unwrap_or_default();
            eprintln!("apiwizard: {message}");
            return ExitCode::from(2);
        }
    }
    let args = match cli::parse(argv) {
        Ok(args) => args,
        Err(error) => match cli::translated_parse_error(&error) {
            Some(text) => {
                eprint!("{text}");
                return ExitCode::from(2);
            }
            None => error.exit(),
        },
    };
    let Some(command) = args.command else {
        return wizard(args.profile);
    };
    let mut stdout = std::io::stdout().lock();
    match cli::run(command, &mut stdout) {
        Ok(code) => ExitCode::from(code),
        // The reader stopped reading (`| head`): nothing more to say, as other tools.
        Err(failure) if failure.code == cli::BROKEN_PIPE => ExitCode::from(failure.code),
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
