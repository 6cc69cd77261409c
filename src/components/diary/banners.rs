//! App-wide banners about the diary: data that could not be read (kept, downloadable, deleted
//! only on request), a failed save, and the demo family being shown.

use crate::browser::download::download_text;
use crate::components::diary::demo_removal::DemoRemoval;
use crate::i18n::diary::diary_texts;
use crate::state::diary_store::{expect_diary_store, StorageProblem};
use crate::state::preferences::use_localized;
use leptos::prelude::*;

/// Explains that stored data could not be read, and offers to download or delete it.
#[component]
pub fn UnreadableDataBanner() -> impl IntoView {
    let store = expect_diary_store();
    let texts = use_localized(diary_texts);
    let confirming = RwSignal::new(false);
    view! {
        <Show when=move || !store.unreadable_keys().is_empty()>
            <section class="banner banner-warn banner-stacked" role="alert">
                <h2>{move || texts.get().unreadable_title}</h2>
                <p>{move || texts.get().unreadable_body}</p>
                <div class="button-row">
                    <button
                        type="button"
                        class="button button-primary"
                        on:click=move |_| {
                            for (index, key) in store.unreadable_keys().iter().enumerate() {
                                if let Some(text) = store.unreadable_text(key) {
                                    let name = format!("ecrans-en-famille-illisible-{}.txt", index + 1);
                                    download_text(&name, &text, "text/plain;charset=utf-8");
                                }
                            }
                        }
                    >
                        {move || texts.get().unreadable_download}
                    </button>
                    <Show
                        when=move || confirming.get()
                        fallback=move || {
                            view! {
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    on:click=move |_| confirming.set(true)
                                >
                                    {move || texts.get().unreadable_discard}
                                </button>
                            }
                        }
                    >
                        <p class="confirm-question">{move || texts.get().unreadable_discard_confirm}</p>
                        <button
                            type="button"
                            class="button button-danger"
                            on:click=move |_| {
                                for key in store.unreadable_keys() {
                                    store.discard_unreadable(&key);
                                }
                                confirming.set(false);
                            }
                        >
                            {move || texts.get().unreadable_discard_yes}
                        </button>
                        <button
                            type="button"
                            class="button button-secondary"
                            on:click=move |_| confirming.set(false)
                        >
                            {move || texts.get().cancel}
                        </button>
                    </Show>
                </div>
            </section>
        </Show>
    }
}

/// Says plainly that saving failed and the diary is only in memory.
#[component]
pub fn SaveFailedBanner() -> impl IntoView {
    let store = expect_diary_store();
    let texts = use_localized(diary_texts);
    view! {
        <Show when=move || matches!(store.problem(), Some(StorageProblem::WriteFailed(_)))>
            <p class="banner banner-warn" role="alert">{move || texts.get().write_failed}</p>
        </Show>
    }
}

/// Marks every page while the demo family is shown, with a way to remove it that never loses
/// what a person typed.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let store = expect_diary_store();
    let texts = use_localized(diary_texts);
    view! {
        <Show when=move || store.is_demo()>
            <div class="banner banner-demo" role="status">
                <p>{move || texts.get().demo_banner}</p>
                <DemoRemoval question_id="demo-banner-question"/>
            </div>
        </Show>
    }
}
