//! The speaker view's clock: the time of day, and the time elapsed since the view opened or
//! since « Remettre à zéro », both updated every second, beside the session's planned time
//! (in all, and before the slide shown).

use crate::browser::clock::{local_now, now_millis};
use crate::components::deck::presentation::expect_presentation;
use crate::i18n::deck::deck_texts;
use crate::state::preferences::use_localized;
use ecrans_core::deck::elapsed::elapsed_text;
use leptos::prelude::*;
use std::time::Duration;

/// The time of day and the elapsed time, with a button to start the elapsed time again.
#[component]
pub fn SpeakerClock() -> impl IntoView {
    let texts = use_localized(deck_texts);
    let now = RwSignal::new(now_millis());
    let started_at = RwSignal::new(now_millis());
    let tick = set_interval_with_handle(move || now.set(now_millis()), Duration::from_secs(1));
    on_cleanup(move || {
        if let Ok(handle) = tick {
            handle.clear();
        }
    });
    let time_of_day = move || {
        now.track();
        local_now().format("%H:%M").to_string()
    };
    let elapsed = move || elapsed_text((now.get() - started_at.get()) as f64);
    // The planned times follow the session presented: its total, and what was planned for
    // the slides before this one, to compare with the elapsed time.
    let presentation = expect_presentation();
    let planned = Memo::new(move |_| presentation.planned_minutes());
    let planned_total = move || (texts.get().agenda_minutes)(planned.get().1);
    let planned_so_far = move || (texts.get().agenda_minutes)(planned.get().0);
    view! {
        <div class="speaker-clock">
            <p class="speaker-time">
                <span class="speaker-time-label">{move || texts.get().clock_label}</span>
                <span class="speaker-time-value">{time_of_day}</span>
            </p>
            <p class="speaker-time">
                <span class="speaker-time-label">{move || texts.get().elapsed_label}</span>
                <span class="speaker-time-value" data-testid="elapsed">{elapsed}</span>
            </p>
            <p class="speaker-time">
                <span class="speaker-time-label">{move || texts.get().planned_so_far_label}</span>
                <span class="speaker-time-value" data-testid="planned-so-far">{planned_so_far}</span>
            </p>
            <p class="speaker-time">
                <span class="speaker-time-label">{move || texts.get().planned_total_label}</span>
                <span class="speaker-time-value" data-testid="planned-total">{planned_total}</span>
            </p>
            <button
                type="button"
                class="deck-tool"
                on:click=move |_| {
                    let moment = now_millis();
                    started_at.set(moment);
                    now.set(moment);
                }
            >
                {move || texts.get().reset_timer}
            </button>
        </div>
    }
}
