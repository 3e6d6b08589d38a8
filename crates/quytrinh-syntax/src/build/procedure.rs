//! `procedure "QT-…" { … }`: the metadata and the ISO sections of one internal procedure.

use quytrinh_diagnostics::{Span, Text};

use crate::ast::{Approval, Level, Procedure, RegimeName, Texts};
use crate::cst::Node;
use crate::keywords::Keyword as K;

use super::{Builder, Cursor};

/// Every keyword allowed directly inside a procedure, in ISO document order.
/// (Also the order `fmt` puts sections in.)
pub const PROCEDURE_KEYWORDS: &[K] = &[
    K::Tthc,
    K::Name,
    K::Field,
    K::Level,
    K::Agency,
    K::ApprovedBy,
    K::Regime,
    K::Effective,
    K::Interconnected,
    K::Revision,
    K::Purpose,
    K::Scope,
    K::References,
    K::Basis,
    K::Terms,
    K::Channels,
    K::OnlineLevel,
    K::Subjects,
    K::Conditions,
    K::Place,
    K::Reception,
    K::Dossier,
    K::Statutory,
    K::Fee,
    K::Charge,
    K::Result,
    K::Steps,
    K::Forms,
    K::Records,
];

impl Builder<'_> {
    /// procedure: `procedure "<ISO code>" { <sections> }`
    pub(super) fn procedure(&mut self, node: &Node) -> Option<Procedure> {
        let head = node.values[0].span;
        let mut c = Cursor::new(&node.values[1..], head);
        let code = c.text(
            self,
            &Text::new("mã quy trình trong ngoặc kép, ví dụ `\"QT-CGCN-01\"`", "the procedure code in quotes, e.g. `\"QT-CGCN-01\"`"),
        )?;
        c.finish(self, &Text::new("dòng `procedure`", "the `procedure` line"));
        let mut p = Procedure {
            code,
            span: node.span,
            head_span: head,
            tthc: None,
            name: None,
            field: None,
            level: None,
            agency: None,
            approved_by: None,
            regime: None,
            effective: None,
            interconnected: None,
            revisions: Vec::new(),
            purpose: None,
            scope: None,
            references: None,
            basis: None,
            terms: None,
            channels: None,
            online_level: None,
            reception: None,
            subjects: None,
            conditions: None,
            place: None,
            dossier: None,
            statutory: Vec::new(),
            fees: Vec::new(),
            result: None,
            steps: None,
            forms: None,
            records: None,
            written: Vec::new(),
            incomplete: node.block.as_ref().is_some_and(|b| b.close.is_none()) || contains_unclosed_text(node),
        };
        let Some(block) = self.block(node, &Text::new("quy trình", "a procedure")) else { return Some(p) };
        let context = ("trong khối `procedure`", "in a `procedure` block");
        for n in self.nodes(block) {
            let Some(kw) = self.head_keyword(n, PROCEDURE_KEYWORDS, &context) else {
                // A misspelt section keyword still names the section it was meant to be.
                if let Some(meant) = n.values[0].as_word().and_then(|w| guess_keyword(w, PROCEDURE_KEYWORDS)) {
                    p.written.push(meant);
                }
                continue;
            };
            p.written.push(kw);
            // The one-line statements take no block: one given is an error, not ignored
            // (a block after `effective` was dropped without a word).
            if matches!(
                kw,
                K::Level
                    | K::Agency
                    | K::ApprovedBy
                    | K::Regime
                    | K::Effective
                    | K::Interconnected
                    | K::Channels
                    | K::OnlineLevel
                    | K::Reception
            ) {
                let word = n.values[0].as_word().unwrap_or_default();
                self.no_block(n, &Text::new(format!("dòng `{word}`"), format!("the `{word}` line")));
            }
            let mut c = Cursor::new(&n.values[1..], n.values[0].span);
            match kw {
                K::Tthc => self.single_text(&mut c, n, &mut p.tthc, &Text::new("mã thủ tục hành chính", "the national TTHC code")),
                K::Name => self.single_text(&mut c, n, &mut p.name, &Text::new("tên thủ tục", "the procedure name")),
                K::Field => self.single_text(&mut c, n, &mut p.field, &Text::new("lĩnh vực", "the field")),
                K::Purpose => self.single_text(&mut c, n, &mut p.purpose, &Text::new("mục đích", "the purpose")),
                K::Scope => self.single_text(&mut c, n, &mut p.scope, &Text::new("phạm vi áp dụng", "the scope")),
                K::Place => self.single_text(
                    &mut c,
                    n,
                    &mut p.place,
                    &Text::new("nơi tiếp nhận và trả kết quả", "the place of reception and return"),
                ),
                K::Level => {
                    let level = self.level(&mut c);
                    self.once(&mut p.level, level, n, &Text::new("cấp thực hiện", "the level"));
                }
                K::Agency => {
                    let id = c.ident(self, &Text::new("mã cơ quan, ví dụ `sokhcn`", "an agency id such as `sokhcn`"));
                    c.finish(self, &Text::new("dòng `agency`", "the `agency` line"));
                    self.once(&mut p.agency, id, n, &Text::new("cơ quan thực hiện", "the agency"));
                }
                K::ApprovedBy => {
                    let approval = match c.eat(self, K::Draft) {
                        Some(s) => Some(Approval::Draft(s)),
                        None => c
                            .text(
                                self,
                                &Text::new(
                                    "số quyết định phê duyệt trong ngoặc kép, hoặc `draft`",
                                    "the approving decision number in quotes, or `draft`",
                                ),
                            )
                            .map(Approval::Decision),
                    };
                    c.finish(self, &Text::new("dòng `approved_by`", "the `approved_by` line"));
                    self.once(&mut p.approved_by, approval, n, &Text::new("quyết định phê duyệt", "the approving decision"));
                }
                K::Regime => {
                    let regime = self.regime_name(&mut c);
                    c.finish(self, &Text::new("dòng `regime`", "the `regime` line"));
                    self.once(&mut p.regime, regime, n, &Text::new("chế độ pháp lý", "the legal regime"));
                }
                K::Effective => {
                    let date = c.date(self);
                    c.finish(self, &Text::new("dòng `effective`", "the `effective` line"));
                    self.once(&mut p.effective, date, n, &Text::new("ngày hiệu lực", "the effective date"));
                }
                K::Interconnected => {
                    c.finish(self, &Text::new("dòng `interconnected`", "the `interconnected` line"));
                    let flag = Some(n.values[0].span);
                    self.once(&mut p.interconnected, flag, n, &Text::new("dấu liên thông", "the interconnected flag"));
                }
                K::Revision => {
                    if let Some(r) = self.revision(&mut c, n) {
                        p.revisions.push(r);
                    }
                }
                K::References => {
                    let v = self.citations(n, &Text::new("tài liệu viện dẫn", "the references"));
                    self.once(&mut p.references, v, n, &Text::new("mục tài liệu viện dẫn", "the references section"));
                }
                K::Basis => {
                    let v = self.citations(n, &Text::new("căn cứ pháp lý", "the legal basis"));
                    self.once(&mut p.basis, v, n, &Text::new("mục căn cứ pháp lý", "the legal basis section"));
                }
                K::Terms => {
                    let v = self.terms(n);
                    self.once(&mut p.terms, v, n, &Text::new("mục định nghĩa", "the terms section"));
                }
                K::Channels => {
                    let v = self.channels(&mut c, n);
                    self.once(&mut p.channels, v, n, &Text::new("cách thức thực hiện", "the channels"));
                }
                K::Reception => {
                    let v = self.reception(&mut c, n);
                    self.once(&mut p.reception, v, n, &Text::new("cách tiếp nhận", "the reception line"));
                }
                K::OnlineLevel => {
                    let v = self.online_level(&mut c, n);
                    self.once(&mut p.online_level, v, n, &Text::new("mức độ trực tuyến", "the online level"));
                }
                K::Subjects => {
                    let v = self.texts(&mut c, n, &Text::new("đối tượng thực hiện", "the subjects"));
                    self.once(&mut p.subjects, v, n, &Text::new("đối tượng thực hiện", "the subjects"));
                }
                K::Conditions => {
                    let v = self.texts(&mut c, n, &Text::new("yêu cầu, điều kiện", "the conditions"));
                    self.once(&mut p.conditions, v, n, &Text::new("yêu cầu, điều kiện", "the conditions"));
                }
                K::Result => {
                    let v = self.texts(&mut c, n, &Text::new("kết quả thực hiện", "the result"));
                    self.once(&mut p.result, v, n, &Text::new("kết quả thực hiện", "the result"));
                }
                K::Dossier => {
                    let v = self.dossier(&mut c, n);
                    self.once(&mut p.dossier, v, n, &Text::new("mục hồ sơ", "the dossier section"));
                }
                K::Statutory => {
                    if let Some(s) = self.statutory(&mut c, n) {
                        p.statutory.push(s);
                    }
                }
                K::Fee | K::Charge => {
                    if let Some(f) = self.fee(kw, &mut c, n) {
                        p.fees.push(f);
                    }
                }
                K::Steps => {
                    let v = self.steps(n);
                    self.once(&mut p.steps, v, n, &Text::new("mục các bước", "the steps section"));
                }
                K::Forms => {
                    let v = self.forms(n);
                    self.once(&mut p.forms, v, n, &Text::new("mục biểu mẫu", "the forms section"));
                }
                K::Records => {
                    let v = self.records(n);
                    self.once(&mut p.records, v, n, &Text::new("mục hồ sơ cần lưu", "the records section"));
                }
                _ => {}
            }
        }
        Some(p)
    }

    /// Keep the first value of a section that may appear once; report the second.
    fn once<T: HasSpan>(&mut self, slot: &mut Option<T>, value: Option<T>, n: &Node, what: &Text) {
        match (slot.as_ref(), value) {
            (Some(prev), Some(_)) => {
                let first = prev.span_of();
                self.duplicate(first, n.span, what);
            }
            (None, Some(v)) => *slot = Some(v),
            _ => {}
        }
    }

    fn level(&mut self, c: &mut Cursor) -> Option<(Level, Span)> {
        let what = Text::new(
            "cấp thực hiện: `province`, `commune`, `ministry` hoặc `district` (cấp_tỉnh, cấp_xã, cấp_bộ, cấp_huyện)",
            "a level: `province`, `commune`, `ministry` or `district`",
        );
        let level = match c.peek_keyword() {
            Some(K::Province) => Level::Province,
            Some(K::Commune) => Level::Commune,
            Some(K::Ministry) => Level::Ministry,
            Some(K::District) => Level::District,
            _ => {
                match c.next() {
                    Some(v) => c.wrong(self, v, &what),
                    None => c.missing(self, &what),
                }
                return None;
            }
        };
        let v = c.next()?;
        self.count_keyword(v);
        let span = v.span;
        c.finish(self, &Text::new("dòng `level`", "the `level` line"));
        Some((level, span))
    }

    pub(super) fn regime_name(&mut self, c: &mut Cursor) -> Option<(RegimeName, Span)> {
        let what =
            Text::new("tên chế độ pháp lý: `circular_01_2018` hoặc `decree_118_2025`", "a regime: `circular_01_2018` or `decree_118_2025`");
        let regime = match c.peek_keyword() {
            Some(K::Circular012018) => RegimeName::Circular012018,
            Some(K::Decree1182025) => RegimeName::Decree1182025,
            _ => {
                match c.next() {
                    Some(v) => c.wrong(self, v, &what),
                    None => c.missing(self, &what),
                }
                return None;
            }
        };
        let v = c.next()?;
        self.count_keyword(v);
        Some((regime, v.span))
    }

    /// Texts on the line (`subjects "A" "B"`), `none`, or one text per line in a block.
    fn texts(&mut self, c: &mut Cursor, n: &Node, what: &Text) -> Option<Texts> {
        let mut t = Texts { items: Vec::new(), none: None, span: n.span };
        if let Some(s) = c.eat(self, K::None) {
            t.none = Some(s);
        }
        while let Some(s) = c.opt_text() {
            t.items.push(s);
        }
        c.finish(self, what);
        if n.block.is_some() {
            let block = self.block(n, what)?;
            for inner in self.nodes(block) {
                let mut ic = Cursor::new(&inner.values, inner.span);
                while let Some(s) = ic.opt_text() {
                    t.items.push(s);
                }
                ic.finish(self, what);
            }
        }
        if t.items.is_empty() && t.none.is_none() {
            c.missing(self, &Text::new(format!("{} trong ngoặc kép (hoặc `none`)", what.vi), format!("{} in quotes (or `none`)", what.en)));
            return None;
        }
        Some(t)
    }
}

