//! The renames file of `quytrinh migrate --map renames.toml`: the names that changed with
//! the 2025 rearrangement (provinces merged, units renamed), written by the officer.
//!
//! ```toml
//! # Text replaced wherever the procedure names a place, a body or a unit (not in legal
//! # citations, decisions or the revision history, which speak of their own time).
//! [names]
//! "tỉnh Hậu Giang" = "thành phố Cần Thơ"
//!
//! # An agency's own name, parent and address, and its units' names, set outright.
//! [agency.sokhcn]
//! name   = "Sở Khoa học và Công nghệ thành phố Cần Thơ"
//! parent = "Ủy ban nhân dân thành phố Cần Thơ"
//! [agency.sokhcn.units]
//! motcua = "Trung tâm Phục vụ hành chính công thành phố Cần Thơ"
//! ```
//!
//! An unknown key, a name that would come back to itself (`A → B`, `B → A`), an empty
//! name or a character that cannot stand in a quoted text is refused, with its place.

use std::collections::BTreeMap;

use quytrinh_diagnostics::{Code, Diagnostic, FileId, Span, Text};
use serde::Deserialize;
use toml::Spanned;

/// The code of a refused renames file.
pub const MAPPING_ERROR: Code = Code("QC904");

/// One replacement of `[names]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rename {
    pub old: String,
    pub new: String,
}

/// What an agency becomes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AgencyRename {
    pub name: Option<String>,
    pub parent: Option<String>,
    pub address: Option<String>,
    /// Unit id → new name.
    pub units: BTreeMap<String, String>,
    /// Where each unit id is written in the renames file, to report one the agency lacks.
    pub unit_spans: BTreeMap<String, Span>,
    pub span: Span,
}

