//! From the bytes of a file to NFC text, or one clear diagnostic saying why not and what
//! to do. Officers' files come from Word and from old systems: UTF-16, Windows-1258 and
//! the pre-Unicode Vietnamese encodings TCVN3 (ABC) and VNI are all met in practice, and
//! so are UTF-8 files with a few broken bytes, which are not to be mistaken for them.
//! (Legacy text pasted into a Unicode file is found per text value: `legacy.rs`.)

use std::borrow::Cow;

use quytrinh_diagnostics::{Diagnostic, FileId, Span, Text};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::codes;

/// Largest file accepted. A procedure is a few kilobytes; anything this big is a mistake.
pub const MAX_SOURCE_BYTES: usize = 10 * 1024 * 1024;

/// A legacy encoding a file looks like it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    Tcvn3,
    Vni,
    Windows1258,
}

impl Legacy {
    fn name(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3 (ABC, phông .VnTime)",
            Legacy::Vni => "VNI (phông VNI-Times)",
            Legacy::Windows1258 => "Windows-1258",
        }
    }
}

/// The diagnostic for a file over [`MAX_SOURCE_BYTES`] (`size` may be a lower bound).
pub fn too_large(file: FileId, size: u64) -> Diagnostic {
    let mb = |n: u64| n.div_ceil(1024 * 1024);
    Diagnostic::error(
        codes::TOO_LARGE,
        Span::new(file, 0, 0),
        Text::new(
            format!("Tệp quá lớn (hơn {} MB; tối đa {} MB)", mb(size).max(1), mb(MAX_SOURCE_BYTES as u64)),
            format!("File too large (over {} MB; at most {} MB)", mb(size).max(1), mb(MAX_SOURCE_BYTES as u64)),
        ),
    )
    .with_help(Text::new(
        "Mỗi tệp .qtr chỉ chứa một quy trình (vài KB). Tách tệp này thành nhiều tệp, hoặc kiểm tra xem có nhầm tệp không.",
        "A .qtr file holds one procedure (a few KB). Split this file, or check that it is the right file.",
    ))
}

/// Decode a file's bytes to text (NFC normalisation is the parser's job).
#[allow(clippy::result_large_err)] // called once per file; a Box would only add noise
pub fn decode(bytes: &[u8], file: FileId) -> Result<String, Diagnostic> {
    refuse(bytes, file)?;
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    Ok(String::from_utf8_lossy(body).into_owned())
}

/// [`decode`] without copying the bytes.
#[allow(clippy::result_large_err)]
pub fn decode_owned(mut bytes: Vec<u8>, file: FileId) -> Result<String, Diagnostic> {
    refuse_bytes(&bytes, file)?;
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    // One UTF-8 validation, which also yields the string.
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => return Err(not_utf8(e.as_bytes(), e.utf8_error(), file)),
    };
    refuse_text(&text, file)?;
    Ok(text)
}

/// Every reason to refuse a file: too large, empty, UTF-16, binary, not UTF-8 (with a
/// guess of the legacy encoding), or garbled Vietnamese.
#[allow(clippy::result_large_err)]
fn refuse(bytes: &[u8], file: FileId) -> Result<(), Diagnostic> {
    refuse_bytes(bytes, file)?;
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = std::str::from_utf8(body).map_err(|e| not_utf8(body, e, file))?;
    refuse_text(text, file)
}

