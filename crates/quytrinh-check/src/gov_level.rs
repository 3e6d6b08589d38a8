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

/// Abbreviations of centrally run cities after "TP." / "thành phố" (folded).
const CENTRAL_ABBREVIATIONS: &[&str] = &["hcm", "hn", "dn", "hp", "ct"];

/// Where an address or a place names a district-level unit: a unit word followed by a
/// name ("huyện Châu Thành", "Quận 1", "thị xã Long Mỹ", "thành phố Vị Thanh", "TP. Vị
/// Thanh", "TX.Ngã Năm", "Q.1", "huyện đảo Phú Quốc") or "cấp huyện", as byte ranges of
/// `text`. A centrally run city ("thành phố Cần Thơ", "TP. HCM") is not one. Only a unit
/// word followed by a capitalised name (or a number) counts, and not when it is part of a
/// name ("Bà Huyện Thanh Quan", "đường Quận …", "Khu đô thị Thành phố …") or stands as the
/// former name ("… cũ", "(trước đây là Quận 1)", "Quận 1 (nay là …)").
pub fn district_units_in(text: &str) -> Vec<(usize, usize)> {
    let words = words_of(text);
    let word = |k: usize| words.get(k).map(|&(a, b)| &text[a..b]).unwrap_or_default();
    let ends_part = |w: &str| w.ends_with([',', ';', ':', ')']);
    let bare = |w: &str| fold(w.trim_end_matches([',', ';', ':', ')', '.']));
    let capitalised = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    // A word of a proper name: capitalised with lower-case letters after ("Bà", not "UBND").
    let title_case = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase) && !ends_part(w)
    };
    let mut found = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let w = word(k).to_lowercase();
        let next = word(k + 1).to_lowercase();
        // (the unit word's length in words, whether it names a city)
        let unit = match w.as_str() {
            "huyện" if next == "đảo" => Some((2, false)),
            "huyện" | "quận" | "tx." | "tx" | "q." | "h." => Some((1, false)),
            "tp." | "tp" | "t.p" | "t.p." => Some((1, true)),
            "thị" if next == "xã" => Some((2, false)),
            "thành" if next == "phố" => Some((2, true)),
            "cấp" if next.trim_end_matches([',', ';', ':', ')', '.']) == "huyện" => {
                let end = words[k + 1].0 + "huyện".len();
                found.push((words[k].0, end));
                k += 2;
                continue;
            }
            _ => None,
        };
        let Some((len, city)) = unit else {
            k += 1;
            continue;
        };
        let first = k + len;
        let before = k.checked_sub(1).map(word).unwrap_or_default();
        let part_of_a_name = title_case(before) || ["duong", "pho", "thi", "khu"].contains(&bare(before).as_str());
        if part_of_a_name
            || ends_part(word(first - 1))
            || !capitalised(word(first))
            || ["lo", "uy", "doi"].contains(&bare(word(first)).as_str())
        {
            k += 1;
            continue;
        }
        // The name: capitalised words up to the end of the part.
        let mut last = first;
        while !ends_part(word(last)) && last + 1 < words.len() && capitalised(word(last + 1)) {
            last += 1;
        }
        let end = words[last].0 + word(last).trim_end_matches([',', ';', ':', ')', '.']).len();
        let name = fold(text.get(words[first].0..end).unwrap_or_default());
        let central = |n: &str| CENTRAL_CITIES.iter().chain(CENTRAL_ABBREVIATIONS).any(|c| n == *c || n.starts_with(&format!("{c} ")));
        // The former name, said to be one: "… cũ", "(trước đây là …)", "… (nay là …)".
        let after = fold(text.get(end..).unwrap_or_default());
        let after = after.trim_start();
        let clause_start = text[..words[k].0].rfind([',', ';', '(']).map(|i| i + 1).unwrap_or(0);
        let former = after.starts_with("cu ")
            || after == "cu"
            || after.starts_with("cu,")
            || after.starts_with("(nay")
            || after.starts_with("(truoc day")
            || after.starts_with("truoc day")
            || fold(&text[clause_start..words[k].0]).contains("truoc day");
        let central_city = city && central(&name);
        if !central_city && !former && end > words[first].0 {
            found.push((words[k].0, end));
        }
        k = last + 1;
    }
    found
}

