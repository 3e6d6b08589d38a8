//! Every fix does what its rule's page says: applied to the rule's invalid example it
//! makes the finding go away, the result parses and is in the canonical layout, and fixing
//! again changes nothing. A rule whose page says it has no fix offers none.

use std::sync::Arc;

use quytrinh_check::autofix::{fix_file, FixRequest};
use quytrinh_check::baseline::{procedure_with, AGENCY};
use quytrinh_check::{rules, Config, RuleMeta};
use quytrinh_diagnostics::{Applicability, Diagnostic, FileId};
use quytrinh_model::{lower_file, Directory, DirectoryBuilder, LowerOptions, ParsedFile};

const PROCEDURE: FileId = FileId(1);

fn directory(meta: &RuleMeta) -> Arc<Directory> {
    let agency = format!("{AGENCY}\n{}", meta.context);
    let (mut source, _) = quytrinh_syntax::parse(&agency, FileId(0));
    let mut b = DirectoryBuilder::default();
    b.take_shared(FileId(0), &mut source);
    b.finish().0
}

fn check(dir: &Arc<Directory>, text: &str) -> Vec<Diagnostic> {
    let (source, mut diags) = quytrinh_syntax::parse(text, PROCEDURE);
    let (view, d) = lower_file(dir, PROCEDURE, ParsedFile::new("procedure.qtr".into(), source), LowerOptions::default());
    diags.extend(d);
    diags.extend(quytrinh_check::run(&view, &Config::default()));
    diags
}

/// `quytrinh fix` on the procedure file, with the unsafe fixes or without.
fn fix(dir: &Arc<Directory>, text: String, unsafe_fixes: bool) -> quytrinh_check::autofix::Fixed {
    let config = Config::default();
    let keep = |_: &Diagnostic| true;
    let req = FixRequest { directory: dir, options: LowerOptions::default(), config: &config, unsafe_fixes, also_unsafe: &[], keep: &keep };
    fix_file(text, PROCEDURE, "procedure.qtr", &req)
}

