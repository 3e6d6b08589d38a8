//! Reading the values of one node, left to right, with a clear diagnostic for each value
//! that is missing or of the wrong kind.

use quytrinh_diagnostics::{Diagnostic, Span, Text};

use crate::ast::{Date, DateLit, Duration, Ident, Str};
use crate::codes;
use crate::cst::{Value, ValueKind};
use crate::keywords::Keyword;

use super::Builder;

pub struct Cursor<'v> {
    values: &'v [Value],
    pos: usize,
    /// Where to point when a value is missing: the end of the last value read.
    anchor: Span,
}

impl<'v> Cursor<'v> {
    pub fn new(values: &'v [Value], anchor: Span) -> Self {
        Cursor { values, pos: 0, anchor }
    }

    pub fn peek(&self) -> Option<&'v Value> {
        self.values.get(self.pos)
    }

    /// The value `n` places after the next one.
    pub fn peek_at(&self, n: usize) -> Option<&'v Value> {
        self.values.get(self.pos + n)
    }

    pub fn next(&mut self) -> Option<&'v Value> {
        let v = self.values.get(self.pos)?;
        self.pos += 1;
        self.anchor = v.span;
        Some(v)
    }

    pub fn is_done(&self) -> bool {
        self.pos >= self.values.len()
    }

    /// The keyword the next value spells, if it is one.
    pub fn peek_keyword(&self) -> Option<Keyword> {
        self.peek().and_then(|v| v.as_word()).and_then(|w| Keyword::lookup(w).map(|(k, _)| k))
    }

    /// Consume the next value if it spells `kw`.
    pub fn eat(&mut self, b: &mut Builder, kw: Keyword) -> Option<Span> {
        if self.peek_keyword() == Some(kw) {
            let v = self.next()?;
            b.count_keyword(v);
            return Some(v.span);
        }
        None
    }

    fn missing_at(&self) -> Span {
        Span::new(self.anchor.file, self.anchor.end(), self.anchor.end())
    }

    pub fn missing(&self, b: &mut Builder, what: &Text) {
        b.push(
            Diagnostic::error(
                codes::MISSING_VALUE,
                self.missing_at(),
                Text::new(format!("Thiếu {}", what.vi), format!("Missing {}", what.en)),
            )
            .with_label(Text::new("cần giá trị ở đây", "a value is needed here"))
            .with_help(Text::new(
                format!("Viết {} ngay sau từ khóa, trên cùng dòng.", what.vi),
                format!("Write {} right after the keyword, on the same line.", what.en),
            )),
        );
    }

    pub fn wrong(&self, b: &mut Builder, v: &Value, what: &Text) {
        b.push(
            Diagnostic::error(
                codes::WRONG_VALUE,
                v.span,
                Text::new(
                    format!("Cần {} nhưng gặp {}", what.vi, describe(v).vi),
                    format!("Expected {} but found {}", what.en, describe(v).en),
                ),
            )
            .with_label(Text::new(format!("cần {}", what.vi), format!("{} expected", what.en)))
            .with_help(hint_for(v, what)),
        );
    }

    /// A quoted text.
    pub fn text(&mut self, b: &mut Builder, what: &Text) -> Option<Str> {
        match self.peek() {
            Some(v) => match &v.kind {
                ValueKind::Str(s) | ValueKind::TextBlock(s) => {
                    self.next();
                    Some(Str { value: s.clone(), span: v.span })
                }
                ValueKind::UnclosedTextBlock => {
                    self.next();
                    None
                }
                _ => {
                    self.next();
                    self.wrong(b, v, what);
                    None
                }
            },
            None => {
                self.missing(b, what);
                None
            }
        }
    }

    /// A quoted text if the next value is one.
    pub fn opt_text(&mut self) -> Option<Str> {
        let v = self.peek()?;
        match &v.kind {
            ValueKind::Str(s) | ValueKind::TextBlock(s) => {
                self.next();
                Some(Str { value: s.clone(), span: v.span })
            }
            _ => None,
        }
    }

    /// An identifier (a word that is not read as a keyword here, or a quoted id).
    pub fn ident(&mut self, b: &mut Builder, what: &Text) -> Option<Ident> {
        match self.peek() {
            Some(v) => {
                self.next();
                match &v.kind {
                    ValueKind::Word(w) => Some(Ident { name: w.clone(), span: v.span }),
                    ValueKind::Str(s) if !s.trim().is_empty() => Some(Ident { name: s.trim().to_string(), span: v.span }),
                    _ => {
                        self.wrong(b, v, what);
                        None
                    }
                }
            }
            None => {
                self.missing(b, what);
                None
            }
        }
    }

    /// An identifier if the next value is a word that is not a keyword.
    pub fn opt_ident(&mut self) -> Option<Ident> {
        let v = self.peek()?;
        match &v.kind {
            ValueKind::Word(w) if Keyword::lookup(w).is_none() => {
                self.next();
                Some(Ident { name: w.clone(), span: v.span })
            }
            _ => None,
        }
    }

    pub fn opt_date(&mut self, b: &mut Builder) -> Option<DateLit> {
        let v = self.peek()?;
        if let ValueKind::Date(raw) = &v.kind {
            self.next();
            return b.date(raw, v.span);
        }
        None
    }

    pub fn date(&mut self, b: &mut Builder) -> Option<DateLit> {
        let what = Text::new("một ngày như `2020-05-15` hoặc `15/05/2020`", "a date such as `2020-05-15` or `15/05/2020`");
        match self.peek() {
            Some(Value { kind: ValueKind::Date(_), .. }) => self.opt_date(b),
            Some(v) => {
                self.next();
                self.wrong(b, v, &what);
                None
            }
            None => {
                self.missing(b, &what);
                None
            }
        }
    }

    /// A whole number (counts, revision numbers, sets).
    pub fn opt_count(&mut self, b: &mut Builder) -> Option<(u32, Span)> {
        let v = self.peek()?;
        if let ValueKind::Number(raw) = &v.kind {
            self.next();
            return match raw.replace('_', "").parse::<u32>() {
                Ok(n) => Some((n, v.span)),
                Err(_) => {
                    b.push(
                        Diagnostic::error(
                            codes::BAD_NUMBER,
                            v.span,
                            Text::new(format!("`{raw}` không phải là số nguyên"), format!("`{raw}` is not a whole number")),
                        )
                        .with_help(Text::new("Viết một số nguyên, ví dụ `1` hoặc `2`.", "Write a whole number such as `1` or `2`.")),
                    );
                    None
                }
            };
        }
        None
    }

    /// A plain number of days (`7`, `0.5`).
    pub fn opt_days(&mut self, b: &mut Builder) -> Option<(f64, Span)> {
        let v = self.peek()?;
        if let ValueKind::Number(raw) = &v.kind {
            self.next();
            return match parse_decimal(raw) {
                Some(n) => Some((n, v.span)),
                None => {
                    b.push(
                        Diagnostic::error(
                            codes::BAD_NUMBER,
                            v.span,
                            Text::new(format!("`{raw}` không phải là một số ngày"), format!("`{raw}` is not a number of days")),
                        )
                        .with_help(Text::new("Viết ví dụ `7` hoặc `0.5`.", "Write for example `7` or `0.5`.")),
                    );
                    None
                }
            };
        }
        None
    }

    /// A working duration `4h` / `0.5d` if the next value is a measure (or a number and a
    /// unit written apart, `4 giờ`, which is reported and read as `4h`).
    pub fn opt_duration(&mut self, b: &mut Builder) -> Option<Duration> {
        if let Some(d) = self.opt_day_count(b) {
            return Some(d);
        }
        if matches!(self.peek().map(|v| &v.kind), Some(ValueKind::Measure { .. })) || self.spaced_duration_ahead() {
            return self.duration_value(b);
        }
        None
    }

    /// A number of days with its kind as a keyword: `15 calendar_days` (ngày, counted on the
    /// calendar, as the law counts the closure of Decree 118/2025 Art. 19(5)) or
    /// `3 working_days` (the same as `3d`). `None`, consuming nothing, otherwise.
    pub fn opt_day_count(&mut self, b: &mut Builder) -> Option<Duration> {
        let ValueKind::Number(_) = self.peek()?.kind else { return None };
        let kind = self.peek_at(1)?.as_word().and_then(Keyword::lookup).map(|(k, _)| k)?;
        if !matches!(kind, Keyword::CalendarDays | Keyword::WorkingDays) {
            return None;
        }
        let (days, span) = self.opt_days(b)?;
        let unit = self.next()?;
        b.count_keyword(unit);
        let span = span.cover(unit.span);
        Some(if kind == Keyword::CalendarDays {
            Duration { hours: 0.0, written_in_days: true, calendar_days: Some(days), span }
        } else {
            Duration { hours: days * 8.0, written_in_days: true, calendar_days: None, span }
        })
    }

    /// Is the next value a number followed by a time unit written apart (`4 giờ`, `2 d`)?
    pub fn spaced_duration_ahead(&self) -> bool {
        matches!(self.peek().map(|v| &v.kind), Some(ValueKind::Number(_)))
            && self.peek_at(1).and_then(|v| v.as_word()).is_some_and(|w| super::unit_hours(w).is_some())
    }

    /// Read a duration (the caller checked that one is next). `None` after reporting a bad one.
    pub fn duration_value(&mut self, b: &mut Builder) -> Option<Duration> {
        let v = self.next()?;
        match &v.kind {
            ValueKind::Measure { number, unit } => b.duration(number, unit, v.span),
            ValueKind::Number(number) => {
                let u = self.next()?;
                let unit = u.as_word().unwrap_or_default().to_string();
                let span = v.span.cover(u.span);
                let canonical = match super::unit_hours(&unit) {
                    Some(h) if h > 1.0 => "d",
                    _ => "h",
                };
                let joined = format!("{number}{canonical}");
                b.push(
                    Diagnostic::error(
                        codes::BAD_DURATION,
                        span,
                        Text::new(
                            format!("Thời gian viết liền số với đơn vị: `{joined}`"),
                            format!("Write the time with its unit attached: `{joined}`"),
                        ),
                    )
                    .with_label(Text::new(format!("viết `{joined}`"), format!("write `{joined}`")))
                    .with_help(Text::new(
                        format!("Bỏ khoảng trắng giữa số và đơn vị: `{joined}`."),
                        format!("Remove the space between the number and the unit: `{joined}`."),
                    )),
                );
                b.duration(number, &unit, span)
            }
            _ => None,
        }
    }

    /// Report every value left on the line.
    pub fn finish(&mut self, b: &mut Builder, context: &Text) {
        while let Some(v) = self.next() {
            b.unexpected_value(v, context);
        }
    }
}

