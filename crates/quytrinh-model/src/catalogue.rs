//! The resolved catalogue: every agency, decision and procedure of a set of files, with
//! references between them turned into indices.

use std::sync::Arc;

use quytrinh_diagnostics::{FileId, Span};
use quytrinh_syntax::ast;
use quytrinh_syntax::keywords::KeywordLang;
use quytrinh_syntax::LineIndex;

use crate::builtin_forms::BuiltinForm;
use crate::Regime;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AgencyIdx(pub usize);
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DecisionIdx(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnitRef {
    pub agency: AgencyIdx,
    pub unit: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RoleRef {
    pub agency: AgencyIdx,
    pub role: usize,
}

/// Who is responsible for a step: a role (a person's position) or a whole unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Actor {
    Unit(UnitRef),
    Role(RoleRef),
}

/// One source file, as the model needs it for locations.
#[derive(Debug, Clone)]
pub struct FileInfo {
    pub id: FileId,
    /// The name given by the caller (a path relative to where quytrinh runs).
    pub name: String,
    pub lines: LineIndex,
    pub keyword_lang: Option<KeywordLang>,
    /// The file's `#` comments (suppression comments are read from them).
    pub comments: Vec<quytrinh_syntax::cst::Comment>,
}

#[derive(Debug, Clone)]
pub struct Unit {
    pub id: String,
    pub name: String,
    pub one_stop: bool,
    pub address: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub unit: Option<usize>,
    pub signs: bool,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Agency {
    pub id: String,
    pub file: FileId,
    pub syntax: ast::Agency,
    pub units: Vec<Unit>,
    pub roles: Vec<Role>,
    /// The agency's own office hours and days.
    pub calendar: crate::AgencyCalendar,
}

#[derive(Debug, Clone)]
pub struct Decision {
    pub number: String,
    pub file: FileId,
    pub syntax: ast::Decision,
}

/// A form a procedure refers to: a built-in one-stop form or one the procedure defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormRef {
    Builtin(&'static BuiltinForm),
    /// Index into the procedure's `forms.defs`.
    Custom(usize),
}

/// A step with its references resolved and its duration normalised to working hours.
#[derive(Debug, Clone)]
pub struct Step {
    pub syntax: ast::Step,
    /// Index into `steps.phases`, when the step belongs to a phase.
    pub phase: Option<usize>,
    pub actor: Option<Actor>,
    /// Working hours (1 working day = 8 working hours).
    pub hours: Option<f64>,
    pub issues: Vec<FormRef>,
    pub uses: Vec<FormRef>,
}

#[derive(Debug, Clone)]
pub struct Procedure {
    pub file: FileId,
    pub code: String,
    /// The procedure's AST. Its steps (`syntax.steps.steps` and each phase's `steps`) have
    /// moved to [`Procedure::steps`]; phases and branches stay here.
    pub syntax: ast::Procedure,
    pub agency: Option<AgencyIdx>,
    pub decision: Option<DecisionIdx>,
    pub regime: Regime,
    /// Whether the file names its regime (otherwise the catalogue default applies).
    pub regime_explicit: bool,
    /// Every step in document order, phases included.
    pub steps: Vec<Step>,
    /// Forms the procedure refers to anywhere, resolved, by id.
    pub form_refs: Vec<(ast::Ident, Option<FormRef>)>,
    /// The actor of each branch (`on late … by giamdoc`), resolved, in the order of
    /// `syntax.steps.branches`.
    pub branch_actors: Vec<Option<Actor>>,
}

/// What every procedure resolves against: the agencies and decisions of the whole
/// catalogue. Built once, shared by every per-file view.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub agencies: Vec<Agency>,
    pub decisions: Vec<Decision>,
    /// The files that define agencies or decisions (with their lines), and their
    /// suppression comments: a rule checking a procedure can report in such a file (an
    /// agency's address), so the file's `# quytrinh: allow …` must be seen from every
    /// procedure's view.
    pub shared_files: Vec<(FileId, LineIndex)>,
    pub shared_suppressions: Vec<SharedSuppression>,
}

/// A `# quytrinh: …` comment of a file that defines agencies or decisions.
#[derive(Debug, Clone)]
pub struct SharedSuppression {
    pub file: FileId,
    /// The 1-based line the comment stands on.
    pub line: usize,
    pub comment: quytrinh_syntax::cst::Comment,
}

/// A resolved catalogue, or a view of one file of it: the shared [`Directory`], the files
/// whose procedures it holds, and those procedures. A run over a large catalogue lowers
/// and checks one file at a time against the same directory, so it never holds every
/// procedure at once.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    /// The files this catalogue (or view) covers, sorted by id.
    pub files: Vec<FileInfo>,
    pub directory: Arc<Directory>,
    pub procedures: Vec<Procedure>,
}

