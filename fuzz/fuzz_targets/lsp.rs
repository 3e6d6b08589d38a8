//! Any bytes after a well-formed `initialize`, through the language server's message loop
//! (framing, JSON-RPC classification, lifecycle and every handler) in memory: it never
//! panics, always ends at the end of the input, and every reply it writes is well framed
//! JSON-RPC.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quytrinh_diagnostics::Lang;

fn framed(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

fuzz_target!(|data: &[u8]| {
    // A folder that does not exist: the fuzzer must not read the disk.
    let mut input = framed(r#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"rootUri":"file:///nonexistent-quytrinh-fuzz"}}"#);
    input.extend_from_slice(data);
    let mut output = Vec::new();
    let code = quytrinh_cli::lsp::serve(&input[..], &mut output, Lang::En);
    assert!(code <= 1);
    // Every reply: a header block with the exact length, then a JSON object.
    let mut rest = &output[..];
    while !rest.is_empty() {
        let head_end = rest.windows(4).position(|w| w == b"\r\n\r\n").expect("header block ends");
        let head = std::str::from_utf8(&rest[..head_end]).expect("ASCII header");
        let n: usize = head.strip_prefix("Content-Length: ").expect("length header").parse().expect("a number");
        let body = &rest[head_end + 4..head_end + 4 + n];
        let v: serde_json::Value = serde_json::from_slice(body).expect("JSON body");
        assert_eq!(v["jsonrpc"], "2.0");
        rest = &rest[head_end + 4 + n..];
    }
});
