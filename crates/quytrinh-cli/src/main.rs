//! `quytrinh`: the command-line tool. Only this crate reads and writes files, knows about
//! terminals and decides exit codes: 0 clean, 1 problems found, 2 usage or I/O failure.

mod args;
mod catalogue;
mod commands;
mod load;
mod render;
mod walk;

use std::process::ExitCode;

use clap::Parser;
use quytrinh_diagnostics::Lang;

use args::{Cli, Command, LangArg};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let lang = match cli.lang {
        Some(LangArg::Vi) => Lang::Vi,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_locale(std::env::var("LANG").ok().as_deref()),
    };
    let code = match cli.command {
        Command::Check(a) => commands::check::run(&a, lang),
    };
    ExitCode::from(code)
}
