//! Vietnamese text in a pre-Unicode form pasted into a Unicode file, and its conversion.
//!
//! A name or a step copied from an old document typed in a `.VnTime` (TCVN3, ABC) or
//! `VNI-Times` (VNI Windows) font arrives as the Windows-1252 glyphs of the legacy bytes:
//! "Sở Khoa học" becomes `Së Khoa häc` (TCVN3) or `Sôû Khoa hoïc` (VNI). Text typed on a
//! keyboard without a Vietnamese input method comes as VIQR: `Thu? tu?c ha\`nh chi'nh`.
//!
//! The tables are the published ones (TCVN 5712:1993 VN3 as the ABC fonts use it; VNI
//! Windows; VIQR, RFC 1456); the tests hold them to words converted by an independent
//! implementation. Detection works word by word and never trusts a single character: a
//! word counts as legacy only when it is *not* a Vietnamese syllable as written and *is*
//! one once converted, so "café", "naïve", "Zürich" and real Vietnamese stay silent.

use unicode_normalization::UnicodeNormalization;

/// A pre-Unicode way of writing Vietnamese found inside Unicode text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pasted {
    Tcvn3,
    Vni,
    Viqr,
}

impl Pasted {
    /// The name an officer knows it by (Vietnamese, English).
    pub fn name(self) -> (&'static str, &'static str) {
        match self {
            Pasted::Tcvn3 => ("TCVN3 (ABC, phông .VnTime)", "TCVN3 (ABC, .VnTime fonts)"),
            Pasted::Vni => ("VNI (phông VNI-Times)", "VNI (VNI-Times fonts)"),
            Pasted::Viqr => ("VIQR (dấu gõ bằng ? ' ` ~ . ^ ( +)", "VIQR (marks typed as ? ' ` ~ . ^ ( +)"),
        }
    }
}

/// A text found to be pasted in a legacy form, with its Unicode reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub encoding: Pasted,
    pub unicode: String,
}

/// TCVN3 (ABC): one byte per letter; these are the Windows-1252 glyphs of its bytes.
/// Capital letters with a tone have no byte of their own (the `.VnTimeH` fonts draw the
/// small letters as capitals), so a word in capitals is given back in capitals.
#[rustfmt::skip]
const TCVN3: &[(char, char)] = &[
    ('µ', 'à'), ('¸', 'á'), ('¶', 'ả'), ('·', 'ã'), ('¹', 'ạ'),
    ('¨', 'ă'), ('»', 'ằ'), ('¾', 'ắ'), ('¼', 'ẳ'), ('½', 'ẵ'), ('Æ', 'ặ'),
    ('©', 'â'), ('Ç', 'ầ'), ('Ê', 'ấ'), ('È', 'ẩ'), ('É', 'ẫ'), ('Ë', 'ậ'),
    ('®', 'đ'), ('Ì', 'è'), ('Ð', 'é'), ('Î', 'ẻ'), ('Ï', 'ẽ'), ('Ñ', 'ẹ'),
    ('ª', 'ê'), ('Ò', 'ề'), ('Õ', 'ế'), ('Ó', 'ể'), ('Ô', 'ễ'), ('Ö', 'ệ'),
    ('×', 'ì'), ('Ý', 'í'), ('Ø', 'ỉ'), ('Ü', 'ĩ'), ('Þ', 'ị'),
    ('ß', 'ò'), ('ã', 'ó'), ('á', 'ỏ'), ('â', 'õ'), ('ä', 'ọ'),
    ('«', 'ô'), ('å', 'ồ'), ('è', 'ố'), ('æ', 'ổ'), ('ç', 'ỗ'), ('é', 'ộ'),
    ('¬', 'ơ'), ('ê', 'ờ'), ('í', 'ớ'), ('ë', 'ở'), ('ì', 'ỡ'), ('î', 'ợ'),
    ('ï', 'ù'), ('ó', 'ú'), ('ñ', 'ủ'), ('ò', 'ũ'), ('ô', 'ụ'),
    ('\u{AD}', 'ư'), ('õ', 'ừ'), ('ø', 'ứ'), ('ö', 'ử'), ('÷', 'ữ'), ('ù', 'ự'),
    ('ú', 'ỳ'), ('ý', 'ý'), ('û', 'ỷ'), ('ü', 'ỹ'), ('þ', 'ỵ'),
    ('¡', 'Ă'), ('¢', 'Â'), ('§', 'Đ'), ('£', 'Ê'), ('¤', 'Ô'), ('¥', 'Ơ'), ('¦', 'Ư'),
];

