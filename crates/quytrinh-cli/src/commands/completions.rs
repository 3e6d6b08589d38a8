//! `quytrinh completions SHELL` and `quytrinh man`: shell completion scripts and the
//! manual page, generated from the command-line definition.

use clap::CommandFactory;

use crate::args::{Cli, CompletionsArgs};

pub fn completions(args: &CompletionsArgs) -> u8 {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "quytrinh", &mut out);
    if crate::emit(&String::from_utf8_lossy(&out)) {
        0
    } else {
        2
    }
}

pub fn man() -> u8 {
    let mut out = Vec::new();
    if clap_mangen::Man::new(Cli::command()).render(&mut out).is_err() {
        return 2;
    }
    if crate::emit(&String::from_utf8_lossy(&out)) {
        0
    } else {
        2
    }
}
