//! `quytrinh serve` through real HTTP on 127.0.0.1: the token, the `Host` and `Origin`
//! checks, paths that lead out of the catalogue folder, the body limit, stale saves.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

struct Workbench {
    child: Child,
    /// `127.0.0.1:PORT`
    host: String,
    token: String,
    dir: tempfile::TempDir,
}

impl Drop for Workbench {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Workbench {
    fn start() -> Workbench {
        Workbench::start_on("127.0.0.1")
    }

    fn start_on(bind: &str) -> Workbench {
        let dir = tempfile::tempdir().expect("tempdir");
        let cat = dir.path().join("cat");
        std::fs::create_dir(&cat).expect("mkdir");
        for f in ["agency.qtr", "cgcn-gia-han-sua-doi.qtr"] {
            std::fs::copy(common::root().join("examples").join(f), cat.join(f)).expect("copy");
        }
        std::fs::write(dir.path().join("secret.qtr"), "secret").expect("write");
        let mut child = Command::new(env!("CARGO_BIN_EXE_quytrinh"))
            .args(["serve", "--port", "0", "--lang", "en", "--bind", bind])
            .arg(&cat)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("serve starts");
        let stderr = child.stderr.take().expect("stderr");
        let mut lines = BufReader::new(stderr).lines();
        let mut printed = String::new();
        let url = lines
            .by_ref()
            .map_while(Result::ok)
            .find_map(|l| {
                printed.push_str(&l);
                l.split_whitespace().find(|w| w.starts_with("http://")).map(str::to_string)
            })
            .expect("the address is printed");
        if bind != "127.0.0.1" {
            // The network warning and the token come right after the address.
            for l in lines.by_ref().map_while(Result::ok) {
                printed.push_str(&l);
                if l.contains("Token:") {
                    break;
                }
            }
            assert!(printed.contains("every request needs the token"), "{printed}");
        }
        let rest = url.strip_prefix("http://").expect("http");
        let rest = rest.replacen("0.0.0.0", "127.0.0.1", 1);
        let (host, token) = rest.split_once("/?token=").expect("token in the address");
        assert!(token.len() == 32 && token.bytes().all(|b| b.is_ascii_hexdigit()), "{token}");
        Workbench { child, host: host.to_string(), token: token.to_string(), dir }
    }

    fn cat(&self) -> PathBuf {
        self.dir.path().join("cat")
    }

    fn auth(&self) -> String {
        format!("Cookie: quytrinh_token={}\r\n", self.token)
    }

    /// Send raw request text (headers without the final blank line) and a body.
    fn raw(&self, head: &str, body: &[u8]) -> Reply {
        let mut s = TcpStream::connect(&self.host).expect("connect");
        let head = format!("{head}Content-Length: {}\r\nConnection: close\r\n\r\n", body.len());
        s.write_all(head.as_bytes()).expect("send");
        let _ = s.write_all(body);
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out);
        Reply::parse(&out)
    }

    fn get(&self, path: &str, extra: &str) -> Reply {
        self.raw(&format!("GET {path} HTTP/1.1\r\nHost: {}\r\n{extra}", self.host), b"")
    }

    fn post(&self, path: &str, json: &serde_json::Value, extra: &str) -> Reply {
        let head = format!("POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n{}{extra}", self.host, self.auth());
        self.raw(&head, json.to_string().as_bytes())
    }
}

struct Reply {
    status: u16,
    head: String,
    body: Vec<u8>,
}

impl Reply {
    fn parse(bytes: &[u8]) -> Reply {
        let split = bytes.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete answer");
        let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
        let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).expect("status");
        Reply { status, head, body: bytes[split + 4..].to_vec() }
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("JSON body")
    }

    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

fn text_of(path: &Path) -> String {
    std::fs::read_to_string(path).expect("read")
}

