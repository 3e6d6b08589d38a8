use crate::Severity;

/// A stable diagnostic code such as `QS001` (syntax), `QM003` (model) or `QC012` (checker).
///
/// Codes are never reused: a retired code keeps its number with the status `removed` in the
/// registry of the layer that owns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Code(pub &'static str);

impl Code {
    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// A text known at compile time, in Vietnamese and English.
#[derive(Debug, Clone, Copy, Default)]
pub struct Bi {
    pub vi: &'static str,
    pub en: &'static str,
}

pub const fn bi(vi: &'static str, en: &'static str) -> Bi {
    Bi { vi, en }
}

impl Bi {
    pub const EMPTY: Bi = Bi { vi: "", en: "" };

    pub fn get(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Vi => self.vi,
            crate::Lang::En => self.en,
        }
    }

    /// Both languages are written.
    pub fn is_complete(self) -> bool {
        !self.vi.trim().is_empty() && !self.en.trim().is_empty()
    }
}

/// The text of an example, in the form the problem takes.
#[derive(Debug, Clone, Copy)]
pub enum Sample {
    /// Sections of the sample procedure that rule pages use (`quytrinh_check::baseline`),
    /// replaced by these texts: (section, text). An empty text removes the section; no
    /// sections at all means the sample procedure as it is.
    Procedure(&'static [(&'static str, &'static str)]),
    /// The sample procedure with these sections replaced, and one more catalogue file
    /// (name, text). A file named `agency.qtr` replaces the sample agency file; an empty
    /// one removes it.
    WithFile { sections: &'static [(&'static str, &'static str)], file: (&'static str, &'static str) },
    /// A `quytrinh.toml`.
    Config(&'static str),
    /// A renames file of `quytrinh migrate --map`.
    Renames(&'static str),
    /// The bytes of a whole file, for problems with how it was saved.
    Bytes(&'static [u8]),
    /// Nothing small shows it (a file too large, a folder that cannot be read): the note
    /// says what the situation is.
    Described,
}

/// An example on a code's page: a sentence saying what it shows, and the text.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    pub note: Bi,
    pub sample: Sample,
}

/// Everything about a code that is not a checker rule (input, syntax, model,
/// configuration): the line `quytrinh rules` and SARIF give, and the page `quytrinh
/// explain`, `docs/rules/<CODE>.md` and the editor's hover show (see [`crate::page`]).
#[derive(Debug, Clone, Copy)]
pub struct CodeDoc {
    pub code: Code,
    pub name: &'static str,
    /// The title, in Vietnamese and English.
    pub vi: &'static str,
    pub en: &'static str,
    pub severity: Severity,
    /// What the code means.
    pub what: Bi,
    /// Why it matters to the officer.
    pub why: Bi,
    pub invalid: Example,
    pub valid: Example,
    /// How to fix it.
    pub fix: Bi,
}

impl CodeDoc {
    pub fn title(&self) -> Bi {
        bi(self.vi, self.en)
    }

    /// The parts that are missing or written in one language only (empty when complete).
    pub fn missing_parts(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        let texts = [("title", self.title()), ("what", self.what), ("why", self.why), ("fix", self.fix)];
        for (part, text) in texts {
            if !text.is_complete() {
                missing.push(part);
            }
        }
        for (part, ex) in [("invalid", self.invalid), ("valid", self.valid)] {
            let shown = match ex.sample {
                Sample::Procedure(s) => !s.is_empty(),
                Sample::WithFile { .. } | Sample::Config(_) | Sample::Renames(_) | Sample::Bytes(_) => true,
                Sample::Described => false,
            };
            // An example with no text of its own must say in words what it is.
            if !shown && !ex.note.is_complete() {
                missing.push(part);
            }
            if (!ex.note.vi.is_empty() || !ex.note.en.is_empty()) && !ex.note.is_complete() {
                missing.push(part);
            }
        }
        missing.dedup();
        missing
    }
}
