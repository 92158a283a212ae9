//! The `baogao` binary: argv → the CLI or the terminal UI.

use std::process::ExitCode;

use clap::Parser;

use baogao::cli::{self, Cli};
use baogao::tui;

fn main() -> ExitCode {
    let args = Cli::parse();
    match args.command {
        Some(command) => cli::run_command(command),
        None => {
            let options = tui::Options {
                paths: args.paths,
                mouse: args.mouse,
                theme: args.theme,
            };
            match tui::run(options) {
                Ok(code) => code,
                Err(e) => {
                    let message = format!("{e:#}");
                    eprintln!("baogao: {}", tui::sanitize::clean(&message));
                    ExitCode::from(2)
                }
            }
        }
    }
}
