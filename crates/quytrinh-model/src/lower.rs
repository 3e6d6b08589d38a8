//! Lowering: from the ASTs of every file of a catalogue to one resolved [`Catalogue`].

use std::collections::HashMap;
use std::sync::Arc;

use quytrinh_diagnostics::{Diagnostic, FileId, Span, Text};
use quytrinh_syntax::ast::{self, Approval, Ident, Item};
use quytrinh_syntax::suggest::did_you_mean;
use quytrinh_syntax::{LineIndex, SourceFile};
use rayon::prelude::*;

use crate::builtin_forms::{builtin_form, builtin_forms};
use crate::catalogue::*;
use crate::codes;
use crate::Regime;

/// Settings that come from the catalogue's configuration, not from a file.
#[derive(Debug, Clone, Copy, Default)]
pub struct LowerOptions {
    /// The regime `quytrinh.toml` sets for procedures that do not name one; `None`: each
    /// such procedure follows its effective date (`Regime::for_date`).
    pub default_regime: Option<Regime>,
}

/// One parsed file handed to the model. The model needs only its line index, not its
/// text: a caller may take `source.text` away (to render diagnostics) once this is built.
pub struct ParsedFile {
    pub name: String,
    pub source: SourceFile,
    pub lines: LineIndex,
}

impl ParsedFile {
    pub fn new(name: String, source: SourceFile) -> Self {
        let lines = LineIndex::new(&source.text);
        ParsedFile { name, source, lines }
    }
}

/// Resolve a whole catalogue at once. `files[i]` must have been parsed with `FileId(i)`.
/// (A large run uses the same steps one file at a time: [`DirectoryBuilder`],
/// [`lower_file`] and [`duplicate_codes`].)
pub fn lower(files: Vec<ParsedFile>, options: LowerOptions) -> (Catalogue, Vec<Diagnostic>) {
    let mut builder = DirectoryBuilder::default();
    let mut infos = Vec::with_capacity(files.len());
    let mut procedures = Vec::new();
    for (i, mut f) in files.into_iter().enumerate() {
        let file = FileId(i as u32);
        builder.take_shared(file, &mut f.source);
        for item in f.source.items {
            if let Item::Procedure(p) = item {
                procedures.push((file, *p));
            }
        }
        infos.push(FileInfo { id: file, name: f.name, lines: f.lines, keyword_lang: f.source.keyword_lang, comments: f.source.comments });
    }
    let (directory, mut diags) = builder.finish();
    diags.extend(duplicate_codes(procedures.iter().map(|(_, p)| (&p.code, p.tthc.as_ref()))));
    let (procedures, more) = resolve_all(&directory, procedures, options);
    diags.extend(more);
    (Catalogue { files: infos, directory, procedures }, diags)
}

/// Lower the procedures of one file against the finished directory: a view of the
/// catalogue holding that file only. Agencies and decisions left in the file are ignored
/// (they belong to the directory; see [`has_shared_items`]).
pub fn lower_file(directory: &Arc<Directory>, file: FileId, f: ParsedFile, options: LowerOptions) -> (Catalogue, Vec<Diagnostic>) {
    let procedures: Vec<(FileId, ast::Procedure)> = f
        .source
        .items
        .into_iter()
        .filter_map(|item| match item {
            Item::Procedure(p) => Some((file, *p)),
            _ => None,
        })
        .collect();
    let info = FileInfo { id: file, name: f.name, lines: f.lines, keyword_lang: f.source.keyword_lang, comments: f.source.comments };
    let (procedures, diags) = resolve_all(directory, procedures, options);
    (Catalogue { files: vec![info], directory: Arc::clone(directory), procedures }, diags)
}

/// Does the file define agencies or decisions (which belong to the catalogue's directory)?
pub fn has_shared_items(source: &SourceFile) -> bool {
    source.items.iter().any(|i| matches!(i, Item::Agency(_) | Item::Decision(_)))
}

