//! `quytrinh fix` (and `check --fix`): apply the fixes the checker offers, file by file,
//! and write the catalogue back all or nothing.
//!
//! Safe fixes only by default; `--unsafe-fixes` adds those that need a person's decision.
//! `--diff` prints what would change and writes nothing. A file that does not parse is
//! reported and left untouched. Every file written is in the canonical layout.

use std::path::PathBuf;

use quytrinh_check::autofix::{fix_file_from, FixRequest, Fixed};
use quytrinh_diagnostics::{Diagnostic, Lang, Severity};

use crate::args::{FixArgs, FixFormat, Format};
use crate::english::plural;
use crate::render::Style;
use crate::stream::{self, Settings, Visit};

/// One file the fixes changed.
pub struct FileFix {
    pub path: PathBuf,
    pub name: String,
    /// The NFC text read, and the fixes' result.
    pub before: String,
    pub fixed: Fixed,
}

/// What fixing a catalogue would do; nothing is written yet.
pub struct Plan {
    pub changed: Vec<FileFix>,
    /// Files left alone because they do not parse.
    pub unparseable: Vec<String>,
    /// Findings left in the files visited (errors, warnings, infos) and unsafe fixes not
    /// applied.
    pub remaining: [usize; 3],
    pub unsafe_left: usize,
    /// Files a fix would have broken (its round was undone): a bug to report.
    pub broke: Vec<(String, &'static str)>,
    pub io_problems: Vec<String>,
}

/// Work out the fixes of the catalogue under `paths`.
pub fn plan(
    paths: &[PathBuf],
    config: Option<&std::path::Path>,
    keep: &(dyn Fn(&Diagnostic) -> bool + Sync),
    unsafe_fixes: bool,
    lang: Lang,
    replacement: Option<&crate::replace::Replacement>,
) -> Result<Plan, String> {
    let style = Style { format: Format::Github, lang, color: false, full_infos: false };
    // Nothing is rendered: the run only needs the files and their findings.
    let none = |_: &Diagnostic| false;
    let settings = Settings { paths, config, style, keep: &none, rules: true };
    type Outcome = (PathBuf, String, String, Option<Fixed>, bool);
    let visit = |v: &Visit| -> Outcome {
        let name = v.names[v.file.0 as usize].clone();
        let path = PathBuf::from(&name);
        let syntax_error = v.diagnostics.iter().any(|d| d.severity == Severity::Error && d.code.0.starts_with("QS"));
        if syntax_error {
            return (path, name, String::new(), None, true);
        }
        let wanted = |d: &Diagnostic| {
            d.span.file == v.file
                && keep(d)
                && d.fix.as_ref().is_some_and(|f| unsafe_fixes || f.applicability == quytrinh_diagnostics::Applicability::Safe)
        };
        let req = FixRequest { directory: v.directory, options: v.options, config: v.config, unsafe_fixes, also_unsafe: &[], keep };
        if !v.diagnostics.iter().any(wanted) {
            // Nothing to apply: count what is left without checking again.
            let mut fixed = fix_file_counts_only(v, keep, unsafe_fixes);
            fixed.text.clear();
            return (path, name, String::new(), Some(fixed), false);
        }
        let mut fixed = fix_file_from(v.text.to_string(), v.file, &name, &req, Some(v.diagnostics.to_vec()));
        // Only the text and the counts are kept (10,000 resolved files would hold 300 MB).
        fixed.view = None;
        fixed.findings = Vec::new();
        // Written to its temporary at once, while the other files are being fixed.
        if let (Some(r), true) = (replacement, fixed.changed() && fixed.text != v.text) {
            r.stage(path.clone(), fixed.text.clone().into_bytes());
        }
        (path, name, v.text.to_string(), Some(fixed), false)
    };
    let checked = stream::run(&settings, &visit)?;
    let mut plan = Plan {
        changed: Vec::new(),
        unparseable: Vec::new(),
        remaining: [0; 3],
        unsafe_left: 0,
        broke: Vec::new(),
        io_problems: checked.io_problems,
    };
    for (path, name, before, fixed, unparseable) in checked.visited {
        if unparseable {
            plan.unparseable.push(name);
            continue;
        }
        let Some(fixed) = fixed else { continue };
        for (total, n) in plan.remaining.iter_mut().zip(fixed.remaining) {
            *total += n;
        }
        plan.unsafe_left += fixed.unsafe_left;
        if let Some(code) = fixed.broke {
            plan.broke.push((name.clone(), code.0));
        }
        if fixed.changed() && fixed.text != before {
            plan.changed.push(FileFix { path, name, before, fixed });
        }
    }
    Ok(plan)
}

/// The counts of a file with nothing to fix, from the findings already at hand.
fn fix_file_counts_only(v: &Visit, keep: &(dyn Fn(&Diagnostic) -> bool + Sync), unsafe_fixes: bool) -> Fixed {
    let mut remaining = [0; 3];
    let mut unsafe_left = 0;
    for d in v.diagnostics.iter().filter(|d| d.span.file == v.file) {
        remaining[match d.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
        }] += 1;
        if keep(d) && !unsafe_fixes && d.fix.as_ref().is_some_and(|f| f.applicability == quytrinh_diagnostics::Applicability::Unsafe) {
            unsafe_left += 1;
        }
    }
    Fixed {
        text: String::new(),
        applied: Vec::new(),
        unparseable: false,
        broke: None,
        remaining,
        unsafe_left,
        findings: Vec::new(),
        view: None,
    }
}

