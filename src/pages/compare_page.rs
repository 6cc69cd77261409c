//! Comparer (`/comparer`): two weeks side by side, for one child or the whole family.
//!
//! Week A (before) and week B (after) open on the core's default weeks (the first week logged and
//! the last complete week), with one-tap choices and previous/next for each. The figures, the
//! sentence, the commitments judged on week B and the two charts all come from the core's
//! `compare_weeks`. « Mode présentation » shows large figures for the workshop, with « Masquer les
//! prénoms » on by default: everything is then computed from the core's masked copy of the diary
//! (display only, never saved). « Imprimer » prints a page per child and one for the family.
//! « Partager avec le groupe (anonyme) » shows the family's anonymous totals as a QR code and a
//! text code for the advisor's « Bilan du groupe » (hidden in presentation mode, which is for
//! the room's screen). « Mes engagements » (the editor) sits at the end of the page.

use crate::browser::{clock, print};
use crate::components::charts::{
    scope_choices, ChartFigure, CommitmentChecks, ComparisonFigures, DataTableView, PrintReport,
    PrintSection, ScopePicker, WeekPicker,
};
use crate::components::commitments::CommitmentsEditor;
use crate::components::group_share::GroupShare;
use crate::components::page_heading::PageHeading;
use crate::i18n::charts::charts_texts;
use crate::i18n::compare::compare_texts;
use crate::state::diary_store::{expect_diary_store, DiaryStore};
use crate::state::preferences::{expect_preferences, use_localized};
use crate::state::scope_choice::use_scope_choice;
use ecrans_core::charts::{
    comparison_days_chart, comparison_moments_chart, render_comparison_days_svg, ChartText,
};
use ecrans_core::comparison::{
    compare_weeks, comparison_summary, comparison_table, default_weeks, first_and_last_weeks,
    last_week_and_this_week, WeekPair,
};
use ecrans_core::diary::{Diary, Scope};
use ecrans_core::duration_text::format_days_filled_in;
use ecrans_core::masked_names::mask_child_names;
use ecrans_core::preferences::TextSize;
use ecrans_core::site_map::Page;
use ecrans_core::statistics::WEEK_DAYS;
use leptos::prelude::*;
use leptos_router::components::A;

