//! The typed syntax tree of one `.qtr` file.
//!
//! Everything keeps its span. Sections that can be missing are `Option`s so the checker
//! can say which one is missing; nothing here is resolved across files (that is the
//! model's job) and nothing here is `Serialize` (output types live in the emit layer).

use quytrinh_diagnostics::Span;

use crate::cst::Comment;
use crate::keywords::KeywordLang;

/// A parsed file: its NFC text (which every span indexes), its items and its comments.
#[derive(Debug, Clone, Default)]
pub struct SourceFile {
    pub text: String,
    pub items: Vec<Item>,
    pub comments: Vec<Comment>,
    /// The keyword set most of the file is written in (English when it has no keyword).
    pub keyword_lang: Option<KeywordLang>,
}

#[derive(Debug, Clone)]
pub enum Item {
    Agency(Agency),
    Decision(Decision),
    Procedure(Box<Procedure>),
}

/// An identifier (unit, role, form, agency id), compared after NFC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A piece of free text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Str {
    pub value: String,
    pub span: Span,
}

/// A calendar date (validated: the day exists).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// The date as Vietnamese documents write it: `dd/mm/yyyy`.
    pub fn vi(&self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateLit {
    pub date: Date,
    pub span: Span,
}

/// A marker keyword's place (e.g. where `one_stop` was written).
pub type Flag = Option<Span>;

#[derive(Debug, Clone)]
pub struct Agency {
    pub id: Ident,
    pub name: Option<Str>,
    pub parent: Option<Str>,
    pub address: Option<Str>,
    pub units: Vec<Unit>,
    pub roles: Vec<Role>,
    /// `office_hours "07:30-11:30" "13:00-17:00"`: the sessions as written.
    pub office_hours: Option<OfficeHoursDecl>,
    /// `day_off 2026-12-24 "reason"`.
    pub days_off: Vec<AgencyDay>,
    /// `working_day 2026-12-26 "reason"`.
    pub working_days: Vec<AgencyDay>,
    pub span: Span,
    pub head_span: Span,
}

/// The agency's office hours as written; the model checks each session.
#[derive(Debug, Clone)]
pub struct OfficeHoursDecl {
    pub sessions: Vec<Str>,
    pub span: Span,
}

/// A day the agency adds to its calendar, off or worked.
#[derive(Debug, Clone)]
pub struct AgencyDay {
    pub date: DateLit,
    pub reason: Option<Str>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Unit {
    pub id: Ident,
    pub name: Option<Str>,
    pub one_stop: Flag,
    pub address: Option<Str>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Role {
    pub id: Ident,
    pub name: Option<Str>,
    pub unit: Option<Ident>,
    pub signs: Flag,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Decision {
    pub number: Str,
    pub date: Option<DateLit>,
    pub issuer: Option<Str>,
    pub title: Option<Str>,
    pub span: Span,
    pub head_span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    Ministry,
    Province,
    District,
    Commune,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RegimeName {
    Circular012018,
    Decree1182025,
}

#[derive(Debug, Clone)]
pub enum Approval {
    Decision(Str),
    Draft(Span),
}

#[derive(Debug, Clone)]
pub struct Procedure {
    pub code: Str,
    pub span: Span,
    pub head_span: Span,
    pub tthc: Option<Str>,
    pub name: Option<Str>,
    pub field: Option<Str>,
    pub level: Option<(Level, Span)>,
    pub agency: Option<Ident>,
    pub approved_by: Option<Approval>,
    pub regime: Option<(RegimeName, Span)>,
    pub effective: Option<DateLit>,
    pub interconnected: Flag,
    pub revisions: Vec<Revision>,
    pub purpose: Option<Str>,
    pub scope: Option<Str>,
    pub references: Option<Citations>,
    pub basis: Option<Citations>,
    pub terms: Option<Terms>,
    pub channels: Option<Channels>,
    pub online_level: Option<OnlineLevel>,
    pub subjects: Option<Texts>,
    pub conditions: Option<Texts>,
    pub place: Option<Str>,
    pub reception: Option<Reception>,
    pub dossier: Option<Dossier>,
    pub statutory: Vec<StatutoryTime>,
    pub fees: Vec<Fee>,
    pub result: Option<Texts>,
    pub steps: Option<Steps>,
    pub forms: Option<Forms>,
    pub records: Option<Records>,
    /// Every keyword written directly in the procedure, read or not: a section whose line
    /// has a syntax error is not also reported missing.
    pub written: Vec<crate::keywords::Keyword>,
    /// The procedure's block is not closed, or a text block in it swallows the rest of the
    /// file: its structure is unknown, so only its syntax errors are reported.
    pub incomplete: bool,
}

impl Procedure {
    /// Was this section written (even if it could not be read)?
    pub fn wrote(&self, kw: crate::keywords::Keyword) -> bool {
        self.written.contains(&kw)
    }
}

/// One or more texts given on one line (`subjects "Tổ chức" "Cá nhân"`) or `none`.
#[derive(Debug, Clone)]
pub struct Texts {
    pub items: Vec<Str>,
    pub none: Flag,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Revision {
    pub number: Option<(u32, Span)>,
    pub date: Option<DateLit>,
    pub description: Option<Str>,
    pub drafted: Option<SignOff>,
    pub reviewed: Option<SignOff>,
    pub approved: Option<SignOff>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct SignOff {
    pub name: Option<Str>,
    pub position: Option<Str>,
    pub date: Option<DateLit>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CitationKind {
    Law,
    Resolution,
    Decree,
    Circular,
    Decision,
    Standard,
    Document,
}

#[derive(Debug, Clone)]
pub struct Citation {
    pub kind: CitationKind,
    pub number: Option<Str>,
    pub date: Option<DateLit>,
    pub title: Option<Str>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Citations {
    pub items: Vec<Citation>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Term {
    pub abbreviation: Ident,
    pub meaning: Option<Str>,
}

#[derive(Debug, Clone)]
pub struct Terms {
    pub items: Vec<Term>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    Direct,
    Online,
    Postal,
}

#[derive(Debug, Clone)]
pub struct Channels {
    pub items: Vec<(Channel, Span)>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnlineLevelKind {
    Full,
    Partial,
}

#[derive(Debug, Clone)]
pub struct OnlineLevel {
    pub kind: OnlineLevelKind,
    pub reason: Option<Str>,
    pub span: Span,
}

/// `reception outside_one_stop immediate_result "reason"`: a TTHC the competent authority
/// decided is not received at the one-stop unit's premises (Decree 61/2018 Art. 14(5);
/// Decree 118/2025 Art. 14(3)), and/or whose result the law says is returned at once after
/// reception (Decree 61/2018 and Decree 118/2025 Art. 17(4)).
#[derive(Debug, Clone)]
pub struct Reception {
    pub outside_one_stop: Flag,
    pub immediate_result: Flag,
    /// The case and the decision that makes it (e.g. "lưu động", the Chairman's decision).
    pub reason: Option<Str>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Dossier {
    pub sets: Option<(u32, Span)>,
    pub items: Vec<DossierItem>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct DossierItem {
    pub name: Str,
    pub originals: u32,
    pub copies: u32,
    pub certified_copies: u32,
    pub form: Option<Ident>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayKind {
    Working,
    Calendar,
}

/// The time the law allows, optionally for one channel.
#[derive(Debug, Clone)]
pub struct StatutoryTime {
    pub days: f64,
    pub unit: Option<DayKind>,
    pub channel: Option<(Channel, Span)>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeKind {
    /// Phí.
    Fee,
    /// Lệ phí.
    Charge,
}

#[derive(Debug, Clone)]
pub enum FeeAmount {
    None,
    Vnd(u64),
    Text(Str),
}

#[derive(Debug, Clone)]
pub struct Fee {
    pub kind: FeeKind,
    pub channel: Option<(Channel, Span)>,
    pub amount: FeeAmount,
    pub basis: Option<Str>,
    pub span: Span,
}

/// A time as written: working time (`4h`, `0.5d`, `3 working_days`) or, where the law
/// counts days rather than working days, calendar days (`15 calendar_days`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Duration {
    /// Working hours (1 working day = 8 h); 0 for a time in calendar days, which is not
    /// working time and is converted through the working calendar where it is compared.
    pub hours: f64,
    pub written_in_days: bool,
    /// Set when written in calendar days (`15 calendar_days`, `15 ngày_lịch`).
    pub calendar_days: Option<f64>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Step {
    /// The step's line has a syntax error: completeness rules leave it to that error.
    pub broken: bool,
    pub number: (String, Span),
    pub content: Option<Str>,
    pub actor: Option<Ident>,
    pub duration: Option<Duration>,
    pub issues: Vec<Ident>,
    pub uses: Vec<Ident>,
    /// `consults <agency>` or `consults "body"`: the step asks another body's opinion
    /// (lấy ý kiến, Decree 118/2025 Art. 19(4)(b)) — not interconnected handling (liên
    /// thông, Art. 3(2)). The step's time is the deadline for the reply.
    pub consults: Option<Str>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Phase {
    pub number: Option<(u32, Span)>,
    pub title: Option<Str>,
    pub statutory: Option<StatutoryTime>,
    pub steps: Vec<Step>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BranchKind {
    Incomplete,
    Refused,
    Late,
    /// The applicant asked to stop the dossier (Decree 118/2025 Art. 21).
    Stopped,
}

#[derive(Debug, Clone)]
pub struct Branch {
    pub kind: BranchKind,
    pub issues: Vec<Ident>,
    pub actor: Option<Ident>,
    pub within: Option<Duration>,
    /// When an incomplete dossier is closed if the applicant does not complete it.
    pub closes_after: Option<Duration>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Steps {
    /// Steps outside any phase.
    pub steps: Vec<Step>,
    pub phases: Vec<Phase>,
    pub branches: Vec<Branch>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct FormDef {
    pub id: Ident,
    pub name: Option<Str>,
    pub source: Option<Str>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Forms {
    pub defs: Vec<FormDef>,
    pub uses: Vec<(RegimeName, Span)>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retention {
    Years(u32),
    Forever,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    Paper,
    Electronic,
}

#[derive(Debug, Clone)]
pub struct Record {
    pub name: Str,
    pub keep: Option<(Retention, Span)>,
    pub unit: Option<Ident>,
    pub media: Vec<Medium>,
    pub form: Option<Ident>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Records {
    pub items: Vec<Record>,
    pub span: Span,
}

impl Steps {
    /// Every step, phases in order, in document order.
    pub fn all(&self) -> impl Iterator<Item = &Step> {
        self.steps.iter().chain(self.phases.iter().flat_map(|p| p.steps.iter()))
    }
}
