//! "Did you mean …?" for near misses of keywords and identifiers.
//!
//! Officers often type without diacritics (`muc_dich` for `mục_đích`), so words are
//! compared with their diacritics folded away as well as as written.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower-case `s` and strip Vietnamese diacritics (`Đ`/`đ` become `d`).
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
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
    fn words_typed_without_diacritics_find_their_keyword() {
        assert_eq!(did_you_mean("muc_dich", &["phạm_vi", "mục_đích"]), Some("mục_đích"));
        assert_eq!(did_you_mean("cac_buoc", &["các_bước", "biểu_mẫu"]), Some("các_bước"));
    }
}
