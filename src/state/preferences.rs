//! The display preferences (language and text size), as a context, and the one way the
//! device's small settings are written.
//!
//! They are read once at start-up: a stored value that is missing, foreign or corrupt falls back
//! to the default and is left as it is; storage is written only when the user picks a value.
//! Every small setting (these two, the speaker notes' size, the workshop session, the last
//! backup's date; see `device_settings`) is written through [`Preferences::remember`], so a
//! write the browser refuses is told to the user in the shell's banner, never only in the
//! console.

use crate::browser::page;
use crate::i18n::{texts, Texts};
use crate::state::device_settings::{self, KeptSetting};
use ecrans_core::language::Language;
use ecrans_core::preferences::{choose_start_language, TextSize};
use leptos::prelude::*;

/// The language and text size in force.
#[derive(Clone, Copy)]
pub struct Preferences {
    language: RwSignal<Language>,
    text_size: RwSignal<TextSize>,
    setting_not_saved: RwSignal<bool>,
}

impl Preferences {
    pub fn language(&self) -> Language {
        self.language.get()
    }

    /// The language in force, untracked (inside an event handler).
    pub fn language_untracked(&self) -> Language {
        self.language.get_untracked()
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
        self.remember(&language);
    }

    /// Switches the text size and remembers the choice on this device.
    pub fn choose_text_size(&self, size: TextSize) {
        self.text_size.set(size);
        self.remember(&size);
    }

    /// Writes one small setting of this device. A write the browser refuses (storage full,
    /// private browsing) raises the shell's « réglage non enregistré » banner; the setting still
    /// applies while the page stays open. A later write that succeeds lowers the banner.
    pub fn remember<T: KeptSetting>(&self, value: &T) {
        match device_settings::write(value) {
            Ok(()) => self.setting_not_saved.set(false),
            Err(error) => {
                page::log_warning(&format!("{} not saved: {error}", T::KEY));
                self.setting_not_saved.set(true);
            }
        }
    }

    /// Whether the last setting written could not be kept on this device (tracked).
    pub fn setting_not_saved(&self) -> bool {
        self.setting_not_saved.get()
    }
}

/// Reads the stored preferences, provides them, and keeps `<html lang>` and the text-size
/// attribute in step with them.
pub fn provide_preferences() -> Preferences {
    let browser_tags = page::browser_language_tags();
    let stored_language = device_settings::read::<Language>().value();
    let language = choose_start_language(
        stored_language.map(Language::code),
        browser_tags.iter().map(String::as_str),
    );
    let text_size = device_settings::read_or_default::<TextSize>();
    let preferences = Preferences {
        language: RwSignal::new(language),
        text_size: RwSignal::new(text_size),
        setting_not_saved: RwSignal::new(false),
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
