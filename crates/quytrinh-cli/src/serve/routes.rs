//! The workbench's API: each route takes a request that already passed the token, `Host`
//! and `Origin` checks (see `mod.rs`) and answers JSON, HTML or a download.

use std::path::{Path, PathBuf};

use quytrinh_diagnostics::{FileId, Lang};
use quytrinh_emit::{document, portal};
use serde_json::{json, Value};

use super::files::{self, Refused, Saved};
use super::http::{self, Reply};
use super::state::{diagnostic_json, State};

pub fn lang_of(v: Option<&str>) -> Lang {
    match v {
        Some("en") => Lang::En,
        _ => Lang::Vi,
    }
}

fn say(lang: Lang, vi: &str, en: &str) -> String {
    if lang == Lang::Vi { vi } else { en }.to_string()
}

fn refused(r: Refused, lang: Lang) -> Reply {
    match r {
        Refused::Outside => http::json(
            403,
            &json!({ "error": say(lang, "Chỉ mở được tệp .qtr trong thư mục danh mục.", "Only .qtr files inside the catalogue folder can be opened.") }),
        ),
        Refused::NotFound => http::json(404, &json!({ "error": say(lang, "Không có tệp này.", "No such file.") })),
    }
}

fn bad(lang: Lang, vi: &str, en: &str) -> Reply {
    http::json(400, &json!({ "error": say(lang, vi, en) }))
}

fn io_error(e: std::io::Error) -> Reply {
    http::json(500, &json!({ "error": e.to_string() }))
}

/// `GET /api/catalogue`: one row per procedure, with its error and warning counts.
pub fn catalogue(state: &mut State, lang: Lang) -> Reply {
    let rows = state.catalogue(lang);
    http::json(200, &json!({ "root": state.root.display().to_string(), "procedures": rows }))
}

/// `GET /api/report`: the catalogue report of `quytrinh report --format html`, from disk.
pub fn report(state: &mut State, lang: Lang) -> Reply {
    state.refresh();
    let mut rows = Vec::new();
    let mut directory = None;
    let paths: Vec<PathBuf> = state.world.files.iter().filter(|(_, f)| !f.shared).map(|(p, _)| p.clone()).collect();
    for p in paths {
        if let Some(c) = state.world.check(&p) {
            rows.extend(quytrinh_emit::report::rows(&c.catalogue));
            directory.get_or_insert(c.catalogue.directory.clone());
        }
    }
    let cat = quytrinh_model::Catalogue { directory: directory.unwrap_or_default(), ..Default::default() };
    let r = quytrinh_emit::report::report_from_rows(&cat, rows);
    http::reply(200, "text/html; charset=utf-8", quytrinh_emit::report::report_html(&r, lang).into_bytes())
}

/// `GET /api/file?path=`: the text on disk and its version.
pub fn read(state: &mut State, rel: &str, lang: Lang) -> Reply {
    let path = match files::resolve(&state.root, rel, true) {
        Ok(p) => p,
        Err(r) => return refused(r, lang),
    };
    let bytes = match files::read(&path) {
        Ok(b) => b,
        Err(e) => return io_error(e),
    };
    let version = files::version(&bytes);
    let text = match quytrinh_syntax::decode::decode(&bytes, FileId(0)) {
        Ok(t) => t,
        Err(_) => return bad(lang, "Tệp không phải văn bản UTF-8.", "The file is not UTF-8 text."),
    };
    state.note_disk(&path, &text, version.clone());
    http::json(200, &json!({ "path": files::relative(&state.root, &path), "text": text, "version": version }))
}

/// `GET /api/version?path=`: the version on disk, polled by the page to notice outside edits.
pub fn version(state: &State, rel: &str, lang: Lang) -> Reply {
    let path = match files::resolve(&state.root, rel, true) {
        Ok(p) => p,
        Err(r) => return refused(r, lang),
    };
    match files::read(&path) {
        Ok(b) => http::json(200, &json!({ "version": files::version(&b) })),
        Err(e) => io_error(e),
    }
}

