//! Portal JSON back to `.qtr` source: for agencies whose procedures already live in that
//! JSON (from another tool or an older version).
//!
//! The writer prints canonical English keywords, and every file it makes goes through the
//! formatter: an imported file is `fmt`-clean, like every file quytrinh writes. Where a step
//! stood in the file the JSON came from (`source`) is provenance, not content: `build →
//! import → build` gives the same JSON but for `source`.

use std::collections::BTreeMap;

use crate::portal::contract::*;

/// A document that could not be read, with the JSON path of the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// JSON path such as `$.steps[3].duration_hours`.
    pub path: String,
    pub message: String,
}

/// A portal document of either kind.
pub enum Document {
    Procedure(Box<PortalProcedure>),
    Catalogue(PortalCatalogue),
}

/// Read one JSON document, naming the JSON path of anything wrong.
pub fn read_document(text: &str) -> Result<Document, ImportError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| ImportError {
        path: "$".to_string(),
        message: format!("not valid JSON (line {}, column {}): {e}", e.line(), e.column()),
    })?;
    let kind = value.get("kind").and_then(|k| k.as_str()).map(str::to_string);
    let version = value.get("format_version").and_then(|k| k.as_str()).map(str::to_string);
    match version.as_deref() {
        Some(v) if v.split('.').next() == FORMAT_VERSION.split('.').next() => {}
        Some(v) => {
            return Err(ImportError {
                path: "$.format_version".to_string(),
                message: format!("format version {v} is not supported (this quytrinh reads {}.x)", major()),
            })
        }
        None => {
            return Err(ImportError {
                path: "$.format_version".to_string(),
                message: "missing: this is not a quytrinh portal document".to_string(),
            })
        }
    }
    match kind.as_deref() {
        Some("procedure") => de::<PortalProcedure>(value).map(|p| Document::Procedure(Box::new(p))),
        Some("catalogue") => de::<PortalCatalogue>(value).map(Document::Catalogue),
        Some(other) => Err(ImportError {
            path: "$.kind".to_string(),
            message: format!("unknown kind `{other}` (expected `procedure` or `catalogue`)"),
        }),
        None => Err(ImportError { path: "$.kind".to_string(), message: "missing (expected `procedure` or `catalogue`)".to_string() }),
    }
}

fn major() -> &'static str {
    FORMAT_VERSION.split('.').next().unwrap_or("1")
}

fn de<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<T, ImportError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        ImportError { path: if path == "." { "$".to_string() } else { format!("$.{path}") }, message: e.inner().to_string() }
    })
}

/// Printing helpers.
struct Out {
    text: String,
    line: usize,
}

impl Out {
    fn new() -> Self {
        Out { text: String::new(), line: 1 }
    }

    fn push(&mut self, s: &str) {
        self.line += s.matches('\n').count();
        self.text.push_str(s);
    }

    fn line(&mut self, indent: usize, s: &str) {
        self.push(&" ".repeat(indent));
        self.push(s);
        self.push("\n");
    }
}

/// A quoted text; paragraphs become `"""` blocks when that reads back identically.
fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn paragraph(out: &mut Out, indent: usize, key: &str, s: &str) {
    let lines: Vec<&str> = s.split('\n').collect();
    let block_ok = s.contains('\n')
        && !s.contains("\"\"\"")
        && lines.iter().all(|l| l.trim_end() == *l && !l.contains('\t'))
        && lines.first().is_some_and(|l| !l.trim().is_empty() && !l.starts_with(' '))
        && lines.last().is_some_and(|l| !l.trim().is_empty())
        && lines.iter().filter(|l| !l.is_empty()).any(|l| !l.starts_with(' '));
    if block_ok {
        out.line(indent, &format!("{key} \"\"\""));
        for l in lines {
            if l.is_empty() {
                out.push("\n");
            } else {
                out.line(indent + 2, l);
            }
        }
        out.line(indent + 2, "\"\"\"");
    } else {
        out.line(indent, &format!("{key} {}", q(s)));
    }
}

/// An identifier bare when it reads back as one, quoted otherwise.
fn id(s: &str) -> String {
    let mut chars = s.chars();
    let ok = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && s.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        && quytrinh_syntax::keywords::Keyword::lookup(s).is_none();
    if ok {
        s.to_string()
    } else {
        q(s)
    }
}

