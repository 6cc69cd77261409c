//! The editor's list of slides: every slide of the adaptation in order, hidden ones included,
//! each a button that picks it, with its number in the presentation (or « masquée ») and a mark
//! for the slides the advisor edited or wrote.

use crate::browser::focus;
use crate::components::deck_editor::chosen_slide::CHOSEN_HEADING_ID;
use crate::components::deck_editor::deck_editing::expect_deck_editing;
use crate::i18n::deck_editor::deck_editor_texts;
use crate::state::preferences::use_localized;
use ecrans_core::adapted_deck::SlideOrigin;
use leptos::prelude::*;

/// The list of slides.
#[component]
pub fn SlideList() -> impl IntoView {
    let editing = expect_deck_editing();
    let texts = use_localized(deck_editor_texts);
    let rows = editing.rows();
    let hidden_count = move || {
        let hidden = rows.with(|rows| rows.iter().filter(|row| row.entry.hidden()).count());
        (texts.get().hidden_count)(hidden)
    };
    let items = move || {
        let chosen = editing.chosen_id();
        let mut shown_number = 0;
        rows.get()
            .iter()
            .map(|row| {
                let id = row.entry.id().to_owned();
                let hidden = row.entry.hidden();
                if !hidden {
                    shown_number += 1;
                }
                let number = shown_number;
                let is_chosen = chosen.as_deref() == Some(id.as_str());
                let title = row.slide.title.clone();
                let origin = row.origin;
                let mark = move || {
                    let texts = texts.get();
                    match origin {
                        SlideOrigin::Bundled => None,
                        SlideOrigin::Edited => Some(texts.edited_mark),
                        SlideOrigin::Own => Some(texts.own_mark),
                    }
                };
                view! {
                    <li class="deck-editor-row" class:is-hidden=hidden>
                        <button
                            type="button"
                            class="deck-editor-pick"
                            aria-pressed=if is_chosen { "true" } else { "false" }
                            data-slide-id=id.clone()
                            on:click=move |_| {
                                editing.choose(&id);
                                // To the chosen slide's heading: on one column it is below the
                                // list, and a screen reader says which slide it is.
                                focus::focus_element(CHOSEN_HEADING_ID);
                            }
                        >
                            <span class="deck-editor-number">
                                {move || {
                                    if hidden {
                                        texts.get().hidden_mark.to_owned()
                                    } else {
                                        number.to_string()
                                    }
                                }}
                            </span>
                            <span class="deck-editor-row-title">{title}</span>
                            {move || {
                                mark().map(|mark| view! { <span class="deck-editor-mark">{mark}</span> })
                            }}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="deck-editor-slides" aria-labelledby="deck-editor-list-title">
            <h2 id="deck-editor-list-title">{move || texts.get().list_title}</h2>
            <p class="hint">{move || texts.get().list_hint}</p>
            <p class="hint" data-testid="deck-editor-hidden-count">{hidden_count}</p>
            <ol class="deck-editor-list" data-testid="deck-editor-list">{items}</ol>
        </section>
    }
}
