//! A small HTTP/1.1 server on the standard library: requests with bounded heads and bodies,
//! answers with the security headers every answer carries, keep-alive.
//!
//! Written here rather than taken from a crate: it is the part an attacker talks to before
//! the token is checked, so its limits must be ours (tiny_http, the lightest candidate,
//! reads a header line of any length into memory), and it costs the build nothing.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// The largest body accepted: a source file at the checker's own limit, JSON-escaped
/// (quotes and backslashes double at worst), plus room for the other fields.
pub const MAX_BODY: usize = 2 * quytrinh_syntax::decode::MAX_SOURCE_BYTES + 64 * 1024;
/// The largest request line and headers together (browsers send about 1 KB).
pub const MAX_HEAD: usize = 16 * 1024;
/// A connection idle this long is closed (a slow client cannot hold a thread for ever).
pub const IDLE: Duration = Duration::from_secs(30);

/// The page may run only its own script (no inline script, nothing from elsewhere); the
/// preview is a sandboxed frame whose styles are inline, hence `style-src 'unsafe-inline'`.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
                       connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// A request's line and headers; the body is read only once the request is let in.
pub struct Head {
    pub method: String,
    pub target: String,
    headers: Vec<(String, String)>,
    http10: bool,
}

impl Head {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    fn keep_alive(&self) -> bool {
        let conn = self.header("Connection").map(str::to_ascii_lowercase);
        if self.http10 {
            conn.as_deref() == Some("keep-alive")
        } else {
            conn.as_deref() != Some("close")
        }
    }
}

