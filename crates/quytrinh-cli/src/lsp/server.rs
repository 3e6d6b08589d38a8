//! The JSON-RPC loop and the handlers, on our own transport (`transport.rs`).

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use quytrinh_diagnostics::{Diagnostic, Lang, Severity};
use quytrinh_syntax::fmt::{format, FormatOptions};
use quytrinh_syntax::keywords::Keyword;
use serde_json::{json, Value};

use super::analysis::{definitions, quoted_at, word_at, FileState, World};
use super::transport::{self, Incoming, Notification, Request};
use super::uri::{to_path, to_uri};

/// The requests answered; any other gets MethodNotFound.
const METHODS: &[&str] = &[
    "textDocument/hover",
    "textDocument/completion",
    "textDocument/definition",
    "textDocument/documentSymbol",
    "textDocument/formatting",
    "textDocument/codeAction",
];

pub fn run(lang: Lang) -> u8 {
    serve(std::io::stdin().lock(), std::io::stdout().lock(), lang)
}

/// Where the session is, as the LSP lifecycle has it.
#[derive(PartialEq)]
enum Phase {
    Uninitialised,
    Running,
    ShutDown,
}

/// Serve one client until `exit` or the end of the input. A malformed message is answered
/// with a JSON-RPC error and the loop goes on; nothing a client sends stops it but `exit`.
/// The exit code is 0 after `shutdown` then `exit` (or the end of input), 1 for `exit`
/// without `shutdown`, as the protocol asks.
pub fn serve(mut reader: impl BufRead, mut writer: impl Write, lang: Lang) -> u8 {
    let capabilities = json!({
        "textDocumentSync": { "openClose": true, "change": 1, "save": true },
        "hoverProvider": true,
        "completionProvider": { "triggerCharacters": [" ", "\""] },
        "definitionProvider": true,
        "documentSymbolProvider": true,
        "documentFormattingProvider": true,
        "codeActionProvider": { "codeActionKinds": ["quickfix", "source.fixAll.quytrinh"] },
        "positionEncoding": "utf-16"
    });
    let mut world = World { lang, ..World::default() };
    let mut phase = Phase::Uninitialised;
    while let Some(incoming) = transport::read(&mut reader) {
        let reply = match incoming {
            Incoming::Ignored => None,
            Incoming::Invalid { id, code, message } => Some(transport::error(id, code, &message)),
            Incoming::Notification(n) => match (n.method.as_str(), &phase) {
                ("exit", _) => return u8::from(phase != Phase::ShutDown),
                (_, Phase::Running) => {
                    if let Some(path) = handle_notification(&mut world, &n) {
                        if !publish(&mut writer, &world, &path) {
                            return 0;
                        }
                    }
                    None
                }
                // Before `initialize` and after `shutdown`, notifications are dropped.
                _ => None,
            },
            Incoming::Request(req) => Some(match (req.method.as_str(), &phase) {
                ("initialize", Phase::Uninitialised) => {
                    phase = Phase::Running;
                    let result = json!({
                        "capabilities": capabilities,
                        "serverInfo": { "name": "quytrinh", "version": env!("CARGO_PKG_VERSION") }
                    });
                    let answered = transport::write(&mut writer, &transport::response(req.id, result));
                    if !answered {
                        return 0;
                    }
                    for root in roots(&req.params) {
                        world.load_folder(&root);
                    }
                    continue;
                }
                (_, Phase::Uninitialised) => {
                    transport::error(req.id, transport::SERVER_NOT_INITIALIZED, "the server is not initialised yet")
                }
                ("initialize", _) => transport::error(req.id, transport::INVALID_REQUEST, "initialize was already received"),
                (_, Phase::ShutDown) => transport::error(req.id, transport::INVALID_REQUEST, "the server is shut down"),
                ("shutdown", _) => {
                    phase = Phase::ShutDown;
                    transport::response(req.id, Value::Null)
                }
                (m, _) if METHODS.contains(&m) => {
                    let result = handle_request(&world, &req);
                    transport::response(req.id, result)
                }
                (m, _) => transport::error(req.id, transport::METHOD_NOT_FOUND, &format!("unknown method: {m}")),
            }),
        };
        if let Some(reply) = reply {
            if !transport::write(&mut writer, &reply) {
                return 0;
            }
        }
    }
    0
}

