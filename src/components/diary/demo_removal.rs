//! Removing the demo family without losing what a person typed into it, and the notice every
//! form that writes shows while the demo is shown.
//!
//! « Retirer la démonstration » removes the demo at once when nobody added anything (it can still
//! be undone). Otherwise it first says what would go, in the core's words (« 1 enfant et
//! 3 moments ajoutés pendant la démonstration »), and offers « Garder dans mon carnet » next to
//! « Tout effacer ».

use crate::i18n::diary::diary_texts;
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::{expect_preferences, use_localized};
use leptos::prelude::*;

/// « Retirer la démonstration », asking first when the demo holds a person's additions.
/// `question_id` names the question for assistive technology (unique on the page).
#[component]
pub fn DemoRemoval(question_id: &'static str) -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(diary_texts);
    let asking = RwSignal::new(false);
    let question = NodeRef::<leptos::html::P>::new();
    let summary = Memo::new(move |_| store.demo_additions().summary(preferences.language()));
    let on_remove = move |_| {
        if store.demo_additions_untracked().is_empty() {
            store.remove_demo();
        } else {
            asking.set(true);
            request_animation_frame(move || {
                if let Some(question) = question.get_untracked() {
                    // Focus only moves the reader to the question; nothing is stored.
                    let _ = question.focus();
                }
            });
        }
    };
    let done = move |keep: bool| {
        asking.set(false);
        if keep {
            store.keep_demo_additions();
        } else {
            store.remove_demo();
        }
    };
    view! {
        <div class="demo-removal">
            <Show
                when=move || asking.get()
                fallback=move || {
                    view! {
                        <button type="button" class="button button-secondary" on:click=on_remove>
                            {move || texts.get().demo_remove}
                        </button>
                    }
                }
            >
                <div role="group" aria-labelledby=question_id>
                    <p id=question_id class="confirm-question" tabindex="-1" node_ref=question>
                        {move || texts.get().demo_remove_question}
                    </p>
                    <p>{move || (texts.get().demo_holds)(&summary.get())}</p>
                    <div class="button-row">
                        <button type="button" class="button button-primary" on:click=move |_| done(true)>
                            {move || texts.get().demo_keep}
                        </button>
                        <button type="button" class="button button-danger" on:click=move |_| done(false)>
                            {move || texts.get().demo_erase_all}
                        </button>
                        <button type="button" class="button button-secondary" on:click=move |_| asking.set(false)>
                            {move || texts.get().cancel}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}

/// « Démonstration : ce que vous ajoutez ici sera effacé avec elle », next to a form's button
/// while the demo family is shown; nothing otherwise.
#[component]
pub fn DemoFormNotice() -> impl IntoView {
    let store = expect_diary_store();
    let texts = use_localized(diary_texts);
    view! {
        <Show when=move || store.is_demo()>
            <p class="demo-notice">{move || texts.get().demo_form_notice}</p>
        </Show>
    }
}