fn str_field<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Value::as_str)
}

/// `POST /api/save {path, text, version}`: written atomically, or 409 with the disk's text
/// when the file changed since the page loaded `version` (null: a new file).
pub fn save(state: &mut State, body: &Value, lang: Lang) -> Reply {
    let (Some(rel), Some(text)) = (str_field(body, "path"), str_field(body, "text")) else {
        return bad(lang, "Thiếu path hoặc text.", "path or text missing.");
    };
    let loaded = str_field(body, "version");
    let path = match files::resolve(&state.root, rel, loaded.is_some()) {
        Ok(p) => p,
        Err(r) => return refused(r, lang),
    };
    match files::save(&path, text, loaded) {
        Ok(Saved::Done { version }) => {
            state.note_disk(&path, text, version.clone());
            http::json(200, &json!({ "path": files::relative(&state.root, &path), "version": version }))
        }
        Ok(Saved::Stale { disk_text, version }) => http::json(
            409,
            &json!({
                "error": say(lang, "Tệp đã bị thay đổi trên đĩa từ khi mở: chưa lưu.", "The file changed on disk since it was opened: not saved."),
                "disk_text": disk_text, "version": version,
            }),
        ),
        Err(e) => io_error(e),
    }
}

fn checked_path(state: &State, body: &Value, lang: Lang) -> Result<(PathBuf, String), Reply> {
    let (Some(rel), Some(text)) = (str_field(body, "path"), str_field(body, "text")) else {
        return Err(bad(lang, "Thiếu path hoặc text.", "path or text missing."));
    };
    let path = files::resolve(&state.root, rel, false).map_err(|r| refused(r, lang))?;
    Ok((path, text.to_string()))
}

/// `POST /api/check {path, text}`: the diagnostics of the text as typed.
pub fn check(state: &mut State, body: &Value, lang: Lang) -> Reply {
    let (path, text) = match checked_path(state, body, lang) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let Some(checked) = state.check_text(&path, &text, lang) else { return http::json(200, &json!({ "diagnostics": [] })) };
    let list: Vec<Value> = checked.diagnostics.iter().map(|d| diagnostic_json(&state.world, &path, d, lang)).collect();
    http::json(200, &json!({ "diagnostics": list }))
}

/// `POST /api/hover {path, text, line, col}`: what the word at that place names (an agency,
/// unit, role, decision or form), as the language server's hover says it.
pub fn hover(state: &mut State, body: &Value, lang: Lang) -> Reply {
    let (path, text) = match checked_path(state, body, lang) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let at = |k: &str| body.get(k).and_then(Value::as_u64).map(|n| n as usize);
    let (Some(line), Some(col)) = (at("line"), at("col")) else { return bad(lang, "Thiếu line hoặc col.", "line or col missing.") };
    let Some(checked) = state.check_text(&path, &text, lang) else { return http::json(200, &json!({ "text": null })) };
    let Some(file) = state.world.files.get(&path) else { return http::json(200, &json!({ "text": null })) };
    let offset = file.offset_at(line, col);
    let defs = crate::lsp::analysis::definitions(&checked.catalogue, checked.doc);
    let word = crate::lsp::analysis::word_at(&file.text, offset).map(|(_, _, w)| w.to_string());
    let quoted = crate::lsp::analysis::quoted_at(&file.text, offset).map(str::to_string);
    let found = word.and_then(|w| defs.get(&w)).or_else(|| quoted.and_then(|q| defs.get(&q))).map(|(_, _, t)| t.clone());
    http::json(200, &json!({ "text": found }))
}

