//! Safe file names for outputs: derived from procedure codes, never able to leave the
//! output folder.

use std::path::{Component, Path, PathBuf};

/// A file name (no folder) from a procedure code: ASCII letters, digits, `-`, `_`, `.`;
/// Vietnamese letters lose their marks; anything else becomes `_`. Never empty, never
/// hidden, never `.` or `..`, at most 100 characters.
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
