//! « Diapositive masquée — Annuler »: offered for eight seconds after every change to the
//! adapted deck, as the diary's undo is (the store keeps the deck from before the change).

use crate::components::deck_editor::deck_editing::{expect_deck_editing, EditorNotice};
use crate::i18n::deck_editor::{deck_editor_texts, DeckEditorTexts};
use crate::state::adapted_deck_store::DeckChange;
use crate::state::preferences::use_localized;
use leptos::prelude::*;

fn message(texts: &DeckEditorTexts, change: DeckChange) -> &'static str {
    match change {
        DeckChange::SlideEdited => texts.undone_edited,
        DeckChange::SlideHidden => texts.undone_hidden,
        DeckChange::SlideShown => texts.undone_shown,
        DeckChange::SlideMoved => texts.undone_moved,
        DeckChange::SlideDuplicated => texts.undone_duplicated,
        DeckChange::SlideAdded => texts.undone_added,
        DeckChange::SlideDeleted => texts.undone_deleted,
        DeckChange::Reset => texts.undone_reset,
        DeckChange::Imported => texts.undone_imported,
    }
}

/// The undo offer, shown above the navigation while it lasts.
#[component]
pub fn DeckUndoToast() -> impl IntoView {
    let editing = expect_deck_editing();
    let store = editing.store();
    let texts = use_localized(deck_editor_texts);
    let undo = move |_| {
        if store.undo().is_err() {
            editing.report(EditorNotice::SaveFailed);
        }
    };
    view! {
        <div class="toast-area" role="status" aria-live="polite">
            {move || {
                // An import is undone from its own card (« Annuler l'import »), which also puts
                // back the session chosen before.
                store
                    .undo_offer()
                    .filter(|offer| offer.change != DeckChange::Imported)
                    .map(|offer| {
                        view! {
                            <div class="toast" data-testid="deck-undo">
                                <p>{message(texts.get(), offer.change)}</p>
                                <button type="button" class="button button-secondary" on:click=undo>
                                    {move || texts.get().undo}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
