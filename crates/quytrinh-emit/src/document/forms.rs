//! The one-stop forms of a procedure, filled in: the receipt (*Giấy tiếp nhận hồ sơ và hẹn
//! trả kết quả*, Mẫu số 01) and the control sheet (*Phiếu kiểm soát quá trình giải quyết hồ
//! sơ*: Mẫu số 05 of Circular 01/2018/TT-VPCP, Mẫu số 06 of Circular 03/2025/TT-VPCP), as
//! HTML and DOCX, numbered as the procedure's regime numbers them.
//!
//! Filled from the procedure: its name and TTHC code, the dossier list and number of sets,
//! the statutory time, the place of return, each step with its unit and time; given a
//! reception time, the appointment and every step's deadline (`schedule.rs`). What only
//! the counter knows — the applicant, the dossier code, the register number, signatures,
//! the hand-over times — stays as dotted blanks to write by hand.
//!
//! The field lists follow the forms as implemented by several provinces (the circulars'
//! appendices were not at hand when this was written): the same fields are used for both
//! regimes, with the 2025 numbering; check them against Circular 03/2025's appendix.

use quytrinh_model::builtin_forms::{form_for, FormRole};
use quytrinh_model::Regime;

use crate::docx::{Docx, Look};
use crate::html::esc;
use crate::portal::contract::{PortalProcedure, Step};
use crate::schedule::Schedule;

use super::common::*;

/// A blank the counter fills by hand.
const BLANK: &str = "……………";

/// The two forms: which one, its number in the regime and its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OneStopForm {
    Receipt,
    ControlSheet,
}

impl OneStopForm {
    fn role(self) -> FormRole {
        match self {
            OneStopForm::Receipt => FormRole::Receipt,
            OneStopForm::ControlSheet => FormRole::ControlSheet,
        }
    }

    /// The form's id in the procedure's regime (`BM01`; `BM05` or `BM06`), for file names.
    pub fn id(self, p: &PortalProcedure) -> &'static str {
        form_for(regime(p), self.role()).map_or(
            match self {
                OneStopForm::Receipt => "BM01",
                OneStopForm::ControlSheet => "BM05",
            },
            |f| f.id,
        )
    }

    fn title(self) -> &'static str {
        match self {
            OneStopForm::Receipt => "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
            OneStopForm::ControlSheet => "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
        }
    }
}

fn regime(p: &PortalProcedure) -> Regime {
    Regime::from_id(&p.regime).unwrap_or(Regime::DEFAULT)
}

/// "Mẫu số 01 — Thông tư số 01/2018/TT-VPCP ngày 23/11/2018".
fn form_note(form: OneStopForm, p: &PortalProcedure) -> String {
    let id = form.id(p);
    let number = id.trim_start_matches("BM");
    let source = form_for(regime(p), form.role()).map(|f| f.source).unwrap_or("");
    format!("Mẫu số {number} ban hành kèm theo {source}")
}

/// One line of a form: a label, then its value or a blank.
struct Line {
    label: String,
    value: Option<String>,
}

fn line(label: impl Into<String>, value: Option<String>) -> Line {
    Line { label: label.into(), value }
}

/// `14 giờ 30 phút, ngày 01 tháng 12 năm 2026`, or the blanks of the printed form.
fn moment(t: Option<quytrinh_calendar::DateTime>) -> String {
    match t {
        Some(t) => {
            let (y, m, d) = t.date.ymd();
            let min = t.time.minutes();
            format!("{:02} giờ {:02} phút, ngày {d:02} tháng {m:02} năm {y}", min / 60, min % 60)
        }
        None => "…… giờ …… phút, ngày …… tháng …… năm ……".to_string(),
    }
}

/// `…, ngày 01 tháng 12 năm 2026` under the national motto.
fn place_date(s: Option<&Schedule>) -> String {
    match s {
        Some(s) => {
            let (y, m, d) = s.received.date.ymd();
            format!("……, ngày {d:02} tháng {m:02} năm {y}")
        }
        None => "……, ngày …… tháng …… năm ……".to_string(),
    }
}

/// The one-stop unit's name, from the steps it performs.
fn one_stop_unit(p: &PortalProcedure) -> String {
    p.steps
        .iter()
        .filter_map(|s| s.unit.as_ref())
        .find(|u| u.one_stop)
        .map(|u| u.name.clone())
        .unwrap_or_else(|| "Bộ phận Một cửa".to_string())
}

fn statutory(p: &PortalProcedure) -> Option<String> {
    p.totals.statutory.as_ref().map(duration)
}

