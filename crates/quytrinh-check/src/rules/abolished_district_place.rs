//! QC065 `abolished-district-place`: A 2025-regime address or place of reception names a district-level unit.
//!
//! From 01/07/2025 local government has two levels, province and commune (Law 72/2025/QH15 on
//! the Organisation of Local Government): no huyện, quận, thị xã or city under a province
//! is an administrative unit any more. The agency's address or the place of reception of a
//! procedure under the 2025 regime that still names one ("thành phố Vị Thanh", "Quận 1",
//! "huyện Châu Thành") was copied from an old text and sends applicants by a name that no
//! longer exists. A warning: the address is the agency's to correct. Bodies (the agency, a
//! unit doing a step, the approving decision's issuer) are QC057's.

use crate::gov_level::district_unit_in;
use crate::rules::prelude::*;

pub struct AbolishedDistrictPlace;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC065"),
    name: "abolished-district-place",
    status: Status::Preview,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: ONLY_2025,
    basis: &[RegimeBasis {
        regime: R2025,
        citations: &[
            law(L72).note("chính quyền địa phương hai cấp: cấp tỉnh và cấp xã", "two-level local government: province and commune"),
            law(D118).art("3").cl("3").note("Bộ phận Một cửa chỉ ở cấp bộ, tỉnh, xã", "one-stop units only at ministry, province, commune"),
        ],
    }],
    unconfirmed: false,
    autofix: None,
    title: t(
        r#"Địa chỉ hoặc nơi tiếp nhận còn ghi đơn vị hành chính cấp huyện"#,
        r#"An address or place of reception names a district-level unit"#,
    ),
    what: t(
        r#"Từ 01/07/2025 không còn đơn vị hành chính cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh). Quy trình theo chế độ 2025 mà địa chỉ của cơ quan hoặc nơi tiếp nhận hồ sơ còn ghi một đơn vị như vậy (ví dụ «thành phố Vị Thanh», «Quận 1», «huyện Châu Thành») thì được báo. Chỉ đọc tên đơn vị đứng sau «huyện», «quận», «thị xã», «thành phố», «TP.» và viết hoa; thành phố trực thuộc Trung ương không bị báo."#,
        r#"Since 01/07/2025 there are no district-level units (huyện, quận, thị xã, cities under a province). A 2025-regime procedure whose agency address or place of reception still names one (e.g. «thành phố Vị Thanh», «Quận 1», «huyện Châu Thành») is reported. Only a capitalised name after «huyện», «quận», «thị xã», «thành phố», «TP.» is read; centrally run cities are not reported."#,
    ),
    why: t(
        r#"Người dân được hướng dẫn đến một địa chỉ ghi theo đơn vị hành chính không còn; văn bản ban hành mới phải ghi theo đơn vị hiện nay."#,
        r#"Applicants are sent to an address written in units that no longer exist; a newly issued document must use the units as they are now."#,
    ),
    fix: t(
        r#"Ghi địa chỉ theo xã, phường, đặc khu và tỉnh, thành phố hiện nay."#,
        r#"Write the address by the commune, ward or special zone and the province or city as they are now."#,
    ),
    invalid: &[
        ("regime", "  regime decree_118_2025"),
        ("agency", "  agency skhcn_dt"),
        ("place", r#"  place "Trung tâm Phục vụ hành chính công huyện Châu Thành, tỉnh Đồng Tháp""#),
    ],
    valid: &[
        ("regime", "  regime decree_118_2025"),
        ("agency", "  agency skhcn_dt"),
        ("place", r#"  place "Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp""#),
    ],
    context: r#"agency skhcn_dt {
  name    "Sở Khoa học và Công nghệ tỉnh Đồng Tháp"
  parent  "Ủy ban nhân dân tỉnh Đồng Tháp"
  address "Số 1, phường Cao Lãnh, tỉnh Đồng Tháp"

  unit motcua   "Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp" one_stop
  unit vanphong "Văn phòng Sở"
  unit qlcn     "Phòng Quản lý công nghệ"

  role giamdoc "Giám đốc Sở" signs
  role phogd   "Phó Giám đốc Sở" signs
  role cv_mc   "Công chức tiếp nhận tại Bộ phận Một cửa" in motcua
  role vanthu  "Văn thư Sở" in vanphong
  role tp_qlcn "Trưởng phòng Quản lý công nghệ" in qlcn
  role cv_qlcn "Chuyên viên Phòng Quản lý công nghệ" in qlcn
}
"#,
};

impl Rule for AbolishedDistrictPlace {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        // The agency's address is reported in the agency file: once for the catalogue, not
        // once per procedure (the same finding from several files is shown once).
        let mut places: Vec<(Span, &str, Text)> = Vec::new();
        if let Some(address) = p.agency.and_then(|a| cx.cat.agency(a).syntax.address.as_ref()) {
            places.push((
                address.span,
                address.value.as_str(),
                Text::new(
                    "Ghi địa chỉ trụ sở theo xã, phường và tỉnh, thành phố hiện nay.",
                    "Write the seat's address by the commune or ward and the province or city as they are now.",
                ),
            ));
        }
        if let Some(place) = &p.syntax.place {
            places.push((
                place.span,
                place.value.as_str(),
                Text::new(
                    "Ghi nơi tiếp nhận hiện nay (Trung tâm Phục vụ hành chính công cấp tỉnh hoặc cấp xã), với địa chỉ theo xã, phường và tỉnh, thành phố hiện nay.",
                    "Write the place of reception as it is now (the provincial or commune Public Administration Service Centre), with its address by the commune or ward and the province or city as they are now.",
                ),
            ));
        }
        for (span, text, help) in places {
            if let Some(unit) = district_unit_in(text) {
                out.emit_with(
                    span,
                    Text::new(
                        format!("«{unit}» là đơn vị hành chính cấp huyện, không còn từ 01/07/2025"),
                        format!("«{unit}» is a district-level unit; there are none since 01/07/2025"),
                    ),
                    help,
                );
            }
        }
    }
}
