//! Reading one file of a catalogue: size cap, decoding, NFC; and the progress bar of long runs.

use std::io::{IsTerminal, Read};
use std::path::Path;

use quytrinh_diagnostics::{Diagnostic, FileId, Span, Text};
use quytrinh_syntax::codes;
use quytrinh_syntax::decode::{decode_owned, MAX_SOURCE_BYTES};
use quytrinh_syntax::origin::Origin;

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

/// A file read and decoded: its NFC text, and how positions in it map back to the file as
/// written (when NFC changed it or it starts with a byte-order mark).
pub struct Decoded {
    pub text: String,
    pub origin: Option<Origin>,
}

/// Read and decode one file: size cap, encoding detection, NFC.
#[allow(clippy::result_large_err)] // once per file; boxing would only add noise
pub fn read_source(path: &Path, file: FileId) -> Result<Decoded, ReadFailure> {
    let bytes = match read_capped(path) {
        Ok(Ok(b)) => b,
        Ok(Err(size)) => return Err(ReadFailure { diagnostic: quytrinh_syntax::decode::too_large(file, size), io_failed: false }),
        Err(e) => {
            let (vi, en) = crate::os_error::describe(&e);
            return Err(ReadFailure {
                diagnostic: Diagnostic::error(
                    codes::UNREADABLE,
                    Span::new(file, 0, 0),
                    Text::new(format!("Không đọc được tệp: {vi}"), format!("Cannot read the file: {en}")),
                )
                .with_help(Text::new("Kiểm tra quyền đọc tệp và đường dẫn.", "Check the path and that the file is readable.")),
                io_failed: true,
            });
        }
    };
    let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) { 3 } else { 0 };
    let written = decode_owned(bytes, file).map_err(|d| ReadFailure { diagnostic: d, io_failed: false })?;
    let (text, origin) = Origin::normalise(written, bom);
    Ok(Decoded { text, origin })
}

/// Read at most one byte past the limit, so that a huge file costs no memory; a file
/// over the limit gives its size (from the metadata when it can be had).
fn read_capped(path: &Path) -> std::io::Result<Result<Vec<u8>, u64>> {
    read_regular_file(path, MAX_SOURCE_BYTES)
}

/// Read a regular file of at most `cap` bytes (one byte past it is read to know), or give
/// the size of a larger one. Anything that is not a regular file — a FIFO, a socket, a
/// device — is refused without blocking: opening a FIFO for reading would wait forever for
/// a writer, and anyone who can add a file to a repository could stall CI with one.
pub fn read_regular_file(path: &Path, cap: usize) -> std::io::Result<Result<Vec<u8>, u64>> {
    let f = open_regular(path)?;
    let mut f = f;
    // Room for a typical procedure, so most files take one read (plus the one that sees
    // the end); the size is asked for only when the file turns out too large.
    let mut buf = Vec::with_capacity((16 * 1024).min(cap + 1));
    (&mut f).take(cap as u64 + 1).read_to_end(&mut buf)?;
    if buf.len() > cap {
        let size = f.metadata().map(|m| m.len()).unwrap_or(0);
        return Ok(Err(size.max(buf.len() as u64)));
    }
    Ok(Ok(buf))
}

/// Open `path` for reading only if it is a regular file (after following links).
fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    // Non-blocking open: a FIFO with no writer would otherwise block here. It changes
    // nothing for a regular file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let f = options.open(path)?;
    let kind = f.metadata()?.file_type();
    if !kind.is_file() {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, NotRegular(describe(kind))));
    }
    Ok(f)
}

/// The error of a path that is not a regular file; its text is the kind of file.
#[derive(Debug)]
pub struct NotRegular(pub &'static str);

impl std::fmt::Display for NotRegular {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not a regular file ({})", self.0)
    }
}

impl std::error::Error for NotRegular {}

/// What kind of file this is, in words an officer can look up.
pub fn describe(kind: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "FIFO";
        }
        if kind.is_socket() {
            return "socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "device";
        }
    }
    if kind.is_dir() {
        return "folder";
    }
    "special file"
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// A FIFO is refused at once, not waited on (a reader would block until a writer came).
    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().expect("tmp");
        let fifo = dir.path().join("x.qtr");
        let c = std::ffi::CString::new(fifo.to_string_lossy().as_bytes()).expect("path");
        // SAFETY: a valid NUL-terminated path; mkfifo only creates the node.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        let err = read_regular_file(&fifo, 100).expect_err("refused");
        assert!(err.to_string().contains("FIFO"), "{err}");
        let file = dir.path().join("y.qtr");
        std::fs::write(&file, "abc").expect("write");
        assert_eq!(read_regular_file(&file, 100).expect("reads").expect("small"), b"abc");
        assert_eq!(read_regular_file(&file, 2).expect("reads").expect_err("too large"), 3);
    }
}