fn num(x: f64) -> String {
    format!("{x}")
}

fn channel(c: Channel) -> &'static str {
    match c {
        Channel::Direct => "direct",
        Channel::Online => "online",
        Channel::Postal => "postal",
    }
}

fn duration(d: &Duration) -> String {
    let unit = match d.unit {
        Some(DayUnit::WorkingDays) => " working_days",
        Some(DayUnit::CalendarDays) => " calendar_days",
        None => "",
    };
    format!("{}{unit}", num(d.value))
}

fn citation_kind(k: CitationKind) -> &'static str {
    match k {
        CitationKind::Law => "law",
        CitationKind::Resolution => "resolution",
        CitationKind::Decree => "decree",
        CitationKind::Circular => "circular",
        CitationKind::Decision => "decision",
        CitationKind::Standard => "standard",
        CitationKind::Document => "document",
    }
}

fn citations(out: &mut Out, key: &str, items: &[Citation]) {
    if items.is_empty() {
        return;
    }
    out.line(2, &format!("{key} {{"));
    for c in items {
        let mut l = citation_kind(c.kind).to_string();
        for part in [c.number.as_deref().map(q), c.date.clone(), c.title.as_deref().map(q)].into_iter().flatten() {
            l.push(' ');
            l.push_str(&part);
        }
        out.line(4, &l);
    }
    out.line(2, "}");
}

fn sign(key: &str, s: &Option<SignOff>) -> Option<String> {
    let s = s.as_ref()?;
    let mut l = key.to_string();
    for part in [s.name.as_deref().map(q), s.position.as_deref().map(q), s.date.clone()].into_iter().flatten() {
        l.push(' ');
        l.push_str(&part);
    }
    Some(l)
}

fn fee_line(f: &Fee) -> String {
    let mut l = match f.kind {
        FeeKind::Fee => "fee".to_string(),
        FeeKind::Charge => "charge".to_string(),
    };
    if let Some(c) = f.channel {
        l.push(' ');
        l.push_str(channel(c));
    }
    if f.none {
        l.push_str(" none");
    } else if let Some(a) = f.amount_vnd {
        l.push_str(&format!(" {a} VND"));
    } else if let Some(t) = &f.text {
        l.push(' ');
        l.push_str(&q(t));
    }
    if let Some(b) = &f.basis {
        l.push(' ');
        l.push_str(&q(b));
    }
    l
}

fn step_line(s: &Step) -> String {
    let mut l = id_or_number(&s.number);
    if let Some(c) = &s.content {
        l.push(' ');
        l.push_str(&q(c));
    }
    if let Some(a) = &s.actor {
        l.push_str(&format!(" by {}", id(&a.id)));
    }
    if let Some(d) = &s.duration_text {
        l.push(' ');
        l.push_str(d);
    }
    if !s.forms_issued.is_empty() {
        l.push_str(" issues");
        for f in &s.forms_issued {
            l.push(' ');
            l.push_str(&id(f));
        }
    }
    if !s.forms_used.is_empty() {
        l.push_str(" uses");
        for f in &s.forms_used {
            l.push(' ');
            l.push_str(&id(f));
        }
    }
    if let Some(c) = &s.consults {
        // An agency id is a bare word; any other name goes back in quotes.
        let bare = !c.is_empty() && c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_' || ch == '-');
        l.push_str(" consults ");
        l.push_str(&if bare { id(c) } else { q(c) });
    }
    l
}

fn id_or_number(n: &str) -> String {
    if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.') {
        n.to_string()
    } else {
        "0".to_string()
    }
}