/// VNI Windows letters of one byte (the Windows-1252 glyph, the letter).
#[rustfmt::skip]
const VNI_LETTERS: &[(char, char)] = &[
    ('ñ', 'đ'), ('Ñ', 'Đ'), ('ô', 'ơ'), ('Ô', 'Ơ'), ('ö', 'ư'), ('Ö', 'Ư'),
    ('ó', 'ĩ'), ('Ó', 'Ĩ'), ('ò', 'ị'), ('Ò', 'Ị'), ('æ', 'ỉ'), ('Æ', 'Ỉ'),
    ('î', 'ỵ'), ('Î', 'Ỵ'), ('ì', 'ì'), ('Ì', 'Ì'), ('í', 'í'), ('Í', 'Í'),
];

/// The marks VNI writes as a byte after the vowel: a shape and/or a tone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Circumflex,
    Breve,
    Horn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tone {
    Grave,
    Acute,
    Hook,
    Tilde,
    Dot,
}

impl Shape {
    fn combining(self) -> char {
        match self {
            Shape::Circumflex => '\u{302}',
            Shape::Breve => '\u{306}',
            Shape::Horn => '\u{31B}',
        }
    }
}

impl Tone {
    fn combining(self) -> char {
        match self {
            Tone::Grave => '\u{300}',
            Tone::Acute => '\u{301}',
            Tone::Hook => '\u{309}',
            Tone::Tilde => '\u{303}',
            Tone::Dot => '\u{323}',
        }
    }

    fn of(c: char) -> Option<Tone> {
        Some(match c {
            '\u{300}' => Tone::Grave,
            '\u{301}' => Tone::Acute,
            '\u{309}' => Tone::Hook,
            '\u{303}' => Tone::Tilde,
            '\u{323}' => Tone::Dot,
            _ => return None,
        })
    }
}

/// A VNI mark byte (either case): the shape and tone it adds.
fn vni_mark(c: char) -> Option<(Option<Shape>, Option<Tone>)> {
    use Shape::*;
    use Tone::*;
    Some(match c.to_lowercase().next().unwrap_or(c) {
        'â' => (Some(Circumflex), None),
        'ê' => (Some(Breve), None),
        'ø' => (None, Some(Grave)),
        'ù' => (None, Some(Acute)),
        'û' => (None, Some(Hook)),
        'õ' => (None, Some(Tilde)),
        'ï' => (None, Some(Dot)),
        'à' => (Some(Circumflex), Some(Grave)),
        'á' => (Some(Circumflex), Some(Acute)),
        'å' => (Some(Circumflex), Some(Hook)),
        'ã' => (Some(Circumflex), Some(Tilde)),
        'ä' => (Some(Circumflex), Some(Dot)),
        'è' => (Some(Breve), Some(Grave)),
        'é' => (Some(Breve), Some(Acute)),
        'ú' => (Some(Breve), Some(Hook)),
        'ü' => (Some(Breve), Some(Tilde)),
        'ë' => (Some(Breve), Some(Dot)),
        _ => return None,
    })
}

/// `letter` with a shape and/or tone added, if that makes a Vietnamese letter: a shape on
/// a letter that has none and takes it (â ê ô, ă, ơ ư), a tone on a letter without one.
fn add_marks(letter: char, shape: Option<Shape>, tone: Option<Tone>) -> Option<char> {
    let mut parts = std::iter::once(letter).nfd();
    let base = parts.next()?;
    let (mut has_shape, mut has_tone) = (None, None);
    for m in parts {
        match m {
            '\u{302}' => has_shape = Some(Shape::Circumflex),
            '\u{306}' => has_shape = Some(Shape::Breve),
            '\u{31B}' => has_shape = Some(Shape::Horn),
            _ => has_tone = Some(Tone::of(m)?),
        }
    }
    if let Some(s) = shape {
        let lower = base.to_ascii_lowercase();
        let fits = match s {
            Shape::Circumflex => matches!(lower, 'a' | 'e' | 'o'),
            Shape::Breve => lower == 'a',
            Shape::Horn => matches!(lower, 'o' | 'u'),
        };
        if has_shape.is_some() || !fits {
            return None;
        }
        has_shape = Some(s);
    }
    if let Some(t) = tone {
        if has_tone.is_some() || !matches!(base.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
            return None;
        }
        has_tone = Some(t);
    }
    let mut s = String::from(base);
    s.extend(has_shape.map(Shape::combining));
    s.extend(has_tone.map(Tone::combining));
    let mut composed = s.nfc();
    let c = composed.next()?;
    composed.next().is_none().then_some(c)
}