fn dossier_items(p: &PortalProcedure) -> Vec<String> {
    let Some(d) = &p.dossier else { return Vec::new() };
    d.items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let mut counts = Vec::new();
            if it.originals > 0 {
                counts.push(format!("{} bản chính", it.originals));
            }
            if it.certified_copies > 0 {
                counts.push(format!("{} bản sao có chứng thực", it.certified_copies));
            }
            if it.copies > 0 {
                counts.push(format!("{} bản sao", it.copies));
            }
            let counts = if counts.is_empty() { String::new() } else { format!(" ({})", counts.join(", ")) };
            format!("({}) {}{counts}", i + 1, it.name)
        })
        .collect()
}

fn request(p: &PortalProcedure) -> String {
    let name = p.name.clone().unwrap_or_default();
    match &p.tthc_code {
        Some(c) => format!("{name} (mã thủ tục {c})"),
        None => name,
    }
}

/// The receipt's lines after its title.
fn receipt_lines(p: &PortalProcedure, s: Option<&Schedule>) -> (Vec<Line>, Vec<String>, Vec<Line>) {
    let head = vec![
        line("Mã hồ sơ", None),
        line(format!("{} tiếp nhận hồ sơ của", one_stop_unit(p)), None),
        line("Địa chỉ", None),
        line("Số điện thoại", None),
        line("Email", None),
        line("Nội dung yêu cầu giải quyết", Some(request(p))),
    ];
    let items = dossier_items(p);
    let tail = vec![
        line("2. Số lượng hồ sơ", p.dossier.as_ref().and_then(|d| d.sets).map(|n| format!("{n} (bộ)"))),
        line("3. Thời gian giải quyết hồ sơ theo quy định là", statutory(p)),
        line("4. Thời gian nhận hồ sơ", Some(moment(s.map(|s| s.received)))),
        line("5. Thời gian trả kết quả giải quyết hồ sơ", Some(moment(s.map(|s| s.appointment)))),
        line("6. Đăng ký nhận kết quả tại", p.place.clone()),
        line("Vào Sổ theo dõi hồ sơ, Quyển số", Some(format!("{BLANK}, Số thứ tự: {BLANK}"))),
    ];
    (head, items, tail)
}

/// The control sheet's lines before its table.
fn control_lines(p: &PortalProcedure, s: Option<&Schedule>) -> Vec<Line> {
    let mut units: Vec<String> = Vec::new();
    for st in &p.steps {
        if let Some(u) = st.unit.as_ref().filter(|u| !u.one_stop) {
            if !units.contains(&u.name) {
                units.push(u.name.clone());
            }
        }
    }
    vec![
        line("Mã hồ sơ", None),
        line("(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả)", Some(String::new())),
        line("Tên thủ tục hành chính", Some(request(p))),
        line("Người nộp hồ sơ", None),
        line("Thời gian nhận hồ sơ", Some(moment(s.map(|s| s.received)))),
        line("Thời gian trả kết quả giải quyết hồ sơ", Some(moment(s.map(|s| s.appointment)))),
        line("Cơ quan (bộ phận) giải quyết hồ sơ", if units.is_empty() { None } else { Some(units.join("; ")) }),
    ]
}

const CONTROL_HEADERS: [&str; 4] =
    ["TÊN CƠ QUAN, BỘ PHẬN", "THỜI GIAN GIAO, NHẬN HỒ SƠ", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)", "GHI CHÚ"];

/// One row a step: who, the hand-over blanks with the deadline, the result blank, the
/// allotted time.
fn control_rows(p: &PortalProcedure, s: Option<&Schedule>) -> Vec<Vec<String>> {
    p.steps
        .iter()
        .enumerate()
        .map(|(i, st)| {
            let due = s.and_then(|s| s.steps.get(i)).map(|d| format!("\nHạn hoàn thành: {}", crate::schedule::vi_datetime(d.due))).unwrap_or_default();
            vec![
                format!("{}. {}\n{}", st.number, who(st), st.content.clone().unwrap_or_default()),
                format!("Giao: …… giờ …… phút, ngày ……/……/……\nNgười giao: {BLANK}\nNhận: …… giờ …… phút, ngày ……/……/……\nNgười nhận: {BLANK}{due}"),
                String::new(),
                st.duration_text.as_ref().map(|_| step_time(st)).unwrap_or_default(),
            ]
        })
        .collect()
}

fn who(st: &Step) -> String {
    match (&st.unit, &st.actor) {
        (Some(u), Some(a)) if u.name != a.name => format!("{} ({})", u.name, a.name),
        (Some(u), _) => u.name.clone(),
        (None, Some(a)) => a.name.clone(),
        (None, None) => String::new(),
    }
}