/// The `.qtr` text of one procedure.
pub fn procedure_source(p: &PortalProcedure) -> String {
    let mut out = Out::new();
    out.line(0, "# Nhập từ JSON cổng dịch vụ công bằng `quytrinh import` (imported from portal JSON).");
    out.line(0, &format!("procedure {} {{", q(&p.code)));
    if let Some(t) = &p.tthc_code {
        out.line(2, &format!("tthc {}", q(t)));
    }
    if let Some(t) = &p.name {
        out.line(2, &format!("name {}", q(t)));
    }
    if let Some(t) = &p.field {
        out.line(2, &format!("field {}", q(t)));
    }
    if let Some(l) = p.level {
        let w = match l {
            Level::Ministry => "ministry",
            Level::Province => "province",
            Level::District => "district",
            Level::Commune => "commune",
        };
        out.line(2, &format!("level {w}"));
    }
    if let Some(a) = &p.agency {
        out.line(2, &format!("agency {}", id(&a.id)));
    }
    match (p.approval.status.as_str(), &p.approval.decision) {
        ("draft", _) => out.line(2, "approved_by draft"),
        (_, Some(d)) => out.line(2, &format!("approved_by {}", q(&d.number))),
        _ => {}
    }
    out.line(2, &format!("regime {}", p.regime));
    if let Some(d) = &p.effective_date {
        out.line(2, &format!("effective {d}"));
    }
    if p.interconnected {
        out.line(2, "interconnected");
    }
    for r in &p.revisions {
        let mut l = "revision".to_string();
        for part in [r.number.map(|n| n.to_string()), r.date.clone(), r.description.as_deref().map(q)].into_iter().flatten() {
            l.push(' ');
            l.push_str(&part);
        }
        let signs: Vec<String> =
            [sign("drafted", &r.drafted), sign("reviewed", &r.reviewed), sign("approved", &r.approved)].into_iter().flatten().collect();
        if signs.is_empty() {
            out.line(2, &l);
        } else {
            out.line(2, &format!("{l} {{"));
            for s in signs {
                out.line(4, &s);
            }
            out.line(2, "}");
        }
    }
    if let Some(t) = &p.purpose {
        paragraph(&mut out, 2, "purpose", t);
    }
    if let Some(t) = &p.scope {
        paragraph(&mut out, 2, "scope", t);
    }
    citations(&mut out, "references", &p.references);
    citations(&mut out, "basis", &p.legal_basis);
    if !p.terms.is_empty() {
        out.line(2, "terms {");
        for t in &p.terms {
            let m = t.meaning.as_deref().map(q).unwrap_or_default();
            out.line(4, &format!("{} {m}", id(&t.abbreviation)));
        }
        out.line(2, "}");
    }
    if !p.channels.is_empty() {
        let cs: Vec<&str> = p.channels.iter().map(|c| channel(c.channel)).collect();
        out.line(2, &format!("channels {}", cs.join(" ")));
    }
    if let Some(o) = &p.online_level {
        let mut l = format!("online_level {}", if o.level == "full" { "full" } else { "partial" });
        if let Some(r) = &o.reason {
            l.push(' ');
            l.push_str(&q(r));
        }
        out.line(2, &l);
    }
    texts(&mut out, "subjects", &p.subjects, p.subjects_none);
    texts(&mut out, "conditions", &p.conditions, p.conditions_none);
    if let Some(t) = &p.place {
        out.line(2, &format!("place {}", q(t)));
    }
    if let Some(r) = &p.reception {
        let mut l = "reception".to_string();
        if r.outside_one_stop {
            l.push_str(" outside_one_stop");
        }
        if r.immediate_result {
            l.push_str(" immediate_result");
        }
        if let Some(reason) = &r.reason {
            l.push(' ');
            l.push_str(&q(reason));
        }
        out.line(2, &l);
    }
    if let Some(d) = &p.dossier {
        let head = match d.sets {
            Some(n) => format!("dossier sets {n} {{"),
            None => "dossier {".to_string(),
        };
        out.line(2, &head);
        for i in &d.items {
            let mut l = format!("item {}", q(&i.name));
            for (word, n) in [("original", i.originals), ("copy", i.copies), ("certified_copy", i.certified_copies)] {
                match n {
                    0 => {}
                    1 => l.push_str(&format!(" {word}")),
                    n => l.push_str(&format!(" {word} {n}")),
                }
            }
            if let Some(f) = &i.form_id {
                l.push_str(&format!(" form {}", id(f)));
            }
            out.line(4, &l);
        }
        out.line(2, "}");
    }
    for s in &p.statutory_times {
        let ch = s.channel.map(|c| format!("{} ", channel(c))).unwrap_or_default();
        out.line(2, &format!("statutory {ch}{}", duration(&s.time)));
    }
    for f in &p.fees {
        out.line(2, &fee_line(f));
    }
    texts(&mut out, "result", &p.results, false);
    if !p.steps.is_empty() || !p.branches.is_empty() {
        out.line(2, "steps {");
        for s in p.steps.iter().filter(|s| s.phase.is_none()) {
            out.line(4, &step_line(s));
        }
        for (i, ph) in p.phases.iter().enumerate() {
            let mut l = "phase".to_string();
            if let Some(n) = ph.number {
                l.push_str(&format!(" {n}"));
            }
            if let Some(t) = &ph.title {
                l.push(' ');
                l.push_str(&q(t));
            }
            if let Some(s) = &ph.statutory_time {
                l.push_str(&format!(" statutory {}", duration(s)));
            }
            out.line(4, &format!("{l} {{"));
            for s in p.steps.iter().filter(|s| s.phase == Some(i)) {
                out.line(6, &step_line(s));
            }
            out.line(4, "}");
        }
        for b in &p.branches {
            let case = match b.case {
                BranchCase::Incomplete => "incomplete",
                BranchCase::Refused => "refused",
                BranchCase::Late => "late",
                BranchCase::Stopped => "stopped",
            };
            let mut l = format!("on {case}");
            if !b.forms.is_empty() {
                l.push_str(" issue");
                for f in &b.forms {
                    l.push(' ');
                    l.push_str(&id(f));
                }
            }
            if let Some(a) = &b.actor {
                l.push_str(&format!(" by {}", id(&a.id)));
            }
            if let Some(w) = &b.within_text {
                l.push_str(&format!(" within {w}"));
            }
            if let Some(w) = &b.closes_after_text {
                l.push_str(&format!(" closes_after {w}"));
            }
            out.line(4, &l);
        }
        out.line(2, "}");
    }
    let own: Vec<&Form> = p.forms.iter().filter(|f| !f.builtin).collect();
    let mut sets: Vec<&str> = p.forms.iter().filter_map(|f| f.builtin_set.as_deref()).collect();
    sets.dedup();
    if !own.is_empty() || !sets.is_empty() {
        out.line(2, "forms {");
        for f in own {
            let mut l = id(&f.id);
            if let Some(n) = &f.name {
                l.push(' ');
                l.push_str(&q(n));
            }
            if let Some(s) = &f.source {
                l.push_str(&format!(" source {}", q(s)));
            }
            out.line(4, &l);
        }
        for s in sets {
            out.line(4, &format!("use {s}"));
        }
        out.line(2, "}");
    }
    if !p.records.is_empty() {
        out.line(2, "records {");
        for r in &p.records {
            let mut l = q(&r.name);
            if r.forever {
                l.push_str(" keep forever");
            } else if let Some(y) = r.retention_years {
                l.push_str(&format!(" keep {y}y"));
            }
            if let Some(u) = &r.keeping_unit {
                l.push_str(&format!(" by {}", id(&u.id)));
            }
            if !r.media.is_empty() {
                l.push_str(" medium");
                for m in &r.media {
                    l.push_str(if m == "electronic" { " electronic" } else { " paper" });
                }
            }
            if let Some(f) = &r.form {
                l.push_str(&format!(" form {}", id(f)));
            }
            out.line(4, &l);
        }
        out.line(2, "}");
    }
    out.line(0, "}");
    canonical(out.text)
}