/// TCVN3 glyphs to Unicode; other characters are kept. A word whose ASCII letters are all
/// capitals (two or more) is given in capitals (the `.VnTimeH` fonts).
pub fn tcvn3_to_unicode(text: &str) -> String {
    map_words(text, |w| {
        let converted: String = w.chars().map(|c| TCVN3.iter().find(|(g, _)| *g == c).map_or(c, |(_, u)| *u)).collect();
        let ascii_letters = w.chars().filter(char::is_ascii_alphabetic);
        // Two capitals at least: `Së` is "Sở", `HäC` is "HỌC".
        if ascii_letters.clone().count() >= 2 && ascii_letters.clone().all(|c| c.is_ascii_uppercase()) {
            Some(converted.to_uppercase())
        } else {
            Some(converted)
        }
    })
}

/// VNI Windows glyphs to Unicode, or `None` when a mark follows no vowel that takes it
/// (then the text is not VNI).
pub fn vni_to_unicode(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if let Some((shape, tone)) = vni_mark(c) {
            let prev = out.pop()?;
            out.push(add_marks(prev, shape, tone)?);
        } else {
            out.push(VNI_LETTERS.iter().find(|(g, _)| *g == c).map_or(c, |(_, u)| *u));
        }
    }
    Some(out)
}

/// VIQR to Unicode: after a vowel, `^` `(` `+` give â ê ô, ă, ơ ư, then `` ` `` `'` `?` `~`
/// `.` the tones; `dd` is đ; a `\` keeps the next mark as it is. `None` when nothing
/// changes.
pub fn viqr_to_unicode(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    let mut changed = false;
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                out.push(n);
            }
            continue;
        }
        if (c == 'd' || c == 'D') && chars.peek().is_some_and(|n| n.eq_ignore_ascii_case(&'d')) {
            chars.next();
            out.push(if c == 'd' { 'đ' } else { 'Đ' });
            changed = true;
            continue;
        }
        let shape = match c {
            '^' => Some(Shape::Circumflex),
            '(' => Some(Shape::Breve),
            '+' => Some(Shape::Horn),
            _ => None,
        };
        let tone = match c {
            '`' => Some(Tone::Grave),
            '\'' => Some(Tone::Acute),
            '?' => Some(Tone::Hook),
            '~' => Some(Tone::Tilde),
            '.' => Some(Tone::Dot),
            _ => None,
        };
        if shape.is_some() || tone.is_some() {
            if let Some(marked) = out.chars().last().and_then(|p| add_marks(p, shape, tone)) {
                out.pop();
                out.push(marked);
                changed = true;
                continue;
            }
        }
        out.push(c);
    }
    changed.then_some(out)
}

/// Apply `f` to each word (a run of non-blanks without the ASCII punctuation around it),
/// keeping the words it gives `None` for.
fn map_words(text: &str, f: impl FnMut(&str) -> Option<String>) -> String {
    map_words_with(text, trim_punct, f)
}

