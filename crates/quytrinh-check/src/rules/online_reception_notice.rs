//! QC064 `online-reception-notice`: Online dossiers are answered later than 8 working hours.
//!
//! Decree 118/2025 Art. 17(2)(c): for a dossier submitted online, the one-stop unit tells
//! the applicant that it is formally received, or what to correct, within 08 working hours
//! of the information system receiving it — unless the specialised law sets another time.
//! A procedure that offers the online channel and whose reception step (step 1) takes
//! longer than 8 working hours plans to answer late.

use crate::rules::prelude::*;

pub struct OnlineReceptionNotice;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC064"),
    name: "online-reception-notice",
    status: Status::Preview,
    // The specialised law may set another time, which the file cannot show: a warning.
    severity: Severity::Warning,
    severity_2025: None,
    regimes: ONLY_2025,
    basis: &[RegimeBasis {
        regime: R2025,
        citations: &[law(D118).art("17").cl("2").pt("c").note(
            "thông báo tiếp nhận hoặc yêu cầu bổ sung không muộn hơn 08 giờ làm việc",
            "notice of receipt or of corrections within 08 working hours",
        )],
    }],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Hồ sơ trực tuyến được trả lời muộn hơn 08 giờ làm việc"#, r#"Online dossiers are answered later than 8 working hours"#),
    what: t(
        r#"Khi thủ tục có cách thức trực tuyến, bước tiếp nhận (bước 1) không quá 08 giờ làm việc: Bộ phận Một cửa phải thông báo tiếp nhận chính thức hoặc yêu cầu chỉnh sửa, bổ sung trong thời hạn đó (trừ khi pháp luật chuyên ngành quy định khác)."#,
        r#"When the TTHC offers the online channel, the reception step (step 1) takes at most 8 working hours: within that time the one-stop unit must confirm receipt or ask for corrections (unless the specialised law sets another time)."#,
    ),
    why: t(
        r#"Người nộp trực tuyến phải biết hồ sơ đã được nhận hay cần bổ sung trong một ngày làm việc."#,
        r#"An online applicant must know within one working day whether the dossier is received or needs more."#,
    ),
    fix: t(r#"Rút thời gian bước tiếp nhận còn tối đa `8h`."#, r#"Cut the reception step to at most `8h`."#),
    invalid: &[
        ("regime", "  regime decree_118_2025"),
        (
            "steps",
            r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 1.5d issues BM01 BM05 BM06
    2 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    3 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn 1.5d
    4 "Xem xét, trình ký"                  by tp_qlcn 4h
    5 "Ký duyệt"                           by giamdoc 4h
    6 "Vào số, đóng dấu, phát hành"        by vanthu  4h  uses BM05
    7 "Trả kết quả"                        by cv_mc   0h  uses BM01
    on incomplete issue BM02 by cv_mc within 3d
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
    on stopped    issue BM05 by cv_mc
  }"#,
        ),
    ],
    valid: &[("regime", "  regime decree_118_2025")],
    context: r#""#,
};

impl Rule for OnlineReceptionNotice {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let online = p.syntax.channels.as_ref().is_some_and(|c| c.items.iter().any(|(ch, _)| *ch == Channel::Online));
        let Some(first) = p.steps.first() else { return };
        let Some(hours) = first.hours else { return };
        if online && at_one_stop(cx.cat, first) && hours > 8.0 + 1e-9 {
            let span = first.syntax.duration.map(|d| d.span).unwrap_or(first.syntax.number.1);
            out.emit(
                span,
                Text::new(
                    format!(
                        "Bước tiếp nhận mất {} giờ làm việc; hồ sơ trực tuyến phải được thông báo tiếp nhận hoặc yêu cầu bổ sung trong 08 giờ làm việc",
                        format!("{hours}").replace('.', ",")
                    ),
                    format!("The reception step takes {hours} working hours; online dossiers are answered within 8 working hours"),
                ),
            );
        }
    }
}
