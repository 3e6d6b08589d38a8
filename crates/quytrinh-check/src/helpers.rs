//! Small questions several rules ask about a procedure.

use quytrinh_diagnostics::Text;
use quytrinh_model::builtin_forms::{form_for, FormRole};
use quytrinh_model::{Actor, AgencyIdx, Catalogue, FormRef, Procedure, Step};
use quytrinh_syntax::ast::{BranchKind, Date};

use crate::fixes::{add_line_to_block, kw, kws};
use crate::rule::Emitter;
use quytrinh_diagnostics::Fix;

/// The date a procedure speaks for: its effective date, else its latest revision's date.
pub fn procedure_date(p: &Procedure) -> Option<Date> {
    p.syntax.effective.map(|d| d.date).or_else(|| p.syntax.revisions.iter().filter_map(|r| r.date).map(|d| d.date).max())
}

/// Does a step issue or use the built-in form playing `role` in the procedure's regime?
pub fn step_refers_to(p: &Procedure, step: &Step, role: FormRole) -> bool {
    let Some(form) = form_for(p.regime, role) else { return false };
    step.issues.iter().chain(&step.uses).any(|f| matches!(f, FormRef::Builtin(b) if b.id == form.id))
}

pub fn step_issues(p: &Procedure, step: &Step, role: FormRole) -> bool {
    let Some(form) = form_for(p.regime, role) else { return false };
    step.issues.iter().any(|f| matches!(f, FormRef::Builtin(b) if b.id == form.id))
}

/// The id of the form playing `role` in the procedure's regime (e.g. `BM05`).
pub fn form_id(p: &Procedure, role: FormRole) -> &'static str {
    form_for(p.regime, role).map(|f| f.id).unwrap_or("?")
}

/// Whether the procedure's BM… numbers are read in its own regime: no `use` of another
/// regime's form set. While one is listed, a fix that adds or changes a form number could
/// mean another form than the author's (QC050's fix renumbers them first).
pub fn forms_in_own_numbering(p: &Procedure) -> bool {
    p.syntax.forms.as_ref().is_none_or(|f| f.uses.iter().all(|(r, _)| quytrinh_model::Regime::from(*r) == p.regime))
}

/// Whether a step is done at the one-stop unit.
/// Who receives and returns at the one-stop unit in this catalogue: the roles of the
/// procedure's agency in its one-stop unit (else the unit itself). Helps name them instead
/// of a sample id.
pub fn one_stop_ids(cat: &Catalogue, p: &Procedure) -> Vec<String> {
    let Some(u) = p.agency.and_then(|a| cat.one_stop_unit(a)) else { return Vec::new() };
    let ag = cat.agency(u.agency);
    let roles: Vec<String> = ag.roles.iter().filter(|r| r.unit == Some(u.unit)).map(|r| r.id.clone()).collect();
    if roles.is_empty() {
        vec![ag.units[u.unit].id.clone()]
    } else {
        roles
    }
}

/// A step names an actor or a form that was not found. The unknown reference (`QM001`, with
/// its "did you mean") explains whatever a rule would find wrong with such a step: rules
/// that read a step's actor or forms leave it alone (one root cause, one diagnostic).
pub fn has_unresolved(step: &Step) -> bool {
    (step.syntax.actor.is_some() && step.actor.is_none())
        || step.syntax.issues.len() != step.issues.len()
        || step.syntax.uses.len() != step.uses.len()
}

pub fn at_one_stop(cat: &Catalogue, step: &Step) -> bool {
    step.actor.is_some_and(|a| cat.is_one_stop(a))
}

