//! What a rule is: its metadata (which is also its documentation page) and its check.

use quytrinh_diagnostics::{Code, Diagnostic, Label, Severity, Span, Text};
use quytrinh_model::{Catalogue, Procedure, Regime};

use crate::basis::RegimeBasis;
use crate::Config;

/// A text known at compile time, in both languages.
#[derive(Debug, Clone, Copy)]
pub struct T {
    pub vi: &'static str,
    pub en: &'static str,
}

pub const fn t(vi: &'static str, en: &'static str) -> T {
    T { vi, en }
}

impl T {
    pub fn text(self) -> Text {
        Text::new(self.vi, self.en)
    }
}

/// A rule's life cycle. Codes are never reused: a removed rule keeps its code here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Stable,
    /// New, or resting on a point the legal research marks UNCONFIRMED: it runs, and its
    /// page says why it may change.
    Preview,
    Deprecated,
    Removed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Stable => "stable",
            Status::Preview => "preview",
            Status::Deprecated => "deprecated",
            Status::Removed => "removed",
        }
    }
}

/// An example for a rule's page: sections of the baseline procedure replaced by these
/// texts (see `baseline.rs`). Empty means "the baseline as it is".
pub type Example = &'static [(&'static str, &'static str)];

/// Everything about a rule except its check: the registry entry and the doc page.
pub struct RuleMeta {
    pub code: Code,
    pub name: &'static str,
    pub status: Status,
    pub severity: Severity,
    /// The severity under the 2025 regime when the 2025 text supports a different one
    /// (e.g. Decree 118 names who directs a duty but not the form it takes); `None` keeps
    /// `severity`.
    pub severity_2025: Option<Severity>,
    /// The regimes the rule applies to.
    pub regimes: &'static [Regime],
    /// What the rule rests on, for each regime in `regimes` (one entry each, same order):
    /// the articles of the law, or the ISO clause when it is practice (`basis.rs`).
    pub basis: &'static [RegimeBasis],
    /// The rule rests on a point the legal research marks UNCONFIRMED.
    pub unconfirmed: bool,
    /// Whether `quytrinh fix` can resolve the finding, and how sure the fix is (some of a
    /// rule's findings may have none, e.g. a branch issuing two forms, none of them right).
    pub autofix: Option<quytrinh_diagnostics::Applicability>,
    pub title: T,
    pub what: T,
    pub why: T,
    /// How to fix it. Built-in forms are named by their Circular 01/2018 numbers
    /// (`BM05` the control sheet); a procedure under another regime gets them renumbered.
    pub fix: T,
    pub invalid: Example,
    pub valid: Example,
    /// Extra catalogue text (agency file) the examples need, e.g. another decision.
    pub context: &'static str,
}

pub const BOTH: &[Regime] = &[Regime::Circular012018, Regime::Decree1182025];
pub const ONLY_2018: &[Regime] = &[Regime::Circular012018];
pub const ONLY_2025: &[Regime] = &[Regime::Decree1182025];

/// Short names for the regimes in a rule's `basis`.
pub const R2018: Regime = Regime::Circular012018;
pub const R2025: Regime = Regime::Decree1182025;

/// What a rule sees.
pub struct Cx<'a> {
    pub cat: &'a Catalogue,
    pub config: &'a Config,
}

impl Cx<'_> {
    /// The working calendar of `p`'s agency (built on first use); `None` when its settings
    /// are refused, which the configuration or the agency file reports.
    pub fn calendar(&self, p: &Procedure) -> Option<std::sync::Arc<quytrinh_calendar::WorkingCalendar>> {
        self.config.calendars.for_procedure(self.cat, &self.config.calendar, p)
    }
}

/// A rule: metadata plus a check of one procedure.
impl RuleMeta {
    /// The default severity of the rule for a procedure under `regime`.
    pub fn severity_in(&self, regime: Regime) -> Severity {
        match (regime, self.severity_2025) {
            (Regime::Decree1182025, Some(s)) => s,
            _ => self.severity,
        }
    }
}

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter);
}

/// Collects one rule's findings, stamping them with its code and configured severity.
pub struct Emitter<'a> {
    pub meta: &'static RuleMeta,
    pub severity: Severity,
    /// The regime of the procedure being checked: the rule's own help names forms by
    /// their Circular 01/2018 numbers, renumbered here for this regime.
    pub regime: Regime,
    pub out: &'a mut Vec<Diagnostic>,
}

impl Emitter<'_> {
    /// Report at `span` with the rule's own help, its form numbers those of the
    /// procedure's regime.
    pub fn emit(&mut self, span: Span, message: Text) -> &mut Diagnostic {
        // The texts of a rule that also applies under 2018 use 2018's form numbers; a
        // 2025-only rule's are its own regime's already.
        let help = if self.meta.regimes.contains(&Regime::Circular012018) {
            regime_text(self.meta.fix, self.regime)
        } else {
            self.meta.fix.text()
        };
        self.emit_with(span, message, help)
    }

    /// Report with a help text specific to this finding.
    pub fn emit_with(&mut self, span: Span, message: Text, help: Text) -> &mut Diagnostic {
        let mut help = help;
        if self.meta.unconfirmed {
            help.vi.to_mut().push_str(" (Quy tắc này dựa trên điểm pháp lý chưa được xác nhận; có thể tắt trong quytrinh.toml.)");
            help.en.to_mut().push_str(" (This rule rests on a legal point not yet confirmed; it can be turned off in quytrinh.toml.)");
        }
        self.out.push(Diagnostic::new(self.meta.code, self.severity, span, message).with_help(help));
        let last = self.out.len() - 1;
        &mut self.out[last]
    }
}

/// A rule text written with the Circular 01/2018 form numbers, for `regime`.
pub fn regime_text(text: T, regime: Regime) -> Text {
    use quytrinh_model::builtin_forms::renumber_forms;
    Text::new(renumber_forms(text.vi, Regime::Circular012018, regime), renumber_forms(text.en, Regime::Circular012018, regime))
}

/// Add a secondary label to a diagnostic just emitted.
pub fn also(d: &mut Diagnostic, span: Span, text: Text) {
    d.labels.push(Label { span, text });
}
