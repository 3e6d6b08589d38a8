//! The front end, built by `npm run build` in `editors/web/` and compiled into the binary:
//! the workbench works offline, nothing comes from elsewhere.

use super::http::{self, Reply};

const INDEX: &str = include_str!("assets/index.html");

/// What a visitor without the token sees.
pub const NEED_TOKEN: &str = include_str!("assets/need-token.html");

const FILES: &[(&str, &str, &[u8])] = &[
    ("/app.js", "text/javascript; charset=utf-8", include_bytes!("assets/app.js")),
    ("/app.css", "text/css; charset=utf-8", include_bytes!("assets/app.css")),
];

pub fn index() -> Reply {
    http::reply(200, "text/html; charset=utf-8", INDEX.as_bytes().to_vec())
}

pub fn find(path: &str) -> Option<&'static (&'static str, &'static str, &'static [u8])> {
    FILES.iter().find(|(p, _, _)| *p == path)
}

pub fn serve(path: &str) -> Reply {
    match find(path) {
        Some((_, ctype, bytes)) => http::reply(200, ctype, bytes.to_vec()),
        None => http::text(404, "Not found"),
    }
}