/// The whole renames file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mapping {
    /// Longest first, so that "Ủy ban nhân dân tỉnh Hậu Giang" wins over "tỉnh Hậu Giang".
    pub names: Vec<Rename>,
    pub agencies: BTreeMap<String, AgencyRename>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileShape {
    #[serde(default)]
    names: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    agency: BTreeMap<Spanned<String>, AgencyShape>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgencyShape {
    name: Option<Spanned<String>>,
    parent: Option<Spanned<String>>,
    address: Option<Spanned<String>>,
    #[serde(default)]
    units: BTreeMap<Spanned<String>, Spanned<String>>,
}

fn error(file: FileId, span: std::ops::Range<usize>, vi: String, en: String) -> Diagnostic {
    Diagnostic::error(MAPPING_ERROR, Span::new(file, span.start, span.end), Text::new(vi, en)).with_help(Text::new(
        "Tệp đổi tên có mục `[names]` (\"tên cũ\" = \"tên mới\") và `[agency.<mã>]` (`name`, `parent`, `address`, `[agency.<mã>.units]`); xem `quytrinh explain QC904`.",
        "A renames file has `[names]` (\"old\" = \"new\") and `[agency.<id>]` (`name`, `parent`, `address`, `[agency.<id>.units]`); see `quytrinh explain QC904`.",
    ))
}

/// A value that can be written between quotes as it is.
fn check_value(file: FileId, v: &Spanned<String>, out: &mut Vec<Diagnostic>) {
    let s = v.get_ref();
    if s.trim().is_empty() {
        out.push(error(file, v.span(), "Tên trống".into(), "An empty name".into()));
    } else if s.chars().any(|c| c == '"' || c == '\\' || c.is_control()) {
        out.push(error(
            file,
            v.span(),
            format!("«{s}» có dấu ngoặc kép, dấu \\ hoặc ký tự điều khiển"),
            format!("«{s}» holds a quote, a backslash or a control character"),
        ));
    }
}

/// Read a renames file. `file` is the id its spans are reported against.
pub fn parse_mapping(text: &str, file: FileId) -> Result<Mapping, Vec<Diagnostic>> {
    let shape: FileShape = match toml::from_str(text) {
        Ok(s) => s,
        Err(e) => {
            let msg = e.message().trim().to_string();
            return Err(vec![error(
                file,
                e.span().unwrap_or(0..0),
                format!("Tệp đổi tên không hợp lệ: {}", toml_message_vi(&msg)),
                format!("The renames file is not valid: {msg}"),
            )]);
        }
    };
    let mut diags = Vec::new();
    let mut mapping = Mapping::default();
    for (old, new) in &shape.names {
        check_value(file, old, &mut diags);
        check_value(file, new, &mut diags);
        if old.get_ref() == new.get_ref() {
            diags.push(error(
                file,
                old.span(),
                format!("«{}» đổi thành chính nó", old.get_ref()),
                format!("«{}» is renamed to itself", old.get_ref()),
            ));
        }
    }
    // A cycle: following old → new through the keys comes back to where it started
    // (reported once, at its first name).
    let next: BTreeMap<&str, &Spanned<String>> = shape.names.iter().map(|(o, n)| (o.get_ref().as_str(), n)).collect();
    let mut cycles: Vec<Vec<&str>> = Vec::new();
    for old in shape.names.keys() {
        let start = old.get_ref().as_str();
        let mut seen = vec![start];
        let mut at = start;
        while let Some(n) = next.get(at) {
            let n = n.get_ref().as_str();
            if n == start && seen.len() > 1 {
                let mut members = seen.clone();
                members.sort_unstable();
                if cycles.contains(&members) {
                    break;
                }
                cycles.push(members);
                diags.push(error(
                    file,
                    old.span(),
                    format!("Đổi tên vòng tròn: {} → {start}", seen.join(" → ")),
                    format!("The renames go round in a circle: {} → {start}", seen.join(" → ")),
                ));
                break;
            }
            if seen.contains(&n) {
                break;
            }
            seen.push(n);
            at = n;
        }
    }
    // Names are compared as the files are read: NFC (a key typed on a Mac or pasted from
    // Word may be decomposed).
    let nfc = |s: &str| quytrinh_syntax::decode::nfc(s).into_owned();
    mapping.names = shape.names.iter().map(|(o, n)| Rename { old: nfc(o.get_ref()), new: nfc(n.get_ref()) }).collect();
    mapping.names.sort_by(|a, b| b.old.chars().count().cmp(&a.old.chars().count()).then(a.old.cmp(&b.old)));
    for (id, a) in &shape.agency {
        for v in [&a.name, &a.parent, &a.address].into_iter().flatten() {
            check_value(file, v, &mut diags);
        }
        for v in a.units.values() {
            check_value(file, v, &mut diags);
        }
        mapping.agencies.insert(
            id.get_ref().clone(),
            AgencyRename {
                name: a.name.as_ref().map(|v| nfc(v.get_ref())),
                parent: a.parent.as_ref().map(|v| nfc(v.get_ref())),
                address: a.address.as_ref().map(|v| nfc(v.get_ref())),
                units: a.units.iter().map(|(k, v)| (nfc(k.get_ref()), nfc(v.get_ref()))).collect(),
                unit_spans: a.units.keys().map(|k| (k.get_ref().clone(), Span::new(file, k.span().start, k.span().end))).collect(),
                span: Span::new(file, id.span().start, id.span().end),
            },
        );
    }
    if diags.is_empty() {
        Ok(mapping)
    } else {
        Err(diags)
    }
}

/// The TOML reader's usual messages in Vietnamese (an officer reads Vietnamese first); any
/// other is kept as it is.
fn toml_message_vi(msg: &str) -> String {
    let msg = &msg.replace('\n', "; ");
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or_default().to_string();
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let (field, expected) = rest.split_once(", expected").unwrap_or((rest, ""));
        let allowed: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        return if allowed.is_empty() {
            format!("khóa {field} không dùng được ở đây")
        } else {
            format!("khóa {field} không dùng được ở đây; các khóa dùng được: `{}`", allowed.join("`, `"))
        };
    }
    if msg.starts_with("duplicate key") {
        return format!("khóa `{}` ghi hai lần", quoted(msg));
    }
    if msg.starts_with("invalid type") {
        return "giá trị phải là một tên trong ngoặc kép, ví dụ \"thành phố Cần Thơ\"".to_string();
    }
    if msg.starts_with("invalid string") || msg.starts_with("expected") || msg.starts_with("invalid") {
        return format!("sai cách viết TOML ({msg}); mỗi dòng là `\"tên cũ\" = \"tên mới\"`");
    }
    msg.to_string()
}