/// The checks on the bytes: too large, empty, UTF-16, binary (the callers then read them
/// as UTF-8, once, and check the text).
#[allow(clippy::result_large_err)]
fn refuse_bytes(bytes: &[u8], file: FileId) -> Result<(), Diagnostic> {
    let at0 = Span::new(file, 0, 0);
    if bytes.len() > MAX_SOURCE_BYTES {
        return Err(too_large(file, bytes.len() as u64));
    }
    // A file holding only a byte-order mark (and blanks) is as empty as one holding nothing.
    let content = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if content.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Diagnostic::error(codes::EMPTY_FILE, at0, Text::new("Tệp rỗng", "The file is empty")).with_help(Text::new(
            "Viết một quy trình vào tệp (xem `quytrinh new`), hoặc xóa tệp khỏi thư mục.",
            "Write a procedure into the file (see `quytrinh new`), or remove it from the folder.",
        )));
    }
    if let Some(endian) = utf32(bytes) {
        return Err(Diagnostic::error(codes::UTF16_FILE, at0, Text::new(
            "Tệp được lưu bằng mã UTF-32, không phải UTF-8",
            "The file is saved as UTF-32, not UTF-8",
        ))
        .with_help(Text::new(
            format!("Lưu lại tệp với mã UTF-8: trong VS Code bấm vào tên mã ở thanh dưới cùng > Lưu với mã > UTF-8; hoặc chạy `iconv -f UTF-32{endian} -t UTF-8 tệp.qtr > mới.qtr`."),
            format!("Save the file as UTF-8: in VS Code click the encoding in the bottom bar > Save with Encoding > UTF-8; or run `iconv -f UTF-32{endian} -t UTF-8 file.qtr > new.qtr`."),
        )));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Diagnostic::error(codes::UTF16_FILE, at0, Text::new(
            "Tệp được lưu bằng mã UTF-16, không phải UTF-8",
            "The file is saved as UTF-16, not UTF-8",
        ))
        .with_help(Text::new(
            "Lưu lại tệp với mã UTF-8: trong Notepad chọn Lưu thành… > Mã hóa: UTF-8; hoặc chạy `iconv -f UTF-16 -t UTF-8 tệp.qtr > mới.qtr`.",
            "Save the file as UTF-8: in Notepad choose Save as… > Encoding: UTF-8; or run `iconv -f UTF-16 -t UTF-8 file.qtr > new.qtr`.",
        )));
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if looks_like_utf16(body) {
        return Err(Diagnostic::error(codes::UTF16_FILE, at0, Text::new(
            "Tệp được lưu bằng mã UTF-16 (không có BOM), không phải UTF-8",
            "The file is saved as UTF-16 (without a byte-order mark), not UTF-8",
        ))
        .with_help(Text::new(
            "Lưu lại tệp với mã UTF-8: trong Notepad chọn Lưu thành… > Mã hóa: UTF-8; hoặc chạy `iconv -f UTF-16LE -t UTF-8 tệp.qtr > mới.qtr`.",
            "Save the file as UTF-8: in Notepad choose Save as… > Encoding: UTF-8; or run `iconv -f UTF-16LE -t UTF-8 file.qtr > new.qtr`.",
        )));
    }
    // `contains` on bytes is a fast memchr; the position is only wanted when there is one.
    if let Some(pos) = body.contains(&0).then(|| body.iter().position(|b| *b == 0)).flatten() {
        return Err(Diagnostic::error(codes::BINARY_FILE, Span::new(file, pos, pos), Text::new(
            "Tệp chứa dữ liệu nhị phân (byte 0), không phải văn bản",
            "The file holds binary data (a zero byte), not text",
        ))
        .with_help(Text::new(
            "Tệp .qtr là văn bản thuần UTF-8. Đừng đổi đuôi tệp Word (.doc, .docx) hay PDF thành .qtr; hãy chép nội dung sang một tệp văn bản.",
            "A .qtr file is plain UTF-8 text. Do not rename a Word (.doc, .docx) or PDF file to .qtr; copy its text into a text file.",
        )));
    }
    Ok(())
}

/// UTF-32 (with a byte-order mark, or Latin text with three zero bytes in every four):
/// `Some("LE")` or `Some("BE")`. Checked before UTF-16, whose mark FF FE it shares.
fn utf32(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) {
        return Some("LE");
    }
    if bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Some("BE");
    }
    let sample = &bytes[..bytes.len().min(4096) / 4 * 4];
    if sample.len() < 16 || !sample.contains(&0) {
        return None;
    }
    let groups = sample.len() / 4;
    // Every character below U+10000 has two zero bytes; Latin text has a third.
    let le = sample.chunks_exact(4).filter(|g| g[2] == 0 && g[3] == 0 && g[0] != 0).count();
    let be = sample.chunks_exact(4).filter(|g| g[0] == 0 && g[1] == 0 && g[3] != 0).count();
    if le * 10 >= groups * 9 {
        Some("LE")
    } else if be * 10 >= groups * 9 {
        Some("BE")
    } else {
        None
    }
}

