//! The language server, driven end to end over stdio with real JSON-RPC messages:
//! diagnostics on open and change with UTF-16 positions on Vietnamese text, hover,
//! completion, go to definition, document symbols and formatting.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use common::*;
use serde_json::{json, Value};

struct Server {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: i64,
    notifications: Vec<Value>,
}

impl Server {
    fn start(root_dir: &std::path::Path) -> Server {
        let mut s = Server::start_without_initialize();
        let r = s.request("initialize", json!({ "processId": null, "rootUri": uri(root_dir), "capabilities": {} }));
        assert_eq!(r["capabilities"]["hoverProvider"], true);
        s.notify("initialized", json!({}));
        s
    }

    fn start_without_initialize() -> Server {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("quytrinh"))
            .args(["lsp", "--lang", "en"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("lsp starts");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = BufReader::new(child.stdout.take().expect("stdout"));
        Server { child, stdin, stdout, next_id: 1, notifications: Vec::new() }
    }

    fn send(&mut self, msg: Value) {
        let body = serde_json::to_string(&msg).expect("json");
        write!(self.stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).expect("write");
        self.stdin.flush().expect("flush");
    }

    fn read(&mut self) -> Value {
        let mut len = 0usize;
        loop {
            let mut line = String::new();
            self.stdout.read_line(&mut line).expect("header");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                len = n.parse().expect("length");
            }
        }
        let mut buf = vec![0; len];
        self.stdout.read_exact(&mut buf).expect("body");
        serde_json::from_slice(&buf).expect("json body")
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        loop {
            let msg = self.read();
            if msg["id"] == json!(id) {
                return msg["result"].clone();
            }
            self.notifications.push(msg);
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        if let Some(i) =
            self.notifications.iter().position(|n| n["method"] == "textDocument/publishDiagnostics" && n["params"]["uri"] == uri)
        {
            return self.notifications.remove(i)["params"]["diagnostics"].as_array().cloned().unwrap_or_default();
        }
        loop {
            let msg = self.read();
            if msg["method"] == "textDocument/publishDiagnostics" && msg["params"]["uri"] == uri {
                return msg["params"]["diagnostics"].as_array().cloned().unwrap_or_default();
            }
            self.notifications.push(msg);
        }
    }
}

fn uri(p: &std::path::Path) -> String {
    let abs = std::fs::canonicalize(p).expect("path");
    let mut out = String::from("file://");
    for b in abs.to_string_lossy().as_bytes() {
        match *b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => out.push(*b as char),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// (line, UTF-16 column) of the first occurrence of `needle`.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("needle present");
    let line = text[..at].matches('\n').count();
    let line_start = text[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
    (line, text[line_start..at].encode_utf16().count())
}

#[test]
fn the_language_server_over_stdio() {
    let dir = tempfile::tempdir().expect("tmp");
    let catalogue = dir.path().join("thư mục quy trình");
    std::fs::create_dir(&catalogue).expect("mkdir");
    std::fs::copy(root().join("examples/agency.qtr"), catalogue.join("agency.qtr")).expect("agency");
    let good = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    let broken = good.replace("by tp_qlcn 4h uses BM05", "by tp_qlc 4h uses BM05");
    let doc = catalogue.join("quy trình.qtr");
    std::fs::write(&doc, &good).expect("write");
    let mut s = Server::start(&catalogue);
    let doc_uri = uri(&doc);

    s.notify("textDocument/didOpen", json!({ "textDocument": { "uri": doc_uri, "languageId": "qtr", "version": 1, "text": broken } }));
    let diags = s.diagnostics(&doc_uri);
    let unknown: Vec<&Value> = diags.iter().filter(|d| d["code"] == "QM001").collect();
    assert_eq!(unknown.len(), 1, "{diags:#?}");
    let (line, col) = position_of(&broken, "tp_qlc 4h");
    assert_eq!(unknown[0]["range"]["start"], json!({ "line": line, "character": col }), "UTF-16 position after Vietnamese text");
    assert_eq!(unknown[0]["range"]["end"], json!({ "line": line, "character": col + 6 }));
    assert!(unknown[0]["message"].as_str().expect("message").contains("tp_qlcn"), "did-you-mean in the message");

    // Hovering the finding shows its code's whole page, as `quytrinh explain QM001` does.
    let hover =
        s.request("textDocument/hover", json!({ "textDocument": { "uri": doc_uri }, "position": { "line": line, "character": col + 2 } }));
    let text = hover["contents"]["value"].as_str().expect("hover");
    assert!(text.contains("# QM001 unknown-reference"), "{text}");
    for part in [
        ["## Ý nghĩa", "## What it means"],
        ["## Ví dụ sai", "## Invalid example"],
        ["## Ví dụ đúng", "## Valid example"],
        ["## Cách sửa", "## How to fix"],
    ] {
        assert!(part.iter().any(|h| text.contains(h)), "hover lacks {part:?}: {text}");
    }
    assert!(text.contains("by cv_mcc"), "the page's invalid example: {text}");

    let (l, c) = position_of(&broken, "cv_qlcn 1.5d");
    let hover =
        s.request("textDocument/hover", json!({ "textDocument": { "uri": doc_uri }, "position": { "line": l, "character": c + 2 } }));
    assert!(hover["contents"]["value"].as_str().expect("hover").contains("Chuyên viên Phòng Quản lý công nghệ"), "{hover}");
    let (kl, kc) = position_of(&broken, "statutory");
    let hover =
        s.request("textDocument/hover", json!({ "textDocument": { "uri": doc_uri }, "position": { "line": kl, "character": kc + 1 } }));
    assert!(hover["contents"]["value"].as_str().expect("hover").contains("thời_hạn"), "{hover}");

    let completion =
        s.request("textDocument/completion", json!({ "textDocument": { "uri": doc_uri }, "position": { "line": l, "character": 0 } }));
    let labels: Vec<&str> = completion["items"].as_array().expect("items").iter().filter_map(|i| i["label"].as_str()).collect();
    for expected in ["by", "do", "các_bước", "cv_mc", "giamdoc", "BM01", "797/QĐ-UBND"] {
        assert!(labels.contains(&expected), "completion lacks {expected}");
    }

    let def =
        s.request("textDocument/definition", json!({ "textDocument": { "uri": doc_uri }, "position": { "line": l, "character": c + 1 } }));
    assert_eq!(def["uri"], uri(&catalogue.join("agency.qtr")));
    let agency = std::fs::read_to_string(catalogue.join("agency.qtr")).expect("agency");
    let (al, ac) = position_of(&agency, "cv_qlcn ");
    assert_eq!(def["range"]["start"], json!({ "line": al, "character": ac }));

    let symbols = s.request("textDocument/documentSymbol", json!({ "textDocument": { "uri": doc_uri } }));
    let procedure = &symbols[0];
    assert!(procedure["name"].as_str().expect("name").starts_with("QT-CGCN-02"));
    let steps = procedure["children"].as_array().expect("children").iter().find(|c| c["name"] == "steps").expect("steps");
    assert_eq!(steps["children"].as_array().expect("steps").len(), 8);

    // The examples are in the canonical layout: disturb it to get an edit back.
    let messy = broken.replace("by cv_qlcn", "by   cv_qlcn");
    s.notify("textDocument/didChange", json!({ "textDocument": { "uri": doc_uri, "version": 2 }, "contentChanges": [{ "text": messy }] }));
    s.diagnostics(&doc_uri);
    let edits = s.request(
        "textDocument/formatting",
        json!({ "textDocument": { "uri": doc_uri }, "options": { "tabSize": 2, "insertSpaces": true } }),
    );
    let new_text = edits[0]["newText"].as_str().expect("a formatting edit");
    assert!(new_text.contains("by tp_qlc ") && new_text.contains("by cv_qlcn") && new_text.starts_with("# Quy trình"));

    s.notify("textDocument/didChange", json!({ "textDocument": { "uri": doc_uri, "version": 3 }, "contentChanges": [{ "text": good }] }));
    let diags = s.diagnostics(&doc_uri);
    assert!(diags.iter().all(|d| d["severity"] == 3), "only information left: {diags:#?}");

    // Another file of the catalogue with the same procedure code.
    let twin = catalogue.join("bản sao.qtr");
    let twin_text = good.replace("2.002249", "2.902249");
    std::fs::write(&twin, &twin_text).expect("write");
    s.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri(&twin), "languageId": "qtr", "version": 1, "text": twin_text } }),
    );
    let diags = s.diagnostics(&uri(&twin));
    assert!(diags.iter().any(|d| d["code"] == "QM003"), "duplicate code across files: {diags:#?}");

    let r = s.request("shutdown", Value::Null);
    assert!(r.is_null());
    s.notify("exit", Value::Null);
    let status = s.child.wait().expect("exits");
    assert!(status.success());
}

