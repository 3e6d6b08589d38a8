//! `steps { … }`: numbered steps, phases and branch handling.

use quytrinh_diagnostics::{Diagnostic, Text};

use crate::ast::{Branch, BranchKind, Ident, Phase, Step, Steps, Str};
use crate::codes;
use crate::cst::{Node, ValueKind};
use crate::keywords::Keyword as K;

use super::{Builder, Cursor};

/// The most steps a procedure may have (a real one has a few dozen).
pub const MAX_STEPS: usize = 1000;

/// A count with the Vietnamese thousands separator (`207.656`).
fn vi_count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

impl Builder<'_> {
    /// steps: `{ <step> | phase … { <step>* } | on <case> … }`
    pub(super) fn steps(&mut self, n: &Node) -> Option<Steps> {
        let block = self.block(n, &Text::new("mục các bước", "the steps section"))?;
        let mut out = Steps { steps: Vec::new(), phases: Vec::new(), branches: Vec::new(), span: n.span };
        for inner in self.nodes(block) {
            if matches!(inner.values[0].kind, ValueKind::Number(_)) {
                let step = self.step(inner);
                if !out.phases.is_empty() {
                    self.push(
                        Diagnostic::error(
                            codes::UNEXPECTED_TEXT,
                            inner.values[0].span,
                            Text::new(
                                "Bước này nằm ngoài mọi giai đoạn, sau khi đã có giai đoạn",
                                "This step is outside any phase, after phases have begun",
                            ),
                        )
                        .with_help(Text::new("Đưa bước vào trong khối `phase … { }`.", "Move the step into a `phase … { }` block.")),
                    );
                }
                out.steps.push(step);
                continue;
            }
            let ctx = ("trong khối `steps` (một bước bắt đầu bằng số thứ tự)", "in a `steps` block (a step starts with its number)");
            match self.head_keyword(inner, &[K::Phase, K::On], &ctx) {
                Some(K::Phase) => {
                    if let Some(p) = self.phase(inner) {
                        out.phases.push(p);
                    }
                }
                Some(K::On) => {
                    if let Some(b) = self.branch(inner) {
                        if let Some(prev) = out.branches.iter().find(|x| x.kind == b.kind) {
                            let first = prev.span;
                            self.duplicate(first, b.span, &Text::new("cách xử lý trường hợp này", "the handling of this case"));
                        } else {
                            out.branches.push(b);
                        }
                    }
                }
                _ => {}
            }
        }
        self.cap_steps(&mut out);
        Some(out)
    }

    /// Keep at most [`MAX_STEPS`] steps (in file order), with one error at the first step
    /// past the limit: a procedure this long is a mistake or an attack, and every output
    /// (the flowchart above all) grows with the number of steps.
    fn cap_steps(&mut self, out: &mut Steps) {
        let total = out.steps.len() + out.phases.iter().map(|p| p.steps.len()).sum::<usize>();
        if total <= MAX_STEPS {
            return;
        }
        let mut starts: Vec<usize> =
            out.steps.iter().chain(out.phases.iter().flat_map(|p| p.steps.iter())).map(|s| s.span.start()).collect();
        starts.sort_unstable();
        let cut = starts[MAX_STEPS];
        let first_dropped =
            out.steps.iter().chain(out.phases.iter().flat_map(|p| p.steps.iter())).find(|s| s.span.start() == cut).map(|s| s.number.1);
        out.steps.retain(|s| s.span.start() < cut);
        for p in &mut out.phases {
            p.steps.retain(|s| s.span.start() < cut);
        }
        if let Some(span) = first_dropped {
            self.push(
                Diagnostic::error(
                    codes::TOO_MANY_STEPS,
                    span,
                    Text::new(
                        format!("Quy trình có {} bước, quá giới hạn 1.000 bước: các bước từ đây không được đọc", vi_count(total)),
                        format!("The procedure has {total} steps, over the limit of 1,000: the steps from here on are not read"),
                    ),
                )
                .with_help(Text::new(
                    "Một quy trình nội bộ thường có dưới 30 bước. Kiểm tra xem tệp có bị dán lặp nhiều lần không, hoặc tách thành nhiều quy trình.",
                    "An internal procedure usually has fewer than 30 steps. Check that the file was not pasted into itself many times, or split it into several procedures.",
                )),
            );
        }
    }

    /// step: `<number> "content" by <actor> <duration> [issues <form>…] [uses <form>…] [consults <body>]`
    fn step(&mut self, n: &Node) -> Step {
        let first = &n.values[0];
        let number = match &first.kind {
            ValueKind::Number(s) => s.clone(),
            _ => String::new(),
        };
        let mut c = Cursor::new(&n.values[1..], first.span);
        let content = c.opt_text();
        let errors_before = self.diags.len();
        let mut step = Step {
            broken: n.rest.is_some(),
            number: (number, first.span),
            content,
            actor: None,
            duration: None,
            issues: Vec::new(),
            uses: Vec::new(),
            consults: None,
            span: n.span,
        };
        while !c.is_done() {
            if c.eat(self, K::By).is_some() {
                step.actor = c.ident(
                    self,
                    &Text::new("mã đơn vị hoặc chức danh thực hiện, ví dụ `motcua`", "the responsible unit or role, e.g. `motcua`"),
                );
            } else if c.eat(self, K::Issues).is_some() {
                self.form_list(&mut c, &mut step.issues);
            } else if c.eat(self, K::Uses).is_some() {
                self.form_list(&mut c, &mut step.uses);
            } else if let Some(d) = c.opt_day_count(self) {
                // A step is working time: `3 working_days` is `3d`; calendar days are refused
                // because a step's time does not stop for weekends and holidays otherwise.
                if d.calendar_days.is_some() {
                    self.push(
                        Diagnostic::error(
                            codes::BAD_DURATION,
                            d.span,
                            Text::new(
                                "Thời gian của một bước là thời gian làm việc, không tính theo ngày lịch",
                                "A step's time is working time, not calendar days",
                            ),
                        )
                        .with_help(Text::new(
                            "Viết bằng giờ làm việc (`4h`) hoặc ngày làm việc (`3d`). `calendar_days` dùng cho thời hạn luật tính theo ngày (thời hạn giải quyết, `closes_after`).",
                            "Write working hours (`4h`) or working days (`3d`). `calendar_days` is for limits the law counts in days (the statutory time, `closes_after`).",
                        )),
                    );
                } else if let Some(prev) = step.duration {
                    self.duplicate(prev.span, d.span, &Text::new("thời gian của bước", "the step's time"));
                } else {
                    step.duration = Some(d);
                }
            } else if c.eat(self, K::Consults).is_some() {
                // The consulted body: an agency of the catalogue (`sotc`) or a name.
                step.consults = match c.opt_text() {
                    Some(t) => Some(t),
                    None => c
                        .ident(
                            self,
                            &Text::new(
                                "cơ quan được lấy ý kiến: mã cơ quan, ví dụ `sotc`, hoặc tên trong ngoặc kép",
                                "the consulted body: an agency id such as `sotc`, or a name in quotes",
                            ),
                        )
                        .map(|i| Str { value: i.name, span: i.span }),
                };
            } else if matches!(c.peek().map(|v| &v.kind), Some(ValueKind::Measure { .. })) || c.spaced_duration_ahead() {
                // A bad unit is reported by the reader, and the value still counts as the
                // step's time so that nothing else on the line is misread.
                if let Some(d) = c.duration_value(self) {
                    if let Some(prev) = step.duration {
                        self.duplicate(prev.span, d.span, &Text::new("thời gian của bước", "the step's time"));
                    } else {
                        step.duration = Some(d);
                    }
                }
            } else if let Some(kw) = self.misspelt_step_keyword(&mut c) {
                match kw {
                    K::By => step.actor = c.ident(self, &Text::new("mã đơn vị hoặc chức danh thực hiện", "the responsible unit or role")),
                    K::Issues => self.form_list(&mut c, &mut step.issues),
                    _ => self.form_list(&mut c, &mut step.uses),
                }
            } else {
                let Some(v) = c.next() else { break };
                let mut d = Diagnostic::error(
                    codes::WRONG_VALUE,
                    v.span,
                    Text::new(
                        format!("Thừa {} trong bước", super::cursor::describe(v).vi),
                        format!("{} is out of place in the step", super::capitalise(&super::cursor::describe(v).en)),
                    ),
                );
                d = match &v.kind {
                    ValueKind::Number(num) => d.with_help(Text::new(
                        format!("Thời gian viết liền với đơn vị: `{num}h` (giờ làm việc) hoặc `{num}d` (ngày làm việc)."),
                        format!("Write the time with its unit attached: `{num}h` (working hours) or `{num}d` (working days)."),
                    )),
                    ValueKind::Word(w) => d.with_help(Text::new(
                        format!("Một bước viết: số, nội dung, `by <người thực hiện>`, thời gian, `issues <biểu mẫu>`. Nếu `{w}` là người thực hiện, viết `by {w}`."),
                        format!("A step is: number, content, `by <actor>`, time, `issues <forms>`. If `{w}` is the actor, write `by {w}`."),
                    )),
                    _ => d.with_help(Text::new(
                        "Một bước viết: số, \"nội dung\", `by <người thực hiện>`, thời gian như `4h`, `issues <biểu mẫu>`.",
                        "A step is: number, \"content\", `by <actor>`, a time such as `4h`, `issues <forms>`.",
                    )),
                };
                self.push(d);
            }
        }
        self.no_block(n, &Text::new("một bước", "a step"));
        step.broken |= self.diags.len() > errors_before;
        step
    }

    /// A word that is a near miss of `by`, `issues` or `uses` (`bi`, `isues`): reported
    /// with the right spelling, then read as that keyword so the rest of the step is kept.
    fn misspelt_step_keyword(&mut self, c: &mut Cursor) -> Option<K> {
        let v = c.peek()?;
        let word = v.as_word()?;
        if K::lookup(word).is_some() {
            return None;
        }
        let allowed = [K::By, K::Issues, K::Uses];
        let spellings: Vec<&str> = allowed.iter().flat_map(|k| k.en_forms().iter().chain(k.vi_forms())).copied().collect();
        let guess = crate::suggest::did_you_mean(word, &spellings)?;
        // Only when a value follows: a lone word is more likely a misplaced actor.
        let (kw, _) = K::lookup(guess)?;
        let follows = c.peek_at(1).is_some_and(|n| n.as_word().is_some());
        if !follows {
            return None;
        }
        c.next();
        self.push(
            Diagnostic::error(
                codes::UNKNOWN_KEYWORD,
                v.span,
                Text::new(
                    format!("Từ khóa `{word}` không có; có phải `{guess}`?"),
                    format!("Unknown keyword `{word}`; did you mean `{guess}`?"),
                ),
            )
            .with_label(Text::new(format!("có phải `{guess}`?"), format!("did you mean `{guess}`?")))
            .with_help(Text::new(format!("Sửa thành `{guess}`."), format!("Write `{guess}`."))),
        );
        Some(kw)
    }

    fn form_list(&mut self, c: &mut Cursor, out: &mut Vec<Ident>) {
        let before = out.len();
        while let Some(id) = c.opt_ident() {
            out.push(id);
        }
        if out.len() == before {
            c.missing(self, &Text::new("mã biểu mẫu, ví dụ `BM01`", "a form id such as `BM01`"));
        }
    }

    /// phase: `phase <n> "title" [statutory <N> working_days] { <step>* }`
    fn phase(&mut self, n: &Node) -> Option<Phase> {
        let mut c = Cursor::new(&n.values[1..], n.values[0].span);
        let number = c.opt_count(self);
        let title = c.opt_text();
        let statutory = if c.eat(self, K::Statutory).is_some() { self.statutory(&mut c, &Node { block: None, ..n.clone() }) } else { None };
        c.finish(self, &Text::new("dòng `phase`", "the `phase` line"));
        let block = self.block(n, &Text::new("giai đoạn", "a phase"))?;
        let mut phase = Phase { number, title, statutory, steps: Vec::new(), span: n.span };
        for inner in self.nodes(block) {
            if matches!(inner.values[0].kind, ValueKind::Number(_)) {
                let s = self.step(inner);
                phase.steps.push(s);
            } else {
                self.head_keyword(
                    inner,
                    &[],
                    &(
                        "trong một giai đoạn (chỉ có các bước, bắt đầu bằng số thứ tự)",
                        "in a phase (only steps, each starting with its number)",
                    ),
                );
            }
        }
        Some(phase)
    }

    /// branch: `on incomplete|refused|late issue <form> [by <actor>] [within <duration>]`
    fn branch(&mut self, n: &Node) -> Option<Branch> {
        let mut c = Cursor::new(&n.values[1..], n.values[0].span);
        let kind = if c.eat(self, K::Incomplete).is_some() {
            BranchKind::Incomplete
        } else if c.eat(self, K::Refused).is_some() {
            BranchKind::Refused
        } else if c.eat(self, K::Late).is_some() {
            BranchKind::Late
        } else if c.eat(self, K::Stopped).is_some() {
            BranchKind::Stopped
        } else {
            let what = Text::new(
                "trường hợp: `incomplete` (chưa đầy đủ), `refused` (từ chối), `late` (quá hạn) hoặc `stopped` (dừng giải quyết)",
                "a case: `incomplete`, `refused`, `late` or `stopped`",
            );
            match c.next() {
                Some(v) => c.wrong(self, v, &what),
                None => c.missing(self, &what),
            }
            return None;
        };
        let mut b = Branch { kind, issues: Vec::new(), actor: None, within: None, closes_after: None, span: n.span };
        while !c.is_done() {
            if c.eat(self, K::Issues).is_some() {
                self.form_list(&mut c, &mut b.issues);
            } else if c.eat(self, K::By).is_some() {
                b.actor = c.ident(self, &Text::new("mã đơn vị hoặc chức danh", "a unit or role id"));
            } else if c.eat(self, K::Within).is_some() {
                b.within = c.opt_duration(self);
                // The supplement request's limit is working time ("03 ngày làm việc",
                // Decree 118/2025 Art. 19(5)); calendar days here would slip past QC048.
                if let Some(d) = b.within.filter(|d| d.calendar_days.is_some()) {
                    self.push(
                        Diagnostic::error(
                            codes::BAD_DURATION,
                            d.span,
                            Text::new(
                                "Thời hạn `within` là thời gian làm việc, không tính theo ngày lịch",
                                "The `within` limit is working time, not calendar days",
                            ),
                        )
                        .with_help(Text::new(
                            "Viết bằng ngày làm việc, ví dụ `within 3d` (03 ngày làm việc).",
                            "Write working days, e.g. `within 3d` (03 working days).",
                        )),
                    );
                    b.within = None;
                } else if b.within.is_none() {
                    c.missing(self, &Text::new("thời hạn như `3d`", "a time limit such as `3d`"));
                }
            } else if c.eat(self, K::ClosesAfter).is_some() {
                b.closes_after = c.opt_duration(self);
                if b.closes_after.is_none() {
                    c.missing(self, &Text::new("thời hạn như `15 calendar_days`", "a time such as `15 calendar_days`"));
                }
            } else {
                c.finish(
                    self,
                    &Text::new(
                        "dòng `on` (dùng `issue`, `by`, `within`, `closes_after`)",
                        "the `on` line (use `issue`, `by`, `within`, `closes_after`)",
                    ),
                );
            }
        }
        self.no_block(n, &Text::new("cách xử lý", "a branch"));
        Some(b)
    }
}
