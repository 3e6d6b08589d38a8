//! `build --emit forms`: the receipt and the control sheet of each procedure, filled in, in
//! the numbering of its regime; with `--received`, the appointment and every deadline.

mod common;

use std::io::Read;
use std::path::Path;

use common::*;

fn document_xml(path: &Path) -> String {
    let f = std::fs::File::open(path).expect("docx");
    let mut z = zip::ZipArchive::new(f).expect("a zip");
    let mut e = z.by_name("word/document.xml").expect("document part");
    let mut s = String::new();
    e.read_to_string(&mut s).expect("utf-8 xml");
    s
}

fn build(catalogue: &str, received: Option<&str>) -> tempfile::TempDir {
    let out = tempfile::tempdir().expect("tmp");
    let dir = out.path().to_string_lossy().into_owned();
    let mut args = vec!["build", catalogue, "--emit", "forms", "--out", &dir, "--allow-errors"];
    if let Some(r) = received {
        args.extend(["--received", r]);
    }
    let r = run(&args);
    assert_eq!(r.status.code().map(|c| c < 2), Some(true), "{}", String::from_utf8_lossy(&r.stderr));
    out
}

#[test]
fn every_procedure_gets_its_receipt_and_control_sheet_in_the_2018_numbering() {
    let out = build("examples", None);
    let names: Vec<String> = std::fs::read_dir(out.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    assert_eq!(names.len(), 15 * 4, "{names:?}");
    for ext in ["BM01.html", "BM01.docx", "BM05.html", "BM05.docx"] {
        assert!(names.contains(&format!("QT-CGCN-02.{ext}")), "{ext}");
    }
    let receipt = std::fs::read_to_string(out.path().join("QT-CGCN-02.BM01.html")).expect("receipt");
    for needle in [
        "Mẫu số 01 ban hành kèm theo Thông tư số 01/2018/TT-VPCP",
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        "Cấp Giấy chứng nhận đăng ký gia hạn, sửa đổi, bổ sung nội dung chuyển giao công nghệ",
        "(1) Văn bản đề nghị đăng ký gia hạn",
        "1 (bộ)",
        "5 ngày làm việc",
        "size: A5",
    ] {
        assert!(receipt.contains(needle), "receipt lacks {needle}");
    }
    // Without a reception time the times are blanks for the counter to fill.
    assert!(receipt.contains("4. Thời gian nhận hồ sơ: …… giờ …… phút, ngày …… tháng …… năm ……</p>"), "{receipt}");
    let control = std::fs::read_to_string(out.path().join("QT-CGCN-02.BM05.html")).expect("control sheet");
    assert!(control.contains("Mẫu số 05 ban hành kèm theo Thông tư số 01/2018/TT-VPCP"));
    assert!(control.contains("Thẩm định hồ sơ, dự thảo Giấy chứng nhận"));
    assert!(!control.contains("Hạn hoàn thành"), "no deadlines without --received");
}

#[test]
fn with_a_reception_time_the_appointment_and_each_deadline_are_filled() {
    let out = build("examples", Some("2026-12-01 14:30"));
    let receipt = std::fs::read_to_string(out.path().join("QT-CGCN-02.BM01.html")).expect("receipt");
    assert!(receipt.contains("4. Thời gian nhận hồ sơ: <b>14 giờ 30 phút, ngày 01 tháng 12 năm 2026</b>"));
    assert!(receipt.contains("5. Thời gian trả kết quả giải quyết hồ sơ: <b>14 giờ 30 phút, ngày 08 tháng 12 năm 2026</b>"));
    let control = std::fs::read_to_string(out.path().join("QT-CGCN-02.BM05.html")).expect("control sheet");
    // The same deadlines as `quytrinh due` (tests/due.rs): step 2 ends 09:00 on 02/12.
    assert!(control.contains("Hạn hoàn thành: 16:30 ngày 01/12/2026"), "{control}");
    assert!(control.contains("Hạn hoàn thành: 09:00 ngày 02/12/2026"));
    let docx = document_xml(&out.path().join("QT-CGCN-02.BM01.docx"));
    assert!(docx.contains("14 giờ 30 phút, ngày 08 tháng 12 năm 2026"));
    let docx = document_xml(&out.path().join("QT-CGCN-02.BM05.docx"));
    assert!(docx.contains("Hạn hoàn thành: 09:00 ngày 02/12/2026"));
}

#[test]
fn the_2025_regime_numbers_the_control_sheet_06() {
    let out = build("tests/data/due", Some("2026-12-01 15:30"));
    let control = std::fs::read_to_string(out.path().join("QT-XA-01.BM06.html")).expect("BM06");
    assert!(control.contains("Mẫu số 06 ban hành kèm theo Thông tư số 03/2025/TT-VPCP"), "{control}");
    // After 15:00 the transfer waits for the next morning (Decree 118/2025 Art. 18(2)).
    assert!(control.contains("Hạn hoàn thành: 08:30 ngày 02/12/2026"), "{control}");
    assert!(out.path().join("QT-XA-01.BM01.docx").exists());
    assert!(!out.path().join("QT-XA-01.BM05.html").exists());
}

#[test]
fn a_malformed_reception_time_writes_nothing() {
    let out = tempfile::tempdir().expect("tmp");
    let target = out.path().join("out");
    let r = run(&["build", "examples", "--emit", "forms", "--out", &target.to_string_lossy(), "--received", "1/12/2026 2pm"]);
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("yyyy-mm-dd HH:MM"));
    assert!(!target.exists());
}