fn step_time(st: &Step) -> String {
    match st.duration_hours {
        Some(h) if h >= 8.0 => format!("Thời gian: {} ngày làm việc", days(h / 8.0)),
        Some(h) => format!("Thời gian: {} giờ làm việc", days(h)),
        None => String::new(),
    }
}

const CSS: &str = r#"
body { font-family: "Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif", "Noto Serif", serif; font-size: 13pt; line-height: 1.3; color: #000; margin: 0 auto; }
table { border-collapse: collapse; width: 100%; }
td, th { vertical-align: top; }
.title-block td { text-align: center; font-size: 12pt; }
.title-block td:first-child { width: 45%; }
.nation { font-weight: bold; text-transform: uppercase; font-size: 12pt; }
.motto { font-weight: bold; }
.agency { font-weight: bold; text-transform: uppercase; }
.date { text-align: right; font-style: italic; margin: 4pt 0; }
h1 { text-align: center; font-size: 14pt; margin: 10pt 0 4pt; }
p { margin: 0 0 4pt; }
.note { text-align: center; font-style: italic; font-size: 11pt; }
table.grid td, table.grid th { border: 1px solid #000; padding: 3px 5px; font-size: 11.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.sign td { text-align: center; font-weight: bold; height: 28mm; }
.sign i { font-weight: normal; }
"#;

fn page_css(p: &PortalProcedure, form: OneStopForm) -> String {
    // Circular 01/2018 Art. 9(2): the one-stop forms are printed on A5, the register on A4.
    let paper = form_for(regime(p), form.role()).and_then(|f| f.paper).unwrap_or("A4");
    let margin = if paper == "A5" { "12mm 12mm 12mm 20mm" } else { "20mm 15mm 20mm 30mm" };
    format!("@page {{ size: {paper} portrait; margin: {margin}; }}\n{CSS}")
}

fn header_html(p: &PortalProcedure, org: &Organisation, s: Option<&Schedule>, form: OneStopForm) -> String {
    let agency = org.agency.clone().unwrap_or_default();
    let unit = if form == OneStopForm::Receipt { one_stop_unit(p) } else { String::new() };
    format!(
        "<p class=\"note\">{}</p>\n<table class=\"title-block\"><tr><td><div>{}</div><div class=\"agency\">{}</div><div>Số: {BLANK}</div></td><td><div class=\"nation\">Cộng hòa xã hội chủ nghĩa Việt Nam</div><div class=\"motto\">Độc lập - Tự do - Hạnh phúc</div></td></tr></table>\n<p class=\"date\">{}</p>\n<h1>{}</h1>\n",
        esc(&form_note(form, p)),
        esc(&agency.to_uppercase()),
        esc(&unit),
        esc(&place_date(s)),
        form.title()
    )
}

fn line_html(l: &Line) -> String {
    match &l.value {
        Some(v) if v.is_empty() => format!("<p><i>{}</i></p>\n", esc(&l.label)),
        // Blanks stay plain: only what quytrinh filled in is bold.
        Some(v) if v.starts_with("……") => format!("<p>{}: {}</p>\n", esc(&l.label), esc(v)),
        Some(v) => format!("<p>{}: <b>{}</b></p>\n", esc(&l.label), esc(v)),
        None => format!("<p>{}: {BLANK}{BLANK}</p>\n", esc(&l.label)),
    }
}

fn line_text(l: &Line) -> String {
    match &l.value {
        Some(v) if v.is_empty() => l.label.clone(),
        Some(v) => format!("{}: {v}", l.label),
        None => format!("{}: {BLANK}{BLANK}", l.label),
    }
}

fn document(title: &str, css: &str, body: &str) -> String {
    format!("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}</body>\n</html>\n", esc(title))
}

/// The receipt (Mẫu số 01) as a self-contained HTML page.
pub fn receipt_html(p: &PortalProcedure, org: &Organisation, s: Option<&Schedule>) -> String {
    let form = OneStopForm::Receipt;
    let mut b = header_html(p, org, s, form);
    let (head, items, tail) = receipt_lines(p, s);
    b.push_str("<p style=\"text-align:center\"><i>(Liên: Lưu/Giao khách hàng)</i></p>\n");
    for l in &head {
        b.push_str(&line_html(l));
    }
    b.push_str("<p>1. Thành phần hồ sơ nộp gồm:</p>\n");
    if items.is_empty() {
        b.push_str(&format!("<p>{BLANK}{BLANK}</p>\n"));
    }
    for it in &items {
        b.push_str(&format!("<p>{}</p>\n", esc(it)));
    }
    for l in &tail {
        b.push_str(&line_html(l));
    }
    b.push_str("<table class=\"sign\"><tr><td>NGƯỜI NỘP HỒ SƠ<br><i>(Ký và ghi rõ họ tên)</i></td><td>NGƯỜI TIẾP NHẬN HỒ SƠ<br><i>(Ký và ghi rõ họ tên)</i></td></tr></table>\n");
    document(&format!("{} — {}", form.title(), p.code), &page_css(p, form), &b)
}

/// The control sheet (Mẫu số 05 / 06) as a self-contained HTML page.
pub fn control_sheet_html(p: &PortalProcedure, org: &Organisation, s: Option<&Schedule>) -> String {
    let form = OneStopForm::ControlSheet;
    let mut b = header_html(p, org, s, form);
    for l in &control_lines(p, s) {
        b.push_str(&line_html(l));
    }
    b.push_str("<table class=\"grid\">\n<colgroup><col style=\"width:30%\"><col style=\"width:36%\"><col style=\"width:18%\"><col style=\"width:16%\"></colgroup>\n<thead><tr>");
    for h in CONTROL_HEADERS {
        b.push_str(&format!("<th>{}</th>", esc(h)));
    }
    b.push_str("</tr></thead>\n<tbody>\n");
    for r in control_rows(p, s) {
        b.push_str("<tr>");
        for c in &r {
            b.push_str(&format!("<td>{}</td>", esc(c).replace('\n', "<br>")));
        }
        b.push_str("</tr>\n");
    }
    b.push_str("</tbody></table>\n");
    document(&format!("{} — {}", form.title(), p.code), &page_css(p, form), &b)
}

fn header_docx(d: &mut Docx, p: &PortalProcedure, org: &Organisation, s: Option<&Schedule>, form: OneStopForm) {
    d.para(&form_note(form, p), Look { italic: true, size: 11.0, ..Look::CENTER });
    d.para(&org.agency.clone().unwrap_or_default().to_uppercase(), Look::CENTER);
    if form == OneStopForm::Receipt {
        d.para(&one_stop_unit(p).to_uppercase(), Look::CENTER_BOLD);
    }
    d.para(&format!("Số: {BLANK}"), Look::CENTER);
    d.para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Look { size: 12.0, ..Look::CENTER_BOLD });
    d.para("Độc lập - Tự do - Hạnh phúc", Look::CENTER_BOLD);
    d.para(&place_date(s), Look { italic: true, align: crate::docx::Align::Right, ..Look::PLAIN });
    d.para(form.title(), Look { size: 14.0, space_after_pt: 6.0, ..Look::CENTER_BOLD });
}

/// The receipt (Mẫu số 01) as DOCX.
pub fn receipt_docx(p: &PortalProcedure, org: &Organisation, s: Option<&Schedule>) -> Vec<u8> {
    let form = OneStopForm::Receipt;
    let mut d = Docx::new(form.title(), &format!("{} — {}", form_note(form, p), p.code));
    header_docx(&mut d, p, org, s, form);
    d.para("(Liên: Lưu/Giao khách hàng)", Look { italic: true, ..Look::CENTER });
    let (head, items, tail) = receipt_lines(p, s);
    for l in &head {
        d.para(&line_text(l), Look::PLAIN);
    }
    d.para("1. Thành phần hồ sơ nộp gồm:", Look::PLAIN);
    if items.is_empty() {
        d.para(&format!("{BLANK}{BLANK}"), Look::PLAIN);
    }
    for it in &items {
        d.para(it, Look::PLAIN);
    }
    for l in &tail {
        d.para(&line_text(l), Look::PLAIN);
    }
    d.table(
        &["NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ"],
        &[vec!["(Ký và ghi rõ họ tên)\n\n\n".to_string(), "(Ký và ghi rõ họ tên)\n\n\n".to_string()]],
        &[80.0, 80.0],
    );
    d.finish()
}

/// The control sheet (Mẫu số 05 / 06) as DOCX.
pub fn control_sheet_docx(p: &PortalProcedure, org: &Organisation, s: Option<&Schedule>) -> Vec<u8> {
    let form = OneStopForm::ControlSheet;
    let mut d = Docx::new(form.title(), &format!("{} — {}", form_note(form, p), p.code));
    header_docx(&mut d, p, org, s, form);
    for l in &control_lines(p, s) {
        d.para(&line_text(l), Look::PLAIN);
    }
    d.table(&CONTROL_HEADERS, &control_rows(p, s), &[50.0, 60.0, 30.0, 25.0]);
    d.finish()
}
