//! Entry point: arguments to a command (or the wizard when there is none), result to an exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = apiwizard::cli::Args::parse();
    let Some(command) = args.command else {
        use clap::CommandFactory;
        let _ = apiwizard::cli::Args::command().print_help();
        return ExitCode::SUCCESS;
    };
    let mut stdout = std::io::stdout().lock();
    match apiwizard::cli::run(command, &mut stdout) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            eprintln!("apiwizard: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}