/// Reads the diary shown on this page: the masked copy while names are hidden, else the store's.
fn with_shown<R>(
    store: DiaryStore,
    masked: Memo<Option<Diary>>,
    read: impl FnOnce(&Diary) -> R,
) -> R {
    let mut read = Some(read);
    let from_masked = masked.with(|masked| {
        masked
            .as_ref()
            .map(|diary| (read.take().expect("read once"))(diary))
    });
    match from_masked {
        Some(result) => result,
        None => store.with(read.take().expect("read once")),
    }
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(compare_texts);
    let chart_texts = use_localized(charts_texts);
    let today = clock::today();

    let language = Memo::new(move |_| preferences.language());
    // The charts' text follows the text size chosen in Réglages.
    let chart_text = Memo::new(move |_| ChartText::for_text_size(preferences.text_size()));
    // A scope naming a child who is gone shows the whole family.
    let scope = use_scope_choice();
    let chosen = RwSignal::new(None::<WeekPair>);
    let presenting = RwSignal::new(false);
    let mask = RwSignal::new(true);
    let names_hidden = Memo::new(move |_| presenting.get() && mask.get());
    let has_children = Memo::new(move |_| store.with(|diary| !diary.children().is_empty()));

    // The masked copy, for display only: it is never handed to the store.
    let masked = Memo::new(move |_| {
        names_hidden
            .get()
            .then(|| store.with(|diary| mask_child_names(diary, language.get())))
    });

    let choices = Memo::new(move |_| {
        let family = chart_texts.get().whole_family;
        with_shown(store, masked, |diary| scope_choices(diary, family))
    });
    let first_and_last =
        Memo::new(move |_| store.with(|diary| first_and_last_weeks(diary, &scope.get(), today)));
    let pair = Memo::new(move |_| {
        chosen.get().unwrap_or_else(|| {
            store
                .with(|diary| default_weeks(diary, &scope.get(), today))
                .unwrap_or_else(|| last_week_and_this_week(today))
        })
    });
    let comparison = Memo::new(move |_| {
        let (pair, scope) = (pair.get(), scope.get());
        with_shown(store, masked, |diary| compare_weeks(diary, &scope, pair))
    });
    let summary = move || comparison.with(|c| comparison_summary(c, language.get()));
    let table = Memo::new(move |_| comparison.with(|c| comparison_table(c, language.get())));
    let checks = Signal::derive(move || comparison.with(|c| c.commitments.clone()));
    let days_figure = Memo::new(move |_| {
        comparison.with(|c| comparison_days_chart(c, language.get(), chart_text.get()).ok())
    });
    let moments_figure = Memo::new(move |_| {
        comparison.with(|c| comparison_moments_chart(c, language.get(), chart_text.get()).ok())
    });

    let few_days = move || {
        let language = language.get();
        let texts = texts.get();
        comparison.with(|c| {
            [
                (c.few_days.a, &c.a, texts.week_a),
                (c.few_days.b, &c.b, texts.week_b),
            ]
            .into_iter()
            .filter(|(thin, _, _)| *thin)
            .map(|(_, week, name)| {
                let days = format_days_filled_in(week.days_filled_in(), WEEK_DAYS, language);
                view! { <p class="banner banner-warn few-days">{(texts.few_days)(name, &days)}</p> }
            })
            .collect_view()
        })
    };

    // One printed page per scope: the family first, then each child.
    let print_sections = Memo::new(move |_| {
        let (pair, language) = (pair.get(), language.get());
        let print_title = texts.get().print_title;
        let family_title = chart_texts.get().whole_family.to_owned();
        // On paper the chart is shown far wider than on a phone: the base text size is enough.
        let printed_text = ChartText::for_text_size(TextSize::Normal);
        with_shown(store, masked, |diary| {
            let mut scopes = vec![(Scope::Family, family_title)];
            scopes.extend(
                diary
                    .children()
                    .into_iter()
                    .map(|child| (Scope::Child(child.id.clone()), child.name.clone())),
            );
            scopes
                .into_iter()
                .map(|(scope, title)| {
                    let comparison = compare_weeks(diary, &scope, pair);
                    let family = scope == Scope::Family;
                    PrintSection {
                        family,
                        title: print_title(&title),
                        summary: comparison_summary(&comparison, language),
                        table: comparison_table(&comparison, language),
                        svg: render_comparison_days_svg(&comparison, language, printed_text)
                            .unwrap_or_default(),
                        checks: if family {
                            comparison.commitments
                        } else {
                            Vec::new()
                        },
                    }
                })
                .collect::<Vec<_>>()
        })
    });

    let quick_choice = move |label: fn(&crate::i18n::compare::CompareTexts) -> &'static str,
                             choice: Signal<Option<WeekPair>>| {
        view! {
            <button
                type="button"
                class="button button-secondary"
                aria-pressed=move || (choice.get() == Some(pair.get())).to_string()
                disabled=move || choice.get().is_none()
                on:click=move |_| {
                    if let Some(weeks) = choice.get_untracked() {
                        chosen.set(Some(weeks));
                    }
                }
            >
                {move || label(texts.get())}
            </button>
        }
    };
    let set_week_a = Callback::new(move |week| {
        let b = pair.get_untracked().b;
        chosen.set(Some(WeekPair { a: week, b }));
    });
    let set_week_b = Callback::new(move |week| {
        let a = pair.get_untracked().a;
        chosen.set(Some(WeekPair { a, b: week }));
    });

    view! {
        <PageHeading title=|t| t.compare_title/>
        <div class="compare-page" class:presenting=move || presenting.get()>
            <Show
                when=move || has_children.get()
                fallback=move || {
                    view! {
                        <section class="card empty-state" aria-labelledby="compare-empty-title">
                            <h2 id="compare-empty-title">{move || texts.get().no_child_title}</h2>
                            <p>{move || texts.get().no_child_body}</p>
                            <A href=Page::Diary.path() attr:class="button button-primary">
                                {move || texts.get().go_to_diary}
                            </A>
                        </section>
                    }
                }
            >
                <div class="screen-only">
                    <p class="lead">{move || texts.get().intro}</p>
                    <section class="card compare-controls" aria-label=move || texts.get().weeks_legend>
                        <ScopePicker scope=scope choices=choices/>
                        <fieldset class="compare-weeks">
                            <legend>{move || texts.get().weeks_legend}</legend>
                            <div class="button-row quick-weeks">
                                {quick_choice(
                                    |t| t.last_and_this,
                                    Signal::derive(move || Some(last_week_and_this_week(today))),
                                )}
                                {quick_choice(|t| t.first_and_last, first_and_last.into())}
                            </div>
                            <Show when=move || first_and_last.with(Option::is_none)>
                                <p class="hint">{move || texts.get().first_and_last_later}</p>
                            </Show>
                            <div class="week-pickers">
                                <WeekPicker
                                    week=Signal::derive(move || pair.get().a)
                                    on_change=set_week_a
                                    label=Signal::derive(move || texts.get().week_a.to_owned())
                                />
                                <WeekPicker
                                    week=Signal::derive(move || pair.get().b)
                                    on_change=set_week_b
                                    label=Signal::derive(move || texts.get().week_b.to_owned())
                                />
                            </div>
                        </fieldset>
                        <div class="compare-tools">
                            <label class="switch">
                                <input
                                    type="checkbox"
                                    role="switch"
                                    prop:checked=move || presenting.get()
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        presenting.set(on);
                                        if on {
                                            mask.set(true);
                                        }
                                    }
                                />
                                <span>{move || texts.get().presentation}</span>
                            </label>
                            <Show when=move || presenting.get()>
                                <label class="switch">
                                    <input
                                        type="checkbox"
                                        role="switch"
                                        prop:checked=move || mask.get()
                                        on:change=move |ev| mask.set(event_target_checked(&ev))
                                    />
                                    <span>{move || texts.get().mask_names}</span>
                                </label>
                            </Show>
                            <p class="hint">{move || texts.get().presentation_hint}</p>
                            <button
                                type="button"
                                class="button button-secondary print-button"
                                on:click=move |_| print::print_page()
                            >
                                {move || texts.get().print}
                            </button>
                            <p class="hint">{move || texts.get().print_hint}</p>
                        </div>
                    </section>

                    <section class="card compare-summary" aria-labelledby="compare-summary-title">
                        <h2 id="compare-summary-title">{move || texts.get().summary_heading}</h2>
                        <p class="compare-sentence" aria-live="polite">{summary}</p>
                        {few_days}
                    </section>

                    <section class="card compare-figures" aria-labelledby="compare-figures-title">
                        <h2 id="compare-figures-title">{move || texts.get().side_by_side_heading}</h2>
                        <ComparisonFigures comparison=comparison/>
                        <details class="chart-data">
                            <summary>{move || texts.get().show_table}</summary>
                            {move || view! { <DataTableView table=table.get()/> }}
                        </details>
                    </section>

                    <section class="card compare-checks" aria-labelledby="compare-checks-title">
                        <h2 id="compare-checks-title">{move || texts.get().checks_heading}</h2>
                        <CommitmentChecks checks=checks/>
                    </section>

                    <ChartFigure
                        heading=Signal::derive(move || texts.get().days_chart_heading.to_owned())
                        chart=days_figure
                    />
                    <ChartFigure
                        heading=Signal::derive(move || texts.get().moments_chart_heading.to_owned())
                        chart=moments_figure
                    />
                    <Show when=move || !names_hidden.get()>
                        <GroupShare weeks=pair/>
                    </Show>
                </div>
                <PrintReport sections=print_sections/>
            </Show>
            <Show when=move || !names_hidden.get()>
                <CommitmentsEditor/>
            </Show>
        </div>
    }
}