/// How many invalid UTF-8 sequences a file of mostly right UTF-8 may hold and still be
/// called UTF-8 with broken bytes rather than a legacy encoding: one per four Vietnamese
/// letters read right.
const VIETNAMESE_PER_BROKEN: usize = 4;

/// Bytes that are mostly valid UTF-8 with Vietnamese letters and a few invalid sequences:
/// the places (byte offset, length) of those sequences. Such a file is UTF-8 already, and
/// converting it as a legacy encoding would garble every right letter.
fn broken_utf8(body: &[u8]) -> Option<Vec<(usize, usize)>> {
    let (mut vietnamese, mut broken, mut at) = (0usize, Vec::new(), 0usize);
    for chunk in body.utf8_chunks() {
        vietnamese += chunk
            .valid()
            .chars()
            .filter(|c| !c.is_ascii() && (is_vietnamese_letter(*c) || "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".contains(*c)))
            .count();
        at += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            broken.push((at, chunk.invalid().len()));
            at += chunk.invalid().len();
        }
    }
    (vietnamese >= 3 && broken.len() * VIETNAMESE_PER_BROKEN <= vietnamese).then_some(broken)
}

/// Line and column (1-based, in characters) of a byte offset, for the message: a file
/// that cannot be decoded has no text to show the place in.
fn line_col(body: &[u8], at: usize) -> (usize, usize) {
    let before = &body[..at.min(body.len())];
    let line_start = before.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let col = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (line, col)
}

/// The error for a UTF-8 file with a few broken bytes, at the first of them.
fn broken_bytes(body: &[u8], broken: &[(usize, usize)], file: FileId) -> Diagnostic {
    let (first, len) = broken.first().copied().unwrap_or((0, 1));
    let places: Vec<(usize, usize)> = broken.iter().take(5).map(|(at, _)| line_col(body, *at)).collect();
    let list = |word: &str, col: &str| places.iter().map(|(l, c)| format!("{word} {l} {col} {c}")).collect::<Vec<_>>().join(", ");
    let more = broken.len().saturating_sub(places.len());
    let (more_vi, more_en) = if more > 0 { (format!(" và {more} chỗ nữa"), format!(" and {more} more")) } else { Default::default() };
    let hex: String = body[first..(first + len).min(body.len())].iter().map(|b| format!("{b:02X}")).collect::<Vec<_>>().join(" ");
    let n = broken.len();
    Diagnostic::error(
        codes::INVALID_UTF8_BYTES,
        Span::new(file, first, first + len),
        Text::new(
            format!("Tệp là UTF-8 nhưng có {n} chỗ byte hỏng (không đọc được): {}{more_vi}; byte đầu tiên là {hex}", list("dòng", "cột")),
            format!("The file is UTF-8 but holds {n} broken (unreadable) byte sequence(s): at {}{more_en}; the first is {hex}", list("line", "column")),
        ),
    )
    .with_label(Text::new("byte hỏng", "broken bytes"))
    .with_help(Text::new(
        "Tệp đã là Unicode UTF-8, đừng chuyển cả tệp sang mã khác (sẽ làm hỏng mọi chữ còn lại). Mở tệp, đến đúng dòng và cột trên (trình soạn thảo hiện byte hỏng thành dấu � hoặc ô vuông), gõ lại chữ đúng rồi lưu với mã UTF-8.",
        "The file already is Unicode UTF-8: do not convert it as a whole (that would garble every other letter). Open it, go to the line and column above (the editor shows the broken bytes as � or a box), type the right letter again and save as UTF-8.",
    ))
}

