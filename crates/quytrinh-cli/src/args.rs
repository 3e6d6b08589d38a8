//! The command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "quytrinh",
    version,
    about = "Kiểm tra và biên dịch quy trình nội bộ giải quyết thủ tục hành chính (.qtr)\nCheck and compile internal procedures for administrative procedures (.qtr)",
    propagate_version = true
)]
pub struct Cli {
    /// Language of messages: vi or en (default: from LANG, Vietnamese when it starts with `vi`)
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check procedures and report every problem (kiểm tra quy trình)
    Check(CheckArgs),
    /// Print a rule's page: what it checks, why, examples, how to fix (giải thích một mã lỗi)
    Explain(ExplainArgs),
    /// List every rule and diagnostic code (danh sách quy tắc)
    Rules(RulesArgs),
    /// Compile a catalogue to portal JSON (biên dịch danh mục)
    Build(BuildArgs),
    /// Print the JSON Schema of the portal JSON (lược đồ JSON)
    Schema,
    /// Turn portal JSON back into .qtr files (nhập từ JSON)
    Import(ImportArgs),
    /// The catalogue's figures: procedures, statutory vs internal time, cuts (báo cáo)
    Report(ReportArgs),
    /// The appointment for the receipt and each step's deadline for a dossier received at a given time (ngày hẹn trả kết quả)
    Due(DueArgs),
    /// Start a catalogue: agency file, quytrinh.toml, a sample procedure, a README (tạo danh mục)
    Init(InitArgs),
    /// Start a procedure from a skeleton with every section the checker requires (tạo quy trình)
    New(NewArgs),
    /// Print a shell completion script: bash, zsh, fish, powershell
    Completions(CompletionsArgs),
    /// Print the manual page (roff)
    Man,
    /// Put files in the canonical layout (định dạng tệp)
    Fmt(FmtArgs),
    /// Apply the fixes the checker is sure of (sửa tự động)
    Fix(FixArgs),
    /// Re-issue a catalogue under Decree 118/2025: forms, citations, branches, a new revision (chuyển sang quy định mới)
    Migrate(MigrateArgs),
    /// What changed between two versions of a catalogue, per procedure (so sánh hai phiên bản)
    Diff(DiffArgs),
    /// Run the language server on stdin/stdout, for editors (máy chủ ngôn ngữ)
    Lsp,
    /// Open the workbench in the browser: catalogue, editor, live preview (bàn làm việc)
    Serve(ServeArgs),
}

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// Folder of the catalogue
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Port to listen on (0: any free port)
    #[arg(long, default_value_t = 8765)]
    pub port: u16,
    /// Address to listen on; another than 127.0.0.1 opens the workbench to the network
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
}

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// The old catalogue folder; with `--git`, the catalogue folder to compare with its
    /// committed version
    pub old: PathBuf,

    /// The new catalogue folder (not with `--git`)
    pub new: Option<PathBuf>,

    /// Compare the folder as it is now with its version at this git revision (e.g. `HEAD`,
    /// `v2020`, a commit)
    #[arg(long, value_name = "REV")]
    pub git: Option<String>,

    /// Output: text (an officer's summary), json (the versioned contract), annex (the HTML
    /// list an amending decision attaches)
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,

    /// Write to this file (atomically) instead of standard output
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiffFormat {
    Text,
    Json,
    Annex,
}

#[derive(clap::Args, Debug)]
pub struct FmtArgs {
    /// Files or folders to format
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Do not write: list the files that would change and exit 1 if any (for CI)
    #[arg(long)]
    pub check: bool,

    /// Rewrite keywords into English or Vietnamese (default: keep each file's own)
    #[arg(long, value_enum)]
    pub keywords: Option<KeywordsArg>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeywordsArg {
    En,
    Vi,
}

#[derive(clap::Args, Debug)]
pub struct FixArgs {
    /// Files or folders to fix (the whole catalogue is read to check them)
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Also apply fixes that need a person's decision (who issues a notice, a citation not
    /// confirmed against the text); preview them with `--diff` first
    #[arg(long)]
    pub unsafe_fixes: bool,

