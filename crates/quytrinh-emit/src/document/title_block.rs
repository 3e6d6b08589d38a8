//! The national title block of page 1, as Decree 30/2020/NĐ-CP Appendix I (Part I, section
//! II) lays it out: a two-column borderless table. Left: the parent body (upper case, 12–13
//! pt, regular) and the issuing agency (upper case, 12–13 pt, bold) with a solid rule under
//! it 1/3 to 1/2 as long as the name. Right: the national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
//! VIỆT NAM" (upper case, 12–13 pt, bold) and the motto "Độc lập - Tự do - Hạnh phúc"
//! (13–14 pt, bold) with a solid rule as long as the motto. Shared by HTML and DOCX so both
//! break the names at the same words.

/// Point sizes within the decree's ranges (12–13 for names and title, 13–14 for the motto);
/// the lower bound keeps long agency names on as few lines as possible.
pub const NAME_PT: f32 = 12.0;
pub const NATION_PT: f32 = 12.0;
pub const MOTTO_PT: f32 = 13.0;
/// Column widths on an A4 page with the decree's margins (165 mm of text width).
pub const LEFT_MM: f32 = 70.0;
pub const RIGHT_MM: f32 = 95.0;

pub const NATION: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";

/// Approximate advance width of a text in Times New Roman (and its metric twin Liberation
/// Serif), in points: enough to decide where a name must break and how long a rule is.
pub fn width_pt(text: &str, size: f32, bold: bool) -> f32 {
    let em: f32 = text
        .chars()
        .map(|c| match c {
            ' ' => 0.25,
            '-' | '.' | ',' => 0.33,
            'I' | 'Ì' | 'Í' | 'Ỉ' | 'Ĩ' | 'Ị' | 'J' => 0.39,
            'M' | 'W' => 0.94,
            c if c.is_uppercase() => 0.73,
            'i' | 'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' | 'l' | 'j' | 't' | 'f' | 'r' => 0.32,
            'm' | 'w' => 0.78,
            c if c.is_numeric() => 0.5,
            _ => 0.52,
        })
        .sum();
    em * size * if bold { 1.03 } else { 1.0 }
}

pub fn mm_to_pt(mm: f32) -> f32 {
    mm * 72.0 / 25.4
}

/// Words before which an administrative name breaks best, as the decree's samples break
/// "ỦY BAN NHÂN DÂN / TỈNH …": the level of the locality.
const BREAK_BEFORE: [&str; 7] = ["TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG"];

/// The upper-case lines of a name in a column `width_mm` wide: whole if it fits, else broken
/// before the locality ("ỦY BAN NHÂN DÂN" / "TỈNH HẬU GIANG"), else at word boundaries —
/// never inside a word.
pub fn name_lines(name: &str, size: f32, bold: bool, width_mm: f32) -> Vec<String> {
    let upper = name.split_whitespace().collect::<Vec<_>>().join(" ").to_uppercase();
    let max = mm_to_pt(width_mm);
    let fits = |s: &str| width_pt(s, size, bold) <= max;
    if upper.is_empty() || fits(&upper) {
        return vec![upper];
    }
    for w in BREAK_BEFORE {
        if let Some(at) = upper.rfind(&format!(" {w} ")).or_else(|| upper.ends_with(&format!(" {w}")).then(|| upper.len() - w.len() - 1)) {
            let (a, b) = (upper[..at].to_string(), upper[at + 1..].to_string());
            if fits(&a) && fits(&b) {
                return vec![a, b];
            }
        }
    }
    // Greedy wrap on spaces.
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in upper.split(' ') {
        let candidate = if cur.is_empty() { word.to_string() } else { format!("{cur} {word}") };
        if !cur.is_empty() && !fits(&candidate) {
            lines.push(std::mem::replace(&mut cur, word.to_string()));
        } else {
            cur = candidate;
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// The length of the rule under the agency name: 40 % of its longest line (the decree asks
/// for 1/3 to 1/2), in millimetres.
pub fn agency_rule_mm(lines: &[String]) -> f32 {
    let widest = lines.iter().map(|l| width_pt(l, NAME_PT, true)).fold(0.0, f32::max);
    (widest * 0.4 * 25.4 / 72.0).max(15.0)
}

/// The length of the rule under the motto: the motto's own length, in millimetres.
pub fn motto_rule_mm() -> f32 {
    width_pt(MOTTO, MOTTO_PT, true) * 25.4 / 72.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_parent_breaks_before_the_locality() {
        assert_eq!(name_lines("Ủy ban nhân dân tỉnh Hậu Giang", NAME_PT, false, LEFT_MM), ["ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG"]);
        assert_eq!(
            name_lines("Sở Khoa học và Công nghệ tỉnh Hậu Giang", NAME_PT, true, LEFT_MM),
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TỈNH HẬU GIANG"]
        );
    }

    #[test]
    fn short_name_stays_whole_and_words_never_split() {
        assert_eq!(name_lines("Văn phòng Sở", NAME_PT, true, LEFT_MM), ["VĂN PHÒNG SỞ"]);
        let long = "Trung tâm Phục vụ hành chính công và Kiểm soát thủ tục hành chính của Ủy ban";
        for l in name_lines(long, NAME_PT, true, LEFT_MM) {
            assert!(width_pt(&l, NAME_PT, true) <= mm_to_pt(LEFT_MM), "{l}");
            assert!(!l.starts_with(' ') && !l.ends_with(' '));
        }
    }

    #[test]
    fn national_title_fits_its_column() {
        assert!(width_pt(NATION, NATION_PT, true) <= mm_to_pt(RIGHT_MM));
        assert!(motto_rule_mm() > 40.0 && motto_rule_mm() < RIGHT_MM);
    }
}