/// The portal documents of the procedures of `path`'s text, with each one's organisation.
fn documents(state: &mut State, path: &Path, text: &str, lang: Lang) -> Vec<(portal::PortalProcedure, document::Organisation)> {
    let root = state.root.clone();
    let Some(checked) = state.check_text(path, text, lang) else { return Vec::new() };
    let names = |f: FileId| checked.paths.get(f.0 as usize).map(|p| files::relative(&root, p)).unwrap_or_default();
    let cat = &checked.catalogue;
    cat.procedures
        .iter()
        .filter(|p| p.file == checked.doc)
        .map(|p| {
            let org = p
                .agency
                .map(|a| {
                    let ag = cat.agency(a);
                    document::Organisation {
                        parent: ag.syntax.parent.as_ref().map(|s| s.value.clone()),
                        agency: ag.syntax.name.as_ref().map(|s| s.value.clone()),
                    }
                })
                .unwrap_or_default();
            (portal::procedure(cat, p, &names), org)
        })
        .collect()
}

/// `POST /api/preview {path, text}`: the printable document of the text as typed.
pub fn preview(state: &mut State, body: &Value, lang: Lang) -> Reply {
    let (path, text) = match checked_path(state, body, lang) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let docs = documents(state, &path, &text, lang);
    let html = match docs.first() {
        Some((doc, org)) => document::procedure_html(doc, org),
        None => format!(
            "<!DOCTYPE html><html><body><p>{}</p></body></html>",
            say(lang, "Tệp này không có quy trình để xem trước.", "This file has no procedure to preview.")
        ),
    };
    http::reply(200, "text/html; charset=utf-8", html.into_bytes())
}

/// `GET /api/download?path=&format=docx|json`: the saved file's document.
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

pub fn download(state: &mut State, rel: &str, format: &str, lang: Lang) -> Reply {
    let path = match files::resolve(&state.root, rel, true) {
        Ok(p) => p,
        Err(r) => return refused(r, lang),
    };
    let text = match files::read(&path).map(|b| quytrinh_syntax::decode::decode(&b, FileId(0)).ok()) {
        Ok(Some(t)) => t,
        Ok(None) => return bad(lang, "Tệp không phải văn bản UTF-8.", "The file is not UTF-8 text."),
        Err(e) => return io_error(e),
    };
    let docs = documents(state, &path, &text, lang);
    let Some((doc, org)) = docs.first() else {
        return bad(lang, "Tệp này không có quy trình.", "This file has no procedure.");
    };
    let stem = quytrinh_emit::names::file_stem(&doc.code);
    let (bytes, ctype, ext) = match format {
        "docx" => (document::procedure_docx(doc, org), DOCX, "docx"),
        "json" => (portal::to_bytes(doc), "application/json; charset=utf-8", "json"),
        // The one-stop forms, filled with the procedure and left blank where the counter
        // writes by hand (`quytrinh build --emit forms`, without a reception time).
        "receipt" => (document::receipt_docx(doc, org, None), DOCX, "receipt.docx"),
        "control" => (document::control_sheet_docx(doc, org, None), DOCX, "control.docx"),
        _ => return bad(lang, "Định dạng phải là docx, json, receipt hoặc control.", "The format must be docx, json, receipt or control."),
    };
    let ext = match ext {
        "receipt.docx" => format!("{}.docx", document::OneStopForm::Receipt.id(doc)),
        "control.docx" => format!("{}.docx", document::OneStopForm::ControlSheet.id(doc)),
        other => other.to_string(),
    };
    let resp = http::reply(200, ctype, bytes);
    http::with_header(resp, "Content-Disposition", &format!("attachment; filename=\"{stem}.{ext}\""))
}

