//! Where a position in the NFC text is in the file as written.
//!
//! quytrinh reads every file as NFC, so that `chuyên_viên` typed decomposed (as Word often
//! saves Vietnamese) matches its composed spelling; every span indexes that NFC text. But
//! an officer's editor, CI annotations and the language server count in the file as it is
//! on disk, where a decomposed `ệ` takes 5 bytes and 3 characters instead of 3 bytes and 1.
//! An [`Origin`] maps NFC offsets back to the written text (and the other way, for the
//! positions an editor sends).
//!
//! The text is normalised piece by piece, each piece an ASCII character with the non-ASCII
//! characters after it: no ASCII character composes with what comes before it, so NFC of
//! the whole is the pieces' NFC put together, and every piece that changed is remembered.

use unicode_normalization::UnicodeNormalization;

/// A piece of text that NFC changed: its range in the NFC text and in the written text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    nfc: (usize, usize),
    written: (usize, usize),
}

/// How the NFC text of a file maps back to the file as written.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    /// The written text (without its byte-order mark), when NFC changed it.
    written: Option<String>,
    /// Bytes of the byte-order mark the file starts with (0 or 3).
    bom: usize,
    /// The pieces NFC changed, in order.
    pieces: Vec<Piece>,
}

impl Origin {
    /// The NFC text of `written`, and how to map back to it when that is needed: when NFC
    /// changed the text or the file starts with a byte-order mark of `bom` bytes.
    pub fn normalise(written: String, bom: usize) -> (String, Option<Origin>) {
        if matches!(crate::decode::nfc(&written), std::borrow::Cow::Borrowed(_)) {
            let origin = (bom > 0).then(|| Origin { written: None, bom, pieces: Vec::new() });
            return (written, origin);
        }
        let mut nfc = String::with_capacity(written.len());
        let mut pieces = Vec::new();
        let bytes = written.as_bytes();
        let mut start = 0;
        while start < written.len() {
            // A piece: one character, then every non-ASCII character up to the next ASCII one.
            let first = written[start..].chars().next().map(char::len_utf8).unwrap_or(1);
            let end = bytes[start + first..].iter().position(u8::is_ascii).map(|i| start + first + i).unwrap_or(written.len());
            let piece = &written[start..end];
            let at = nfc.len();
            if piece.is_ascii() {
                nfc.push_str(piece);
            } else {
                nfc.extend(piece.nfc());
                if &nfc[at..] != piece {
                    pieces.push(Piece { nfc: (at, nfc.len()), written: (start, end) });
                }
            }
            start = end;
        }
        (nfc, Some(Origin { written: Some(written), bom, pieces }))
    }

    /// The text as written, when it differs from the NFC text.
    pub fn written(&self) -> Option<&str> {
        self.written.as_deref()
    }

    /// Bytes of the byte-order mark before the written text.
    pub fn bom(&self) -> usize {
        self.bom
    }

    /// The offset in the written text of an NFC offset. Inside a piece that NFC changed (a
    /// position no span has, since spans fall on characters) a start goes to the piece's
    /// start and an end to its end.
    pub fn to_written(&self, nfc: usize, is_end: bool) -> usize {
        map(&self.pieces, nfc, is_end, |p| p.nfc, |p| p.written)
    }

    /// The NFC offset of an offset in the written text (the positions an editor sends).
    pub fn to_nfc(&self, written: usize, is_end: bool) -> usize {
        map(&self.pieces, written, is_end, |p| p.written, |p| p.nfc)
    }
}

fn map(pieces: &[Piece], at: usize, is_end: bool, from: fn(&Piece) -> (usize, usize), to: fn(&Piece) -> (usize, usize)) -> usize {
    let i = pieces.partition_point(|p| from(p).0 <= at);
    let Some(p) = i.checked_sub(1).map(|i| &pieces[i]) else { return at };
    let (fs, fe) = from(p);
    let (ts, te) = to(p);
    if at >= fe {
        at - fe + te
    } else if at == fs || !is_end {
        ts
    } else {
        te
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nfd(s: &str) -> String {
        s.nfd().collect()
    }

    #[test]
    fn offsets_map_back_to_the_decomposed_text() {
        let written = format!("role {} \"x\"\nby {}", nfd("chuyên_viên"), nfd("Phòng Quản lý"));
        let (nfc, origin) = Origin::normalise(written.clone(), 0);
        let origin = origin.expect("changed");
        assert_eq!(nfc, "role chuyên_viên \"x\"\nby Phòng Quản lý");
        assert_eq!(nfc, written.nfc().collect::<String>(), "the same as normalising the whole");
        // Every character boundary of the NFC text lands on the same character as written.
        for word in ["role", "_viên", "\"x\"", "by", "Quản", "lý"] {
            let at = nfc.find(word).expect("in nfc");
            let w = origin.to_written(at, false);
            let e = origin.to_written(at + word.len(), true);
            assert_eq!(written[w..e].nfc().collect::<String>(), word, "{word}");
            assert_eq!(origin.to_nfc(w, false), at, "{word} back");
        }
        assert_eq!(origin.to_written(nfc.len(), true), written.len());
    }

    #[test]
    fn nfc_text_needs_no_map_unless_it_had_a_byte_order_mark() {
        assert!(Origin::normalise("Sở Khoa học".to_string(), 0).1.is_none());
        let (text, origin) = Origin::normalise("Sở".to_string(), 3);
        assert_eq!(text, "Sở");
        let origin = origin.expect("bom");
        assert_eq!((origin.bom(), origin.to_written(2, false), origin.written()), (3, 2, None));
    }

    /// NFC piece by piece is NFC of the whole, whatever the text (marks after ASCII
    /// letters, after non-ASCII ones, alone at the start, Hangul, reordering marks).
    #[test]
    fn piecewise_nfc_is_whole_nfc() {
        for s in
            ["\u{301}a\u{301}", "e\u{323}\u{302}t", "\u{1100}\u{1161}\u{11A8}x", "a\u{301}\u{323}\u{302}b", "Ấ\u{323}", "q\u{307}\u{323}"]
        {
            let (nfc, _) = Origin::normalise(s.to_string(), 0);
            assert_eq!(nfc, s.nfc().collect::<String>(), "{s:?}");
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// For any text: the pieces give the whole's NFC, and every NFC character boundary
        /// maps to a written range that normalises to the same character.
        #[test]
        fn piecewise_nfc_is_whole_nfc_and_maps_round(s in "[a-eA\u{300}-\u{309}\u{323}\u{1EA0}-\u{1EA5} \n\"]{0,40}") {
            let (nfc, origin) = Origin::normalise(s.clone(), 0);
            prop_assert_eq!(&nfc, &s.nfc().collect::<String>());
            if let Some(origin) = origin {
                let bounds: Vec<usize> = nfc.char_indices().map(|(i, _)| i).chain(std::iter::once(nfc.len())).collect();
                for w in bounds.windows(2) {
                    let (a, b) = (origin.to_written(w[0], false), origin.to_written(w[1], true));
                    prop_assert!(a <= b && b <= s.len());
                }
            }
        }
    }
}