/// The fixes of `quytrinh fix` are offered as code actions: a quick fix at the finding, and
/// "fix all" for the document; applying the quick fix's edits clears the finding.
#[test]
fn fixes_are_code_actions() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    let good = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    let broken = good.replacen("on refused    issues BM03", "on refused    issues BM02", 1);
    assert_ne!(broken, good, "the example has the refused branch");
    let doc = dir.path().join("qt.qtr");
    std::fs::write(&doc, &good).expect("write");
    let mut s = Server::start(dir.path());
    let doc_uri = uri(&doc);
    s.notify("textDocument/didOpen", json!({ "textDocument": { "uri": doc_uri, "languageId": "qtr", "version": 1, "text": broken } }));
    let diags = s.diagnostics(&doc_uri);
    let finding = diags.iter().find(|d| d["code"] == "QC047").expect("QC047");
    let actions = s.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": doc_uri }, "range": finding["range"], "context": { "diagnostics": [finding] } }),
    );
    let actions = actions.as_array().expect("actions");
    let quick = actions.iter().find(|a| a["kind"] == "quickfix").expect("a quick fix");
    assert_eq!(quick["isPreferred"], true);
    assert!(quick["title"].as_str().expect("title").contains("QC047"), "{quick}");
    let edits = quick["edit"]["changes"][&doc_uri].as_array().expect("edits");
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0]["range"], finding["range"], "the form id is replaced where it stands");
    assert_eq!(edits[0]["newText"], "BM03");
    let all = actions.iter().find(|a| a["kind"] == "source.fixAll.quytrinh").expect("fix all");
    let fixed = all["edit"]["changes"][&doc_uri][0]["newText"].as_str().expect("text").to_string();
    assert_eq!(fixed, good, "fix all restores the example");
    s.notify("textDocument/didChange", json!({ "textDocument": { "uri": doc_uri, "version": 2 }, "contentChanges": [{ "text": fixed }] }));
    let diags = s.diagnostics(&doc_uri);
    assert!(!diags.iter().any(|d| d["code"] == "QC047"), "{diags:#?}");
    // `only` limits the kinds.
    let only = s.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": doc_uri }, "range": finding["range"], "context": { "diagnostics": [], "only": ["source"] } }),
    );
    assert!(only.as_array().expect("actions").iter().all(|a| a["kind"] != "quickfix"));
}

