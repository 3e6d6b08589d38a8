//! Which level of local government a body's name speaks for: "Ủy ban nhân dân tỉnh Hậu
//! Giang" is provincial, "UBND huyện Châu Thành" is a district's, "UBND xã Tân Phú" a
//! commune's. Several rules need it: who may approve an internal procedure (QC010), and
//! which bodies no longer exist after 01/07/2025 (QC057), which places an address names
//! that no longer exist (QC065).

use quytrinh_syntax::ast::Date;

use crate::helpers::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GovLevel {
    Province,
    District,
    Commune,
    /// The name does not say (e.g. "Ủy ban nhân dân" alone): nothing can be concluded.
    Unknown,
}

/// Centrally run cities (thành phố trực thuộc Trung ương), folded: a "thành phố" among
/// these is a province-level body, any other "thành phố" is a city under a province
/// (district level before 01/07/2025). Huế is centrally run only from 01/01/2025.
const CENTRAL_CITIES: &[&str] = &["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"];

/// The level of the body named in `name` (an issuer, an agency, a unit), at `date` when
/// known. Only the words that follow "Ủy ban nhân dân" / "UBND" / "HĐND" or stand alone
/// as "cấp …" are read.
pub fn level_of(name: &str, date: Option<Date>) -> GovLevel {
    let f = fold(name);
    if f.contains("cap tinh") {
        return GovLevel::Province;
    }
    if f.contains("cap huyen") {
        return GovLevel::District;
    }
    if f.contains("cap xa") {
        return GovLevel::Commune;
    }
    let rest = ["uy ban nhan dan ", "ubnd "].iter().find_map(|k| f.find(k).map(|i| f[i + k.len()..].trim_start().to_string()));
    let Some(rest) = rest else { return GovLevel::Unknown };
    place_level(&rest, date)
}

/// The level of a place named as "tỉnh X", "huyện X", "phường X"… (folded), or of the
/// first place in `rest` when it starts with one.
pub fn place_level(rest: &str, date: Option<Date>) -> GovLevel {
    let starts = |p: &str| rest.starts_with(p);
    if starts("tinh ") {
        GovLevel::Province
    } else if let Some(city) = rest.strip_prefix("thanh pho ") {
        let central = CENTRAL_CITIES.iter().find(|c| city.starts_with(**c));
        match central {
            Some(&"hue") if date.is_some_and(|d| d < Date { year: 2025, month: 1, day: 1 }) => GovLevel::District,
            Some(_) => GovLevel::Province,
            None => GovLevel::District,
        }
    } else if starts("huyen ") || starts("quan ") || starts("thi xa ") {
        GovLevel::District
    } else if starts("xa ") || starts("phuong ") || starts("thi tran ") || starts("dac khu ") {
        GovLevel::Commune
    } else {
        GovLevel::Unknown
    }
}

