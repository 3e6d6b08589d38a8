//! The ISO procedure document as DOCX: the same content as the HTML, with real Word
//! headings and tables, for last edits and signature.

use crate::docx::{BlockPara, Docx, Look};
use crate::portal::contract::PortalProcedure;

use super::common::*;
use super::title_block as tb;
use super::{chart_docx, flowchart, tables};

pub fn procedure_docx(p: &PortalProcedure, org: &Organisation) -> Vec<u8> {
    let latest = p.revisions.last();
    // A draft has no effective date yet: the footer says it is a draft.
    let state = match p.effective_date.as_deref() {
        Some(d) => format!("Hiệu lực {}", vn_date(d)),
        None if p.approval.status == "draft" => "Dự thảo".to_string(),
        None => "Chưa có ngày hiệu lực".to_string(),
    };
    let footer = format!("{} — Lần ban hành {} — {state}", p.code, latest.and_then(|r| r.number).unwrap_or(1));
    let mut d = Docx::new(p.name.as_deref().unwrap_or(&p.code), &footer);
    d.header_text(&p.code);
    title_block(&mut d, org);
    d.para("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", Look { size: 14.0, space_after_pt: 4.0, ..Look::CENTER_BOLD });
    d.para(p.name.as_deref().unwrap_or(""), Look { size: 13.5, space_after_pt: 12.0, ..Look::CENTER_BOLD });
    d.table(
        &["Mã hiệu", "Lần ban hành", "Ngày hiệu lực", "Mã TTHC"],
        &[vec![
            p.code.clone(),
            latest.and_then(|r| r.number).map(|n| n.to_string()).unwrap_or_default(),
            p.effective_date.as_deref().map(vn_date).unwrap_or_default(),
            p.tthc_code.clone().unwrap_or_default(),
        ]],
        &[40.0, 35.0, 45.0, 45.0],
    );
    let [dr, rv, ap] = tables::sign_off(p);
    let mut sign = vec![vec!["Chữ ký".to_string(), "\n\n".to_string(), "\n\n".to_string(), "\n\n".to_string()]];
    for (i, label) in ["Họ và tên", "Chức vụ", "Ngày"].iter().enumerate() {
        sign.push(vec![label.to_string(), dr[i].clone(), rv[i].clone(), ap[i].clone()]);
    }
    d.table(&["", "Biên soạn", "Xem xét", "Phê duyệt"], &sign, &[30.0, 45.0, 45.0, 45.0]);
    d.heading(1, "THEO DÕI SỬA ĐỔI TÀI LIỆU");
    d.table(&tables::REVISION_HEADERS, &tables::revisions(p), &[12.0, 50.0, 50.0, 23.0, 30.0]);
    let body = |d: &mut Docx, t: &str| {
        for p in paragraphs(t) {
            d.para(&p, Look::BODY);
        }
    };
    d.heading(1, "1. Mục đích");
    body(&mut d, p.purpose.as_deref().unwrap_or(""));
    d.heading(1, "2. Phạm vi áp dụng");
    body(&mut d, p.scope.as_deref().unwrap_or(""));
    d.heading(1, "3. Tài liệu viện dẫn");
    for c in p.references.iter().chain(&p.legal_basis) {
        d.para(&format!("- {}", citation(c)), Look::BODY);
    }
    d.heading(1, "4. Định nghĩa, viết tắt");
    d.table(&tables::TERM_HEADERS, &tables::terms(p), &[40.0, 125.0]);
    d.heading(1, "5. Nội dung quy trình");
    d.heading(2, "5.1. Cơ sở pháp lý");
    for c in &p.legal_basis {
        d.para(&format!("- {}", citation(c)), Look::BODY);
    }
    d.heading(2, "5.2. Thành phần hồ sơ");
    d.table(&tables::DOSSIER_HEADERS, &tables::dossier(p), &[12.0, 103.0, 25.0, 25.0]);
    d.heading(2, "5.3. Số lượng hồ sơ");
    d.para(
        &format!("{} bộ.", p.dossier.as_ref().and_then(|x| x.sets).map(|n| format!("{n:02}")).unwrap_or_else(|| "—".to_string())),
        Look::BODY,
    );
    d.heading(2, "5.4. Thời gian xử lý");
    for t in &p.statutory_times {
        let ch = t.channel.map(|c| format!(" ({})", channel(c).to_lowercase())).unwrap_or_default();
        d.para(&format!("Thời hạn giải quyết theo quy định{ch}: {}.", duration(&t.time)), Look::BODY);
    }
    d.para(&format!("Thời gian giải quyết theo quy trình nội bộ: {} ngày làm việc.", days(p.totals.internal_working_days)), Look::BODY);
    d.heading(2, "5.5. Nơi tiếp nhận và trả kết quả");
    body(&mut d, p.place.as_deref().unwrap_or(""));
    let ch: Vec<&str> = p.channels.iter().map(|c| channel(c.channel)).collect();
    if !ch.is_empty() {
        d.para(&format!("Cách thức thực hiện: {}.", ch.join("; ")), Look::BODY);
    }
    d.heading(2, "5.6. Phí, lệ phí");
    for f in &p.fees {
        d.para(&format!("{}.", fee(f)), Look::BODY);
    }
    d.heading(2, "5.7. Yêu cầu, điều kiện");
    if p.conditions_none || p.conditions.is_empty() {
        d.para("Không.", Look::BODY);
    } else {
        for c in &p.conditions {
            body(&mut d, c);
        }
    }
    d.heading(2, "5.8. Quy trình xử lý công việc");
    let mut steps = tables::steps(p);
    let (total, internal) = tables::step_total(p);
    steps.push(vec![String::new(), total, String::new(), internal, String::new()]);
    d.table(&tables::STEP_HEADERS, &steps, &[10.0, 66.0, 40.0, 20.0, 29.0]);
    if !p.branches.is_empty() {
        d.para("Xử lý các trường hợp:", Look { italic: true, ..Look::PLAIN });
        for br in &p.branches {
            let within =
                br.within_text.as_deref().map(|w| format!(", trong {}", vn_time(w))).unwrap_or_default() + &flowchart::closure_text(br);
            let who = br.actor.as_ref().map(|a| format!(" — {}", a.name)).unwrap_or_default();
            d.para(&format!("- {}: lập {}{within}{who}.", flowchart::case_label(br.case), br.forms.join(", ")), Look::BODY);
        }
    }
    d.heading(2, &format!("5.9. Lưu đồ quy trình {}", p.code));
    chart_docx::chart(&mut d, p);
    d.para("", Look::PLAIN);
    d.heading(1, "6. Biểu mẫu");
    d.table(&tables::FORM_HEADERS, &tables::forms(p), &[10.0, 17.0, 80.0, 58.0]);
    d.heading(1, "7. Hồ sơ cần lưu");
    d.table(&tables::RECORD_HEADERS, &tables::records(p), &[10.0, 65.0, 45.0, 22.0, 23.0]);
    d.finish()
}

