//! Any text as a procedure next to the real agency file: lowering and every rule run
//! without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quytrinh_diagnostics::FileId;
use quytrinh_model::{lower, LowerOptions, ParsedFile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let files = vec![
        ParsedFile::new("agency.qtr".into(), quytrinh_syntax::parse(quytrinh_check::baseline::AGENCY, FileId(0)).0),
        ParsedFile::new("p.qtr".into(), quytrinh_syntax::parse(text, FileId(1)).0),
    ];
    let (cat, _) = lower(files, LowerOptions::default());
    let _ = quytrinh_check::run(&cat, &quytrinh_check::Config::default());
});
