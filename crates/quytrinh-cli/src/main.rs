//! `quytrinh`: the command-line tool (the commands themselves are in the library, `lib.rs`).

use std::process::ExitCode;

// Parsing allocates many small strings; mimalloc makes that markedly cheaper (see docs/performance.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use quytrinh_diagnostics::Lang;

use quytrinh_cli::args::{Cli, Command, LangArg};
use quytrinh_cli::{commands, lsp};

/// mimalloc's `purge_delay` option: its place in the option list of both mimalloc v2 and
/// v3 (the Rust bindings do not name it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
/// mimalloc v3's `arena_eager_commit` option (its place in the list, as above).
const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;

/// Commit mimalloc's arena memory as it is used, not the whole 1 GiB arena up front: the
/// kernel then zeroes only the pages used (`migrate` of 10,000 procedures: 1.8 s → 0.45 s of
/// system time; `check`: 80 → 62 MB; docs/performance.md). The option is read when the
/// first arena is made, before `main`: it is set from the ELF initialisers, which run
/// before any Rust allocation.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static LAZY_ARENA_COMMIT: extern "C" fn() = {
    extern "C" fn lazy_arena_commit() {
        // SAFETY: mimalloc options may be set at any time; this passes two plain integers.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0) };
    }
    lazy_arena_commit
};

fn main() -> ExitCode {
    // Return freed memory to the system after 10 ms instead of mimalloc v3's 1 s: a run over
    // 100,000 files frees about as much as it allocates, and the long delay held on to
    // 240 MB instead of 146 MB. Purging at once (0) made `build` spend twice the system
    // time re-faulting its output buffers (docs/performance.md).
    // SAFETY: mimalloc options may be set at any time; this passes two plain integers.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 10) };
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
        // The POSIX order: LC_ALL, then LC_MESSAGES, then LANG.
        None => Lang::from_locale(
            ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty())).as_deref(),
        ),
    };
    let code = match cli.command {
        Command::Check(a) => commands::check::run(&a, lang),
        Command::Explain(a) => commands::explain::run(&a, lang),
        Command::Rules(a) => commands::rules::run(&a, lang),
        Command::Build(a) => commands::build::run(&a, lang),
        Command::Schema => commands::schema::run(),
        Command::Import(a) => commands::import::run(&a, lang),
        // The catalogue report is a Vietnamese document: Vietnamese unless `--lang` says otherwise.
        Command::Report(a) => commands::report::run(&a, if cli.lang.is_some() { lang } else { Lang::Vi }),
        // The appointment is written on a Vietnamese form: Vietnamese unless asked otherwise.
        Command::Due(a) => commands::due::run(&a, if cli.lang == Some(LangArg::En) { Lang::En } else { Lang::Vi }),
        Command::Init(a) => commands::scaffold::init(&a, lang),
        Command::New(a) => commands::scaffold::new(&a, lang),
        Command::Completions(a) => commands::completions::completions(&a),
        Command::Man => commands::completions::man(),
        Command::Fmt(a) => commands::fmt::run(&a, lang),
        Command::Fix(a) => commands::fix::run(&a, lang),
        Command::Migrate(a) => commands::migrate::run(&a, lang),
        Command::Diff(a) => commands::diff::run(&a, lang),
        Command::Lsp => lsp::run(lang),
        Command::Serve(a) => commands::serve::run(&a, lang),
    };
    ExitCode::from(code)
}
