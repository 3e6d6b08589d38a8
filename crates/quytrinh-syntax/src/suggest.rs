//! "Did you mean …?" for near misses of keywords and identifiers.
//!
//! Officers often type without diacritics (`muc_dich` for `mục_đích`), so words are
//! compared with their diacritics folded away as well as as written.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Lower-case `s` and strip Vietnamese diacritics (`Đ`/`đ` become `d`).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut push = |c: char| match c {
        'đ' | 'Đ' => out.push('d'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase()),
    };
    for c in s.chars() {
        if c.is_ascii() {
            push(c);
        } else {
            // The canonical decomposition without its marks: the same as NFD then
            // dropping marks (reordering marks cannot move a base letter), without the
            // buffering of a full NFD.
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    push(d)
                }
            });
        }
    }
    out
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let w = fold(word);
    let mut best: Option<(&'a str, f64)> = None;
    for c in candidates {
        let fc = fold(c);
        let score = if fc == w { 1.0 } else { strsim::jaro_winkler(&w, &fc) };
        let close = strsim::levenshtein(&w, &fc) <= (w.chars().count() / 3).max(1);
        if (score >= 0.88 || close) && best.is_none_or(|(_, s)| score > s) {
            best = Some((c, score));
        }
    }
    best.map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn near_misses_are_suggested() {
        assert_eq!(did_you_mean("purpos", &["purpose", "scope"]), Some("purpose"));
        assert_eq!(did_you_mean("tp_qlc", &["tp_qlcn", "giamdoc"]), Some("tp_qlcn"));
        assert_eq!(did_you_mean("xyz", &["purpose", "scope"]), None);
    }

    #[test]
    fn folding_strips_every_vietnamese_mark() {
        assert_eq!(super::fold("Đơn vị Một cửa – SỞ KH&CN"), "don vi mot cua – so kh&cn");
        // Decomposed input folds the same as composed input.
        assert_eq!(super::fold("Mo\u{323}\u{302}t"), "mot");
    }

    #[test]
    fn words_typed_without_diacritics_find_their_keyword() {
        assert_eq!(did_you_mean("muc_dich", &["phạm_vi", "mục_đích"]), Some("mục_đích"));
        assert_eq!(did_you_mean("cac_buoc", &["các_bước", "biểu_mẫu"]), Some("các_bước"));
    }
}
