//! Reading, decoding and parsing every file of a catalogue, in parallel.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use quytrinh_diagnostics::{Diagnostic, FileId, Span, Text};
use quytrinh_model::ParsedFile;
use quytrinh_syntax::decode::{decode_owned, MAX_SOURCE_BYTES};
use quytrinh_syntax::{codes, SourceFile};
use rayon::prelude::*;

/// One file after loading: its display name, the text diagnostics point into (empty when
/// it could not be decoded), its AST and its diagnostics.
pub struct LoadedFile {
    pub parsed: ParsedFile,
    pub diagnostics: Vec<Diagnostic>,
    /// An I/O failure (not a content problem): makes the run exit 2.
    pub io_failed: bool,
}

/// Read and parse every file in parallel. A progress bar shows on stderr for long runs when
/// stderr is a terminal; CI logs stay clean.
pub fn load_all(paths: &[PathBuf]) -> Vec<LoadedFile> {
    let bar = progress_bar(paths.len());
    let files = paths
        .par_iter()
        .enumerate()
        .map(|(i, p)| {
            let f = load_one(p, FileId(i as u32));
            if let Some(b) = &bar {
                b.inc(1);
            }
            f
        })
        .collect();
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    files
}

/// A progress bar on stderr for runs over [`PROGRESS_FROM`] files, when stderr is a terminal.
pub fn progress_bar(files: usize) -> Option<indicatif::ProgressBar> {
    if files < PROGRESS_FROM || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(files as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}") {
        bar.set_style(style);
    }
    bar.set_message(".qtr");
    Some(bar)
}

/// Runs over this many files show a progress bar (on a terminal).
const PROGRESS_FROM: usize = 200;

fn load_one(path: &PathBuf, file: FileId) -> LoadedFile {
    let name = path.to_string_lossy().into_owned();
    match read_source(path, file) {
        Ok(text) => {
            let (source, diagnostics) = quytrinh_syntax::parse_string(text, file);
            LoadedFile { parsed: ParsedFile::new(name, source), diagnostics, io_failed: false }
        }
        Err(f) => {
            LoadedFile { parsed: ParsedFile::new(name, SourceFile::default()), diagnostics: vec![f.diagnostic], io_failed: f.io_failed }
        }
    }
}

/// Why a file could not be read as `.qtr` text.
pub struct ReadFailure {
    pub diagnostic: Diagnostic,
    /// An I/O failure (not a content problem): makes the run exit 2.
    pub io_failed: bool,
}

/// Read and decode one file: size cap, encoding detection, NFC.
#[allow(clippy::result_large_err)] // once per file; boxing would only add noise
pub fn read_source(path: &PathBuf, file: FileId) -> Result<String, ReadFailure> {
    let bytes = match read_capped(path) {
        Ok(Ok(b)) => b,
        Ok(Err(size)) => return Err(ReadFailure { diagnostic: quytrinh_syntax::decode::too_large(file, size), io_failed: false }),
        Err(e) => {
            return Err(ReadFailure {
                diagnostic: Diagnostic::error(
                    codes::UNREADABLE,
                    Span::new(file, 0, 0),
                    Text::new(format!("Không đọc được tệp: {e}"), format!("Cannot read the file: {e}")),
                )
                .with_help(Text::new("Kiểm tra quyền đọc tệp và đường dẫn.", "Check the path and that the file is readable.")),
                io_failed: true,
            })
        }
    };
    decode_owned(bytes, file).map_err(|d| ReadFailure { diagnostic: d, io_failed: false })
}

/// Read at most one byte past the limit, so that a huge file costs no memory; a file
/// over the limit gives its size (from the metadata when it can be had).
fn read_capped(path: &PathBuf) -> std::io::Result<Result<Vec<u8>, u64>> {
    let mut f = std::fs::File::open(path)?;
    // Room for a typical procedure, so most files take one read (plus the one that sees
    // the end); the size is asked for only when the file turns out too large.
    let mut buf = Vec::with_capacity(16 * 1024);
    (&mut f).take(MAX_SOURCE_BYTES as u64 + 1).read_to_end(&mut buf)?;
    if buf.len() > MAX_SOURCE_BYTES {
        let size = f.metadata().map(|m| m.len()).unwrap_or(0);
        return Ok(Err(size.max(buf.len() as u64)));
    }
    Ok(Ok(buf))
}