#[test]
fn every_fix_resolves_its_finding_once_and_for_all() {
    let mut failures = Vec::new();
    let mut fixable = 0;
    for rule in rules() {
        let meta = rule.meta();
        let dir = directory(meta);
        let text = procedure_with(meta.invalid);
        let diags = check(&dir, &text);
        let Some(d) = diags.iter().find(|d| d.code == meta.code) else { continue };
        match (meta.autofix, &d.fix) {
            (None, None) => continue,
            (None, Some(_)) => {
                failures.push(format!("{}: offers a fix its page does not mention", meta.code));
                continue;
            }
            (Some(_), None) => {
                failures.push(format!("{}: its page promises a fix, the invalid example has none", meta.code));
                continue;
            }
            (Some(a), Some(f)) if a != f.applicability && a == Applicability::Safe => {
                // A rule documented as safe may still offer an unsafe fix for a case it is
                // not sure of (a citation whose replacement is not confirmed): allowed.
            }
            (Some(a), Some(f)) if a != f.applicability => {
                failures.push(format!("{}: page says {}, fix is {}", meta.code, a.as_str(), f.applicability.as_str()));
            }
            _ => {}
        }
        fixable += 1;
        let fixed = fix(&dir, text.clone(), true);
        if !fixed.applied.iter().any(|a| a.code == meta.code) || fixed.broke.is_some() {
            failures.push(format!("{}: not applied ({:?})", meta.code, fixed.applied));
            continue;
        }
        let after = check(&dir, &fixed.text);
        if let Some(e) = after.iter().find(|d| d.code.0.starts_with("QS") || d.code.0.starts_with("QM")) {
            failures.push(format!("{}: the fixed text does not resolve: {e:?}", meta.code));
        }
        if after.iter().any(|d| d.code == meta.code) {
            failures.push(format!("{}: still reported after its fix:\n{}", meta.code, fixed.text));
        }
        let formatted = quytrinh_syntax::fmt::format(&fixed.text, Default::default()).expect("parses");
        if formatted != fixed.text {
            failures.push(format!("{}: the fixed text is not in the canonical layout", meta.code));
        }
        let again = fix(&dir, fixed.text.clone(), true);
        if again.changed() || again.text != fixed.text {
            failures.push(format!("{}: a second fix changed the text again: {:?}", meta.code, again.applied));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The rules documented as fixable, each tested above.
    let documented = rules().iter().filter(|r| r.meta().autofix.is_some()).count();
    assert_eq!(fixable, documented, "a fixable rule's invalid example was not exercised");
}

#[test]
fn comments_survive_a_fix() {
    let meta = rules().iter().map(|r| r.meta()).find(|m| m.code.0 == "QC047").expect("QC047");
    let dir = directory(meta);
    let text = procedure_with(meta.invalid).replace("  steps {\n", "  # Các bước theo Quyết định của Sở\n  steps {\n");
    let text = text.replacen("on refused    issue BM02 by cv_mc", "on refused    issue BM02 by cv_mc # trả lời bằng văn bản", 1);
    let fixed = fix(&dir, text, false);
    assert!(fixed.applied.iter().any(|a| a.code.0 == "QC047"), "{:?}", fixed.applied);
    assert!(fixed.text.contains("# Các bước theo Quyết định của Sở\n  steps {"), "{}", fixed.text);
    assert!(fixed.text.contains("BM03 by cv_mc  # trả lời bằng văn bản"), "{}", fixed.text);
}

#[test]
fn a_file_that_does_not_parse_is_left_as_it_is() {
    let meta = rules().iter().map(|r| r.meta()).find(|m| m.code.0 == "QC047").expect("QC047");
    let dir = directory(meta);
    let text = procedure_with(meta.invalid).replace("  steps {", "  steps {{ \"");
    let fixed = fix(&dir, text.clone(), true);
    assert!(fixed.unparseable && !fixed.changed() && fixed.text == text);
}

/// Found by fuzzing: a branch with an end-of-line comment. The closure is written before the
/// comment (it was added inside it, again and again), and the loop ends.
#[test]
fn a_fix_lands_before_an_end_of_line_comment() {
    let meta = rules().iter().map(|r| r.meta()).find(|m| m.code.0 == "QC058").expect("QC058");
    let dir = directory(meta);
    let steps = meta.valid.iter().find(|(k, _)| *k == "steps").map(|(_, t)| *t).expect("steps");
    let steps = steps.replace(
        "on incomplete issue BM02 by cv_mc within 3d closes_after 15 calendar_days",
        "on incomplete issue BM02 by cv_mc within 3d  # hỏi lại bộ phận một cửa",
    );
    let text = procedure_with(&[("regime", "  regime decree_118_2025"), ("steps", &steps)]);
    let fixed = fix(&dir, text, false);
    assert!(fixed.broke.is_none(), "{:?}", fixed.applied);
    assert!(fixed.text.contains("within 3d closes_after 15 calendar_days  # hỏi lại bộ phận một cửa"), "{}", fixed.text);
    assert_eq!(fixed.applied.iter().filter(|a| a.code.0 == "QC059").count(), 1);
}

/// Found by fuzzing: `migrate`'s own edits keep a file that parsed parsing — a quoted
/// decision written against its keyword (`approved_by"797/QĐ-UBND"`) becomes `draft` with a
/// space before it.
#[test]
fn migrate_edits_keep_a_file_parsing() {
    let meta = rules().iter().map(|r| r.meta()).find(|m| m.code.0 == "QC047").expect("QC047");
    let dir = directory(meta);
    let text = procedure_with(&[("approved_by", r#"  approved_by"797/QĐ-UBND""#)]);
    let (source, diags) = quytrinh_syntax::parse(&text, PROCEDURE);
    assert!(!diags.iter().any(|d| d.severity == quytrinh_diagnostics::Severity::Error), "{diags:?}");
    let view = lower_file(&dir, PROCEDURE, ParsedFile::new("procedure.qtr".into(), source), LowerOptions::default()).0;
    let date = quytrinh_syntax::ast::Date { year: 2026, month: 12, day: 1 };
    let mut edits: Vec<_> =
        view.procedures.iter().filter_map(|p| quytrinh_check::migrate::procedure_edits(&view, p, date)).flat_map(|m| m.edits).collect();
    let migrated = quytrinh_check::migrate::apply_edits(&text, &mut edits);
    let (_, diags) = quytrinh_syntax::parse(&migrated, PROCEDURE);
    assert!(!diags.iter().any(|d| d.severity == quytrinh_diagnostics::Severity::Error), "{diags:?}\n{migrated}");
    assert!(migrated.contains("approved_by draft"), "{migrated}");
}

/// A fix whose result does not parse (a bug in a rule) is undone: the file keeps the text it
/// had, the fix is not counted, and the run says which code broke it. Two ways to break a
/// file: text the formatter refuses (an unclosed brace), and text only the full parse
/// refuses (a control character, which the formatter lets through).
#[test]
fn a_fix_that_breaks_the_file_is_undone() {
    use quytrinh_check::autofix::fix_file_from;
    use quytrinh_diagnostics::{Code, Edit, Fix, Span, Text};
    let meta = rules().iter().map(|r| r.meta()).find(|m| m.code.0 == "QC047").expect("QC047");
    let dir = directory(meta);
    let text = quytrinh_syntax::fmt::format(&procedure_with(meta.valid), Default::default()).expect("formats");
    let at = text.find("steps {").expect("steps");
    let config = Config::default();
    let keep = |_: &Diagnostic| true;
    let req = FixRequest {
        directory: &dir,
        options: LowerOptions::default(),
        config: &config,
        unsafe_fixes: false,
        also_unsafe: &[],
        keep: &keep,
    };
    // The first quote of the first step's text.
    let quote = at + text[at..].find('"').expect("a step text");
    for (span, broken, formats) in [((at, at + "steps {".len()), "steps { {", false), ((quote, quote + 1), "\"\u{7}", true)] {
        let edited = format!("{}{broken}{}", &text[..span.0], &text[span.1..]);
        assert_eq!(quytrinh_syntax::fmt::format(&edited, Default::default()).is_ok(), formats, "{broken:?}");
        let fix = Fix::safe(Text::new("hỏng", "broken"), vec![Edit::replace(Span::new(PROCEDURE, span.0, span.1), broken)]);
        let finding = Diagnostic::warning(Code("QC047"), Span::new(PROCEDURE, at, at + 5), Text::new("x", "x")).with_fix(fix);
        let fixed = fix_file_from(text.clone(), PROCEDURE, "procedure.qtr", &req, Some(vec![finding]));
        assert_eq!(fixed.broke, Some(Code("QC047")), "{broken:?}");
        assert!(!fixed.changed(), "{broken:?}: {:?}", fixed.applied);
        assert_eq!(fixed.text, text, "{broken:?}");
    }
}
