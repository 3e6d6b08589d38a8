//! The LSP base protocol over any reader and writer: `Content-Length` headers, then a JSON
//! body. Written by hand (instead of lsp-server's stdio threads) so that one malformed
//! message gets a JSON-RPC error and the server keeps going, and so that a fuzz target can
//! drive the whole loop in memory.

use std::io::{BufRead, Read, Write};

use serde_json::{json, Value};

/// The largest body accepted. A `.qtr` file is at most 10 MB; JSON escaping can multiply
/// that (`\u0001` is six bytes for one), so 64 MB leaves room and still bounds memory.
pub const MAX_BODY: usize = 64 * 1024 * 1024;
/// The longest header line kept; longer ones are skipped to their end without being stored.
const MAX_HEADER_LINE: usize = 8 * 1024;

/// JSON-RPC error codes.
pub const PARSE_ERROR: i64 = -32700;
pub const INVALID_REQUEST: i64 = -32600;
pub const METHOD_NOT_FOUND: i64 = -32601;
pub const SERVER_NOT_INITIALIZED: i64 = -32002;

pub struct Request {
    pub id: Value,
    pub method: String,
    pub params: Value,
}

pub struct Notification {
    pub method: String,
    pub params: Value,
}

/// What one framed message turned out to be.
pub enum Incoming {
    Request(Request),
    Notification(Notification),
    /// A reply to a request of ours (we send none) or anything else to leave unanswered.
    Ignored,
    /// Malformed: answer with this error, addressed to `id` (null when it is not known).
    Invalid {
        id: Value,
        code: i64,
        message: String,
    },
}

/// Read the next message. `None` at the end of the input (or when it cannot be read).
pub fn read(reader: &mut impl BufRead) -> Option<Incoming> {
    // The announced length, or why it is refused (with the bytes to skip, when known).
    let mut length: Option<Result<usize, (String, u64)>> = None;
    let mut any_line = false;
    loop {
        let line = read_header_line(reader)?;
        if line.is_empty() {
            if any_line {
                break;
            }
            // Blank lines between messages (a client that ends its body with a newline).
            continue;
        }
        any_line = true;
        // Find the header anywhere on the line: after a body shorter than its announced
        // length, the rest of it runs into the next header line; this finds the way back.
        let lower = line.to_ascii_lowercase();
        if let Some(at) = lower.find("content-length:") {
            let value = line[at + "content-length:".len()..].trim();
            length = Some(match value.parse::<usize>() {
                Ok(n) if n <= MAX_BODY => Ok(n),
                Ok(n) => Err((format!("Content-Length {n} is over the limit of {MAX_BODY} bytes"), n as u64)),
                Err(_) => Err((format!("Content-Length is not a number: {value:?}"), 0)),
            });
        }
    }
    let n = match length {
        Some(Ok(n)) => n,
        Some(Err((message, skip))) => {
            // A body too large is skipped unread so that the next message is found.
            let _ = std::io::copy(&mut reader.by_ref().take(skip), &mut std::io::sink());
            return Some(Incoming::Invalid { id: Value::Null, code: PARSE_ERROR, message });
        }
        None => return Some(Incoming::Invalid { id: Value::Null, code: PARSE_ERROR, message: "no Content-Length header".into() }),
    };
    let mut body = vec![0; n];
    reader.read_exact(&mut body).ok()?;
    Some(classify(&body))
}

/// One header line without its line ending; `None` at the end of the input. A line longer
/// than `MAX_HEADER_LINE` is consumed to its end and returned cut short.
fn read_header_line(reader: &mut impl BufRead) -> Option<String> {
    let mut line = Vec::new();
    loop {
        let buf = reader.fill_buf().ok()?;
        if buf.is_empty() {
            return if line.is_empty() { None } else { Some(String::from_utf8_lossy(&line).into_owned()) };
        }
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let room = MAX_HEADER_LINE.saturating_sub(line.len());
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = chunk.len();
        reader.consume(used);
        if done {
            while matches!(line.last(), Some(b'\n' | b'\r')) {
                line.pop();
            }
            return Some(String::from_utf8_lossy(&line).into_owned());
        }
    }
}

