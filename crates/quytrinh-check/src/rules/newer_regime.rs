//! QC055 `newer-regime`: A procedure dated after 01/07/2025 under the 2018 regime.
//!
//! A procedure dated (effective or revision) on or after 01/07/2025 still under `circular_01_2018`.

use crate::rules::prelude::*;

pub struct NewerRegime;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC055"),
    name: "newer-regime",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: ONLY_2018,
    basis: &[RegimeBasis {
        regime: R2018,
        citations: &[law(D118)
            .art("40")
            .cl("1")
            .note("hiệu lực từ 01/07/2025; Nghị định 61/2018 hết hiệu lực", "in force from 01/07/2025; Decree 61/2018 ceases")],
    }],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Quy trình sau 01/07/2025 vẫn theo chế độ 2018"#, r#"A procedure dated after 01/07/2025 under the 2018 regime"#),
    what: t(
        r#"Quy trình có ngày (hiệu lực hoặc lần ban hành) từ 01/07/2025 mà vẫn theo chế độ `circular_01_2018` — do tệp hoặc quytrinh.toml ghi như vậy (không ghi gì thì quy trình theo chế độ có hiệu lực vào ngày hiệu lực của nó), hoặc quy trình chưa có ngày hiệu lực mà ngày lần ban hành đã sau mốc đó."#,
        r#"A procedure dated (effective or revision) on or after 01/07/2025 still under `circular_01_2018` — because the file or quytrinh.toml says so (with neither, a procedure follows the regime in force on its effective date), or because it has no effective date yet but a revision dated after that day."#,
    ),
    why: t(
        r#"Nghị định 61/2018 hết hiệu lực từ 01/07/2025; biểu mẫu và tên Bộ phận Một cửa đã đổi."#,
        r#"Decree 61/2018 lapsed on 01/07/2025; the forms and one-stop unit names changed."#,
    ),
    fix: t(
        r#"Viết `regime decree_118_2025` (hoặc đặt `regime` trong quytrinh.toml) và cập nhật biểu mẫu."#,
        r#"Write `regime decree_118_2025` (or set `regime` in quytrinh.toml) and update the forms."#,
    ),
    invalid: &[
        (r#"regime"#, r#"  regime circular_01_2018"#),
        (r#"effective"#, r#"  effective 2025-08-01"#),
        (
            r#"revision"#,
            r#"  revision 1 2025-08-01 "Ban hành lần đầu" {
    drafted  "Nguyễn Văn An"  "Chuyên viên"  2025-07-10
    reviewed "Trần Thị Bình"  "Trưởng phòng" 2025-07-15
    approved "Phạm Văn Cường" "Giám đốc Sở"  2025-07-20
  }"#,
        ),
    ],
    valid: &[],
    context: r#""#,
};

impl Rule for NewerRegime {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(date) = procedure_date(p) else { return };
        let from = Regime::Decree1182025.in_force_from();
        if date >= from {
            let span = p.syntax.regime.map(|r| r.1).or(p.syntax.effective.map(|e| e.span)).unwrap_or(p.syntax.code.span);
            out.emit(
                span,
                Text::new(
                    format!("Quy trình ngày {} theo Nghị định 61/2018 đã hết hiệu lực từ {}", date.vi(), from.vi()),
                    format!("This procedure, dated {date}, follows Decree 61/2018, which lapsed on {from}"),
                ),
            );
        }
    }
}