/// [`map_words`] with its own way of trimming a word.
fn map_words_with(text: &str, trim: fn(&str) -> (&str, &str, &str), mut f: impl FnMut(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while !rest.is_empty() {
        let blank = rest.find(|c: char| !c.is_whitespace()).unwrap_or(rest.len());
        out.push_str(&rest[..blank]);
        rest = &rest[blank..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        let (lead, core, trail) = trim(word);
        out.push_str(lead);
        match f(core) {
            Some(c) => out.push_str(&c),
            None => out.push_str(core),
        }
        out.push_str(trail);
        rest = &rest[end..];
    }
    out
}

/// A VIQR word split like [`trim_punct`], but keeping the marks (`?` `.` `'`…) at its end.
fn trim_viqr(word: &str) -> (&str, &str, &str) {
    let word_punct = |c: char| ('\u{2010}'..='\u{206F}').contains(&c);
    let core = word.trim_start_matches(|c: char| matches!(c, '"' | '(' | '[') || word_punct(c));
    let lead = &word[..word.len() - core.len()];
    let kept = core.trim_end_matches(|c: char| matches!(c, ',' | ';' | ':' | '!' | '"' | ')' | ']') || word_punct(c));
    (lead, kept, &core[kept.len()..])
}

/// Punctuation around a word: ASCII, and the quotes and dashes Word types (“ ” ‘ ’ – — …),
/// which legacy fonts never needed (they are the same in Unicode).
fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation() || ('\u{2010}'..='\u{206F}').contains(&c)
}

/// A word split into its leading punctuation, its core and its trailing punctuation.
fn trim_punct(word: &str) -> (&str, &str, &str) {
    let start = word.find(|c: char| !is_punct(c)).unwrap_or(word.len());
    let end = word.rfind(|c: char| !is_punct(c)).map_or(start, |i| i + word[i..].chars().next().map_or(1, char::len_utf8));
    let end = end.max(start);
    (&word[..start], &word[start..end], &word[end..])
}

const INITIALS: &[&str] = &[
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s",
    "t", "v", "x", "",
];
/// Vowel groups that end a syllable on their own.
const OPEN: &[&str] = &[
    "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oa", "oai", "oay", "oe",
    "oi", "ôi", "ơi", "ua", "ui", "uê", "uơ", "uy", "uya", "uyu", "ưa", "ưi", "ưu", "ươi", "ươu", "uôi", "iêu", "yêu", "oao", "oeo", "uây",
    "uâ",
];
/// Vowel groups that take a final consonant.
const CLOSED: &[&str] =
    &["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "iê", "yê", "uô", "ươ", "oa", "oă", "oe", "uâ", "uê", "uy", "uyê", "oo"];
const FINALS: &[&str] = &["ch", "nh", "ng", "c", "m", "n", "p", "t"];

/// Is `word` one Vietnamese syllable (any case, at most one tone, a tone a stop final
/// allows)? Generous on purpose: it only has to tell Vietnamese from legacy glyphs and
/// foreign words.
pub fn is_syllable(word: &str) -> bool {
    let mut tone = None;
    let mut base = String::with_capacity(word.len());
    for c in word.to_lowercase().nfd() {
        match Tone::of(c) {
            Some(t) if tone.is_none() => tone = Some(t),
            Some(_) => return false,
            None => base.push(c),
        }
    }
    let base: String = base.nfc().collect();
    if base.is_empty()
        || !base.chars().all(|c| matches!(c, 'a'..='y' | 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư' | 'đ') && !matches!(c, 'f' | 'j' | 'w'))
    {
        return false;
    }
    INITIALS.iter().any(|i| base.strip_prefix(i).is_some_and(|rhyme| rhyme_ok(i, rhyme, tone)))
}

fn rhyme_ok(initial: &str, rhyme: &str, tone: Option<Tone>) -> bool {
    if rhyme.is_empty() {
        return initial == "gi";
    }
    if OPEN.contains(&rhyme) {
        return true;
    }
    FINALS.iter().any(|f| {
        rhyme.strip_suffix(f).is_some_and(|nucleus| {
            let stop = matches!(*f, "c" | "ch" | "p" | "t");
            let tone_ok = !stop || matches!(tone, Some(Tone::Acute | Tone::Dot));
            let ch_nh = !matches!(*f, "ch" | "nh") || matches!(nucleus, "a" | "ê" | "i" | "oa" | "uê" | "uy");
            let oo = nucleus != "oo" || matches!(*f, "c" | "ng");
            CLOSED.contains(&nucleus) && tone_ok && ch_nh && oo
        })
    })
}

/// How the words of a text read in one legacy form.
#[derive(Debug, Default)]
struct Tally {
    /// Not a syllable as written, a syllable once converted, with an ASCII letter.
    strong: usize,
    /// The same, but only legacy glyphs (`µ` alone): counts only beside a strong word.
    weak: usize,
    /// Holds legacy glyphs but is no syllable either way (a foreign word).
    garbled: usize,
    /// Holds letters beyond Latin-1 (typed in Unicode).
    unicode: usize,
    /// A syllable as written that converts to another syllable (`sô`, VNI "sơ"): no
    /// evidence, but it breaks a tie between TCVN3 and VNI.
    also: usize,
    /// A syllable as written that the conversion would spoil (`chính`, TCVN3 "chớnh").
    spoiled: usize,
}

impl Tally {
    fn found(&self) -> bool {
        self.strong >= 1 && self.strong + self.weak > self.garbled
    }
    /// Which of two readings is the better: evidence first, then the words it fits.
    fn rank(&self) -> (usize, isize) {
        (self.strong + self.weak, self.also as isize - self.spoiled as isize)
    }
}

/// A word that carries no evidence: blank, plain ASCII, with digits, a web address or a
/// unit such as `µm`.
fn neutral(word: &str) -> bool {
    word.is_empty()
        || word.is_ascii()
        || word.chars().any(|c| c.is_ascii_digit() || matches!(c, '/' | ':' | '@' | '='))
        || word.strip_prefix('µ').is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Beyond Latin-1, as typed Unicode Vietnamese is (the soft hyphen is TCVN3's ư).
fn beyond_latin1(word: &str) -> bool {
    word.chars().any(|c| c as u32 > 0xFF)
}

fn tally(text: &str, convert: impl Fn(&str) -> Option<String>) -> Tally {
    let mut t = Tally::default();
    for word in text.split_whitespace() {
        let (_, core, _) = trim_punct(word);
        if neutral(core) {
            continue;
        }
        if beyond_latin1(core) {
            t.unicode += 1;
            continue;
        }
        if is_syllable(core) {
            match convert(core) {
                Some(c) if c == core => {}
                Some(c) if is_syllable(&c) => t.also += 1,
                _ => t.spoiled += 1,
            }
            continue;
        }
        match convert(core) {
            Some(c) if c != core && is_syllable(&c) => {
                if core.chars().any(|c| c.is_ascii_alphabetic()) {
                    t.strong += 1;
                } else {
                    t.weak += 1;
                }
            }
            _ => t.garbled += 1,
        }
    }
    t
}

/// The Unicode reading of a text found in `enc`: every word when nothing was typed in
/// Unicode, else only the words that read as legacy.
fn convert_text(text: &str, enc: Pasted, unicode_words: bool) -> String {
    let one = |w: &str| -> Option<String> {
        match enc {
            Pasted::Tcvn3 => Some(tcvn3_to_unicode(w)),
            Pasted::Vni => vni_to_unicode(w),
            Pasted::Viqr => viqr_to_unicode(w),
        }
    };
    let trim = if enc == Pasted::Viqr { trim_viqr } else { trim_punct };
    map_words_with(text, trim, |w| {
        // Text with no word typed in Unicode is legacy through and through: its numbers and
        // codes are converted too (`61/2018/N§-CP` is "61/2018/NĐ-CP").
        let skip = match enc {
            Pasted::Viqr => w.chars().any(|c| c.is_ascii_digit() || matches!(c, '/' | '@' | '=')),
            _ if unicode_words => neutral(w),
            _ => w.is_ascii(),
        };
        if skip || beyond_latin1(w) {
            return None;
        }
        if unicode_words && is_syllable(w) {
            return None;
        }
        one(w).filter(|c| !unicode_words || is_syllable(c))
    })
}

/// A cheap look before the word-by-word reading, which costs far more and runs on every
/// quoted text of every file. TCVN3 text has a glyph Vietnamese never uses (`µ ¸ « ®`…) or
/// a capital inside a small-letter word (`tÕt`); VNI text a mark glyph after a vowel that
/// in Vietnamese is never followed by a marked one (`aù`, `eâ`, `oâ`, `uù`). Real Vietnamese
/// has none of these (`giá`, `tiên`, `chuyên`, `quá`, `hoà` pass by). On the bytes: a
/// Latin-1 glyph is 0xC2 or 0xC3 and one more.
fn may_be_tcvn3_or_vni(text: &str) -> bool {
    // The Latin-1 letters of Vietnamese typed in Unicode (à á â ã è é ê ì í ò ó ô õ ù ú ý
    // and capitals), as bits of their second UTF-8 byte after 0xC3, modulo 32 (small and
    // capital letters share a bit; no other Latin-1 letter does).
    const VIETNAMESE: u32 = (1 << 0)
        | (1 << 1)
        | (1 << 2)
        | (1 << 3)
        | (1 << 8)
        | (1 << 9)
        | (1 << 10)
        | (1 << 12)
        | (1 << 13)
        | (1 << 18)
        | (1 << 19)
        | (1 << 20)
        | (1 << 21)
        | (1 << 25)
        | (1 << 26)
        | (1 << 29);
    let bit = |c: char| 1u32 << ((c as u32) & 0x1F);
    let bytes = text.as_bytes();
    memchr::memchr2_iter(0xC2, 0xC3, bytes).any(|i| {
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        if bytes[i] == 0xC2 {
            return next >= 0xA0;
        }
        if VIETNAMESE & (1 << (next & 0x1F)) == 0 {
            return true;
        }
        let prev = i.checked_sub(1).and_then(|p| bytes.get(p)).copied().unwrap_or(b' ');
        let after = bytes.get(i + 2).copied().unwrap_or(b' ');
        let glyph = 1u32 << (next & 0x1F);
        let capital = next < 0xA0;
        // A grave, tilde or no tone before a stop consonant (`quèc`, TCVN3 "quốc"), or `êi`
        // (`thêi`, "thời"): no Vietnamese syllable is written so.
        let stop = matches!(after, b'c' | b'p' | b't')
            && glyph & (bit('à') | bit('è') | bit('ì') | bit('ò') | bit('ù') | bit('ã') | bit('õ') | bit('â') | bit('ê') | bit('ô')) != 0;
        let ei = after == b'i' && glyph & (bit('ê') | bit('é') | bit('è') | bit('ì') | bit('í')) != 0;
        if stop || ei {
            return true;
        }
        match prev {
            b'a'..=b'z' if capital => true,
            b'a' | b'e' | b'A' | b'E' => true,
            b'o' | b'O' => glyph & (bit('â') | bit('ù') | bit('õ') | bit('ú')) != 0,
            b'u' | b'y' | b'U' | b'Y' => glyph & (bit('ù') | bit('õ')) != 0,
            _ => false,
        }
    })
}

/// The same for VIQR: a mark after a vowel followed by a letter or another mark
/// (`tu.c`, `o^'`), or `dd` before a vowel.
fn may_be_viqr(text: &str) -> bool {
    // Every window of three bytes tested by comparisons only, in blocks of 64 windows: the
    // compiler vectorises this, and it runs over every file (and over every quoted text of a
    // file that has a sign somewhere).
    let b = text.as_bytes();
    if b.len() < 3 {
        return false;
    }
    let (x, y, z) = (&b[..b.len() - 2], &b[1..b.len() - 1], &b[2..]);
    let blocks = x.chunks_exact(64).zip(y.chunks_exact(64)).zip(z.chunks_exact(64));
    for ((x, y), z) in blocks {
        let mut any = false;
        for j in 0..64 {
            any |= viqr_sign(x[j], y[j], z[j]);
        }
        if any {
            return true;
        }
    }
    let tail = x.len() / 64 * 64;
    (tail..x.len()).any(|j| viqr_sign(x[j], y[j], z[j]))
}

/// A mark after a vowel, before a letter or a mark; or `dd` before a vowel. (`c | 0x20` is
/// the small letter of an ASCII letter, and no other byte gives a letter.)
fn viqr_sign(x: u8, y: u8, z: u8) -> bool {
    let vowel = |c: u8| {
        let l = c | 0x20;
        (l == b'a') | (l == b'e') | (l == b'i') | (l == b'o') | (l == b'u') | (l == b'y')
    };
    let mark = |c: u8| (c == b'?') | (c == b'`') | (c == b'\'') | (c == b'~') | (c == b'^') | (c == b'(') | (c == b'+') | (c == b'.');
    let letter = |c: u8| (c | 0x20).wrapping_sub(b'a') < 26;
    let d = |c: u8| c | 0x20 == b'd';
    (vowel(x) & mark(y) & (letter(z) | mark(z))) | (d(x) & d(y) & vowel(z))
}

/// Could some piece of `text` be legacy text ([`detect`] finds something only in a text
/// for which this holds)? The signs are looked for in the bytes around each one, and the
/// edges of a piece count as spaces, which are never a sign: a piece with one has it in
/// the whole text too.
pub fn may_be_legacy(text: &str) -> bool {
    may_be_tcvn3_or_vni(text) || may_be_viqr(text)
}

/// Is `text` (one quoted value, or one line of a text block) Vietnamese pasted in TCVN3,
/// VNI or VIQR? Then which, and what it reads as in Unicode.
pub fn detect(text: &str) -> Option<Finding> {
    if !may_be_tcvn3_or_vni(text) {
        return detect_viqr(text);
    }
    let tcvn3 = tally(text, |w| Some(tcvn3_to_unicode(w)));
    let vni = tally(text, vni_to_unicode);
    let (enc, t) = if vni.rank() > tcvn3.rank() { (Pasted::Vni, vni) } else { (Pasted::Tcvn3, tcvn3) };
    if t.found() {
        return Some(Finding { encoding: enc, unicode: convert_text(text, enc, t.unicode > 0) });
    }
    detect_viqr(text)
}

/// VIQR only where it is very likely: marks inside words (`tu?c`, `ha\`nh`) that make
/// syllables, never a question mark or an apostrophe at the end of an English word.
fn detect_viqr(text: &str) -> Option<Finding> {
    if !may_be_viqr(text) {
        return None;
    }
    let (mut strong, mut trailing, mut distinctive, mut failed, mut certain) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for word in text.split_whitespace() {
        // Only punctuation that is no VIQR mark is trimmed: `,` `;` `:` `!` `"` `)`.
        let (_, core, _) = trim_viqr(word);
        // VIQR is ASCII: a word with other letters was typed in Unicode.
        if !core.is_ascii() {
            continue;
        }
        if core.chars().any(|c| c.is_ascii_digit() || matches!(c, '/' | '@' | '=')) {
            continue;
        }
        let chars: Vec<char> = core.chars().collect();
        let is_mark = |c: char| matches!(c, '?' | '`' | '\'' | '~' | '^' | '(' | '+' | '.');
        let vowel = |c: char| "aeiouyAEIOUY".contains(c) || is_mark(c);
        // A mark after a vowel, followed by a letter: inside the word.
        let inside = chars.windows(3).any(|w| vowel(w[0]) && is_mark(w[1]) && w[2].is_ascii_alphabetic());
        let marked = chars.windows(2).any(|w| "aeiouyAEIOUY".contains(w[0]) && is_mark(w[1])) || core.to_lowercase().contains("dd");
        if !marked {
            continue;
        }
        // A `.` or `'` left over at the end (a full stop after a consonant) is punctuation.
        let converted = viqr_to_unicode(core).filter(|c| is_syllable(c.trim_end_matches(['.', '\'', '?'])) && !is_syllable(core));
        // A shape mark then a tone (`o^'`, `u+?`, `a(~`), or `dd` before a vowel: no other
        // writing puts these together.
        let stacked = chars.windows(2).any(|w| matches!(w[0], '^' | '(' | '+') && is_mark(w[1]))
            || chars.windows(3).any(|w| "aeouAEOU".contains(w[0]) && matches!(w[1], '^' | '(' | '+') && w[2].is_ascii_alphabetic())
            || chars
                .windows(3)
                .any(|w| w[0].eq_ignore_ascii_case(&'d') && w[1].eq_ignore_ascii_case(&'d') && "aeiouyAEIOUY".contains(w[2]));
        if stacked && converted.is_some() {
            certain += 1;
        }
        match (converted, inside) {
            (Some(_), true) => {
                strong += 1;
                distinctive += usize::from(core.contains(['?', '`', '~', '^', '(', '+']) || core.to_lowercase().contains("dd"));
            }
            (Some(_), false) => {
                trailing += 1;
                distinctive += usize::from(core.contains(['`', '~', '^', '(', '+']) || core.to_lowercase().contains("dd"));
            }
            (None, true) => failed += 1,
            (None, false) => {}
        }
    }
    let found =
        (certain >= 1 || strong >= 2 || (strong >= 1 && distinctive >= 1 && strong + trailing >= 2)) && failed < strong.max(certain);
    found.then(|| Finding { encoding: Pasted::Viqr, unicode: convert_text(text, Pasted::Viqr, false) })
}

#[cfg(test)]
mod tests;
