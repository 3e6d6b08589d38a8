//! A rule's basis: for each regime it applies in, the provisions it rests on — the law
//! (instrument, article, clause, point, form) or, where no law says it, the ISO practice
//! (a clause of TCVN ISO 9001:2015).
//!
//! Why structured: officers and the provincial control office look the article up, so it
//! must be exact and in the form Vietnamese legal writing uses («điểm a khoản 1 Điều 17
//! Nghị định …», smallest unit first, as the decrees cite each other); tools get the same
//! fields in `quytrinh rules --format json`.

use quytrinh_diagnostics::Lang;
use quytrinh_model::Regime;

use crate::rule::T;

/// Whether a citation is a legal duty or a practice of the ISO quality system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Law,
    Practice,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Law => "law",
            Kind::Practice => "practice",
        }
    }
}

/// A legal instrument or standard, named in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instrument {
    pub vi: &'static str,
    pub en: &'static str,
}

/// Decree 61/2018/NĐ-CP (the one-stop decree until 30/06/2025).
pub const D61: Instrument = Instrument { vi: "Nghị định 61/2018/NĐ-CP", en: "Decree 61/2018/NĐ-CP" };
/// Circular 01/2018/TT-VPCP, guiding Decree 61/2018.
pub const C01: Instrument = Instrument { vi: "Thông tư 01/2018/TT-VPCP", en: "Circular 01/2018/TT-VPCP" };
/// Decree 118/2025/NĐ-CP (the one-stop decree from 01/07/2025).
pub const D118: Instrument = Instrument { vi: "Nghị định 118/2025/NĐ-CP", en: "Decree 118/2025/NĐ-CP" };
/// Circular 03/2025/TT-VPCP, guiding Decree 118/2025 (its forms: Appendix I).
pub const C03: Instrument = Instrument { vi: "Thông tư 03/2025/TT-VPCP", en: "Circular 03/2025/TT-VPCP" };
/// Decree 63/2010/NĐ-CP on TTHC control (as amended in 2013 and 2017).
pub const D63: Instrument = Instrument { vi: "Nghị định 63/2010/NĐ-CP", en: "Decree 63/2010/NĐ-CP" };
/// Decree 30/2020/NĐ-CP on clerical work.
pub const D30: Instrument = Instrument { vi: "Nghị định 30/2020/NĐ-CP", en: "Decree 30/2020/NĐ-CP" };
/// Decree 42/2022/NĐ-CP on online public services (until 30/06/2026).
pub const D42: Instrument = Instrument { vi: "Nghị định 42/2022/NĐ-CP", en: "Decree 42/2022/NĐ-CP" };
/// Decree 224/2026/NĐ-CP implementing the Law on Digital Transformation (from 01/07/2026).
pub const D224: Instrument = Instrument { vi: "Nghị định 224/2026/NĐ-CP", en: "Decree 224/2026/NĐ-CP" };
/// Civil Code 2015.
pub const BLDS: Instrument = Instrument { vi: "Bộ luật Dân sự 91/2015/QH13", en: "Civil Code 91/2015/QH13" };
/// The 40-hour working week of state bodies.
pub const QD188: Instrument = Instrument { vi: "Quyết định 188/1999/QĐ-TTg", en: "Decision 188/1999/QĐ-TTg" };
/// Law on the Organisation of Local Government 2025 (two levels).
pub const L72: Instrument = Instrument {
    vi: "Luật Tổ chức chính quyền địa phương 72/2025/QH15",
    en: "Law on the Organisation of Local Government 72/2025/QH15",
};
/// The national standard of the quality management system.
/// The National Assembly's resolution rearranging the provinces (63 → 34).
pub const NQ202: Instrument = Instrument { vi: "Nghị quyết 202/2025/QH15", en: "Resolution 202/2025/QH15" };

pub const ISO: Instrument = Instrument { vi: "TCVN ISO 9001:2015", en: "TCVN ISO 9001:2015" };

/// One provision. Every part but the instrument is optional; for the ISO standard the
/// clause number (`7.5.2`) is the clause and its item (`c`) the point.
#[derive(Debug, Clone, Copy)]
pub struct Citation {
    pub kind: Kind,
    pub instrument: Instrument,
    pub article: Option<&'static str>,
    pub clause: Option<&'static str>,
    pub point: Option<&'static str>,
    /// A form number of the instrument's annex, e.g. `02` for «Mẫu số 02».
    pub form: Option<&'static str>,
    /// What the provision says, in a few words, when the number alone does not tell.
    pub note: Option<T>,
}

/// A provision of the law.
pub const fn law(instrument: Instrument) -> Citation {
    Citation { kind: Kind::Law, instrument, article: None, clause: None, point: None, form: None, note: None }
}

/// A clause of TCVN ISO 9001:2015, as practice (no law says it).
pub const fn iso(clause: &'static str) -> Citation {
    Citation { kind: Kind::Practice, instrument: ISO, article: None, clause: Some(clause), point: None, form: None, note: None }
}

impl Citation {
    pub const fn art(self, article: &'static str) -> Citation {
        Citation { article: Some(article), ..self }
    }
    pub const fn cl(self, clause: &'static str) -> Citation {
        Citation { clause: Some(clause), ..self }
    }
    pub const fn pt(self, point: &'static str) -> Citation {
        Citation { point: Some(point), ..self }
    }
    pub const fn form(self, form: &'static str) -> Citation {
        Citation { form: Some(form), ..self }
    }
    pub const fn note(self, vi: &'static str, en: &'static str) -> Citation {
        Citation { note: Some(T { vi, en }), ..self }
    }

