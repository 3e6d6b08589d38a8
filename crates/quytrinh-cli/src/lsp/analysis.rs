//! What the language server knows: the catalogue's files (from disk, or as open in the
//! editor), parsed once and re-parsed only when they change; and, for one document, its
//! diagnostics, the words at a position, completions and definitions.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use quytrinh_diagnostics::{Diagnostic, FileId, Lang};
use quytrinh_model::{lower, Catalogue, LowerOptions, ParsedFile};
use quytrinh_syntax::ast::Item;
use quytrinh_syntax::origin::Origin;
use quytrinh_syntax::{LineIndex, SourceFile};

/// One file: its text and, once parsed, its AST and syntax diagnostics.
pub struct FileState {
    /// The NFC text every span indexes.
    pub text: String,
    pub lines: LineIndex,
    pub parsed: SourceFile,
    pub syntax: Vec<Diagnostic>,
    /// Whether it holds an agency or a decision (the shared part every procedure needs).
    pub shared: bool,
    /// The text as the editor has it, when NFC changed it (text pasted from Word is often
    /// decomposed): LSP positions count in that text.
    written: Option<(Origin, LineIndex)>,
}

impl FileState {
    pub fn new(text: String) -> Self {
        let (text, origin) = Origin::normalise(text, 0);
        let written = origin.and_then(|o| {
            let lines = LineIndex::new(o.written()?);
            Some((o, lines))
        });
        let (parsed, syntax) = quytrinh_syntax::parse(&text, FileId(0));
        let shared = parsed.items.iter().any(|i| matches!(i, Item::Agency(_) | Item::Decision(_)));
        FileState { lines: LineIndex::new(&text), text, parsed, syntax, shared, written }
    }

    /// The LSP position (0-based line, UTF-16 column) of an offset of the NFC text, in the
    /// text as the editor has it.
    pub fn position(&self, offset: usize, is_end: bool) -> (usize, usize) {
        let lc = match &self.written {
            Some((o, lines)) => lines.line_col(o.written().unwrap_or(""), o.to_written(offset, is_end)),
            None => self.lines.line_col(&self.text, offset),
        };
        (lc.line - 1, lc.utf16_column)
    }

    /// The offset in the NFC text of an LSP position in the editor's text.
    pub fn offset_at(&self, line: usize, utf16_column: usize) -> usize {
        match &self.written {
            Some((o, lines)) => o.to_nfc(lines.offset_of_utf16(o.written().unwrap_or(""), line, utf16_column), false),
            None => self.lines.offset_of_utf16(&self.text, line, utf16_column),
        }
    }
}

#[derive(Default)]
pub struct World {
    pub files: BTreeMap<PathBuf, FileState>,
    pub lang: Lang,
    pub config: quytrinh_check::Config,
}

/// A document checked against the shared files of its catalogue.
pub struct Checked {
    pub catalogue: Catalogue,
    /// FileId(i) ↔ this path.
    pub paths: Vec<PathBuf>,
    /// Diagnostics of the document (FileId of the document is `doc`).
    pub diagnostics: Vec<Diagnostic>,
    pub doc: FileId,
}

impl World {
    /// Load every `.qtr` file under `root` (not following symlink loops; errors ignored:
    /// `check` reports them).
    pub fn load_folder(&mut self, root: &Path) {
        if let Ok((paths, _)) = crate::walk::find_files(&[root.to_path_buf()]) {
            for p in paths {
                if let Ok(Ok(bytes)) = crate::load::read_regular_file(&p, quytrinh_syntax::decode::MAX_SOURCE_BYTES) {
                    if let Ok(text) = quytrinh_syntax::decode::decode(&bytes, FileId(0)) {
                        let key = std::fs::canonicalize(&p).unwrap_or(p);
                        self.files.insert(key, FileState::new(text));
                    }
                }
            }
            let cfg = crate::config::load(None, &[root.to_path_buf()], FileId(0));
            if let Ok(c) = cfg {
                self.config = c.config;
            }
        }
    }

    pub fn set(&mut self, path: PathBuf, text: String) {
        self.files.insert(path, FileState::new(text));
    }

    /// Check one document with the shared files (agencies, decisions) of the catalogue.
    /// Other procedures are not lowered: they matter only for duplicate codes, which
    /// `quytrinh check` reports; this keeps a re-check fast on a large catalogue.
    pub fn check(&self, path: &Path) -> Option<Checked> {
        let doc = self.files.get(path)?;
        let mut paths: Vec<PathBuf> = self.files.iter().filter(|(p, f)| f.shared && p.as_path() != path).map(|(p, _)| p.clone()).collect();
        paths.push(path.to_path_buf());
        let doc_id = FileId((paths.len() - 1) as u32);
        let parsed: Vec<ParsedFile> = paths
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let f = &self.files[p];
                // Reparse with the right FileId (spans carry it); cheap next to an edit.
                let (source, _) = quytrinh_syntax::parse(&f.text, FileId(i as u32));
                ParsedFile { name: p.to_string_lossy().into_owned(), lines: f.lines.clone(), source }
            })
            .collect();
        let (catalogue, model) = lower(parsed, LowerOptions { default_regime: self.config.regime });
        let mut diagnostics: Vec<Diagnostic> = doc
            .syntax
            .iter()
            .cloned()
            .map(|mut d| {
                d.span.file = doc_id;
                for l in &mut d.labels {
                    l.span.file = doc_id;
                }
                d
            })
            .collect();
        diagnostics.extend(model.into_iter().filter(|d| d.span.file == doc_id));
        diagnostics.extend(quytrinh_check::run(&catalogue, &self.config).into_iter().filter(|d| d.span.file == doc_id));
        diagnostics.extend(self.duplicates_elsewhere(path, doc, doc_id));
        if self.lang == Lang::Vi {
            crate::render::speak_the_files_keywords(&mut diagnostics, &|f| catalogue.file(FileId(f)).and_then(|i| i.keyword_lang));
        }
        Some(Checked { catalogue, paths, diagnostics, doc: doc_id })
    }
}

