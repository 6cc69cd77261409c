//! One ISO week (Monday first): for each day, its date in words and each child's total
//! against their limit; a tap opens the day.

use crate::components::diary::day_entries::ChildTotals;
use crate::i18n::diary::diary_texts;
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::{expect_preferences, use_localized};
use chrono::NaiveDate;
use ecrans_core::calendar::{format_long_date, IsoWeek};
use ecrans_core::diary::{week_view, Scope};
use ecrans_core::duration_text::format_duration;
use leptos::prelude::*;

/// The seven days of a week.
#[component]
pub fn WeekDays(
    /// The week shown.
    week: Signal<IsoWeek>,
    /// One child or the whole family.
    scope: Signal<Scope>,
    /// Opens a day.
    on_open_day: Callback<NaiveDate>,
) -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(diary_texts);
    let days = Memo::new(move |_| store.with(|diary| week_view(diary, week.get(), &scope.get())));
    move || {
        let language = preferences.language();
        let texts_now = texts.get();
        let view = days.get();
        let any = view.days.iter().any(|day| !day.entries.is_empty());
        let rows = view
            .days
            .into_iter()
            .map(|day| {
                let label = format_long_date(day.date, language);
                let date = day.date;
                let total = day.total_minutes();
                let count = day.entries.len();
                view! {
                    <li class="week-day">
                        <button
                            type="button"
                            class="week-day-open"
                            on:click=move |_| on_open_day.run(date)
                        >
                            <span class="week-day-name">{label.clone()}</span>
                            <span class="week-day-total">
                                {if count == 0 { "—".to_string() } else { format_duration(total, language) }}
                            </span>
                        </button>
                        <ul class="totals"><ChildTotals days=day.children/></ul>
                    </li>
                }
            })
            .collect_view();
        view! {
            {(!any).then(|| view! { <p class="empty-note">{texts_now.nothing_this_week}</p> })}
            <ul class="week-days">{rows}</ul>
        }
    }
}
