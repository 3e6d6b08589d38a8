//! Any text as a procedure next to the real agency file: `quytrinh fix` (with the unsafe
//! fixes) and `quytrinh migrate`'s own edits never panic, never make a file that parsed
//! into one that does not, and fixing what was fixed changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quytrinh_check::autofix::{fix_file, FixRequest};
use quytrinh_diagnostics::{Diagnostic, FileId, Severity};
use quytrinh_model::{lower_file, DirectoryBuilder, LowerOptions, ParsedFile};

fn parses(text: &str) -> bool {
    !quytrinh_syntax::parse(text, FileId(1)).1.iter().any(|d| d.severity == Severity::Error)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let text = quytrinh_syntax::decode::nfc(text).into_owned();
    let (mut agency, _) = quytrinh_syntax::parse(quytrinh_check::baseline::AGENCY, FileId(0));
    let mut b = DirectoryBuilder::default();
    b.take_shared(FileId(0), &mut agency);
    let directory = b.finish().0;
    let config = quytrinh_check::Config::default();
    let keep = |_: &Diagnostic| true;
    let req = FixRequest {
        directory: &directory,
        options: LowerOptions::default(),
        config: &config,
        unsafe_fixes: true,
        also_unsafe: &[],
        keep: &keep,
    };
    let fixed = fix_file(text.clone(), FileId(1), "p.qtr", &req);
    if fixed.changed() {
        assert!(parses(&fixed.text), "a fix broke the file");
        let again = fix_file(fixed.text.clone(), FileId(1), "p.qtr", &req);
        assert!(!again.changed() || again.broke.is_some(), "fixing twice changed the text again: {:?}", again.applied);
    }
    // migrate's own edits, on a file that parses.
    if parses(&text) {
        let (source, _) = quytrinh_syntax::parse(&text, FileId(1));
        let view = lower_file(&directory, FileId(1), ParsedFile::new("p.qtr".into(), source), LowerOptions::default()).0;
        let date = quytrinh_syntax::ast::Date { year: 2026, month: 12, day: 1 };
        let mut edits = Vec::new();
        for p in &view.procedures {
            if let Some(m) = quytrinh_check::migrate::procedure_edits(&view, p, date) {
                edits.extend(m.edits);
            }
        }
        let migrated = quytrinh_check::migrate::apply_edits(&text, &mut edits);
        assert!(parses(&migrated), "migrate's edits broke a file that parsed:\n{migrated}");
    }
});
