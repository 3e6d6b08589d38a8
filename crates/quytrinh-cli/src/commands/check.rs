//! `quytrinh check`: every syntax, reference and rule problem of a catalogue in one run.

use std::io::IsTerminal;

use quytrinh_diagnostics::Lang;

use crate::args::{CheckArgs, Deny, Format};
use crate::render::Style;
use crate::stream::{self, Settings};

pub fn run(args: &CheckArgs, lang: Lang) -> u8 {
    if args.watch {
        return watch(args, lang);
    }
    run_once(args, lang)
}

/// What the watched files look like now: path, size and modification time of every `.qtr`
/// file and `quytrinh.toml` under the paths.
fn snapshot(args: &CheckArgs) -> Vec<(std::path::PathBuf, u64, Option<std::time::SystemTime>)> {
    let mut files = crate::walk::find_files(&args.paths).map(|(f, _)| f).unwrap_or_default();
    if let Some(cfg) = args.config.clone().or_else(|| crate::config::find(&args.paths)) {
        files.push(cfg);
    }
    files
        .into_iter()
        .map(|p| {
            let meta = std::fs::metadata(&p).ok();
            let size = meta.as_ref().map(|m| m.len()).unwrap_or(0);
            let modified = meta.and_then(|m| m.modified().ok());
            (p, size, modified)
        })
        .collect()
}

/// `check --watch`: check, then poll twice a second and check again on any change. Polling
/// needs no platform watcher and sees files on network shares too.
fn watch(args: &CheckArgs, lang: Lang) -> u8 {
    let terminal = std::io::stdout().is_terminal();
    loop {
        if terminal {
            crate::emit("\x1b[2J\x1b[H");
        }
        let code = run_once(args, lang);
        if code == 2 && snapshot(args).is_empty() {
            return 2;
        }
        match lang {
            Lang::Vi => crate::emit("— Đang theo dõi thay đổi (Ctrl+C để dừng) —\n"),
            Lang::En => crate::emit("— Watching for changes (Ctrl+C to stop) —\n"),
        };
        let before = snapshot(args);
        loop {
            std::thread::sleep(std::time::Duration::from_millis(500));
            if snapshot(args) != before {
                break;
            }
        }
    }
}

/// A `--select` or `--ignore` prefix no code has: the message, and exit code 2.
pub fn unknown_code(select: &[String], ignore: &[String], lang: Lang) -> Option<u8> {
    let bad = select
        .iter()
        .chain(ignore)
        .find(|p| !p.trim().is_empty() && !crate::render::codes::all_codes().iter().any(|c| c.code.starts_with(p.trim())))?;
    match lang {
        Lang::Vi => eprintln!("quytrinh: không có mã nào bắt đầu bằng `{bad}` (xem `quytrinh rules`)"),
        Lang::En => eprintln!("quytrinh: no code starts with `{bad}` (see `quytrinh rules`)"),
    }
    Some(2)
}

fn run_once(args: &CheckArgs, lang: Lang) -> u8 {
    if let Some(code) = unknown_code(&args.select, &args.ignore, lang) {
        return code;
    }
    if args.fix {
        // As ruff: fix first, then report what is left. The fixes' summary goes to stderr
        // so that `--format json` stays one document on stdout.
        let keep = |d: &quytrinh_diagnostics::Diagnostic| args.keeps(d.code.0);
        let replacement = crate::replace::Replacement::start();
        match crate::commands::fix::plan(&args.paths, args.config.as_deref(), &keep, args.unsafe_fixes, lang, Some(&replacement)) {
            Ok(plan) => {
                if !crate::commands::fix::write(replacement, lang) {
                    return 2;
                }
                let fixes: usize = plan.changed.iter().map(|f| f.fixed.applied.len()).sum();
                match lang {
                    Lang::Vi => eprintln!("Đã sửa {fixes} phát hiện trong {} tệp.", plan.changed.len()),
                    Lang::En => eprintln!(
                        "Fixed {} in {}.",
                        crate::english::plural(fixes, "finding"),
                        crate::english::plural(plan.changed.len(), "file")
                    ),
                }
            }
            Err(e) => {
                eprintln!("quytrinh: {e}");
                return 2;
            }
        }
    }
    let style = Style {
        format: args.format,
        lang,
        color: args.format == Format::Human && std::io::stdout().is_terminal(),
        full_infos: args.full_info,
    };
    let keep = |d: &quytrinh_diagnostics::Diagnostic| args.keeps(d.code.0);
    let settings = Settings { paths: &args.paths, config: args.config.as_deref(), style, keep: &keep, rules: true };
    let checked = match stream::run(&settings, &|_| ()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    let counts = checked.counts;
    let deny_warnings = args.deny == Some(Deny::Warnings);
    let failing = counts.errors > 0 || (deny_warnings && counts.warnings > 0);
    let out = style.assemble(checked.output, checked.files, checked.procedures, counts, !failing);
    if !crate::emit(&out) {
        return 2;
    }
    if checked.io_failed {
        2
    } else if failing {
        1
    } else {
        0
    }
}
