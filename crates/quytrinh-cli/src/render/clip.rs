//! Very long lines quoted around the finding only.
//!
//! A report quotes the lines of a finding. A line of ten thousand characters (a file on
//! one line, ten thousand `{`, a pasted paragraph) would fill the terminal and bury the
//! message, so such a line is quoted from a little before the first place marked on it to
//! a little after the last, with `…` where it was cut. Line and column numbers stay those
//! of the file.

use quytrinh_syntax::LineIndex;

/// A line longer than this (in characters) is quoted clipped; a citation with a long title
/// (about 200 characters) is still quoted whole.
pub const LONG_LINE: usize = 400;
/// Characters kept on either side of what is marked on a clipped line.
const AROUND: usize = 80;
/// At most this many characters of a clipped line are quoted.
const WINDOW: usize = 3 * AROUND;
const CUT: &str = "…";

/// The lines around some spans, long ones clipped, with what is needed to give the
/// file's own line and column for an offset in the clipped text.
pub struct Clipped {
    pub text: String,
    pub lines: LineIndex,
    /// The 0-based line of the file where the clipped text starts.
    pub first_line: usize,
    rows: Vec<Row>,
}

/// One line of the clipped text: the part `[from, to)` of the file's line, standing at
/// `at` in the clipped text, its first character being the file's column `column` (0-based).
struct Row {
    from: usize,
    to: usize,
    at: usize,
    column: usize,
    cut_before: bool,
    cut_after: bool,
}

impl Clipped {
    /// The lines from `context` lines above the first span to `context` lines below the
    /// last, long ones clipped; `None` when none of the lines quoted is long (the file's
    /// text is then quoted as it is).
    pub fn new(text: &str, lines: &LineIndex, spans: &[(usize, usize)], context: usize) -> Option<Clipped> {
        let line_of = |o: usize| lines.line(o.min(text.len())) - 1;
        let last = lines.line_count().saturating_sub(1);
        let quoted = |(s, e): &(usize, usize)| line_of(*s).saturating_sub(context)..=(line_of(*e) + context).min(last);
        if !spans.iter().flat_map(quoted).any(|l| is_long(line_text(text, lines, l))) {
            return None;
        }
        let first = spans.iter().map(|(s, _)| line_of(*s)).min()?.saturating_sub(context);
        let end = (spans.iter().map(|(_, e)| line_of(*e)).max()? + context).min(last);
        let mut out = String::new();
        let mut rows = Vec::with_capacity(end + 1 - first);
        for l in first..=end {
            let start = lines.line_start(l).unwrap_or(text.len());
            let line = line_text(text, lines, l);
            let (from, to) = if is_long(line) {
                // What is marked on this line, as offsets within it (the finding's own
                // place first).
                let marks: Vec<usize> = spans
                    .iter()
                    .flat_map(|(s, e)| [*s, *e])
                    .filter(|o| (start..=start + line.len()).contains(o))
                    .map(|o| o - start)
                    .collect();
                window(line, &marks)
            } else {
                (0, line.len())
            };
            let row = Row {
                from: start + from,
                to: start + to,
                at: out.len() + if from > 0 { CUT.len() } else { 0 },
                column: line[..from].chars().count(),
                cut_before: from > 0,
                cut_after: to < line.len(),
            };
            if row.cut_before {
                out.push_str(CUT);
            }
            out.push_str(&line[from..to]);
            if row.cut_after {
                out.push_str(CUT);
            }
            // A line break only where the file has one (the last line may have none).
            if lines.line_start(l + 1).is_some() {
                out.push('\n');
            }
            rows.push(row);
        }
        Some(Clipped { lines: LineIndex::new(&out), text: out, first_line: first, rows })
    }

    /// Where an offset of the file stands in the clipped text: a place cut away stands at
    /// the `…` that replaces it.
    pub fn offset(&self, file_lines: &LineIndex, offset: usize) -> usize {
        let l = (file_lines.line(offset) - 1).clamp(self.first_line, self.first_line + self.rows.len() - 1);
        let row = &self.rows[l - self.first_line];
        if offset < row.from {
            row.at - if row.cut_before { CUT.len() } else { 0 }
        } else {
            row.at + (offset.min(row.to) - row.from)
        }
    }

    /// The file's 0-based column of an offset of the clipped text.
    pub fn column(&self, offset: usize) -> usize {
        let k = self.lines.line(offset) - 1;
        let Some(row) = self.rows.get(k) else { return 0 };
        let part = self.text.get(row.at..offset.max(row.at)).unwrap_or_default();
        row.column + part.chars().count()
    }
}

/// The text of a 0-based line, without its line break.
fn line_text<'t>(text: &'t str, lines: &LineIndex, l: usize) -> &'t str {
    let start = lines.line_start(l).unwrap_or(text.len());
    let end = lines.line_start(l + 1).map(|e| e - 1).unwrap_or(text.len()).max(start);
    text[start..end].trim_end_matches('\r')
}

fn is_long(line: &str) -> bool {
    line.len() > LONG_LINE && line.chars().count() > LONG_LINE
}

