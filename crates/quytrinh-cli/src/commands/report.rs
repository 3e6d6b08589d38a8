//! `quytrinh report`: the department's figures, computed from the `.qtr` files.

use quytrinh_diagnostics::{Lang, Severity};
use quytrinh_emit::report;

use crate::args::{Format, ReportArgs, ReportFormat};
use crate::render::Style;
use crate::stream::{self, Settings, Visit};

pub fn run(args: &ReportArgs, lang: Lang) -> u8 {
    // Go file by file like `check`, keeping one line per procedure; only errors are counted.
    let style = Style { format: Format::Github, lang, color: false, full_infos: false };
    let keep = |d: &quytrinh_diagnostics::Diagnostic| d.severity == Severity::Error;
    let settings = Settings { paths: &args.paths, config: args.config.as_deref(), style, keep: &keep, rules: true };
    let checked = match stream::run(&settings, &|v: &Visit| report::rows(v.view)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    for problem in &checked.io_problems {
        eprintln!("quytrinh: {problem}");
    }
    let errors = checked.counts.errors;
    if errors > 0 {
        match lang {
            Lang::Vi => eprintln!("quytrinh: lưu ý: danh mục còn {errors} lỗi (xem `quytrinh check`); số liệu có thể chưa đúng."),
            Lang::En => eprintln!(
                "quytrinh: note: the catalogue has {} (see `quytrinh check`); the figures may be off.",
                crate::english::plural(errors, "error")
            ),
        }
    }
    let directory = quytrinh_model::Catalogue { directory: checked.directory.clone(), ..Default::default() };
    let r = report::report_from_rows(&directory, checked.visited.into_iter().flatten().collect());
    let text = match args.format {
        // Texts from the files reach a terminal or a spreadsheet: control characters go.
        ReportFormat::Table => quytrinh_syntax::chars::printable(&report::report_table(&r, lang)).into_owned(),
        ReportFormat::Json => String::from_utf8(quytrinh_emit::portal::to_bytes(&r)).unwrap_or_default(),
        ReportFormat::Csv => quytrinh_syntax::chars::printable(&report::procedures_csv_in(&r, lang)).into_owned(),
        ReportFormat::Html => report::report_html(&r, lang),
    };
    match &args.out {
        Some(path) => {
            if let Err(e) = crate::write::write_atomic(path, text.as_bytes()) {
                eprintln!("quytrinh: {}: {e}", path.display());
                return 2;
            }
        }
        None => {
            if !crate::emit(&text) {
                return 2;
            }
        }
    }
    if checked.io_failed {
        2
    } else {
        0
    }
}
