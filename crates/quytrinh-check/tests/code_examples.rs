//! Every code that is not a rule (input, syntax, model, configuration) has a complete page,
//! and its examples are real: the invalid one yields its code through the same steps a
//! file goes through (decoding, reading, linking, checking), the valid one does not.
//! The rules' own examples are tested in `rule_examples.rs`.

use quytrinh_check::baseline::{known_sections, procedure_with, AGENCY};
use quytrinh_check::{Config, META_DOCS};
use quytrinh_diagnostics::{CodeDoc, Diagnostic, FileId, Sample};
use quytrinh_model::{lower, LowerOptions, ParsedFile};

/// Codes no small example can show: a file over 10 MB (QI005), a folder that cannot be
/// read (QI006), a folder without .qtr files (QI008), and the reader giving up (QS001, a
/// safety net: the grammar reads every short text, and each mistake has its own code).
/// Their examples are described in words, not run.
const DESCRIBED: &[&str] = &["QI005", "QI006", "QI008", "QS001", "QS019"];

fn all_docs() -> Vec<&'static CodeDoc> {
    quytrinh_syntax::codes::DOCS.iter().chain(quytrinh_model::codes::DOCS).chain(META_DOCS).collect()
}

/// Decode, parse, lower and check catalogue files, as `quytrinh check` does.
fn check(files: &[(&str, &[u8])], config: &Config) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut parsed = Vec::new();
    for (i, (name, bytes)) in files.iter().enumerate() {
        let id = FileId(i as u32);
        match quytrinh_syntax::decode::decode(bytes, id) {
            Ok(text) => {
                let (source, d) = quytrinh_syntax::parse(&text, id);
                diags.extend(d);
                parsed.push(ParsedFile::new(name.to_string(), source));
            }
            Err(d) => diags.push(d),
        }
    }
    let (cat, d) = lower(parsed, LowerOptions::default());
    diags.extend(d);
    diags.extend(quytrinh_check::run(&cat, config));
    diags
}

/// The sample catalogue (agency file and procedure) with the example's changes.
fn catalogue(sections: &[(&str, &str)], extra: Option<(&str, &str)>) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    match extra {
        Some(("agency.qtr", "")) => {}
        Some(("agency.qtr", text)) => files.push(("agency.qtr".to_string(), text.as_bytes().to_vec())),
        _ => files.push(("agency.qtr".to_string(), AGENCY.as_bytes().to_vec())),
    }
    files.push(("procedure.qtr".to_string(), procedure_with(sections).into_bytes()));
    if let Some((name, text)) = extra.filter(|(n, _)| *n != "agency.qtr") {
        files.push((name.to_string(), text.as_bytes().to_vec()));
    }
    files
}

/// What the example yields, or `None` for a described example.
fn run(sample: Sample) -> Option<Vec<Diagnostic>> {
    let files = match sample {
        Sample::Procedure(sections) => catalogue(sections, None),
        Sample::WithFile { sections, file } => catalogue(sections, Some(file)),
        Sample::Config(text) => {
            let (config, mut diags) = Config::from_toml(text, FileId(99));
            let files = catalogue(&[], None);
            let refs: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
            diags.extend(check(&refs, &config));
            return Some(diags);
        }
        Sample::Renames(text) => {
            return Some(match quytrinh_check::migrate::parse_mapping(text, FileId(99)) {
                Ok(_) => Vec::new(),
                Err(diags) => diags,
            })
        }
        // Bytes are one whole file: decoded and read on its own.
        Sample::Bytes(bytes) => {
            return Some(match quytrinh_syntax::decode::decode(bytes, FileId(0)) {
                Ok(text) => quytrinh_syntax::parse(&text, FileId(0)).1,
                Err(d) => vec![d],
            })
        }
        Sample::Described => return None,
    };
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    Some(check(&refs, &Config::default()))
}

fn sections_of(sample: Sample) -> &'static [(&'static str, &'static str)] {
    match sample {
        Sample::Procedure(s) | Sample::WithFile { sections: s, .. } => s,
        _ => &[],
    }
}

fn codes(diags: &[Diagnostic]) -> Vec<&'static str> {
    diags.iter().map(|d| d.code.0).collect()
}

#[test]
fn every_code_page_has_every_part_in_both_languages() {
    let mut failures = Vec::new();
    for doc in all_docs() {
        let missing = doc.missing_parts();
        if !missing.is_empty() {
            failures.push(format!("{} lacks {missing:?}", doc.code));
        }
        for ex in [doc.invalid, doc.valid] {
            let described = matches!(ex.sample, Sample::Described);
            if described != DESCRIBED.contains(&doc.code.0) {
                failures.push(format!("{}: described example {described}, but DESCRIBED says otherwise", doc.code));
            }
            if !known_sections(sections_of(ex.sample)) {
                failures.push(format!("{}: an example edits an unknown section", doc.code));
            }
        }
        if !doc.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            failures.push(format!("{} name {}", doc.code, doc.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every code defined in a codes file has a page: a code added without one fails here.
#[test]
fn every_code_defined_has_a_page() {
    let sources = [
        include_str!("../../quytrinh-syntax/src/codes.rs"),
        include_str!("../../quytrinh-model/src/codes.rs"),
        include_str!("../src/config.rs"),
        include_str!("../src/suppress.rs"),
    ];
    let documented: Vec<&str> = all_docs().iter().map(|d| d.code.0).collect();
    let mut defined = Vec::new();
    for src in sources {
        for (i, _) in src.match_indices("Code(\"") {
            let code = &src[i + 6..(i + 11).min(src.len())];
            defined.push(code);
        }
    }
    assert!(defined.len() >= 36, "{defined:?}");
    let missing: Vec<&&str> = defined.iter().filter(|c| !documented.contains(c)).collect();
    assert!(missing.is_empty(), "codes without a page: {missing:?}");
    let mut sorted = documented.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), documented.len(), "a code has two pages");
}

#[test]
fn every_invalid_example_yields_its_code() {
    let mut failures = Vec::new();
    for doc in all_docs() {
        let Some(diags) = run(doc.invalid.sample) else { continue };
        if !diags.iter().any(|d| d.code == doc.code) {
            failures.push(format!("{} {}: not reported; got {:?}", doc.code, doc.name, codes(&diags)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_valid_example_is_read_cleanly_and_yields_no_such_code() {
    let mut failures = Vec::new();
    for doc in all_docs() {
        let Some(diags) = run(doc.valid.sample) else { continue };
        if diags.iter().any(|d| d.code == doc.code) {
            failures.push(format!("{} {}: still reported; got {:?}", doc.code, doc.name, codes(&diags)));
        }
        // A valid example is a text an officer may copy: it must read and link cleanly,
        // and, when it is the sample procedure or configuration, pass the checker too (a
        // second procedure in the examples of QM003 and QM006 is a bare sketch).
        let whole = !matches!(doc.valid.sample, Sample::WithFile { .. });
        let bad: Vec<&str> = codes(&diags).into_iter().filter(|c| whole || !c.starts_with("QC")).collect();
        if !bad.is_empty() {
            failures.push(format!("{} {}: the valid example is not clean: {bad:?}", doc.code, doc.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
