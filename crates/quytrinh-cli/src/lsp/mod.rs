//! `quytrinh lsp`: a language server over stdio. Diagnostics as you type (aware of the
//! agency file and the catalogue's decisions), hover, completion, go to definition,
//! document symbols and formatting. Positions are UTF-16, as LSP requires.

pub mod analysis;
mod server;
mod transport;
mod uri;

pub use server::{run, serve};
