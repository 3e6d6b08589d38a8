//! Any text as a procedure next to the real agency file: lowering and every rule run
//! without panicking, and going file by file (as `check` does) reports exactly what
//! lowering the whole catalogue at once reports.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quytrinh_diagnostics::{Diagnostic, FileId};
use quytrinh_model::{duplicate_codes, lower, lower_file, DirectoryBuilder, LowerOptions, ParsedFile};

fn parsed(name: &str, text: &str, file: u32) -> ParsedFile {
    ParsedFile::new(name.into(), quytrinh_syntax::parse(text, FileId(file)).0)
}

fn sorted(mut d: Vec<Diagnostic>) -> Vec<Diagnostic> {
    d.sort_by(|a, b| (a.sort_key(), &a.message.en, &a.help.en).cmp(&(b.sort_key(), &b.message.en, &b.help.en)));
    d
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let agency = quytrinh_check::baseline::AGENCY;
    let config = quytrinh_check::Config::default();
    let options = LowerOptions::default();

    let (cat, mut whole) = lower(vec![parsed("agency.qtr", agency, 0), parsed("p.qtr", text, 1)], options);
    whole.extend(quytrinh_check::run(&cat, &config));

    let mut files = vec![parsed("agency.qtr", agency, 0), parsed("p.qtr", text, 1)];
    let mut builder = DirectoryBuilder::default();
    for (i, f) in files.iter_mut().enumerate() {
        builder.take_shared(FileId(i as u32), &mut f.source);
    }
    let (directory, mut by_file) = builder.finish();
    let mut codes = Vec::new();
    for (i, f) in files.into_iter().enumerate() {
        let (view, d) = lower_file(&directory, FileId(i as u32), f, options);
        by_file.extend(d);
        by_file.extend(quytrinh_check::run(&view, &config));
        codes.extend(view.procedures.iter().map(|p| (p.syntax.code.clone(), p.syntax.tthc.clone())));
    }
    by_file.extend(duplicate_codes(codes.iter().map(|(c, t)| (c, t.as_ref()))));
    assert_eq!(sorted(whole), sorted(by_file));
});
