//! QC019 `superseded-instrument`: Cites an instrument that was replaced.
//!
//! A procedure dated (effective or revision date) on or after a replacement took effect still cites the old instrument. Table: Decree 61/2018 and 107/2021 → Decree 118/2025 (01/07/2025); Circular 01/2018/TT-VPCP → Circular 03/2025/TT-VPCP (15/09/2025 — date of issue; its effective date is not confirmed); Decree 42/2022 → Decree 224/2026 (01/07/2026); Decree 43/2011 → Decree 42/2022 (15/08/2022). Each date is the day the replacing instrument took effect.

use crate::rules::prelude::*;

pub struct SupersededInstrument;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC019"),
    name: "superseded-instrument",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(D118)
                    .art("40")
                    .cl("1")
                    .note("Nghị định 61/2018 và 107/2021 hết hiệu lực từ 01/07/2025", "Decrees 61/2018 and 107/2021 cease from 01/07/2025"),
                law(D224)
                    .art("90")
                    .cl("2")
                    .pt("b")
                    .note("Nghị định 42/2022 hết hiệu lực từ 01/07/2026", "Decree 42/2022 ceases from 01/07/2026"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118)
                    .art("40")
                    .cl("1")
                    .note("Nghị định 61/2018 và 107/2021 hết hiệu lực từ 01/07/2025", "Decrees 61/2018 and 107/2021 cease from 01/07/2025"),
                law(D224)
                    .art("90")
                    .cl("2")
                    .pt("b")
                    .note("Nghị định 42/2022 hết hiệu lực từ 01/07/2026", "Decree 42/2022 ceases from 01/07/2026"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: Some(Applicability::Safe),
    title: t(r#"Dẫn chiếu văn bản đã bị thay thế"#, r#"Cites an instrument that was replaced"#),
    what: t(
        r#"Quy trình có ngày (hiệu lực hoặc lần ban hành) từ ngày văn bản thay thế có hiệu lực mà vẫn dẫn chiếu văn bản cũ. Bảng thay thế: NĐ 61/2018 và NĐ 107/2021 → NĐ 118/2025 (01/07/2025); TT 01/2018/TT-VPCP → TT 03/2025/TT-VPCP (15/09/2025 — ngày ban hành; ngày có hiệu lực chưa xác nhận); NĐ 42/2022 → NĐ 224/2026 (01/07/2026); NĐ 43/2011 → NĐ 42/2022 (15/08/2022). Mỗi mốc là ngày văn bản thay thế có hiệu lực."#,
        r#"A procedure dated (effective or revision date) on or after a replacement took effect still cites the old instrument. Table: Decree 61/2018 and 107/2021 → Decree 118/2025 (01/07/2025); Circular 01/2018/TT-VPCP → Circular 03/2025/TT-VPCP (15/09/2025 — date of issue; its effective date is not confirmed); Decree 42/2022 → Decree 224/2026 (01/07/2026); Decree 43/2011 → Decree 42/2022 (15/08/2022). Each date is the day the replacing instrument took effect."#,
    ),
    why: t(r#"Căn cứ hết hiệu lực làm quy trình bị trả lại khi thẩm định."#, r#"A basis no longer in force gets the procedure sent back."#),
    fix: t(
        r#"Thay văn bản cũ bằng văn bản thay thế (và cân nhắc `regime decree_118_2025`)."#,
        r#"Cite the replacing instrument (and consider `regime decree_118_2025`)."#,
    ),
    invalid: &[
        (r#"effective"#, r#"  effective 2025-08-01"#),
        (
            r#"revision"#,
            r#"  revision 2 2025-08-01 "Cập nhật" {
    drafted  "Nguyễn Văn An"  "Chuyên viên"  2025-07-10
    reviewed "Trần Thị Bình"  "Trưởng phòng" 2025-07-15
    approved "Phạm Văn Cường" "Giám đốc Sở"  2025-07-20
  }"#,
        ),
        (
            r#"basis"#,
            r#"  basis {
    law      "07/2017/QH14"    2017-06-19 "Luật Chuyển giao công nghệ"
    decree   "61/2018/NĐ-CP"   2018-04-23 "Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"
  }"#,
        ),
    ],
    valid: &[],
    context: r#""#,
};

impl Rule for SupersededInstrument {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(date) = procedure_date(p) else { return };
        let Some(b) = &p.syntax.basis else { return };
        let key_of = |n: &Str| fold(&n.value).replace(' ', "");
        // Successors already cited, or given by a fix made earlier in this list: a second
        // old instrument with the same successor (Decree 61/2018 and 107/2021) is removed.
        let mut cited: Vec<String> = b.items.iter().filter_map(|c| c.number.as_ref()).map(key_of).collect();
        for c in &b.items {
            let Some(n) = &c.number else { continue };
            let key = key_of(n);
            for r in REPLACEMENTS {
                if key.starts_with(r.old) && date >= r.from {
                    let new_key = fold(r.number).replace(' ', "");
                    let fix = if cited.contains(&new_key) {
                        whole_line(cx.cat, p, c.span).map(|line| {
                            Fix::safe(
                                Text::new(
                                    format!("Bỏ dòng dẫn chiếu `{}` (đã dẫn chiếu {})", n.value, r.new),
                                    format!("Remove the citation of `{}` ({} is cited)", n.value, r.new),
                                ),
                                vec![Edit::delete(line)],
                            )
                        })
                    } else {
                        cited.push(new_key);
                        let mut edits = vec![Edit::replace(n.span, format!("\"{}\"", r.number))];
                        match c.date {
                            Some(d) => edits.push(Edit::replace(d.span, r.issued.to_string())),
                            None => edits.push(Edit::insert_after(n.span, format!(" {}", r.issued))),
                        }
                        match &c.title {
                            Some(t) => edits.push(Edit::replace(t.span, format!("\"{}\"", r.title))),
                            None => edits.push(Edit::insert_after(c.date.map(|d| d.span).unwrap_or(n.span), format!(" \"{}\"", r.title))),
                        }
                        let title = Text::new(
                            format!("Dẫn chiếu {} thay cho `{}`", r.new, n.value),
                            format!("Cite {} instead of `{}`", r.new, n.value),
                        );
                        // A replacement or a title not confirmed against the text waits for a person.
                        Some(if r.unconfirmed || !r.title_confirmed { Fix::unsafe_(title, edits) } else { Fix::safe(title, edits) })
                    };
                    let d = out.emit_with(
                        n.span,
                        Text::new(
                            format!(
                                "`{}` đã được thay thế bởi {} từ ngày {}; quy trình ngày {} vẫn dẫn chiếu nó",
                                n.value,
                                r.new,
                                r.from.vi(),
                                date.vi()
                            ),
                            format!(
                                "`{}` was replaced by {} from {}; this procedure, dated {date}, still cites it",
                                n.value, r.new, r.from
                            ),
                        ),
                        Text::new(
                            format!(
                                "Dẫn chiếu {} thay cho văn bản cũ.{}",
                                r.new,
                                if r.unconfirmed { " (Ngày thay thế chưa được xác nhận.)" } else { "" }
                            ),
                            format!(
                                "Cite {} instead.{}",
                                r.new,
                                if r.unconfirmed { " (The replacement date is not confirmed.)" } else { "" }
                            ),
                        ),
                    );
                    d.fix = fix;
                }
            }
        }
    }
}