/// Days with at most two decimals, without trailing zeros: 4, 0.5, 1.25.
pub fn days(hours: f64) -> String {
    // `+ 0.0` turns a negative zero into zero: "-0 days" reads as a bug.
    let d = (hours / quytrinh_model::HOURS_PER_DAY * 100.0).round() / 100.0 + 0.0;
    let s = format!("{d:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// [`days`] as Vietnamese writes it: a decimal comma (`1,5`).
pub fn days_vi(hours: f64) -> String {
    days(hours).replace('.', ",")
}

/// Lower-case, diacritics folded: for matching names loosely.
pub fn fold(s: &str) -> String {
    quytrinh_syntax::suggest::fold(s)
}

/// The agency an actor belongs to.
pub fn actor_agency(a: Actor) -> AgencyIdx {
    match a {
        Actor::Unit(u) => u.agency,
        Actor::Role(r) => r.agency,
    }
}

/// "1 day", "2.5 days".
pub fn day_count(hours: f64) -> String {
    let d = days(hours);
    if d == "1" {
        "1 day".to_string()
    } else {
        format!("{d} days")
    }
}

/// Report a procedure with steps whose `steps` block has no `on <kind>` branch line.
pub fn require_branch(cat: &Catalogue, p: &Procedure, kind: BranchKind, message: Text, out: &mut Emitter) {
    let Some(st) = &p.syntax.steps else { return };
    if !p.steps.is_empty() && !st.branches.iter().any(|b| b.kind == kind) {
        let fix = missing_branch_fix(cat, p, kind, st.span);
        out.emit(st.span, message).fix = fix;
    }
}

/// The line a missing branch needs, with the regime's form. Who acts is a guess (the
/// one-stop role receives and refuses; the signer of the result apologises), so the fix is
/// unsafe: `quytrinh fix --unsafe-fixes` applies it, an officer confirms the name.
fn missing_branch_fix(cat: &Catalogue, p: &Procedure, kind: BranchKind, block: quytrinh_diagnostics::Span) -> Option<Fix> {
    use quytrinh_syntax::keywords::Keyword as K;
    let (role, word) = match kind {
        BranchKind::Incomplete => (FormRole::SupplementRequest, K::Incomplete),
        BranchKind::Refused => (FormRole::Refusal, K::Refused),
        BranchKind::Late => (FormRole::Apology, K::Late),
        BranchKind::Stopped => (FormRole::StopNotice, K::Stopped),
    };
    let form = form_for(p.regime, role)?.id;
    let who = match kind {
        BranchKind::Late => {
            p.steps.iter().find(|s| s.actor.is_some_and(|a| signs(cat, a))).and_then(|s| s.syntax.actor.as_ref()).map(|a| a.name.clone())
        }
        _ => one_stop_ids(cat, p).into_iter().next(),
    }?;
    let mut line = format!("{} {form} {} {who}", kws(cat, p, &[K::On, word, K::Issues]), kw(cat, p, K::By));
    if kind == BranchKind::Incomplete {
        line.push_str(&format!(" {} 3d", kw(cat, p, K::Within)));
        if p.regime == quytrinh_model::Regime::Decree1182025 {
            line.push_str(&format!(" {} 15 {}", kw(cat, p, K::ClosesAfter), kw(cat, p, K::CalendarDays)));
        }
    }
    let edit = add_line_to_block(cat, p, block, &line)?;
    Some(Fix::unsafe_(Text::new(format!("Thêm dòng `{line}`"), format!("Add the line `{line}`")), vec![edit]))
}

/// Whether an actor is a role that signs results.
fn signs(cat: &Catalogue, a: Actor) -> bool {
    match a {
        Actor::Role(r) => cat.role(r).signs,
        _ => false,
    }
}

/// A channel's name in Vietnamese: "trực tiếp", "trực tuyến", "bưu chính công ích".
pub fn channel_vi(c: quytrinh_syntax::ast::Channel) -> &'static str {
    use quytrinh_syntax::ast::Channel;
    match c {
        Channel::Direct => "trực tiếp",
        Channel::Online => "trực tuyến",
        Channel::Postal => "bưu chính công ích",
    }
}

/// A channel's name in English: "direct", "online", "postal".
pub fn channel_en(c: quytrinh_syntax::ast::Channel) -> &'static str {
    use quytrinh_syntax::ast::Channel;
    match c {
        Channel::Direct => "direct",
        Channel::Online => "online",
        Channel::Postal => "postal",
    }
}
