//! Comparing two catalogues procedure by procedure (matched by procedure code).

use std::collections::BTreeMap;

use super::{CatalogueDiff, Change, ProcedureChanges, ProcedureLine, FORMAT_VERSION};
use crate::portal::contract::{Citation, DayUnit, Duration, PortalProcedure, Step};

/// Compare the procedures of an old and a new catalogue.
pub fn compare(old: &[PortalProcedure], new: &[PortalProcedure]) -> CatalogueDiff {
    let old_by: BTreeMap<&str, &PortalProcedure> = old.iter().map(|p| (p.code.as_str(), p)).collect();
    let new_by: BTreeMap<&str, &PortalProcedure> = new.iter().map(|p| (p.code.as_str(), p)).collect();
    let mut diff = CatalogueDiff {
        format_version: FORMAT_VERSION,
        kind: "diff",
        new: Vec::new(),
        amended: Vec::new(),
        abolished: Vec::new(),
        unchanged: 0,
    };
    for (code, n) in &new_by {
        match old_by.get(code) {
            None => diff.new.push(line(n)),
            Some(o) => {
                let changes = procedure(o, n);
                if changes.is_empty() {
                    diff.unchanged += 1;
                } else {
                    diff.amended.push(ProcedureChanges { procedure: line(n), changes });
                }
            }
        }
    }
    diff.abolished = old_by.iter().filter(|(c, _)| !new_by.contains_key(*c)).map(|(_, o)| line(o)).collect();
    diff
}

fn line(p: &PortalProcedure) -> ProcedureLine {
    ProcedureLine { code: p.code.clone(), tthc_code: p.tthc_code.clone(), name: p.name.clone(), field: p.field.clone() }
}

/// Sections of the printed procedure document, as its headings name them.
const HEADER: (&str, &str) = ("Thông tin chung", "General information");
const BASIS: (&str, &str) = ("5.1. Cơ sở pháp lý", "5.1. Legal basis");
const DOSSIER: (&str, &str) = ("5.2. Thành phần hồ sơ", "5.2. Dossier");
const TIME: (&str, &str) = ("5.4. Thời gian xử lý", "5.4. Processing time");
const FEES: (&str, &str) = ("5.6. Phí, lệ phí", "5.6. Fees and charges");
const STEPS: (&str, &str) = ("5.8. Quy trình xử lý công việc", "5.8. Steps");
const PLACE: (&str, &str) = ("5.5. Nơi tiếp nhận và trả kết quả", "5.5. Place of reception and return");
const FORMS: (&str, &str) = ("6. Biểu mẫu", "6. Forms");
const RECORDS: (&str, &str) = ("7. Hồ sơ cần lưu", "7. Records");

/// A regime as an officer names it.
fn regime_name(id: &str) -> (&str, &str) {
    match id {
        "circular_01_2018" => ("Nghị định 61/2018/NĐ-CP, Thông tư 01/2018/TT-VPCP", "Decree 61/2018/NĐ-CP, Circular 01/2018/TT-VPCP"),
        "decree_118_2025" => ("Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP", "Decree 118/2025/NĐ-CP, Circular 03/2025/TT-VPCP"),
        other => (other, other),
    }
}

/// The approval as an officer names it: the decision's number, or the state.
fn approval_name(p: &PortalProcedure) -> (String, String) {
    match (&p.approval.decision, p.approval.status.as_str()) {
        (Some(d), _) => (d.number.clone(), d.number.clone()),
        (None, "draft") => ("dự thảo (chưa phê duyệt)".to_string(), "draft (not yet approved)".to_string()),
        (None, other) => ("chưa có".to_string(), other.to_string()),
    }
}

fn vn_date(iso: &Option<String>) -> String {
    match iso.as_deref().map(|d| d.split('-').collect::<Vec<_>>()) {
        Some(p) if p.len() == 3 => format!("{}/{}/{}", p[2], p[1], p[0]),
        _ => "—".to_string(),
    }
}

struct Out(Vec<Change>);

impl Out {
    fn push(&mut self, kind: &'static str, section: (&'static str, &'static str), vi: String, en: String) {
        self.0.push(Change { kind, section_vi: section.0, section_en: section.1, vi, en });
    }
}

