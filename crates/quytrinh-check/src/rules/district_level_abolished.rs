//! QC057 `district-level-abolished`: No district level since 01/07/2025.
//!
//! Under the 2025 regime a TTHC cannot be at district level (`level district`), and no
//! district body can take part in it: not the agency (its name or parent), not a unit or
//! role that does a step or a branch, not the issuer of the approving decision.

use crate::rules::prelude::*;

pub struct DistrictLevelAbolished;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC057"),
    name: "district-level-abolished",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: ONLY_2025,
    basis: &[RegimeBasis {
        regime: R2025,
        citations: &[
            law(D118).art("3").cl("3").note("Bộ phận Một cửa chỉ ở cấp bộ, tỉnh, xã", "one-stop units only at ministry, province, commune"),
            law(D118).art("38").cl("1").pt("d").note("thủ tục cấp tỉnh, cấp xã", "province- and commune-level TTHC"),
            law(L72).note("chính quyền địa phương hai cấp", "two-level local government"),
        ],
    }],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Cấp huyện không còn từ 01/07/2025"#, r#"No district level since 01/07/2025"#),
    what: t(
        r#"Theo chế độ 2025, thủ tục không được ở cấp huyện (`level district`), và không cơ quan cấp huyện nào tham gia: không phải cơ quan thực hiện (tên hoặc cơ quan chủ quản), không phải đơn vị, chức danh thực hiện một bước hay một nhánh, không phải cơ quan ban hành quyết định phê duyệt (ví dụ «UBND huyện …», «Phòng … quận …», «thị xã …»)."#,
        r#"Under the 2025 regime a TTHC cannot be at district level (`level district`), and no district body takes part in it: not the agency (its name or parent), not a unit or role doing a step or a branch, not the issuer of the approving decision (e.g. «UBND huyện …», «Phòng … quận …», «thị xã …»)."#,
    ),
    why: t(
        r#"Chính quyền địa phương hai cấp: không còn Bộ phận Một cửa cấp huyện."#,
        r#"Two-tier local government: there is no district one-stop unit any more."#,
    ),
    fix: t(r#"Đổi sang `level commune` hoặc `level province`."#, r#"Use `level commune` or `level province`."#),
    invalid: &[(r#"regime"#, r#"  regime decree_118_2025"#), (r#"level"#, r#"  level district"#)],
    valid: &[(r#"regime"#, r#"  regime decree_118_2025"#)],
    context: r#""#,
};

impl Rule for DistrictLevelAbolished {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if let Some((Level::District, span)) = p.syntax.level {
            out.emit(span, Text::new("Không còn cấp huyện theo Nghị định 118/2025", "There is no district level under Decree 118/2025"));
        }
        let report = |out: &mut Emitter, span: Span, name: &str| {
            out.emit_with(
                span,
                Text::new(
                    format!("«{name}» là cơ quan cấp huyện, không còn từ 01/07/2025"),
                    format!("«{name}» is a district body; there are none since 01/07/2025"),
                ),
                Text::new(
                    "Ghi cơ quan cấp tỉnh hoặc cấp xã nay đảm nhận việc này (quy trình nội bộ do Chủ tịch UBND cấp tỉnh chỉ đạo ban hành).",
                    "Name the provincial or commune body that now does this (internal procedures are issued as the provincial Chairman directs).",
                ),
            );
        };
        if let Some(a) = p.agency {
            let ag = cx.cat.agency(a);
            let span = p.syntax.agency.as_ref().map(|x| x.span).unwrap_or(p.syntax.code.span);
            for n in [&ag.syntax.name, &ag.syntax.parent].into_iter().flatten() {
                if is_district_body(&n.value) {
                    report(out, span, &n.value);
                }
            }
        }
        // Each unit or role once, at the first step or branch that names it.
        let mut seen: Vec<Actor> = Vec::new();
        let step_actors = p.steps.iter().filter_map(|s| s.actor.map(|a| (a, s.syntax.actor.as_ref().map(|x| x.span))));
        let branch_actors = p
            .syntax
            .steps
            .iter()
            .flat_map(|st| st.branches.iter().zip(&p.branch_actors))
            .filter_map(|(b, a)| a.map(|a| (a, b.actor.as_ref().map(|x| x.span))));
        for (actor, span) in step_actors.chain(branch_actors) {
            if seen.contains(&actor) {
                continue;
            }
            seen.push(actor);
            let mut names = vec![cx.cat.actor_name(actor).to_string()];
            if let Some(u) = cx.cat.actor_unit(actor) {
                names.push(cx.cat.unit(u).name.clone());
            }
            if let Some(name) = names.iter().find(|n| is_district_body(n)) {
                report(out, span.unwrap_or(p.syntax.code.span), name);
            }
        }
        if let (Some(d), Some(Approval::Decision(s))) = (p.decision, &p.syntax.approved_by) {
            if let Some(issuer) = &cx.cat.decision(d).syntax.issuer {
                if is_district_body(&issuer.value) {
                    report(out, s.span, &issuer.value);
                }
            }
        }
    }
}

/// A name of a district-level body: its People's Committee ("UBND huyện …", "UBND thành
/// phố <a city under a province>") or an office named after a district ("Phòng Tư pháp
/// huyện …", "… quận …", "… thị xã …"). Read with diacritics: folded, "quận" would be
/// "quan", as in "quản lý".
fn is_district_body(name: &str) -> bool {
    if level_of(name, None) == GovLevel::District {
        return true;
    }
    let lower = format!(" {} ", name.to_lowercase());
    [" huyện ", " quận ", " thị xã "].iter().any(|w| lower.contains(w))
}