fn roots(params: &Value) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> =
        params["workspaceFolders"].as_array().into_iter().flatten().filter_map(|f| f["uri"].as_str().and_then(to_path)).collect();
    if v.is_empty() {
        if let Some(p) = params["rootUri"].as_str().and_then(to_path) {
            v.push(p);
        }
    }
    v
}

fn doc_path(params: &Value) -> Option<PathBuf> {
    let p = to_path(params["textDocument"]["uri"].as_str()?)?;
    Some(std::fs::canonicalize(&p).unwrap_or(p))
}

fn handle_notification(world: &mut World, n: &Notification) -> Option<PathBuf> {
    let path = doc_path(&n.params)?;
    match n.method.as_str() {
        "textDocument/didOpen" => {
            world.set(path.clone(), n.params["textDocument"]["text"].as_str()?.to_string());
            Some(path)
        }
        "textDocument/didChange" => {
            // Full synchronisation: the last change holds the whole text.
            let text = n.params["contentChanges"].as_array()?.last()?["text"].as_str()?.to_string();
            world.set(path.clone(), text);
            Some(path)
        }
        "textDocument/didSave" => Some(path),
        _ => None,
    }
}

/// An LSP range, in the text as the editor has it, of a span of the NFC text.
fn range(file: &FileState, start: usize, end: usize) -> Value {
    let a = file.position(start, false);
    let b = file.position(end, true);
    json!({ "start": { "line": a.0, "character": a.1 }, "end": { "line": b.0, "character": b.1 } })
}

fn lsp_diagnostic(d: &Diagnostic, file: &FileState, lang: Lang) -> Value {
    let severity = match d.severity {
        Severity::Error => 1,
        Severity::Warning => 2,
        Severity::Info => 3,
    };
    let mut message = d.message.get(lang).to_string();
    if !d.help.get(lang).is_empty() {
        message.push('\n');
        message.push_str(d.help.get(lang));
    }
    json!({
        "range": range(file, d.span.start(), d.span.end()),
        "severity": severity,
        "code": d.code.0,
        "source": "quytrinh",
        "message": message
    })
}

/// Send the diagnostics of `path`; `false` when the client is gone.
fn publish(writer: &mut impl Write, world: &World, path: &Path) -> bool {
    let Some(checked) = world.check(path) else { return true };
    let Some(file) = world.files.get(path) else { return true };
    let diagnostics: Vec<Value> = checked.diagnostics.iter().map(|d| lsp_diagnostic(d, file, world.lang)).collect();
    let params = json!({ "uri": to_uri(path), "diagnostics": diagnostics });
    transport::write(writer, &transport::notification("textDocument/publishDiagnostics", params))
}

fn handle_request(world: &World, req: &Request) -> Value {
    let Some(path) = doc_path(&req.params) else { return Value::Null };
    let Some(file) = world.files.get(&path) else { return Value::Null };
    let offset = || {
        let pos = &req.params["position"];
        file.offset_at(pos["line"].as_u64().unwrap_or(0) as usize, pos["character"].as_u64().unwrap_or(0) as usize)
    };
    match req.method.as_str() {
        "textDocument/hover" => hover(world, &path, offset()),
        "textDocument/completion" => completion(world, &path),
        "textDocument/definition" => definition(world, &path, offset()),
        "textDocument/documentSymbol" => symbols(file),
        "textDocument/codeAction" => code_actions(world, &path, &req.params),
        "textDocument/formatting" => match format(&file.text, FormatOptions::default()) {
            Ok(formatted) if formatted != file.text => {
                json!([{ "range": range(file, 0, file.text.len()), "newText": formatted }])
            }
            _ => json!([]),
        },
        _ => Value::Null,
    }
}

