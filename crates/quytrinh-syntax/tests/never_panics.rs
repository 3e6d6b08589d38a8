//! Parsing never panics, whatever the input, and every span it reports lies in the text.

use proptest::prelude::*;
use quytrinh_diagnostics::FileId;

/// Pieces of real syntax, so that random inputs go deep into the grammar and the builder.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("procedure".to_string()),
        Just("quy_trình".to_string()),
        Just("agency".to_string()),
        Just("steps".to_string()),
        Just("phase".to_string()),
        Just("on".to_string()),
        Just("by".to_string()),
        Just("issues".to_string()),
        Just("dossier".to_string()),
        Just("item".to_string()),
        Just("fee".to_string()),
        Just("statutory".to_string()),
        Just("revision".to_string()),
        Just("drafted".to_string()),
        Just("records".to_string()),
        Just("keep".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("\"".to_string()),
        Just("\"\"\"".to_string()),
        Just("\\".to_string()),
        Just("\n".to_string()),
        Just(";".to_string()),
        Just("#".to_string()),
        Just("4h".to_string()),
        Just("0.5d".to_string()),
        Just("2020-02-30".to_string()),
        Just("15/05/2020".to_string()),
        Just("500.000".to_string()),
        Just("\"Sở Khoa học\"".to_string()),
        "[a-zđơư_0-9]{1,8}",
        "\\PC{0,4}",
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC*") {
        let (file, diags) = quytrinh_syntax::parse(&s, FileId(0));
        for d in diags {
            prop_assert!(d.span.end() <= file.text.len());
        }
    }

    #[test]
    fn token_soup_never_panics(tokens in proptest::collection::vec(token(), 0..80), seps in proptest::collection::vec(0u8..3, 80)) {
        let mut s = String::new();
        for (t, sep) in tokens.iter().zip(seps) {
            s.push_str(t);
            s.push_str(match sep { 0 => " ", 1 => "\n", _ => "" });
        }
        let (file, diags) = quytrinh_syntax::parse(&s, FileId(0));
        for d in &diags {
            prop_assert!(d.span.start() <= d.span.end() && d.span.end() <= file.text.len(), "{:?}", d);
            prop_assert!(file.text.is_char_boundary(d.span.start()) && file.text.is_char_boundary(d.span.end()));
            prop_assert!(!d.message.vi.is_empty() && !d.message.en.is_empty());
        }
    }
}