/// The diagnostic for bytes that are not UTF-8, naming the legacy encoding they look like.
fn not_utf8(body: &[u8], e: std::str::Utf8Error, file: FileId) -> Diagnostic {
    if let Some(broken) = broken_utf8(body) {
        return broken_bytes(body, &broken, file);
    }
    let at = Span::new(file, e.valid_up_to(), e.valid_up_to() + 1);
    let (vi, en) = match guess_legacy(body) {
        Some(enc) => (
            format!("Tệp không phải UTF-8; trông giống mã cũ {}", enc.name()),
            format!("The file is not UTF-8; it looks like the legacy Vietnamese encoding {}", enc.name()),
        ),
        None => ("Tệp không phải là văn bản UTF-8".to_string(), "The file is not UTF-8 text".to_string()),
    };
    Diagnostic::error(codes::LEGACY_ENCODING, at, Text::new(vi, en)).with_help(convert_help(guess_legacy(body)))
}

/// The checks on valid UTF-8 text: garbled Vietnamese.
#[allow(clippy::result_large_err)]
fn refuse_text(text: &str, file: FileId) -> Result<(), Diagnostic> {
    let at0 = Span::new(file, 0, 0);
    if let Some(enc) = mojibake(text) {
        return Err(Diagnostic::error(
            codes::MOJIBAKE,
            at0,
            Text::new(
                format!("Văn bản tiếng Việt bị lỗi phông: trông như chữ mã {} bị đọc sai thành Unicode", enc.name()),
                format!("Garbled Vietnamese text: it looks like {} text read as Unicode", enc.name()),
            ),
        )
        .with_help(convert_help(Some(enc))));
    }
    Ok(())
}

fn convert_help(enc: Option<Legacy>) -> Text {
    let (vi_src, en_src) = match enc {
        Some(Legacy::Tcvn3) => ("TCVN3 (ABC)", "TCVN3 (ABC)"),
        Some(Legacy::Vni) => ("VNI Windows", "VNI Windows"),
        Some(Legacy::Windows1258) => ("Vietnamese locale CP 1258", "Vietnamese locale CP 1258"),
        None => ("mã cũ của tệp (TCVN3, VNI hoặc CP 1258)", "the file's legacy encoding (TCVN3, VNI or CP 1258)"),
    };
    Text::new(
        format!("Chuyển tệp sang Unicode UTF-8: dùng Unikey > Công cụ (Ctrl+Shift+F6), chọn mã nguồn {vi_src} và mã đích Unicode; rồi lưu tệp với mã UTF-8."),
        format!("Convert the file to Unicode UTF-8: in Unikey open the converter (Ctrl+Shift+F6), pick {en_src} as source and Unicode as target, then save as UTF-8."),
    )
}

/// UTF-16 without a byte-order mark: every other byte zero in mostly-ASCII text.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(4096)];
    // Without a zero byte it cannot be UTF-16 Latin text (a fast memchr).
    if sample.len() < 8 || !sample.contains(&0) {
        return false;
    }
    let half = sample.len() / 2;
    let zeros_at = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|b| **b == 0).count();
    let text_at = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|b| b.is_ascii_graphic() || b.is_ascii_whitespace()).count();
    // Latin text in UTF-16: one byte of each pair is zero, the other mostly printable.
    (zeros_at(1) * 10 >= half * 8 && text_at(0) * 10 >= half * 8) || (zeros_at(0) * 10 >= half * 8 && text_at(1) * 10 >= half * 8)
}

/// NFC-normalise, without copying when the text already is NFC (the usual case).
pub fn nfc(text: &str) -> Cow<'_, str> {
    if text.chars().all(always_nfc) {
        return Cow::Borrowed(text);
    }
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => {
            let n: String = text.nfc().collect();
            if n == text {
                Cow::Borrowed(text)
            } else {
                Cow::Owned(n)
            }
        }
    }
}

/// Characters that are NFC in any context (no decomposition, combining class 0): all
/// below U+0300, Vietnamese precomposed letters and general punctuation. Text made only
/// of them, which is almost every file, skips the normaliser's table lookups.
fn always_nfc(c: char) -> bool {
    c < '\u{300}' || ('\u{1EA0}'..='\u{1EF9}').contains(&c) || ('\u{2010}'..='\u{206F}').contains(&c)
}