/// Each procedure resolves against the finished directory independently: in parallel,
/// then gathered in order so output never depends on thread count.
fn resolve_all(
    directory: &Directory,
    procedures: Vec<(FileId, ast::Procedure)>,
    options: LowerOptions,
) -> (Vec<Procedure>, Vec<Diagnostic>) {
    let resolve = |(file, p): (FileId, ast::Procedure)| {
        let mut r = Resolver { dir: directory, diags: Vec::new(), options };
        let proc = r.procedure(file, p);
        (proc, r.diags)
    };
    let resolved: Vec<(Procedure, Vec<Diagnostic>)> = if procedures.len() > 1 {
        procedures.into_par_iter().map(resolve).collect()
    } else {
        procedures.into_iter().map(resolve).collect()
    };
    let mut out = Vec::with_capacity(resolved.len());
    let mut diags = Vec::new();
    for (proc, d) in resolved {
        out.push(proc);
        diags.extend(d);
    }
    (out, diags)
}

/// Procedure codes used twice (an error) and TTHC codes with two procedures (a warning),
/// given every procedure's code and TTHC code in file order.
pub fn duplicate_codes<'a>(procedures: impl Iterator<Item = (&'a ast::Str, Option<&'a ast::Str>)>) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut codes_seen: HashMap<&str, Span> = HashMap::new();
    let mut tthc_seen: HashMap<&str, (Span, &str)> = HashMap::new();
    let mut file_names_seen: HashMap<String, (Span, &str)> = HashMap::new();
    for (code, tthc) in procedures {
        diags.extend(file_name_clash(code, &mut file_names_seen));
        if let Some(first) = codes_seen.get(code.value.as_str()) {
            diags.push(
                Diagnostic::error(
                    codes::DUPLICATE_PROCEDURE,
                    code.span,
                    Text::new(
                        format!("Mã quy trình `{}` đã được dùng cho một quy trình khác", code.value),
                        format!("The procedure code `{}` is already used by another procedure", code.value),
                    ),
                )
                .with_label(Text::new("dùng lần hai", "used again"))
                .with_extra(*first, Text::new("dùng lần đầu ở đây", "first used here"))
                .with_help(Text::new(
                    "Mỗi quy trình cần một mã riêng, ví dụ `QT-CGCN-02`.",
                    "Each procedure needs its own code, e.g. `QT-CGCN-02`.",
                )),
            );
        } else {
            codes_seen.insert(&code.value, code.span);
        }
        // A TTHC code still to fill in (`«cần điền: …»`) is the same in every new skeleton.
        if let Some(t) = tthc.filter(|t| !t.value.contains('«')) {
            if let Some((first, other)) = tthc_seen.get(t.value.as_str()) {
                diags.push(
                    Diagnostic::warning(
                        codes::DUPLICATE_TTHC,
                        t.span,
                        Text::new(
                            format!("Thủ tục `{}` đã có quy trình `{other}`", t.value),
                            format!("TTHC `{}` already has the procedure `{other}`", t.value),
                        ),
                    )
                    .with_extra(*first, Text::new("quy trình kia ở đây", "the other procedure is here"))
                    .with_help(Text::new(
                        "Mỗi thủ tục hành chính thường có một quy trình nội bộ. Gộp hai quy trình, hoặc sửa mã TTHC.",
                        "Each TTHC normally has one internal procedure. Merge them, or correct the TTHC code.",
                    )),
                );
            } else {
                tthc_seen.insert(&t.value, (t.span, &code.value));
            }
        }
    }
    diags
}

