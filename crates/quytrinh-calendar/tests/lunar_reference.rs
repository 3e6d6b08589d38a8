//! Tết and Giỗ Tổ Hùng Vương 1990–2040 against an independent implementation: the PyPI
//! package `holidays` (Vietnamese lunisolar table, UTC+7), written to
//! `tests/data/lunar-reference.tsv` by `scripts/lunar_reference.py`.

use quytrinh_calendar::lunar::{hung_kings, tet};
use quytrinh_calendar::Date;

const REFERENCE: &str = include_str!("data/lunar-reference.tsv");

#[test]
fn tet_and_hung_kings_1990_to_2040_match_the_reference() {
    let mut years = Vec::new();
    let mut wrong = Vec::new();
    for line in REFERENCE.lines().filter(|l| !l.starts_with('#') && !l.starts_with("year")) {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 3, "bad reference line `{line}`");
        let year: i32 = f[0].parse().expect("year");
        let want_tet = Date::parse(f[1]).expect("tet date");
        let want_hung = Date::parse(f[2]).expect("hung kings date");
        if tet(year) != Some(want_tet) {
            wrong.push(format!("{year}: Tết {:?}, reference {want_tet}", tet(year).map(|d| d.to_string())));
        }
        if hung_kings(year) != Some(want_hung) {
            wrong.push(format!("{year}: 10/3 {:?}, reference {want_hung}", hung_kings(year).map(|d| d.to_string())));
        }
        years.push(year);
    }
    assert_eq!(years, (1990..=2040).collect::<Vec<_>>(), "the reference must cover 1990–2040");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn years_where_vietnam_differs_from_china_are_pinned() {
    let d = |s| Date::parse(s).unwrap();
    // The classic cases (UTC+8 gives 20/02/1985 and 18/02/2007).
    assert_eq!(tet(1985), Some(d("21/01/1985")));
    assert_eq!(tet(2007), Some(d("17/02/2007")));
    // In the test range: Tết 2030 (China 03/02/2030) and Giỗ Tổ 2009, 2037, 2038 (China one day later).
    assert_eq!(tet(2030), Some(d("02/02/2030")));
    assert_eq!(hung_kings(2009), Some(d("04/04/2009")));
    assert_eq!(hung_kings(2037), Some(d("24/04/2037")));
    assert_eq!(hung_kings(2038), Some(d("13/04/2038")));
}