    /// «điểm a khoản 1 Điều 17 Nghị định 118/2025/NĐ-CP» / «Decree 118/2025/NĐ-CP, Art. 17(1)(a)».
    pub fn render(&self, lang: Lang) -> String {
        let mut s = match lang {
            Lang::Vi => self.render_vi(),
            Lang::En => self.render_en(),
        };
        if let Some(n) = self.note {
            s.push_str(&format!(" ({})", if lang == Lang::Vi { n.vi } else { n.en }));
        }
        if self.kind == Kind::Practice {
            let iso = self.instrument == ISO;
            s.push_str(match (lang, iso) {
                (Lang::Vi, true) => " — thực hành ISO",
                (Lang::Vi, false) => " — thực hành",
                (Lang::En, true) => " — ISO practice",
                (Lang::En, false) => " — practice",
            });
        }
        s
    }

    fn render_vi(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(f) = self.form {
            parts.push(format!("Mẫu số {f} ban hành kèm theo"));
        }
        if self.instrument == ISO {
            if let Some(c) = self.clause {
                parts.push(match self.point {
                    Some(p) => format!("mục {c} {p})"),
                    None => format!("mục {c}"),
                });
            }
        } else {
            if let Some(p) = self.point {
                parts.push(format!("điểm {p}"));
            }
            if let Some(c) = self.clause {
                parts.push(format!("khoản {c}"));
            }
            if let Some(a) = self.article {
                parts.push(format!("Điều {a}"));
            }
        }
        parts.push(self.instrument.vi.to_string());
        capitalise(&parts.join(" "))
    }

    fn render_en(&self) -> String {
        let mut s = self.instrument.en.to_string();
        if self.instrument == ISO {
            if let Some(c) = self.clause {
                s.push_str(&format!(", clause {c}"));
                if let Some(p) = self.point {
                    s.push_str(&format!("({p})"));
                }
            }
        } else if let Some(a) = self.article {
            s.push_str(&format!(", Art. {a}"));
            if let Some(c) = self.clause {
                s.push_str(&format!("({c})"));
            }
            if let Some(p) = self.point {
                s.push_str(&format!("({p})"));
            }
        }
        if let Some(f) = self.form {
            s.push_str(&format!(", Form {f}"));
        }
        s
    }
}

/// Upper-case the first letter: a citation heads its line.
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The provisions a rule rests on under one regime.
#[derive(Debug, Clone, Copy)]
pub struct RegimeBasis {
    pub regime: Regime,
    pub citations: &'static [Citation],
}

/// The citations of one regime joined: «…; …».
pub fn render_regime(b: &RegimeBasis, lang: Lang) -> String {
    b.citations.iter().map(|c| c.render(lang)).collect::<Vec<_>>().join("; ")
}

/// Every regime's citations on one line, each prefixed by the regime's id.
pub fn render_all(bases: &[RegimeBasis], lang: Lang) -> String {
    bases.iter().map(|b| format!("{}: {}", b.regime.id(), render_regime(b, lang))).collect::<Vec<_>>().join(" | ")
}

/// The kinds a basis uses: law, practice, or both (for the page's summary row).
pub fn kinds(bases: &[RegimeBasis]) -> (bool, bool) {
    let all = bases.iter().flat_map(|b| b.citations.iter());
    let law = all.clone().any(|c| c.kind == Kind::Law);
    let practice = all.clone().any(|c| c.kind == Kind::Practice);
    (law, practice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_vietnamese_smallest_unit_first_and_english_with_parentheses() {
        let c = law(D118).art("17").cl("1").pt("a");
        assert_eq!(c.render(Lang::Vi), "Điểm a khoản 1 Điều 17 Nghị định 118/2025/NĐ-CP");
        assert_eq!(c.render(Lang::En), "Decree 118/2025/NĐ-CP, Art. 17(1)(a)");
    }

    #[test]
    fn renders_forms_and_iso_practice() {
        let f = law(C03).form("05");
        assert_eq!(f.render(Lang::Vi), "Mẫu số 05 ban hành kèm theo Thông tư 03/2025/TT-VPCP");
        assert_eq!(f.render(Lang::En), "Circular 03/2025/TT-VPCP, Form 05");
        let i = iso("7.5.2").pt("c");
        assert_eq!(i.render(Lang::Vi), "Mục 7.5.2 c) TCVN ISO 9001:2015 — thực hành ISO");
        assert_eq!(i.render(Lang::En), "TCVN ISO 9001:2015, clause 7.5.2(c) — ISO practice");
    }

    #[test]
    fn renders_a_note_and_an_article_alone() {
        let c = law(D118).art("40").cl("1").note("hiệu lực từ 01/07/2025", "in force from 01/07/2025");
        assert_eq!(c.render(Lang::Vi), "Khoản 1 Điều 40 Nghị định 118/2025/NĐ-CP (hiệu lực từ 01/07/2025)");
        assert_eq!(law(D30).art("8").render(Lang::En), "Decree 30/2020/NĐ-CP, Art. 8");
    }
}
