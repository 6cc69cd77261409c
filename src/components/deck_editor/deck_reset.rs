//! « Revenir au diaporama d'origine »: every change in the language edited dropped at once (the
//! core's `reset`), with the same eight seconds to undo it as any other change.

use crate::components::deck_editor::deck_editing::expect_deck_editing;
use crate::i18n::deck_editor::deck_editor_texts;
use crate::state::adapted_deck_store::DeckChange;
use crate::state::preferences::use_localized;
use leptos::prelude::*;

/// The card that puts the original deck back.
#[component]
pub fn DeckReset() -> impl IntoView {
    let editing = expect_deck_editing();
    let texts = use_localized(deck_editor_texts);
    let store = editing.store();
    let unchanged = move || {
        let language = editing.language();
        store.with(|adapted| adapted.language(language).entries.is_empty())
    };
    let reset = move |_| {
        editing.apply(DeckChange::Reset, |adapted, base| {
            Ok(adapted.reset(base.language))
        });
    };
    view! {
        <section class="card" aria-labelledby="deck-editor-reset-title">
            <h2 id="deck-editor-reset-title">{move || texts.get().reset_title}</h2>
            <p class="hint">{move || texts.get().reset_hint}</p>
            <Show
                when=unchanged
                fallback=move || view! {
                    <button type="button" class="button button-secondary" on:click=reset>
                        {move || texts.get().reset_button}
                    </button>
                }
            >
                <p>{move || texts.get().nothing_to_reset}</p>
            </Show>
        </section>
    }
}
