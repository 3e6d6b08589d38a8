//! QC065 `abolished-district-place`: A 2025-regime address or place of reception names a district-level unit.
//!
//! From 01/07/2025 local government has two levels, province and commune (Law 72/2025/QH15 on
//! the Organisation of Local Government): no huyện, quận, thị xã or city under a province
//! is an administrative unit any more. The agency's address or the place of reception of a
//! procedure under the 2025 regime that still names one ("thành phố Vị Thanh", "Quận 1",
//! "huyện Châu Thành") was copied from an old text and sends applicants by a name that no
//! longer exists. A warning: the address is the agency's to correct. Bodies (the agency, a
//! unit doing a step, the approving decision's issuer) are QC057's.

use crate::gov_level::district_units_in;
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
        r#"Từ 01/07/2025 không còn đơn vị hành chính cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh hoặc thuộc thành phố trực thuộc Trung ương). Quy trình theo chế độ 2025 mà địa chỉ của cơ quan hoặc nơi tiếp nhận hồ sơ còn ghi một đơn vị như vậy (ví dụ «thành phố Vị Thanh», «Quận 1», «huyện Châu Thành», «TP. Thủ Dầu Một», «Q.1») hoặc «cấp huyện» thì được báo, tại chính tên đơn vị. Chỉ đọc tên viết hoa hoặc số đứng sau «huyện», «huyện đảo», «quận», «thị xã», «thành phố» và các chữ viết tắt «TP.», «T.P», «TX.», «Q.», «H.»; không báo thành phố trực thuộc Trung ương (kể cả «TP. HCM»), tên riêng có các chữ đó («Bà Huyện Thanh Quan», «đường Quận …», «Khu đô thị Thành phố …»), và tên cũ được ghi rõ là cũ («… cũ», «(trước đây là Quận 1)», «Quận 1 (nay là …)»)."#,
        r#"Since 01/07/2025 there are no district-level units (huyện, quận, thị xã, cities under a province or under a centrally run city). A 2025-regime procedure whose agency address or place of reception still names one (e.g. «thành phố Vị Thanh», «Quận 1», «huyện Châu Thành», «TP. Thủ Dầu Một», «Q.1») or says «cấp huyện» is reported, at the unit's name. Only a capitalised name or a number after «huyện», «huyện đảo», «quận», «thị xã», «thành phố» or the abbreviations «TP.», «T.P», «TX.», «Q.», «H.» is read; centrally run cities (also «TP. HCM»), proper names holding those words («Bà Huyện Thanh Quan», «đường Quận …», «Khu đô thị Thành phố …») and a former name said to be one («… cũ», «(trước đây là Quận 1)», «Quận 1 (nay là …)») are not reported."#,
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
                    "Ghi địa chỉ trụ sở theo xã, phường, đặc khu và tỉnh, thành phố hiện nay.",
                    "Write the seat's address by the commune, ward or special zone and the province or city as they are now.",
                ),
            ));
        }
        if let Some(place) = &p.syntax.place {
            places.push((
                place.span,
                place.value.as_str(),
                Text::new(
                    "Ghi nơi tiếp nhận hiện nay (Trung tâm Phục vụ hành chính công cấp tỉnh hoặc cấp xã), với địa chỉ theo xã, phường, đặc khu và tỉnh, thành phố hiện nay.",
                    "Write the place of reception as it is now (the provincial or commune Public Administration Service Centre), with its address by the commune, ward or special zone and the province or city as they are now.",
                ),
            ));
        }
        for (span, text, help) in places {
            let found = district_units_in(text);
            let Some(&(a, b)) = found.first() else { continue };
            // At the unit itself when the text stands in the file as it is read (one line,
            // no escapes), else at the whole text.
            let written_as_read = span.end().saturating_sub(span.start()) == text.len() + 2;
            let at = |(a, b): (usize, usize)| {
                if written_as_read {
                    Span::new(span.file, span.start() + 1 + a, span.start() + 1 + b)
                } else {
                    span
                }
            };
            let names: Vec<String> = found.iter().map(|&(a, b)| format!("«{}»", text.get(a..b).unwrap_or_default())).collect();
            let names = names.join(", ");
            let (vi, en) = (
                format!("{names}: không còn đơn vị hành chính cấp huyện từ 01/07/2025"),
                format!("{names}: there are no district-level units since 01/07/2025"),
            );
            let d = out.emit_with(at((a, b)), Text::new(vi, en), help);
            for &unit in found.iter().skip(1) {
                if written_as_read {
                    also(d, at(unit), Text::new("cũng là đơn vị cấp huyện", "also a district-level unit"));
                }
            }
        }
    }
}