fn texts(out: &mut Out, key: &str, items: &[String], none: bool) {
    if items.is_empty() && !none {
        return;
    }
    let mut l = key.to_string();
    if none {
        l.push_str(" none");
    }
    for t in items {
        l.push(' ');
        l.push_str(&q(t));
    }
    out.line(2, &l);
}

/// Agency files from a catalogue document: each agency in the file it came from, the
/// decisions with the first agency. Returns (relative path, text).
pub fn agency_sources(c: &PortalCatalogue) -> Vec<(String, String)> {
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for a in &c.agencies {
        let file = if a.source_file.is_empty() { "agency.qtr".to_string() } else { a.source_file.clone() };
        if !files.contains_key(&file) {
            order.push(file.clone());
        }
        let text = files.entry(file).or_insert_with(|| "# Nhập từ JSON cổng dịch vụ công bằng `quytrinh import`.\n".to_string());
        text.push_str(&agency_source(a));
    }
    if !c.decisions.is_empty() {
        let file = order.first().cloned().unwrap_or_else(|| "agency.qtr".to_string());
        let text = files.entry(file).or_default();
        for d in &c.decisions {
            text.push_str(&decision_source(d));
        }
    }
    files.into_iter().map(|(name, text)| (name, canonical(text))).collect()
}