/// The keyword a near-miss word most likely means.
fn guess_keyword(word: &str, allowed: &[K]) -> Option<K> {
    let spellings: Vec<&str> = allowed.iter().flat_map(|k| k.en_forms().iter().chain(k.vi_forms())).copied().collect();
    crate::suggest::did_you_mean(word, &spellings).and_then(K::lookup).map(|(k, _)| k)
}

/// Does a node (or any node inside it) hold a `"""` block that is never closed?
fn contains_unclosed_text(node: &Node) -> bool {
    node.values.iter().any(|v| matches!(v.kind, crate::cst::ValueKind::UnclosedTextBlock))
        || node.block.as_ref().is_some_and(|b| {
            b.entries.iter().any(|e| match e {
                crate::cst::Entry::Node(n) => contains_unclosed_text(n),
                crate::cst::Entry::Junk(_) => false,
            })
        })
}

/// Anything whose first place can be pointed at in a "given twice" message.
pub(super) trait HasSpan {
    fn span_of(&self) -> Span;
}

macro_rules! has_span {
    ($($t:ty),*) => { $(impl HasSpan for $t { fn span_of(&self) -> Span { self.span } })* };
}
has_span!(
    crate::ast::Str,
    crate::ast::Ident,
    crate::ast::DateLit,
    crate::ast::Citations,
    crate::ast::Terms,
    crate::ast::Channels,
    crate::ast::OnlineLevel,
    crate::ast::Reception,
    crate::ast::Texts,
    crate::ast::Dossier,
    crate::ast::Steps,
    crate::ast::Forms,
    crate::ast::Records
);

impl HasSpan for Span {
    fn span_of(&self) -> Span {
        *self
    }
}

impl<T> HasSpan for (T, Span) {
    fn span_of(&self) -> Span {
        self.1
    }
}

impl HasSpan for Approval {
    fn span_of(&self) -> Span {
        match self {
            Approval::Decision(s) => s.span,
            Approval::Draft(s) => *s,
        }
    }
}