    /// Write nothing: print the changes as a unified diff; exit 1 if there are any
    #[arg(long)]
    pub diff: bool,

    /// Fix only these codes or code prefixes (comma-separated), e.g. `QC050,QC059`
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,

    /// Do not fix these codes or code prefixes (comma-separated)
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,

    /// Configuration file (default: the nearest quytrinh.toml above the first path)
    #[arg(long)]
    pub config: Option<PathBuf>,

    /// Output: text (one line per fix), json (per file, for scripts)
    #[arg(long, value_enum, default_value_t = FixFormat::Text)]
    pub format: FixFormat,
}

#[derive(clap::Args, Debug)]
pub struct MigrateArgs {
    /// Files or folders of the catalogue
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// The regime to move to
    #[arg(long, value_enum)]
    pub to: MigrateTarget,

    /// Renames file: places, agencies and units renamed in 2025 (see docs/migrate.md)
    #[arg(long, value_name = "renames.toml")]
    pub map: Option<PathBuf>,

    /// Date of the new revision entry, dd/mm/yyyy or yyyy-mm-dd (default: today)
    #[arg(long)]
    pub date: Option<String>,

    /// Write nothing: print the changes as a unified diff (the to-do goes to stderr)
    #[arg(long)]
    pub diff: bool,

    /// The to-do list: text (for the officer) or json (for scripts)
    #[arg(long, value_enum, default_value_t = MigrateFormat::Text)]
    pub format: MigrateFormat,

