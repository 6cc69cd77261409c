//! The one-tap switch between French and English, in the top bar.

use crate::i18n::language_name;
use crate::state::preferences::expect_preferences;
use ecrans_core::language::Language;
use leptos::prelude::*;

/// A button that switches the whole interface to the other language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let preferences = expect_preferences();
    let other = move || match preferences.language() {
        Language::Fr => Language::En,
        Language::En => Language::Fr,
    };
    view! {
        <button
            type="button"
            class="button button-quiet language-switch"
            lang=move || other().code()
            aria-label=move || preferences.texts().get().switch_language_label
            on:click=move |_| preferences.choose_language(other())
        >
            {move || language_name(other())}
        </button>
    }
}
