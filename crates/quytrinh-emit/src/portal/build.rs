//! From the resolved model to the portal contract.

use quytrinh_diagnostics::FileId;
use quytrinh_model::builtin_forms::builtin_forms;
use quytrinh_model::{Actor as ModelActor, Catalogue, FormRef, Procedure, Regime, UnitRef as ModelUnitRef, HOURS_PER_DAY};
use quytrinh_syntax::ast;

use super::contract::*;

/// How the emitter names files: the path of a source file relative to the catalogue root.
pub trait FileNames {
    fn relative(&self, file: FileId) -> String;
}

impl<F: Fn(FileId) -> String> FileNames for F {
    fn relative(&self, file: FileId) -> String {
        self(file)
    }
}

fn date(d: Option<ast::DateLit>) -> Option<String> {
    d.map(|d| d.date.to_string())
}

fn text(s: &Option<ast::Str>) -> Option<String> {
    s.as_ref().map(|s| s.value.clone())
}

fn channel(c: ast::Channel) -> Channel {
    match c {
        ast::Channel::Direct => Channel::Direct,
        ast::Channel::Online => Channel::Online,
        ast::Channel::Postal => Channel::Postal,
    }
}

fn kenh(c: Channel) -> u8 {
    match c {
        Channel::Direct => 1,
        Channel::Online => 2,
        Channel::Postal => 3,
    }
}

fn duration(s: &ast::StatutoryTime) -> Duration {
    Duration {
        value: s.days,
        unit: s.unit.map(|u| match u {
            ast::DayKind::Working => DayUnit::WorkingDays,
            ast::DayKind::Calendar => DayUnit::CalendarDays,
        }),
    }
}

fn fee(f: &ast::Fee) -> Fee {
    let (none, amount_vnd, words) = match &f.amount {
        ast::FeeAmount::None => (true, None, None),
        ast::FeeAmount::Vnd(a) => (false, Some(*a), None),
        ast::FeeAmount::Text(t) => (false, None, Some(t.value.clone())),
    };
    Fee {
        kind: match f.kind {
            ast::FeeKind::Fee => FeeKind::Fee,
            ast::FeeKind::Charge => FeeKind::Charge,
        },
        channel: f.channel.map(|c| channel(c.0)),
        none,
        amount_vnd,
        text: words,
        basis: text(&f.basis),
    }
}

fn citation(c: &ast::Citation) -> Citation {
    Citation {
        kind: match c.kind {
            ast::CitationKind::Law => CitationKind::Law,
            ast::CitationKind::Resolution => CitationKind::Resolution,
            ast::CitationKind::Decree => CitationKind::Decree,
            ast::CitationKind::Circular => CitationKind::Circular,
            ast::CitationKind::Decision => CitationKind::Decision,
            ast::CitationKind::Standard => CitationKind::Standard,
            ast::CitationKind::Document => CitationKind::Document,
        },
        number: text(&c.number),
        date: date(c.date),
        title: text(&c.title),
    }
}

fn sign_off(s: &Option<ast::SignOff>) -> Option<SignOff> {
    s.as_ref().map(|s| SignOff { name: text(&s.name), position: text(&s.position), date: date(s.date) })
}

fn unit_ref(cat: &Catalogue, u: ModelUnitRef) -> UnitRef {
    let unit = cat.unit(u);
    UnitRef { id: unit.id.clone(), name: unit.name.clone(), one_stop: unit.one_stop }
}

fn actor(cat: &Catalogue, a: ModelActor) -> Actor {
    let (kind, agency) = match a {
        ModelActor::Role(r) => ("role", r.agency),
        ModelActor::Unit(u) => ("unit", u.agency),
    };
    Actor {
        kind: kind.to_string(),
        id: cat.actor_id(a).to_string(),
        name: cat.actor_name(a).to_string(),
        agency_id: cat.agency(agency).id.clone(),
    }
}

/// Resolve a branch or record actor written by id (lowering has already reported unknown ones).
fn find_actor(cat: &Catalogue, p: &Procedure, id: &str) -> Option<ModelActor> {
    let order: Vec<usize> = match p.agency {
        Some(a) => std::iter::once(a.0).chain((0..cat.agencies().len()).filter(|i| *i != a.0)).collect(),
        None => (0..cat.agencies().len()).collect(),
    };
    for i in order {
        let ag = &cat.agencies()[i];
        let agency = quytrinh_model::AgencyIdx(i);
        if let Some(r) = ag.roles.iter().position(|r| r.id == id) {
            return Some(ModelActor::Role(quytrinh_model::RoleRef { agency, role: r }));
        }
        if let Some(u) = ag.units.iter().position(|u| u.id == id) {
            return Some(ModelActor::Unit(ModelUnitRef { agency, unit: u }));
        }
    }
    None
}