/// The words of a text as byte ranges (punctuation stays on its word), with an
/// abbreviation written against its name split from it: "TP.Vị" is "TP." and "Vị".
fn words_of(text: &str) -> Vec<(usize, usize)> {
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
    let mut out = Vec::with_capacity(words.len());
    for (a, b) in words {
        let w = &text[a..b];
        let lower = w.to_lowercase();
        match ["tp.", "tx.", "q.", "h."].iter().find(|p| lower.starts_with(**p) && lower.len() > p.len()) {
            // The abbreviations are ASCII: their length is the same in `w`.
            Some(p) => {
                out.push((a, a + p.len()));
                out.push((a + p.len(), b));
            }
            None => out.push((a, b)),
        }
    }
    out
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

    fn units(text: &str) -> Vec<&str> {
        district_units_in(text).into_iter().map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn district_units_in_addresses() {
        let d = |t| units(t).first().copied();
        assert_eq!(d("Số 09, đường Trần Hưng Đạo, phường V, thành phố Vị Thanh, tỉnh Hậu Giang"), Some("thành phố Vị Thanh"));
        assert_eq!(d("Số 1, phường Vị Thanh, thành phố Cần Thơ"), None);
        assert_eq!(d("12 Lê Duẩn, Quận 1, Thành phố Hồ Chí Minh"), Some("Quận 1"));
        assert_eq!(d("xã Tân Phú, huyện Châu Thành, tỉnh Đồng Tháp"), Some("huyện Châu Thành"));
        assert_eq!(d("phường 1, thị xã Long Mỹ, tỉnh Hậu Giang"), Some("thị xã Long Mỹ"));
        assert_eq!(d("Số 3, TP. Thủ Dầu Một, Bình Dương"), Some("TP. Thủ Dầu Một"));
        assert_eq!(d("Trung tâm Phục vụ hành chính công huyện Châu Thành"), Some("huyện Châu Thành"));
        assert_eq!(d("UBND Huyện Châu Thành"), Some("Huyện Châu Thành"));
        assert_eq!(d("THÀNH PHỐ HÀ NỘI"), None);
        assert_eq!(d("Thành phố Huế"), None);
        // Abbreviations written against the name, and the island district.
        assert_eq!(d("số 5, TP.Vị Thanh"), Some("TP.Vị Thanh"));
        assert_eq!(d("TX.Ngã Năm, Sóc Trăng"), Some("TX.Ngã Năm"));
        assert_eq!(d("12 Lê Lợi, Q.1, TP.HCM"), Some("Q.1"));
        assert_eq!(d("UBND Q. Bình Thạnh"), Some("Q. Bình Thạnh"));
        assert_eq!(d("H. Châu Thành"), Some("H. Châu Thành"));
        assert_eq!(d("phường Phú Cường, T.P Thủ Dầu Một"), Some("T.P Thủ Dầu Một"));
        assert_eq!(d("huyện đảo Phú Quốc, tỉnh Kiên Giang"), Some("huyện đảo Phú Quốc"));
        assert_eq!(d("Bộ phận Một cửa cấp huyện"), Some("cấp huyện"));
        // Every one, in order.
        assert_eq!(units("quận Hoàn Kiếm, huyện Đông Anh, thành phố Hà Nội"), vec!["quận Hoàn Kiếm", "huyện Đông Anh"]);
        // Centrally run cities, also abbreviated.
        for t in ["TP. HCM", "TP HCM", "TP. HN", "TP. ĐN", "Thành phố HCM", "TP.HCM", "Tp. Hồ Chí Minh", "TP Huế"] {
            assert_eq!(d(t), None, "{t}");
        }
        // Not places.
        assert_eq!(d("Áp dụng cho các quận, huyện"), None);
        assert_eq!(d("Km 5, Huyện lộ 10, xã An Bình"), None);
        assert_eq!(d("Văn phòng Huyện ủy"), None);
        assert_eq!(d("Số 14 Bà Huyện Thanh Quan, phường Xuân Hòa"), None);
        assert_eq!(d("Khu đô thị Thành phố Giao Lưu, Hà Nội"), None);
        assert_eq!(d("đường Quận Huy"), None);
        assert_eq!(d("Nguyễn H. Trung"), None);
        // The former name, said to be one.
        assert_eq!(d("phường Sài Gòn (trước đây là Quận 1), Thành phố Hồ Chí Minh"), None);
        assert_eq!(d("phường Linh Xuân, Thành phố Hồ Chí Minh (khu vực thành phố Thủ Đức trước đây)"), None);
        assert_eq!(d("trụ sở UBND huyện Châu Thành cũ"), None);
        assert_eq!(d("phường Bến Thành, Quận 1 (nay là phường Sài Gòn)"), None);
        assert_eq!(d("Trung tâm Phục vụ hành chính công thành phố"), None);
        assert_eq!(d("thành phố, "), None);
        assert_eq!(d(""), None);
        assert_eq!(d("huyện"), None);
        assert_eq!(d("Trung tâm Phục vụ hành chính công tỉnh"), None);
    }
}
