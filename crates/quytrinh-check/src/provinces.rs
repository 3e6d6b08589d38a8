//! The provinces as rearranged from 01/07/2025 (Resolution 202/2025/QH15: 63 → 34), read
//! from `data/provinces-2025.tsv`, which names its source.

use std::sync::OnceLock;

const DATA: &str = include_str!("../data/provinces-2025.tsv");

/// (former unit, the unit it belongs to now), lower case, for every former unit that no
/// longer exists under its own name.
fn abolished() -> &'static [(String, String, String)] {
    static TABLE: OnceLock<Vec<(String, String, String)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        DATA.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split_once('\t'))
            .filter(|(old, new)| old != new)
            .map(|(old, new)| (old.to_lowercase(), old.to_string(), new.to_string()))
            .collect()
    })
}

/// The first former province named in `text` ("… tỉnh Hậu Giang"), with the unit it
/// belongs to now: (as written in the table, now).
pub fn abolished_province_in(text: &str) -> Option<(&'static str, &'static str)> {
    // Every name starts with "tỉnh" or "thành phố": only the places where one of those
    // words stands are compared with the table (a text names a province once or twice; the
    // table has 29 names; this runs on every name of every procedure).
    let lower = text.to_lowercase();
    let starts: Vec<usize> = lower.match_indices("tỉnh ").chain(lower.match_indices("thành phố ")).map(|(i, _)| i).collect();
    // The first name in the table's order, as before: the table order decides ties.
    abolished().iter().find_map(|(key, old, new)| {
        starts.iter().copied().find(|&i| {
            // A whole name: "tỉnh Hà Nam" must not match "tỉnh Hà Nam Định"-like longer names.
            lower[i..].starts_with(key.as_str()) && !lower[i + key.len()..].chars().next().is_some_and(|c| c.is_alphanumeric())
        })?;
        Some((old.as_str(), new.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_63_former_and_34_current_units() {
        let rows: Vec<(&str, &str)> = DATA.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t')).collect();
        assert_eq!(rows.len(), 63);
        let mut now: Vec<&str> = rows.iter().map(|r| r.1).collect();
        now.sort();
        now.dedup();
        assert_eq!(now.len(), 34);
        assert_eq!(abolished().len(), 29);
        // `abolished_province_in` looks only where these words stand.
        assert!(abolished().iter().all(|(key, _, _)| key.starts_with("tỉnh ") || key.starts_with("thành phố ")));
    }

    #[test]
    fn finds_a_former_province() {
        assert_eq!(abolished_province_in("Sở Khoa học và Công nghệ tỉnh Hậu Giang"), Some(("tỉnh Hậu Giang", "thành phố Cần Thơ")));
        assert_eq!(abolished_province_in("Ủy ban nhân dân thành phố Cần Thơ"), None);
        assert_eq!(abolished_province_in("UBND tỉnh Hà Namx"), None);
        assert_eq!(abolished_province_in("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HẬU GIANG"), Some(("tỉnh Hậu Giang", "thành phố Cần Thơ")));
        // A longer name first, the province after it.
        assert_eq!(abolished_province_in("tỉnh Hậu Giangx, tỉnh Hậu Giang"), Some(("tỉnh Hậu Giang", "thành phố Cần Thơ")));
    }
}
