//! The printed handouts: every slide fully revealed, one per page, with the advisor's notes
//! under it when asked. Hidden on screen; the print stylesheet shows it alone and breaks a page
//! after each slide, so the browser's print dialog (or « Enregistrer au format PDF ») does the
//! rest.

use crate::components::deck::presentation::SlideFill;
use crate::components::deck::slide_view::{SlideNotes, SlideUse, SlideView};
use crate::i18n::deck::deck_texts;
use crate::state::preferences::use_localized;
use ecrans_core::deck::Deck;
use leptos::prelude::*;
use std::sync::Arc;

/// Every slide of `deck`, one per printed page.
#[component]
pub fn DeckHandout(
    /// The deck to print.
    #[prop(into)]
    deck: Signal<Arc<Deck>>,
    /// The texts of the placeholders and the QR code.
    #[prop(into)]
    fill: Signal<SlideFill>,
    /// Whether each page also carries the slide's notes.
    #[prop(into)]
    with_notes: Signal<bool>,
) -> impl IntoView {
    let texts = use_localized(deck_texts);
    let pages = move || {
        let fill = fill.get();
        let deck = deck.get();
        let total = deck.slides.len();
        deck.slides
            .iter()
            .enumerate()
            .map(|(index, slide)| {
                let notes = slide.notes.clone();
                let notes_fill = fill.clone();
                view! {
                    <section class="handout-page">
                        <p class="handout-number">
                            {move || (texts.get().slide_of)(index + 1, total)}
                        </p>
                        <SlideView
                            slide=slide.clone()
                            revealed=usize::MAX
                            usage=SlideUse::Handout
                            fill=fill.clone()
                        />
                        <Show when=move || with_notes.get()>
                            <div class="handout-notes">
                                <h3>{move || texts.get().notes_title}</h3>
                                <SlideNotes notes=notes.clone() fill=notes_fill.clone()/>
                            </div>
                        </Show>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <div class="deck-handout" class:with-notes=move || with_notes.get()>
            {pages}
        </div>
    }
}
