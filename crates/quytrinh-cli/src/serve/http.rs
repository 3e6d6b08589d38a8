//! Small helpers over tiny_http: headers, bounded bodies, query strings, replies with the
//! security headers every answer carries.

use std::io::Read;

use tiny_http::{Header, Request, Response};

/// The largest body accepted: a source file at the checker's own limit, JSON-escaped
/// (quotes and backslashes double at worst), plus room for the other fields.
pub const MAX_BODY: usize = 2 * quytrinh_syntax::decode::MAX_SOURCE_BYTES + 64 * 1024;

/// The page may run only its own script (no inline script, nothing from elsewhere); the
/// preview is a sandboxed frame whose styles are inline, hence `style-src 'unsafe-inline'`.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
                       connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub type Reply = Response<std::io::Cursor<Vec<u8>>>;

pub fn header(req: &Request, name: &str) -> Option<String> {
    req.headers().iter().find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name)).map(|h| h.value.as_str().to_string())
}

fn add(resp: Reply, name: &str, value: &str) -> Reply {
    match Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        Ok(h) => resp.with_header(h),
        Err(()) => resp,
    }
}

/// An answer with its type and the headers that keep it from being framed, sniffed,
/// cached, or from leaking the token in a `Referer`.
pub fn reply(status: u16, content_type: &str, body: Vec<u8>) -> Reply {
    let mut r = Response::from_data(body).with_status_code(status);
    for (n, v) in [
        ("Content-Type", content_type),
        ("Content-Security-Policy", CSP),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
        ("Cache-Control", "no-store"),
    ] {
        r = add(r, n, v);
    }
    r
}

pub fn json(status: u16, value: &serde_json::Value) -> Reply {
    reply(status, "application/json; charset=utf-8", value.to_string().into_bytes())
}

pub fn text(status: u16, body: &str) -> Reply {
    reply(status, "text/plain; charset=utf-8", body.as_bytes().to_vec())
}

pub fn with_header(resp: Reply, name: &str, value: &str) -> Reply {
    add(resp, name, value)
}

/// Why a body could not be had.
pub enum BodyError {
    TooLarge,
    Unreadable,
}

/// The request's body, refused past `MAX_BODY` without reading the rest.
pub fn body(req: &mut Request) -> Result<Vec<u8>, BodyError> {
    if req.body_length().is_some_and(|n| n > MAX_BODY) {
        return Err(BodyError::TooLarge);
    }
    let mut buf = Vec::new();
    req.as_reader().take(MAX_BODY as u64 + 1).read_to_end(&mut buf).map_err(|_| BodyError::Unreadable)?;
    if buf.len() > MAX_BODY {
        return Err(BodyError::TooLarge);
    }
    Ok(buf)
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
}
