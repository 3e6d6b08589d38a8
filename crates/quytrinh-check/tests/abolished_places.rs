//! QC062 under the 2025 regime reads where an applicant is sent, not only the agency's
//! name: the place of reception and the agency's address. (A re-issued procedure keeps its
//! old address until an officer writes the new one: `quytrinh migrate` lists it.)

use quytrinh_check::baseline::AGENCY;
use quytrinh_check::Config;
use quytrinh_diagnostics::{Diagnostic, FileId};
use quytrinh_model::{lower, LowerOptions, ParsedFile};

const BASELINE_2025: &str = include_str!("baseline_2025.qtr");

fn check(agency: &str, procedure: &str) -> Vec<Diagnostic> {
    let mut files = Vec::new();
    for (i, (name, text)) in [("agency.qtr", agency), ("procedure.qtr", procedure)].into_iter().enumerate() {
        let (source, _) = quytrinh_syntax::parse(text, FileId(i as u32));
        files.push(ParsedFile::new(name.to_string(), source));
    }
    let (cat, _) = lower(files, LowerOptions::default());
    quytrinh_check::run(&cat, &Config::default())
}

fn qc062(diags: &[Diagnostic]) -> Vec<&Diagnostic> {
    diags.iter().filter(|d| d.code.0 == "QC062").collect()
}

#[test]
fn a_renamed_agency_is_clean() {
    let agency = AGENCY.replace("tỉnh Hậu Giang", "thành phố Cần Thơ");
    assert!(qc062(&check(&agency, BASELINE_2025)).is_empty());
}

#[test]
fn the_place_of_reception_is_read() {
    let agency = AGENCY.replace("tỉnh Hậu Giang", "thành phố Cần Thơ");
    let old = "Trung tâm Phục vụ hành chính công tỉnh\"";
    assert!(BASELINE_2025.contains(old));
    let procedure = BASELINE_2025.replace(old, "Trung tâm Phục vụ hành chính công tỉnh Hậu Giang\"");
    let diags = check(&agency, &procedure);
    let found = qc062(&diags);
    assert_eq!(found.len(), 1, "{diags:#?}");
    let at = &procedure[found[0].span.start()..found[0].span.end()];
    assert!(at.starts_with("\"Bộ phận Tiếp nhận") && at.contains("tỉnh Hậu Giang"), "at the place: {at}");
    assert!(found[0].message.vi.contains("nay thuộc thành phố Cần Thơ"), "{:?}", found[0].message);
}

#[test]
fn the_agency_address_is_read() {
    // Name and parent renamed, the address not yet.
    let agency = AGENCY.replace("tỉnh Hậu Giang", "thành phố Cần Thơ").replace("Vị Thanh, thành phố Cần Thơ", "Vị Thanh, tỉnh Hậu Giang");
    assert!(agency.contains("address \"Số 09, đường Trần Hưng Đạo, phường V, thành phố Vị Thanh, tỉnh Hậu Giang\""));
    let diags = check(&agency, BASELINE_2025);
    let found = qc062(&diags);
    assert_eq!(found.len(), 1, "{diags:#?}");
    assert!(found[0].message.vi.contains("thành phố Vị Thanh, tỉnh Hậu Giang"), "{:?}", found[0].message);
    assert_eq!(found[0].span.file, FileId(0), "in the agency file, where the address is written");
    let at = &agency[found[0].span.start()..found[0].span.end()];
    assert_eq!(at, "\"Số 09, đường Trần Hưng Đạo, phường V, thành phố Vị Thanh, tỉnh Hậu Giang\"");
    assert!(found[0].help.vi.contains("địa chỉ"), "the help names what to change: {:?}", found[0].help);
}
