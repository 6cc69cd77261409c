//! Graphiques (`/graphiques`): the week of one child or of the whole family in four charts.
//!
//! The week (minutes per day stacked by screen, with the limit), what for, when (days × moments,
//! with the « 4 pas »), and the trend (the daily average of each week logged over the last 26
//! weeks). Each chart comes from the core with its one-sentence summary, shown above it, and its
//! data as a table under « Voir les données ». Everything is a memo over a core function.

use crate::browser::clock;
use crate::components::charts::{scope_choices, ChartFigure, ScopePicker, WeekPicker};
use crate::components::page_heading::PageHeading;
use crate::i18n::charts::charts_texts;
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::{expect_preferences, use_localized};
use crate::state::scope_choice::use_scope_choice;
use ecrans_core::calendar::{week_of, IsoWeek};
use ecrans_core::charts::{activity_chart, moments_chart, trend_chart, week_chart, ChartText};
use ecrans_core::duration_text::{format_days_filled_in, format_duration};
use ecrans_core::site_map::Page;
use ecrans_core::statistics::{week_statistics, weekly_trend_between};
use leptos::prelude::*;
use leptos_router::components::A;

/// How many weeks the trend covers, ending with the current week (the whole history is slow to
/// walk on a long diary, and half a year is what a family looks back on).
const TREND_WEEKS: u32 = 26;

/// The week `count` weeks before `week`.
fn weeks_back(week: IsoWeek, count: u32) -> IsoWeek {
    (0..count).fold(week, |week, _| week.previous())
}

#[component]
pub fn ChartsPage() -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(charts_texts);
    let this_week = week_of(clock::today());

    let week = RwSignal::new(this_week);
    // A scope naming a child who is gone shows the whole family.
    let scope = use_scope_choice();
    let language = Memo::new(move |_| preferences.language());
    // The charts' text follows the text size chosen in Réglages.
    let chart_text = Memo::new(move |_| ChartText::for_text_size(preferences.text_size()));
    let has_children = Memo::new(move |_| store.with(|diary| !diary.children().is_empty()));

    let choices = Memo::new(move |_| {
        let family = texts.get().whole_family;
        store.with(|diary| scope_choices(diary, family))
    });
    let statistics =
        Memo::new(move |_| store.with(|diary| week_statistics(diary, week.get(), &scope.get())));
    let filled_in = Memo::new(move |_| statistics.with(|week| week.days_filled_in() > 0));
    let week_figure = Memo::new(move |_| {
        statistics.with(|week| week_chart(week, language.get(), chart_text.get()).ok())
    });
    let activity_figure = Memo::new(move |_| {
        statistics.with(|week| activity_chart(week, language.get(), chart_text.get()).ok())
    });
    let moments_figure = Memo::new(move |_| {
        statistics.with(|week| moments_chart(week, language.get(), chart_text.get()).ok())
    });
    let trend = Memo::new(move |_| {
        let from = weeks_back(this_week, TREND_WEEKS - 1);
        store.with(|diary| weekly_trend_between(diary, &scope.get(), from, this_week))
    });
    let trend_figure = Memo::new(move |_| {
        trend.with(|trend| trend_chart(trend, language.get(), chart_text.get()).ok())
    });

    let key_figures = move || {
        let language = language.get();
        let texts = texts.get();
        statistics.with(|week| {
            let average = &week.daily_average;
            let days = format_days_filled_in(average.days_filled_in, average.days, language);
            // A duration never breaks across lines (« 8 h 15 »).
            let duration = |minutes| format_duration(minutes, language).replace(' ', "\u{a0}");
            let average_line = match average.minutes {
                Some(minutes) => (texts.average_line)(&duration(minutes), &days),
                None => (texts.no_average_line)(&days),
            };
            let total_line = (texts.total_line)(&duration(week.totals.minutes));
            view! {
                <p class="key-figure key-average">{average_line}</p>
                <p class="key-figure key-total">{total_line}</p>
            }
        })
    };

    let heading = move |pick: fn(&crate::i18n::charts::ChartsTexts) -> &'static str| {
        Signal::derive(move || pick(texts.get()).to_owned())
    };

    view! {
        <PageHeading title=|t| t.charts_title/>
        <Show
            when=move || has_children.get()
            fallback=move || {
                view! {
                    <section class="card empty-state" aria-labelledby="charts-empty-title">
                        <h2 id="charts-empty-title">{move || texts.get().no_child_title}</h2>
                        <p>{move || texts.get().no_child_body}</p>
                        <A href=Page::Diary.path() attr:class="button button-primary">
                            {move || texts.get().go_to_diary}
                        </A>
                    </section>
                }
            }
        >
            <p class="lead">{move || texts.get().intro}</p>
            <section class="card chart-controls" aria-label=move || texts.get().which_week>
                <ScopePicker scope=scope choices=choices/>
                <WeekPicker
                    week=week
                    on_change=Callback::new(move |chosen| week.set(chosen))
                    label=Signal::derive(move || texts.get().which_week.to_owned())
                    with_this_week=true
                />
            </section>
            <section class="card key-figures" aria-labelledby="key-figures-title">
                <h2 id="key-figures-title">{move || texts.get().key_figures}</h2>
                {key_figures}
            </section>
            <Show
                when=move || filled_in.get()
                fallback=move || {
                    view! {
                        <section class="card empty-state" aria-labelledby="charts-nothing-title">
                            <h2 id="charts-nothing-title">{move || texts.get().nothing_title}</h2>
                            <p>{move || texts.get().nothing_body}</p>
                            <A href=Page::Diary.path() attr:class="button button-primary">
                                {move || texts.get().go_to_diary}
                            </A>
                        </section>
                    }
                }
            >
                <ChartFigure heading=heading(|t| t.week_heading) chart=week_figure/>
                <ChartFigure heading=heading(|t| t.activity_heading) chart=activity_figure/>
                <ChartFigure heading=heading(|t| t.moments_heading) chart=moments_figure/>
            </Show>
            <ChartFigure
                heading=heading(|t| t.trend_heading)
                hint=Signal::derive(move || texts.get().trend_hint.to_owned())
                chart=trend_figure
            />
        </Show>
    }
}