fn form_id(p: &Procedure, f: &FormRef) -> String {
    match f {
        FormRef::Builtin(b) => b.id.to_string(),
        FormRef::Custom(i) => p.custom_form(*i).map(|d| d.id.name.clone()).unwrap_or_default(),
    }
}

fn round(x: f64, places: i32) -> f64 {
    let m = 10f64.powi(places);
    (x * m).round() / m
}

/// The totals of a procedure: internal time against the statutory time that binds (the
/// shortest of the general and the per-channel times of the channels offered).
pub fn totals(p: &Procedure) -> Totals {
    let internal_hours = round(p.internal_hours(None), 4);
    let internal_days = round(internal_hours / HOURS_PER_DAY, 4);
    let statutory = p.binding_statutory().map(duration);
    let (cut_days, cut_percent, within) = cut(p, statutory.as_ref());
    Totals { statutory, internal_hours, internal_working_days: internal_days, cut_days, cut_percent, within_statutory: within }
}

/// Statutory minus internal time (days, percent) and whether it fits, against one
/// statutory time; nothing when they cannot be compared (calendar days, untimed steps).
fn cut(p: &Procedure, statutory: Option<&Duration>) -> (Option<f64>, Option<f64>, Option<bool>) {
    let internal_days = round(round(p.internal_hours(None), 4) / HOURS_PER_DAY, 4);
    let comparable = statutory.filter(|s| s.unit != Some(DayUnit::CalendarDays));
    let all_timed = p.steps.iter().all(|s| s.hours.is_some()) && !p.steps.is_empty();
    match comparable {
        Some(s) if all_timed && s.value > 0.0 => {
            let cut = round(s.value - internal_days, 4);
            (Some(cut), Some(round(cut / s.value * 100.0, 1)), Some(cut >= -1e-9))
        }
        _ => (None, None, None),
    }
}

fn decision(d: &quytrinh_model::Decision) -> Decision {
    Decision {
        number: d.syntax.number.value.clone(),
        date: date(d.syntax.date),
        issuer: text(&d.syntax.issuer),
        title: text(&d.syntax.title),
    }
}