/// The changes of one procedure, in document order.
fn procedure(o: &PortalProcedure, n: &PortalProcedure) -> Vec<Change> {
    let mut out = Out(Vec::new());
    if o.name != n.name {
        out.push(
            "name",
            HEADER,
            format!("Tên thủ tục: «{}» → «{}»", opt(&o.name), opt(&n.name)),
            format!("Name: «{}» → «{}»", opt(&o.name), opt(&n.name)),
        );
    }
    if o.tthc_code != n.tthc_code {
        out.push(
            "tthc_code",
            HEADER,
            format!("Mã thủ tục: {} → {}", opt(&o.tthc_code), opt(&n.tthc_code)),
            format!("TTHC code: {} → {}", opt(&o.tthc_code), opt(&n.tthc_code)),
        );
    }
    if o.regime != n.regime {
        let (ov, oe) = regime_name(&o.regime);
        let (nv, ne) = regime_name(&n.regime);
        out.push("regime", HEADER, format!("Chế độ pháp lý: {ov} → {nv}"), format!("Legal regime: {oe} → {ne}"));
    }
    let (oa, na) = (approval_name(o), approval_name(n));
    if oa != na {
        out.push(
            "approval",
            HEADER,
            format!("Quyết định phê duyệt: {} → {}", oa.0, na.0),
            format!("Approving decision: {} → {}", oa.1, na.1),
        );
    }
    if o.effective_date != n.effective_date {
        let (od, nd) = (vn_date(&o.effective_date), vn_date(&n.effective_date));
        out.push("effective_date", HEADER, format!("Ngày hiệu lực: {od} → {nd}"), format!("Effective date: {od} → {nd}"));
    }
    basis(&mut out, &o.legal_basis, &n.legal_basis);
    let items = |p: &PortalProcedure| -> Vec<String> {
        p.dossier.as_ref().map(|d| d.items.iter().map(|i| i.name.clone()).collect()).unwrap_or_default()
    };
    let (oi, ni) = (items(o), items(n));
    for i in ni.iter().filter(|i| !oi.contains(i)) {
        out.push("dossier_item_added", DOSSIER, format!("Thêm thành phần hồ sơ «{i}»"), format!("Dossier item added: «{i}»"));
    }
    for i in oi.iter().filter(|i| !ni.contains(i)) {
        out.push("dossier_item_removed", DOSSIER, format!("Bỏ thành phần hồ sơ «{i}»"), format!("Dossier item removed: «{i}»"));
    }
    let times = |p: &PortalProcedure| -> Vec<(Option<String>, String, String)> {
        p.statutory_times
            .iter()
            .map(|t| (t.channel.map(|c| format!("{c:?}").to_lowercase()), duration_vi(&t.time), duration_en(&t.time)))
            .collect()
    };
    if o.statutory_times != n.statutory_times {
        let join = |v: Vec<(Option<String>, String, String)>, vi: bool| -> String {
            let parts: Vec<String> = v
                .into_iter()
                .map(|(c, tv, te)| {
                    let t = if vi { tv } else { te };
                    match c {
                        Some(c) => format!("{t} ({c})"),
                        None => t,
                    }
                })
                .collect();
            if parts.is_empty() {
                "—".to_string()
            } else {
                parts.join(", ")
            }
        };
        out.push(
            "statutory_time",
            TIME,
            format!("Thời hạn giải quyết: {} → {}", join(times(o), true), join(times(n), true)),
            format!("Statutory time: {} → {}", join(times(o), false), join(times(n), false)),
        );
    }
    if o.totals.internal_hours != n.totals.internal_hours {
        out.push(
            "internal_time",
            TIME,
            format!("Thời gian giải quyết nội bộ: {} → {}", hours_vi(o.totals.internal_hours), hours_vi(n.totals.internal_hours)),
            format!("Internal time: {} → {}", hours_en(o.totals.internal_hours), hours_en(n.totals.internal_hours)),
        );
    }
    if o.place != n.place {
        out.push(
            "place",
            PLACE,
            format!("Nơi tiếp nhận: «{}» → «{}»", opt(&o.place), opt(&n.place)),
            format!("Place of reception: «{}» → «{}»", opt(&o.place), opt(&n.place)),
        );
    }
    if o.fees != n.fees {
        out.push("fees", FEES, "Sửa đổi phí, lệ phí".to_string(), "Fees or charges changed".to_string());
    }
    steps(&mut out, &o.steps, &n.steps);
    branches(&mut out, o, n);
    forms(&mut out, &o.forms, &n.forms);
    let records =
        |p: &PortalProcedure| -> Vec<(String, Option<String>)> { p.records.iter().map(|r| (r.name.clone(), r.form.clone())).collect() };
    let (or, nr) = (records(o), records(n));
    for (name, form) in &nr {
        match or.iter().find(|(n2, _)| n2 == name) {
            None => out.push("record_added", RECORDS, format!("Thêm hồ sơ lưu «{name}»"), format!("Record added: «{name}»")),
            Some((_, f)) if f != form => out.push(
                "record_form",
                RECORDS,
                format!("«{name}»: biểu mẫu {} → {}", opt(f), opt(form)),
                format!("«{name}»: form {} → {}", opt(f), opt(form)),
            ),
            _ => {}
        }
    }
    for (name, _) in or.iter().filter(|(n2, _)| !nr.iter().any(|(m, _)| m == n2)) {
        out.push("record_removed", RECORDS, format!("Bỏ hồ sơ lưu «{name}»"), format!("Record removed: «{name}»"));
    }
    out.0
}

