//! « Ce réglage n'a pas pu être enregistré »: shown when the browser refused to keep one of the
//! device's small settings (`Preferences::remember`), so a lost setting is never silent.

use crate::state::preferences::{expect_preferences, use_texts};
use leptos::prelude::*;

/// A banner saying that the last setting chosen is not kept on this device.
#[component]
pub fn SettingNotSavedBanner() -> impl IntoView {
    let texts = use_texts();
    let preferences = expect_preferences();
    view! {
        <Show when=move || preferences.setting_not_saved()>
            <p class="banner banner-warn" role="alert">{move || texts.get().setting_not_saved}</p>
        </Show>
    }
}
