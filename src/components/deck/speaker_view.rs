//! The speaker view: what only the advisor sees. In its own window (S), the slide on screen,
//! what the next click shows, the notes in large type that can be made larger, the clock and
//! the elapsed time. On one screen (N), a small slide with the notes under it, for a tablet or
//! a laptop without a second screen. Both follow the projected window and lead it: a key or a
//! button here moves every window of the presentation.

use crate::components::deck::deck_toolbar::DeckToolbar;
use crate::components::deck::overview_grid::OverviewGrid;
use crate::components::deck::presenter::expect_presenter_controls;
use crate::components::deck::slide_view::{SlideNotes, SlideUse, SlideView};
use crate::components::deck::speaker_clock::SpeakerClock;
use crate::components::deck::swipe::SwipeTracker;
use crate::i18n::deck::deck_texts;
use crate::i18n::deck_editor::deck_editor_texts;
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::adapted_deck::SlideOrigin;
use ecrans_core::deck::key_command::KeyCommand;
use leptos::prelude::*;

/// The speaker's view of the presentation.
#[component]
pub fn SpeakerView(
    /// `true` for one screen (small slide, notes under it); `false` for the second window.
    one_screen: bool,
) -> impl IntoView {
    let controls = expect_presenter_controls();
    let presentation = controls.presentation;
    let texts = use_localized(deck_texts);
    let preferences = expect_preferences();
    let slide_index = presentation.slide_index();
    let step = presentation.step();
    let current = Memo::new(move |_| presentation.slide_at(slide_index.get()));
    let upcoming = Memo::new(move |_| presentation.upcoming());
    let swipe = SwipeTracker::new(presentation);
    let editor_texts = use_localized(deck_editor_texts);
    // The advisor's own slides (and the ones they edited) are marked: the room sees them as any
    // other, the advisor knows which words are theirs, and which sources they vouch for.
    let origin_mark = move || {
        let texts = editor_texts.get();
        match presentation.origin_at(slide_index.get()) {
            SlideOrigin::Bundled => None,
            SlideOrigin::Edited => Some(texts.edited_slide_mark),
            SlideOrigin::Own => Some(texts.own_slide_mark),
        }
        .map(|mark| view! { <p class="speaker-origin" data-testid="speaker-origin">{mark}</p> })
    };

    let status = move || {
        let texts = texts.get();
        let number = slide_index.get() + 1;
        let mut status = presentation
            .session()
            .map(|session| format!("{} · ", session.name(preferences.language())))
            .unwrap_or_default();
        status.push_str(&(texts.slide_of)(number, presentation.slide_count()));
        if let Some(slide) = current.get() {
            if slide.steps > 0 {
                status.push_str(" · ");
                status.push_str(&(texts.step_of)(step.get(), slide.steps));
            }
            status.push_str(" · ");
            status.push_str(&(texts.planned)(slide.minutes));
        }
        status
    };

    let current_slide = move || {
        let index = slide_index.get();
        let fill = presentation.fill().get();
        presentation.slide_at(index).map(|slide| {
            view! { <SlideView slide revealed=step usage=SlideUse::Preview fill/> }
        })
    };

    let next_slide = move || match upcoming.get() {
        None => view! { <p class="speaker-end">{move || texts.get().end_of_deck}</p> }.into_any(),
        Some(next) => {
            let fill = presentation.fill().get();
            let same_slide = next.slide == slide_index.get_untracked();
            let slide = presentation.slide_at(next.slide);
            view! {
                <Show when=move || same_slide>
                    <p class="speaker-next-hint">{move || texts.get().next_step_same_slide}</p>
                </Show>
                {slide.map(|slide| view! {
                    <SlideView slide revealed=next.step usage=SlideUse::Preview fill/>
                })}
            }
            .into_any()
        }
    };

    let notes = move || {
        let fill = presentation.fill().get();
        current
            .get()
            .map(|slide| view! { <SlideNotes notes=slide.notes fill/> })
    };

    let (can_grow, can_shrink) = (
        move || controls.notes_can_change().0,
        move || controls.notes_can_change().1,
    );

    view! {
        <div
            class="deck-presenter deck-speaker"
            class:is-one-screen=one_screen
        >
            <header class="speaker-header">
                <h1 class="speaker-title">
                    {move || {
                        if one_screen { texts.get().one_screen_title } else { texts.get().speaker_title }
                    }}
                </h1>
                <p class="speaker-status" data-testid="speaker-status">{status}</p>
                {origin_mark}
                <Show when=move || presentation.is_black()>
                    <p class="speaker-black" role="status">{move || texts.get().audience_is_black}</p>
                </Show>
                <SpeakerClock/>
            </header>
            <section
                class="speaker-current"
                aria-labelledby="speaker-current-title"
                on:touchstart=move |event| swipe.start(&event)
                on:touchend=move |event| swipe.end(&event)
            >
                <h2 id="speaker-current-title" class="speaker-section-title">
                    {move || texts.get().current_slide}
                </h2>
                {current_slide}
            </section>
            {(!one_screen).then(|| view! {
                <section class="speaker-next" aria-labelledby="speaker-next-title">
                    <h2 id="speaker-next-title" class="speaker-section-title">
                        {move || texts.get().next_up}
                    </h2>
                    {next_slide}
                </section>
            })}
            <div
                class="speaker-notes"
                style:--notes-scale=move || format!("{}", f64::from(controls.notes_percent()) / 100.0)
            >
                <div class="speaker-notes-header">
                    <h2 id="speaker-notes-title" class="speaker-section-title">
                        {move || texts.get().notes_title}
                    </h2>
                    <div class="speaker-notes-size">
                        <button
                            type="button"
                            class="deck-tool"
                            aria-keyshortcuts="-"
                            prop:disabled=move || !can_shrink()
                            on:click=move |_| {
                                controls.run(KeyCommand::NotesSmaller);
                            }
                        >
                            "A−"
                            <span class="deck-visually-hidden">
                                " " {move || texts.get().notes_smaller}
                            </span>
                        </button>
                        <button
                            type="button"
                            class="deck-tool"
                            aria-keyshortcuts="+"
                            prop:disabled=move || !can_grow()
                            on:click=move |_| {
                                controls.run(KeyCommand::NotesLarger);
                            }
                        >
                            "A+"
                            <span class="deck-visually-hidden">
                                " " {move || texts.get().notes_larger}
                            </span>
                        </button>
                    </div>
                </div>
                // Focusable, so the notes can be scrolled with the keyboard.
                <div
                    class="speaker-notes-text"
                    data-testid="speaker-notes"
                    role="region"
                    aria-labelledby="speaker-notes-title"
                    tabindex="0"
                >
                    {notes}
                </div>
            </div>
            <DeckToolbar/>
            <Show when=move || presentation.is_overview_open()>
                <OverviewGrid/>
            </Show>
        </div>
    }
}
