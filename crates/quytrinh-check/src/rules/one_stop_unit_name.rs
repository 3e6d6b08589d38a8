//! QC060 `one-stop-unit-name`: Under the 2025 regime, the one-stop unit has one of the names Decree 118/2025 gives.
//!
//! Decree 118/2025 Art. 3(3), 7: the one-stop units are the ministries' "Bộ phận Tiếp nhận và
//! Trả kết quả" and the provincial and commune "Trung tâm Phục vụ hành chính công".

use crate::rules::prelude::*;

pub struct OneStopUnitName;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC060"),
    name: "one-stop-unit-name",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: ONLY_2025,
    basis: &[RegimeBasis {
        regime: R2025,
        citations: &[law(D118).art("3").cl("3"), law(D118).art("7").cl("2"), law(D118).art("7").cl("3")],
    }],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Tên Bộ phận Một cửa không theo Nghị định 118/2025"#, r#"The one-stop unit's name is not one Decree 118/2025 gives"#),
    what: t(
        r#"Theo chế độ 2025, đơn vị `one_stop` của cơ quan thực hiện thủ tục cấp tỉnh, cấp xã có tên «Trung tâm Phục vụ hành chính công …»; thủ tục cấp bộ: «Bộ phận Tiếp nhận và Trả kết quả …»."#,
        r#"Under the 2025 regime the `one_stop` unit is a «Trung tâm Phục vụ hành chính công …» for province and commune TTHC, a «Bộ phận Tiếp nhận và Trả kết quả …» for ministry TTHC."#,
    ),
    why: t(
        r#"Từ 01/07/2025 hồ sơ cấp tỉnh, cấp xã được tiếp nhận tại Trung tâm Phục vụ hành chính công; tên cũ làm người dân đến sai nơi."#,
        r#"From 01/07/2025 province and commune dossiers are received at the Public Administration Service Centre; an old name sends applicants to the wrong place."#,
    ),
    fix: t(
        r#"Đổi tên đơn vị `one_stop` trong tệp cơ quan, ví dụ «Trung tâm Phục vụ hành chính công tỉnh»."#,
        r#"Rename the `one_stop` unit in the agency file, e.g. «Trung tâm Phục vụ hành chính công tỉnh»."#,
    ),
    invalid: &[("regime", "  regime decree_118_2025"), ("agency", "  agency sokhcn2")],
    valid: &[("regime", "  regime decree_118_2025")],
    context: r#"agency sokhcn2 {
  name "Sở Khoa học và Công nghệ (trước 01/07/2025)"
  unit motcua   "Bộ phận Một cửa của Sở" one_stop
  unit qlcn     "Phòng Quản lý công nghệ"
  unit vanphong "Văn phòng Sở"
}
"#,
};

impl Rule for OneStopUnitName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(agency) = p.agency else { return };
        let Some(unit) = cx.cat.one_stop_unit(agency) else { return };
        let u = cx.cat.unit(unit);
        let name = fold(&u.name);
        let ok = match p.syntax.level.map(|l| l.0) {
            Some(Level::Ministry) => name.contains("bo phan tiep nhan va tra ket qua"),
            _ => name.contains("trung tam phuc vu hanh chinh cong"),
        };
        if !ok {
            let span = p.syntax.agency.as_ref().map(|a| a.span).unwrap_or(p.syntax.code.span);
            let d = out.emit(
                span,
                Text::new(
                    format!("Bộ phận Một cửa «{}» không có tên theo Nghị định 118/2025", u.name),
                    format!("The one-stop unit «{}» does not have a Decree 118/2025 name", u.name),
                ),
            );
            also(d, u.span, Text::new("đơn vị một cửa khai báo ở đây", "the one-stop unit is declared here"));
        }
    }
}
