//! `quytrinh report`: the department's figures, computed from the `.qtr` files.

use quytrinh_diagnostics::{Lang, Severity};
use quytrinh_emit::report;

use crate::args::{ReportArgs, ReportFormat};
use crate::catalogue::load_catalogue;

pub fn run(args: &ReportArgs, lang: Lang) -> u8 {
    let loaded = match load_catalogue(&args.paths, args.config.as_deref()) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    let errors = loaded
        .diagnostics
        .iter()
        .chain(quytrinh_check::run(&loaded.catalogue, &loaded.config).iter())
        .filter(|d| d.severity == Severity::Error)
        .count();
    if errors > 0 {
        match lang {
            Lang::Vi => eprintln!("quytrinh: lưu ý: danh mục còn {errors} lỗi (xem `quytrinh check`); số liệu có thể chưa đúng."),
            Lang::En => eprintln!("quytrinh: note: the catalogue has {errors} errors (see `quytrinh check`); the figures may be off."),
        }
    }
    let r = report::report(&loaded.catalogue);
    let text = match args.format {
        ReportFormat::Table => report::report_table(&r, lang),
        ReportFormat::Json => String::from_utf8(quytrinh_emit::portal::to_bytes(&r)).unwrap_or_default(),
        ReportFormat::Csv => report::procedures_csv(&r),
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
    if loaded.io_failed {
        2
    } else {
        0
    }
}