/// A warning for a code whose output files are a Windows device name (`CON`, `LPT1.x`) or
/// the name of an earlier code's outputs on a file system that ignores case (`QT-01`,
/// `qt-01`). `build` and `import` still give each a safe, distinct name (`CON_`, `qt-01-2`),
/// so this is a warning: the names may not be the ones expected.
fn file_name_clash<'a>(code: &'a ast::Str, seen: &mut HashMap<String, (Span, &'a str)>) -> Option<Diagnostic> {
    use crate::file_names::{clash_key, is_windows_device_name};
    let help = Text::new(
        "Đổi mã quy trình, ví dụ `QT-CGCN-02`. Khi xuất, quytrinh vẫn đặt cho mỗi quy trình một tên tệp riêng (thêm `_` hoặc `-2`).",
        "Change the procedure code, e.g. `QT-CGCN-02`. quytrinh still gives each procedure its own file name when building (adding `_` or `-2`).",
    );
    if is_windows_device_name(&clash_key(&code.value)) {
        return Some(
            Diagnostic::warning(
                codes::FILE_NAME_CLASH,
                code.span,
                Text::new(
                    format!("Mã `{}` là tên thiết bị mà Windows không cho dùng làm tên tệp", code.value),
                    format!("The code `{}` is a device name Windows does not allow as a file name", code.value),
                ),
            )
            .with_help(help),
        );
    }
    let key = clash_key(&code.value);
    match seen.get(&key) {
        Some((first, other)) if *other != code.value => Some(
            Diagnostic::warning(
                codes::FILE_NAME_CLASH,
                code.span,
                Text::new(
                    format!(
                        "Mã `{}` chỉ khác mã `{other}` ở chữ hoa, chữ thường hoặc dấu: trên Windows và macOS hai tệp đầu ra trùng tên",
                        code.value
                    ),
                    format!(
                        "The code `{}` differs from `{other}` only in case or marks: on Windows and macOS their output files have one name",
                        code.value
                    ),
                ),
            )
            .with_extra(*first, Text::new("mã kia ở đây", "the other code is here"))
            .with_help(help),
        ),
        Some(_) => None,
        None => {
            seen.insert(key, (code.span, &code.value));
            None
        }
    }
}

/// Gathers the agencies and decisions of a catalogue, file by file in file order (the
/// first definition of an id wins; later ones are reported as duplicates).
#[derive(Default)]
pub struct DirectoryBuilder {
    l: Lowerer,
}

impl DirectoryBuilder {
    /// Move the file's agencies and decisions into the directory; its procedures stay in
    /// `source.items`.
    pub fn take_shared(&mut self, file: FileId, source: &mut SourceFile) {
        if !has_shared_items(source) {
            return;
        }
        let lines = LineIndex::new(&source.text);
        for c in source.comments.iter().filter(|c| c.text.trim_start().starts_with("quytrinh:")) {
            self.l.dir.shared_suppressions.push(SharedSuppression { file, line: lines.line(c.span.start()), comment: c.clone() });
        }
        self.l.dir.shared_files.push((file, lines));
        let mut rest = Vec::new();
        for item in std::mem::take(&mut source.items) {
            match item {
                Item::Agency(a) => self.l.agency(file, a),
                Item::Decision(d) => self.l.decision(file, d),
                Item::Procedure(_) => rest.push(item),
            }
        }
        source.items = rest;
    }

    pub fn finish(self) -> (Arc<Directory>, Vec<Diagnostic>) {
        (Arc::new(self.l.dir), self.l.diags)
    }
}

#[derive(Default)]
struct Lowerer {
    dir: Directory,
    diags: Vec<Diagnostic>,
}

fn duplicate(kind: &Text, id: &str, first: Span, second: Span) -> Diagnostic {
    Diagnostic::error(
        codes::DUPLICATE_ID,
        second,
        Text::new(format!("{} `{id}` được khai báo hai lần", kind.vi), format!("{} `{id}` is defined twice", kind.en)),
    )
    .with_label(Text::new("lần thứ hai", "second definition"))
    .with_extra(first, Text::new("lần đầu ở đây", "first defined here"))
    .with_help(Text::new(
        "Mỗi mã chỉ được khai báo một lần trong cả danh mục. Xóa hoặc đổi tên một trong hai.",
        "Each id is defined once in the whole catalogue. Remove or rename one of them.",
    ))
}

fn unknown(kind: &Text, ident: &Ident, candidates: &[&str], help: Text) -> Diagnostic {
    let mut d = Diagnostic::error(
        codes::UNKNOWN_REFERENCE,
        ident.span,
        Text::new(format!("Không tìm thấy {} `{}`", kind.vi, ident.name), format!("No {} named `{}`", kind.en, ident.name)),
    );
    d = match did_you_mean(&ident.name, candidates) {
        Some(s) => d
            .with_label(Text::new(format!("có phải `{s}`?"), format!("did you mean `{s}`?")))
            .with_help(Text::new(format!("Có phải ý bạn là `{s}`? {}", help.vi), format!("Did you mean `{s}`? {}", help.en))),
        None => d.with_label(Text::new("chưa được khai báo", "not defined")).with_help(help),
    };
    d
}