/// The portal document of one procedure.
pub fn procedure(cat: &Catalogue, p: &Procedure, names: &dyn FileNames) -> PortalProcedure {
    let s = &p.syntax;
    let file = names.relative(p.file);
    let line = |span: quytrinh_diagnostics::Span| cat.line_of(span);
    let statutory_times: Vec<StatutoryTime> =
        s.statutory.iter().map(|t| StatutoryTime { channel: t.channel.map(|c| channel(c.0)), time: duration(t) }).collect();
    let fees: Vec<Fee> = s.fees.iter().map(fee).collect();
    let channels = s
        .channels
        .iter()
        .flat_map(|c| c.items.iter())
        .map(|(c, _)| {
            let ch = channel(*c);
            let time = statutory_times
                .iter()
                .find(|t| t.channel == Some(ch))
                .or_else(|| statutory_times.iter().find(|t| t.channel.is_none()))
                .map(|t| t.time.clone());
            let mut own: Vec<Fee> = fees.iter().filter(|f| f.channel == Some(ch)).cloned().collect();
            if own.is_empty() {
                own = fees.iter().filter(|f| f.channel.is_none()).cloned().collect();
            }
            let (cut_days, cut_percent, within_statutory) = cut(p, time.as_ref());
            ChannelInfo { channel: ch, kenh: kenh(ch), statutory_time: time, fees: own, cut_days, cut_percent, within_statutory }
        })
        .collect();
    let phases = s
        .steps
        .iter()
        .flat_map(|st| st.phases.iter())
        .map(|ph| Phase { number: ph.number.map(|n| n.0), title: text(&ph.title), statutory_time: ph.statutory.as_ref().map(duration) })
        .collect();
    let steps = p
        .steps
        .iter()
        .map(|st| Step {
            number: st.syntax.number.0.clone(),
            content: text(&st.syntax.content),
            phase: st.phase,
            actor: st.actor.map(|a| actor(cat, a)),
            unit: st.actor.and_then(|a| cat.actor_unit(a)).map(|u| unit_ref(cat, u)),
            duration_hours: st.hours,
            duration_text: st.syntax.duration.map(duration_text),
            forms_issued: st.issues.iter().map(|f| form_id(p, f)).collect(),
            forms_used: st.uses.iter().map(|f| form_id(p, f)).collect(),
            consults: st.syntax.consults.as_ref().map(|c| c.value.clone()),
            source: SourceLocation { file: file.clone(), line: line(st.syntax.span) },
        })
        .collect();
    let branches = s
        .steps
        .iter()
        .flat_map(|st| st.branches.iter())
        .map(|b| Branch {
            case: match b.kind {
                ast::BranchKind::Incomplete => BranchCase::Incomplete,
                ast::BranchKind::Refused => BranchCase::Refused,
                ast::BranchKind::Late => BranchCase::Late,
                ast::BranchKind::Stopped => BranchCase::Stopped,
            },
            forms: b.issues.iter().map(|f| f.name.clone()).collect(),
            actor: b.actor.as_ref().and_then(|a| find_actor(cat, p, &a.name)).map(|a| actor(cat, a)),
            within_hours: b.within.map(|d| d.hours),
            within_text: b.within.map(duration_text),
            closes_after_hours: b.closes_after.filter(|d| d.calendar_days.is_none()).map(|d| d.hours),
            closes_after_text: b.closes_after.map(duration_text),
            within: b.within.map(day_duration),
            closes_after: b.closes_after.map(day_duration),
        })
        .collect();
    let mut forms: Vec<Form> = s
        .forms
        .iter()
        .flat_map(|f| f.defs.iter())
        .map(|d| Form { id: d.id.name.clone(), name: text(&d.name), source: text(&d.source), builtin: false, builtin_set: None })
        .collect();
    for (r, _) in s.forms.iter().flat_map(|f| f.uses.iter()) {
        for b in builtin_forms(Regime::from(*r)) {
            forms.push(Form {
                id: b.id.to_string(),
                name: Some(b.name.to_string()),
                source: Some(b.source.to_string()),
                builtin: true,
                builtin_set: Some(Regime::from(*r).id().to_string()),
            });
        }
    }
    let records = s
        .records
        .iter()
        .flat_map(|r| r.items.iter())
        .map(|r| Record {
            name: r.name.value.clone(),
            keeping_unit: r.unit.as_ref().and_then(|u| match find_actor(cat, p, &u.name) {
                Some(ModelActor::Unit(u)) => Some(unit_ref(cat, u)),
                _ => None,
            }),
            retention_years: match r.keep {
                Some((ast::Retention::Years(y), _)) => Some(y),
                _ => None,
            },
            forever: matches!(r.keep, Some((ast::Retention::Forever, _))),
            media: r
                .media
                .iter()
                .map(|m| match m {
                    ast::Medium::Paper => "paper".to_string(),
                    ast::Medium::Electronic => "electronic".to_string(),
                })
                .collect(),
            form: r.form.as_ref().map(|f| f.name.clone()),
        })
        .collect();
    let texts = |t: &Option<ast::Texts>| -> (Vec<String>, bool) {
        match t {
            Some(t) => (t.items.iter().map(|s| s.value.clone()).collect(), t.none.is_some()),
            None => (Vec::new(), false),
        }
    };
    let (subjects, subjects_none) = texts(&s.subjects);
    let (conditions, conditions_none) = texts(&s.conditions);
    let (results, _) = texts(&s.result);
    let name_form = |id: &str| -> Option<String> {
        s.forms
            .iter()
            .flat_map(|f| f.defs.iter())
            .find(|d| d.id.name == id)
            .and_then(|d| text(&d.name))
            .or_else(|| quytrinh_model::builtin_forms::builtin_form(p.regime, id).map(|b| b.name.to_string()))
    };
    PortalProcedure {
        format_version: FORMAT_VERSION.to_string(),
        kind: "procedure".to_string(),
        code: p.code.clone(),
        tthc_code: text(&s.tthc),
        name: text(&s.name),
        field: text(&s.field),
        level: s.level.map(|(l, _)| match l {
            ast::Level::Ministry => Level::Ministry,
            ast::Level::Province => Level::Province,
            ast::Level::District => Level::District,
            ast::Level::Commune => Level::Commune,
        }),
        regime: p.regime.id().to_string(),
        agency: p.agency.map(|a| {
            let ag = cat.agency(a);
            AgencyRef { id: ag.id.clone(), name: text(&ag.syntax.name) }
        }),
        interconnected: s.interconnected.is_some(),
        approval: match (&s.approved_by, p.decision) {
            (Some(ast::Approval::Draft(_)), _) => Approval { status: "draft".to_string(), decision: None },
            (Some(ast::Approval::Decision(_)), Some(d)) => {
                Approval { status: "approved".to_string(), decision: Some(decision(cat.decision(d))) }
            }
            (Some(ast::Approval::Decision(n)), None) => Approval {
                status: "approved".to_string(),
                decision: Some(Decision { number: n.value.clone(), date: None, issuer: None, title: None }),
            },
            (None, _) => Approval { status: "missing".to_string(), decision: None },
        },
        effective_date: date(s.effective),
        revisions: s
            .revisions
            .iter()
            .map(|r| Revision {
                number: r.number.map(|n| n.0),
                date: date(r.date),
                description: text(&r.description),
                drafted: sign_off(&r.drafted),
                reviewed: sign_off(&r.reviewed),
                approved: sign_off(&r.approved),
            })
            .collect(),
        purpose: text(&s.purpose),
        scope: text(&s.scope),
        references: s.references.iter().flat_map(|r| r.items.iter()).map(citation).collect(),
        legal_basis: s.basis.iter().flat_map(|r| r.items.iter()).map(citation).collect(),
        terms: s
            .terms
            .iter()
            .flat_map(|t| t.items.iter())
            .map(|t| Term { abbreviation: t.abbreviation.name.clone(), meaning: text(&t.meaning) })
            .collect(),
        channels,
        online_level: s.online_level.as_ref().map(|l| OnlineLevel {
            level: match l.kind {
                ast::OnlineLevelKind::Full => "full".to_string(),
                ast::OnlineLevelKind::Partial => "partial".to_string(),
            },
            reason: text(&l.reason),
        }),
        subjects,
        subjects_none,
        conditions,
        conditions_none,
        place: text(&s.place),
        reception: s.reception.as_ref().map(|r| Reception {
            outside_one_stop: r.outside_one_stop.is_some(),
            immediate_result: r.immediate_result.is_some(),
            reason: text(&r.reason),
        }),
        dossier: s.dossier.as_ref().map(|d| Dossier {
            sets: d.sets.map(|s| s.0),
            items: d
                .items
                .iter()
                .map(|i| DossierItem {
                    name: i.name.value.clone(),
                    originals: i.originals,
                    copies: i.copies,
                    certified_copies: i.certified_copies,
                    form_id: i.form.as_ref().map(|f| f.name.clone()),
                    form_name: i.form.as_ref().and_then(|f| name_form(&f.name)),
                })
                .collect(),
        }),
        statutory_times,
        fees,
        results,
        phases,
        steps,
        branches,
        totals: totals(p),
        forms,
        records,
        source: SourceLocation { file, line: line(s.span) },
    }
}