/// The fixes `quytrinh fix` would make, as code actions: one quick fix per finding in the
/// requested range (the safe ones preferred), and "fix all" with every safe fix of the
/// document that does not touch another.
fn code_actions(world: &World, path: &Path, params: &Value) -> Value {
    let Some(file) = world.files.get(path) else { return json!([]) };
    let Some(checked) = world.check(path) else { return json!([]) };
    let at = |key: &str| {
        let p = &params["range"][key];
        file.offset_at(p["line"].as_u64().unwrap_or(0) as usize, p["character"].as_u64().unwrap_or(0) as usize)
    };
    let (from, to) = (at("start"), at("end"));
    let only: Vec<&str> = params["context"]["only"].as_array().map(|a| a.iter().filter_map(|k| k.as_str()).collect()).unwrap_or_default();
    let wants = |kind: &str| only.is_empty() || only.iter().any(|o| kind == *o || kind.starts_with(&format!("{o}.")));
    let uri = to_uri(path);
    let edits_of = |f: &quytrinh_diagnostics::Fix| -> Vec<Value> {
        f.edits.iter().map(|e| json!({ "range": range(file, e.span.start(), e.span.end()), "newText": e.replacement })).collect()
    };
    let mut actions = Vec::new();
    if wants("quickfix") {
        for d in &checked.diagnostics {
            let Some(f) = &d.fix else { continue };
            let touches = d.span.start() <= to && from <= d.span.end();
            if !touches || f.edits.iter().any(|e| e.span.file != checked.doc) {
                continue;
            }
            let safe = f.applicability == quytrinh_diagnostics::Applicability::Safe;
            let title = if safe {
                format!("{} ({})", f.title.get(world.lang), d.code.0)
            } else {
                match world.lang {
                    Lang::Vi => format!("{} ({}, cần xem lại)", f.title.get(world.lang), d.code.0),
                    Lang::En => format!("{} ({}, review it)", f.title.get(world.lang), d.code.0),
                }
            };
            actions.push(json!({
                "title": title,
                "kind": "quickfix",
                "diagnostics": [lsp_diagnostic(d, file, world.lang)],
                "isPreferred": safe,
                "edit": { "changes": { uri.clone(): edits_of(f) } }
            }));
        }
    }
    if wants("source.fixAll.quytrinh") {
        let safe: Vec<&quytrinh_diagnostics::Fix> = checked
            .diagnostics
            .iter()
            .filter_map(|d| d.fix.as_ref())
            .filter(|f| f.applicability == quytrinh_diagnostics::Applicability::Safe)
            .collect();
        if let Some((text, _)) = quytrinh_diagnostics::fix::apply(&file.text, checked.doc, safe) {
            let title = match world.lang {
                Lang::Vi => "Sửa mọi phát hiện chắc chắn (quytrinh fix)",
                Lang::En => "Fix every certain finding (quytrinh fix)",
            };
            actions.push(json!({
                "title": title,
                "kind": "source.fixAll.quytrinh",
                "edit": { "changes": { uri: [{ "range": range(file, 0, file.text.len()), "newText": text }] } }
            }));
        }
    }
    Value::Array(actions)
}

fn hover(world: &World, path: &Path, offset: usize) -> Value {
    let Some(file) = world.files.get(path) else { return Value::Null };
    let vi = world.lang == Lang::Vi;
    let mut parts: Vec<String> = Vec::new();
    let mut hover_range = None;
    if let Some(checked) = world.check(path) {
        // Each code's page once, as `quytrinh explain` prints it, however many findings of
        // that code cover the position.
        let mut shown: Vec<&str> = Vec::new();
        for d in checked.diagnostics.iter().filter(|d| d.span.start() <= offset && offset <= d.span.end()) {
            if shown.contains(&d.code.0) {
                continue;
            }
            shown.push(d.code.0);
            match crate::render::codes::page(d.code.0, world.lang) {
                Some(page) => parts.push(page.trim_end().to_string()),
                None => parts.push(format!("**{}** — `quytrinh explain {}`", d.code, d.code)),
            }
        }
        let word = word_at(&file.text, offset);
        let key = word.map(|w| w.2.to_string()).or_else(|| quoted_at(&file.text, offset).map(str::to_string));
        if let Some(key) = key {
            if let Some((kw, _)) = Keyword::lookup(&key) {
                let (dv, de) = kw.doc();
                parts.push(format!("`{}` / `{}` — {}", kw.en_forms()[0], kw.vi_forms()[0], if vi { dv } else { de }));
            } else if let Some((_, _, text)) = definitions(&checked.catalogue, checked.doc).get(&key) {
                parts.push(text.clone());
            } else if let Some(b) = quytrinh_model::builtin_forms::builtin_form(
                checked.catalogue.procedures.first().map(|p| p.regime).unwrap_or(quytrinh_model::Regime::DEFAULT),
                &key,
            ) {
                parts.push(format!("Biểu mẫu / form {}: {} ({})", b.id, b.name, b.source));
            }
        }
        if let Some((s, e, _)) = word {
            hover_range = Some(range(file, s, e));
        }
    }
    if parts.is_empty() {
        return Value::Null;
    }
    let mut v = json!({ "contents": { "kind": "markdown", "value": parts.join("\n\n") } });
    if let Some(r) = hover_range {
        v["range"] = r;
    }
    v
}