/// The part of a long line to quote: `AROUND` characters either side of the marks on it,
/// or of the first mark alone (the finding's own place) when the others stand too far from
/// it; the line's beginning when nothing on it is marked (a line of context, or the middle
/// of a span of several lines).
fn window(line: &str, marks: &[usize]) -> (usize, usize) {
    let back = |o: usize, n: usize| line[..o].char_indices().rev().nth(n.saturating_sub(1)).map(|(i, _)| i).unwrap_or(0);
    let ahead = |o: usize, n: usize| line[o..].char_indices().nth(n).map(|(i, _)| o + i).unwrap_or(line.len());
    // A mark inside a character (not expected) is taken at that character's start.
    let boundary = |o: usize| (0..=o.min(line.len())).rev().find(|i| line.is_char_boundary(*i)).unwrap_or(0);
    let (Some(lo), Some(hi)) = (marks.iter().map(|m| boundary(*m)).min(), marks.iter().map(|m| boundary(*m)).max()) else {
        return (0, ahead(0, 2 * AROUND));
    };
    let around = |lo: usize, hi: usize| (if lo == 0 { 0 } else { back(lo, AROUND) }, ahead(hi, AROUND));
    let (from, to) = around(lo, hi);
    if line[from..to].chars().count() <= WINDOW {
        return (from, to);
    }
    let first = boundary(marks[0]);
    around(first, first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clip(text: &str, spans: &[(usize, usize)]) -> Option<Clipped> {
        Clipped::new(text, &LineIndex::new(text), spans, 1)
    }

    #[test]
    fn short_lines_are_quoted_as_they_are() {
        assert!(clip("a\nb { c }\nd\n", &[(4, 5)]).is_none());
    }

    #[test]
    fn a_long_line_is_cut_around_the_mark_and_keeps_the_file_s_columns() {
        let long = format!("{}X{}", "ạ".repeat(5000), "b".repeat(5000));
        let text = format!("đầu\n{long}\ncuối\n");
        let x = text.find('X').unwrap_or_default();
        let c = clip(&text, &[(x, x + 1)]).expect("clipped");
        assert_eq!(c.first_line, 0);
        let lines: Vec<&str> = c.text.lines().collect();
        assert_eq!(lines[0], "đầu");
        assert_eq!(lines[2], "cuối");
        assert!(lines[1].starts_with('…') && lines[1].ends_with('…'), "{}", lines[1]);
        assert!(lines[1].chars().count() <= 2 * AROUND + 3, "{}", lines[1].chars().count());
        let at = c.offset(&LineIndex::new(&text), x);
        assert_eq!(&c.text[at..at + 1], "X");
        // The column of `X` in the file: 5,000 characters before it.
        assert_eq!(c.column(at), 5000);
    }

    #[test]
    fn a_place_cut_away_stands_at_the_cut() {
        let text = format!("{}\n", "{".repeat(3000));
        let file_lines = LineIndex::new(&text);
        let c = clip(&text, &[(10, 11)]).expect("clipped");
        // From the start of the line (the mark is within the first characters).
        assert!(c.text.starts_with("{{{"));
        assert!(c.text.trim_end().ends_with('…'));
        let far = c.offset(&file_lines, 2900);
        assert_eq!(c.text[far..].chars().next(), Some('…'));
        assert_eq!(c.column(c.offset(&file_lines, 10)), 10);
    }

    #[test]
    fn lines_between_two_marks_are_kept_and_long_ones_shortened() {
        let text = format!("a\n{}\nb", "x".repeat(1000));
        let c = clip(&text, &[(0, 1), (text.len() - 1, text.len())]).expect("clipped");
        let lines: Vec<&str> = c.text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1].chars().count(), 2 * AROUND + 1);
    }

    proptest::proptest! {
        /// Any text and any marks: no panic, every mark lands in the clipped text on a
        /// character boundary, and the column given is the file's.
        #[test]
        fn marks_land_on_the_same_character(text in "([ạa{ \n]{0,40}|[x]{390,420}){1,6}", picks in proptest::collection::vec(0usize..5000, 1..4)) {
            let file_lines = LineIndex::new(&text);
            let mut spans: Vec<(usize, usize)> = picks.iter().map(|p| {
                let mut o = p % (text.len() + 1);
                while !text.is_char_boundary(o) { o -= 1; }
                (o, o)
            }).collect();
            spans.sort();
            if let Some(c) = Clipped::new(&text, &file_lines, &spans, 1) {
                for (s, _) in &spans {
                    let at = c.offset(&file_lines, *s);
                    proptest::prop_assert!(c.text.is_char_boundary(at));
                    let original = file_lines.line_col(&text, *s);
                    let here = c.text[at..].chars().next();
                    // Where the mark is kept, it is the same character at the same column.
                    if here != Some('…') {
                        proptest::prop_assert_eq!(here.filter(|ch| *ch != '\n'), text[*s..].chars().next().filter(|ch| *ch != '\n'));
                        proptest::prop_assert_eq!(c.column(at) + 1, original.column);
                        proptest::prop_assert_eq!(c.first_line + c.lines.line(at), original.line);
                    }
                }
            }
        }
    }
}
