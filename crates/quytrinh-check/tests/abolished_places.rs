//! QC062 under the 2025 regime reads where an applicant is sent, not only the agency's
//! name: the place of reception and the agency's address. (A re-issued procedure keeps its
//! old address until an officer writes the new one: `quytrinh migrate` lists it.)

use quytrinh_check::baseline::{agency_2025, AGENCY};
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
    let diags = check(&agency_2025(), BASELINE_2025);
    assert!(qc062(&diags).is_empty() && qc065(&diags).is_empty(), "{diags:#?}");
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

fn qc065(diags: &[Diagnostic]) -> Vec<&Diagnostic> {
    diags.iter().filter(|d| d.code.0 == "QC065").collect()
}

/// QC065: the province renamed, the address still names the former city under the
/// province (a district-level unit), in the agency file, at the address.
#[test]
fn a_district_level_city_in_the_address_is_reported_at_the_address() {
    let agency = AGENCY.replace("tỉnh Hậu Giang", "thành phố Cần Thơ");
    let diags = check(&agency, BASELINE_2025);
    let found = qc065(&diags);
    assert_eq!(found.len(), 1, "{diags:#?}");
    assert_eq!(found[0].span.file, FileId(0), "in the agency file");
    // At the unit itself, within the address.
    let at = &agency[found[0].span.start()..found[0].span.end()];
    assert_eq!(at, "thành phố Vị Thanh");
    assert!(agency[..found[0].span.start()].ends_with("address \"Số 09, đường Trần Hưng Đạo, phường V, "));
    assert!(found[0].message.vi.starts_with("«thành phố Vị Thanh»: không còn đơn vị hành chính cấp huyện"), "{:?}", found[0].message);
    // Written as it is now: nothing.
    assert!(qc065(&check(&agency_2025(), BASELINE_2025)).is_empty());
}

#[test]
fn a_district_in_the_place_of_reception_is_reported_and_not_under_2018() {
    let agency = agency_2025();
    let old = "Trung tâm Phục vụ hành chính công tỉnh\"";
    let procedure =
        BASELINE_2025.replace(old, "Trung tâm Phục vụ hành chính công, Quận 1, Thành phố Hồ Chí Minh; chi nhánh tại TP. Thủ Đức\"");
    let diags = check(&agency, &procedure);
    let found = qc065(&diags);
    assert_eq!(found.len(), 1, "one finding for the place: {diags:#?}");
    assert!(found[0].message.vi.starts_with("«Quận 1», «TP. Thủ Đức»:"), "every unit named: {:?}", found[0].message);
    assert_eq!(found[0].span.file, FileId(1), "at the place of reception");
    assert_eq!(&procedure[found[0].span.start()..found[0].span.end()], "Quận 1");
    let other = found[0].labels.first().map(|l| &procedure[l.span.start()..l.span.end()]);
    assert_eq!(other, Some("TP. Thủ Đức"), "the second unit is labelled");
    // The same text under the 2018 regime, when districts existed: nothing.
    let procedure_2018 = procedure.replace("regime decree_118_2025", "regime circular_01_2018");
    assert!(procedure_2018 != procedure, "the baseline states its regime");
    assert!(qc065(&check(&agency, &procedure_2018)).is_empty());
}
