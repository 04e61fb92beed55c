use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    runde::commands::run(runde::cli::Cli::parse())
}