/// Text pasted from Word is often decomposed (NFD): positions the server sends count in the
/// document as the editor has it, and positions it receives are read in that text too.
#[test]
fn positions_count_in_the_decomposed_text_as_the_editor_has_it() {
    use unicode_normalization::UnicodeNormalization;
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    let good = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    let broken: String = good.replace("by tp_qlcn 4h uses BM05", "by tp_qlc 4h uses BM05").nfd().collect();
    assert_ne!(broken, broken.nfc().collect::<String>(), "the document really is decomposed");
    let doc = dir.path().join("p.qtr");
    std::fs::write(&doc, &broken).expect("write");
    let mut s = Server::start(dir.path());
    let doc_uri = uri(&doc);
    s.notify("textDocument/didOpen", json!({ "textDocument": { "uri": doc_uri, "languageId": "qtr", "version": 1, "text": broken } }));
    let diags = s.diagnostics(&doc_uri);
    let unknown: Vec<&Value> = diags.iter().filter(|d| d["code"] == "QM001").collect();
    assert_eq!(unknown.len(), 1, "{diags:#?}");
    let (line, col) = position_of(&broken, "tp_qlc 4h");
    assert_eq!(unknown[0]["range"]["start"], json!({ "line": line, "character": col }), "after decomposed letters");
    assert_eq!(unknown[0]["range"]["end"], json!({ "line": line, "character": col + 6 }));
    // A hover sent at a position of the decomposed text finds the word there.
    let (l, c) = position_of(&broken, "cv_qlcn 1.5d");
    let hover =
        s.request("textDocument/hover", json!({ "textDocument": { "uri": doc_uri }, "position": { "line": l, "character": c + 2 } }));
    assert!(hover["contents"]["value"].as_str().unwrap_or_default().contains("Chuyên viên Phòng Quản lý công nghệ"), "{hover}");
    s.request("shutdown", Value::Null);
    s.notify("exit", Value::Null);
    let _ = s.child.wait();
}