impl World {
    /// The document's procedure codes and TTHC codes that other files of the catalogue use
    /// too (the other procedures are not lowered, but their codes are known).
    fn duplicates_elsewhere(&self, path: &Path, doc: &FileState, doc_id: FileId) -> Vec<Diagnostic> {
        use quytrinh_diagnostics::{Span, Text};
        let mut out = Vec::new();
        for item in &doc.parsed.items {
            let Item::Procedure(p) = item else { continue };
            for (other_path, other) in self.files.iter().filter(|(op, _)| op.as_path() != path) {
                for oi in &other.parsed.items {
                    let Item::Procedure(q) = oi else { continue };
                    let elsewhere = other_path.display();
                    if q.code.value == p.code.value {
                        let span = Span::new(doc_id, p.code.span.start(), p.code.span.end());
                        out.push(
                            Diagnostic::error(
                                quytrinh_model::codes::DUPLICATE_PROCEDURE,
                                span,
                                Text::new(
                                    format!("Mã quy trình `{}` đã được dùng trong {elsewhere}", p.code.value),
                                    format!("The procedure code `{}` is already used in {elsewhere}", p.code.value),
                                ),
                            )
                            .with_help(Text::new("Mỗi quy trình cần một mã riêng.", "Each procedure needs its own code.")),
                        );
                    }
                    if let (Some(a), Some(b)) = (&p.tthc, &q.tthc) {
                        if a.value == b.value {
                            let span = Span::new(doc_id, a.span.start(), a.span.end());
                            out.push(Diagnostic::warning(
                                quytrinh_model::codes::DUPLICATE_TTHC,
                                span,
                                Text::new(
                                    format!("Thủ tục `{}` đã có quy trình `{}` ({elsewhere})", a.value, q.code.value),
                                    format!("TTHC `{}` already has the procedure `{}` ({elsewhere})", a.value, q.code.value),
                                ),
                            ));
                        }
                    }
                }
            }
        }
        out
    }
}

/// The word (identifier or keyword) at a byte offset, with its byte range.
pub fn word_at(text: &str, offset: usize) -> Option<(usize, usize, &str)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let offset = offset.min(text.len());
    let mut start = offset;
    while start > 0 {
        let prev = text[..start].chars().next_back()?;
        if !is_word(prev) {
            break;
        }
        start -= prev.len_utf8();
    }
    let mut end = offset;
    while end < text.len() {
        let next = text[end..].chars().next()?;
        if !is_word(next) {
            break;
        }
        end += next.len_utf8();
    }
    (start < end).then(|| (start, end, &text[start..end]))
}

/// The quoted text at a byte offset (for decision numbers), without its quotes.
pub fn quoted_at(text: &str, offset: usize) -> Option<&str> {
    let line_start = text[..offset.min(text.len())].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_end = text[offset.min(text.len())..].find('\n').map(|i| offset + i).unwrap_or(text.len());
    let line = &text[line_start..line_end];
    let rel = offset - line_start;
    let quotes: Vec<usize> = line.match_indices('"').map(|(i, _)| i).collect();
    quotes.chunks(2).find(|q| q.len() == 2 && q[0] < rel && rel <= q[1]).map(|q| &line[q[0] + 1..q[1]])
}

/// Definitions the editor can jump to: ids of agencies, units, roles, decisions, forms.
pub fn definitions(cat: &Catalogue, doc: FileId) -> HashMap<String, (FileId, quytrinh_diagnostics::Span, String)> {
    let mut m = HashMap::new();
    for a in cat.agencies() {
        m.insert(
            a.id.clone(),
            (a.file, a.syntax.id.span, format!("Cơ quan / agency: {}", a.syntax.name.as_ref().map(|s| s.value.as_str()).unwrap_or(""))),
        );
        for (u, ast) in a.units.iter().zip(&a.syntax.units) {
            let one_stop = if u.one_stop { " — Bộ phận Một cửa / one-stop unit" } else { "" };
            m.insert(u.id.clone(), (a.file, ast.id.span, format!("Đơn vị / unit: {}{one_stop}", u.name)));
        }
        for (r, ast) in a.roles.iter().zip(&a.syntax.roles) {
            let unit = r.unit.map(|i| format!(" ({})", a.units[i].name)).unwrap_or_default();
            let signs = if r.signs { " — có thẩm quyền ký / signs" } else { "" };
            m.insert(r.id.clone(), (a.file, ast.id.span, format!("Chức danh / role: {}{unit}{signs}", r.name)));
        }
    }
    for d in cat.decisions() {
        let s = &d.syntax;
        let text = format!(
            "Quyết định / decision {} ngày {} — {}",
            s.number.value,
            s.date.map(|x| x.date.to_string()).unwrap_or_default(),
            s.title.as_ref().map(|t| t.value.as_str()).unwrap_or("")
        );
        m.insert(s.number.value.clone(), (d.file, s.number.span, text));
    }
    for p in cat.procedures.iter().filter(|p| p.file == doc) {
        for def in p.syntax.forms.iter().flat_map(|f| f.defs.iter()) {
            m.insert(
                def.id.name.clone(),
                (p.file, def.id.span, format!("Biểu mẫu / form: {}", def.name.as_ref().map(|n| n.value.as_str()).unwrap_or(""))),
            );
        }
    }
    m
}
