//! What changed between two versions of a catalogue, in an officer's words: per procedure,
//! the steps added, removed, re-timed, re-assigned or reworded, the forms, the legal basis,
//! the statutory time; and the list an amending decision needs — procedures new, amended
//! and abolished. Compared on the portal contract, the stable form of a procedure.
//!
//! The JSON is its own versioned contract (`format_version`, additive = minor).

mod annex;
mod compare;
mod text;

use serde::Serialize;

pub use annex::diff_annex_html;
pub use compare::compare;
pub use text::diff_text;

/// The version of the diff JSON.
pub const FORMAT_VERSION: &str = "1.0";

/// Everything that changed between two catalogues.
#[derive(Debug, Clone, Serialize)]
pub struct CatalogueDiff {
    pub format_version: &'static str,
    pub kind: &'static str,
    /// Procedures only in the new catalogue (to be issued).
    pub new: Vec<ProcedureLine>,
    /// Procedures in both that changed, with what changed.
    pub amended: Vec<ProcedureChanges>,
    /// Procedures only in the old catalogue (to be abolished).
    pub abolished: Vec<ProcedureLine>,
    /// Procedures in both, unchanged.
    pub unchanged: usize,
}

/// A procedure as an amending decision lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProcedureLine {
    pub code: String,
    pub tthc_code: Option<String>,
    pub name: Option<String>,
    pub field: Option<String>,
}

/// One amended procedure: its line and its changes, in document order.
#[derive(Debug, Clone, Serialize)]
pub struct ProcedureChanges {
    pub procedure: ProcedureLine,
    pub changes: Vec<Change>,
}

/// One change: where it is in the ISO document ("Mục sửa đổi") and what it is ("Nội dung
/// sửa đổi"), in both languages, with a stable kind for machines.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub kind: &'static str,
    pub section_vi: &'static str,
    pub section_en: &'static str,
    pub vi: String,
    pub en: String,
}

impl CatalogueDiff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.new.is_empty() && self.amended.is_empty() && self.abolished.is_empty()
    }

    /// The revision-table rows of one amended procedure: (Mục sửa đổi, Nội dung sửa đổi),
    /// one row per section, its changes joined.
    pub fn revision_rows(changes: &[Change]) -> Vec<(String, String)> {
        let mut rows: Vec<(String, String)> = Vec::new();
        for c in changes {
            match rows.last_mut() {
                Some((section, text)) if section == c.section_vi => {
                    text.push_str("; ");
                    text.push_str(&c.vi);
                }
                _ => rows.push((c.section_vi.to_string(), c.vi.clone())),
            }
        }
        rows
    }
}
