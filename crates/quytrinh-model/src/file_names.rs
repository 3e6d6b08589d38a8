//! What makes a procedure code a poor file name on some system: names Windows reserves for
//! devices, and codes that only case or marks tell apart (one file on Windows and macOS).
//! `check` warns (QM009); `build` and `import` give such outputs a safe name.

/// Names Windows reserves for devices, whatever the extension (`CON`, `con.txt`).
const WINDOWS_DEVICES: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4",
    "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Whether Windows reserves this file name: its part before the first `.` (trailing spaces
/// ignored, as Windows does) is a device name, in any case.
pub fn is_windows_device_name(name: &str) -> bool {
    let base = name.split('.').next().unwrap_or(name).trim_end_matches(' ');
    WINDOWS_DEVICES.iter().any(|r| r.eq_ignore_ascii_case(base))
}

/// The key under which two codes give one file name on a file system that ignores case
/// (and after `build` drops Vietnamese marks): `QT-ĐL` and `qt-dl` share it.
pub fn clash_key(code: &str) -> String {
    quytrinh_syntax::suggest::fold(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_names_in_any_case_and_with_any_extension() {
        for n in ["CON", "con", "Prn.txt", "aux.json", "NUL", "COM1", "com9.x", "LPT1", "lpt9"] {
            assert!(is_windows_device_name(n), "{n}");
        }
        for n in ["CONSOLE", "COM10", "COM0", "LPT", "QT-CON", "xcon"] {
            assert!(!is_windows_device_name(n), "{n}");
        }
        assert_eq!(clash_key("QT-ĐL"), clash_key("qt-dl"));
    }
}
