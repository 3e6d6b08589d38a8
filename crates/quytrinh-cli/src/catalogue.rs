//! Loading a whole catalogue from paths: walk, read, parse, lower.

use std::path::PathBuf;

use quytrinh_diagnostics::{Diagnostic, FileId, Span, Text};
use quytrinh_model::{lower, Catalogue, LowerOptions};

use quytrinh_syntax::codes;

use crate::load::{load_all, LoadedFile};
use crate::walk::find_files;

/// A whole catalogue in memory, for the commands that need every procedure at once.
pub struct Loaded {
    pub catalogue: Catalogue,
    pub diagnostics: Vec<Diagnostic>,
    pub io_failed: bool,
    pub config: quytrinh_check::Config,
}

/// Walk, read and parse `paths`, then lower them into one catalogue under the
/// configuration (explicit `--config`, or the nearest `quytrinh.toml`).
pub fn load_catalogue(paths: &[PathBuf], config_path: Option<&std::path::Path>) -> Result<Loaded, String> {
    let (files, problems) = find_files(paths)?;
    let cfg = crate::config::load(config_path, paths, FileId(files.len() as u32))?;
    let options = LowerOptions { default_regime: cfg.config.regime() };
    let loaded: Vec<LoadedFile> = load_all(&files);
    let mut diagnostics = Vec::new();
    let mut io_failed = false;
    let mut names = Vec::with_capacity(loaded.len());
    let mut texts = Vec::with_capacity(loaded.len());
    let mut parsed = Vec::with_capacity(loaded.len());
    for mut f in loaded {
        io_failed |= f.io_failed;
        diagnostics.extend(f.diagnostics);
        names.push(f.parsed.name.clone());
        // The model needs only the line index; the text moves here, for rendering.
        texts.push(std::mem::take(&mut f.parsed.source.text));
        parsed.push(f.parsed);
    }
    // The configuration file, when there is one, comes right after the .qtr files.
    if let Some((name, text)) = cfg.file {
        names.push(name);
        texts.push(text);
    }
    diagnostics.extend(cfg.diagnostics);
    // Walk problems are reported against a pseudo-file of their own (no text to show).
    for p in problems {
        let id = FileId(names.len() as u32);
        names.push(p.path.to_string_lossy().into_owned());
        texts.push(String::new());
        io_failed = true;
        diagnostics.push(Diagnostic::error(codes::UNREADABLE, Span::new(id, 0, 0), Text::new(p.message_vi, p.message_en)));
    }
    if names.is_empty() {
        diagnostics.push(
            Diagnostic::error(codes::NO_FILES, Span::default(), Text::new("Không tìm thấy tệp .qtr nào", "No .qtr files found")).with_help(
                Text::new(
                    "Chỉ ra thư mục chứa các tệp quy trình, ví dụ `quytrinh check examples/`.",
                    "Point quytrinh at the folder of procedure files, e.g. `quytrinh check examples/`.",
                ),
            ),
        );
        names.push(String::new());
        texts.push(String::new());
    }
    let (catalogue, more) = lower(parsed, options);
    diagnostics.extend(more);
    Ok(Loaded { catalogue, diagnostics, io_failed, config: cfg.config })
}