/// The special cases (incomplete, refused, late, stopped): added, removed, changed.
fn branches(out: &mut Out, o: &PortalProcedure, n: &PortalProcedure) {
    use crate::document::flowchart::{branch_line, case_label};
    for b in &n.branches {
        let label = case_label(b.case);
        match o.branches.iter().find(|x| x.case == b.case) {
            None => out.push(
                "branch_added",
                STEPS,
                format!("Thêm trường hợp {}: {}", label.to_lowercase(), branch_line(b)),
                format!("Case added: {}", branch_line(b)),
            ),
            Some(x) if x != b => out.push(
                "branch_changed",
                STEPS,
                format!("{label}: {} → {}", branch_line(x), branch_line(b)),
                format!("{label}: {} → {}", branch_line(x), branch_line(b)),
            ),
            _ => {}
        }
    }
    for x in o.branches.iter().filter(|x| !n.branches.iter().any(|b| b.case == x.case)) {
        let label = case_label(x.case);
        out.push("branch_removed", STEPS, format!("Bỏ trường hợp {}", label.to_lowercase()), format!("Case removed: {label}"));
    }
}

/// Forms by what they are: one renumbered (the control sheet, BM05 → BM06 under Circular
/// 03/2025) is said so, not as one form removed and another added.
fn forms(out: &mut Out, old: &[crate::portal::contract::Form], new: &[crate::portal::contract::Form]) {
    let name = |f: &crate::portal::contract::Form| f.name.clone().unwrap_or_else(|| f.id.clone());
    for f in new {
        match old.iter().find(|x| name(x) == name(f)) {
            Some(x) if x.id != f.id => out.push(
                "form_renumbered",
                FORMS,
                format!("«{}»: {} → {}", name(f), x.id, f.id),
                format!("«{}»: {} → {}", name(f), x.id, f.id),
            ),
            Some(_) => {}
            None => out.push(
                "form_added",
                FORMS,
                format!("Thêm biểu mẫu {} «{}»", f.id, name(f)),
                format!("Form added: {} «{}»", f.id, name(f)),
            ),
        }
    }
    for x in old.iter().filter(|x| !new.iter().any(|f| name(f) == name(x))) {
        out.push("form_removed", FORMS, format!("Bỏ biểu mẫu {} «{}»", x.id, name(x)), format!("Form removed: {} «{}»", x.id, name(x)));
    }
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("—")
}

/// A cited instrument by its number, else its title.
fn cite(c: &Citation) -> String {
    c.number.clone().or_else(|| c.title.clone()).unwrap_or_default()
}

fn basis(out: &mut Out, old: &[Citation], new: &[Citation]) {
    let (o, n): (Vec<String>, Vec<String>) = (old.iter().map(cite).collect(), new.iter().map(cite).collect());
    let added: Vec<&String> = n.iter().filter(|c| !o.contains(c)).collect();
    let removed: Vec<&String> = o.iter().filter(|c| !n.contains(c)).collect();
    if !added.is_empty() {
        let list = added.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
        out.push("basis_added", BASIS, format!("Bổ sung căn cứ: {list}"), format!("Basis added: {list}"));
    }
    if !removed.is_empty() {
        let list = removed.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
        out.push("basis_removed", BASIS, format!("Bỏ căn cứ: {list}"), format!("Basis removed: {list}"));
    }
}

/// Pairs of (old, new) step indices: the longest run of steps with the same content in the
/// same order; between two such steps, the steps left over are paired slot by slot (a
/// reworded step), and what is still left was added or removed. So inserting a step reads
/// "step 8 added", not "steps 8 and 9 changed".
fn align(old: &[Step], new: &[Step]) -> Vec<(Option<usize>, Option<usize>)> {
    let (n, m) = (old.len(), new.len());
    // lcs[i][j]: the longest common run of old[i..] and new[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old[i].content == new[j].content { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    let (mut gap_old, mut gap_new): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let flush = |pairs: &mut Vec<(Option<usize>, Option<usize>)>, a: &mut Vec<usize>, b: &mut Vec<usize>| {
        for k in 0..a.len().max(b.len()) {
            pairs.push((a.get(k).copied(), b.get(k).copied()));
        }
        a.clear();
        b.clear();
    };
    while i < n || j < m {
        if i < n && j < m && old[i].content == new[j].content {
            flush(&mut pairs, &mut gap_old, &mut gap_new);
            pairs.push((Some(i), Some(j)));
            i += 1;
            j += 1;
        } else if j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
            gap_old.push(i);
            i += 1;
        } else {
            gap_new.push(j);
            j += 1;
        }
    }
    flush(&mut pairs, &mut gap_old, &mut gap_new);
    pairs
}

