//! Bad input: every kind of unreadable file gets one clear diagnostic naming the file, the
//! other files are still checked, and nothing panics.

mod common;

use std::path::Path;

use common::*;

/// A small valid procedure with one deliberate reference error (`motcau`), so a test can
/// see that it was still checked next to a broken file.
const NEIGHBOUR: &str = r#"procedure "QT-OK-01" {
  agency sokhcn
  steps {
    1 "Tiếp nhận hồ sơ" by motcau 4h issues BM01
  }
}
"#;

fn catalogue_with(name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(root().join("tests/fixtures/agency.qtr"), dir.path().join("agency.qtr")).expect("copy agency");
    std::fs::write(dir.path().join("neighbour.qtr"), NEIGHBOUR).expect("write");
    std::fs::write(dir.path().join(name), bytes).expect("write");
    dir
}

/// Check a folder; return the diagnostics of `file` and whether the neighbour was checked.
fn check(dir: &Path, file: &str) -> (Vec<Found>, bool, Option<i32>) {
    let out = quytrinh().args(["check", &dir.to_string_lossy(), "--format", "json", "--lang", "en"]).output().expect("runs");
    let diags = json_diagnostics(&out);
    let mine: Vec<_> = diags.iter().filter(|d| d.0.ends_with(file)).cloned().collect();
    let neighbour_checked = diags.iter().any(|d| d.0.ends_with("neighbour.qtr") && d.2 == "QM001");
    (mine, neighbour_checked, out.status.code())
}

fn assert_one(bytes: &[u8], code: &str, message_part: &str) {
    let dir = catalogue_with("bad.qtr", bytes);
    let (mine, neighbour, status) = check(dir.path(), "bad.qtr");
    assert_eq!(status, Some(1), "exit code for {code}");
    assert!(neighbour, "the other files are still checked ({code})");
    assert_eq!(mine.len(), 1, "one diagnostic for {code}: {mine:?}");
    assert_eq!(mine[0].2, code);
    let out = quytrinh().args(["check", &dir.path().to_string_lossy(), "--lang", "en"]).output().expect("runs");
    let human = stdout(&out);
    assert!(human.contains("bad.qtr"), "the message names the file:\n{human}");
    assert!(human.contains(message_part), "message mentions {message_part:?}:\n{human}");
}

#[test]
fn empty_file() {
    assert_one(b"", "QI001", "empty");
}

/// A file holding only a byte-order mark (as some editors save an empty file) is empty too.
#[test]
fn a_file_of_only_a_byte_order_mark_is_empty() {
    assert_one(b"\xEF\xBB\xBF", "QI001", "empty");
    assert_one(b"\xEF\xBB\xBF\r\n  \n", "QI001", "empty");
}

#[test]
fn binary_file() {
    assert_one(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "QI002", "binary");
}

#[test]
fn utf16_with_bom() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in "procedure \"QT-U16\" { name \"Sở\" }".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    assert_one(&bytes, "QI003", "UTF-16");
}

#[test]
fn utf16_without_bom() {
    let mut bytes = Vec::new();
    for u in "procedure \"QT-U16\" { name \"Cấp phép\" }".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    assert_one(&bytes, "QI003", "UTF-16");
}

#[test]
fn windows_1258() {
    // `name "Đăng ký và công nghệ"` with tones as Windows-1258 combining bytes.
    assert_one(b"procedure \"QT-W\" {\n  name \"\xD0\xE3ng ky\xEC va\xCC c\xF4ng ngh\xEA\xF2\"\n}\n", "QI004", "Windows-1258");
}

#[test]
fn tcvn3() {
    // `name "Sở Khoa học và Công nghệ, đăng ký"` in TCVN3 (ABC).
    assert_one(b"procedure \"QT-T3\" {\n  name \"S\xEB Khoa h\xE4c v\xB5 C\xABng ngh\xD6, \xAE\xA8ng k\xFD\"\n}\n", "QI004", "TCVN3");
}

