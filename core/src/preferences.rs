//! The device's display preferences: language and text size.
//!
//! Stored values are decoded strictly: anything foreign or corrupt reads as "no choice made",
//! so the app falls back to the default without rewriting what is stored.

use crate::language::Language;

/// How large the app's text is, on top of the 18 px base size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TextSize {
    /// 100 %: the base size (18 px).
    #[default]
    Normal,
    /// 125 %.
    Large,
    /// 150 %.
    Larger,
}

impl TextSize {
    /// Every size, smallest first.
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Larger];

    /// The size as a percentage of the base size.
    pub fn percent(self) -> u16 {
        match self {
            TextSize::Normal => 100,
            TextSize::Large => 125,
            TextSize::Larger => 150,
        }
    }

    /// The stored form: `"100"`, `"125"` or `"150"`.
    pub fn code(self) -> &'static str {
        match self {
            TextSize::Normal => "100",
            TextSize::Large => "125",
            TextSize::Larger => "150",
        }
    }

    /// Reads a stored value exactly; anything else is `None`.
    pub fn from_code(code: &str) -> Option<TextSize> {
        TextSize::ALL.into_iter().find(|size| size.code() == code)
    }
}

/// The language to open the app in: the stored choice if it is valid, else the browser's
/// preferred language if it is French or English, else French.
pub fn choose_start_language<'a>(
    stored: Option<&str>,
    browser_tags: impl IntoIterator<Item = &'a str>,
) -> Language {
    stored
        .and_then(Language::from_code)
        .unwrap_or_else(|| Language::from_browser_tags(browser_tags))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device_settings::StoredSetting;

    #[test]
    fn a_valid_stored_language_wins_over_the_browser() {
        assert_eq!(choose_start_language(Some("en"), ["fr-FR"]), Language::En);
        assert_eq!(choose_start_language(Some("fr"), ["en-US"]), Language::Fr);
    }

    #[test]
    fn a_corrupt_stored_language_falls_back_to_the_browser_then_french() {
        for corrupt in ["", "english", "\"en\"", "{]", "\u{0}"] {
            assert_eq!(
                choose_start_language(Some(corrupt), ["en-GB"]),
                Language::En
            );
            assert_eq!(choose_start_language(Some(corrupt), ["de"]), Language::Fr);
        }
        assert_eq!(
            choose_start_language(None, Vec::<&str>::new()),
            Language::Fr
        );
    }

    #[test]
    fn text_sizes_decode_strictly() {
        for size in TextSize::ALL {
            assert_eq!(TextSize::from_code(size.code()), Some(size));
        }
        for corrupt in ["", "200", "125%", " 125", "null"] {
            let start = StoredSetting::<TextSize>::read(Some(corrupt)).value_or_default();
            assert_eq!(start, TextSize::Normal);
        }
        let start = StoredSetting::<TextSize>::read(Some("150")).value_or_default();
        assert_eq!(start, TextSize::Larger);
    }
}
