//! The one diagnostic type shared by every layer of quytrinh.
//!
//! A [`Diagnostic`] carries a stable code, a severity, a primary [`Span`] in a file,
//! optional extra labels (possibly in other files) and its message and help text in
//! Vietnamese and English ([`Text`]). Nothing here knows how diagnostics are rendered:
//! that is the CLI's job. A code that is not a checker rule is documented by a
//! [`CodeDoc`], rendered by [`page`].

mod code;
mod diagnostic;
pub mod fix;
mod lang;
mod page;
mod span;

pub use code::{bi, Bi, Code, CodeDoc, Example, Sample};
pub use diagnostic::{Diagnostic, Label, Severity};
pub use fix::{Applicability, Edit, Fix};
pub use lang::{Lang, Text};
pub use page::page;
pub use span::{FileId, Span};
