//! The overview (O or Esc): every slide as a thumbnail, the current one marked, to jump to any
//! slide with a click, a tap or Tab then Enter. It opens with the keyboard focus on the current
//! slide and gives the focus back to the stage when it closes.

use crate::browser::focus;
use crate::components::deck::presentation::expect_presentation;
use crate::components::deck::slide_view::{SlideUse, SlideView};
use crate::i18n::deck::deck_texts;
use crate::state::preferences::use_localized;
use leptos::prelude::*;

/// The id of the overview button of slide `number` (from 1).
fn thumbnail_button_id(number: usize) -> String {
    format!("deck-overview-{number}")
}

/// The overview grid, shown over the presentation.
#[component]
pub fn OverviewGrid() -> impl IntoView {
    let presentation = expect_presentation();
    let texts = use_localized(deck_texts);
    let current = presentation.slide_index();

    let focus_current = move || {
        let number = current.get_untracked() + 1;
        request_animation_frame(move || focus::focus_element(&thumbnail_button_id(number)));
    };
    focus_current();
    on_cleanup(|| {
        request_animation_frame(|| focus::focus_element("deck-stage"));
    });

    let thumbnails = move || {
        let fill = presentation.fill().get();
        let slides = presentation.deck().with(|deck| deck.slides.clone());
        slides
            .into_iter()
            .enumerate()
            .map(|(index, slide)| {
                let number = index + 1;
                let label = (texts.get_untracked().go_to_slide)(number, &slide.title);
                let is_current = move || current.get() == index;
                view! {
                    <li class="overview-item" class:is-current=is_current>
                        <div class="overview-thumbnail" aria-hidden="true">
                            <SlideView
                                slide
                                revealed=usize::MAX
                                usage=SlideUse::Preview
                                fill=fill.clone()
                            />
                        </div>
                        <button
                            type="button"
                            class="overview-button"
                            id=thumbnail_button_id(number)
                            aria-label=label
                            aria-current=move || is_current().then_some("true")
                            on:click=move |_| {
                                presentation.go_to_slide(index);
                                presentation.close_overview();
                            }
                        >
                            <span class="overview-number" aria-hidden="true">{number}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <div
            class="deck-overview"
            role="dialog"
            aria-modal="true"
            aria-labelledby="deck-overview-title"
        >
            <div class="overview-header">
                <h2 id="deck-overview-title">{move || texts.get().overview_title}</h2>
                <button
                    type="button"
                    class="deck-tool"
                    on:click=move |_| {
                        presentation.close_overview();
                    }
                >
                    {move || texts.get().overview_close}
                    <kbd aria-hidden="true">"Esc"</kbd>
                </button>
            </div>
            <ol class="overview-grid">{thumbnails}</ol>
        </div>
    }
}
