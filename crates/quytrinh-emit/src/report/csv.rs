//! CSV that is safe to open in a spreadsheet: RFC 4180 quoting, and cells that a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return at the
//! start) are neutralised with a leading `'`.

use super::figures::{fmt_days, Report};

/// One cell, quoted when needed and never a formula.
pub fn cell(s: &str) -> String {
    let neutral = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

fn opt(d: Option<f64>) -> String {
    d.map(fmt_days).unwrap_or_default()
}

/// One line per procedure, with a header line.
pub fn procedures_csv(r: &Report) -> String {
    // A UTF-8 byte-order mark: without it, spreadsheets open the file in a legacy code page
    // and Vietnamese letters come out garbled.
    let mut out =
        String::from("\u{FEFF}code,tthc_code,name,field,decision,statutory_days,statutory_unit,internal_days,cut_days,cut_percent\r\n");
    for p in &r.procedures {
        let cells = [
            cell(&p.code),
            cell(p.tthc_code.as_deref().unwrap_or("")),
            cell(p.name.as_deref().unwrap_or("")),
            cell(p.field.as_deref().unwrap_or("")),
            cell(p.decision.as_deref().unwrap_or("")),
            opt(p.statutory_days),
            cell(p.statutory_unit.as_deref().unwrap_or("")),
            fmt_days(p.internal_days),
            opt(p.cut_days),
            opt(p.cut_percent),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_are_neutralised_and_quotes_doubled() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("Cấp phép"), "Cấp phép");
    }
}
