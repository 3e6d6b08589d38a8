//! Legal regimes: which decree and circular a procedure is judged under.

use quytrinh_syntax::ast::{Date, RegimeName};

/// The law a procedure is written under. Rules, built-in forms and checks depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Regime {
    /// Decree 61/2018/NĐ-CP + Circular 01/2018/TT-VPCP (the default).
    Circular012018,
    /// Decree 118/2025/NĐ-CP + Circular 03/2025/TT-VPCP, in force since 01/07/2025.
    Decree1182025,
}

impl Regime {
    pub const DEFAULT: Regime = Regime::Circular012018;
    pub const ALL: [Regime; 2] = [Regime::Circular012018, Regime::Decree1182025];

    pub fn id(self) -> &'static str {
        match self {
            Regime::Circular012018 => "circular_01_2018",
            Regime::Decree1182025 => "decree_118_2025",
        }
    }

    pub fn from_id(id: &str) -> Option<Regime> {
        Regime::ALL.into_iter().find(|r| r.id() == id)
    }

    pub fn title_vi(self) -> &'static str {
        match self {
            Regime::Circular012018 => "Nghị định 61/2018/NĐ-CP và Thông tư 01/2018/TT-VPCP",
            Regime::Decree1182025 => "Nghị định 118/2025/NĐ-CP và Thông tư 03/2025/TT-VPCP",
        }
    }

    pub fn title_en(self) -> &'static str {
        match self {
            Regime::Circular012018 => "Decree 61/2018/NĐ-CP and Circular 01/2018/TT-VPCP",
            Regime::Decree1182025 => "Decree 118/2025/NĐ-CP and Circular 03/2025/TT-VPCP",
        }
    }

    /// The regime a procedure is judged under when neither its file nor `quytrinh.toml`
    /// names one: the one in force on its effective date (a draft, with no date, is
    /// judged as of today). Decree 118/2025 Art. 40(1): in force from 01/07/2025, when
    /// Decree 61/2018 ceased.
    pub fn for_date(date: Date) -> Regime {
        if date >= Regime::Decree1182025.in_force_from() {
            Regime::Decree1182025
        } else {
            Regime::Circular012018
        }
    }

    /// The day the regime's decree took effect.
    pub fn in_force_from(self) -> Date {
        match self {
            Regime::Circular012018 => Date { year: 2018, month: 6, day: 21 },
            Regime::Decree1182025 => Date { year: 2025, month: 7, day: 1 },
        }
    }
}

impl From<RegimeName> for Regime {
    fn from(n: RegimeName) -> Self {
        match n {
            RegimeName::Circular012018 => Regime::Circular012018,
            RegimeName::Decree1182025 => Regime::Decree1182025,
        }
    }
}

/// Today's date (UTC), for judging a draft that has no effective date yet.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    civil_from_days((secs / 86_400) as i64)
}

/// The Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_to_dates() {
        assert_eq!(civil_from_days(0), Date { year: 1970, month: 1, day: 1 });
        assert_eq!(civil_from_days(20_270), Date { year: 2025, month: 7, day: 1 });
        assert_eq!(civil_from_days(19_417), Date { year: 2023, month: 3, day: 1 });
    }

    #[test]
    fn the_regime_follows_the_date() {
        assert_eq!(Regime::for_date(Date { year: 2025, month: 6, day: 30 }), Regime::Circular012018);
        assert_eq!(Regime::for_date(Date { year: 2025, month: 7, day: 1 }), Regime::Decree1182025);
    }
}