impl Catalogue {
    pub fn agencies(&self) -> &[Agency] {
        &self.directory.agencies
    }

    pub fn decisions(&self) -> &[Decision] {
        &self.directory.decisions
    }

    pub fn agency(&self, idx: AgencyIdx) -> &Agency {
        &self.directory.agencies[idx.0]
    }

    pub fn decision(&self, idx: DecisionIdx) -> &Decision {
        &self.directory.decisions[idx.0]
    }

    /// A file of this catalogue (or view) by id.
    pub fn file(&self, id: FileId) -> Option<&FileInfo> {
        self.files.binary_search_by_key(&id, |f| f.id).ok().map(|i| &self.files[i])
    }

    pub fn unit(&self, r: UnitRef) -> &Unit {
        &self.agency(r.agency).units[r.unit]
    }

    pub fn role(&self, r: RoleRef) -> &Role {
        &self.agency(r.agency).roles[r.role]
    }

    /// The unit an actor works in (a role's unit, or the unit itself).
    pub fn actor_unit(&self, actor: Actor) -> Option<UnitRef> {
        match actor {
            Actor::Unit(u) => Some(u),
            Actor::Role(r) => self.role(r).unit.map(|unit| UnitRef { agency: r.agency, unit }),
        }
    }

    /// The display name of an actor ("Lãnh đạo Sở").
    pub fn actor_name(&self, actor: Actor) -> &str {
        match actor {
            Actor::Unit(u) => &self.unit(u).name,
            Actor::Role(r) => &self.role(r).name,
        }
    }

    pub fn actor_id(&self, actor: Actor) -> &str {
        match actor {
            Actor::Unit(u) => &self.unit(u).id,
            Actor::Role(r) => &self.role(r).id,
        }
    }

    /// Is the actor the one-stop unit or a role inside it?
    pub fn is_one_stop(&self, actor: Actor) -> bool {
        self.actor_unit(actor).is_some_and(|u| self.unit(u).one_stop)
    }

    /// The one-stop unit of an agency, if it has one.
    pub fn one_stop_unit(&self, agency: AgencyIdx) -> Option<UnitRef> {
        self.agency(agency).units.iter().position(|u| u.one_stop).map(|unit| UnitRef { agency, unit })
    }

    pub fn file_name(&self, file: FileId) -> &str {
        self.file(file).map(|f| f.name.as_str()).unwrap_or("")
    }

    /// 1-based line of a span's start (0 when the span is in a file outside this view).
    pub fn line_of(&self, span: Span) -> usize {
        self.file(span.file).map(|f| f.lines.line(span.start())).unwrap_or(0)
    }
}

impl Procedure {
    /// A custom form's definition.
    pub fn custom_form(&self, idx: usize) -> Option<&ast::FormDef> {
        self.syntax.forms.as_ref().and_then(|f| f.defs.get(idx))
    }

    /// Sum of the working hours of the steps (of one phase, or all when `phase` is `None`).
    pub fn internal_hours(&self, phase: Option<usize>) -> f64 {
        self.steps.iter().filter(|s| phase.is_none() || s.phase == phase).filter_map(|s| s.hours).sum()
    }

    /// The statutory time that applies to every channel (the one written without a
    /// channel), or else the shortest per-channel one.
    pub fn statutory(&self) -> Option<&ast::StatutoryTime> {
        let all = &self.syntax.statutory;
        all.iter()
            .find(|s| s.channel.is_none())
            .or_else(|| all.iter().min_by(|a, b| a.days.partial_cmp(&b.days).unwrap_or(std::cmp::Ordering::Equal)))
    }

    /// Every statutory time the internal procedure must fit: the general one and each
    /// per-channel one for a channel the procedure offers (all of them when `channels` is
    /// not written). One set of steps serves every channel, so a shorter time for one
    /// channel binds the whole procedure for dossiers that come that way.
    pub fn statutory_times(&self) -> Vec<&ast::StatutoryTime> {
        let offered: Vec<ast::Channel> = self.syntax.channels.iter().flat_map(|c| c.items.iter()).map(|(c, _)| *c).collect();
        self.syntax
            .statutory
            .iter()
            .filter(|s| match s.channel {
                None => true,
                Some((c, _)) => offered.is_empty() || offered.contains(&c),
            })
            .collect()
    }

    /// The statutory time that binds: the shortest of `statutory_times`.
    pub fn binding_statutory(&self) -> Option<&ast::StatutoryTime> {
        self.statutory_times().into_iter().min_by(|a, b| a.days.partial_cmp(&b.days).unwrap_or(std::cmp::Ordering::Equal))
    }
}
