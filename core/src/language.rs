//! The languages the app speaks: French first, English second.
//!
//! Only the choice of language lives here; the user-interface strings live in the app, and the
//! deck's text lives in `content/`.

use serde::{Deserialize, Serialize};

/// A language the whole app (interface, deck, charts) is available in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

impl Language {
    /// Every language, French first.
    pub const ALL: [Language; 2] = [Language::Fr, Language::En];

    /// The BCP 47 tag, as used in `<html lang>` and in stored settings.
    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    /// Reads a stored code exactly (`"fr"` or `"en"`); anything else is `None`.
    pub fn from_code(code: &str) -> Option<Language> {
        match code {
            "fr" => Some(Language::Fr),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// Picks the first default from the browser's preferred languages (`navigator.languages`):
    /// the first tag whose primary subtag is `fr` or `en` wins; otherwise French.
    pub fn from_browser_tags<'a>(tags: impl IntoIterator<Item = &'a str>) -> Language {
        tags.into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or("");
                Language::from_code(&primary.to_ascii_lowercase())
            })
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_pick_the_first_supported_language() {
        let check = |tags: &[&str], expected: Language| {
            assert_eq!(
                Language::from_browser_tags(tags.iter().copied()),
                expected,
                "{tags:?}"
            );
        };
        check(&["en-GB", "fr"], Language::En);
        check(&["fr-FR"], Language::Fr);
        check(&["de-DE", "EN-us"], Language::En);
        check(&["de", "it"], Language::Fr);
        check(&[], Language::Fr);
    }

    #[test]
    fn codes_round_trip_and_reject_foreign_values() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_code("FR"), None);
        assert_eq!(Language::from_code("{\"x\":1}"), None);
    }
}