/// The first district-level unit an address or a place names as a unit word followed by
/// a name ("huyện Châu Thành", "Quận 1", "thị xã Long Mỹ", "thành phố Vị Thanh", "TP. Vị
/// Thanh"), as written in `text`; a centrally run city ("thành phố Cần Thơ") is not one.
/// Only a unit word followed by a capitalised name (or a number) counts, so that "các quận,
/// huyện", "huyện lộ" or "Huyện ủy" are not taken for a place.
pub fn district_unit_in(text: &str) -> Option<&str> {
    // The words of the text with their byte ranges (punctuation stays on the word).
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    let word = |k: usize| words.get(k).map(|&(a, b)| &text[a..b]).unwrap_or_default();
    // A word that ends a part of an address ("…, ").
    let ends_part = |w: &str| w.ends_with([',', ';', ':', ')']);
    let capitalised = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    for k in 0..words.len() {
        let w = word(k).to_lowercase();
        // (the unit word's length in words, whether it is "thành phố")
        let (len, city) = match w.as_str() {
            "huyện" | "quận" => (1, false),
            "tx." | "tx" => (1, false),
            "tp." | "tp" => (1, true),
            "thị" if word(k + 1).to_lowercase() == "xã" => (2, false),
            "thành" if word(k + 1).to_lowercase() == "phố" => (2, true),
            _ => continue,
        };
        let first = k + len;
        if ends_part(word(first - 1)) || !capitalised(word(first)) {
            continue;
        }
        // Road and party-committee words, not places: "Huyện lộ 5", "Quận ủy".
        if ["lo", "uy", "doi"].contains(&fold(word(first).trim_end_matches([',', ';', ':', ')', '.'])).as_str()) {
            continue;
        }
        // The name: capitalised words up to the end of the part.
        let mut last = first;
        while !ends_part(word(last)) && last + 1 < words.len() && capitalised(word(last + 1)) {
            last += 1;
        }
        let end = words[last].1 - word(last).len() + word(last).trim_end_matches([',', ';', ':', ')', '.']).len();
        let name_start = words[first].0;
        if end <= name_start {
            continue;
        }
        if city {
            let name = fold(&text[name_start..end]);
            if CENTRAL_CITIES.iter().any(|c| name == *c || name.starts_with(&format!("{c} "))) {
                continue;
            }
        }
        return Some(&text[words[k].0..end]);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_from_names() {
        assert_eq!(level_of("Ủy ban nhân dân tỉnh Hậu Giang", None), GovLevel::Province);
        assert_eq!(level_of("Chủ tịch UBND thành phố Cần Thơ", None), GovLevel::Province);
        assert_eq!(level_of("Ủy ban nhân dân thành phố Vị Thanh", None), GovLevel::District);
        assert_eq!(level_of("Ủy ban nhân dân huyện Châu Thành", None), GovLevel::District);
        assert_eq!(level_of("UBND xã Tân Phú", None), GovLevel::Commune);
        assert_eq!(level_of("Ủy ban nhân dân phường V", None), GovLevel::Commune);
        assert_eq!(level_of("Ủy ban nhân dân", None), GovLevel::Unknown);
        assert_eq!(level_of("Ủy ban nhân dân thành phố Huế", Some(Date { year: 2024, month: 6, day: 1 })), GovLevel::District);
        assert_eq!(level_of("Ủy ban nhân dân thành phố Huế", Some(Date { year: 2025, month: 6, day: 1 })), GovLevel::Province);
    }

    #[test]
    fn district_units_in_addresses() {
        let d = district_unit_in;
        assert_eq!(d("Số 09, đường Trần Hưng Đạo, phường V, thành phố Vị Thanh, tỉnh Hậu Giang"), Some("thành phố Vị Thanh"));
        assert_eq!(d("Số 1, phường Vị Thanh, thành phố Cần Thơ"), None);
        assert_eq!(d("12 Lê Duẩn, Quận 1, Thành phố Hồ Chí Minh"), Some("Quận 1"));
        assert_eq!(d("xã Tân Phú, huyện Châu Thành, tỉnh Đồng Tháp"), Some("huyện Châu Thành"));
        assert_eq!(d("phường 1, thị xã Long Mỹ, tỉnh Hậu Giang"), Some("thị xã Long Mỹ"));
        assert_eq!(d("Số 3, TP. Thủ Dầu Một, Bình Dương"), Some("TP. Thủ Dầu Một"));
        assert_eq!(d("Trung tâm Phục vụ hành chính công huyện Châu Thành"), Some("huyện Châu Thành"));
        assert_eq!(d("THÀNH PHỐ HÀ NỘI"), None);
        assert_eq!(d("Thành phố Huế"), None);
        // Not places.
        assert_eq!(d("Áp dụng cho các quận, huyện"), None);
        assert_eq!(d("Km 5, Huyện lộ 10, xã An Bình"), None);
        assert_eq!(d("Văn phòng Huyện ủy"), None);
        assert_eq!(d("Trung tâm Phục vụ hành chính công thành phố"), None);
        assert_eq!(d("thành phố, "), None);
        assert_eq!(d(""), None);
        assert_eq!(d("huyện"), None);
        assert_eq!(d("Trung tâm Phục vụ hành chính công tỉnh"), None);
    }
}
