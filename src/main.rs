//! The `baogao` binary: argv → the CLI or the terminal UI.

use std::process::ExitCode;

use clap::Parser;

use baogao::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    match args.command {
        Some(command) => cli::run_command(command),
        None => {
            // The terminal UI is not part of this build yet; say so plainly.
            eprintln!("baogao: the terminal UI is not available yet; try `baogao outline`");
            ExitCode::from(2)
        }
    }
}
