//! Any text as a procedure: every emitter (portal JSON, import back to .qtr, HTML, DOCX,
//! Mermaid, DOT, report) runs without panicking, and the JSON reads back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quytrinh_diagnostics::FileId;
use quytrinh_emit::{document, import, portal, report};
use quytrinh_model::{lower, LowerOptions, ParsedFile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let files = vec![
        ParsedFile::new("agency.qtr".into(), quytrinh_syntax::parse(quytrinh_check::baseline::AGENCY, FileId(0)).0),
        ParsedFile::new("p.qtr".into(), quytrinh_syntax::parse(text, FileId(1)).0),
    ];
    let (cat, _) = lower(files, LowerOptions::default());
    let names = |f: FileId| format!("f{}.qtr", f.0);
    for p in &cat.procedures {
        let doc = portal::procedure(&cat, p, &names);
        let bytes = portal::to_bytes(&doc);
        let back = import::read_document(std::str::from_utf8(&bytes).unwrap_or(""));
        assert!(back.is_ok(), "our own JSON reads back");
        let _ = import::procedure_source(&doc);
        let org = document::Organisation::default();
        // No output carries a character XML forbids or a terminal obeys.
        let clean = |s: &str| !s.chars().any(quytrinh_syntax::chars::is_forbidden);
        assert!(clean(&document::procedure_html(&doc, &org)));
        let _ = document::procedure_docx(&doc, &org);
        assert!(clean(&document::flowchart::mermaid(&doc)));
        assert!(clean(&document::flowchart::dot(&doc)));
    }
    let r = report::report(&cat);
    let _ = report::report_html(&r, quytrinh_diagnostics::Lang::Vi);
    let _ = report::procedures_csv(&r);
});
