//! `quytrinh serve`: a workbench in the browser over one catalogue folder. The `.qtr` files
//! stay the truth; the server holds only what the language server holds (the files parsed).
//!
//! tiny_http is a small synchronous HTTP/1.1 server: it adds about 8 s to a clean release
//! build on 2 cores, where an async stack (hyper, tokio) adds minutes, and a workbench for a
//! few officers needs no more than a handful of threads.

mod assets;
pub mod auth;
pub mod files;
mod http;
mod routes;
mod state;

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use serde_json::Value;
use tiny_http::{Method, Request, Server};

use http::Reply;
use state::State;

/// Threads answering requests; the catalogue itself is behind one lock, so more would only
/// wait (they let a slow download not hold up a keystroke's check).
const WORKERS: usize = 4;

pub struct Options {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
}

/// A running workbench: its address and token (the tests start one on a free port).
pub struct Running {
    pub addr: SocketAddr,
    pub token: String,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl Running {
    /// Answer requests until the process ends.
    pub fn wait(self) {
        for t in self.threads {
            let _ = t.join();
        }
    }
}

struct Shared {
    token: String,
    hosts: auth::Hosts,
    state: Mutex<State>,
}

pub fn start(opts: Options) -> Result<Running, String> {
    let root = std::fs::canonicalize(&opts.root).map_err(|e| format!("{}: {e}", opts.root.display()))?;
    if !root.is_dir() {
        return Err(format!("{}: not a folder", root.display()));
    }
    let token = auth::new_token()?;
    let listener =
        std::net::TcpListener::bind(SocketAddr::new(opts.bind, opts.port)).map_err(|e| format!("{}:{}: {e}", opts.bind, opts.port))?;
    no_delay(&listener);
    let server = Server::from_listener(listener, None).map_err(|e| format!("{}:{}: {e}", opts.bind, opts.port))?;
    let addr = server.server_addr().to_ip().ok_or("no IP address")?;
    let shared =
        Arc::new(Shared { token: token.clone(), hosts: auth::Hosts::new(opts.bind, addr.port()), state: Mutex::new(State::new(root)) });
    let server = Arc::new(server);
    let threads = (0..WORKERS)
        .map(|_| {
            let server = server.clone();
            let shared = shared.clone();
            std::thread::spawn(move || {
                while let Ok(req) = server.recv() {
                    answer(&shared, req);
                }
            })
        })
        .collect();
    Ok(Running { addr, token, threads })
}

/// Send each answer at once. tiny_http writes the head and a larger body separately; with
/// Nagle's algorithm the body then waited for the browser's delayed acknowledgement, 40 ms
/// on Linux, on every keystroke. Accepted sockets inherit the option from the listener.
#[cfg(unix)]
fn no_delay(listener: &std::net::TcpListener) {
    use std::os::fd::AsRawFd;
    let one: libc::c_int = 1;
    // SAFETY: a valid socket descriptor, and a pointer to an int with its exact size.
    unsafe {
        libc::setsockopt(
            listener.as_raw_fd(),
            libc::IPPROTO_TCP,
            libc::TCP_NODELAY,
            (&one as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        );
    }
}

#[cfg(not(unix))]
fn no_delay(_listener: &std::net::TcpListener) {}

fn answer(shared: &Shared, mut req: Request) {
    let resp = handle(shared, &mut req);
    // A client gone before the answer is not the server's problem.
    let _ = req.respond(resp);
}

fn handle(shared: &Shared, req: &mut Request) -> Reply {
    let host = http::header(req, "Host").unwrap_or_default();
    if !shared.hosts.allows(&host) {
        return http::text(421, "Host not allowed / Tên máy không được phép");
    }
    let url = req.url().to_string();
    let (path, query) = http::split_url(&url);
    let cookie = http::header(req, "Cookie");
    let from_cookie = cookie.as_deref().and_then(auth::token_in_cookie).is_some_and(|t| auth::same_token(t, &shared.token));
    let from_header = http::header(req, auth::HEADER).is_some_and(|t| auth::same_token(&t, &shared.token));
    let method = req.method().clone();
    // First visit: the token in the URL becomes a cookie, and the URL loses it (history,
    // screenshots, the Referer of any link).
    if method == Method::Get && path == "/" {
        if let Some(t) = auth::token_in_query(query) {
            if auth::same_token(t, &shared.token) {
                let cookie = format!("{}={}; HttpOnly; SameSite=Strict; Path=/", auth::COOKIE, shared.token);
                let r = http::with_header(http::text(303, ""), "Set-Cookie", &cookie);
                return http::with_header(r, "Location", "/");
            }
        }
    }
    if !(from_cookie || from_header) {
        return http::reply(401, "text/html; charset=utf-8", assets::NEED_TOKEN.as_bytes().to_vec());
    }
    if method != Method::Get && method != Method::Head {
        if !auth::origin_allowed(http::header(req, "Origin").as_deref(), &host) {
            return http::text(403, "Cross-site request refused / Yêu cầu từ trang khác bị từ chối");
        }
        // A form on another site cannot send JSON without a preflight this server never grants.
        if !http::header(req, "Content-Type").is_some_and(|c| c.starts_with("application/json")) {
            return http::text(415, "application/json expected");
        }
    }
    let lang = routes::lang_of(http::query_param(query, "lang").as_deref());
    let q = |k: &str| http::query_param(query, k).unwrap_or_default();
    let lock = || shared.state.lock().unwrap_or_else(|e| e.into_inner());
    match (&method, path) {
        (Method::Get, "/") => assets::index(),
        (Method::Get, p) if assets::find(p).is_some() => assets::serve(p),
        (Method::Get, "/api/catalogue") => routes::catalogue(&mut lock(), lang),
        (Method::Get, "/api/report") => routes::report(&mut lock(), lang),
        (Method::Get, "/api/file") => routes::read(&mut lock(), &q("path"), lang),
        (Method::Get, "/api/version") => routes::version(&lock(), &q("path"), lang),
        (Method::Get, "/api/download") => routes::download(&mut lock(), &q("path"), &q("format"), lang),
        (Method::Get, "/api/explain") => routes::explain(&q("code"), lang),
        (Method::Get, "/api/keywords") => routes::keywords(),
        (Method::Post, p) => {
            let body = match http::body(req) {
                Ok(b) => b,
                Err(http::BodyError::TooLarge) => return http::text(413, "Request too large / Yêu cầu quá lớn"),
                Err(http::BodyError::Unreadable) => return http::text(400, "Unreadable body"),
            };
            let Ok(value) = serde_json::from_slice::<Value>(&body) else { return http::text(400, "Invalid JSON") };
            match p {
                "/api/save" => routes::save(&mut lock(), &value, lang),
                "/api/check" => routes::check(&mut lock(), &value, lang),
                "/api/preview" => routes::preview(&mut lock(), &value, lang),
                "/api/new" => routes::new_procedure(&mut lock(), &value, lang),
                _ => http::text(404, "Not found"),
            }
        }
        _ => http::text(404, "Not found"),
    }
}
