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

/// One line about a code that is not a checker rule (input, syntax, model, configuration):
/// what `quytrinh explain` and the SARIF rule table say of it.
#[derive(Debug, Clone, Copy)]
pub struct CodeDoc {
    pub code: Code,
    pub name: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
}
