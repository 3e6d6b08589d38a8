//! `quytrinh check`: every syntax, reference and rule problem of a catalogue in one run.

use std::io::IsTerminal;

use quytrinh_diagnostics::{Lang, Severity};

use crate::args::{CheckArgs, Deny, Format};
use crate::catalogue::load_catalogue;
use crate::render::{self, Counts, Sources};

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

fn run_once(args: &CheckArgs, lang: Lang) -> u8 {
    if let Some(bad) = args
        .select
        .iter()
        .chain(&args.ignore)
        .find(|p| !p.trim().is_empty() && !crate::render::codes::all_codes().iter().any(|c| c.code.starts_with(p.trim())))
    {
        match lang {
            Lang::Vi => eprintln!("quytrinh: không có mã nào bắt đầu bằng `{bad}` (xem `quytrinh rules`)"),
            Lang::En => eprintln!("quytrinh: no code starts with `{bad}` (see `quytrinh rules`)"),
        }
        return 2;
    }
    let loaded = match load_catalogue(&args.paths, args.config.as_deref()) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    let mut diags = loaded.diagnostics;
    diags.extend(quytrinh_check::run(&loaded.catalogue, &loaded.config));
    diags.retain(|d| args.keeps(d.code.0));
    if lang == Lang::Vi {
        crate::render::speak_the_files_keywords(&mut diags, &loaded.catalogue.files);
    }
    diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let deny_warnings = args.deny == Some(Deny::Warnings);
    let failing = diags.iter().any(|d| d.severity == Severity::Error || (deny_warnings && d.severity == Severity::Warning));
    let sources =
        Sources::new(loaded.names.iter().map(String::as_str).zip(loaded.texts.iter().map(String::as_str)), &loaded.catalogue.files);
    let files = loaded.catalogue.files.len();
    let procedures = loaded.catalogue.procedures.len();
    let out = match args.format {
        Format::Human => {
            let mut s = render::human::render(&diags, &sources, lang, std::io::stdout().is_terminal());
            s.push_str(&render::human::summary(files, procedures, Counts::of(&diags), lang));
            s.push('\n');
            s
        }
        Format::Json => render::json::render(&diags, &sources, lang, files, procedures, !failing),
        Format::Sarif => render::sarif::render(&diags, &sources, lang),
        Format::Github => render::github::render(&diags, &sources, lang),
    };
    if !crate::emit(&out) {
        return 2;
    }
    if loaded.io_failed {
        2
    } else if failing {
        1
    } else {
        0
    }
}
