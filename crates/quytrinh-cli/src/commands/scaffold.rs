//! `quytrinh init` and `quytrinh new`: start a catalogue or a procedure from a command,
//! not from copy-paste. Existing files are never overwritten.

use std::path::{Path, PathBuf};

use quytrinh_diagnostics::Lang;
use quytrinh_model::Regime;

use crate::args::{InitArgs, NewArgs};
use crate::write::write_atomic;

const AGENCY: &str = include_str!("../templates/agency.qtr");
const CONFIG: &str = include_str!("../templates/quytrinh.toml");
const README: &str = include_str!("../templates/README.md");
const SAMPLE: &str = include_str!("../templates/procedure.qtr");
const SKELETON: &str = include_str!("../templates/skeleton.qtr");

fn say(lang: Lang, vi: String, en: String) {
    eprintln!("{}", if lang == Lang::Vi { vi } else { en });
}

/// Write files that must not exist yet; refuse before writing anything if one does.
fn create_all(files: &[(PathBuf, String)], lang: Lang) -> u8 {
    let existing: Vec<&PathBuf> = files.iter().map(|(p, _)| p).filter(|p| p.exists()).collect();
    if !existing.is_empty() {
        for p in existing {
            say(
                lang,
                format!("quytrinh: {} đã có; không ghi đè.", p.display()),
                format!("quytrinh: {} exists; not overwritten.", p.display()),
            );
        }
        return 1;
    }
    for (path, text) in files {
        // Every `.qtr` file quytrinh writes is in the canonical layout (the names filled
        // into a template change its column widths).
        let text = match path.extension().is_some_and(|e| e == "qtr") {
            true => quytrinh_syntax::fmt::format(text, Default::default()).unwrap_or_else(|_| text.clone()),
            false => text.clone(),
        };
        if let Err(e) = write_atomic(path, text.as_bytes()) {
            eprintln!("quytrinh: {}: {e}", path.display());
            return 2;
        }
        say(lang, format!("Đã tạo {}", path.display()), format!("Created {}", path.display()));
    }
    0
}

pub fn init(args: &InitArgs, lang: Lang) -> u8 {
    let dir = &args.dir;
    let files = vec![
        (dir.join("agency.qtr"), AGENCY.to_string()),
        (dir.join("quytrinh.toml"), CONFIG.to_string()),
        (dir.join("README.md"), README.to_string()),
        (dir.join("qt-mau-01.qtr"), SAMPLE.to_string()),
    ];
    create_all(&files, lang)
}

/// Today's date (UTC) as yyyy-mm-dd, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = (secs / 86_400) as i64;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Text safe inside a `.qtr` quoted string.
fn quoted(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace(['\n', '\r'], " ")
}

/// The text of a new procedure: the skeleton filled in, for the regime of the folder's
/// `quytrinh.toml` (shared by `new` and the workbench's new-procedure form).
pub fn skeleton(dir: &Path, code: &str, tthc: &str, name: &str, statutory: f64) -> String {
    let regime = crate::config::load(None, &[dir.to_path_buf()], quytrinh_diagnostics::FileId(0))
        .map(|c| c.config.regime())
        .unwrap_or(Regime::DEFAULT);
    let (control, register, branches) = match regime {
        Regime::Circular012018 => (
            "BM05",
            "BM06",
            "    on incomplete issue BM02 by cv_mc within 3d\n    on refused    issue BM03 by cv_mc\n    on late       issue BM04 by giamdoc\n",
        ),
        Regime::Decree1182025 => (
            "BM06",
            "BM07",
            "    on incomplete issue BM02 by cv_mc within 3d closes_after 15 calendar_days\n    on refused    issue BM03 by cv_mc\n    on late       issue BM04 by giamdoc\n    on stopped    issue BM05 by cv_mc\n",
        ),
    };
    // The appraisal takes what the fixed steps leave of the statutory time.
    let work_hours = (statutory * 8.0 - 28.0).max(4.0);
    let work = if work_hours % 8.0 == 0.0 { format!("{}d", work_hours / 8.0) } else { format!("{work_hours}h") };
    SKELETON
        .replace("{code}", &quoted(code))
        .replace("{tthc}", &quoted(tthc))
        .replace("{name}", &quoted(name))
        .replace("{statutory}", &format!("{}", statutory))
        .replace("{today}", &today())
        .replace("{control}", control)
        .replace("{register}", register)
        .replace("{branches}", branches)
        .replace("{regime}", regime.id())
        .replace("{work}", &work)
}

pub fn new(args: &NewArgs, lang: Lang) -> u8 {
    let text = skeleton(&args.dir, &args.code, &args.tthc, &args.name, args.statutory);
    let file =
        args.out.clone().unwrap_or_else(|| args.dir.join(format!("{}.qtr", quytrinh_emit::names::file_stem(&args.code).to_lowercase())));
    let code = create_all(&[(file.clone(), text)], lang);
    if code == 0 {
        say(
            lang,
            format!("Điền các chỗ «cần điền», rồi chạy `quytrinh check {}`.", display_dir(&args.dir)),
            format!("Fill in the «cần điền» places, then run `quytrinh check {}`.", display_dir(&args.dir)),
        );
    }
    code
}

fn display_dir(p: &Path) -> String {
    p.display().to_string()
}
