//! « Adapter le diaporama » (`/atelier/adapter`): the advisor's editor of the workshop deck.

use crate::components::deck_editor::exchange::DeckExchange;
use leptos::prelude::*;

/// The editor page.
#[component]
pub fn DeckEditorPage() -> impl IntoView {
    view! {
        <div class="deck-editor">
            <DeckExchange/>
        </div>
    }
}
