//! The sections of a procedure other than its steps.

use quytrinh_diagnostics::{Diagnostic, Span, Text};

use crate::ast::{
    Channel, Channels, Citation, CitationKind, Citations, DayKind, Dossier, DossierItem, Fee, FeeAmount, FeeKind, FormDef, Forms, Ident,
    Medium, OnlineLevel, OnlineLevelKind, Reception, Record, Records, Retention, Revision, SignOff, StatutoryTime, Term, Terms,
};
use crate::codes;
use crate::cst::{Node, ValueKind};
use crate::keywords::Keyword as K;

use super::{Builder, Cursor};

impl Builder<'_> {
    /// revision: `revision <n> <date> "description" { drafted "name" "position" <date> reviewed … approved … }`
    pub(super) fn revision(&mut self, c: &mut Cursor, n: &Node) -> Option<Revision> {
        let number = c.opt_count(self);
        if number.is_none() {
            c.missing(self, &Text::new("số lần ban hành, ví dụ `1`", "the revision number, e.g. `1`"));
        }
        let date = c.opt_date(self);
        let description = c.opt_text();
        c.finish(self, &Text::new("dòng `revision`", "the `revision` line"));
        let mut r = Revision { number, date, description, drafted: None, reviewed: None, approved: None, span: n.span };
        if let Some(block) = &n.block {
            if block.close.is_none() {
                self.block(n, &Text::new("lần ban hành", "a revision"));
            }
            let ctx = ("trong khối `revision`", "in a `revision` block");
            for inner in self.nodes(block) {
                // Several sign-offs may share a line: `drafted "A" reviewed "B" approved "C"`.
                let mut ic = Cursor::new(&inner.values, inner.span);
                while !ic.is_done() {
                    let kw = match ic.peek_keyword() {
                        Some(k @ (K::Drafted | K::Reviewed | K::Approved)) => k,
                        _ => {
                            let fake = Node { values: ic_rest(&inner.values, &ic), block: None, rest: None, span: inner.span };
                            self.head_keyword(&fake, &[K::Drafted, K::Reviewed, K::Approved], &ctx);
                            break;
                        }
                    };
                    let head = ic.next().map(|v| v.span).unwrap_or(inner.span);
                    self.count_keyword_at(&inner.values, head);
                    let name = ic.text(self, &Text::new("họ tên trong ngoặc kép", "the name in quotes"));
                    let position = ic.opt_text();
                    let date = ic.opt_date(self);
                    let so = SignOff { name, position, date, span: head };
                    let slot = match kw {
                        K::Drafted => &mut r.drafted,
                        K::Reviewed => &mut r.reviewed,
                        _ => &mut r.approved,
                    };
                    if let Some(prev) = slot {
                        let first = prev.span;
                        self.duplicate(first, head, &Text::new("người ký này", "this sign-off"));
                    } else {
                        *slot = Some(so);
                    }
                }
            }
        }
        Some(r)
    }

    fn count_keyword_at(&mut self, values: &[crate::cst::Value], span: Span) {
        if let Some(v) = values.iter().find(|v| v.span == span) {
            self.count_keyword(v);
        }
    }

    /// basis / references: `{ <kind> "number" <date> "title" }` per line.
    pub(super) fn citations(&mut self, n: &Node, what: &Text) -> Option<Citations> {
        let block = self.block(n, what)?;
        let kinds = [K::Law, K::Resolution, K::Decree, K::Circular, K::Decision, K::Standard, K::Document];
        let mut out = Citations { items: Vec::new(), span: n.span };
        for inner in self.nodes(block) {
            let Some(kw) = self.head_keyword(inner, &kinds, &("trong danh sách văn bản", "in a list of documents")) else { continue };
            let kind = match kw {
                K::Law => CitationKind::Law,
                K::Resolution => CitationKind::Resolution,
                K::Decree => CitationKind::Decree,
                K::Circular => CitationKind::Circular,
                K::Decision => CitationKind::Decision,
                K::Standard => CitationKind::Standard,
                _ => CitationKind::Document,
            };
            let mut c = Cursor::new(&inner.values[1..], inner.values[0].span);
            let number = c.text(self, &Text::new("số hiệu văn bản trong ngoặc kép", "the document number in quotes"));
            let date = c.opt_date(self);
            let title = c.opt_text();
            c.finish(self, &Text::new("dòng văn bản", "the document line"));
            out.items.push(Citation { kind, number, date, title, span: inner.span });
        }
        Some(out)
    }

    /// terms: `{ TTHC "Thủ tục hành chính"  BPMC "Bộ phận Một cửa" }`
    pub(super) fn terms(&mut self, n: &Node) -> Option<Terms> {
        let block = self.block(n, &Text::new("mục định nghĩa", "the terms section"))?;
        let mut out = Terms { items: Vec::new(), span: n.span };
        for inner in self.nodes(block) {
            let mut c = Cursor::new(&inner.values, inner.span);
            while !c.is_done() {
                let Some(v) = c.next() else { break };
                let abbreviation = match &v.kind {
                    ValueKind::Word(w) => Ident { name: w.clone(), span: v.span },
                    ValueKind::Str(s) => Ident { name: s.clone(), span: v.span },
                    _ => {
                        c.wrong(self, v, &Text::new("một từ viết tắt, ví dụ `TTHC`", "an abbreviation such as `TTHC`"));
                        continue;
                    }
                };
                let meaning = c.text(self, &Text::new("nghĩa của từ viết tắt trong ngoặc kép", "its meaning in quotes"));
                out.items.push(Term { abbreviation, meaning });
            }
        }
        Some(out)
    }

    pub(super) fn channel(&mut self, c: &mut Cursor) -> Option<(Channel, Span)> {
        let ch = match c.peek_keyword() {
            Some(K::Direct) => Channel::Direct,
            Some(K::Online) => Channel::Online,
            Some(K::Postal) => Channel::Postal,
            _ => return None,
        };
        let v = c.next()?;
        self.count_keyword(v);
        Some((ch, v.span))
    }

    /// channels: `channels direct online postal`
    pub(super) fn channels(&mut self, c: &mut Cursor, n: &Node) -> Option<Channels> {
        let mut out = Channels { items: Vec::new(), span: n.span };
        while let Some(ch) = self.channel(c) {
            if let Some((_, first)) = out.items.iter().find(|(x, _)| *x == ch.0) {
                let first = *first;
                self.duplicate(first, ch.1, &Text::new("cách thức này", "this channel"));
            } else {
                out.items.push(ch);
            }
        }
        if out.items.is_empty() && c.is_done() {
            c.missing(self, &Text::new("cách thức: `direct`, `online`, `postal`", "a channel: `direct`, `online`, `postal`"));
        }
        c.finish(
            self,
            &Text::new("dòng `channels` (chỉ có `direct`, `online`, `postal`)", "the `channels` line (only `direct`, `online`, `postal`)"),
        );
        Some(out)
    }

    /// online_level: `online_level full` | `online_level partial "reason"`
    pub(super) fn online_level(&mut self, c: &mut Cursor, n: &Node) -> Option<OnlineLevel> {
        let kind = if c.eat(self, K::Full).is_some() {
            OnlineLevelKind::Full
        } else if c.eat(self, K::Partial).is_some() {
            OnlineLevelKind::Partial
        } else {
            let what = Text::new("`full` (toàn trình) hoặc `partial` (một phần)", "`full` or `partial`");
            match c.next() {
                Some(v) => c.wrong(self, v, &what),
                None => c.missing(self, &what),
            }
            return None;
        };
        let reason = c.opt_text();
        c.finish(self, &Text::new("dòng `online_level`", "the `online_level` line"));
        Some(OnlineLevel { kind, reason, span: n.span })
    }

    /// reception: `reception [outside_one_stop] [immediate_result] ["reason"]`, at least
    /// one of the two words.
    pub(super) fn reception(&mut self, c: &mut Cursor, n: &Node) -> Option<Reception> {
        let mut r = Reception { outside_one_stop: None, immediate_result: None, reason: None, span: n.span };
        loop {
            if let Some(sp) = c.eat(self, K::OutsideOneStop) {
                r.outside_one_stop = Some(sp);
            } else if let Some(sp) = c.eat(self, K::ImmediateResult) {
                r.immediate_result = Some(sp);
            } else {
                break;
            }
        }
        if r.outside_one_stop.is_none() && r.immediate_result.is_none() {
            let what = Text::new(
                "`outside_one_stop` (không tiếp nhận tại Bộ phận Một cửa) hoặc `immediate_result` (trả kết quả ngay)",
                "`outside_one_stop` or `immediate_result`",
            );
            match c.next() {
                Some(v) => c.wrong(self, v, &what),
                None => c.missing(self, &what),
            }
            return None;
        }
        r.reason = c.opt_text();
        c.finish(self, &Text::new("dòng `reception`", "the `reception` line"));
        Some(r)
    }

    /// dossier: `dossier [sets N] { item "name" original [N] copy [N] certified_copy [N] form F01 }`
    pub(super) fn dossier(&mut self, c: &mut Cursor, n: &Node) -> Option<Dossier> {
        let mut d = Dossier { sets: None, items: Vec::new(), span: n.span };
        if c.eat(self, K::Sets).is_some() {
            d.sets = c.opt_count(self);
            if d.sets.is_none() {
                c.missing(self, &Text::new("số bộ hồ sơ, ví dụ `1`", "the number of sets, e.g. `1`"));
            }
        }
        c.finish(self, &Text::new("dòng `dossier`", "the `dossier` line"));
        let block = self.block(n, &Text::new("mục hồ sơ", "the dossier section"))?;
        for inner in self.nodes(block) {
            let Some(kw) = self.head_keyword(inner, &[K::Item, K::Sets], &("trong khối `dossier`", "in a `dossier` block")) else {
                continue;
            };
            let mut c = Cursor::new(&inner.values[1..], inner.values[0].span);
            if kw == K::Sets {
                let sets = c.opt_count(self);
                if sets.is_none() {
                    c.missing(self, &Text::new("số bộ hồ sơ, ví dụ `1`", "the number of sets, e.g. `1`"));
                }
                c.finish(self, &Text::new("dòng `sets`", "the `sets` line"));
                match (d.sets, sets) {
                    (Some((_, first)), Some(_)) => self.duplicate(first, inner.span, &Text::new("số bộ hồ sơ", "the number of sets")),
                    (None, s) => d.sets = s,
                    _ => {}
                }
                continue;
            }
            let Some(name) = c.text(self, &Text::new("tên thành phần hồ sơ trong ngoặc kép", "the item name in quotes")) else {
                continue;
            };
            let mut item = DossierItem { name, originals: 0, copies: 0, certified_copies: 0, form: None, span: inner.span };
            while !c.is_done() {
                let count = |b: &mut Self, c: &mut Cursor| c.opt_count(b).map(|(n, _)| n).unwrap_or(1);
                if c.eat(self, K::Original).is_some() {
                    item.originals += count(self, &mut c);
                } else if c.eat(self, K::CertifiedCopy).is_some() {
                    item.certified_copies += count(self, &mut c);
                } else if c.eat(self, K::Copy).is_some() {
                    item.copies += count(self, &mut c);
                } else if c.eat(self, K::Form).is_some() {
                    item.form = c.ident(self, &Text::new("mã biểu mẫu, ví dụ `F01`", "a form id such as `F01`"));
                } else {
                    c.finish(
                        self,
                        &Text::new(
                            "dòng `item` (dùng `original`, `copy`, `certified_copy`, `form`)",
                            "the `item` line (use `original`, `copy`, `certified_copy`, `form`)",
                        ),
                    );
                }
            }
            d.items.push(item);
        }
        Some(d)
    }

    /// statutory: `statutory [channel] <N> working_days|calendar_days`
    pub(super) fn statutory(&mut self, c: &mut Cursor, n: &Node) -> Option<StatutoryTime> {
        let channel = self.channel(c);
        let days = match c.opt_days(self) {
            Some((d, _)) => d,
            None => {
                if let Some(v) = c.peek() {
                    if let ValueKind::Measure { number, unit } = &v.kind {
                        self.push(
                            Diagnostic::error(codes::BAD_DURATION, v.span, Text::new(
                                format!("Thời hạn giải quyết viết số ngày rồi đơn vị: `{number} working_days` (ngày làm việc) hoặc `{number} calendar_days`"),
                                format!("Write the statutory time as days then unit: `{number} working_days` or `{number} calendar_days`"),
                            ))
                            .with_label(Text::new(format!("`{number}{unit}`"), format!("`{number}{unit}`"))),
                        );
                        return None;
                    }
                }
                c.missing(self, &Text::new("số ngày, ví dụ `7 working_days`", "a number of days, e.g. `7 working_days`"));
                c.finish(self, &Text::new("dòng `statutory`", "the `statutory` line"));
                return None;
            }
        };
        let unit = if c.eat(self, K::WorkingDays).is_some() {
            Some(DayKind::Working)
        } else if c.eat(self, K::CalendarDays).is_some() {
            Some(DayKind::Calendar)
        } else {
            None
        };
        c.finish(self, &Text::new("dòng `statutory`", "the `statutory` line"));
        self.no_block(n, &Text::new("thời hạn giải quyết", "the statutory time"));
        Some(StatutoryTime { days, unit, channel, span: n.span })
    }

    /// fee / charge: `fee [channel] none | <amount> [VND] ["basis"] | "text" ["basis"]`
    pub(super) fn fee(&mut self, kw: K, c: &mut Cursor, n: &Node) -> Option<Fee> {
        let kind = if kw == K::Fee { FeeKind::Fee } else { FeeKind::Charge };
        let channel = self.channel(c);
        let amount = if c.eat(self, K::None).is_some() {
            FeeAmount::None
        } else if let Some(t) = c.opt_text() {
            FeeAmount::Text(t)
        } else {
            match c.next() {
                Some(v) => match &v.kind {
                    ValueKind::Number(raw) => match parse_vnd(raw) {
                        Some(a) => FeeAmount::Vnd(a),
                        None => {
                            self.push(
                                Diagnostic::error(
                                    codes::BAD_NUMBER,
                                    v.span,
                                    Text::new(format!("`{raw}` không phải là một số tiền"), format!("`{raw}` is not an amount of money")),
                                )
                                .with_help(Text::new(
                                    "Viết số tiền bằng đồng, ví dụ `500000`, `500_000` hoặc `500.000`.",
                                    "Write the amount in dong, e.g. `500000`, `500_000` or `500.000`.",
                                )),
                            );
                            return None;
                        }
                    },
                    _ => {
                        c.wrong(
                            self,
                            v,
                            &Text::new(
                                "số tiền (ví dụ `500_000 VND`), văn bản trong ngoặc kép, hoặc `none`",
                                "an amount (e.g. `500_000 VND`), a quoted text, or `none`",
                            ),
                        );
                        return None;
                    }
                },
                None => {
                    c.missing(self, &Text::new("số tiền, văn bản, hoặc `none`", "an amount, a text, or `none`"));
                    return None;
                }
            }
        };
        if let Some(v) = c.peek() {
            if matches!(v.as_word(), Some("VND" | "vnd" | "đồng" | "VNĐ")) {
                c.next();
            }
        }
        let basis = c.opt_text();
        c.finish(self, &Text::new("dòng phí/lệ phí", "the fee line"));
        self.no_block(n, &Text::new("phí, lệ phí", "a fee"));
        Some(Fee { kind, channel, amount, basis, span: n.span })
    }

    /// forms: `{ F01 "name" source "…"  ;  use circular_01_2018 }`
    pub(super) fn forms(&mut self, n: &Node) -> Option<Forms> {
        let block = self.block(n, &Text::new("mục biểu mẫu", "the forms section"))?;
        let mut out = Forms { defs: Vec::new(), uses: Vec::new(), span: n.span };
        for inner in self.nodes(block) {
            let mut c = Cursor::new(&inner.values, inner.span);
            if c.eat(self, K::Use).is_some() {
                if let Some(r) = self.regime_name(&mut c) {
                    out.uses.push(r);
                }
                c.finish(self, &Text::new("dòng `use`", "the `use` line"));
                continue;
            }
            let Some(id) = c.ident(self, &Text::new("mã biểu mẫu, ví dụ `F01`", "a form id such as `F01`")) else { continue };
            let name = c.text(self, &Text::new("tên biểu mẫu trong ngoặc kép", "the form name in quotes"));
            let mut def = FormDef { id, name, source: None, span: inner.span };
            if c.eat(self, K::Source).is_some() {
                def.source = c.text(self, &Text::new("nguồn của biểu mẫu trong ngoặc kép", "the form source in quotes"));
            }
            c.finish(self, &Text::new("dòng biểu mẫu", "the form line"));
            out.defs.push(def);
        }
        Some(out)
    }

    /// records: `{ "name" keep 5y|forever by <unit> medium paper electronic form BM01 }`
    pub(super) fn records(&mut self, n: &Node) -> Option<Records> {
        let block = self.block(n, &Text::new("mục hồ sơ cần lưu", "the records section"))?;
        let mut out = Records { items: Vec::new(), span: n.span };
        for inner in self.nodes(block) {
            let mut c = Cursor::new(&inner.values, inner.span);
            let Some(name) = c.text(self, &Text::new("tên hồ sơ lưu trong ngoặc kép", "the record name in quotes")) else {
                c.finish(self, &Text::new("dòng hồ sơ lưu", "the record line"));
                continue;
            };
            let mut r = Record { name, keep: None, unit: None, media: Vec::new(), form: None, span: inner.span };
            while !c.is_done() {
                if c.eat(self, K::Keep).is_some() {
                    r.keep = self.retention(&mut c);
                } else if c.eat(self, K::By).is_some() {
                    r.unit = c.ident(self, &Text::new("mã đơn vị lưu", "the keeping unit id"));
                } else if c.eat(self, K::Medium).is_some() {
                    loop {
                        if c.eat(self, K::Paper).is_some() {
                            r.media.push(Medium::Paper);
                        } else if c.eat(self, K::Electronic).is_some() {
                            r.media.push(Medium::Electronic);
                        } else {
                            break;
                        }
                    }
                    if r.media.is_empty() {
                        c.missing(self, &Text::new("hình thức lưu: `paper` hoặc `electronic`", "a medium: `paper` or `electronic`"));
                    }
                } else if c.eat(self, K::Form).is_some() {
                    r.form = c.ident(self, &Text::new("mã biểu mẫu", "a form id"));
                } else {
                    c.finish(
                        self,
                        &Text::new(
                            "dòng hồ sơ lưu (dùng `keep`, `by`, `medium`, `form`)",
                            "the record line (use `keep`, `by`, `medium`, `form`)",
                        ),
                    );
                }
            }
            out.items.push(r);
        }
        Some(out)
    }

    fn retention(&mut self, c: &mut Cursor) -> Option<(Retention, Span)> {
        if let Some(s) = c.eat(self, K::Forever) {
            return Some((Retention::Forever, s));
        }
        let what = Text::new("thời gian lưu như `5y` (năm) hoặc `forever`", "a retention such as `5y` (years) or `forever`");
        match c.next() {
            Some(v) => match &v.kind {
                ValueKind::Measure { number, unit } if matches!(unit.as_str(), "y" | "năm") => match number.parse::<u32>() {
                    Ok(years) => Some((Retention::Years(years), v.span)),
                    Err(_) => {
                        c.wrong(self, v, &what);
                        None
                    }
                },
                _ => {
                    c.wrong(self, v, &what);
                    None
                }
            },
            None => {
                c.missing(self, &what);
                None
            }
        }
    }
}

fn ic_rest(values: &[crate::cst::Value], c: &Cursor) -> Vec<crate::cst::Value> {
    match c.peek() {
        Some(first) => values.iter().skip_while(|v| v.span != first.span).cloned().collect(),
        None => Vec::new(),
    }
}

/// An amount of dong: `500000`, `500_000`, or `500.000` (dots as thousands separators).
pub fn parse_vnd(raw: &str) -> Option<u64> {
    let groups: Vec<&str> = raw.split(['.', '_', ',']).collect();
    if groups.len() > 1 && groups[1..].iter().any(|g| g.len() != 3) {
        return None;
    }
    groups.concat().parse().ok()
}
