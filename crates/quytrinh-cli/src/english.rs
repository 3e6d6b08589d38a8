//! English counts: "1 file", "2 files" (Vietnamese nouns do not change with the number).

/// `n` and the noun, plural unless `n` is 1: `plural(1, "error")` is "1 error".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_is_singular() {
        assert_eq!(super::plural(0, "file"), "0 files");
        assert_eq!(super::plural(1, "file"), "1 file");
        assert_eq!(super::plural(2, "error"), "2 errors");
    }
}