#[test]
fn vni() {
    // `name "Sở Khoa học và Công nghệ, đăng ký"` in VNI.
    assert_one(
        b"procedure \"QT-VNI\" {\n  name \"S\xF4\xFB Khoa ho\xEFc va\xF8 Co\xE2ng nghe\xE4, \xF1a\xEAng ky\xF9\"\n}\n",
        "QI004",
        "VNI",
    );
}

#[test]
fn file_over_ten_megabytes() {
    let mut big = b"# ".to_vec();
    big.resize(11 * 1024 * 1024, b'x');
    assert_one(&big, "QI005", "too large");
}

#[test]
fn pathological_nesting() {
    let deep = "procedure \"QT-N\" { ".to_string() + &"steps { ".repeat(100_000);
    assert_one(deep.as_bytes(), "QS013", "nested too deeply");
}

/// A finding on a line of 800,000 characters quotes a few dozen characters around it, not
/// the whole line, and still gives the file's own line and column.
#[test]
fn a_finding_on_a_very_long_line_quotes_only_its_surroundings() {
    let deep = "procedure \"QT-N\" { ".to_string() + &"steps { ".repeat(100_000);
    let dir = catalogue_with("bad.qtr", deep.as_bytes());
    let out = quytrinh().args(["check", &dir.path().join("bad.qtr").to_string_lossy(), "--lang", "en"]).output().expect("runs");
    let human = stdout(&out);
    let longest = human.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(longest < 200, "longest line {longest} characters:\n{human}");
    // The 33rd `{` (the first too deep): 19 characters of `procedure "QT-N" { `, then 31
    // `steps { ` of 8 characters, then `steps ` of the 32nd.
    let column = 19 + 31 * 8 + 6 + 1;
    assert!(human.contains(&format!("bad.qtr:1:{column}]")), "line and column of the file:\n{human}");
    let quoted = human.lines().find(|l| l.contains("1 │")).unwrap_or_default();
    assert!(quoted.contains("steps {") && quoted.ends_with('…'), "the line is quoted, clipped:\n{human}");
    // The caret stands under the `{` it names.
    let caret = human.lines().find(|l| l.contains('·')).unwrap_or_default();
    let under = caret.chars().position(|c| c == '─' || c == '┬').unwrap_or(0);
    assert_eq!(quoted.chars().nth(under), Some('{'), "caret under a brace:\n{quoted}\n{caret}");
}

/// A stray word of thousands of characters is named in the message by its beginning and
/// end, not in full.
#[test]
fn a_very_long_stray_word_is_shortened_in_the_message() {
    let text = format!("procedure \"QT-W\" {{\n  name \"A\"\n  {}\n  level {}\n}}\n", "x".repeat(4900), "q".repeat(2000));
    let dir = catalogue_with("bad.qtr", text.as_bytes());
    let out = quytrinh()
        .args(["check", &dir.path().join("bad.qtr").to_string_lossy(), "--lang", "en", "--format", "json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let messages: Vec<&str> = v["diagnostics"].as_array().into_iter().flatten().filter_map(|d| d["message"].as_str()).collect();
    let stray = messages.iter().find(|m| m.contains("is not a keyword allowed")).expect("QS006");
    assert!(stray.contains("xxxxxxxxxx…xxxxxxxxxx`") && stray.chars().count() < 120, "{stray}");
    let level = messages.iter().find(|m| m.starts_with("Expected a level")).expect("QS008");
    assert!(level.contains("qqqq…qqqq") && level.chars().count() < 160, "{level}");
}

#[test]
fn unterminated_strings_on_every_line_do_not_hide_the_rest() {
    let text = "procedure \"QT-S\" {\n  name \"a\n  field \"b\n  scope \"c\n}\n";
    let dir = catalogue_with("bad.qtr", text.as_bytes());
    let (mine, neighbour, _) = check(dir.path(), "bad.qtr");
    assert!(neighbour);
    let lines: Vec<usize> = mine.iter().filter(|d| d.2 == "QS003").map(|d| d.1).collect();
    assert_eq!(lines, vec![2, 3, 4], "{mine:?}");
}

#[test]
fn missing_agency_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("p.qtr"), NEIGHBOUR).expect("write");
    let (mine, _, status) = check(dir.path(), "p.qtr");
    assert_eq!(status, Some(1));
    let codes: Vec<&str> = mine.iter().map(|d| d.2.as_str()).collect();
    assert!(codes.contains(&"QM004"), "{codes:?}");
}

