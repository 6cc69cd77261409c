//! « Exporter mon diaporama » and « Importer »: the adapted deck as one file, and a file read
//! back with a preview before anything changes. (Being built: see issue 15.)

use leptos::prelude::*;

/// Export and import of the adapted deck.
#[component]
pub fn DeckExchange() -> impl IntoView {
    view! { <section class="card" id="partager-diaporama"></section> }
}
