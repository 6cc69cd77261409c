//! « Nouvelle version disponible — Mettre à jour »: shown when a newer build is waiting.

use crate::browser::service_worker;
use crate::state::preferences::use_texts;
use crate::state::update::expect_update_waiting;
use leptos::prelude::*;

/// A banner offering to switch to the new version, shown only when one is waiting.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let texts = use_texts();
    let waiting = expect_update_waiting().0;
    view! {
        <Show when=move || waiting.get()>
            <div class="banner banner-info" role="status">
                <p>{move || texts.get().update_available}</p>
                <button
                    type="button"
                    class="button button-primary"
                    on:click=move |_| service_worker::activate_waiting_worker()
                >
                    {move || texts.get().update_now}
                </button>
            </div>
        </Show>
    }
}
