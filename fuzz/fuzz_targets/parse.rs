//! Any bytes: decode, scan, parse and format never panic, spans stay inside the text, the
//! two decoders agree, and the fast path to the concrete tree agrees with the grammar.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quytrinh_diagnostics::FileId;

fuzz_target!(|data: &[u8]| {
    let decoded = quytrinh_syntax::decode::decode(data, FileId(0));
    let owned = quytrinh_syntax::decode::decode_owned(data.to_vec(), FileId(0));
    match (&decoded, &owned) {
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        (Err(a), Err(b)) => assert_eq!((a.code, a.span), (b.code, b.span)),
        _ => panic!("decode and decode_owned disagree"),
    }
    let Ok(text) = decoded else { return };
    let _ = quytrinh_syntax::scan::may_define_shared_items(&quytrinh_syntax::decode::nfc(&text));
    // The fast path to the concrete tree, when it takes a file, gives the grammar's tree.
    let nfc = quytrinh_syntax::decode::nfc(&text);
    // It takes every file the grammar reads cleanly.
    let (fast, (grammar, grammar_diags)) = quytrinh_syntax::parse_cst_both(&nfc, FileId(0));
    match fast {
        Some(fast) => {
            assert!(grammar_diags.is_empty());
            assert_eq!(fast, grammar);
        }
        None => assert!(!grammar_diags.is_empty() || !quytrinh_syntax::cst::is_clean(&grammar), "a well-formed file left to the grammar"),
    }
    // NFC piece by piece (which maps positions back to the file as written) is NFC of the
    // whole, and every span maps inside the written text.
    let (pieces, origin) = quytrinh_syntax::origin::Origin::normalise(text.clone(), 0);
    assert_eq!(pieces, nfc.as_ref());
    let (file, diags) = quytrinh_syntax::parse(&text, FileId(0));
    if let Some(o) = &origin {
        for d in &diags {
            let (a, b) = (o.to_written(d.span.start(), false), o.to_written(d.span.end(), true));
            assert!(a <= b && b <= text.len());
        }
    }
    for d in &diags {
        assert!(d.span.end() <= file.text.len());
    }
    if let Ok(formatted) = quytrinh_syntax::fmt::format(&text, Default::default()) {
        // Formatting a formatted file changes nothing.
        assert_eq!(quytrinh_syntax::fmt::format(&formatted, Default::default()).ok().as_deref(), Some(formatted.as_str()));
    }
});
