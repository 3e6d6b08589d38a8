//! `quytrinh due`: the appointment for the receipt and each step's deadline, end to end
//! through the binary. Every expected date below was counted by hand from the calendar
//! (office hours 07:30–11:30 and 13:00–17:00; the yearly schedules in
//! crates/quytrinh-calendar/data) and is explained next to it.

mod common;

use common::*;
use serde_json::Value;

/// `due` in JSON for one procedure: its document.
fn due(code: &str, catalogue: &str, received: &str, channel: &str) -> Value {
    let out = run(&["due", code, catalogue, "--received", received, "--channel", channel, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["kind"], "due");
    v["procedures"][0].clone()
}

fn at(v: &Value) -> String {
    v.as_str().unwrap_or_default().trim_end_matches(":00+07:00").replace('T', " ")
}

fn step_due(p: &Value, i: usize) -> String {
    at(&p["steps"][i]["due"])
}

fn notes(p: &Value) -> String {
    p["notes"]
        .as_array()
        .map(|a| a.iter().map(|n| n["vi"].as_str().unwrap_or_default().to_string()).collect::<Vec<_>>().join("\n"))
        .unwrap_or_default()
}

#[test]
fn received_the_friday_before_tet_2027_skips_the_whole_break() {
    // 5 working days = 40 h from Fri 29/01/2027 14:00: 3 h that day, Mon 01–Wed 03/02 (24 h),
    // Tết 04–10/02 off (computed: 2 days before, 3 after, the weekend days made up), Thu
    // 11/02 (8 h), Fri 12/02 the last 5 h: 07:30–11:30 and 13:00–14:00.
    let p = due("QT-CGCN-02", "examples", "2027-01-29 14:00", "counter");
    assert_eq!(at(&p["appointment"]), "2027-02-12 14:00");
    assert!(notes(&p).contains("Năm 2027"), "2027 has no announced schedule: {}", notes(&p));
}

#[test]
fn received_in_the_tet_2027_break_counts_from_the_first_working_day_after_it() {
    let p = due("QT-CGCN-02", "examples", "05/02/2027 16:45", "counter");
    assert_eq!(at(&p["counted_from"]), "2027-02-11 07:30");
    assert_eq!(at(&p["appointment"]), "2027-02-17 17:00");
    assert!(notes(&p).contains("Tết Âm lịch"), "{}", notes(&p));
}

#[test]
fn over_30_4_and_1_5_2026() {
    // Wed 29/04/2026 10:00: 5,5 h that day; Thu 30/04, Fri 01/05 and the weekend off; Mon
    // 04–Thu 07/05 (32 h, 37,5 in all); Fri 08/05 the last 2,5 h: 07:30–10:00.
    let p = due("QT-CGCN-02", "examples", "2026-04-29 10:00", "counter");
    assert_eq!(at(&p["appointment"]), "2026-05-08 10:00");
    // 30/4–1/5 of 2026 is computed from the Labour Code: the note says so.
    assert!(notes(&p).contains("Năm 2026"), "{}", notes(&p));
}

#[test]
fn over_2_9_2026_with_the_announced_swap() {
    // Thông báo 9441/TB-BNV: 29/08–02/09/2026 off. Fri 28/08 14:00: 3 h; Thu 03/09, Fri 04,
    // Mon 07, Tue 08 (32 h, 35 in all); Wed 09/09 the last 5 h: until 14:00.
    let p = due("QT-CGCN-02", "examples", "2026-08-28 14:00", "counter");
    assert_eq!(at(&p["appointment"]), "2026-09-09 14:00");
    assert!(!notes(&p).contains("Năm 2026"), "2/9 of 2026 is announced: {}", notes(&p));
}

#[test]
fn received_on_the_holiday_itself_counts_from_the_next_working_time() {
    let p = due("QT-CGCN-02", "examples", "2026-09-02 10:00", "counter");
    assert_eq!(at(&p["counted_from"]), "2026-09-03 07:30");
    assert!(notes(&p).contains("Quốc khánh"), "{}", notes(&p));
}

#[test]
fn received_at_16_45_the_first_step_rolls_into_the_next_morning() {
    // Step 1 (2 h) from Tue 01/12/2026 16:45: 15 min that day, 1 h 45 from 07:30 → 09:15.
    let p = due("QT-CGCN-02", "examples", "2026-12-01 16:45", "counter");
    assert_eq!(step_due(&p, 0), "2026-12-02 09:15");
    // The appointment counts from the reception: 40 h from 16:45 → Tue 08/12 16:45.
    assert_eq!(at(&p["appointment"]), "2026-12-08 16:45");
    assert!(notes(&p).contains("sau 15 giờ"), "{}", notes(&p));
}

#[test]
fn a_counter_dossier_after_15_00_is_transferred_the_next_morning() {
    // Decree 118/2025 Art. 18(2). Step 1 (1 h) 15:30–16:30, step 2 waits for Wed 07:30.
    let p = due("QT-XA-01", "tests/data/due", "2026-12-01 15:30", "counter");
    assert_eq!(at(&p["steps"][1]["start"]), "2026-12-02 07:30");
    assert_eq!(step_due(&p, 1), "2026-12-02 08:30");
    assert!(notes(&p).contains("Điều 18 khoản 2"), "{}", notes(&p));
    // Not for online dossiers: the clause names dossiers received directly.
    let online = due("QT-XA-01", "tests/data/due", "2026-12-01 15:30", "online");
    assert_eq!(at(&online["steps"][1]["start"]), "2026-12-01 16:30");
}

#[test]
fn online_at_22_00_counts_from_the_next_opening() {
    // Fri 04/12/2026 22:00 → Mon 07/12 07:30; 3 working days → Wed 09/12 17:00.
    let p = due("QT-XA-01", "tests/data/due", "2026-12-04 22:00", "online");
    assert_eq!(at(&p["counted_from"]), "2026-12-07 07:30");
    assert_eq!(at(&p["appointment"]), "2026-12-09 17:00");
    assert!(notes(&p).contains("Điều 17 khoản 2 điểm c"), "{}", notes(&p));
}

#[test]
fn a_zero_hour_step_ends_when_it_starts() {
    let p = due("QT-XA-01", "tests/data/due", "2026-12-01 15:30", "counter");
    let last = &p["steps"][4];
    assert_eq!(last["hours"], 0.0);
    assert_eq!(at(&last["start"]), at(&last["due"]));
    assert_eq!(at(&last["due"]), "2026-12-03 14:00");
}

#[test]
fn the_agency_s_own_day_off_and_saturday_reception_count() {
    // Wed 09/12/2026 08:00: 7,5 h; Thu 10/12 the agency's day off; Fri 11/12 (15,5 h);
    // Sat 12/12 a reception day (23,5 h); Mon 14/12 the last 0,5 h → 08:00.
    let p = due("QT-XA-01", "tests/data/due", "2026-12-09 08:00", "counter");
    assert_eq!(at(&p["appointment"]), "2026-12-14 08:00");
    // Step 3 (1 day) from 10:00 Wed: 5,5 h, then 2,5 h on Fri 11/12 → 10:00.
    assert_eq!(step_due(&p, 2), "2026-12-11 10:00");
}

#[test]
fn a_statutory_time_in_calendar_days_follows_the_civil_code() {
    // 15 days from Wed 04/02/2026 reach Thu 19/02, inside Tết: the limit ends on the next
    // working day, Mon 23/02, at closing (Civil Code 2015 Art. 147(2), 148(5)).
    let p = due("QT-SHTT-02", "examples", "2026-02-04 10:00", "counter");
    assert_eq!(p["statutory"]["unit"], "calendar_days");
    assert_eq!(at(&p["appointment"]), "2026-02-23 17:00");
    // An ordinary fortnight: 15 days from Tue 01/12/2026 are Wed 16/12.
    let p = due("QT-SHTT-02", "examples", "2026-12-01 09:00", "counter");
    assert_eq!(at(&p["appointment"]), "2026-12-16 17:00");
}

#[test]
fn a_year_beyond_the_data_is_computed_with_a_note() {
    let p = due("QT-CGCN-02", "examples", "2031-03-04 09:00", "counter");
    assert_eq!(at(&p["appointment"]), "2031-03-11 09:00");
    assert!(notes(&p).contains("Năm 2031"), "{}", notes(&p));
}

#[test]
fn a_malformed_reception_time_is_refused_naming_the_format() {
    for bad in ["2026-13-01 10:00", "01/12/2026", "hôm nay", "2026-12-01 25:00", "2026-02-29 10:00", "9999-12-31 16:00", "0001-01-01 09:00"]
    {
        let out = run(&["due", "QT-CGCN-02", "examples", "--received", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("yyyy-mm-dd HH:MM") && err.contains("dd/mm/yyyy HH:MM"), "{bad}: {err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn an_unknown_code_is_a_usage_error() {
    let out = run(&["due", "QT-KHONG-CO", "examples", "--received", "2026-12-01 09:00"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("QT-KHONG-CO"));
}

#[test]
fn the_human_output_is_vietnamese_by_default_with_dd_mm_yyyy() {
    let out = quytrinh()
        .env("LANG", "en_US.UTF-8")
        .args(["due", "QT-CGCN-02", "examples", "--received", "2026-12-01 14:30"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("Hẹn trả kết quả (ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả): 14:30 ngày 08/12/2026"), "{text}");
    assert!(text.contains("(1,5 ngày)"), "decimal comma: {text}");
    let en = stdout(&run(&["due", "QT-CGCN-02", "examples", "--received", "2026-12-01 14:30", "--lang", "en"]));
    assert!(en.contains("Appointment (for the receipt, Mẫu 01): 08/12/2026 14:30"), "{en}");
}

#[test]
fn all_gives_every_procedure_of_the_catalogue() {
    let out = run(&["due", "--all", "examples", "--received", "2026-12-01 09:00", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["procedures"].as_array().map(Vec::len), Some(15));
}
