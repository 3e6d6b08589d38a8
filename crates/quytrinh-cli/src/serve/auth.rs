//! Who may talk to the workbench: the holder of the token printed at start-up, from a page
//! the workbench itself served. The token makes a guessed URL useless; the `Host` check
//! stops DNS rebinding (a hostile site whose name resolves to 127.0.0.1); the `Origin`
//! check and a `SameSite=Strict` cookie stop another site's page from saving files.

use std::net::IpAddr;

/// The cookie that carries the token after the first visit.
pub const COOKIE: &str = "quytrinh_token";
/// The header a script (the performance script, `curl`) may send the token in instead.
pub const HEADER: &str = "X-Quytrinh-Token";

/// 128 random bits from the system's generator, as 32 hex digits.
pub fn new_token() -> Result<String, String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Compare without stopping at the first difference, so timing tells nothing of the token.
pub fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The token in a `Cookie` header, if any.
pub fn token_in_cookie(header: &str) -> Option<&str> {
    header.split(';').map(str::trim).find_map(|kv| kv.strip_prefix(COOKIE)?.strip_prefix('='))
}

/// The token in a query string (`?token=…`), if any.
pub fn token_in_query(query: &str) -> Option<&str> {
    query.split('&').find_map(|kv| kv.strip_prefix("token="))
}

/// Which `Host` headers a request may carry. On a loopback address only the loopback names
/// with the right port: a rebinding attacker's page sends its own name. On another address
/// (an intranet server) officers use whatever name the department gave the machine, so
/// every name is accepted there and the token alone guards the door.
#[derive(Clone, Debug)]
pub struct Hosts {
    pub loopback: bool,
    pub port: u16,
}

impl Hosts {
    pub fn new(bind: IpAddr, port: u16) -> Self {
        Hosts { loopback: bind.is_loopback(), port }
    }

    pub fn allows(&self, host: &str) -> bool {
        if !self.loopback {
            return !host.is_empty();
        }
        let port = self.port.to_string();
        ["127.0.0.1", "localhost", "[::1]"].iter().any(|name| host.strip_prefix(name).and_then(|r| r.strip_prefix(':')) == Some(&port))
    }
}

/// Whether a request that changes something comes from the workbench's own page: its
/// `Origin`, when the browser sends one, must be this very server.
pub fn origin_allowed(origin: Option<&str>, host: &str) -> bool {
    match origin {
        None => true,
        Some(o) => o == format!("http://{host}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_compared_whole() {
        let a = new_token().expect("token");
        let b = new_token().expect("token");
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
        assert!(same_token(&a, &a.clone()));
        assert!(!same_token(&a, &b));
        assert!(!same_token(&a, &a[..31]));
    }

    #[test]
    fn loopback_hosts_only_with_the_port() {
        let h = Hosts::new("127.0.0.1".parse().expect("ip"), 8080);
        assert!(h.allows("127.0.0.1:8080"));
        assert!(h.allows("localhost:8080"));
        assert!(!h.allows("localhost:8081"));
        assert!(!h.allows("evil.example:8080"));
        assert!(!h.allows("127.0.0.1.evil.example:8080"));
        assert!(!h.allows(""));
    }

    #[test]
    fn cookie_and_query_tokens_are_found() {
        assert_eq!(token_in_cookie("a=b; quytrinh_token=abc; c=d"), Some("abc"));
        assert_eq!(token_in_cookie("quytrinh_tokenx=abc"), None);
        assert_eq!(token_in_query("x=1&token=abc"), Some("abc"));
    }

    #[test]
    fn origin_must_be_this_server() {
        assert!(origin_allowed(Some("http://127.0.0.1:9"), "127.0.0.1:9"));
        assert!(!origin_allowed(Some("http://evil.example"), "127.0.0.1:9"));
        assert!(origin_allowed(None, "127.0.0.1:9"));
    }
}