/// The text in the formatter's canonical layout (unchanged if it does not parse, which
/// would be a bug in this writer: the tests import every example).
fn canonical(text: String) -> String {
    quytrinh_syntax::fmt::format(&text, Default::default()).unwrap_or(text)
}

fn agency_source(a: &Agency) -> String {
    let mut out = Out::new();
    out.line(0, &format!("agency {} {{", id(&a.id)));
    for (k, v) in [("name", &a.name), ("parent", &a.parent), ("address", &a.address)] {
        if let Some(v) = v {
            out.line(2, &format!("{k} {}", q(v)));
        }
    }
    for u in &a.units {
        let mut l = format!("unit {} {}", id(&u.id), q(&u.name));
        if u.one_stop {
            l.push_str(" one_stop");
        }
        if let Some(ad) = &u.address {
            l.push_str(&format!(" address {}", q(ad)));
        }
        out.line(2, &l);
    }
    for r in &a.roles {
        let mut l = format!("role {} {}", id(&r.id), q(&r.name));
        if let Some(u) = &r.unit {
            l.push_str(&format!(" in {}", id(u)));
        }
        if r.signs {
            l.push_str(" signs");
        }
        out.line(2, &l);
    }
    out.line(0, "}");
    out.text
}

fn decision_source(d: &Decision) -> String {
    let mut out = Out::new();
    out.line(0, &format!("decision {} {{", q(&d.number)));
    if let Some(x) = &d.date {
        out.line(2, &format!("date {x}"));
    }
    if let Some(x) = &d.issuer {
        out.line(2, &format!("issuer {}", q(x)));
    }
    if let Some(x) = &d.title {
        out.line(2, &format!("title {}", q(x)));
    }
    out.line(0, "}");
    out.text
}

/// Without a catalogue document: an agency file rebuilt from what the procedures say of
/// their actors (units, roles, one-stop flag) and their approving decisions.
pub fn agency_from_procedures(ps: &[PortalProcedure]) -> String {
    let mut agencies: BTreeMap<String, Agency> = BTreeMap::new();
    let mut decisions: BTreeMap<String, Decision> = BTreeMap::new();
    for p in ps {
        let own = p.agency.as_ref().map(|a| a.id.clone()).unwrap_or_else(|| "agency".to_string());
        agencies.entry(own.clone()).or_insert_with(|| Agency {
            id: own.clone(),
            name: p.agency.as_ref().and_then(|a| a.name.clone()),
            parent: None,
            address: None,
            units: Vec::new(),
            roles: Vec::new(),
            source_file: String::new(),
        });
        for s in &p.steps {
            let (Some(a), unit) = (&s.actor, &s.unit) else { continue };
            let ag = agencies.entry(a.agency_id.clone()).or_insert_with(|| Agency {
                id: a.agency_id.clone(),
                name: None,
                parent: None,
                address: None,
                units: Vec::new(),
                roles: Vec::new(),
                source_file: String::new(),
            });
            if let Some(u) = unit {
                if !ag.units.iter().any(|x| x.id == u.id) {
                    ag.units.push(Unit { id: u.id.clone(), name: u.name.clone(), one_stop: u.one_stop, address: None });
                }
            }
            if a.kind == "role" && !ag.roles.iter().any(|r| r.id == a.id) {
                ag.roles.push(Role { id: a.id.clone(), name: a.name.clone(), unit: unit.as_ref().map(|u| u.id.clone()), signs: false });
            }
        }
        if let Some(d) = &p.approval.decision {
            decisions.entry(d.number.clone()).or_insert_with(|| d.clone());
        }
    }
    let cat = PortalCatalogue {
        format_version: FORMAT_VERSION.to_string(),
        kind: "catalogue".to_string(),
        agencies: agencies.into_values().collect(),
        decisions: decisions.into_values().collect(),
        procedures: Vec::new(),
    };
    canonical(agency_sources(&cat).into_iter().map(|(_, t)| t).collect::<Vec<_>>().join(""))
}
