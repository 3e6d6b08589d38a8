//! The portal JSON contract: what the provincial one-stop information system and public
//! service portal load. These types are the contract; the JSON Schema is generated from
//! them (`quytrinh schema`). Additive changes bump the minor `format_version`, breaking
//! ones the major; consumers must ignore fields they do not know.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of this contract (semver).
pub const FORMAT_VERSION: &str = "1.1.0";

/// One internal procedure: the national-database fields of its TTHC plus the internal
/// workflow (steps, branches, times) and its ISO document control.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PortalProcedure {
    /// Version of the contract this document follows, e.g. "1.0.0".
    pub format_version: String,
    /// Always "procedure".
    pub kind: String,
    /// ISO document code of the internal procedure, e.g. "QT-CGCN-01".
    pub code: String,
    /// National TTHC database code (`maTTHC`), e.g. "1.004525".
    pub tthc_code: Option<String>,
    /// TTHC name (`tenTTHC`).
    pub name: Option<String>,
    /// Field (lĩnh vực, `LINHVUCTHUCHIEN`).
    pub field: Option<String>,
    /// Implementing level (`CAPTHUCHIEN`).
    pub level: Option<Level>,
    /// Legal regime the procedure is checked under.
    pub regime: String,
    /// Implementing agency (`COQUANTHUCHIEN`).
    pub agency: Option<AgencyRef>,
    /// Whether this is an interconnected (liên thông) procedure.
    pub interconnected: bool,
    /// Approval of the internal procedure.
    pub approval: Approval,
    /// Effective date (yyyy-mm-dd).
    pub effective_date: Option<String>,
    /// Issues and revisions with their sign-off, oldest first.
    pub revisions: Vec<Revision>,
    /// 1. Purpose.
    pub purpose: Option<String>,
    /// 2. Scope.
    pub scope: Option<String>,
    /// 3. References.
    pub references: Vec<Citation>,
    /// Legal basis (`CANCUPHAPLY`).
    pub legal_basis: Vec<Citation>,
    /// 4. Terms and abbreviations.
    pub terms: Vec<Term>,
    /// Channels with the time limit and fees that apply to each (`CACHTHUCTHUCHIEN`).
    pub channels: Vec<ChannelInfo>,
    /// Online service level.
    pub online_level: Option<OnlineLevel>,
    /// Subjects (`DOITUONGTHUCHIEN`); empty with `subjects_none` when stated as none.
    pub subjects: Vec<String>,
    pub subjects_none: bool,
    /// Requirements and conditions (`YEUCAU`); empty with `conditions_none` when none.
    pub conditions: Vec<String>,
    pub conditions_none: bool,
    /// Place of reception and return (`DIACHITIEPNHAN`).
    pub place: Option<String>,
    /// A TTHC not received at the one-stop unit, or whose result is returned at once
    /// (since 1.1.0).
    #[serde(default)]
    pub reception: Option<Reception>,
    /// Dossier (`THANHPHANHOSO`).
    pub dossier: Option<Dossier>,
    /// Statutory time entries as written (general, and per channel).
    pub statutory_times: Vec<StatutoryTime>,
    /// Fees and charges as written (general, and per channel).
    pub fees: Vec<Fee>,
    /// Results (`KETQUATHUCHIEN`).
    pub results: Vec<String>,
    /// Phases of a procedure split by applicant actions.
    pub phases: Vec<Phase>,
    /// Internal steps, in order.
    pub steps: Vec<Step>,
    /// Handling of incomplete, refused, late and stopped dossiers.
    pub branches: Vec<Branch>,
    /// Statutory against internal time.
    pub totals: Totals,
    /// 6. Forms: the procedure's own and the built-in one-stop forms it lists.
    pub forms: Vec<Form>,
    /// 7. Records to keep.
    pub records: Vec<Record>,
    /// Where the procedure is written.
    pub source: SourceLocation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Ministry,
    Province,
    District,
    Commune,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AgencyRef {
    pub id: String,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Approval {
    /// "approved", "draft" or "missing".
    pub status: String,
    pub decision: Option<Decision>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Decision {
    /// Number and symbol, e.g. "797/QĐ-UBND".
    pub number: String,
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Revision {
    pub number: Option<u32>,
    pub date: Option<String>,
    pub description: Option<String>,
    pub drafted: Option<SignOff>,
    pub reviewed: Option<SignOff>,
    pub approved: Option<SignOff>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SignOff {
    pub name: Option<String>,
    pub position: Option<String>,
    pub date: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CitationKind {
    Law,
    Resolution,
    Decree,
    Circular,
    Decision,
    Standard,
    Document,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Citation {
    pub kind: CitationKind,
    /// Number and symbol (`SOVANBAN`).
    pub number: Option<String>,
    pub date: Option<String>,
    /// Title (`TENVANBAN`).
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Term {
    pub abbreviation: String,
    pub meaning: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Trực tiếp (`KENH` 1).
    Direct,
    /// Trực tuyến (`KENH` 2).
    Online,
    /// Bưu chính công ích (`KENH` 3).
    Postal,
}

/// A channel with what applies to it: the statutory time and fees written for that
/// channel, or else the general ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChannelInfo {
    pub channel: Channel,
    /// The portal's channel number (`KENH`): 1 direct, 2 online, 3 postal.
    pub kenh: u8,
    pub statutory_time: Option<Duration>,
    pub fees: Vec<Fee>,
    /// This channel's statutory time minus the internal time, in days (since 1.1.0);
    /// absent when not comparable (calendar days, untimed steps).
    #[serde(default)]
    pub cut_days: Option<f64>,
    /// That cut as a share of this channel's statutory time, in percent (since 1.1.0).
    #[serde(default)]
    pub cut_percent: Option<f64>,
    /// Internal time ≤ this channel's statutory time (since 1.1.0).
    #[serde(default)]
    pub within_statutory: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DayUnit {
    WorkingDays,
    CalendarDays,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Duration {
    pub value: f64,
    pub unit: Option<DayUnit>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StatutoryTime {
    /// The channel this time is written for; none for all channels.
    pub channel: Option<Channel>,
    pub time: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    /// Phí.
    Fee,
    /// Lệ phí.
    Charge,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Fee {
    pub kind: FeeKind,
    pub channel: Option<Channel>,
    /// Explicitly no fee.
    pub none: bool,
    /// Amount in dong (`SOTIEN`, `DONVI` = VND) when it is a fixed amount.
    pub amount_vnd: Option<u64>,
    /// The fee described in words when it is not a fixed amount.
    pub text: Option<String>,
    /// The instrument that sets it.
    pub basis: Option<String>,
}

/// `reception outside_one_stop immediate_result "reason"`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Reception {
    /// Not received at the one-stop unit's premises (Decree 61/2018 Art. 14(5); Decree
    /// 118/2025 Art. 14(3)).
    pub outside_one_stop: bool,
    /// The result is returned at once after reception; no receipt (Art. 17(4)).
    pub immediate_result: bool,
    /// The case and the decision that makes it.
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OnlineLevel {
    /// "full" (toàn trình) or "partial" (một phần).
    pub level: String,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Dossier {
    /// Number of sets (bộ).
    pub sets: Option<u32>,
    pub items: Vec<DossierItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DossierItem {
    /// `TENGIAYTO`.
    pub name: String,
    /// `SOBANCHINH`.
    pub originals: u32,
    /// `SOBANSAO` (plain copies).
    pub copies: u32,
    pub certified_copies: u32,
    /// The linked form's id and name (`TENMAUDON`).
    pub form_id: Option<String>,
    pub form_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Phase {
    pub number: Option<u32>,
    pub title: Option<String>,
    pub statutory_time: Option<Duration>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Actor {
    /// "role" or "unit".
    pub kind: String,
    pub id: String,
    pub name: String,
    /// The agency the actor belongs to.
    pub agency_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UnitRef {
    pub id: String,
    pub name: String,
    pub one_stop: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Step {
    /// Step number as written, e.g. "1".
    pub number: String,
    pub content: Option<String>,
    /// Index into `phases`, when the step belongs to a phase.
    pub phase: Option<usize>,
    /// The responsible role or unit.
    pub actor: Option<Actor>,
    /// The unit the step is done in (the role's unit, or the unit itself).
    pub unit: Option<UnitRef>,
    /// Working time in working hours (1 working day = 8 hours).
    pub duration_hours: Option<f64>,
    /// The duration as written ("4h", "0.5d").
    pub duration_text: Option<String>,
    /// Forms the step produces.
    pub forms_issued: Vec<String>,
    /// Forms the step fills or signs.
    pub forms_used: Vec<String>,
    /// The body the step consults (lấy ý kiến): an agency id or a name (since 1.1.0).
    #[serde(default)]
    pub consults: Option<String>,
    /// Where the step is written, for linking back.
    pub source: SourceLocation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BranchCase {
    Incomplete,
    Refused,
    Late,
    Stopped,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Branch {
    pub case: BranchCase,
    pub forms: Vec<String>,
    pub actor: Option<Actor>,
    /// Time limit in working hours.
    pub within_hours: Option<f64>,
    pub within_text: Option<String>,
    /// For incomplete dossiers (2025 regime): closed after this many working hours without
    /// completion; absent when the limit is in calendar days (see `closes_after`).
    pub closes_after_hours: Option<f64>,
    pub closes_after_text: Option<String>,
    /// The time limit in days with its unit (working or calendar days). Since 1.1.0.
    #[serde(default)]
    pub within: Option<Duration>,
    /// The closure limit in days with its unit: Decree 118/2025 Art. 19(5) counts 15
    /// calendar days (`calendar_days`). Since 1.1.0.
    #[serde(default)]
    pub closes_after: Option<Duration>,
}

/// Statutory against internal time, in working days (8 hours a day).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Totals {
    /// The statutory time that binds: the shortest of the general time and the times of
    /// the channels offered (one set of steps serves every channel).
    pub statutory: Option<Duration>,
    pub internal_hours: f64,
    pub internal_working_days: f64,
    /// Statutory minus internal, in days; absent when not comparable (calendar days).
    pub cut_days: Option<f64>,
    /// The cut as a share of the statutory time, in percent (rounded to 0.1).
    pub cut_percent: Option<f64>,
    /// Internal time ≤ every statutory time (general and per channel).
    pub within_statutory: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Form {
    pub id: String,
    pub name: Option<String>,
    pub source: Option<String>,
    /// A one-stop form of the regime (Circular 01/2018 or 03/2025), not defined by the procedure.
    pub builtin: bool,
    /// For built-in forms, the regime whose form set lists it, e.g. "circular_01_2018".
    pub builtin_set: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Record {
    pub name: String,
    pub keeping_unit: Option<UnitRef>,
    /// Years to keep; absent with `forever` or when not stated.
    pub retention_years: Option<u32>,
    pub forever: bool,
    /// "paper" and/or "electronic".
    pub media: Vec<String>,
    pub form: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SourceLocation {
    /// Path of the .qtr file relative to the catalogue root.
    pub file: String,
    /// 1-based line.
    pub line: usize,
}

/// The catalogue: the agencies with their units and roles, the approval decisions, and one
/// line per procedure pointing at its document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PortalCatalogue {
    pub format_version: String,
    /// Always "catalogue".
    pub kind: String,
    pub agencies: Vec<Agency>,
    pub decisions: Vec<Decision>,
    pub procedures: Vec<CatalogueEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Agency {
    pub id: String,
    pub name: Option<String>,
    pub parent: Option<String>,
    pub address: Option<String>,
    pub units: Vec<Unit>,
    pub roles: Vec<Role>,
    /// Path of the file that defines it, relative to the catalogue root.
    pub source_file: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Unit {
    pub id: String,
    pub name: String,
    pub one_stop: bool,
    pub address: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub unit: Option<String>,
    pub signs: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CatalogueEntry {
    pub code: String,
    pub tthc_code: Option<String>,
    pub name: Option<String>,
    pub field: Option<String>,
    /// The procedure's document, relative to `catalogue.json`.
    pub document: String,
    pub approval_decision: Option<String>,
    pub totals: Totals,
}
