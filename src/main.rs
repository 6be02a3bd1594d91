use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use jaws::cli::{Cli, CliError, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.command.is_none() {
        // The window arrives with the explore view; until then, say what there is.
        let _ = Cli::command().print_help();
        return ExitCode::SUCCESS;
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match run(cli, &mut out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A closed pipe (`jaws project | head`) is not an error worth reporting.
            if let CliError::Output(io) = &e
                && io.kind() == std::io::ErrorKind::BrokenPipe
            {
                return ExitCode::SUCCESS;
            }
            match &e {
                CliError::Invalid(p) => eprintln!("{p}"),
                other => eprintln!("error: {other}"),
            }
            e.exit_code()
        }
    }
}
