//! Reading one file of a catalogue: size cap, decoding, NFC; and the progress bar of long runs.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use quytrinh_diagnostics::{Diagnostic, FileId, Span, Text};
use quytrinh_syntax::codes;
use quytrinh_syntax::decode::{decode_owned, MAX_SOURCE_BYTES};

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
