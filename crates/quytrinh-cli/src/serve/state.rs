//! What the workbench holds between requests: the catalogue as the language server sees it
//! (files parsed once, re-parsed when they change) and each procedure file's line of the
//! catalogue view, kept until its text changes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use quytrinh_diagnostics::{Diagnostic, FileId, Lang, Severity};
use serde_json::{json, Value};

use crate::lsp::analysis::{Checked, World};

pub struct State {
    /// The catalogue folder, canonical: every path served must start with it.
    pub root: PathBuf,
    pub world: World,
    /// Version of each file as last read from disk.
    disk: HashMap<PathBuf, String>,
    /// Catalogue-view rows of a file, by the version of the text they were made from.
    rows: HashMap<PathBuf, (String, Vec<Value>)>,
}

impl State {
    pub fn new(root: PathBuf) -> Self {
        let mut s = State { root, world: World::default(), disk: HashMap::new(), rows: HashMap::new() };
        s.refresh();
        s
    }

    /// Read again the files that changed on disk (another editor, `git pull`), add new
    /// ones, forget removed ones. The configuration is read again too.
    pub fn refresh(&mut self) {
        let Ok((paths, _)) = crate::walk::find_files(std::slice::from_ref(&self.root)) else { return };
        let mut seen = std::collections::HashSet::new();
        for p in paths {
            let Ok(real) = std::fs::canonicalize(&p) else { continue };
            if !real.starts_with(&self.root) {
                continue;
            }
            let Ok(bytes) = super::files::read(&real) else { continue };
            let v = super::files::version(&bytes);
            seen.insert(real.clone());
            if self.disk.get(&real) == Some(&v) {
                continue;
            }
            if let Ok(text) = quytrinh_syntax::decode::decode(&bytes, FileId(0)) {
                self.world.set(real.clone(), text);
            }
            self.disk.insert(real, v);
        }
        self.world.files.retain(|p, _| seen.contains(p));
        self.disk.retain(|p, _| seen.contains(p));
        self.rows.retain(|p, _| seen.contains(p));
        if let Ok(c) = crate::config::load(None, std::slice::from_ref(&self.root), FileId(0)) {
            self.world.config = c.config;
        }
    }

    /// Note the disk version of a file the workbench just read or wrote.
    pub fn note_disk(&mut self, path: &Path, text: &str, version: String) {
        self.world.set(path.to_path_buf(), text.to_string());
        self.disk.insert(path.to_path_buf(), version);
    }

    /// Check `text` as the text of `path` (typed, not saved), in `lang`.
    pub fn check_text(&mut self, path: &Path, text: &str, lang: Lang) -> Option<Checked> {
        self.world.lang = lang;
        let same = self.world.files.get(path).is_some_and(|f| f.text == text);
        if !same {
            self.world.set(path.to_path_buf(), text.to_string());
        }
        self.world.check(path)
    }

    /// One row per procedure of the catalogue (agency and decision files have none).
    pub fn catalogue(&mut self, lang: Lang) -> Vec<Value> {
        self.refresh();
        let paths: Vec<PathBuf> = self.world.files.iter().filter(|(_, f)| !f.shared).map(|(p, _)| p.clone()).collect();
        let mut out = Vec::new();
        for path in paths {
            let path: PathBuf = path;
            let Some(text) = self.world.files.get(&path).map(|f| f.text.clone()) else { continue };
            let key = format!("{}-{lang:?}", super::files::version(text.as_bytes()));
            if let Some((k, rows)) = self.rows.get(&path) {
                if *k == key {
                    out.extend(rows.iter().cloned());
                    continue;
                }
            }
            let rows = self.rows_of(&path, lang);
            out.extend(rows.iter().cloned());
            self.rows.insert(path, (key, rows));
        }
        out
    }

    fn rows_of(&mut self, path: &Path, lang: Lang) -> Vec<Value> {
        self.world.lang = lang;
        let rel = super::files::relative(&self.root, path);
        let Some(checked) = self.world.check(path) else { return Vec::new() };
        let errors = checked.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        let warnings = checked.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count();
        // The checked catalogue holds the shared files and this one: only its procedures.
        let rows = quytrinh_emit::report::rows(&checked.catalogue);
        if rows.is_empty() {
            return vec![json!({ "path": rel, "code": null, "errors": errors, "warnings": warnings })];
        }
        rows.into_iter()
            .map(|r| {
                json!({
                    "path": rel, "code": r.code, "tthc": r.tthc_code, "name": r.name, "field": r.field,
                    "decision": r.decision, "statutory_days": r.statutory_days, "statutory_unit": r.statutory_unit,
                    "internal_days": r.internal_days, "cut_days": r.cut_days, "cut_percent": r.cut_percent,
                    "errors": errors, "warnings": warnings,
                })
            })
            .collect()
    }
}

/// A diagnostic as the page shows it: lines from 0, columns in UTF-16 code units (what the
/// editor counts in), message and help in the page's language.
pub fn diagnostic_json(world: &World, path: &Path, d: &Diagnostic, lang: Lang) -> Value {
    let file = world.files.get(path);
    let pos = |offset: u32, end: bool| file.map(|f| f.position(offset as usize, end)).unwrap_or((0, 0));
    let (l1, c1) = pos(d.span.start, false);
    let (l2, c2) = pos(d.span.end, true);
    // The fix, when all its edits are in this document: the editor offers it as a button.
    let fix = d.fix.as_ref().filter(|f| f.edits.iter().all(|e| e.span.file == d.span.file)).map(|f| {
        let edits: Vec<Value> = f
            .edits
            .iter()
            .map(|e| {
                let (a, b) = (pos(e.span.start, false), pos(e.span.end, true));
                json!({ "from": { "line": a.0, "col": a.1 }, "to": { "line": b.0, "col": b.1 }, "text": e.replacement })
            })
            .collect();
        json!({ "title": f.title.get(lang), "safe": f.applicability == quytrinh_diagnostics::Applicability::Safe, "edits": edits })
    });
    json!({
        "from": { "line": l1, "col": c1 }, "to": { "line": l2, "col": c2 },
        "severity": d.severity.as_str(), "code": d.code.0,
        "message": d.message.get(lang), "help": d.help.get(lang),
        "fix": fix,
    })
}
