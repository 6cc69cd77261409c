//! « Ajouter une diapositive »: one of four layouts (text, big figure, question to the room,
//! pictograms), each starting from the core's template in the language edited, put right after
//! the chosen slide and chosen in turn so the advisor can write it at once.

use crate::components::deck_editor::deck_editing::expect_deck_editing;
use crate::i18n::deck_editor::{deck_editor_texts, DeckEditorTexts};
use crate::state::adapted_deck_store::DeckChange;
use crate::state::preferences::use_localized;
use ecrans_core::adapted_deck::NewSlideLayout;
use leptos::prelude::*;

fn layout_words(texts: &DeckEditorTexts, layout: NewSlideLayout) -> (&'static str, &'static str) {
    match layout {
        NewSlideLayout::Standard => (texts.layout_standard, texts.layout_standard_hint),
        NewSlideLayout::BigFigure => (texts.layout_big_figure, texts.layout_big_figure_hint),
        NewSlideLayout::Quiz => (texts.layout_quiz, texts.layout_quiz_hint),
        NewSlideLayout::Pictograms => (texts.layout_pictograms, texts.layout_pictograms_hint),
    }
}

/// The form that adds a slide.
#[component]
pub fn NewSlide() -> impl IntoView {
    let editing = expect_deck_editing();
    let texts = use_localized(deck_editor_texts);
    let layout = RwSignal::new(NewSlideLayout::Standard);
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let after = editing.chosen_id();
        let mut new_id = None;
        let added = editing.apply(DeckChange::SlideAdded, |adapted, base| {
            let (adapted, id) =
                adapted.with_new_slide(base, after.as_deref(), layout.get_untracked())?;
            new_id = Some(id);
            Ok(adapted)
        });
        if let (true, Some(id)) = (added, new_id) {
            editing.choose(&id);
        }
    };
    let choices = move || {
        NewSlideLayout::ALL
            .into_iter()
            .map(|choice| {
                let (name, hint) = layout_words(texts.get(), choice);
                view! {
                    <label class="choice deck-editor-layout">
                        <input
                            type="radio"
                            name="deck-editor-layout"
                            prop:checked=move || layout.get() == choice
                            on:change=move |_| layout.set(choice)
                        />
                        <span><strong>{name}</strong>" : "{hint}</span>
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="deck-editor-add-title">
            <h2 id="deck-editor-add-title">{move || texts.get().add_title}</h2>
            <form on:submit=add>
                <fieldset class="deck-editor-layouts">
                    <legend>{move || texts.get().add_hint}</legend>
                    {choices}
                </fieldset>
                <button type="submit" class="button button-primary">
                    {move || texts.get().add_button}
                </button>
            </form>
        </section>
    }
}
