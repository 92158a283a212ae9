//! The `baogao` binary: argv → the CLI or the terminal UI.

use std::process::ExitCode;

use clap::Parser;

use baogao::cli::{self, Cli};
use baogao::load::Walk;
use baogao::{contain, tui};

fn main() -> ExitCode {
    let args = Cli::parse();
    // A panic not contained per report says one short line (a backtrace only when
    // RUST_BACKTRACE asks for one); the TUI restores the terminal first.
    contain::on_uncontained(|message| {
        contain::print_short(message);
        true
    });
    let walk = Walk {
        follow: args.follow,
    };
    match args.command {
        Some(command) => cli::run_command(command, walk),
        None => {
            let options = tui::Options {
                paths: args.paths,
                mouse: args.mouse,
                theme: args.theme,
                follow: args.follow,
            };
            match tui::run(options) {
                Ok(code) => code,
                Err(e) => {
                    cli::warn(&format!("{e:#}"));
                    ExitCode::from(2)
                }
            }
        }
    }
}