/// Steps: added, removed, reworded, re-assigned, re-timed, their forms.
fn steps(out: &mut Out, old: &[Step], new: &[Step]) {
    for pair in align(old, new) {
        let (o, s) = match pair {
            (None, Some(j)) => {
                let s = &new[j];
                out.push(
                    "step_added",
                    STEPS,
                    format!("Thêm bước {} «{}»", s.number, opt(&s.content)),
                    format!("Step {} added: «{}»", s.number, opt(&s.content)),
                );
                continue;
            }
            (Some(i), None) => {
                let o = &old[i];
                out.push(
                    "step_removed",
                    STEPS,
                    format!("Bỏ bước {} «{}»", o.number, opt(&o.content)),
                    format!("Step {} removed: «{}»", o.number, opt(&o.content)),
                );
                continue;
            }
            (Some(i), Some(j)) => (&old[i], &new[j]),
            (None, None) => continue,
        };
        if o.content != s.content {
            out.push(
                "step_reworded",
                STEPS,
                format!("Bước {}: nội dung «{}» → «{}»", s.number, opt(&o.content), opt(&s.content)),
                format!("Step {}: content «{}» → «{}»", s.number, opt(&o.content), opt(&s.content)),
            );
        }
        let who = |st: &Step| st.actor.as_ref().map(|a| a.name.clone()).unwrap_or_else(|| "—".to_string());
        if o.actor.as_ref().map(|a| &a.id) != s.actor.as_ref().map(|a| &a.id) {
            out.push(
                "step_reassigned",
                STEPS,
                format!("Bước {}: người thực hiện {} → {}", s.number, who(o), who(s)),
                format!("Step {}: done by {} → {}", s.number, who(o), who(s)),
            );
        }
        if o.duration_hours != s.duration_hours {
            let (a, b) = (o.duration_hours.unwrap_or(0.0), s.duration_hours.unwrap_or(0.0));
            out.push(
                "step_retimed",
                STEPS,
                format!("Bước {}: thời gian {} → {}", s.number, hours_vi(a), hours_vi(b)),
                format!("Step {}: time {} → {}", s.number, hours_en(a), hours_en(b)),
            );
        }
        if o.forms_issued != s.forms_issued || o.forms_used != s.forms_used {
            let forms = |st: &Step| {
                let all: Vec<&str> = st.forms_issued.iter().chain(st.forms_used.iter()).map(String::as_str).collect();
                if all.is_empty() {
                    "—".to_string()
                } else {
                    all.join(", ")
                }
            };
            out.push(
                "step_forms",
                STEPS,
                format!("Bước {}: biểu mẫu {} → {}", s.number, forms(o), forms(s)),
                format!("Step {}: forms {} → {}", s.number, forms(o), forms(s)),
            );
        }
    }
}

/// A number with a decimal comma and no trailing zeros: 1,5; 2.
pub(super) fn vi_number(x: f64) -> String {
    let s = format!("{:.2}", x);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.replace('.', ",")
}

fn en_number(x: f64) -> String {
    let s = format!("{:.2}", x);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Working hours as an officer writes them: under a day in hours, else in working days.
fn hours_vi(h: f64) -> String {
    if h < 8.0 {
        format!("{} giờ", vi_number(h))
    } else {
        format!("{} ngày làm việc", vi_number(h / 8.0))
    }
}

fn hours_en(h: f64) -> String {
    if h < 8.0 {
        format!("{} h", en_number(h))
    } else {
        let days = h / 8.0;
        format!("{} working day{}", en_number(days), if days == 1.0 { "" } else { "s" })
    }
}

fn duration_vi(d: &Duration) -> String {
    match d.unit {
        Some(DayUnit::CalendarDays) => format!("{} ngày", vi_number(d.value)),
        _ => format!("{} ngày làm việc", vi_number(d.value)),
    }
}

fn duration_en(d: &Duration) -> String {
    match d.unit {
        Some(DayUnit::CalendarDays) => format!("{} day{}", en_number(d.value), if d.value == 1.0 { "" } else { "s" }),
        _ => format!("{} working day{}", en_number(d.value), if d.value == 1.0 { "" } else { "s" }),
    }
}