/// The national title block of page 1 (see [`super::title_block`]).
fn title_block(d: &mut Docx, org: &Organisation) {
    let mut left = Vec::new();
    if let Some(parent) = &org.parent {
        let lines = tb::name_lines(parent, tb::NAME_PT, false, tb::LEFT_MM);
        left.push(BlockPara { text: lines.join("\n"), look: Look { size: tb::NAME_PT, ..Look::CENTER }, rule_mm: None });
    }
    let agency = tb::name_lines(org.agency.as_deref().unwrap_or(""), tb::NAME_PT, true, tb::LEFT_MM);
    let rule = tb::agency_rule_mm(&agency);
    left.push(BlockPara { text: agency.join("\n"), look: Look { size: tb::NAME_PT, ..Look::CENTER_BOLD }, rule_mm: Some(rule) });
    let right = [
        BlockPara { text: tb::NATION.to_string(), look: Look { size: tb::NATION_PT, ..Look::CENTER_BOLD }, rule_mm: None },
        BlockPara {
            text: tb::MOTTO.to_string(),
            look: Look { size: tb::MOTTO_PT, ..Look::CENTER_BOLD },
            rule_mm: Some(tb::motto_rule_mm()),
        },
    ];
    d.two_column_block([(&left, tb::LEFT_MM), (&right, tb::RIGHT_MM)]);
    d.para("", Look { space_after_pt: 6.0, ..Look::PLAIN });
}
