//! Atelier (`/atelier`, `/atelier/:n`): the workshop deck.
//!
//! For now the page says in plain words what will come here.

use crate::components::page_heading::PageHeading;
use crate::state::preferences::use_texts;
use leptos::prelude::*;

#[component]
pub fn DeckPage() -> impl IntoView {
    let texts = use_texts();
    view! {
        <PageHeading title=|t| t.deck_title/>
        <p class="lead">{move || texts.get().deck_coming}</p>
    }
}
