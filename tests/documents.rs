//! Printable documents: hostile text cannot become markup in HTML or break the DOCX XML,
//! and every format is byte-identical across runs and thread counts.

mod common;

use std::io::Read;
use std::path::Path;

use common::*;

const HOSTILE: &str = r#"<script>alert(1)</script> \" onmouseover=\"x\" ' <img src=x onerror=alert(2)> &amp; &#x3C; ]]>"#;

fn hostile_catalogue() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tmp");
    let agency = std::fs::read_to_string(root().join("examples/agency.qtr")).expect("agency");
    std::fs::write(dir.path().join("agency.qtr"), agency.replace("Sở Khoa học và Công nghệ tỉnh Hậu Giang\"", &format!("Sở {HOSTILE}\"")))
        .expect("write");
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    // Put the hostile text into every quoted text of the procedure.
    let mut out = String::new();
    for line in text.lines() {
        let mut l = line.to_string();
        if let Some(start) = l.find('"') {
            if !line.trim_start().starts_with("procedure") && !line.contains("approved_by") && !line.contains("tthc") {
                l.insert_str(start + 1, &format!("{HOSTILE} "));
            }
        }
        out.push_str(&l);
        out.push('\n');
    }
    std::fs::write(dir.path().join("p.qtr"), out).expect("write");
    dir
}

/// Every tag in the page is one the emitter writes, and no tag carries an event handler.
fn assert_only_our_markup(html: &str) {
    const TAGS: &[&str] = &[
        "!DOCTYPE",
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "table",
        "thead",
        "tbody",
        "tr",
        "td",
        "th",
        "colgroup",
        "col",
        "div",
        "span",
        "h1",
        "h2",
        "h3",
        "p",
        "b",
        "i",
        "br",
        "small",
        "figure",
        "figcaption",
        "svg",
        "defs",
        "marker",
        "path",
        "rect",
        "text",
    ];
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let tag = &rest[at + 1..];
        let end = tag.find('>').expect("tags close");
        let inner = &tag[..end];
        let name: String = inner.trim_start_matches('/').chars().take_while(|c| c.is_alphanumeric() || *c == '!').collect();
        assert!(TAGS.contains(&name.as_str()), "unexpected tag <{inner}>");
        let lower = inner.to_lowercase();
        assert!(!lower.split_whitespace().any(|w| w.starts_with("on") && w.contains('=')), "event handler in <{inner}>");
        rest = &tag[end + 1..];
    }
}

fn docx_parts(path: &Path) -> Vec<(String, String)> {
    let f = std::fs::File::open(path).expect("docx");
    let mut z = zip::ZipArchive::new(f).expect("a zip");
    let mut parts = Vec::new();
    for i in 0..z.len() {
        let mut e = z.by_index(i).expect("entry");
        let mut s = String::new();
        e.read_to_string(&mut s).expect("utf-8 xml");
        parts.push((e.name().map(|n| n.to_string()).unwrap_or_default(), s));
    }
    parts
}

#[test]
fn hostile_text_never_becomes_markup() {
    let src = hostile_catalogue();
    let out = tempfile::tempdir().expect("tmp");
    let r = quytrinh()
        .args([
            "build",
            &src.path().to_string_lossy(),
            "--emit",
            "html,docx,annex,mermaid,dot",
            "--out",
            &out.path().to_string_lossy(),
            "--allow-errors",
        ])
        .output()
        .expect("runs");
    assert_ne!(r.status.code(), Some(2), "{}", String::from_utf8_lossy(&r.stderr));
    let html = std::fs::read_to_string(out.path().join("QT-CGCN-02.html")).expect("html");
    assert!(html.matches("&lt;script&gt;").count() >= 10, "the hostile text is there, escaped");
    assert_only_our_markup(&html);
    let annex = std::fs::read_dir(out.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .find(|e| e.file_name().to_string_lossy().starts_with("annex-") && e.file_name().to_string_lossy().ends_with(".html"));
    let annex = std::fs::read_to_string(annex.expect("an annex").path()).expect("annex");
    assert_only_our_markup(&annex);
    assert!(annex.contains("&lt;script&gt;"));
    for (name, xml) in docx_parts(&out.path().join("QT-CGCN-02.docx")) {
        assert!(!xml.contains("<script") && !xml.contains("<img"), "{name} carries markup");
        if name == "word/document.xml" {
            assert!(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped text in {name}");
        }
    }
    let dot = std::fs::read_to_string(out.path().join("QT-CGCN-02.dot")).expect("dot");
    assert!(!dot.contains("\\\" onmouseover=\\\"x\\\"\\\""), "quotes escaped in DOT");
}

#[test]
fn documents_are_identical_across_runs_and_thread_counts() {
    let (a, b) = (tempfile::tempdir().expect("tmp"), tempfile::tempdir().expect("tmp"));
    for (dir, threads) in [(&a, "1"), (&b, "2")] {
        let r = quytrinh()
            .env("RAYON_NUM_THREADS", threads)
            .args(["build", "examples", "--emit", "json,html,docx,mermaid,dot,annex", "--out", &dir.path().to_string_lossy()])
            .output()
            .expect("runs");
        assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    }
    let list = |d: &Path| {
        let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(d)
            .expect("dir")
            .filter_map(|e| e.ok())
            .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).expect("read")))
            .collect();
        v.sort();
        v
    };
    let (mut la, mut lb) = (list(a.path()), list(b.path()));
    assert_eq!(la.len(), 15 * 5 + 1 + 4 + 1, "5 files a procedure, catalogue.json, 2 annexes × 2, the manifest");
    // The manifest records the files' times, which differ between runs; it is not an output.
    assert_eq!(la.remove(0).0, ".quytrinh-manifest");
    assert_eq!(lb.remove(0).0, ".quytrinh-manifest");
    for ((na, ba), (nb, bb)) in la.iter().zip(&lb) {
        assert_eq!(na, nb);
        assert!(ba == bb, "{na} differs between runs");
    }
}