    /// Configuration file (default: the nearest quytrinh.toml above the first path)
    #[arg(long)]
    pub config: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum MigrateTarget {
    /// Decree 118/2025/NĐ-CP and Circular 03/2025/TT-VPCP
    #[value(name = "decree_118_2025")]
    Decree1182025,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum MigrateFormat {
    Text,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixFormat {
    Text,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct InitArgs {
    /// Folder of the new catalogue
    #[arg(default_value = ".")]
    pub dir: PathBuf,
}

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    /// ISO code of the procedure, e.g. QT-CGCN-03
    #[arg(long)]
    pub code: String,
    /// National TTHC code, e.g. 1.004525
    #[arg(long)]
    pub tthc: String,
    /// Name of the TTHC
    #[arg(long)]
    pub name: String,
    /// Statutory time in working days
    #[arg(long)]
    pub statutory: f64,
    /// Folder of the catalogue (its quytrinh.toml decides the regime)
    #[arg(long, default_value = ".")]
    pub dir: PathBuf,
    /// File to write (default: <code>.qtr in the folder)
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    /// Files or folders of the catalogue
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,

    /// Write to this file (atomically) instead of standard output
    #[arg(long)]
    pub out: Option<PathBuf>,

    /// Configuration file (default: the nearest quytrinh.toml above the first path)
    #[arg(long)]
    pub config: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct DueArgs {
    /// The procedure's code (e.g. QT-CGCN-02), then the catalogue's files or folders (default: .); with --all, only files or folders
    #[arg(value_name = "CODE [PATHS]")]
    pub targets: Vec<String>,

    /// When the dossier was received: "yyyy-mm-dd HH:MM" or "dd/mm/yyyy HH:MM" (Vietnam time, 24-hour clock)
    #[arg(long)]
    pub received: String,

    /// How the dossier arrived
    #[arg(long, value_enum, default_value_t = ChannelArg::Counter)]
    pub channel: ChannelArg,

    /// Output format
    #[arg(long, value_enum, default_value_t = DueFormat::Human)]
    pub format: DueFormat,

    /// Every procedure of the catalogue instead of one code
    #[arg(long)]
    pub all: bool,

    /// Configuration file (default: the nearest quytrinh.toml above the first path)
    #[arg(long)]
    pub config: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChannelArg {
    /// In person at the one-stop counter
    Counter,
    /// Online, through the public service portal
    Online,
    /// By public post
    Post,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueFormat {
    Human,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Table,
    Json,
    Csv,
    Html,
}

#[derive(clap::Args, Debug)]
pub struct BuildArgs {
    /// Files or folders of the catalogue
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// What to produce (comma-separated)
    #[arg(long, value_enum, value_delimiter = ',', default_value = "json")]
    pub emit: Vec<Emit>,

    /// Output folder
    #[arg(long, default_value = "out")]
    pub out: PathBuf,

    /// Write outputs even when the catalogue has errors
    #[arg(long)]
    pub allow_errors: bool,

    /// Leave each procedure's steps table out of the decision annexes (`--emit annex`)
    #[arg(long)]
    pub annex_without_steps: bool,

    /// For --emit forms: the reception time to fill in the appointment and each deadline, "yyyy-mm-dd HH:MM" or "dd/mm/yyyy HH:MM"
    #[arg(long)]
    pub received: Option<String>,

    /// Configuration file (default: the nearest quytrinh.toml above the first path)
    #[arg(long)]
    pub config: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    /// One portal JSON document per procedure and catalogue.json
    Json,
    /// The printable ISO procedure document, one self-contained HTML page per procedure
    Html,
    /// The printable ISO procedure document as DOCX, per procedure
    Docx,
    /// The flowchart as Mermaid text, per procedure
    Mermaid,
    /// The flowchart as Graphviz DOT, per procedure
    Dot,
    /// Per approval decision, the annex listing the procedures it approves (HTML and DOCX)
    Annex,
    /// Per procedure, the receipt (Mẫu 01) and the control sheet filled in, HTML and DOCX; with --received, every deadline
    Forms,
}

impl Emit {
    /// The kind of output in the build manifest: the extension of a procedure's file, or
    /// `annex` (the catalogue is of kind `json`).
    pub fn kind(self) -> &'static str {
        match self {
            Emit::Json => "json",
            Emit::Html => "html",
            Emit::Docx => "docx",
            Emit::Mermaid => "mmd",
            Emit::Dot => "dot",
            Emit::Annex => "annex",
            Emit::Forms => "forms",
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// Portal JSON documents (procedures and/or catalogue.json)
    #[arg(required = true)]
    pub files: Vec<PathBuf>,

    /// Output folder for the .qtr files
    #[arg(long, default_value = ".")]
    pub out: PathBuf,

    /// Overwrite .qtr files that already exist
    #[arg(long)]
    pub force: bool,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// A code such as QC012 or QS006, or a rule name such as missing-approval
    pub code: String,
}

#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
    pub format: RulesFormat,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulesFormat {
    Table,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Files or folders to check (folders are searched for .qtr files)
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Treat warnings as errors: `--deny warnings`
    #[arg(long, value_enum)]
    pub deny: Option<Deny>,

    /// Report only these codes or code prefixes (comma-separated), e.g. `QS,QM001`
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,

    /// Do not report these codes or code prefixes (comma-separated), e.g. `QC020`
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,

    /// Configuration file (default: the nearest quytrinh.toml above the first path)
    #[arg(long)]
    pub config: Option<PathBuf>,

    /// Check again whenever a .qtr file or quytrinh.toml changes (stop with Ctrl+C)
    #[arg(long)]
    pub watch: bool,

    /// Print information (the time cut) in full, with its source lines, instead of one line
    /// each after the errors and warnings
    #[arg(long)]
    pub full_info: bool,

    /// Apply the safe fixes first (as `quytrinh fix`), then report what is left
    #[arg(long)]
    pub fix: bool,

    /// With `--fix`: also apply fixes that need a person's decision
    #[arg(long, requires = "fix")]
    pub unsafe_fixes: bool,
}

impl CheckArgs {
    /// Whether a diagnostic code passes `--select` and `--ignore`.
    pub fn keeps(&self, code: &str) -> bool {
        keeps(&self.select, &self.ignore, code)
    }
}

/// Whether a diagnostic code passes `--select` and `--ignore`.
pub fn keeps(select: &[String], ignore: &[String], code: &str) -> bool {
    (select.is_empty() || select.iter().any(|s| code.starts_with(s.trim())))
        && !ignore.iter().any(|s| !s.trim().is_empty() && code.starts_with(s.trim()))
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Github,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deny {
    Warnings,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangArg {
    Vi,
    En,
}