struct Replacement {
    /// The old instrument's number, folded (lower case, no diacritics, no spaces).
    old: &'static str,
    new: &'static str,
    from: Date,
    unconfirmed: bool,
    /// The successor as a citation is written: number, date of issue, title (trích yếu).
    number: &'static str,
    issued: Date,
    title: &'static str,
    /// The title was read in the instrument's text (else in a listing: the fix is unsafe).
    title_confirmed: bool,
}

const D118_TITLE: &str =
    "Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia";

const fn d(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// Circular 03/2025/TT-VPCP's title, as its first page gives it (and as provincial
/// decisions cite it, e.g. Thanh Hóa's 128/2025/QĐ-UBND).
const C03_TITLE: &str = "Hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia";

/// Instruments replaced by later ones, with the day the replacement took effect.
const REPLACEMENTS: &[Replacement] = &[
    Replacement {
        old: "61/2018/nd-cp",
        new: "Nghị định 118/2025/NĐ-CP",
        from: d(2025, 7, 1),
        unconfirmed: false,
        number: "118/2025/NĐ-CP",
        issued: d(2025, 6, 9),
        title: D118_TITLE,
        title_confirmed: true,
    },
    Replacement {
        old: "107/2021/nd-cp",
        new: "Nghị định 118/2025/NĐ-CP",
        from: d(2025, 7, 1),
        unconfirmed: false,
        number: "118/2025/NĐ-CP",
        issued: d(2025, 6, 9),
        title: D118_TITLE,
        title_confirmed: true,
    },
    // 15/09/2025 is the Circular's date of issue; its effectivity clause is not confirmed,
    // hence `unconfirmed` (the help says so, and the fix is unsafe).
    Replacement {
        old: "01/2018/tt-vpcp",
        new: "Thông tư 03/2025/TT-VPCP",
        from: d(2025, 9, 15),
        unconfirmed: true,
        number: "03/2025/TT-VPCP",
        issued: d(2025, 9, 15),
        title: C03_TITLE,
        title_confirmed: true,
    },
    Replacement {
        old: "42/2022/nd-cp",
        new: "Nghị định 224/2026/NĐ-CP",
        from: d(2026, 7, 1),
        unconfirmed: false,
        number: "224/2026/NĐ-CP",
        issued: d(2026, 6, 24),
        title: "Quy định chi tiết một số điều và biện pháp thi hành Luật Chuyển đổi số",
        title_confirmed: true,
    },
    // Decree 42/2022 was signed on 24/06/2022 but took effect on 15/08/2022: the
    // replacement counts from the effective date, as every other line of this table.
    Replacement {
        old: "43/2011/nd-cp",
        new: "Nghị định 42/2022/NĐ-CP",
        from: d(2022, 8, 15),
        unconfirmed: false,
        number: "42/2022/NĐ-CP",
        issued: d(2022, 6, 24),
        title: "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
        title_confirmed: true,
    },
];
