//! `quytrinh serve`: a workbench in the browser over one catalogue folder. The `.qtr` files
//! stay the truth; the server holds only what the language server holds (the files parsed).
//!
//! The HTTP layer is our own small one (`http.rs`): the limits on what a client may send
//! before the token is checked are ours, and it adds nothing to the build.

mod assets;
pub mod auth;
pub mod files;
mod http;
mod routes;
mod state;

use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::Value;

use http::{Gate, Head, Reply};
use state::State;

/// Connections served at once (a browser opens about six); more are closed at once, so
/// that clients without the token cannot exhaust the machine's threads.
const MAX_CONNECTIONS: usize = 64;

pub struct Options {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
}

/// A running workbench: its address and token.
pub struct Running {
    pub addr: SocketAddr,
    pub token: String,
    accept: std::thread::JoinHandle<()>,
}

impl Running {
    /// Answer requests until the process ends.
    pub fn wait(self) {
        let _ = self.accept.join();
    }
}

struct Shared {
    token: String,
    hosts: auth::Hosts,
    state: Mutex<State>,
    open: AtomicUsize,
}

pub fn start(opts: Options) -> Result<Running, String> {
    let root = std::fs::canonicalize(&opts.root).map_err(|e| format!("{}: {e}", opts.root.display()))?;
    if !root.is_dir() {
        return Err(format!("{}: not a folder", root.display()));
    }
    let token = auth::new_token()?;
    let listener = TcpListener::bind(SocketAddr::new(opts.bind, opts.port)).map_err(|e| format!("{}:{}: {e}", opts.bind, opts.port))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let shared = Arc::new(Shared {
        token: token.clone(),
        hosts: auth::Hosts::new(opts.bind, addr.port()),
        state: Mutex::new(State::new(root)),
        open: AtomicUsize::new(0),
    });
    let accept = std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if shared.open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
                shared.open.fetch_sub(1, Ordering::SeqCst);
                continue; // dropped: closed at once
            }
            // Answers are written in one piece; without this, a second segment could
            // wait for the client's delayed acknowledgement (40 ms on Linux).
            let _ = stream.set_nodelay(true);
            let shared = shared.clone();
            std::thread::spawn(move || {
                http::serve_connection(stream, &|h| gate(&shared, h), &|h, body| answer(&shared, h, body));
                shared.open.fetch_sub(1, Ordering::SeqCst);
            });
        }
    });
    Ok(Running { addr, token, accept })
}

/// Whether a request may go on, from its head alone: the `Host`, the token, and for a
/// request that changes something its `Origin` and type. Nothing of the body is read
/// before this passes.
fn gate(shared: &Shared, head: &Head) -> Gate {
    let host = head.header("Host").unwrap_or_default();
    if !shared.hosts.allows(host) {
        return Gate::Refuse(http::text(421, "Host not allowed / Tên máy không được phép"));
    }
    let (path, query) = http::split_url(&head.target);
    // First visit: the token in the URL becomes a cookie, and the URL loses it (history,
    // screenshots, the Referer of any link).
    if head.method == "GET" && path == "/" {
        if let Some(t) = auth::token_in_query(query) {
            if auth::same_token(t, &shared.token) {
                let cookie = format!("{}={}; HttpOnly; SameSite=Strict; Path=/", auth::COOKIE, shared.token);
                let r = http::with_header(http::text(303, ""), "Set-Cookie", &cookie);
                return Gate::Refuse(http::with_header(r, "Location", "/"));
            }
        }
    }
    let from_cookie = head.header("Cookie").and_then(auth::token_in_cookie).is_some_and(|t| auth::same_token(t, &shared.token));
    let from_header = head.header(auth::HEADER).is_some_and(|t| auth::same_token(t, &shared.token));
    if !(from_cookie || from_header) {
        return Gate::Refuse(http::reply(401, "text/html; charset=utf-8", assets::NEED_TOKEN.as_bytes().to_vec()));
    }
    if head.method != "GET" && head.method != "HEAD" {
        if !auth::origin_allowed(head.header("Origin"), host) {
            return Gate::Refuse(http::text(403, "Cross-site request refused / Yêu cầu từ trang khác bị từ chối"));
        }
        // A form on another site cannot send JSON without a preflight this server never grants.
        if !head.header("Content-Type").is_some_and(|c| c.starts_with("application/json")) {
            return Gate::Refuse(http::text(415, "application/json expected"));
        }
    }
    Gate::Admit
}

fn answer(shared: &Shared, head: &Head, body: Vec<u8>) -> Reply {
    let (path, query) = http::split_url(&head.target);
    let lang = routes::lang_of(http::query_param(query, "lang").as_deref());
    let q = |k: &str| http::query_param(query, k).unwrap_or_default();
    let lock = || shared.state.lock().unwrap_or_else(|e| e.into_inner());
    match (head.method.as_str(), path) {
        ("GET" | "HEAD", "/") => assets::index(),
        ("GET" | "HEAD", p) if assets::find(p).is_some() => assets::serve(p),
        ("GET", "/api/catalogue") => routes::catalogue(&mut lock(), lang),
        ("GET", "/api/report") => routes::report(&mut lock(), lang),
        ("GET", "/api/file") => routes::read(&mut lock(), &q("path"), lang),
        ("GET", "/api/version") => routes::version(&lock(), &q("path"), lang),
        ("GET", "/api/download") => routes::download(&mut lock(), &q("path"), &q("format"), lang),
        ("GET", "/api/explain") => routes::explain(&q("code"), lang),
        ("GET", "/api/keywords") => routes::keywords(),
        ("POST", p) => {
            let Ok(value) = serde_json::from_slice::<Value>(&body) else { return http::text(400, "Invalid JSON") };
            match p {
                "/api/save" => routes::save(&mut lock(), &value, lang),
                "/api/check" => routes::check(&mut lock(), &value, lang),
                "/api/preview" => routes::preview(&mut lock(), &value, lang),
                "/api/new" => routes::new_procedure(&mut lock(), &value, lang),
                "/api/hover" => routes::hover(&mut lock(), &value, lang),
                _ => http::text(404, "Not found"),
            }
        }
        _ => http::text(404, "Not found"),
    }
}