#[test]
fn duplicated_agency_file() {
    let agency = std::fs::read(root().join("tests/fixtures/agency.qtr")).expect("agency");
    let dir = catalogue_with("agency-copy.qtr", &agency);
    // Files are read in name order, so the duplicates are reported on `agency.qtr`.
    let (mine, neighbour, status) = check(dir.path(), "agency.qtr");
    assert_eq!(status, Some(1));
    assert!(neighbour);
    let dup: Vec<_> = mine.iter().filter(|d| d.2 == "QM002").collect();
    // The agency itself and its two decisions are each defined twice.
    assert_eq!(dup.len(), 3, "{mine:?}");
}

#[test]
fn nonexistent_path_is_a_usage_error() {
    let out = run(&["check", "no/such/folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/folder"));
}

#[test]
fn folder_without_qtr_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = quytrinh().args(["check", &dir.path().to_string_lossy(), "--format", "json"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let codes: Vec<String> = json_diagnostics(&out).into_iter().map(|d| d.2).collect();
    assert_eq!(codes, vec!["QI008"]);
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_reported_not_followed() {
    let dir = catalogue_with("ok.qtr", b"# nothing\n");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).expect("symlink");
    let out = quytrinh().args(["check", &dir.path().to_string_lossy(), "--format", "json", "--lang", "en"]).output().expect("runs");
    let diags = json_diagnostics(&out);
    assert!(diags.iter().any(|d| d.0.ends_with("loop") && d.2 == "QI006"), "{diags:?}");
    assert_eq!(out.status.code(), Some(2), "an unreadable part of the tree is an I/O failure");
}

/// The example catalogue's agency file and one procedure with `edit` applied to it.
fn example_with(edit: impl Fn(String) -> Vec<u8>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("copy agency");
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    std::fs::write(dir.path().join("cgcn.qtr"), edit(text)).expect("write");
    dir
}

/// A name pasted from a .VnTime document and a person's name from a VNI-Times one, in an
/// otherwise clean procedure: one warning each, at the text, with the Unicode text as help.
#[test]
fn text_pasted_in_a_legacy_encoding_is_a_warning_at_the_text_with_the_unicode_text() {
    let dir = example_with(|text| {
        let line = text.lines().nth(5).expect("line 6").to_string();
        assert!(line.starts_with("  name        \""), "{line}");
        text.replacen(&line, "  name        \"CÊp GiÊy chøng nhËn ®¨ng ký gia h¹n, söa ®æi, bæ sung néi dung chuyÓn giao c«ng nghÖ\"", 1)
            .replacen("\"Nguyễn Văn An\"", "\"Nguyeãn Vaên An\"", 1)
            .into_bytes()
    });
    let out = quytrinh().args(["check", &dir.path().to_string_lossy(), "--format", "json", "--lang", "vi"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "warnings only:\n{}", stdout(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let found: Vec<(String, u64, u64, String)> = v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        // The information line (the time cut) is not a finding.
        .filter(|d| d["severity"] != "info")
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_string(),
                d["range"]["start"]["line"].as_u64().unwrap_or_default(),
                d["range"]["start"]["column"].as_u64().unwrap_or_default(),
                d["help"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!((found[0].0.as_str(), found[0].1, found[0].2), ("QS020", 6, 16), "{found:#?}");
    assert!(
        found[0].3.starts_with("Có phải là: «Cấp Giấy chứng nhận đăng ký gia hạn, sửa đổi, bổ sung nội dung chuyển giao công nghệ»?"),
        "{}",
        found[0].3
    );
    assert_eq!((found[1].0.as_str(), found[1].1, found[1].2), ("QS020", 14, 15), "{found:#?}");
    assert!(found[1].3.starts_with("Có phải là: «Nguyễn Văn An»?"), "{}", found[1].3);
    // The human report names the encodings.
    let human = stdout(&quytrinh().args(["check", &dir.path().to_string_lossy(), "--lang", "en"]).output().expect("runs"));
    assert!(human.contains("TCVN3") && human.contains("VNI"), "{human}");
    assert!(human.contains("cgcn.qtr:6:16"), "{human}");
}

/// A UTF-8 file with one broken byte is not called TCVN3 (whose advice would garble it):
/// the message gives the line and column of the byte.
#[test]
fn a_utf8_file_with_a_broken_byte_is_pointed_at() {
    let dir = example_with(|text| {
        let mut bytes = text.into_bytes();
        // "Nguyễn Văn An" (line 14): the "ễ" cut to its first byte.
        let at = bytes.windows(6).position(|w| w == &"Nguyễ".as_bytes()[..6]).expect("name");
        bytes.splice(at + 4..at + 7, [0xE1]);
        bytes
    });
    let out = quytrinh().args(["check", &dir.path().to_string_lossy(), "--lang", "en"]).output().expect("runs");
    let human = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{human}");
    assert!(human.contains("QI009") && human.contains("line 14 column 19"), "{human}");
    assert!(!human.contains("TCVN3") && !human.contains("Unikey"), "{human}");
}

#[test]
fn utf32_is_named() {
    let text = "procedure \"QT-32\" {\n  name \"Sở Khoa học và Công nghệ\"\n}\n";
    let with_bom: Vec<u8> = [0xFF, 0xFE, 0, 0].into_iter().chain(text.chars().flat_map(|c| (c as u32).to_le_bytes())).collect();
    assert_one(&with_bom, "QI003", "UTF-32");
    let without: Vec<u8> = text.chars().flat_map(|c| (c as u32).to_be_bytes()).collect();
    assert_one(&without, "QI003", "UTF-32");
}

/// One pasted name in a small file whose only other Vietnamese is typed in Unicode: the
/// name is reported (QS020), not the whole file as garbled (QI007).
#[test]
fn one_pasted_name_in_a_small_file_is_not_a_garbled_file() {
    let text = "procedure \"QT-P-01\" {\n  agency sokhcn\n  name \"Së Khoa häc vµ C«ng nghÖ\"\n  steps {\n    1 \"Tiếp nhận hồ sơ\" by motcau 4h issues BM01\n  }\n}\n";
    let dir = catalogue_with("pasted.qtr", text.as_bytes());
    let (mine, _, _) = check(dir.path(), "pasted.qtr");
    assert!(mine.iter().any(|d| d.2 == "QS020" && d.1 == 3), "{mine:?}");
    assert!(!mine.iter().any(|d| d.2 == "QI007"), "{mine:?}");
    let human = stdout(&quytrinh().args(["check", &dir.path().to_string_lossy(), "--lang", "vi"]).output().expect("runs"));
    assert!(human.contains("pasted.qtr:3:9") && human.contains("«Sở Khoa học và Công nghệ»"), "{human}");
    // Nor when the file has no other Vietnamese at all.
    let ascii_else = "procedure \"QT-P-02\" {\n  agency sokhcn\n  name \"Së Khoa häc vµ C«ng nghÖ\"\n}\n";
    let dir = catalogue_with("pasted.qtr", ascii_else.as_bytes());
    let (mine, _, _) = check(dir.path(), "pasted.qtr");
    assert!(mine.iter().any(|d| d.2 == "QS020" && d.1 == 3) && !mine.iter().any(|d| d.2 == "QI007"), "{mine:?}");
}
