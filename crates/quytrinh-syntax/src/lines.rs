//! Byte offset → line and column, computed only for display.

/// Start offsets of every line of a text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

/// A 1-based line and column. `column` counts Unicode scalar values (characters), so
/// `Sở` is two columns; `utf16_column` is the 0-based UTF-16 offset LSP wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
    pub utf16_column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|s| *s <= offset).saturating_sub(1);
        let start = self.starts[line];
        let mut end = offset;
        while end > start && !text.is_char_boundary(end) {
            end -= 1;
        }
        let prefix = &text[start..end];
        LineCol { line: line + 1, column: prefix.chars().count() + 1, utf16_column: prefix.chars().map(char::len_utf16).sum() }
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|s| *s <= offset).max(1)
    }

    /// The byte offset of a 0-based line and a UTF-16 column (LSP positions), clamped to
    /// the line and to character boundaries.
    pub fn offset_of_utf16(&self, text: &str, line: usize, utf16_column: usize) -> usize {
        let Some(&start) = self.starts.get(line) else { return text.len() };
        let end = self.starts.get(line + 1).map(|e| e.saturating_sub(1)).unwrap_or(text.len()).max(start);
        let mut units = 0;
        for (i, c) in text[start..end].char_indices() {
            if units >= utf16_column {
                return start + i;
            }
            units += c.len_utf16();
        }
        end
    }

    /// The byte offset where a 0-based line starts, if the text has that line.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).copied()
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "ab\nSở Khoa\n";
        let idx = LineIndex::new(text);
        let k = text.find('K').expect("K present");
        assert_eq!(idx.line_col(text, k), LineCol { line: 2, column: 4, utf16_column: 3 });
        assert_eq!(idx.line_col(text, 0), LineCol { line: 1, column: 1, utf16_column: 0 });
        assert_eq!(idx.line_col(text, text.len()).line, 3);
        assert_eq!(idx.offset_of_utf16(text, 1, 3), k);
        assert_eq!(idx.offset_of_utf16(text, 1, 99), text.len() - 1);
    }
}
