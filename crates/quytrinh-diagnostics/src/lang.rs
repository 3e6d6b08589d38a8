use std::borrow::Cow;

/// The language an officer reads messages in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// The language from a `LANG`-style locale: Vietnamese when it starts with `vi`,
    /// English otherwise.
    pub fn from_locale(locale: Option<&str>) -> Lang {
        match locale {
            Some(l) if l.to_ascii_lowercase().starts_with("vi") => Lang::Vi,
            _ => Lang::En,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

/// A text in both languages. Every message and help shown to a user is one of these.
/// Most are fixed sentences: they are borrowed, not copied (the parser names what it
/// expects at every value, in case it is missing, and never needs most of them).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Text {
    pub vi: Cow<'static, str>,
    pub en: Cow<'static, str>,
}

impl Text {
    pub fn new(vi: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Self {
        Text { vi: vi.into(), en: en.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.vi.is_empty() && self.en.is_empty()
    }
}