/// Sort a body into request, notification, reply or error, as JSON-RPC 2.0 says.
pub fn classify(body: &[u8]) -> Incoming {
    let value: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => return Incoming::Invalid { id: Value::Null, code: PARSE_ERROR, message: format!("not JSON: {e}") },
    };
    let Value::Object(mut map) = value else {
        return Incoming::Invalid { id: Value::Null, code: INVALID_REQUEST, message: "a message must be a JSON object".into() };
    };
    let id = match map.remove("id") {
        None => None,
        Some(v @ (Value::String(_) | Value::Number(_))) => Some(v),
        Some(_) => {
            return Incoming::Invalid { id: Value::Null, code: INVALID_REQUEST, message: "\"id\" must be a number or a string".into() }
        }
    };
    let invalid = |id: Option<Value>, message: &str| Incoming::Invalid {
        id: id.unwrap_or(Value::Null),
        code: INVALID_REQUEST,
        message: message.to_string(),
    };
    if map.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return invalid(id, "\"jsonrpc\" must be \"2.0\"");
    }
    let method = match map.remove("method") {
        Some(Value::String(m)) => m,
        None if id.is_some() && (map.contains_key("result") || map.contains_key("error")) => return Incoming::Ignored,
        _ => return invalid(id, "\"method\" must be a string"),
    };
    let params = map.remove("params").unwrap_or(Value::Null);
    if !matches!(params, Value::Null | Value::Object(_) | Value::Array(_)) {
        return match id {
            Some(id) => invalid(Some(id), "\"params\" must be an object or an array"),
            None => Incoming::Ignored,
        };
    }
    match id {
        Some(id) => Incoming::Request(Request { id, method, params }),
        None => Incoming::Notification(Notification { method, params }),
    }
}

/// Write one message; `false` when the client is gone.
pub fn write(writer: &mut impl Write, message: &Value) -> bool {
    let body = message.to_string();
    write!(writer, "Content-Length: {}\r\n\r\n{body}", body.len()).and_then(|_| writer.flush()).is_ok()
}

pub fn response(id: Value, result: Value) -> Value {
    json!({ "jsonrpc": "2.0", "id": id, "result": result })
}

pub fn error(id: Value, code: i64, message: &str) -> Value {
    json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } })
}

pub fn notification(method: &str, params: Value) -> Value {
    json!({ "jsonrpc": "2.0", "method": method, "params": params })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(input: &str) -> Incoming {
        read(&mut input.as_bytes()).expect("a message")
    }

    fn framed(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    fn code(m: Incoming) -> i64 {
        match m {
            Incoming::Invalid { code, .. } => code,
            _ => 0,
        }
    }

    #[test]
    fn malformed_messages_are_classified() {
        assert_eq!(code(first("Content-Length: 3\r\n\r\n{x}")), PARSE_ERROR);
        assert_eq!(code(first("Content-Length: 2\r\n\r\n[]")), INVALID_REQUEST);
        assert_eq!(code(first("Content-Length: 1\r\n\r\n5")), INVALID_REQUEST);
        assert_eq!(code(first("Content-Length: x\r\n\r\n{}")), PARSE_ERROR);
        assert_eq!(code(first("Content-Type: a\r\n\r\n{}")), PARSE_ERROR);
        assert_eq!(code(first("Content-Length: 99999999999999999999\r\n\r\n")), PARSE_ERROR);
        assert_eq!(code(first(&framed(r#"{"jsonrpc":"2.0","id":null,"method":"x"}"#))), INVALID_REQUEST);
        assert_eq!(code(first(&framed(r#"{"jsonrpc":"1.0","id":1,"method":"x"}"#))), INVALID_REQUEST);
        assert!(matches!(first(&framed(r#"{"jsonrpc":"2.0","id":1,"method":"x"}"#)), Incoming::Request(_)));
        assert!(matches!(first(&framed(r#"{"jsonrpc":"2.0","method":"x"}"#)), Incoming::Notification(_)));
        assert!(matches!(first(&framed(r#"{"jsonrpc":"2.0","id":1,"result":1}"#)), Incoming::Ignored));
    }

    #[test]
    fn an_oversized_body_is_skipped_and_the_next_message_read() {
        let big = MAX_BODY + 10;
        let mut input = format!("Content-Length: {big}\r\n\r\n").into_bytes();
        input.extend(std::iter::repeat_n(b'x', big));
        input.extend(framed(r#"{"jsonrpc":"2.0","method":"exit"}"#).bytes());
        let mut r = &input[..];
        assert_eq!(code(read(&mut r).expect("refused")), PARSE_ERROR);
        assert!(matches!(read(&mut r), Some(Incoming::Notification(n)) if n.method == "exit"));
    }
}
