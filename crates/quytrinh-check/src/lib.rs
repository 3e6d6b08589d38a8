//! The checker: rules over the resolved catalogue.

use quytrinh_diagnostics::Diagnostic;
use quytrinh_model::{Catalogue, Regime};

/// What a catalogue's configuration says to the checker.
#[derive(Debug, Clone)]
pub struct Config {
    pub regime: Regime,
}

impl Default for Config {
    fn default() -> Self {
        Config { regime: Regime::DEFAULT }
    }
}

pub fn run(_catalogue: &Catalogue, _config: &Config) -> Vec<Diagnostic> {
    Vec::new()
}
