//! The projected slides: a 16:9 stage as large as the window allows (black bands fill the
//! rest), a progress bar, the black screen, the overview grid, and a toolbar that fades away
//! when the mouse rests so the audience sees only the slide.
//!
//! A swipe on the stage (phones, tablets, interactive boards) goes to the next or previous
//! step. Every slide is built when the presentation starts and only the current one is visible,
//! so changing slides or revealing a step only flips classes.

use crate::browser::clock::now_millis;
use crate::components::deck::deck_toolbar::DeckToolbar;
use crate::components::deck::overview_grid::OverviewGrid;
use crate::components::deck::presenter::expect_presenter_controls;
use crate::components::deck::slide_view::{SlideUse, SlideView};
use crate::components::deck::swipe::SwipeTracker;
use crate::i18n::deck::deck_texts;
use crate::state::preferences::use_localized;
use leptos::prelude::*;
use std::time::Duration;

/// How long the toolbar stays after the mouse last moved.
const TOOLBAR_LINGER: Duration = Duration::from_millis(2500);

/// The audience's view of the presentation.
#[component]
pub fn AudienceView() -> impl IntoView {
    let controls = expect_presenter_controls();
    let presentation = controls.presentation;
    let texts = use_localized(deck_texts);
    let slide_index = presentation.slide_index();
    let step = presentation.step();
    let slide_count = Memo::new(move |_| presentation.slide_count());

    // Every slide is built and laid out once (again only when the language or the meeting
    // changes); they lie on top of each other and only the current one is visible, as in
    // reveal.js. A slide change flips two classes: no element is built, no text is shaped and
    // nothing is laid out while the audience waits, only painted (`style/deck.css`).
    let stage_slides = move || {
        let fill = presentation.fill().get();
        presentation.deck().with(|deck| {
            deck.slides
                .iter()
                .enumerate()
                .map(|(index, slide)| {
                    let is_current = Memo::new(move |_| slide_index.get() == index);
                    let revealed =
                        Signal::derive(move || if is_current.get() { step.get() } else { 0 });
                    view! {
                        <div class="stage-slide" class:is-current=move || is_current.get()>
                            <SlideView
                                slide=slide.clone()
                                revealed
                                usage=SlideUse::Stage
                                fill=fill.clone()
                            />
                        </div>
                    }
                })
                .collect_view()
        })
    };

    let progress = Memo::new(move |_| presentation.progress());
    let progress_fraction = move || {
        let (done, total) = progress.get();
        let fraction = if total == 0 {
            1.0
        } else {
            done as f64 / total as f64
        };
        format!("{fraction:.4}")
    };

    // The toolbar shows while the mouse moves, then fades; it stays while a key has focus in it.
    let toolbar_resting = RwSignal::new(false);
    let last_stir = StoredValue::new(0_i64);
    let stir = move || {
        last_stir.set_value(now_millis());
        if toolbar_resting.get_untracked() {
            toolbar_resting.set(false);
        }
    };
    stir();
    let rest_check = set_interval_with_handle(
        move || {
            let idle_for = now_millis() - last_stir.get_value();
            if idle_for >= TOOLBAR_LINGER.as_millis() as i64 && !toolbar_resting.get_untracked() {
                toolbar_resting.set(true);
            }
        },
        Duration::from_millis(500),
    );
    on_cleanup(move || {
        if let Ok(handle) = rest_check {
            handle.clear();
        }
    });

    let swipe = SwipeTracker::new(presentation);

    view! {
        <div
            class="deck-presenter deck-audience"
            class:is-resting=move || toolbar_resting.get()
            on:pointermove=move |_| stir()
            on:pointerdown=move |_| stir()
            on:keydown=move |event| {
                if event.key() == "Tab" {
                    stir();
                }
            }
        >
            <section
                id="deck-stage"
                class="deck-stage slide-frame-host"
                tabindex="-1"
                aria-label=move || {
                    (texts.get().slide_of)(slide_index.get() + 1, slide_count.get())
                }
                on:touchstart=move |event| swipe.start(&event)
                on:touchend=move |event| swipe.end(&event)
            >
                {stage_slides}
                <div
                    class="deck-progress"
                    role="progressbar"
                    aria-label=move || texts.get().progress_label
                    aria-valuemin="0"
                    aria-valuemax=move || progress.get().1
                    aria-valuenow=move || progress.get().0
                    aria-valuetext=move || {
                        (texts.get().slide_of)(slide_index.get() + 1, slide_count.get())
                    }
                >
                    <div class="deck-progress-fill" style:--deck-progress=progress_fraction></div>
                </div>
            </section>
            <Show when=move || !presentation.typed_number().is_empty()>
                <p class="deck-jump" role="status">
                    {move || texts.get().jump_to}
                    " "
                    <strong>{move || presentation.typed_number()}</strong>
                </p>
            </Show>
            <DeckToolbar/>
            <Show when=move || presentation.is_black()>
                <div class="deck-blackout" role="status" on:click=move |_| presentation.toggle_blackout()>
                    <p class="deck-visually-hidden">{move || texts.get().blackout_notice}</p>
                </div>
            </Show>
            <Show when=move || presentation.is_overview_open()>
                <OverviewGrid/>
            </Show>
        </div>
    }
}
