//! Gives the concrete tree its meaning: reads each node by its keyword (English or
//! Vietnamese) into the typed AST, reporting every misplaced or unknown word at its span.

mod agency;
mod cursor;
mod procedure;
mod sections;
mod steps;

use quytrinh_diagnostics::{Diagnostic, FileId, Span, Text};

use crate::ast::{DateLit, Duration, Item};
use crate::codes;
use crate::cst::{Block, CstFile, Entry, Node, Value, ValueKind};
use crate::keywords::{Keyword, KeywordLang};
use crate::suggest::did_you_mean;

pub use cursor::{parse_date, parse_decimal, Cursor};
pub use procedure::PROCEDURE_KEYWORDS;

pub struct Builder<'a> {
    pub file: FileId,
    pub text: &'a str,
    pub diags: Vec<Diagnostic>,
    en_keywords: usize,
    vi_keywords: usize,
    /// Where a word was read as a keyword (the formatter translates exactly these).
    pub keyword_spans: Vec<Span>,
}

/// Build the items of a file from its concrete tree.
pub fn build(cst: &CstFile, text: &str, file: FileId) -> (Vec<Item>, Option<KeywordLang>, Vec<Diagnostic>) {
    let (items, lang, diags, _) = build_with_keywords(cst, text, file);
    (items, lang, diags)
}

/// [`build`], also returning where keywords were read.
pub fn build_with_keywords(cst: &CstFile, text: &str, file: FileId) -> (Vec<Item>, Option<KeywordLang>, Vec<Diagnostic>, Vec<Span>) {
    let mut b = Builder { file, text, diags: Vec::new(), en_keywords: 0, vi_keywords: 0, keyword_spans: Vec::new() };
    let mut items = Vec::new();
    for entry in &cst.entries {
        let Some(node) = b.entry(entry, true) else { continue };
        match b.head_keyword(node, &[Keyword::Agency, Keyword::Decision, Keyword::Procedure], &TOP_CONTEXT) {
            Some(Keyword::Agency) => items.extend(b.agency(node).map(Item::Agency)),
            Some(Keyword::Decision) => items.extend(b.decision(node).map(Item::Decision)),
            Some(Keyword::Procedure) => items.extend(b.procedure(node).map(|p| Item::Procedure(Box::new(p)))),
            _ => {}
        }
    }
    drop_missing_before_unterminated(&mut b.diags);
    one_value_error_per_line(&mut b.diags, text);
    let lang = match (b.en_keywords, b.vi_keywords) {
        (0, 0) => None,
        (en, vi) if vi > en => Some(KeywordLang::Vi),
        _ => Some(KeywordLang::En),
    };
    (items, lang, b.diags, b.keyword_spans)
}

/// `field "x` yields both "missing text" and "unterminated text" at the same place: keep
/// only the second, which says what to do.
fn drop_missing_before_unterminated(diags: &mut Vec<Diagnostic>) {
    let unterminated: Vec<Span> = diags.iter().filter(|d| d.code == codes::UNTERMINATED_STRING).map(|d| d.span).collect();
    diags
        .retain(|d| d.code != codes::MISSING_VALUE || !unterminated.iter().any(|u| u.start >= d.span.start && u.start <= d.span.start + 2));
}

/// One misread value usually misaligns the rest of its line (a missing opening quote makes
/// every word "out of place"): keep the first value error of each line, which is the one
/// that says what to fix.
fn one_value_error_per_line(diags: &mut Vec<Diagnostic>, text: &str) {
    let value_codes = [
        codes::UNEXPECTED_TEXT,
        codes::UNTERMINATED_STRING,
        codes::MISSING_VALUE,
        codes::WRONG_VALUE,
        codes::BAD_DURATION,
        codes::BAD_NUMBER,
        codes::UNKNOWN_KEYWORD,
    ];
    let line_of = |offset: usize| text.as_bytes()[..offset.min(text.len())].iter().filter(|b| **b == b'\n').count();
    diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let mut seen = std::collections::HashSet::new();
    diags.retain(|d| !value_codes.contains(&d.code) || seen.insert(line_of(d.span.start())));
}

const TOP_CONTEXT: (&str, &str) = ("ở ngoài cùng của tệp (chỉ có `agency`, `decision`, `procedure`)", "at the top level of a file");

