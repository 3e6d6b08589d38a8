//! Which level of local government a body's name speaks for: "Ủy ban nhân dân tỉnh Hậu
//! Giang" is provincial, "UBND huyện Châu Thành" is a district's, "UBND xã Tân Phú" a
//! commune's. Several rules need it: who may approve an internal procedure (QC010), and
//! which bodies no longer exist after 01/07/2025 (QC057).

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
}