// Bytes that only TCVN3 uses for frequent letters: đ (0xAE), Đ (0xA7), â (0xA9), ô (0xAB),
// ơ (0xAC), ư (0xAD), and the tone-marked a's (0xB5–0xB9).
const TCVN3_MARKERS: &[u8] = &[0xAE, 0xA7, 0xA9, 0xAB, 0xAC, 0xAD, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9];
// VNI writes a base letter then a mark byte: ø ù û õ ï (tones), â (circumflex), ô (horn), ñ (đ).
const VNI_MARKERS: &[u8] = &[0xF8, 0xF9, 0xFB, 0xF5, 0xEF, 0xE2, 0xF4, 0xF1, 0xE4, 0xE5, 0xE3, 0xC2];
// Windows-1258 writes tones as combining marks: 0xCC 0xEC 0xD2 0xDE 0xF2, and đ as 0xF0.
const CP1258_MARKERS: &[u8] = &[0xCC, 0xEC, 0xD2, 0xDE, 0xF2, 0xF0];

/// Which legacy encoding the high bytes of `bytes` most look like.
pub fn guess_legacy(bytes: &[u8]) -> Option<Legacy> {
    let mut tcvn3 = 0usize;
    let mut vni = 0usize;
    let mut cp1258 = 0usize;
    let mut prev = 0u8;
    for &b in bytes {
        if b >= 0x80 {
            if TCVN3_MARKERS.contains(&b) {
                tcvn3 += 1;
            }
            // VNI and Windows-1258 marks follow an ASCII vowel.
            let after_vowel = b"aeiouyAEIOUY".contains(&prev);
            if VNI_MARKERS.contains(&b) && (after_vowel || b == 0xF1) {
                vni += 1;
            }
            if CP1258_MARKERS.contains(&b) && (after_vowel || b == 0xF0) {
                cp1258 += 1;
            }
        }
        prev = b;
    }
    let best = [(Legacy::Tcvn3, tcvn3), (Legacy::Vni, vni), (Legacy::Windows1258, cp1258)].into_iter().max_by_key(|(_, n)| *n)?;
    (best.1 >= 2).then_some(best.0)
}

/// Valid UTF-8 that is really legacy bytes read as Latin-1 and saved again: many Latin-1
/// letters that Vietnamese never uses, and few real Vietnamese letters.
fn mojibake(text: &str) -> Option<Legacy> {
    // Vietnamese uses these Latin-1 letters too (à á â ã è é ê ì í ò ó ô õ ù ú ý): only count
    // text where the others dominate.
    const VIETNAMESE_LATIN1: &[u8] =
        b"\xE0\xE1\xE2\xE3\xE8\xE9\xEA\xEC\xED\xF2\xF3\xF4\xF5\xF9\xFA\xFD\xC0\xC1\xC2\xC3\xC8\xC9\xCA\xCC\xCD\xD2\xD3\xD4\xD5\xD9\xDA\xDD";
    // Latin-1 letters are two bytes led by 0xC2 or 0xC3: count the foreign ones on the bytes
    // first, so that ordinary files (none) skip the character walk.
    let vietnamese_mask: u64 = VIETNAMESE_LATIN1.iter().fold(0, |m, b| m | 1 << (b - 0xC0));
    let bytes = text.as_bytes();
    let foreign_bytes = memchr::memchr2_iter(0xC2, 0xC3, bytes)
        .filter(|&i| {
            let next = bytes.get(i + 1).copied().unwrap_or(0);
            (bytes[i] == 0xC2 && next >= 0xA0) || (bytes[i] == 0xC3 && vietnamese_mask & (1 << (next & 0x3F)) == 0)
        })
        .count();
    if foreign_bytes < 5 {
        return None;
    }
    let (mut latin1, mut foreign, mut vietnamese) = (0usize, 0usize, 0usize);
    for ch in text.chars().filter(|c| !c.is_ascii()) {
        let c = ch as u32;
        if (0xA0..=0xFF).contains(&c) {
            latin1 += 1;
            foreign += usize::from(!VIETNAMESE_LATIN1.contains(&(c as u8)));
        } else if c > 0xFF && (is_vietnamese_letter(ch) || ('\u{0300}'..='\u{0323}').contains(&ch)) {
            vietnamese += 1;
        }
    }
    if foreign >= 5 && foreign * 2 > vietnamese && latin1 > vietnamese {
        // The whole file, or a pasted part? Lines that read as legacy text against lines
        // with letters typed in Unicode: a name or a step pasted into a file typed in
        // Unicode is left to the warning at its text (`QS020`, with its Unicode reading).
        // One or two garbled lines, each read as legacy text, are pasted texts too.
        let (mut pasted, mut typed, mut suspicious, mut named) = (0usize, 0usize, 0usize, None);
        for line in text.lines() {
            let garbled = line.chars().any(|c| (0xA0..=0xFF).contains(&(c as u32)) && !VIETNAMESE_LATIN1.contains(&(c as u8)));
            suspicious += usize::from(garbled);
            if let Some(f) = crate::legacy::detect(line) {
                pasted += 1;
                named = named.or(Some(f.encoding));
            } else if line.chars().any(|c| c as u32 > 0xFF && is_vietnamese_letter(c)) {
                typed += 1;
            }
        }
        if (typed > 0 && pasted <= typed) || (suspicious <= 2 && pasted >= suspicious) {
            return None;
        }
        let high: Vec<u8> = text.chars().map(|c| c as u32).filter(|c| (0xA0..=0xFF).contains(c)).map(|c| c as u8).collect();
        return match named {
            Some(crate::legacy::Pasted::Vni) => Some(Legacy::Vni),
            Some(_) => Some(Legacy::Tcvn3),
            None => guess_legacy(&high).or(Some(Legacy::Tcvn3)),
        };
    }
    None
}

