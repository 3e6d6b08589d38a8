//! Finding and reading `quytrinh.toml`.

use std::path::{Path, PathBuf};

use quytrinh_check::Config;
use quytrinh_diagnostics::{Diagnostic, FileId};

pub const CONFIG_FILE: &str = "quytrinh.toml";

/// A loaded configuration, with its file (to show its diagnostics) when there was one.
pub struct LoadedConfig {
    pub config: Config,
    pub file: Option<(String, String)>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The nearest `quytrinh.toml` at or above the first path.
pub fn find(paths: &[PathBuf]) -> Option<PathBuf> {
    let first = paths.first()?;
    let start = if first.is_dir() { first.clone() } else { first.parent().map(Path::to_path_buf).unwrap_or_default() };
    let start = std::fs::canonicalize(if start.as_os_str().is_empty() { Path::new(".") } else { &start }).ok()?;
    start.ancestors().map(|d| d.join(CONFIG_FILE)).find(|p| p.is_file())
}

/// Load the configuration: the explicit file, or the nearest one; `file_id` is the id its
/// diagnostics will carry. An explicit file that cannot be read is an error.
pub fn load(explicit: Option<&Path>, paths: &[PathBuf], file_id: FileId) -> Result<LoadedConfig, String> {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => find(paths),
    };
    let Some(path) = path else {
        return Ok(LoadedConfig { config: Config::default(), file: None, diagnostics: Vec::new() });
    };
    // A configuration is a few lines; 1 MB is generous, and a FIFO must not stall the run.
    let text = match crate::load::read_regular_file(&path, 1024 * 1024).map(|r| r.map(String::from_utf8)) {
        Ok(Ok(Ok(t))) => t,
        Ok(Ok(Err(_))) => return Err(format!("{}: not UTF-8 text", path.display())),
        Ok(Err(size)) => return Err(format!("{}: too large ({size} bytes)", path.display())),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let (config, diagnostics) = Config::from_toml(&text, file_id);
    Ok(LoadedConfig { config, file: Some((display(&path), text)), diagnostics })
}

/// A path relative to the working directory when it is below it.
fn display(p: &Path) -> String {
    let cwd = std::env::current_dir().ok().and_then(|c| std::fs::canonicalize(c).ok());
    match cwd.and_then(|c| p.strip_prefix(&c).ok().map(Path::to_path_buf)) {
        Some(rel) => rel.to_string_lossy().into_owned(),
        None => p.to_string_lossy().into_owned(),
    }
}
