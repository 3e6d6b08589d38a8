//! What the printable documents share: Vietnamese labels, date format, the organisation.

use crate::portal::contract::{Channel, Citation, CitationKind, DayUnit, Duration, Fee, FeeKind};

/// The agency block of the national title: parent body and agency.
#[derive(Debug, Clone, Default)]
pub struct Organisation {
    pub parent: Option<String>,
    pub agency: Option<String>,
}

/// yyyy-mm-dd → dd/mm/yyyy, as Vietnamese documents write dates.
pub fn vn_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => format!("{d}/{m}/{y}"),
        _ => iso.to_string(),
    }
}

pub fn days(x: f64) -> String {
    let s = format!("{:.2}", x);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.replace('.', ",")
}

pub fn duration(d: &Duration) -> String {
    let unit = match d.unit {
        Some(DayUnit::CalendarDays) => "ngày",
        _ => "ngày làm việc",
    };
    format!("{} {unit}", days(d.value))
}

pub fn channel(c: Channel) -> &'static str {
    match c {
        Channel::Direct => "Trực tiếp",
        Channel::Online => "Trực tuyến",
        Channel::Postal => "Qua dịch vụ bưu chính công ích",
    }
}

pub fn citation(c: &Citation) -> String {
    let kind = match c.kind {
        CitationKind::Law => "Luật",
        CitationKind::Resolution => "Nghị quyết",
        CitationKind::Decree => "Nghị định",
        CitationKind::Circular => "Thông tư",
        CitationKind::Decision => "Quyết định",
        CitationKind::Standard => "Tiêu chuẩn",
        CitationKind::Document => "Văn bản",
    };
    let mut s = format!("{kind} {}", c.number.as_deref().unwrap_or(""));
    if let Some(d) = &c.date {
        s.push_str(&format!(" ngày {}", vn_date(d)));
    }
    if let Some(t) = &c.title {
        s.push_str(&format!(" — {t}"));
    }
    s
}

pub fn fee(f: &Fee) -> String {
    let kind = match f.kind {
        FeeKind::Fee => "Phí",
        FeeKind::Charge => "Lệ phí",
    };
    let ch = f.channel.map(|c| format!(" ({})", channel(c).to_lowercase())).unwrap_or_default();
    let amount = if f.none {
        "Không".to_string()
    } else if let Some(a) = f.amount_vnd {
        format!("{} đồng", group_thousands(a))
    } else {
        f.text.clone().unwrap_or_default()
    };
    let basis = f.basis.as_deref().map(|b| format!(" (theo {b})")).unwrap_or_default();
    format!("{kind}{ch}: {amount}{basis}")
}

/// 500000 → 500.000
pub fn group_thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

pub fn medium(m: &str) -> &'static str {
    if m == "electronic" {
        "Điện tử"
    } else {
        "Giấy"
    }
}

/// The paragraphs of a text: blank lines separate them; single line breaks inside one are
/// the author's wrapping and become spaces.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// A duration as written in the source ("2h", "1.5d") in Vietnamese: "2 giờ", "1,5 ngày làm
/// việc". Anything else is returned as written.
pub fn vn_time(text: &str) -> String {
    let t = text.trim();
    let (num, unit) = match t.char_indices().last() {
        Some((i, 'h')) => (&t[..i], "giờ"),
        Some((i, 'd')) => (&t[..i], "ngày làm việc"),
        _ => return t.to_string(),
    };
    if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return t.to_string();
    }
    format!("{} {unit}", num.replace('.', ","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_in_vietnamese() {
        assert_eq!(vn_time("2h"), "2 giờ");
        assert_eq!(vn_time("1.5d"), "1,5 ngày làm việc");
        assert_eq!(vn_time("0.5d"), "0,5 ngày làm việc");
        assert_eq!(vn_time("3d"), "3 ngày làm việc");
        assert_eq!(vn_time("ngay"), "ngay");
        assert_eq!(vn_time("h"), "h");
    }
}