fn is_vietnamese_letter(ch: char) -> bool {
    matches!(ch, 'ă' | 'Ă' | 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ') || ('\u{1EA0}'..='\u{1EF9}').contains(&ch)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(bytes: &[u8]) -> Option<&'static str> {
        decode(bytes, FileId(0)).err().map(|d| d.code.0)
    }

    #[test]
    fn utf8_vietnamese_is_accepted_and_nfc() {
        let nfd = "Tho\u{302}\u{300}ng tin"; // "Thồng" in NFD
        let text = decode(nfd.as_bytes(), FileId(0)).expect("valid");
        assert_eq!(nfc(&text), "Th\u{1ED3}ng tin");
        assert!(decode("Sở Khoa học và Công nghệ".as_bytes(), FileId(0)).is_ok());
        assert!(decode(b"\xEF\xBB\xBFname \"x\"", FileId(0)).is_ok());
    }

    #[test]
    fn bad_inputs_get_their_own_codes() {
        assert_eq!(code(b""), Some("QI001"));
        assert_eq!(code(b"  \n"), Some("QI001"));
        assert_eq!(code(b"\xFF\xFEn\0a\0"), Some("QI003"));
        assert_eq!(code(b"abc\0def"), Some("QI002"));
    }

    #[test]
    fn legacy_encodings_are_named() {
        // "Sở Khoa học và Công nghệ, đăng ký" in TCVN3.
        let tcvn3 = b"S\xEB Khoa h\xE4c v\xB5 C\xABng ngh\xD6, \xAE\xA8ng k\xFD";
        assert_eq!(guess_legacy(tcvn3), Some(Legacy::Tcvn3));
        // "Sở Khoa học và Công nghệ, đăng ký" in VNI.
        let vni = b"S\xF4\xFB Khoa ho\xEFc va\xF8 Co\xE2ng nghe\xE4, \xF1a\xEAng ky\xF9";
        assert_eq!(guess_legacy(vni), Some(Legacy::Vni));
        // "và Công nghệ, đăng ký" in Windows-1258 (tones as combining bytes).
        let cp1258 = b"va\xCC C\xF4ng ngh\xEA\xF2, \xF0\xE3ng ky\xEC";
        assert_eq!(guess_legacy(cp1258), Some(Legacy::Windows1258));
        let d = decode(tcvn3, FileId(0)).expect_err("not utf-8");
        assert_eq!(d.code.0, "QI004");
        assert!(d.message.en.contains("TCVN3"), "{}", d.message.en);
    }

    #[test]
    fn utf32_is_named() {
        let text = "procedure \"QT-01\" {\n  name \"Sở Khoa học\"\n}\n";
        let le: Vec<u8> = text.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        let be: Vec<u8> = text.chars().flat_map(|c| (c as u32).to_be_bytes()).collect();
        for (bytes, what) in [
            ([&[0xFF, 0xFE, 0, 0][..], &le].concat(), "LE with BOM"),
            ([&[0, 0, 0xFE, 0xFF][..], &be].concat(), "BE with BOM"),
            (le.clone(), "LE"),
            (be.clone(), "BE"),
        ] {
            let d = decode(&bytes, FileId(0)).expect_err(what);
            assert_eq!(d.code.0, "QI003", "{what}");
            assert!(d.message.en.contains("UTF-32"), "{what}: {}", d.message.en);
        }
        // UTF-16 stays UTF-16.
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        assert!(decode(&utf16, FileId(0)).expect_err("utf-16").message.en.contains("UTF-16"));
    }

    #[test]
    fn a_utf8_file_with_a_few_broken_bytes_is_pointed_at_not_called_tcvn3() {
        // Right UTF-8 Vietnamese, with "ý" broken into a lone byte on line 3.
        let mut bytes =
            "procedure \"QT-01\" {\n  name \"Cấp Giấy chứng nhận đăng ký\"\n  purpose \"Quy định trình tự đăng k".as_bytes().to_vec();
        let at = bytes.len();
        bytes.push(0xFD);
        bytes.extend_from_slice(" chuyển giao công nghệ\"\n}\n".as_bytes());
        let d = decode(&bytes, FileId(0)).expect_err("broken");
        assert_eq!(d.code.0, "QI009");
        assert_eq!((d.span.start(), d.span.end()), (at, at + 1));
        assert!(d.message.vi.contains("dòng 3 cột 36"), "{}", d.message.vi);
        assert!(d.message.en.contains("line 3 column 36") && d.message.en.contains("FD"), "{}", d.message.en);
        assert!(!d.message.en.contains("TCVN3") && !d.help.en.contains("Unikey"));
        // A whole TCVN3 file is still named TCVN3.
        let tcvn3 = b"name \"S\xEB Khoa h\xE4c v\xB5 C\xABng ngh\xD6, \xAE\xA8ng k\xFD\"\n";
        assert_eq!(code(tcvn3), Some("QI004"));
    }

    #[test]
    fn mojibake_read_as_latin1_is_caught() {
        // TCVN3 bytes of "Thủ tục hành chính của Sở" decoded as Latin-1 and saved as UTF-8.
        let garbled: String =
            b"Th\xF1 t\xF4c h\xB5nh ch\xDDnh c\xF1a S\xEB \xAE\xA8ng k\xFD \xAE\xA8ng".iter().map(|b| *b as char).collect();
        // On three lines it is the whole file; on one line of a file without other
        // Vietnamese, a pasted text (QS020 at it, with its Unicode reading).
        let three = format!("{garbled}\n{garbled}\n{garbled}\n");
        assert_eq!(code(three.as_bytes()), Some("QI007"));
        assert_eq!(code(garbled.as_bytes()), None);
        // A name pasted into a file whose other lines are typed in Unicode is not the whole
        // file: it is left to the warning at the text (QS020).
        let one_name = "procedure \"QT-01\" {\n  name \"CÊp GiÊy chøng nhËn ®¨ng ký gia h¹n, söa ®æi, bæ sung néi dung chuyÓn giao c«ng nghÖ\"\n  steps {\n    1 \"Tiếp nhận hồ sơ\" by cv_mc 2h\n  }\n}\n";
        assert_eq!(code(one_name.as_bytes()), None);
        let (_, diags) = crate::parse(one_name, FileId(0));
        assert!(diags.iter().any(|d| d.code == crate::codes::PASTED_LEGACY_TEXT), "{diags:?}");
        // Real Vietnamese with Latin-1-range letters (à, é, ô) stays accepted.
        assert!(decode("Tiếp nhận hồ sơ, trả kết quả và công bố".as_bytes(), FileId(0)).is_ok());
    }
}