/// A unified diff of one file's change, as `git diff` prints it.
pub fn unified_diff(name: &str, before: &str, after: &str) -> String {
    let name = name.trim_start_matches('/');
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

pub fn run(args: &FixArgs, lang: Lang) -> u8 {
    if let Some(code) = crate::commands::check::unknown_code(&args.select, &args.ignore, lang) {
        return code;
    }
    let keep = |d: &Diagnostic| crate::args::keeps(&args.select, &args.ignore, d.code.0);
    let replacement = (!args.diff).then(crate::replace::Replacement::start);
    let plan = match plan(&args.paths, args.config.as_deref(), &keep, args.unsafe_fixes, lang, replacement.as_ref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    let io = !plan.io_problems.is_empty();
    for p in &plan.io_problems {
        eprintln!("quytrinh: {p}");
    }
    if args.format == FixFormat::Json {
        // Nothing was written when the write failed: the JSON says so.
        let written = replacement.is_some_and(|r| write(r, lang));
        if !args.diff && !written {
            return 2;
        }
        if !crate::emit(&json(&plan, args.diff)) {
            return 2;
        }
    } else if args.diff {
        let mut out = String::new();
        for f in &plan.changed {
            out.push_str(&unified_diff(&f.name, &f.before, &f.fixed.text));
        }
        if !crate::emit(&out) {
            return 2;
        }
        eprint!("{}", summary(&plan, lang, true));
    } else {
        if !replacement.is_some_and(|r| write(r, lang)) {
            // Nothing was changed: no list of fixes that did not happen.
            return 2;
        }
        let mut out = String::new();
        for f in &plan.changed {
            for a in &f.fixed.applied {
                out.push_str(&format!("{}:{}: {} {}\n", f.name, a.line_in(&f.fixed.text), a.code.0, a.title.get(lang)));
            }
        }
        if !crate::emit(&out) {
            return 2;
        }
        eprint!("{}", summary(&plan, lang, false));
    }
    if io {
        2
    } else if !plan.unparseable.is_empty() || !plan.broke.is_empty() || plan.remaining[0] > 0 || (args.diff && !plan.changed.is_empty()) {
        1
    } else {
        0
    }
}

/// Put every changed file in place (each was staged by [`plan`]), all or nothing. Returns
/// whether it succeeded.
pub fn write(replacement: crate::replace::Replacement, lang: Lang) -> bool {
    match replacement.commit() {
        Ok(()) => true,
        Err((path, e)) => {
            let (vi, en) = crate::os_error::describe(&e);
            match lang {
                Lang::Vi => eprintln!("quytrinh: {}: {vi}; không tệp nào bị thay đổi.", path.display()),
                Lang::En => eprintln!("quytrinh: {}: {en}; no file was changed.", path.display()),
            }
            false
        }
    }
}

/// The closing lines: what was (or would be) fixed, what is left.
pub fn summary(plan: &Plan, lang: Lang, preview: bool) -> String {
    let fixes: usize = plan.changed.iter().map(|f| f.fixed.applied.len()).sum();
    let files = plan.changed.len();
    let [errors, warnings, infos] = plan.remaining;
    let mut s = String::new();
    match (lang, preview) {
        (Lang::Vi, false) => s.push_str(&format!("Đã sửa {fixes} phát hiện trong {files} tệp.\n")),
        (Lang::Vi, true) => s.push_str(&format!("Có thể sửa {fixes} phát hiện trong {files} tệp (chưa ghi gì).\n")),
        (Lang::En, false) => s.push_str(&format!("Fixed {} in {}.\n", plural(fixes, "finding"), plural(files, "file"))),
        (Lang::En, true) => {
            s.push_str(&format!("Would fix {} in {} (nothing written).\n", plural(fixes, "finding"), plural(files, "file")))
        }
    }
    match lang {
        Lang::Vi => s.push_str(&format!("Còn lại: {errors} lỗi, {warnings} cảnh báo, {infos} thông tin; xem bằng `quytrinh check`.\n")),
        Lang::En => s.push_str(&format!(
            "Left: {}, {}, {}; see them with `quytrinh check`.\n",
            plural(errors, "error"),
            plural(warnings, "warning"),
            plural(infos, "info")
        )),
    }
    if plan.unsafe_left > 0 {
        match lang {
            Lang::Vi => s.push_str(&format!(
                "{} phát hiện có cách sửa cần người quyết định; xem trước bằng `quytrinh fix --unsafe-fixes --diff`.\n",
                plan.unsafe_left
            )),
            Lang::En => s.push_str(&format!(
                "{} {} a fix that needs a person's decision; preview with `quytrinh fix --unsafe-fixes --diff`.\n",
                plural(plan.unsafe_left, "finding"),
                if plan.unsafe_left == 1 { "has" } else { "have" }
            )),
        }
    }
    for name in &plan.unparseable {
        match lang {
            Lang::Vi => s.push_str(&format!("{name}: có lỗi cú pháp, tệp được giữ nguyên (xem `quytrinh check {name}`).\n")),
            Lang::En => s.push_str(&format!("{name}: syntax errors, file left untouched (see `quytrinh check {name}`).\n")),
        }
    }
    for (name, code) in &plan.broke {
        match lang {
            Lang::Vi => s.push_str(&format!(
                "{name}: cách sửa của {code} làm tệp hỏng cú pháp nên đã được hoàn lại; đây là lỗi của quytrinh, xin báo lại.\n"
            )),
            Lang::En => s.push_str(&format!(
                "{name}: the fix of {code} broke the file's syntax and was undone; this is a quytrinh bug, please report it.\n"
            )),
        }
    }
    s
}

/// The machine-readable result: per file, the fixes and the counts left.
fn json(plan: &Plan, preview: bool) -> String {
    let files: Vec<serde_json::Value> = plan
        .changed
        .iter()
        .map(|f| {
            serde_json::json!({
                "file": f.name,
                "fixes": f.fixed.applied.iter().map(|a| serde_json::json!({
                    "code": a.code.0,
                    "line": a.line_in(&f.fixed.text),
                    "applicability": a.applicability.as_str(),
                    "title": { "vi": a.title.vi, "en": a.title.en },
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let v = serde_json::json!({
        "kind": "quytrinh-fix",
        "format_version": "1.0",
        "written": !preview,
        "files": files,
        "unparseable": plan.unparseable,
        "remaining": { "errors": plan.remaining[0], "warnings": plan.remaining[1], "infos": plan.remaining[2] },
        "unsafe_fixes_not_applied": plan.unsafe_left,
    });
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}