/// An answer.
pub struct Reply {
    pub status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// An answer with its type and the headers that keep it from being framed, sniffed,
/// cached, or from leaking the token in a `Referer`.
pub fn reply(status: u16, content_type: &str, body: Vec<u8>) -> Reply {
    let headers = [
        ("Content-Type", content_type),
        ("Content-Security-Policy", CSP),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
        ("Cache-Control", "no-store"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    Reply { status, headers, body }
}

pub fn json(status: u16, value: &serde_json::Value) -> Reply {
    reply(status, "application/json; charset=utf-8", value.to_string().into_bytes())
}

pub fn text(status: u16, body: &str) -> Reply {
    reply(status, "text/plain; charset=utf-8", body.as_bytes().to_vec())
}

/// Add a header; values with a line break are dropped (no header injection).
pub fn with_header(mut resp: Reply, name: &str, value: &str) -> Reply {
    if !value.contains(['\r', '\n']) {
        resp.headers.push((name.to_string(), value.to_string()));
    }
    resp
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        303 => "See Other",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        _ => "",
    }
}

/// What the server decides once it has a request's head.
pub enum Gate {
    /// Answer at once and close: the body is not read.
    Refuse(Reply),
    /// Read the body and answer.
    Admit,
}

/// Serve one connection: requests one after another (keep-alive), each head bounded, each
/// body read only after `gate` lets it in and only up to `MAX_BODY`.
pub fn serve_connection(stream: TcpStream, gate: &dyn Fn(&Head) -> Gate, answer: &dyn Fn(&Head, Vec<u8>) -> Reply) {
    let _ = stream.set_read_timeout(Some(IDLE));
    let _ = stream.set_write_timeout(Some(IDLE));
    let Ok(write_half) = stream.try_clone() else { return };
    let mut out = write_half;
    let mut input = BufReader::new(stream);
    loop {
        let head = match read_head(&mut input) {
            Ok(Some(h)) => h,
            Ok(None) => return,
            Err(status) => {
                let _ = send(&mut out, text(status, reason(status)), true, false);
                return;
            }
        };
        let is_head = head.method == "HEAD";
        if let Gate::Refuse(r) = gate(&head) {
            let _ = send(&mut out, r, true, is_head);
            return;
        }
        if head.header("Transfer-Encoding").is_some() {
            let _ = send(&mut out, text(501, "Chunked bodies are not accepted"), true, is_head);
            return;
        }
        let length = match head.header("Content-Length").map(|v| v.trim().parse::<usize>()) {
            None => 0,
            Some(Ok(n)) => n,
            Some(Err(_)) => {
                let _ = send(&mut out, text(400, "Bad Content-Length"), true, is_head);
                return;
            }
        };
        if length > MAX_BODY {
            let _ = send(&mut out, text(413, "Request too large / Yêu cầu quá lớn"), true, is_head);
            return;
        }
        let expects = length > 0 && head.header("Expect").is_some_and(|e| e.eq_ignore_ascii_case("100-continue"));
        if expects && out.write_all(b"HTTP/1.1 100 Continue\r\n\r\n").is_err() {
            return;
        }
        let mut body = vec![0u8; length];
        if input.read_exact(&mut body).is_err() {
            return;
        }
        let keep = head.keep_alive();
        let r = answer(&head, body);
        if send(&mut out, r, !keep, is_head).is_err() || !keep {
            return;
        }
    }
}

/// Read a request line and headers, at most `MAX_HEAD` bytes. `Ok(None)`: the client
/// closed the connection (or stayed idle) between requests.
fn read_head(input: &mut BufReader<TcpStream>) -> Result<Option<Head>, u16> {
    let mut lines: Vec<String> = Vec::new();
    let mut total = 0;
    loop {
        let mut line = Vec::new();
        let limit = (MAX_HEAD - total) as u64 + 1;
        match input.by_ref().take(limit).read_until(b'\n', &mut line) {
            Ok(0) if lines.is_empty() => return Ok(None),
            Ok(0) => return Err(400),
            Ok(_) => {}
            Err(_) if lines.is_empty() => return Ok(None),
            Err(_) => return Err(400),
        }
        total += line.len();
        if total > MAX_HEAD {
            return Err(431);
        }
        if !line.ends_with(b"\n") {
            return Err(400);
        }
        let text = String::from_utf8(line).map_err(|_| 400u16)?;
        let text = text.trim_end_matches(['\r', '\n']).to_string();
        if text.is_empty() {
            if lines.is_empty() {
                continue; // a stray blank line before a request is allowed (RFC 9112 §2.2)
            }
            break;
        }
        lines.push(text);
    }
    let mut first = lines[0].split(' ');
    let (Some(method), Some(target), Some(version), None) = (first.next(), first.next(), first.next(), first.next()) else {
        return Err(400);
    };
    if !matches!(version, "HTTP/1.1" | "HTTP/1.0") || !target.starts_with('/') {
        return Err(400);
    }
    let mut headers = Vec::with_capacity(lines.len() - 1);
    for l in &lines[1..] {
        let Some((k, v)) = l.split_once(':') else { return Err(400) };
        if k.is_empty() || k.contains([' ', '\t']) {
            return Err(400);
        }
        headers.push((k.to_string(), v.trim().to_string()));
    }
    Ok(Some(Head { method: method.to_string(), target: target.to_string(), headers, http10: version == "HTTP/1.0" }))
}

/// Write an answer in one piece.
fn send(out: &mut TcpStream, r: Reply, close: bool, head_only: bool) -> std::io::Result<()> {
    let mut buf = Vec::with_capacity(r.body.len() + 512);
    buf.extend_from_slice(format!("HTTP/1.1 {} {}\r\n", r.status, reason(r.status)).as_bytes());
    for (k, v) in &r.headers {
        buf.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    buf.extend_from_slice(format!("Content-Length: {}\r\n", r.body.len()).as_bytes());
    if close {
        buf.extend_from_slice(b"Connection: close\r\n");
    }
    buf.extend_from_slice(b"\r\n");
    if !head_only {
        buf.extend_from_slice(&r.body);
    }
    out.write_all(&buf)?;
    out.flush()
}

/// Split a URL into its path and query.
pub fn split_url(url: &str) -> (&str, &str) {
    url.split_once('?').unwrap_or((url, ""))
}

/// The decoded value of `key` in a query string.
pub fn query_param(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == key).then(|| percent_decode(v))
    })
}

/// `%XX` and `+` decoding; invalid sequences are kept as they are.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                Ok(b) => {
                    out.push(b);
                    i += 2;
                }
                Err(_) => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_decode() {
        assert_eq!(query_param("path=a%2Fb%20c.qtr&x=1", "path").as_deref(), Some("a/b c.qtr"));
        assert_eq!(query_param("path=%E1%BB%87", "path").as_deref(), Some("ệ"));
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%2"), "%2");
        assert_eq!(query_param("x=1", "path"), None);
    }

    #[test]
    fn header_values_cannot_break_lines() {
        let r = with_header(text(200, ""), "Content-Disposition", "a\r\nSet-Cookie: x=1");
        assert!(r.headers.iter().all(|(k, _)| k != "Content-Disposition"));
    }
}
