//! The `quytrinh` command as a library: the binary (`main.rs`) parses the arguments and
//! calls in here; the fuzz targets drive parts of it (the language server's message loop)
//! in memory. Only this crate reads and writes files, knows about terminals and decides
//! exit codes: 0 clean, 1 problems found, 2 usage or I/O failure.

pub mod args;
pub mod commands;
mod config;
mod english;
mod load;
mod lock;
pub mod lsp;
mod manifest;
mod os_error;
mod render;
mod replace;
mod serve;
mod stream;
mod walk;
mod write;

/// Write to stdout; a closed pipe (`quytrinh rules | head`) is not an error worth a panic.
pub fn emit(text: &str) -> bool {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|_| out.flush()).is_ok()
}