fn completion(world: &World, path: &Path) -> Value {
    let mut items: Vec<Value> = Vec::new();
    for kw in Keyword::ALL {
        let (dv, de) = kw.doc();
        for (label, detail) in [(kw.en_forms()[0], de), (kw.vi_forms()[0], dv)] {
            items.push(json!({ "label": label, "kind": 14, "detail": detail }));
        }
    }
    if let Some(checked) = world.check(path) {
        let mut defs: Vec<(String, String)> =
            definitions(&checked.catalogue, checked.doc).into_iter().map(|(k, (_, _, text))| (k, text)).collect();
        defs.sort();
        for (label, detail) in defs {
            let kind = if label.contains('/') { 21 } else { 6 };
            items.push(json!({ "label": label, "kind": kind, "detail": detail }));
        }
        let regime = checked
            .catalogue
            .procedures
            .iter()
            .find(|p| p.file == checked.doc)
            .map(|p| p.regime)
            .unwrap_or(quytrinh_model::Regime::DEFAULT);
        for f in quytrinh_model::builtin_forms::builtin_forms(regime) {
            items.push(json!({ "label": f.id, "kind": 17, "detail": f.name }));
        }
    }
    json!({ "isIncomplete": false, "items": items })
}

fn definition(world: &World, path: &Path, offset: usize) -> Value {
    let Some(file) = world.files.get(path) else { return Value::Null };
    let Some(checked) = world.check(path) else { return Value::Null };
    let key = word_at(&file.text, offset).map(|w| w.2.to_string()).or_else(|| quoted_at(&file.text, offset).map(str::to_string));
    let Some(key) = key else { return Value::Null };
    let defs = definitions(&checked.catalogue, checked.doc);
    let Some((fid, span, _)) = defs.get(&key) else { return Value::Null };
    let Some(target) = checked.paths.get(fid.0 as usize) else { return Value::Null };
    let Some(tf) = world.files.get(target) else { return Value::Null };
    json!({ "uri": to_uri(target), "range": range(tf, span.start(), span.end()) })
}

fn symbols(file: &super::analysis::FileState) -> Value {
    use quytrinh_syntax::ast::Item;
    let r = |s: quytrinh_diagnostics::Span| range(file, s.start(), s.end());
    let mut out = Vec::new();
    for item in &file.parsed.items {
        match item {
            Item::Agency(a) => out.push(json!({ "name": format!("agency {}", a.id.name), "kind": 2, "range": r(a.span), "selectionRange": r(a.id.span) })),
            Item::Decision(d) => out.push(json!({ "name": format!("decision {}", d.number.value), "kind": 13, "range": r(d.span), "selectionRange": r(d.number.span) })),
            Item::Procedure(p) => {
                let mut children = Vec::new();
                for (label, span) in [
                    ("purpose", p.purpose.as_ref().map(|s| s.span)),
                    ("scope", p.scope.as_ref().map(|s| s.span)),
                    ("references", p.references.as_ref().map(|s| s.span)),
                    ("basis", p.basis.as_ref().map(|s| s.span)),
                    ("terms", p.terms.as_ref().map(|s| s.span)),
                    ("dossier", p.dossier.as_ref().map(|s| s.span)),
                    ("forms", p.forms.as_ref().map(|s| s.span)),
                    ("records", p.records.as_ref().map(|s| s.span)),
                ] {
                    if let Some(s) = span {
                        children.push(json!({ "name": label, "kind": 8, "range": r(s), "selectionRange": r(s) }));
                    }
                }
                if let Some(st) = &p.steps {
                    let steps: Vec<Value> = st
                        .all()
                        .map(|s| json!({ "name": format!("{}. {}", s.number.0, s.content.as_ref().map(|c| c.value.as_str()).unwrap_or("")), "kind": 12, "range": r(s.span), "selectionRange": r(s.number.1) }))
                        .collect();
                    children.push(json!({ "name": "steps", "kind": 8, "range": r(st.span), "selectionRange": r(st.span), "children": steps }));
                }
                let name = format!("{} {}", p.code.value, p.name.as_ref().map(|n| n.value.as_str()).unwrap_or(""));
                out.push(json!({ "name": name, "kind": 5, "range": r(p.span), "selectionRange": r(p.code.span), "children": children }));
            }
        }
    }
    Value::Array(out)
}