impl Mapping {
    /// `text` with every `[names]` replacement made at once, longest first (a replaced
    /// part is not replaced again). `None` when nothing matched.
    pub fn rename(&self, text: &str) -> Option<String> {
        if self.names.is_empty() {
            return None;
        }
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        let mut changed = false;
        'scan: while i < text.len() {
            // A name already renamed to one that extends it ("Văn phòng Sở" → "Văn phòng Sở
            // Khoa học và Công nghệ") is left as it is: renaming twice changes nothing.
            for r in self.names.iter().filter(|r| r.new.contains(r.old.as_str())) {
                if text[i..].starts_with(r.new.as_str()) {
                    out.push_str(&r.new);
                    i += r.new.len();
                    continue 'scan;
                }
            }
            for r in &self.names {
                if text[i..].starts_with(r.old.as_str()) {
                    out.push_str(&r.new);
                    i += r.old.len();
                    changed = true;
                    continue 'scan;
                }
            }
            let ch = text[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
        changed.then_some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line_of(text: &str, d: &Diagnostic) -> usize {
        text[..d.span.start()].matches('\n').count() + 1
    }

    #[test]
    fn reads_names_and_agencies_longest_name_first() {
        let text = "[names]\n\"tỉnh Hậu Giang\" = \"thành phố Cần Thơ\"\n\"Ủy ban nhân dân tỉnh Hậu Giang\" = \"Ủy ban nhân dân thành phố Cần Thơ\"\n[agency.sokhcn]\nname = \"Sở KH&CN thành phố Cần Thơ\"\n[agency.sokhcn.units]\nmotcua = \"Trung tâm Phục vụ hành chính công thành phố Cần Thơ\"\n";
        let m = parse_mapping(text, FileId(0)).expect("valid");
        assert_eq!(m.names[0].old, "Ủy ban nhân dân tỉnh Hậu Giang");
        assert_eq!(m.agencies["sokhcn"].units["motcua"], "Trung tâm Phục vụ hành chính công thành phố Cần Thơ");
        assert_eq!(
            m.rename("UBND: Ủy ban nhân dân tỉnh Hậu Giang, tỉnh Hậu Giang").as_deref(),
            Some("UBND: Ủy ban nhân dân thành phố Cần Thơ, thành phố Cần Thơ")
        );
        assert_eq!(m.rename("Đà Nẵng"), None);
    }

    #[test]
    fn renaming_twice_changes_nothing() {
        let m = parse_mapping("[names]\n\"Văn phòng Sở\" = \"Văn phòng Sở Khoa học và Công nghệ\"\n", FileId(0)).expect("valid");
        let once = m.rename("Văn phòng Sở; Văn phòng Sở").expect("renamed");
        assert_eq!(once, "Văn phòng Sở Khoa học và Công nghệ; Văn phòng Sở Khoa học và Công nghệ");
        assert_eq!(m.rename(&once), None);
    }

    #[test]
    fn names_are_read_in_nfc() {
        let decomposed = "tỉnh Hậu Giang".chars().collect::<String>(); // NFC in this file
        let nfd: String = unicode_nfd(&decomposed);
        let m = parse_mapping(&format!("[names]\n\"{nfd}\" = \"thành phố Cần Thơ\"\n"), FileId(0)).expect("valid");
        assert_eq!(m.rename("UBND tỉnh Hậu Giang").as_deref(), Some("UBND thành phố Cần Thơ"));
    }

    /// A decomposed spelling (as macOS or Word may give): base letters and combining marks.
    fn unicode_nfd(s: &str) -> String {
        s.replace('ỉ', "i\u{309}").replace('ậ', "a\u{323}\u{302}")
    }

    #[test]
    fn an_unknown_key_is_refused_at_its_line() {
        let text = "[names]\n\"a\" = \"b\"\n\n[agency.sokhcn]\nnam = \"x\"\n";
        let e = parse_mapping(text, FileId(0)).expect_err("refused");
        assert_eq!(line_of(text, &e[0]), 5, "{e:?}");
        assert!(e[0].message.en.contains("nam"), "{e:?}");
        let e = parse_mapping("[provinces]\nx = \"y\"\n", FileId(0)).expect_err("refused");
        assert_eq!(e[0].code, MAPPING_ERROR);
    }

    #[test]
    fn the_toml_readers_messages_are_told_in_vietnamese() {
        let e = parse_mapping("[agency.sokhcn]\nparnet = \"x\"\n", FileId(0)).expect_err("refused");
        assert!(
            e[0].message.vi.contains("khóa `parnet` không dùng được ở đây; các khóa dùng được: `name`, `parent`"),
            "{:?}",
            e[0].message
        );
        let e = parse_mapping("[names]\n\"a\" = \"b\"\n\"a\" = \"c\"\n", FileId(0)).expect_err("refused");
        assert!(e[0].message.vi.contains("khóa `a` ghi hai lần"), "{:?}", e[0].message);
        let e = parse_mapping("[names]\n\"a\" = 3\n", FileId(0)).expect_err("refused");
        assert!(e[0].message.vi.contains("trong ngoặc kép"), "{:?}", e[0].message);
    }

    #[test]
    fn a_cycle_is_refused_at_its_line() {
        let text = "[names]\n\"tỉnh A\" = \"tỉnh B\"\n\"tỉnh C\" = \"tỉnh D\"\n\"tỉnh B\" = \"tỉnh A\"\n";
        let e = parse_mapping(text, FileId(0)).expect_err("refused");
        let lines: Vec<usize> = e.iter().map(|d| line_of(text, d)).collect();
        assert_eq!(lines, vec![2], "one cycle, reported once: {e:?}");
        assert!(e[0].message.vi.contains("tỉnh A → tỉnh B → tỉnh A"), "{e:?}");
        // A chain is not a cycle.
        assert!(parse_mapping("[names]\n\"A\" = \"B\"\n\"B\" = \"C\"\n", FileId(0)).is_ok());
    }

    #[test]
    fn a_quote_or_an_empty_name_is_refused() {
        let e = parse_mapping("[names]\n\"a\" = \"b\\\"c\"\n\"d\" = \"\"\n", FileId(0)).expect_err("refused");
        assert_eq!(e.len(), 2, "{e:?}");
    }
}
