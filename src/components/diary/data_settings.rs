//! The data section of Réglages: the demo family (show or remove) and « Effacer toutes mes
//! données », with a confirmation.

use crate::components::diary::demo_removal::DemoRemoval;
use crate::i18n::diary::diary_texts;
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::use_localized;
use leptos::prelude::*;

/// Demo family and erase-everything controls.
#[component]
pub fn DataSettings() -> impl IntoView {
    let store = expect_diary_store();
    let texts = use_localized(diary_texts);
    let confirming = RwSignal::new(false);
    view! {
        <section class="card" aria-labelledby="demo-title">
            <h2 id="demo-title">{move || texts.get().demo_title}</h2>
            <p>{move || texts.get().demo_body}</p>
            <Show
                when=move || store.is_demo()
                fallback=move || {
                    view! {
                        <button type="button" class="button button-primary" on:click=move |_| store.show_demo()>
                            {move || texts.get().load_demo}
                        </button>
                    }
                }
            >
                <p>{move || texts.get().demo_shown}</p>
                <DemoRemoval question_id="demo-settings-question"/>
            </Show>
        </section>
        <section class="card" aria-labelledby="erase-title">
            <h2 id="erase-title">{move || texts.get().erase_title}</h2>
            <p>{move || texts.get().erase_body}</p>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button type="button" class="button button-danger" on:click=move |_| confirming.set(true)>
                            {move || texts.get().erase_button}
                        </button>
                    }
                }
            >
                <p class="confirm-question" role="alert">{move || texts.get().erase_confirm}</p>
                <div class="button-row">
                    <button
                        type="button"
                        class="button button-danger"
                        on:click=move |_| {
                            store.erase_everything();
                            confirming.set(false);
                        }
                    >
                        {move || texts.get().erase_yes}
                    </button>
                    <button type="button" class="button button-secondary" on:click=move |_| confirming.set(false)>
                        {move || texts.get().cancel}
                    </button>
                </div>
            </Show>
        </section>
    }
}
