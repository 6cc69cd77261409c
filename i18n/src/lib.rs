//! Every user-visible string of the interface, one table per language.
//!
//! `Texts` is a plain struct: each locale is a `const` value of it, so a string missing from
//! either locale is a compile error, and picking a string costs nothing at run time (the
//! leptos_i18n measurement that led to this choice is in ARCHITECTURE.md). Strings that take
//! values are functions. The deck's text is not here: it lives in `content/`.
//!
//! `Texts` holds the shell's strings (navigation, home, settings, errors of the shell). Each
//! area of the app has its own table in a submodule (`i18n/<area>.rs`: a struct, a `FR` and an
//! `EN` const, and a `<area>_texts(Language)` picker), read with
//! `state::preferences::use_localized`.

pub mod backup;
pub mod charts;
pub mod compare;
pub mod deck;
pub mod deck_editor;
pub mod deck_exchange;
pub mod diary;
mod en;
pub mod family;
mod fr;
pub mod group;
mod typeset_table;

use ecrans_core::language::Language;
use ecrans_core::site_map::Page;
use typeset_table::{typeset_table, TypesetTables};

typeset_table! {
    /// The interface strings of one language.
    pub struct Texts {
        pub app_name: &'static str,
        pub skip_to_content: &'static str,
        pub main_navigation: &'static str,
        pub switch_language: &'static str,
        pub switch_language_label: &'static str,

        pub nav_home: &'static str,
        pub nav_deck: &'static str,
        pub nav_diary: &'static str,
        pub nav_charts: &'static str,
        pub nav_compare: &'static str,
        pub nav_settings: &'static str,

        pub home_title: &'static str,
        pub home_intro: &'static str,
        pub home_privacy: &'static str,
        pub home_deck_hint: &'static str,
        pub home_diary_hint: &'static str,
        pub home_charts_hint: &'static str,
        pub home_compare_hint: &'static str,

        pub deck_title: &'static str,
        pub diary_title: &'static str,
        pub charts_title: &'static str,
        pub compare_title: &'static str,

        pub settings_title: &'static str,
        pub settings_language: &'static str,
        pub settings_language_help: &'static str,
        pub settings_text_size: &'static str,
        pub settings_text_size_help: &'static str,
        pub text_size_normal: &'static str,
        pub text_size_large: &'static str,
        pub text_size_larger: &'static str,
        pub settings_text_size_sample: &'static str,

        pub not_found_title: &'static str,
        pub not_found_body: &'static str,
        pub not_found_home: &'static str,

        pub part_missing_title: &'static str,
        pub part_missing_body: &'static str,
        pub retry: &'static str,
        pub start_failed_title: &'static str,
        pub start_failed_body: &'static str,
        pub browser_unsupported: &'static str,

        pub update_available: &'static str,
        pub update_now: &'static str,
        /// A small setting (language, text size, notes' size…) could not be kept on the device.
        pub setting_not_saved: &'static str,
    }
}

impl Texts {
    /// The page's name in the main navigation and on the home page's cards.
    pub fn page_label(&self, page: Page) -> &'static str {
        match page {
            Page::Home => self.nav_home,
            Page::Deck => self.nav_deck,
            Page::Diary => self.nav_diary,
            Page::Charts => self.nav_charts,
            Page::Compare => self.nav_compare,
            Page::Settings => self.nav_settings,
        }
    }

    /// The page's heading (its `<h1>`).
    pub fn page_title(&self, page: Page) -> &'static str {
        match page {
            Page::Home => self.home_title,
            Page::Deck => self.deck_title,
            Page::Diary => self.diary_title,
            Page::Charts => self.charts_title,
            Page::Compare => self.compare_title,
            Page::Settings => self.settings_title,
        }
    }

    /// What the page is for, in one sentence (the home page's cards and the pre-rendered page
    /// shown while the app loads), for the pages that have one.
    pub fn page_description(&self, page: Page) -> Option<&'static str> {
        match page {
            Page::Home => Some(self.home_intro),
            Page::Deck => Some(self.home_deck_hint),
            Page::Diary => Some(self.home_diary_hint),
            Page::Charts => Some(self.home_charts_hint),
            Page::Compare => Some(self.home_compare_hint),
            Page::Settings => None,
        }
    }
}

/// The table for `language`.
pub fn texts(language: Language) -> &'static Texts {
    static TABLES: TypesetTables<Texts> = TypesetTables::new(&fr::FR, &en::EN);
    TABLES.get(language)
}

/// The name of a language, written in that language (for the language switch).
pub fn language_name(language: Language) -> &'static str {
    match language {
        Language::Fr => "Français",
        Language::En => "English",
    }
}