impl Server {
    /// Write raw bytes, framing and all (for malformed messages).
    fn send_raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).expect("write");
        self.stdin.flush().expect("flush");
    }

    /// The next message that is not a notification.
    fn next_reply(&mut self) -> Value {
        loop {
            let msg = self.read();
            if msg.get("id").is_some() {
                return msg;
            }
            self.notifications.push(msg);
        }
    }
}

fn framed(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

#[test]
fn malformed_messages_get_an_error_and_the_server_keeps_serving() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    let mut s = Server::start(dir.path());
    let cases: Vec<(Vec<u8>, i64)> = vec![
        (framed("{not json"), -32700),
        (framed("[]"), -32600),
        (framed("42"), -32600),
        (framed(r#"{"jsonrpc":"2.0","id":{"x":1},"method":"textDocument/hover"}"#), -32600),
        (framed(r#"{"jsonrpc":"2.0","id":"seven"}"#), -32600),
        (b"Content-Length: abc\r\n\r\n".to_vec(), -32700),
        (b"Content-Type: text/plain\r\n\r\n".to_vec(), -32700),
        // Longer than the 64 MB limit: refused, and its body skipped unread (not kept in memory).
        (
            {
                let n = 64 * 1024 * 1024 + 1;
                let mut v = format!("Content-Length: {n}\r\n\r\n").into_bytes();
                v.resize(v.len() + n, b' ');
                v
            },
            -32700,
        ),
        // Announced one byte short: the body is cut and does not parse.
        (
            {
                let body = r#"{"jsonrpc":"2.0","id":8,"method":"shutdown"}"#;
                format!("Content-Length: {}\r\n\r\n{body}", body.len() - 1).into_bytes()
            },
            -32700,
        ),
    ];
    for (bytes, code) in cases {
        s.send_raw(&bytes);
        let reply = s.next_reply();
        assert_eq!(reply["error"]["code"], code, "{} → {reply}", String::from_utf8_lossy(&bytes));
        // The id, when the message had a usable one; null otherwise, as JSON-RPC says.
        let expected_id = if bytes.ends_with(br#""id":"seven"}"#) { json!("seven") } else { Value::Null };
        assert_eq!(reply["id"], expected_id, "{reply}");
        // Still serving: a real request after each malformed one is answered.
        let symbols = s.request("textDocument/documentSymbol", json!({ "textDocument": { "uri": uri(&dir.path().join("agency.qtr")) } }));
        assert!(symbols.is_array() || symbols.is_null(), "{symbols}");
    }
    // An unknown request is MethodNotFound, not a null result; an unknown notification is ignored.
    s.notify("$/somethingNew", json!({}));
    s.notify("workspace/didChangeConfiguration", json!({ "settings": {} }));
    s.send(json!({ "jsonrpc": "2.0", "id": 99, "method": "textDocument/inlayHint", "params": {} }));
    let reply = s.next_reply();
    assert_eq!(reply["id"], 99);
    assert_eq!(reply["error"]["code"], -32601, "{reply}");
    let r = s.request("shutdown", Value::Null);
    assert!(r.is_null());
    s.notify("exit", Value::Null);
    assert!(s.child.wait().expect("exits").success());
}

#[cfg(unix)]
#[test]
fn a_fifo_named_qtr_in_the_workspace_does_not_hang_the_server() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    let status = std::process::Command::new("mkfifo").arg(dir.path().join("x.qtr")).status().expect("mkfifo runs");
    assert!(status.success());
    // A watchdog: if the server hangs on the FIFO, it is killed and the test fails.
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let mut s = Server::start_without_initialize();
    let pid = s.child.id();
    let watchdog = std::thread::spawn(move || {
        if done_rx.recv_timeout(std::time::Duration::from_secs(30)).is_err() {
            let _ = std::process::Command::new("kill").args(["-9", &pid.to_string()]).status();
            return false;
        }
        true
    });
    let r = s.request("initialize", json!({ "processId": null, "rootUri": uri(dir.path()), "capabilities": {} }));
    assert_eq!(r["capabilities"]["hoverProvider"], true);
    s.notify("initialized", json!({}));
    let symbols = s.request("textDocument/documentSymbol", json!({ "textDocument": { "uri": uri(&dir.path().join("agency.qtr")) } }));
    assert!(symbols.is_array(), "the agency file was loaded beside the FIFO: {symbols}");
    let _ = done_tx.send(());
    assert!(watchdog.join().expect("watchdog"), "the server hung on the FIFO");
    s.request("shutdown", Value::Null);
    s.notify("exit", Value::Null);
    assert!(s.child.wait().expect("exits").success());
}