/// A decimal number as officers write it: `0.5`, or `0,5` (read as 0.5; the caller reports
/// the comma).
pub fn parse_decimal(raw: &str) -> Option<f64> {
    let raw = raw.replace(',', ".");
    if raw.contains('_') || raw.matches('.').count() > 1 {
        return None;
    }
    raw.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// What a value is, in words.
pub fn describe(v: &Value) -> Text {
    match &v.kind {
        ValueKind::Word(w) if w.chars().count() > SHOWN => {
            let w = shortened(w);
            Text::new(format!("từ `{w}`"), format!("the word `{w}`"))
        }
        ValueKind::Word(w) => match Keyword::lookup(w) {
            Some(_) => Text::new(format!("từ khóa `{w}`"), format!("the keyword `{w}`")),
            None => Text::new(format!("từ `{w}`"), format!("the word `{w}`")),
        },
        ValueKind::Str(_) | ValueKind::TextBlock(_) | ValueKind::UnclosedTextBlock => {
            Text::new("một văn bản trong ngoặc kép", "a quoted text")
        }
        ValueKind::Number(n) => {
            let n = shortened(n);
            Text::new(format!("số `{n}`"), format!("the number `{n}`"))
        }
        ValueKind::Measure { number, unit } => Text::new(format!("thời lượng `{number}{unit}`"), format!("the duration `{number}{unit}`")),
        ValueKind::Date(d) => Text::new(format!("ngày `{d}`"), format!("the date `{d}`")),
    }
}

/// A word quoted in a message is shortened past this many characters: a stray word of
/// thousands of characters would fill the screen.
const SHOWN: usize = 40;

/// `w`, or its beginning and end around `…` when it is longer than [`SHOWN`] characters.
pub fn shortened(w: &str) -> std::borrow::Cow<'_, str> {
    let n = w.chars().count();
    if n <= SHOWN {
        return w.into();
    }
    let head: String = w.chars().take(SHOWN - 12).collect();
    let tail: String = w.chars().skip(n - 10).collect();
    format!("{head}…{tail}").into()
}

fn hint_for(v: &Value, what: &Text) -> Text {
    match &v.kind {
        ValueKind::Word(w) if what.en.contains("quoted") => {
            let w = shortened(w);
            Text::new(format!("Đặt văn bản trong ngoặc kép: `\"{w} …\"`."), format!("Put the text in double quotes: `\"{w} …\"`."))
        }
        _ => Text::new(format!("Ở vị trí này cần {}.", what.vi), format!("This place needs {}.", what.en)),
    }
}

/// Validate a date written `yyyy-mm-dd` or `dd/mm/yyyy`.
pub fn parse_date(raw: &str) -> Option<Date> {
    let parts: Vec<&str> = if raw.contains('/') { raw.split('/').rev().collect() } else { raw.split('-').collect() };
    if parts.len() != 3 {
        return None;
    }
    let year: u16 = parts[0].parse().ok()?;
    let month: u8 = parts[1].parse().ok()?;
    let day: u8 = parts[2].parse().ok()?;
    if !(1900..=2199).contains(&year) || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(Date { year, month, day })
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}