impl Builder<'_> {
    pub fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    pub fn count_keyword(&mut self, v: &Value) {
        if let Some(w) = v.as_word() {
            if Keyword::lookup(w).is_some() {
                self.keyword_spans.push(v.span);
            }
            match Keyword::lookup(w) {
                Some((_, KeywordLang::En)) => self.en_keywords += 1,
                Some((_, KeywordLang::Vi)) => self.vi_keywords += 1,
                None => {}
            }
        }
    }

    /// A node to read, or `None` for a junk line (reported here). Also reports text left
    /// over at the end of the node's line.
    pub fn entry<'e>(&mut self, entry: &'e Entry, top: bool) -> Option<&'e Node> {
        match entry {
            Entry::Junk(span) => {
                self.junk(*span, top);
                None
            }
            Entry::Node(node) => {
                if let Some(rest) = node.rest {
                    self.junk(rest, top);
                }
                Some(node)
            }
        }
    }

    fn junk(&mut self, span: Span, top: bool) {
        let text = self.text.get(span.start()..span.end()).unwrap_or("");
        let (code, message, help) = if text.starts_with('"') {
            (
                codes::UNTERMINATED_STRING,
                Text::new("Văn bản trong ngoặc kép chưa được đóng trên dòng này", "This quoted text is not closed on its line"),
                Text::new(
                    "Thêm dấu `\"` ở cuối văn bản. Văn bản nhiều dòng thì dùng `\"\"\"` … `\"\"\"`.",
                    "Add a closing `\"`. For text over several lines use `\"\"\"` … `\"\"\"`.",
                ),
            )
        } else if top && text.starts_with('}') {
            (
                codes::STRAY_CLOSE,
                Text::new("Dấu `}` này không đóng khối nào", "This `}` closes no block"),
                Text::new("Xóa dấu `}` thừa, hoặc thêm `{` ở nơi mở khối.", "Remove the extra `}`, or add the `{` that opens the block."),
            )
        } else {
            (
                codes::UNEXPECTED_TEXT,
                Text::new(format!("Không hiểu được `{}`", shorten(text)), format!("Cannot read `{}`", shorten(text))),
                Text::new(
                    "Mỗi dòng là một mục: từ khóa rồi đến các giá trị, ví dụ `name \"…\"` hoặc `1 \"Tiếp nhận hồ sơ\" by motcua 4h`. Văn bản phải nằm trong ngoặc kép.",
                    "Each line is one entry: a keyword then its values, e.g. `name \"…\"` or `1 \"Receive the dossier\" by motcua 4h`. Text must be in double quotes.",
                ),
            )
        };
        let span = Span::new(span.file, span.start(), span.end());
        self.push(Diagnostic::error(code, span, message).with_help(help));
    }

    /// Read a node's first value as one of `allowed` keywords, reporting anything else with
    /// a "did you mean" hint.
    pub fn head_keyword(&mut self, node: &Node, allowed: &[Keyword], context: &(&str, &str)) -> Option<Keyword> {
        let first = node.values.first()?;
        if let Some(word) = first.as_word() {
            if let Some((kw, _)) = Keyword::lookup(word) {
                if allowed.contains(&kw) {
                    self.count_keyword(first);
                    return Some(kw);
                }
            }
            let candidates: Vec<&str> = allowed.iter().flat_map(|k| k.en_forms().iter().chain(k.vi_forms())).copied().collect();
            let shown = cursor::shortened(word);
            let message = if Keyword::lookup(word).is_some() {
                Text::new(
                    format!("Từ khóa `{shown}` không dùng được {}", context.0),
                    format!("The keyword `{shown}` is not allowed {}", context.1),
                )
            } else {
                Text::new(
                    format!("`{shown}` không phải là từ khóa dùng được {}", context.0),
                    format!("`{shown}` is not a keyword allowed {}", context.1),
                )
            };
            let mut d = Diagnostic::error(codes::UNKNOWN_KEYWORD, first.span, message);
            d = match did_you_mean(word, &candidates) {
                Some(s) => d
                    .with_label(Text::new(format!("có phải `{s}`?"), format!("did you mean `{s}`?")))
                    .with_help(Text::new(format!("Có phải ý bạn là `{s}`?"), format!("Did you mean `{s}`?"))),
                None => d.with_help(Text::new(
                    format!("Các từ khóa dùng được ở đây: {}.", list(allowed, KeywordLang::Vi)),
                    format!("Keywords allowed here: {}.", list(allowed, KeywordLang::En)),
                )),
            };
            self.push(d);
        } else {
            let what = cursor::describe(first);
            self.push(
                Diagnostic::error(
                    codes::UNKNOWN_KEYWORD,
                    first.span,
                    Text::new(
                        format!("Dòng này bắt đầu bằng {} thay vì một từ khóa", what.vi),
                        format!("This line starts with {} instead of a keyword", what.en),
                    ),
                )
                .with_help(Text::new(
                    format!("Các từ khóa dùng được ở đây: {}.", list(allowed, KeywordLang::Vi)),
                    format!("Keywords allowed here: {}.", list(allowed, KeywordLang::En)),
                )),
            );
        }
        None
    }

    /// The block of a node that needs one; reports a missing or unclosed block.
    pub fn block<'n>(&mut self, node: &'n Node, what: &Text) -> Option<&'n Block> {
        match &node.block {
            Some(block) => {
                if block.close.is_none() {
                    self.push(
                        Diagnostic::error(
                            codes::UNCLOSED_BLOCK,
                            block.open,
                            Text::new(
                                format!("Khối `{{` của {} không có dấu `}}` đóng", what.vi),
                                format!("The `{{` of {} is never closed", what.en),
                            ),
                        )
                        .with_label(Text::new("mở ở đây", "opened here"))
                        .with_help(Text::new(
                            "Thêm `}` ở cuối khối này (hoặc ở cuối một khối bên trong nó).",
                            "Add a `}` at the end of this block (or of a block inside it).",
                        )),
                    );
                }
                Some(block)
            }
            None => {
                let end = node.values.last().map(|v| v.span).unwrap_or(node.span);
                self.push(
                    Diagnostic::error(
                        codes::BLOCK_EXPECTED,
                        Span::new(self.file, end.end(), end.end()),
                        Text::new(
                            format!("{} cần một khối `{{ … }}`", capitalise(&what.vi)),
                            format!("{} needs a block `{{ … }}`", capitalise(&what.en)),
                        ),
                    )
                    .with_help(Text::new(
                        "Mở khối bằng `{` ở cuối dòng này và đóng bằng `}` trên một dòng riêng.",
                        "Open the block with `{` at the end of this line and close it with `}` on its own line.",
                    )),
                );
                None
            }
        }
    }

    /// Report a block given to a node that takes none.
    pub fn no_block(&mut self, node: &Node, what: &Text) {
        if let Some(block) = &node.block {
            self.push(
                Diagnostic::error(
                    codes::UNEXPECTED_TEXT,
                    block.open,
                    Text::new(
                        format!("{} không có khối `{{ … }}`", capitalise(&what.vi)),
                        format!("{} takes no block `{{ … }}`", capitalise(&what.en)),
                    ),
                )
                .with_help(Text::new("Viết các giá trị trên cùng một dòng.", "Write the values on the same line.")),
            );
        }
    }

    pub fn unexpected_value(&mut self, v: &Value, context: &Text) {
        let what = cursor::describe(v);
        let mut d = Diagnostic::error(
            codes::WRONG_VALUE,
            v.span,
            Text::new(
                format!("Thừa {} trong {}", what.vi, context.vi),
                format!("{} is out of place in {}", capitalise(&what.en), context.en),
            ),
        );
        if let ValueKind::Number(n) = &v.kind {
            d = d.with_help(Text::new(
                format!("Thời lượng viết liền với đơn vị: `{n}h` (giờ làm việc) hoặc `{n}d` (ngày làm việc)."),
                format!("Write a duration with its unit attached: `{n}h` (working hours) or `{n}d` (working days)."),
            ));
        } else {
            d = d.with_help(Text::new("Xóa giá trị này hoặc chuyển nó đến đúng chỗ.", "Remove this value or move it to its place."));
        }
        self.push(d);
    }

    /// Report the second occurrence of something that may appear once.
    pub fn duplicate(&mut self, first: Span, second: Span, what: &Text) {
        self.push(
            Diagnostic::error(
                codes::DUPLICATE_ENTRY,
                second,
                Text::new(format!("{} được khai báo hai lần", capitalise(&what.vi)), format!("{} is given twice", capitalise(&what.en))),
            )
            .with_label(Text::new("lần thứ hai", "second time"))
            .with_extra(first, Text::new("lần đầu ở đây", "first given here"))
            .with_help(Text::new("Giữ một khai báo và xóa khai báo còn lại.", "Keep one and remove the other.")),
        );
    }

    pub fn date(&mut self, raw: &str, span: Span) -> Option<DateLit> {
        match parse_date(raw) {
            Some(date) => Some(DateLit { date, span }),
            None => {
                self.push(
                    Diagnostic::error(
                        codes::BAD_DATE,
                        span,
                        Text::new(format!("`{raw}` không phải là một ngày có thật"), format!("`{raw}` is not a real date")),
                    )
                    .with_help(Text::new(
                        "Viết ngày dạng `năm-tháng-ngày` (`2020-05-15`) hoặc `ngày/tháng/năm` (`15/05/2020`).",
                        "Write dates as `year-month-day` (`2020-05-15`) or `day/month/year` (`15/05/2020`).",
                    )),
                );
                None
            }
        }
    }

    /// A working duration: `h` working hours or `d` working days (1 d = 8 h).
    pub fn duration(&mut self, number: &str, unit: &str, span: Span) -> Option<Duration> {
        let value = parse_decimal(number);
        if number.contains(',') && value.is_some() {
            let dotted = number.replace(',', ".");
            self.push(
                Diagnostic::error(
                    codes::BAD_NUMBER,
                    span,
                    Text::new(
                        format!("Số thập phân viết bằng dấu chấm: `{dotted}{unit}`"),
                        format!("Decimals are written with a dot: `{dotted}{unit}`"),
                    ),
                )
                .with_label(Text::new(format!("viết `{dotted}{unit}`"), format!("write `{dotted}{unit}`")))
                .with_help(Text::new(
                    format!("Trong tệp .qtr số thập phân dùng dấu chấm, không dùng dấu phẩy: `{dotted}{unit}`."),
                    format!("In .qtr files decimals use a dot, not a comma: `{dotted}{unit}`."),
                )),
            );
        }
        let (hours, in_days) = match (value, unit_hours(unit)) {
            (Some(v), Some(per)) => (v * per, per > 1.0),
            _ => {
                self.push(
                    Diagnostic::error(
                        codes::BAD_DURATION,
                        span,
                        Text::new(
                            format!("`{number}{unit}` không phải là thời lượng hợp lệ"),
                            format!("`{number}{unit}` is not a valid duration"),
                        ),
                    )
                    .with_label(Text::new("đơn vị là `h` (giờ) hoặc `d` (ngày)", "the unit is `h` (hours) or `d` (days)"))
                    .with_help(Text::new(
                        "Thời gian của bước viết bằng giờ làm việc (`4h`) hoặc ngày làm việc (`0.5d`, `3d`); 1 ngày làm việc = 8 giờ.",
                        "Step time is in working hours (`4h`) or working days (`0.5d`, `3d`); 1 working day = 8 hours.",
                    )),
                );
                return None;
            }
        };
        Some(Duration { hours, written_in_days: in_days, calendar_days: None, span })
    }

    /// Nodes of a block, skipping (and reporting) junk lines.
    pub fn nodes<'n>(&mut self, block: &'n Block) -> Vec<&'n Node> {
        block.entries.iter().filter_map(|e| self.entry(e, false)).collect()
    }
}

/// Working hours in one unit of a duration: `h`, `H`, `giờ`, `tiếng` → 1; `d`, `D`, `ngày` → 8.
pub fn unit_hours(unit: &str) -> Option<f64> {
    match unit {
        "h" | "H" | "giờ" | "tiếng" => Some(1.0),
        "d" | "D" | "ngày" => Some(8.0),
        _ => None,
    }
}

pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn list(allowed: &[Keyword], lang: KeywordLang) -> String {
    allowed.iter().map(|k| format!("`{}`", k.spelling(lang))).collect::<Vec<_>>().join(", ")
}

fn shorten(text: &str) -> String {
    let t: String = text.chars().take(40).collect();
    if t.len() < text.len() {
        format!("{t}…")
    } else {
        t
    }
}
