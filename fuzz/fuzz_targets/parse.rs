//! Any bytes: decode, parse and format never panic, and spans stay inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quytrinh_diagnostics::FileId;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = quytrinh_syntax::decode::decode(data, FileId(0)) else { return };
    let (file, diags) = quytrinh_syntax::parse(&text, FileId(0));
    for d in &diags {
        assert!(d.span.end() <= file.text.len());
    }
    if let Ok(formatted) = quytrinh_syntax::fmt::format(&text, Default::default()) {
        // Formatting a formatted file changes nothing.
        assert_eq!(quytrinh_syntax::fmt::format(&formatted, Default::default()).ok().as_deref(), Some(formatted.as_str()));
    }
});