#[test]
fn the_step_table_and_flowchart_say_what_the_procedure_says() {
    let out = tempfile::tempdir().expect("tmp");
    let r = run(&["build", "examples", "--emit", "html,mermaid", "--out", &out.path().to_string_lossy()]);
    assert_eq!(r.status.code(), Some(0));
    let html = std::fs::read_to_string(out.path().join("QT-CGCN-02.html")).expect("html");
    for needle in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Biên soạn",
        "Theo dõi sửa đổi tài liệu",
        "<th>Trình tự công việc</th><th>Trách nhiệm</th><th>Thời gian</th><th>Biểu mẫu – Kết quả</th>",
        "Tổng thời gian giải quyết theo quy trình nội bộ (thời hạn theo quy định: 5 ngày làm việc)",
        "<svg",
        "@page",
    ] {
        assert!(html.to_uppercase().contains(&needle.to_uppercase()), "missing {needle}");
    }
    let mmd = std::fs::read_to_string(out.path().join("QT-CGCN-02.mmd")).expect("mermaid");
    assert!(mmd.contains("flowchart TD") && mmd.contains("subgraph") && mmd.contains("S0 --> S1") && mmd.contains("BM02"));
}

#[test]
fn times_read_in_vietnamese_in_every_format_and_dot_runs_in_step_order() {
    let out = tempfile::tempdir().expect("tmp");
    let r = run(&["build", "examples", "--emit", "html,mermaid,dot", "--out", &out.path().to_string_lossy()]);
    assert_eq!(r.status.code(), Some(0));
    let written_times = |s: &str| {
        // "2h", "1.5d", "3d" as the source writes them: a number glued to h or d.
        let b = s.as_bytes();
        (1..b.len()).any(|i| {
            (b[i] == b'h' || b[i] == b'd')
                && b[i - 1].is_ascii_digit()
                && (i + 1 == b.len() || !b[i + 1].is_ascii_alphanumeric())
                && (i < 2 || !b[i - 2].is_ascii_alphabetic())
        })
    };
    for ext in ["html", "mmd", "dot"] {
        let text = std::fs::read_to_string(out.path().join(format!("QT-KHCN-03.{ext}"))).expect("output");
        // Only what a reader sees: the SVG geometry and CSS have numbers of their own.
        let visible: String = if ext == "html" {
            text.split("<body>").nth(1).unwrap_or("").split('<').filter_map(|t| t.split_once('>').map(|x| x.1)).collect()
        } else {
            text.clone()
        };
        assert!(!written_times(&visible), "{ext} prints a time as written in the source");
        assert!(visible.contains("ngày làm việc") && visible.contains("2 giờ"), "{ext}");
        assert!(!visible.contains("(dùng)"), "{ext}");
    }
    let html = std::fs::read_to_string(out.path().join("QT-KHCN-03.html")).expect("html");
    for label in ["Bắt đầu", "Kết thúc", ">Hồ sơ đầy", ">Không<", ">Có<", ">Trách nhiệm<", ">Lưu đồ<"] {
        assert!(html.contains(label), "flowchart lacks {label}");
    }
    // DOT: the edges of the main flow go from each step to the next.
    let dot = std::fs::read_to_string(out.path().join("QT-KHCN-03.dot")).expect("dot");
    assert!(dot.contains("newrank=true") && dot.contains("S0 -> S1 [weight=10]") && dot.contains("S10 -> S11 [weight=10]"));
}

#[test]
fn the_annex_groups_by_field_and_carries_each_steps_table_unless_asked_not_to() {
    let (full, short) = (tempfile::tempdir().expect("tmp"), tempfile::tempdir().expect("tmp"));
    assert_eq!(run(&["build", "examples", "--emit", "annex", "--out", &full.path().to_string_lossy()]).status.code(), Some(0));
    let r = run(&["build", "examples", "--emit", "annex", "--annex-without-steps", "--out", &short.path().to_string_lossy()]);
    assert_eq!(r.status.code(), Some(0));
    let read = |d: &Path| std::fs::read_to_string(d.join("annex-550_QD-UBND.html")).expect("annex");
    let (a, b) = (read(full.path()), read(short.path()));
    for text in [&a, &b] {
        assert!(text.contains("<h3 class=\"field\">I. Lĩnh vực ") && text.contains("<h3 class=\"field\">II. Lĩnh vực "), "numbered fields");
        assert!(text.contains("<p class=\"plain total\">Tổng số: "));
    }
    assert!(a.contains("B. NỘI DUNG QUY TRÌNH NỘI BỘ") && a.contains("<th>Nội dung công việc</th>") && a.contains("Tổng thời gian"));
    assert!(!b.contains("B. NỘI DUNG QUY TRÌNH NỘI BỘ") && !b.contains("<th>Nội dung công việc</th>"));
}