/// A duration as the officer wrote it: "4h", "0.5d".
/// A branch's limit in days with its unit: calendar days as written, working time as
/// working days (8 hours a day).
fn day_duration(d: ast::Duration) -> Duration {
    match d.calendar_days {
        Some(n) => Duration { value: n, unit: Some(DayUnit::CalendarDays) },
        None => Duration { value: round(d.hours / HOURS_PER_DAY, 4), unit: Some(DayUnit::WorkingDays) },
    }
}

fn duration_text(d: ast::Duration) -> String {
    if let Some(n) = d.calendar_days {
        return format!("{} calendar_days", round(n, 4));
    }
    let n = if d.written_in_days { d.hours / HOURS_PER_DAY } else { d.hours };
    let s = format!("{}", round(n, 4));
    format!("{s}{}", if d.written_in_days { "d" } else { "h" })
}

/// The catalogue document; `document` names each procedure's file.
pub fn catalogue(cat: &Catalogue, names: &dyn FileNames, document: &dyn Fn(&Procedure) -> String) -> PortalCatalogue {
    let entries = cat.procedures.iter().map(|p| catalogue_entry(cat, p, document(p))).collect();
    catalogue_document(cat, names, entries)
}

/// One procedure's line in the catalogue document (`document` is its file's name).
pub fn catalogue_entry(cat: &Catalogue, p: &Procedure, document: String) -> CatalogueEntry {
    CatalogueEntry {
        code: p.code.clone(),
        tthc_code: text(&p.syntax.tthc),
        name: text(&p.syntax.name),
        field: text(&p.syntax.field),
        document,
        approval_decision: p.decision.map(|d| cat.decision(d).syntax.number.value.clone()),
        totals: totals(p),
    }
}

/// The catalogue document from the directory of `cat` and the procedures' entries.
pub fn catalogue_document(cat: &Catalogue, names: &dyn FileNames, procedures: Vec<CatalogueEntry>) -> PortalCatalogue {
    PortalCatalogue {
        format_version: FORMAT_VERSION.to_string(),
        kind: "catalogue".to_string(),
        agencies: cat
            .agencies()
            .iter()
            .map(|a| Agency {
                id: a.id.clone(),
                name: text(&a.syntax.name),
                parent: text(&a.syntax.parent),
                address: text(&a.syntax.address),
                units: a
                    .units
                    .iter()
                    .map(|u| Unit { id: u.id.clone(), name: u.name.clone(), one_stop: u.one_stop, address: u.address.clone() })
                    .collect(),
                roles: a
                    .roles
                    .iter()
                    .map(|r| Role { id: r.id.clone(), name: r.name.clone(), unit: r.unit.map(|i| a.units[i].id.clone()), signs: r.signs })
                    .collect(),
                source_file: names.relative(a.file),
            })
            .collect(),
        decisions: cat.decisions().iter().map(decision).collect(),
        procedures,
    }
}