/// `POST /api/new {code, tthc, name, statutory}`: a new procedure from `new`'s skeleton.
pub fn new_procedure(state: &mut State, body: &Value, lang: Lang) -> Reply {
    let field = |k: &str| str_field(body, k).map(str::trim).filter(|s| !s.is_empty());
    let (Some(code), Some(tthc), Some(name)) = (field("code"), field("tthc"), field("name")) else {
        return bad(lang, "Cần mã quy trình, mã TTHC và tên.", "The procedure code, TTHC code and name are needed.");
    };
    let statutory = body.get("statutory").and_then(Value::as_f64).filter(|d| d.is_finite() && *d > 0.0 && *d <= 3650.0);
    let Some(statutory) = statutory else {
        return bad(
            lang,
            "Thời hạn luật định phải là số ngày làm việc lớn hơn 0.",
            "The statutory time must be a number of working days above 0.",
        );
    };
    let stem = quytrinh_emit::names::file_stem(code).to_lowercase();
    let rel = format!("{stem}.qtr");
    let path = match files::resolve(&state.root, &rel, false) {
        Ok(p) => p,
        Err(r) => return refused(r, lang),
    };
    let text = crate::commands::scaffold::skeleton(&state.root, code, tthc, name, statutory);
    match files::save(&path, &text, None) {
        Ok(Saved::Done { version }) => {
            state.note_disk(&path, &text, version.clone());
            http::json(200, &json!({ "path": rel, "text": text, "version": version }))
        }
        Ok(Saved::Stale { .. }) => http::json(
            409,
            &json!({ "error": say(lang, &format!("{rel} đã có; không ghi đè."), &format!("{rel} exists; not overwritten.")) }),
        ),
        Err(e) => io_error(e),
    }
}

/// `GET /api/explain?code=`: the page `quytrinh explain CODE` prints, as plain text for
/// the editor's hover (its Markdown marks would show as they are).
pub fn explain(code: &str, lang: Lang) -> Reply {
    match crate::render::codes::page(code, lang) {
        Some(page) => http::text(200, &plain_text(&page)),
        None => http::text(404, &say(lang, "Không có mã này.", "No such code.")),
    }
}

/// `GET /api/keywords`: every keyword spelling, English and Vietnamese, from the one table
/// the parser uses, longest first (for the editor's highlighting and completion).
pub fn keywords() -> Reply {
    use quytrinh_syntax::keywords::Keyword;
    let mut v: Vec<&'static str> = Keyword::ALL.iter().flat_map(|k| k.en_forms().iter().chain(k.vi_forms()).copied()).collect();
    v.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    v.dedup();
    let docs: Vec<Value> = Keyword::ALL
        .iter()
        .map(|k| {
            let (vi, en) = k.doc();
            json!({ "en": k.en_forms(), "vi": k.vi_forms(), "doc_vi": vi, "doc_en": en })
        })
        .collect();
    http::json(200, &json!({ "keywords": v, "docs": docs }))
}

/// A Markdown page as plain text: headings without `#`, a property table as `name: value`
/// lines, code blocks without their fences, inline code without backticks.
fn plain_text(md: &str) -> String {
    let mut out = String::new();
    // Where the last table row starts in `out`: a separator line after it makes it the
    // table's header, which goes.
    let mut last_row: Option<usize> = None;
    for line in md.lines() {
        let t = line.trim();
        if t.starts_with("```") {
            continue;
        }
        if let Some(cells) = t.strip_prefix('|').and_then(|r| r.strip_suffix('|')) {
            let cells: Vec<&str> = cells.split('|').map(str::trim).collect();
            if cells.iter().all(|c| !c.is_empty() && c.chars().all(|ch| ch == '-' || ch == ':')) {
                if let Some(at) = last_row.take() {
                    out.truncate(at);
                }
                continue;
            }
            last_row = Some(out.len());
            out.push_str(&cells.join(": ").replace('`', ""));
            out.push('\n');
            continue;
        }
        last_row = None;
        let text = if t.starts_with('#') { t.trim_start_matches('#').trim() } else { line };
        out.push_str(&text.replace('`', ""));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod plain_text_tests {
    #[test]
    fn markdown_marks_go_and_the_words_stay() {
        let md = "# QM001 unknown-reference\n\nKhông tìm thấy\n\n| Thuộc tính | |\n|---|---|\n| Mã | `QM001` |\n| Mức | error |\n\n## Ví dụ sai\n\n```qtr\n  by cv_mcc 2h\n```\n";
        let text = super::plain_text(md);
        assert_eq!(text, "QM001 unknown-reference\n\nKhông tìm thấy\n\nMã: QM001\nMức: error\n\nVí dụ sai\n\n  by cv_mcc 2h\n");
    }
}
