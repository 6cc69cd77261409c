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
pub mod diary;
mod en;
pub mod family;
mod fr;
pub mod group;

use ecrans_core::language::Language;

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
    pub deck_coming: &'static str,
    pub diary_title: &'static str,
    pub diary_coming: &'static str,
    pub charts_title: &'static str,
    pub charts_coming: &'static str,
    pub compare_title: &'static str,
    pub compare_coming: &'static str,

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

    pub update_available: &'static str,
    pub update_now: &'static str,
}

/// The table for `language`.
pub fn texts(language: Language) -> &'static Texts {
    match language {
        Language::Fr => &fr::FR,
        Language::En => &en::EN,
    }
}

/// The name of a language, written in that language (for the language switch).
pub fn language_name(language: Language) -> &'static str {
    match language {
        Language::Fr => "Français",
        Language::En => "English",
    }
}
