//! Officer words for every grammar rule, used when the parser says what it expected.
//!
//! The `match` has no wildcard arm on purpose: adding a rule to the grammar without words
//! for it does not compile.

use crate::grammar::Rule;

/// What a grammar rule means, in words an ISO officer understands.
pub struct RuleWords {
    pub vi: &'static str,
    pub en: &'static str,
}

const fn w(vi: &'static str, en: &'static str) -> RuleWords {
    RuleWords { vi, en }
}

pub fn rule_words(rule: Rule) -> RuleWords {
    match rule {
        Rule::EOI => w("hết tệp", "the end of the file"),
        Rule::WHITESPACE => w("khoảng trắng", "a space"),
        Rule::COMMENT => w("một ghi chú bắt đầu bằng `#`", "a comment starting with `#`"),
        Rule::file => w("các mục của quy trình", "the entries of a procedure file"),
        Rule::top_entry | Rule::entry | Rule::node => {
            w("một mục (từ khóa rồi đến giá trị, ví dụ `name \"…\"`)", "an entry (a keyword then its values, e.g. `name \"…\"`)")
        }
        Rule::block => w("một khối `{ … }`", "a block `{ … }`"),
        Rule::close => w("dấu `}` đóng khối", "a closing `}`"),
        Rule::unclosed => w("dấu `}` đóng khối", "a closing `}`"),
        Rule::value => w(
            "một giá trị (văn bản trong ngoặc kép, số, ngày, thời gian như `4h`)",
            "a value (quoted text, a number, a date, a duration such as `4h`)",
        ),
        Rule::text_block | Rule::text_inner => w("một đoạn văn bản trong `\"\"\"` … `\"\"\"`", "a paragraph between `\"\"\"` and `\"\"\"`"),
        Rule::unclosed_text_block => w("dấu `\"\"\"` đóng đoạn văn bản", "a closing `\"\"\"`"),
        Rule::curly_string | Rule::curly_inner => w("văn bản trong ngoặc kép thẳng `\"…\"`", "text in straight quotes `\"…\"`"),
        Rule::string | Rule::string_inner => {
            w("văn bản trong ngoặc kép, ví dụ `\"Phòng Quản lý công nghệ\"`", "quoted text such as `\"Technology office\"`")
        }
        Rule::date => w("một ngày như `2020-05-15` hoặc `15/05/2020`", "a date such as `2020-05-15` or `15/05/2020`"),
        Rule::measure | Rule::unit => w(
            "một thời lượng như `4h` (giờ làm việc) hoặc `0.5d` (ngày làm việc)",
            "a duration such as `4h` (working hours) or `0.5d` (working days)",
        ),
        Rule::number | Rule::digits => w("một số như `7` hoặc `0.5`", "a number such as `7` or `0.5`"),
        Rule::word | Rule::word_char => w("một từ khóa hoặc mã định danh như `motcua`", "a keyword or an identifier such as `motcua`"),
        Rule::rest | Rule::junk | Rule::top_junk => w("hết dòng", "the end of the line"),
        Rule::sep => w("xuống dòng hoặc `;`", "a new line or `;`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_words_in_both_languages() {
        for rule in Rule::all_rules() {
            let words = rule_words(*rule);
            assert!(!words.vi.is_empty() && !words.en.is_empty(), "{rule:?} has no words");
            assert!(!words.en.contains('_'), "{rule:?} words leak a grammar name: {}", words.en);
        }
    }
}
