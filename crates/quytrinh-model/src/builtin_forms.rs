//! The one-stop forms every procedure may refer to without defining them, per regime.
//!
//! Circular 01/2018/TT-VPCP Art. 9(1) names six forms (LAW.md §1.4); Circular 03/2025/TT-VPCP
//! Appendix I has seven, renumbered (LAW-2025.md §2: control sheet becomes Mẫu 06, the
//! register Mẫu 07, Mẫu 04 is renamed and Mẫu 05 is the new stop notice).

use crate::Regime;

/// What a built-in form is for, independent of its number in a regime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FormRole {
    /// Giấy tiếp nhận hồ sơ và hẹn trả kết quả.
    Receipt,
    /// Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.
    SupplementRequest,
    /// Phiếu từ chối tiếp nhận giải quyết hồ sơ.
    Refusal,
    /// Apology and new appointment / extension request.
    Apology,
    /// Thông báo dừng giải quyết hồ sơ (2025 only).
    StopNotice,
    /// Phiếu kiểm soát quá trình giải quyết hồ sơ.
    ControlSheet,
    /// Sổ theo dõi hồ sơ.
    Register,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltinForm {
    pub id: &'static str,
    pub role: FormRole,
    pub name: &'static str,
    pub source: &'static str,
    /// Paper size prescribed for it (A5 or A4), when known.
    pub paper: Option<&'static str>,
}

const C01: &str = "Thông tư số 01/2018/TT-VPCP ngày 23/11/2018";
const C03: &str = "Thông tư số 03/2025/TT-VPCP ngày 15/09/2025";

const CIRCULAR_01_2018: &[BuiltinForm] = &[
    BuiltinForm {
        id: "BM01", role: FormRole::Receipt, name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", source: C01, paper: Some("A5")
    },
    BuiltinForm {
        id: "BM02",
        role: FormRole::SupplementRequest,
        name: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
        source: C01,
        paper: Some("A5"),
    },
    BuiltinForm {
        id: "BM03", role: FormRole::Refusal, name: "Phiếu từ chối tiếp nhận giải quyết hồ sơ", source: C01, paper: Some("A5")
    },
    BuiltinForm {
        id: "BM04", role: FormRole::Apology, name: "Phiếu xin lỗi và hẹn lại ngày trả kết quả", source: C01, paper: Some("A5")
    },
    BuiltinForm {
        id: "BM05",
        role: FormRole::ControlSheet,
        name: "Phiếu kiểm soát quá trình giải quyết hồ sơ",
        source: C01,
        paper: Some("A5"),
    },
    BuiltinForm { id: "BM06", role: FormRole::Register, name: "Sổ theo dõi hồ sơ", source: C01, paper: Some("A4") },
];

const DECREE_118_2025: &[BuiltinForm] = &[
    BuiltinForm {
        id: "BM01", role: FormRole::Receipt, name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", source: C03, paper: None
    },
    BuiltinForm {
        id: "BM02",
        role: FormRole::SupplementRequest,
        name: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
        source: C03,
        paper: None,
    },
    BuiltinForm {
        id: "BM03", role: FormRole::Refusal, name: "Phiếu từ chối tiếp nhận giải quyết hồ sơ", source: C03, paper: None
    },
    BuiltinForm {
        id: "BM04",
        role: FormRole::Apology,
        name: "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
        source: C03,
        paper: None,
    },
    BuiltinForm { id: "BM05", role: FormRole::StopNotice, name: "Thông báo dừng giải quyết hồ sơ", source: C03, paper: None },
    BuiltinForm {
        id: "BM06", role: FormRole::ControlSheet, name: "Phiếu kiểm soát quá trình giải quyết hồ sơ", source: C03, paper: None
    },
    BuiltinForm { id: "BM07", role: FormRole::Register, name: "Sổ theo dõi hồ sơ", source: C03, paper: None },
];

/// The built-in forms of a regime, in number order.
pub fn builtin_forms(regime: Regime) -> &'static [BuiltinForm] {
    match regime {
        Regime::Circular012018 => CIRCULAR_01_2018,
        Regime::Decree1182025 => DECREE_118_2025,
    }
}

/// The built-in form with an id in a regime.
pub fn builtin_form(regime: Regime, id: &str) -> Option<&'static BuiltinForm> {
    builtin_forms(regime).iter().find(|f| f.id == id)
}

/// The id of the form playing `role` in a regime.
pub fn form_for(regime: Regime, role: FormRole) -> Option<&'static BuiltinForm> {
    builtin_forms(regime).iter().find(|f| f.role == role)
}

/// `text` with every built-in form number (`BM05`) written as in regime `from` turned into
/// the number of the form with the same role in regime `to`: a help written once, with the
/// Circular 01/2018 numbers, sends an officer under the 2025 regime to the right form
/// (the control sheet is `BM06` there, and `BM05` is the stop notice). A number with no
/// form of the same role in `to` is left as it is.
pub fn renumber_forms(text: &str, from: Regime, to: Regime) -> String {
    if from == to {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let starts_token = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let is_id = starts_token
            && bytes[i..].starts_with(b"BM")
            && bytes.len() >= i + 4
            && bytes[i + 2].is_ascii_digit()
            && bytes[i + 3].is_ascii_digit()
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_alphanumeric());
        if is_id {
            let id = &text[i..i + 4];
            let mapped = builtin_form(from, id).and_then(|f| form_for(to, f.role)).map(|f| f.id).unwrap_or(id);
            out.push_str(mapped);
            i += 4;
        } else {
            // Advance one whole character (the text is Vietnamese: multi-byte characters).
            let ch = text[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8().max(1);
        }
    }
    out
}

#[cfg(test)]
mod renumber_tests {
    use super::*;

    #[test]
    fn a_2018_help_names_the_2025_forms() {
        let help = "Thêm các mẫu vào bước 1: `issues BM01 BM05 BM06`; không phải BM051.";
        assert_eq!(
            renumber_forms(help, Regime::Circular012018, Regime::Decree1182025),
            "Thêm các mẫu vào bước 1: `issues BM01 BM06 BM07`; không phải BM051."
        );
        assert_eq!(renumber_forms(help, Regime::Circular012018, Regime::Circular012018), help);
    }
}
