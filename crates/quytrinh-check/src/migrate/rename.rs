//! The renames of `quytrinh migrate --map`, as edits inside the quoted texts that name a
//! place, a body or a unit. Legal citations, decisions, the revision history, form sources
//! and fee bases are left alone: they speak of the time they were written.

use quytrinh_diagnostics::{Edit, Span};
use quytrinh_syntax::ast::{Item, Procedure, SourceFile, Str};

use super::Mapping;

/// The inside of a quoted text (`"…"` or `"""…"""`) at `span` of `text`.
fn inside(text: &str, span: Span) -> Option<Span> {
    let raw = text.get(span.start()..span.end())?;
    let q = if raw.starts_with("\"\"\"") && raw.len() >= 6 {
        3
    } else if raw.starts_with('"') && raw.len() >= 2 {
        1
    } else {
        return None;
    };
    Some(Span::new(span.file, span.start() + q, span.end() - q))
}

/// The edit renaming inside one quoted text, if anything in it is renamed.
fn rename_str(text: &str, s: &Str, mapping: &Mapping) -> Option<Edit> {
    let inner = inside(text, s.span)?;
    let new = mapping.rename(text.get(inner.start()..inner.end())?)?;
    Some(Edit::replace(inner, new))
}

/// The quoted texts of a procedure that name places, bodies or units.
fn procedure_texts(p: &Procedure) -> Vec<&Str> {
    let mut v: Vec<&Str> = Vec::new();
    v.extend([&p.name, &p.purpose, &p.scope, &p.place].into_iter().flatten());
    for t in [&p.subjects, &p.conditions, &p.result].into_iter().flatten() {
        v.extend(&t.items);
    }
    if let Some(r) = &p.reception {
        v.extend(&r.reason);
    }
    if let Some(t) = &p.terms {
        v.extend(t.items.iter().filter_map(|t| t.meaning.as_ref()));
    }
    if let Some(d) = &p.dossier {
        v.extend(d.items.iter().map(|i| &i.name));
    }
    if let Some(st) = &p.steps {
        let steps = st.steps.iter().chain(st.phases.iter().flat_map(|ph| ph.steps.iter()));
        v.extend(steps.filter_map(|s| s.content.as_ref()));
        v.extend(st.phases.iter().filter_map(|ph| ph.title.as_ref()));
    }
    if let Some(r) = &p.records {
        v.extend(r.items.iter().map(|i| &i.name));
    }
    v
}

/// `[names]` renames in every quoted text of the file that names a place, a body or a
/// unit: procedures, and agencies whose fields the `[agency.<id>]` table does not set.
pub fn string_renames(source: &SourceFile, mapping: &Mapping) -> Vec<Edit> {
    let text = &source.text;
    let mut out = Vec::new();
    for item in &source.items {
        match item {
            Item::Procedure(p) => out.extend(procedure_texts(p).into_iter().filter_map(|s| rename_str(text, s, mapping))),
            Item::Agency(a) => {
                let set = mapping.agencies.get(&a.id.name);
                let own = |f: fn(&super::AgencyRename) -> bool| set.is_some_and(f);
                let mut v: Vec<&Str> = Vec::new();
                if !own(|r| r.name.is_some()) {
                    v.extend(&a.name);
                }
                if !own(|r| r.parent.is_some()) {
                    v.extend(&a.parent);
                }
                if !own(|r| r.address.is_some()) {
                    v.extend(&a.address);
                }
                for u in &a.units {
                    if !set.is_some_and(|r| r.units.contains_key(&u.id.name)) {
                        v.extend(&u.name);
                    }
                    v.extend(&u.address);
                }
                v.extend(a.roles.iter().filter_map(|r| r.name.as_ref()));
                out.extend(v.into_iter().filter_map(|s| rename_str(text, s, mapping)));
            }
            Item::Decision(_) => {}
        }
    }
    out
}

/// The `[agency.<id>]` settings: the agency's name, parent, address and units' names.
pub fn shared_edits(source: &SourceFile, mapping: &Mapping) -> Vec<Edit> {
    let text = &source.text;
    let mut out = Vec::new();
    for item in &source.items {
        let Item::Agency(a) = item else { continue };
        let Some(r) = mapping.agencies.get(&a.id.name) else { continue };
        let mut set = |s: &Option<Str>, new: &Option<String>| {
            if let (Some(s), Some(new)) = (s, new) {
                if let Some(inner) = inside(text, s.span) {
                    out.push(Edit::replace(inner, new.clone()));
                }
            }
        };
        set(&a.name, &r.name);
        set(&a.parent, &r.parent);
        set(&a.address, &r.address);
        for u in &a.units {
            set(&u.name, &r.units.get(&u.id.name).cloned());
        }
    }
    out
}
