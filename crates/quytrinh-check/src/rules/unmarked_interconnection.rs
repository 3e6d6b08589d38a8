//! QC054 `unmarked-interconnection`: Steps of another agency, but not marked interconnected.
//!
//! When a step is done by another agency's unit or role, the procedure says `interconnected`
//! — unless the step only asks that agency's opinion (`consults …`): a consultation (lấy ý
//! kiến, Decree 118/2025 Art. 19(4)(b)) is not interconnected handling (liên thông, Art.
//! 3(2)), where each agency decides its own part.

use crate::rules::prelude::*;

pub struct UnmarkedInterconnection;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC054"),
    name: "unmarked-interconnection",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[law(C01).art("4").note("công bố nhóm thủ tục hành chính liên thông", "announcing interconnected TTHC groups")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118).art("3").cl("2").note("cơ chế một cửa liên thông", "the interconnected one-stop mechanism"),
                law(D118).art("36").cl("7"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Có bước của cơ quan khác nhưng chưa đánh dấu liên thông"#, r#"Steps of another agency, but not marked interconnected"#),
    what: t(
        r#"Khi một bước do đơn vị, chức danh của cơ quan khác thực hiện, quy trình ghi `interconnected` — trừ khi bước đó chỉ lấy ý kiến cơ quan kia (`consults …`): lấy ý kiến không phải là liên thông, nơi mỗi cơ quan giải quyết phần việc thuộc thẩm quyền của mình."#,
        r#"When a step is done by another agency's unit or role, the procedure says `interconnected` — unless the step only asks that agency's opinion (`consults …`): a consultation is not interconnected handling, where each agency decides its own part."#,
    ),
    why: t(
        r#"Thủ tục liên thông được công bố, chấm điểm và chuyển hồ sơ theo cách riêng."#,
        r#"Interconnected TTHC are announced, scored and routed differently."#,
    ),
    fix: t(
        r#"Thêm dòng `interconnected` vào quy trình; nếu bước chỉ lấy ý kiến cơ quan kia, ghi `consults <cơ quan>` ở bước đó."#,
        r#"Add an `interconnected` line to the procedure; if the step only asks that agency's opinion, write `consults <agency>` on it."#,
    ),
    invalid: &[(
        r#"steps"#,
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    4 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn 2d
    5 "Xác định và thông báo giá đất cụ thể" by cv_stc 4h  uses BM05
    6 "Xem xét, trình ký"                  by tp_qlcn 4h  uses BM05
    7 "Ký duyệt"                           by giamdoc 4h
    8 "Vào số, đóng dấu, phát hành"        by vanthu  4h  uses BM05
    9 "Trả kết quả"                        by cv_mc   0h  uses BM01
    on incomplete issue BM02 by cv_mc within 3d
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
  }"#,
    )],
    valid: &[],
    context: r#"agency sotc {
  name "Sở Tài chính tỉnh Hậu Giang"
  unit pgcs "Phòng Quản lý giá và công sản"
  role cv_stc "Chuyên viên Phòng Quản lý giá và công sản" in pgcs
}
"#,
};

impl Rule for UnmarkedInterconnection {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.interconnected.is_some() {
            return;
        }
        let Some(own) = p.agency else { return };
        // A consultation step asks another body's opinion; it is not interconnection.
        if let Some(s) = p.steps.iter().find(|s| s.syntax.consults.is_none() && s.actor.is_some_and(|a| actor_agency(a) != own)) {
            let agency = s
                .actor
                .map(|a| cx.cat.agency(actor_agency(a)).syntax.name.as_ref().map(|n| n.value.clone()).unwrap_or_default())
                .unwrap_or_default();
            out.emit(
                s.syntax.actor.as_ref().map(|a| a.span).unwrap_or(s.syntax.number.1),
                Text::new(
                    format!("Bước này do cơ quan khác ({agency}) thực hiện nhưng quy trình chưa ghi `interconnected`"),
                    format!("This step is done by another agency ({agency}) but the procedure is not marked `interconnected`"),
                ),
            );
        }
    }
}
