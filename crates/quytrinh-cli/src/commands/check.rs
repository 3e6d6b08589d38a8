//! `quytrinh check`: every syntax, reference and rule problem of a catalogue in one run.

use std::io::IsTerminal;

use quytrinh_diagnostics::{Lang, Severity};

use crate::args::{CheckArgs, Deny, Format};
use crate::catalogue::load_catalogue;
use crate::render::{self, Counts, Sources};

pub fn run(args: &CheckArgs, lang: Lang) -> u8 {
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