impl Lowerer {
    fn duplicate(&mut self, kind: &Text, id: &str, first: Span, second: Span) {
        self.diags.push(duplicate(kind, id, first, second));
    }

    fn agency(&mut self, file: FileId, a: ast::Agency) {
        if let Some(prev) = self.dir.agencies.iter().find(|x| x.id == a.id.name) {
            let first = prev.syntax.id.span;
            self.duplicate(&Text::new("Cơ quan", "The agency"), &a.id.name.clone(), first, a.id.span);
            return;
        }
        let mut ids: HashMap<String, Span> = HashMap::new();
        let mut units = Vec::new();
        for u in &a.units {
            if let Some(first) = ids.get(&u.id.name) {
                self.duplicate(&Text::new("Mã", "The id"), &u.id.name, *first, u.id.span);
                continue;
            }
            ids.insert(u.id.name.clone(), u.id.span);
            units.push(Unit {
                id: u.id.name.clone(),
                name: u.name.as_ref().map(|s| s.value.clone()).unwrap_or_else(|| u.id.name.clone()),
                one_stop: u.one_stop.is_some(),
                address: u.address.as_ref().map(|s| s.value.clone()),
                span: u.span,
            });
        }
        let one_stops: Vec<&ast::Unit> = a.units.iter().filter(|u| u.one_stop.is_some()).collect();
        if one_stops.len() > 1 {
            let first = one_stops[0].span;
            let second = one_stops[1].one_stop.unwrap_or(one_stops[1].span);
            self.diags.push(
                Diagnostic::error(
                    codes::DUPLICATE_ID,
                    second,
                    Text::new("Cơ quan có hai Bộ phận Một cửa", "The agency has two one-stop units"),
                )
                .with_extra(first, Text::new("Bộ phận Một cửa thứ nhất", "the first one-stop unit"))
                .with_help(Text::new("Chỉ đánh dấu `one_stop` cho một đơn vị.", "Mark only one unit `one_stop`.")),
            );
        }
        let unit_ids: Vec<&str> = units.iter().map(|u| u.id.as_str()).collect();
        let mut roles = Vec::new();
        let mut unknown_units = Vec::new();
        for r in &a.roles {
            if let Some(first) = ids.get(&r.id.name) {
                self.duplicate(&Text::new("Mã", "The id"), &r.id.name, *first, r.id.span);
                continue;
            }
            ids.insert(r.id.name.clone(), r.id.span);
            let unit = match &r.unit {
                Some(u) => match units.iter().position(|x| x.id == u.name) {
                    Some(i) => Some(i),
                    None => {
                        unknown_units.push(u.clone());
                        None
                    }
                },
                None => None,
            };
            roles.push(Role {
                id: r.id.name.clone(),
                name: r.name.as_ref().map(|s| s.value.clone()).unwrap_or_else(|| r.id.name.clone()),
                unit,
                signs: r.signs.is_some(),
                span: r.span,
            });
        }
        for u in unknown_units {
            self.diags.push(unknown(
                &Text::new("đơn vị", "unit"),
                &u,
                &unit_ids,
                Text::new(
                    "Khai báo đơn vị bằng `unit <mã> \"Tên\"` trong khối `agency`.",
                    "Define the unit with `unit <id> \"Name\"` in the `agency` block.",
                ),
            ));
        }
        let (calendar, diags) = crate::calendar::lower_agency_calendar(&a);
        self.diags.extend(diags);
        self.dir.agencies.push(Agency { id: a.id.name.clone(), file, syntax: a, units, roles, calendar });
    }

    fn decision(&mut self, file: FileId, d: ast::Decision) {
        let number = normalise_number(&d.number.value);
        if let Some(prev) = self.dir.decisions.iter().find(|x| x.number == number) {
            let first = prev.syntax.number.span;
            self.duplicate(&Text::new("Quyết định", "The decision"), &d.number.value.clone(), first, d.number.span);
            return;
        }
        self.dir.decisions.push(Decision { number, file, syntax: d });
    }
}

