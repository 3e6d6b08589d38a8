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
