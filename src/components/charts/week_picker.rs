//! Choosing a week: previous and next (never past the current week), the week in words (« La
//! semaine dernière », « 10 – 16 novembre 2025 »), and optionally « Cette semaine ».

use super::dom_id;
use crate::browser::clock;
use crate::i18n::charts::charts_texts;
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::calendar::{format_week_span, week_of, IsoWeek};
use leptos::prelude::*;

/// How many weeks before `this_week` `week` is (0 for this week or a later one).
fn weeks_before(week: IsoWeek, this_week: IsoWeek) -> u32 {
    let days = (this_week.monday() - week.monday()).num_days();
    u32::try_from(days / 7).unwrap_or(0)
}

/// A week picker, labelled by `label` (« Semaine A (avant) »).
#[component]
pub fn WeekPicker(
    /// The week shown.
    #[prop(into)]
    week: Signal<IsoWeek>,
    /// Called with the week chosen.
    on_change: Callback<IsoWeek>,
    /// What the week is for.
    #[prop(into)]
    label: Signal<String>,
    /// Whether to offer « Cette semaine ».
    #[prop(optional)]
    with_this_week: bool,
) -> impl IntoView {
    let preferences = expect_preferences();
    let texts = use_localized(charts_texts);
    let this_week = week_of(clock::today());
    let label_id = dom_id("week");
    let labelled_by = label_id.clone();
    let relative = move || (texts.get().weeks_ago)(weeks_before(week.get(), this_week));
    let span = move || format_week_span(week.get(), preferences.language());
    let back_to_this_week = with_this_week.then(|| {
        view! {
            <button
                type="button"
                class="button button-quiet back-to-today"
                disabled=move || week.get() == this_week
                on:click=move |_| on_change.run(this_week)
            >
                {move || texts.get().this_week}
            </button>
        }
    });
    view! {
        <div class="week-picker" role="group" aria-labelledby=labelled_by>
            <p class="week-picker-label" id=label_id>{move || label.get()}</p>
            <div class="period-nav">
                <button
                    type="button"
                    class="button button-secondary"
                    aria-label=move || texts.get().previous_week
                    on:click=move |_| on_change.run(week.get_untracked().previous())
                >
                    "‹"
                </button>
                <p class="period-label week-words" aria-live="polite">
                    <span class="week-relative">{relative}</span>
                    <span class="week-span">{span}</span>
                </p>
                <button
                    type="button"
                    class="button button-secondary"
                    aria-label=move || texts.get().next_week
                    disabled=move || { week.get() >= this_week }
                    on:click=move |_| on_change.run(week.get_untracked().next())
                >
                    "›"
                </button>
            </div>
            {back_to_this_week}
        </div>
    }
}
