//! Safe file names for outputs: derived from procedure codes, never able to leave the
//! output folder.

use std::path::{Component, Path, PathBuf};

/// Whether Windows reserves this file name (`CON`, `lpt1.x`).
pub use quytrinh_model::file_names::is_windows_device_name as is_windows_reserved;

/// The file stem of a procedure's outputs: [`file_stem`] of its code, with `procedure-` in
/// front when it would take a name reserved for the other outputs (`catalogue`, or one
/// starting with `annex-`), so that no code can replace the catalogue or an annex.
pub fn procedure_stem(code: &str) -> String {
    let stem = file_stem(code);
    let lower = stem.to_ascii_lowercase();
    if lower == "catalogue" || lower.starts_with("catalogue.") || lower.starts_with("annex-") {
        format!("procedure-{stem}")
    } else {
        stem
    }
}

/// The file stem of a decision's annex: `annex-` and [`file_stem`] of its number.
pub fn annex_stem(number: &str) -> String {
    format!("annex-{}", file_stem(number))
}

/// A file name (no folder) from a procedure code: ASCII letters, digits, `-`, `_`, `.`;
/// Vietnamese letters lose their marks; anything else becomes `_`. Never empty, never
/// hidden, never `.` or `..`, never a name Windows reserves (`CON` becomes `CON_`), at
/// most 100 characters.
pub fn file_stem(code: &str) -> String {
    let mut out = String::new();
    for c in quytrinh_syntax::decode::nfc(code).chars() {
        let base = fold_char(c);
        if base.is_ascii_alphanumeric() || base == '-' || base == '_' || base == '.' {
            out.push(base);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let trimmed: String = out.trim_start_matches(['.', '-', '_']).trim_end_matches(['.', '_']).chars().take(100).collect();
    if trimmed.is_empty() {
        "procedure".to_string()
    } else if is_windows_reserved(&trimmed) {
        match trimmed.split_once('.') {
            Some((base, rest)) => format!("{base}_.{rest}"),
            None => format!("{trimmed}_"),
        }
    } else {
        trimmed
    }
}

/// The letter without its diacritics (`ế` → `e`, `Ố` → `O`), or the character itself.
fn fold_char(c: char) -> char {
    let folded = quytrinh_syntax::suggest::fold(&c.to_string()).chars().next().unwrap_or(c);
    if c.is_uppercase() {
        folded.to_ascii_uppercase()
    } else {
        folded
    }
}

/// A relative path of normal components only (no root, no `..`), or `None`.
pub fn safe_relative(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    if p.components().all(|c| matches!(c, Component::Normal(_))) && p.components().next().is_some() {
        Some(p.to_path_buf())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_become_safe_names() {
        assert_eq!(file_stem("QT-CGCN-01"), "QT-CGCN-01");
        assert_eq!(file_stem("QT-ĐLCL-02"), "QT-DLCL-02");
        assert_eq!(file_stem("../../etc/passwd"), "etc_passwd");
        assert_eq!(file_stem("/abs/path"), "abs_path");
        assert_eq!(file_stem(".."), "procedure");
        assert_eq!(file_stem("a\\b:c"), "a_b_c");
        assert_eq!(file_stem(""), "procedure");
        assert_eq!(file_stem(&"x".repeat(500)).len(), 100);
        assert_eq!(file_stem("CON"), "CON_");
        assert_eq!(file_stem("lpt1.01"), "lpt1_.01");
        assert_eq!(file_stem("Com9"), "Com9_");
        assert_eq!(file_stem("COM10"), "COM10");
        assert_eq!(file_stem("CONSOLE"), "CONSOLE");
    }

    #[test]
    fn procedures_cannot_take_the_names_of_other_outputs() {
        assert_eq!(procedure_stem("annex-550_QD-UBND"), "procedure-annex-550_QD-UBND");
        assert_eq!(procedure_stem("ANNEX-1"), "procedure-ANNEX-1");
        assert_eq!(procedure_stem("Catalogue"), "procedure-Catalogue");
        assert_eq!(procedure_stem("QT-01"), "QT-01");
        assert_eq!(annex_stem("550/QĐ-UBND"), "annex-550_QD-UBND");
    }

    #[test]
    fn only_plain_relative_paths_are_safe() {
        assert!(safe_relative("a/b.qtr").is_some());
        assert!(safe_relative("../b.qtr").is_none());
        assert!(safe_relative("/etc/b.qtr").is_none());
        assert!(safe_relative("a/../../b.qtr").is_none());
        assert!(safe_relative("").is_none());
    }
}