#[test]
fn every_call_needs_the_token() {
    let w = Workbench::start();
    assert_eq!(w.get("/api/catalogue", "").status, 401);
    assert_eq!(w.get("/", "").status, 401);
    assert_eq!(w.get("/app.js", "").status, 401);
    assert_eq!(w.get("/api/catalogue", "Cookie: quytrinh_token=00000000000000000000000000000000\r\n").status, 401);
    assert_eq!(w.get("/?token=0123", "").status, 401);
    // The printed address sets the cookie and drops the token from the URL.
    let first = w.get(&format!("/?token={}", w.token), "");
    assert_eq!(first.status, 303);
    let cookie = first.header("Set-Cookie").expect("cookie");
    assert!(cookie.contains(&w.token) && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    assert_eq!(first.header("Location").as_deref(), Some("/"));
    let ok = w.get("/api/catalogue", &w.auth());
    assert_eq!(ok.status, 200);
    let rows = ok.json();
    assert_eq!(rows["procedures"][0]["code"], "QT-CGCN-02", "{rows}");
    assert_eq!(w.get("/api/catalogue", &format!("X-Quytrinh-Token: {}\r\n", w.token)).status, 200);
}

#[test]
fn pages_forbid_inline_scripts_and_framing() {
    let w = Workbench::start();
    let page = w.get("/", &w.auth());
    assert_eq!(page.status, 200);
    let csp = page.header("Content-Security-Policy").expect("CSP");
    assert!(csp.contains("script-src 'self'") && !csp.contains("'unsafe-eval'"), "{csp}");
    let script_src = csp.split(';').find(|d| d.trim().starts_with("script-src")).expect("script-src");
    assert!(!script_src.contains("unsafe-inline"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_eq!(page.header("Referrer-Policy").as_deref(), Some("no-referrer"));
    let html = String::from_utf8_lossy(&page.body).into_owned();
    assert!(!html.contains("<script>") && !html.contains("http://") && !html.contains("https://"), "{html}");
}

#[test]
fn other_host_names_are_refused_dns_rebinding() {
    let w = Workbench::start();
    let port = w.host.rsplit(':').next().expect("port");
    for host in [format!("evil.example:{port}"), format!("127.0.0.1.evil.example:{port}"), "localhost:1".to_string()] {
        let r = w.raw(&format!("GET /api/catalogue HTTP/1.1\r\nHost: {host}\r\n{}", w.auth()), b"");
        assert_eq!(r.status, 421, "{host}");
    }
    let r = w.raw(&format!("GET /api/catalogue HTTP/1.1\r\nHost: localhost:{port}\r\n{}", w.auth()), b"");
    assert_eq!(r.status, 200);
}

#[test]
fn writes_from_another_site_are_refused() {
    let w = Workbench::start();
    let path = w.cat().join("cgcn-gia-han-sua-doi.qtr");
    let before = text_of(&path);
    let file = w.get("/api/file?path=cgcn-gia-han-sua-doi.qtr", &w.auth()).json();
    let save = serde_json::json!({ "path": "cgcn-gia-han-sua-doi.qtr", "text": "hijacked", "version": file["version"] });
    assert_eq!(w.post("/api/save", &save, "Origin: http://evil.example\r\n").status, 403);
    assert_eq!(text_of(&path), before);
    // A plain form post (no JSON type) cannot be made to look like the page's own call.
    let head = format!("POST /api/save HTTP/1.1\r\nHost: {}\r\nContent-Type: text/plain\r\n{}", w.host, w.auth());
    assert_eq!(w.raw(&head, save.to_string().as_bytes()).status, 415);
    assert_eq!(text_of(&path), before);
    let own = format!("Origin: http://{}\r\n", w.host);
    let r = w.post(
        "/api/save",
        &serde_json::json!({ "path": "cgcn-gia-han-sua-doi.qtr", "text": before.clone() + "\n", "version": file["version"] }),
        &own,
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(text_of(&path), before + "\n");
}

#[test]
fn paths_outside_the_folder_are_never_read_or_written() {
    let w = Workbench::start();
    let secret = w.dir.path().join("secret.qtr");
    let absolute = secret.to_string_lossy().into_owned();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&secret, w.cat().join("link.qtr")).expect("symlink");
        std::os::unix::fs::symlink(w.dir.path(), w.cat().join("up")).expect("symlink");
    }
    for rel in ["../secret.qtr", "..%2Fsecret.qtr", absolute.as_str(), "link.qtr", "up/secret.qtr", "quytrinh.toml", "%2E%2E/secret.qtr"] {
        let r = w.get(&format!("/api/file?path={rel}"), &w.auth());
        assert!(r.status == 403 || r.status == 404, "{rel}: {}", r.status);
        assert!(!String::from_utf8_lossy(&r.body).contains("secret"), "{rel}");
        // In a JSON body `%2F` is no separator: a file of that name would be inside.
        if rel.contains('%') {
            continue;
        }
        for version in [serde_json::Value::Null, serde_json::json!("x")] {
            let save = serde_json::json!({ "path": rel, "text": "overwritten", "version": version });
            let r = w.post("/api/save", &save, "");
            assert!(r.status == 403 || r.status == 404, "{rel}: {}", r.status);
        }
        let r = w.post("/api/check", &serde_json::json!({ "path": rel, "text": "x" }), "");
        assert!(r.status == 403 || r.status == 404, "{rel}: {}", r.status);
    }
    assert_eq!(text_of(&secret), "secret");
}

#[test]
fn large_bodies_are_refused_unread() {
    let w = Workbench::start();
    let head = format!(
        "POST /api/check HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n{}Content-Length: 900000000\r\nConnection: close\r\n\r\n",
        w.host,
        w.auth()
    );
    let mut s = TcpStream::connect(&w.host).expect("connect");
    s.write_all(head.as_bytes()).expect("send");
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    assert_eq!(Reply::parse(&out).status, 413);
    // And the server still answers.
    assert_eq!(w.get("/api/catalogue", &w.auth()).status, 200);
}

#[test]
fn a_save_over_a_file_changed_on_disk_is_refused_with_the_disk_text() {
    let w = Workbench::start();
    let path = w.cat().join("cgcn-gia-han-sua-doi.qtr");
    let file = w.get("/api/file?path=cgcn-gia-han-sua-doi.qtr", &w.auth()).json();
    let outside = format!("{}\n# sửa bằng trình soạn thảo khác\n", file["text"].as_str().expect("text"));
    std::fs::write(&path, &outside).expect("write");
    let save = serde_json::json!({ "path": "cgcn-gia-han-sua-doi.qtr", "text": "mine", "version": file["version"] });
    let r = w.post("/api/save", &save, "");
    assert_eq!(r.status, 409);
    assert_eq!(r.json()["disk_text"], outside.as_str());
    assert_eq!(text_of(&path), outside);
    // With the disk's version the save goes through, atomically (no temporary left).
    let save = serde_json::json!({ "path": "cgcn-gia-han-sua-doi.qtr", "text": "mine", "version": r.json()["version"] });
    assert_eq!(w.post("/api/save", &save, "").status, 200);
    assert_eq!(text_of(&path), "mine");
    let leftovers: Vec<_> =
        std::fs::read_dir(w.cat()).expect("ls").flatten().filter(|e| e.file_name().to_string_lossy().contains(".tmp-")).collect();
    assert!(leftovers.is_empty());
    // A new file must not exist yet.
    let new = serde_json::json!({ "path": "agency.qtr", "text": "x", "version": null });
    assert_eq!(w.post("/api/save", &new, "").status, 409);
}

#[test]
fn diagnostics_preview_and_new_procedure_work_on_the_text_as_typed() {
    let w = Workbench::start();
    let file = w.get("/api/file?path=cgcn-gia-han-sua-doi.qtr", &w.auth()).json();
    let text = file["text"].as_str().expect("text");
    let clean = w.post("/api/check?lang=vi", &serde_json::json!({ "path": "cgcn-gia-han-sua-doi.qtr", "text": text }), "").json();
    let errors = |v: &serde_json::Value| v["diagnostics"].as_array().expect("list").iter().filter(|d| d["severity"] == "error").count();
    assert_eq!(errors(&clean), 0, "{clean}");
    let typo = text.replacen("by cv_mc", "by cv_mcc", 1);
    let found = w.post("/api/check?lang=vi", &serde_json::json!({ "path": "cgcn-gia-han-sua-doi.qtr", "text": typo }), "").json();
    assert!(errors(&found) > 0, "{found}");
    let added = text.replacen("Tiếp nhận", "Tiếp nhận BƯỚC-MỚI-THỬ", 1);
    let preview = w.post("/api/preview", &serde_json::json!({ "path": "cgcn-gia-han-sua-doi.qtr", "text": added }), "");
    assert_eq!(preview.status, 200);
    assert!(String::from_utf8_lossy(&preview.body).contains("BƯỚC-MỚI-THỬ"));
    let made =
        w.post("/api/new", &serde_json::json!({ "code": "QT-TEST-09", "tthc": "1.000001", "name": "Thủ tục thử", "statutory": 10 }), "");
    assert_eq!(made.status, 200, "{}", String::from_utf8_lossy(&made.body));
    assert!(w.cat().join("qt-test-09.qtr").exists());
    let docx = w.get("/api/download?path=cgcn-gia-han-sua-doi.qtr&format=docx", &w.auth());
    assert_eq!(docx.status, 200);
    assert!(docx.body.starts_with(b"PK"));
    // The one-stop forms of the procedure, in its regime's numbering (2018 here: BM01, BM05).
    for (format, file) in [("receipt", "BM01"), ("control", "BM05")] {
        let form = w.get(&format!("/api/download?path=cgcn-gia-han-sua-doi.qtr&format={format}"), &w.auth());
        assert_eq!(form.status, 200, "{format}");
        assert!(form.body.starts_with(b"PK"), "{format}: a DOCX");
        assert!(form.header("content-disposition").is_some_and(|h| h.contains(&format!("QT-CGCN-02.{file}.docx"))), "{format}");
    }
    let explained = w.get("/api/explain?code=QS008&lang=vi", &w.auth());
    assert_eq!(explained.status, 200);
    assert!(!String::from_utf8_lossy(&explained.body).contains("|---|"), "plain text, not Markdown");
    // Hover on a role names it, from the agency file.
    let (line, l) = text.lines().enumerate().find(|(_, l)| l.contains("by giamdoc")).expect("a step by giamdoc");
    let col = l[..l.find("giamdoc").expect("giamdoc")].encode_utf16().count() + 2;
    let hover =
        w.post("/api/hover", &serde_json::json!({ "path": "cgcn-gia-han-sua-doi.qtr", "text": text, "line": line, "col": col }), "").json();
    assert!(hover["text"].as_str().is_some_and(|t| t.contains("Giám đốc Sở")), "{hover}");
}

#[test]
fn on_another_address_any_host_name_but_still_the_token() {
    let w = Workbench::start_on("0.0.0.0");
    let port = w.host.rsplit(':').next().expect("port");
    let with = w.raw(&format!("GET /api/catalogue HTTP/1.1\r\nHost: quytrinh.so-khcn.local:{port}\r\n{}", w.auth()), b"");
    assert_eq!(with.status, 200);
    let without = w.raw(&format!("GET /api/catalogue HTTP/1.1\r\nHost: quytrinh.so-khcn.local:{port}\r\n"), b"");
    assert_eq!(without.status, 401);
}

#[test]
fn cors_preflights_are_never_granted() {
    let w = Workbench::start();
    let r = w.raw(
        &format!(
            "OPTIONS /api/save HTTP/1.1\r\nHost: {}\r\nOrigin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\n",
            w.host
        ),
        b"",
    );
    assert!(r.status >= 400, "{}", r.status);
    assert!(!r.head.to_ascii_lowercase().contains("access-control-allow"), "{}", r.head);
}

#[test]
fn request_heads_are_bounded_before_the_token_is_checked() {
    let w = Workbench::start();
    let mut s = TcpStream::connect(&w.host).expect("connect");
    s.set_read_timeout(Some(std::time::Duration::from_secs(10))).expect("timeout");
    // A header line that never ends: the server must stop reading at its limit (16 KB),
    // not wait for more or hold it all in memory.
    let mut head = format!("GET / HTTP/1.1\r\nHost: {}\r\nX-Long: ", w.host).into_bytes();
    head.resize(17 * 1024, b'a');
    let _ = s.write_all(&head);
    let mut out = Vec::new();
    match s.read_to_end(&mut out) {
        Ok(_) => assert_eq!(Reply::parse(&out).status, 431),
        // The server closed with bytes unread: the kernel answers with a reset.
        Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::ConnectionReset, "{e}"),
    }
    assert_eq!(w.get("/api/catalogue", &w.auth()).status, 200);
}

#[test]
fn one_connection_serves_several_requests() {
    let w = Workbench::start();
    let mut s = TcpStream::connect(&w.host).expect("connect");
    let mut reader = BufReader::new(s.try_clone().expect("clone"));
    for _ in 0..3 {
        write!(s, "GET /api/keywords HTTP/1.1\r\nHost: {}\r\n{}\r\n", w.host, w.auth()).expect("send");
        let mut status = String::new();
        reader.read_line(&mut status).expect("status line");
        assert!(status.starts_with("HTTP/1.1 200"), "{status}");
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("header");
            if line == "\r\n" {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().expect("length");
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).expect("body");
        assert!(serde_json::from_slice::<serde_json::Value>(&body).expect("json")["keywords"].is_array());
    }
}

#[test]
fn chunked_bodies_are_refused() {
    let w = Workbench::start();
    let head = format!(
        "POST /api/check HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n{}Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n",
        w.host,
        w.auth()
    );
    let mut s = TcpStream::connect(&w.host).expect("connect");
    s.write_all(head.as_bytes()).expect("send");
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    assert_eq!(Reply::parse(&out).status, 501);
}
