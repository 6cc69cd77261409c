//! The display preferences (language and text size), as a context.
//!
//! They are read once at start-up: a stored value that is missing, foreign or corrupt falls back
//! to the default and is left as it is; storage is written only when the user picks a value.

use crate::browser::local_store::{self, keys};
use crate::browser::page;
use crate::i18n::{texts, Texts};
use ecrans_core::language::Language;
use ecrans_core::preferences::{choose_start_language, choose_start_text_size, TextSize};
use leptos::prelude::*;

/// The language and text size in force.
#[derive(Clone, Copy)]
pub struct Preferences {
    language: RwSignal<Language>,
    text_size: RwSignal<TextSize>,
}

impl Preferences {
    pub fn language(&self) -> Language {
        self.language.get()
    }

    pub fn text_size(&self) -> TextSize {
        self.text_size.get()
    }

    /// The interface strings of the language in force, as a signal for views.
    pub fn texts(&self) -> Signal<&'static Texts> {
        let language = self.language;
        Signal::derive(move || texts(language.get()))
    }

    /// Switches the language and remembers the choice on this device.
    pub fn choose_language(&self, language: Language) {
        self.language.set(language);
        if let Err(error) = local_store::write_text(keys::LANGUAGE, language.code()) {
            page::log_warning(&format!("language not saved: {error}"));
        }
    }

    /// Switches the text size and remembers the choice on this device.
    pub fn choose_text_size(&self, size: TextSize) {
        self.text_size.set(size);
        if let Err(error) = local_store::write_text(keys::TEXT_SIZE, size.code()) {
            page::log_warning(&format!("text size not saved: {error}"));
        }
    }
}

/// Reads the stored preferences, provides them, and keeps `<html lang>` and the text-size
/// attribute in step with them.
pub fn provide_preferences() -> Preferences {
    let browser_tags = page::browser_language_tags();
    let stored_language = local_store::read_text(keys::LANGUAGE);
    let language = choose_start_language(
        stored_language.as_deref(),
        browser_tags.iter().map(String::as_str),
    );
    let text_size = choose_start_text_size(local_store::read_text(keys::TEXT_SIZE).as_deref());
    let preferences = Preferences {
        language: RwSignal::new(language),
        text_size: RwSignal::new(text_size),
    };
    Effect::new(move |_| page::set_document_language(preferences.language().code()));
    Effect::new(move |_| page::set_text_size_attribute(preferences.text_size().percent()));
    provide_context(preferences);
    preferences
}

pub fn expect_preferences() -> Preferences {
    expect_context::<Preferences>()
}

/// Shorthand for components: the shell's interface strings in force.
pub fn use_texts() -> Signal<&'static Texts> {
    expect_preferences().texts()
}

/// The strings of one area of the app (each area has its own table in `i18n/`, picked by a
/// function such as `i18n::diary::diary_texts`), in the language in force.
pub fn use_localized<T: Send + Sync + 'static>(
    pick: fn(Language) -> &'static T,
) -> Signal<&'static T> {
    let language = expect_preferences().language;
    Signal::derive(move || pick(language.get()))
}