/// Resolves one procedure against the finished agencies and decisions.
struct Resolver<'a> {
    dir: &'a Directory,
    diags: Vec<Diagnostic>,
    options: LowerOptions,
}

impl Resolver<'_> {
    fn procedure(&mut self, file: FileId, mut p: ast::Procedure) -> Procedure {
        let agency = self.resolve_agency(&p);
        let decision = match &p.approved_by {
            Some(Approval::Decision(s)) => {
                let n = normalise_number(&s.value);
                match self.dir.decisions.iter().position(|d| d.number == n) {
                    Some(i) => Some(DecisionIdx(i)),
                    None => {
                        let known: Vec<&str> = self.dir.decisions.iter().map(|d| d.syntax.number.value.as_str()).collect();
                        let ident = Ident { name: s.value.clone(), span: s.span };
                        self.diags.push(unknown(&Text::new("quyết định", "decision"), &ident, &known, Text::new(
                            "Khai báo quyết định bằng `decision \"số/QĐ-UBND\" { date … issuer \"…\" title \"…\" }` trong tệp cơ quan, hoặc viết `approved_by draft` khi chưa được phê duyệt.",
                            "Define the decision with `decision \"number/QĐ-UBND\" { date … issuer \"…\" title \"…\" }` in the agency file, or write `approved_by draft` while it is not approved.",
                        )));
                        None
                    }
                }
            }
            _ => None,
        };
        // The file's `regime`, else the catalogue's, else the law in force on the date the
        // procedure speaks for: its effective date, else its latest revision's (the date
        // the other dated rules read too), else — a draft — today.
        let regime = p.regime.map(|(r, _)| Regime::from(r)).or(self.options.default_regime).unwrap_or_else(|| {
            let date = p
                .effective
                .map(|e| e.date)
                .or_else(|| p.revisions.iter().filter_map(|r| r.date).map(|d| d.date).max())
                .unwrap_or_else(crate::regime::today);
            Regime::for_date(date)
        });
        let custom = self.custom_forms(&p, regime);
        let mut steps = Vec::new();
        let mut form_refs = Vec::new();
        let mut branch_actors = Vec::new();
        if let Some(s) = &mut p.steps {
            // The steps move from the AST into the model (see `Procedure::steps`).
            let outside = std::mem::take(&mut s.steps);
            let phased: Vec<(Option<usize>, ast::Step)> = s
                .phases
                .iter_mut()
                .enumerate()
                .flat_map(|(i, ph)| std::mem::take(&mut ph.steps).into_iter().map(move |x| (Some(i), x)))
                .collect();
            let all = outside.into_iter().map(|x| (None, x)).chain(phased);
            for (phase, st) in all {
                let actor = st.actor.as_ref().and_then(|a| self.resolve_actor(agency, a));
                let issues = st.issues.iter().map(|f| self.resolve_form(&custom, regime, f, &mut form_refs)).collect::<Vec<_>>();
                let uses = st.uses.iter().map(|f| self.resolve_form(&custom, regime, f, &mut form_refs)).collect::<Vec<_>>();
                let hours = st.duration.map(|d| d.hours);
                steps.push(Step {
                    syntax: st,
                    phase,
                    actor,
                    hours,
                    issues: issues.into_iter().flatten().collect(),
                    uses: uses.into_iter().flatten().collect(),
                });
            }
            for b in &s.branches {
                for f in &b.issues {
                    self.resolve_form(&custom, regime, f, &mut form_refs);
                }
                let actor = b.actor.as_ref().and_then(|a| self.resolve_actor(agency, a));
                branch_actors.push(actor);
            }
        }
        if let Some(d) = &p.dossier {
            for item in &d.items {
                if let Some(f) = &item.form {
                    self.resolve_form(&custom, regime, f, &mut form_refs);
                }
            }
        }
        if let Some(r) = &p.records {
            for rec in &r.items {
                if let Some(f) = &rec.form {
                    self.resolve_form(&custom, regime, f, &mut form_refs);
                }
                if let (Some(u), Some(a)) = (&rec.unit, agency) {
                    if !self.dir.agencies[a.0].units.iter().any(|x| x.id == u.name) {
                        let ids: Vec<&str> = self.dir.agencies[a.0].units.iter().map(|x| x.id.as_str()).collect();
                        self.diags.push(unknown(
                            &Text::new("đơn vị", "unit"),
                            u,
                            &ids,
                            Text::new(
                                "Đơn vị lưu hồ sơ phải là một `unit` của cơ quan.",
                                "The keeping unit must be a `unit` of the agency.",
                            ),
                        ));
                    }
                }
            }
        }
        Procedure {
            file,
            code: p.code.value.clone(),
            agency,
            decision,
            regime,
            regime_explicit: p.regime.is_some(),
            steps,
            form_refs,
            branch_actors,
            syntax: p,
        }
    }

    fn resolve_agency(&mut self, p: &ast::Procedure) -> Option<AgencyIdx> {
        match &p.agency {
            Some(id) => match self.dir.agencies.iter().position(|a| a.id == id.name) {
                Some(i) => Some(AgencyIdx(i)),
                None if self.dir.agencies.is_empty() => {
                    self.no_agency(id.span);
                    None
                }
                None => {
                    let ids: Vec<&str> = self.dir.agencies.iter().map(|a| a.id.as_str()).collect();
                    self.diags.push(unknown(
                        &Text::new("cơ quan", "agency"),
                        id,
                        &ids,
                        Text::new(
                            "Cơ quan được khai báo trong tệp cơ quan dùng chung (`agency <mã> { … }`).",
                            "Agencies are defined in the shared agency file (`agency <id> { … }`).",
                        ),
                    ));
                    None
                }
            },
            None => match self.dir.agencies.len() {
                1 => Some(AgencyIdx(0)),
                0 => {
                    self.no_agency(p.head_span);
                    None
                }
                _ => {
                    self.diags.push(
                        Diagnostic::error(
                            codes::AMBIGUOUS_AGENCY,
                            p.head_span,
                            Text::new(
                                "Danh mục có nhiều cơ quan; quy trình này chưa nói thuộc cơ quan nào",
                                "The catalogue has several agencies; this procedure does not say which is its own",
                            ),
                        )
                        .with_help(Text::new(
                            "Thêm dòng `agency <mã cơ quan>` vào quy trình.",
                            "Add an `agency <agency id>` line to the procedure.",
                        )),
                    );
                    None
                }
            },
        }
    }

    fn no_agency(&mut self, span: Span) {
        self.diags.push(
            Diagnostic::error(codes::NO_AGENCY, span, Text::new(
                "Không tìm thấy tệp cơ quan trong danh mục",
                "No agency file in the catalogue",
            ))
            .with_help(Text::new(
                "Các quy trình dùng chung một tệp cơ quan (ví dụ `agency.qtr`) khai báo `agency <mã> { unit … role … }`. Thêm tệp đó vào thư mục, hoặc chỉ ra nó khi chạy `quytrinh check`.",
                "Procedures share one agency file (e.g. `agency.qtr`) with `agency <id> { unit … role … }`. Add it to the folder, or pass it to `quytrinh check`.",
            )),
        );
    }

    /// A step's or branch's actor: a role or unit of the procedure's agency, or of another
    /// agency of the catalogue (interconnected procedures).
    fn resolve_actor(&mut self, agency: Option<AgencyIdx>, id: &Ident) -> Option<Actor> {
        let order: Vec<usize> = match agency {
            Some(a) => std::iter::once(a.0).chain((0..self.dir.agencies.len()).filter(|i| *i != a.0)).collect(),
            None if self.dir.agencies.is_empty() => return None,
            None => (0..self.dir.agencies.len()).collect(),
        };
        for i in order {
            let ag = &self.dir.agencies[i];
            if let Some(r) = ag.roles.iter().position(|r| r.id == id.name) {
                return Some(Actor::Role(RoleRef { agency: AgencyIdx(i), role: r }));
            }
            if let Some(u) = ag.units.iter().position(|u| u.id == id.name) {
                return Some(Actor::Unit(UnitRef { agency: AgencyIdx(i), unit: u }));
            }
        }
        let candidates: Vec<&str> = self
            .dir
            .agencies
            .iter()
            .flat_map(|a| a.roles.iter().map(|r| r.id.as_str()).chain(a.units.iter().map(|u| u.id.as_str())))
            .collect();
        self.diags.push(unknown(
            &Text::new("đơn vị hoặc chức danh", "unit or role"),
            id,
            &candidates,
            Text::new(
                "Người thực hiện phải là một `role` hoặc `unit` đã khai báo trong tệp cơ quan.",
                "The actor must be a `role` or `unit` defined in the agency file.",
            ),
        ));
        None
    }

    /// The procedure's own forms, reporting any that redefine a built-in form.
    fn custom_forms(&mut self, p: &ast::Procedure, regime: Regime) -> Vec<(String, usize)> {
        let mut out: Vec<(String, usize)> = Vec::new();
        let Some(forms) = &p.forms else { return out };
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for (i, def) in forms.defs.iter().enumerate() {
            if let Some(b) = builtin_form(regime, &def.id.name) {
                self.diags.push(
                    Diagnostic::error(
                        codes::REDEFINED_BUILTIN_FORM,
                        def.id.span,
                        Text::new(
                            format!("`{}` là biểu mẫu có sẵn ({}); không khai báo lại", b.id, b.name),
                            format!("`{}` is a built-in form ({}); do not define it again", b.id, b.name),
                        ),
                    )
                    .with_help(Text::new(
                        format!("Xóa dòng này và viết `use {}` trong mục `forms` để liệt kê các biểu mẫu có sẵn.", regime.id()),
                        format!("Remove this line and write `use {}` in `forms` to list the built-in forms.", regime.id()),
                    )),
                );
                continue;
            }
            if let Some(first) = seen.get(def.id.name.as_str()) {
                self.duplicate(&Text::new("Biểu mẫu", "The form"), &def.id.name, *first, def.id.span);
                continue;
            }
            seen.insert(&def.id.name, def.id.span);
            out.push((def.id.name.clone(), i));
        }
        out
    }

    fn resolve_form(
        &mut self,
        custom: &[(String, usize)],
        regime: Regime,
        id: &Ident,
        refs: &mut Vec<(Ident, Option<FormRef>)>,
    ) -> Option<FormRef> {
        let found = custom
            .iter()
            .find(|(n, _)| *n == id.name)
            .map(|(_, i)| FormRef::Custom(*i))
            .or_else(|| builtin_form(regime, &id.name).map(FormRef::Builtin));
        if found.is_none() {
            let candidates: Vec<&str> = custom.iter().map(|(n, _)| n.as_str()).chain(builtin_forms(regime).iter().map(|f| f.id)).collect();
            self.diags.push(unknown(
                &Text::new("biểu mẫu", "form"),
                id,
                &candidates,
                Text::new(
                    format!(
                        "Khai báo biểu mẫu trong mục `forms` (`F01 \"Tên\" source \"…\"`); các mẫu có sẵn của {} là {}.",
                        regime.id(),
                        builtin_ids(regime)
                    ),
                    format!(
                        "Define the form in `forms` (`F01 \"Name\" source \"…\"`); the built-in forms of {} are {}.",
                        regime.id(),
                        builtin_ids(regime)
                    ),
                ),
            ));
        }
        refs.push((id.clone(), found));
        found
    }
    fn duplicate(&mut self, kind: &Text, id: &str, first: Span, second: Span) {
        self.diags.push(duplicate(kind, id, first, second));
    }
}

fn builtin_ids(regime: Regime) -> String {
    builtin_forms(regime).iter().map(|f| f.id).collect::<Vec<_>>().join(", ")
}

/// Decision numbers are compared without surrounding space and with `Đ`/`D` variants
/// treated alike (`797/QĐ-UBND` and `797/QD-UBND` are the same decision).
pub fn normalise_number(n: &str) -> String {
    n.trim().replace('Đ', "D").replace('đ', "d").to_uppercase().split_whitespace().collect::<Vec<_>>().join("")
}
