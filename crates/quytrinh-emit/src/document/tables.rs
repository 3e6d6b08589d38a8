//! The rows of the document's tables, shared by the HTML and DOCX renderings so both say
//! exactly the same.

use crate::portal::contract::{PortalProcedure, SignOff, Step};

use super::common::*;

/// Name, position and date of each signatory of the latest revision: drafted, reviewed, approved.
pub fn sign_off(p: &PortalProcedure) -> [[String; 3]; 3] {
    let so = |s: &Option<SignOff>| -> [String; 3] {
        match s {
            Some(s) => [
                s.name.clone().unwrap_or_default(),
                s.position.clone().unwrap_or_default(),
                s.date.as_deref().map(vn_date).unwrap_or_default(),
            ],
            None => Default::default(),
        }
    };
    match p.revisions.last() {
        Some(l) => [so(&l.drafted), so(&l.reviewed), so(&l.approved)],
        None => Default::default(),
    }
}

pub const REVISION_HEADERS: [&str; 5] = ["STT", "Mục/Trang sửa đổi", "Mô tả nội dung sửa đổi", "Lần ban hành", "Ngày sửa đổi"];

/// What a revision's description says it changed: `"…; sửa đổi: 5.1. Cơ sở pháp lý; 6. Biểu
/// mẫu"` (as `quytrinh migrate` writes it) gives ("…", "5.1. Cơ sở pháp lý; 6. Biểu mẫu").
pub fn revision_parts(description: &str) -> (String, Option<String>) {
    match description.split_once("; sửa đổi: ") {
        Some((what, sections)) if !sections.trim().is_empty() => (what.trim().to_string(), Some(sections.trim().to_string())),
        _ => (description.to_string(), None),
    }
}

pub fn revisions(p: &PortalProcedure) -> Vec<Vec<String>> {
    p.revisions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (what, sections) = revision_parts(r.description.as_deref().unwrap_or_default());
            vec![
                (i + 1).to_string(),
                match (i, sections) {
                    (0, _) => "Toàn bộ".to_string(),
                    (_, Some(s)) => s,
                    _ => "—".to_string(),
                },
                what,
                r.number.map(|n| n.to_string()).unwrap_or_default(),
                r.date.as_deref().map(vn_date).unwrap_or_default(),
            ]
        })
        .collect()
}

pub const TERM_HEADERS: [&str; 2] = ["Viết tắt", "Nội dung"];

pub fn terms(p: &PortalProcedure) -> Vec<Vec<String>> {
    p.terms.iter().map(|t| vec![t.abbreviation.clone(), t.meaning.clone().unwrap_or_default()]).collect()
}

pub const DOSSIER_HEADERS: [&str; 4] = ["TT", "Tên thành phần hồ sơ", "Bản chính", "Bản sao"];

pub fn dossier(p: &PortalProcedure) -> Vec<Vec<String>> {
    p.dossier
        .iter()
        .flat_map(|d| d.items.iter())
        .enumerate()
        .map(|(i, it)| {
            let name = match &it.form_name {
                Some(f) => format!("{} (mẫu: {})", it.name, f),
                None => it.name.clone(),
            };
            vec![(i + 1).to_string(), name, it.originals.to_string(), (it.copies + it.certified_copies).to_string()]
        })
        .collect()
}

pub const STEP_HEADERS: [&str; 5] = ["TT", "Trình tự công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu – Kết quả"];

/// Who does a step: the role (whose name already says its unit, "Chuyên viên Phòng …"), or
/// the unit when no role is named.
pub fn responsibility(s: &Step) -> String {
    match (&s.actor, &s.unit) {
        (Some(a), _) => a.name.clone(),
        (None, Some(u)) => u.name.clone(),
        _ => String::new(),
    }
}

/// The forms of a step as an officer writes them in the "Biểu mẫu – Kết quả" column: the
/// forms it draws up, then "Ghi vào BM05" for the ones it only fills in or signs (the control
/// sheet, the record book).
pub fn forms_cell(s: &Step) -> Vec<String> {
    let mut forms: Vec<String> = s.forms_issued.clone();
    if !s.forms_used.is_empty() {
        forms.push(format!("Ghi vào {}", s.forms_used.join(", ")));
    }
    forms
}

pub fn steps(p: &PortalProcedure) -> Vec<Vec<String>> {
    p.steps
        .iter()
        .map(|s| {
            let resp = responsibility(s);
            let forms = forms_cell(s);
            vec![
                s.number.clone(),
                s.content.clone().unwrap_or_default(),
                resp,
                s.duration_text.as_deref().map(vn_time).unwrap_or_default(),
                forms.join(", "),
            ]
        })
        .collect()
}

/// The line under the step table: internal time against the statutory time.
pub fn step_total(p: &PortalProcedure) -> (String, String) {
    (
        format!(
            "Tổng thời gian giải quyết theo quy trình nội bộ (thời hạn theo quy định: {})",
            p.totals.statutory.as_ref().map(duration).unwrap_or_default()
        ),
        format!("{} ngày", days(p.totals.internal_working_days)),
    )
}

pub const FORM_HEADERS: [&str; 4] = ["TT", "Mã", "Tên biểu mẫu", "Nguồn"];

pub fn forms(p: &PortalProcedure) -> Vec<Vec<String>> {
    p.forms
        .iter()
        .enumerate()
        .map(|(i, f)| vec![(i + 1).to_string(), f.id.clone(), f.name.clone().unwrap_or_default(), f.source.clone().unwrap_or_default()])
        .collect()
}

pub const RECORD_HEADERS: [&str; 5] = ["TT", "Tên hồ sơ", "Bộ phận lưu", "Thời gian lưu", "Hình thức lưu"];

pub fn records(p: &PortalProcedure) -> Vec<Vec<String>> {
    p.records
        .iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                (i + 1).to_string(),
                r.name.clone(),
                r.keeping_unit.as_ref().map(|u| u.name.clone()).unwrap_or_default(),
                if r.forever { "Vĩnh viễn".to_string() } else { r.retention_years.map(|y| format!("{y} năm")).unwrap_or_default() },
                r.media.iter().map(|m| medium(m)).collect::<Vec<_>>().join(", "),
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::revision_parts;

    #[test]
    fn a_revision_names_its_sections_after_sua_doi() {
        let (what, sections) = revision_parts("Cập nhật theo Nghị định 118/2025/NĐ-CP; sửa đổi: 5.1. Cơ sở pháp lý; 6. Biểu mẫu");
        assert_eq!(what, "Cập nhật theo Nghị định 118/2025/NĐ-CP");
        assert_eq!(sections.as_deref(), Some("5.1. Cơ sở pháp lý; 6. Biểu mẫu"));
        assert_eq!(revision_parts("Sửa đổi bước 3").1, None);
    }
}
