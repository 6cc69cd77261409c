//! Carnet (`/carnet`): the family screen-time diary.
//!
//! Quick logging at the top (two taps for the common case), the full form one tap further, then
//! the day or the week for one child or the whole family, and the children with their limits.

use crate::browser::clock;
use crate::components::diary::day_entries::DayEntries;
use crate::components::diary::entry_form::EntryForm;
use crate::components::diary::quick_log::QuickLog;
use crate::components::diary::week_days::WeekDays;
use crate::components::family::FamilyPanel;
use crate::components::page_heading::PageHeading;
use crate::i18n::diary::diary_texts;
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::{expect_preferences, use_localized};
use crate::state::scope_choice::use_scope_choice;
use chrono::{Days, NaiveDate};
use ecrans_core::calendar::{format_long_date, week_of};
use ecrans_core::diary::{EntryDraft, Scope};
use leptos::prelude::*;

/// Whether the Carnet shows a day or a week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Period {
    Day,
    Week,
}

/// The entry form in use, if any.
#[derive(Clone, Debug, PartialEq)]
struct OpenForm {
    draft: EntryDraft,
    editing: bool,
}

#[component]
pub fn DiaryPage() -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(diary_texts);

    let period = RwSignal::new(Period::Day);
    let date = RwSignal::new(clock::today());
    // A scope naming a child who is gone shows the whole family.
    let scope = use_scope_choice();
    let form = RwSignal::new(None::<OpenForm>);
    let has_children = Memo::new(move |_| store.with(|diary| !diary.children().is_empty()));

    let open_new = Callback::new(move |draft: EntryDraft| {
        form.set(Some(OpenForm {
            draft,
            editing: false,
        }))
    });
    let open_edit = Callback::new(move |draft: EntryDraft| {
        form.set(Some(OpenForm {
            draft,
            editing: true,
        }))
    });
    let close_form = Callback::new(move |_| form.set(None));
    let open_day = Callback::new(move |day: NaiveDate| {
        date.set(day);
        period.set(Period::Day);
    });

    let step = move |forward: bool| {
        let days = Days::new(if period.get_untracked() == Period::Day {
            1
        } else {
            7
        });
        date.update(|d| {
            let moved = if forward {
                d.checked_add_days(days)
            } else {
                d.checked_sub_days(days)
            };
            *d = moved.unwrap_or(*d);
        });
    };

    let period_label = move || {
        let language = preferences.language();
        let texts = texts.get();
        match period.get() {
            Period::Day => format_long_date(date.get(), language),
            Period::Week => {
                let week = week_of(date.get());
                let days = week.days();
                format!(
                    "{} – {} ({})",
                    format_long_date(days[0], language),
                    format_long_date(days[6], language),
                    (texts.week_number)(week.week())
                )
            }
        }
    };

    let scope_choices = move || {
        let texts = texts.get();
        let mut choices = vec![(Scope::Family, texts.view_whole_family.to_string())];
        store.with(|diary| {
            choices.extend(
                diary
                    .children()
                    .into_iter()
                    .map(|child| (Scope::Child(child.id.clone()), child.name.clone())),
            );
        });
        choices
    };

    view! {
        <PageHeading title=|t| t.diary_title/>
        <Show when=move || !has_children.get()>
            <section class="card" aria-labelledby="start-title">
                <h2 id="start-title">{move || texts.get().empty_title}</h2>
                <p>{move || texts.get().empty_body}</p>
                <Show when=move || !store.is_demo()>
                    <button type="button" class="button button-secondary" on:click=move |_| store.show_demo()>
                        {move || texts.get().load_demo}
                    </button>
                    <p class="hint">{move || texts.get().load_demo_hint}</p>
                </Show>
            </section>
        </Show>

        <Show when=move || has_children.get()>
            {move || match form.get() {
                Some(open) => {
                    view! { <EntryForm draft=open.draft editing=open.editing on_close=close_form/> }.into_any()
                }
                None => view! { <QuickLog on_details=open_new/> }.into_any(),
            }}

            <section class="card diary-view" aria-labelledby="diary-view-title">
                <h2 id="diary-view-title" class="visually-hidden">{move || period_label()}</h2>
                <div class="segmented" role="group" aria-label=move || texts.get().view_day>
                    <button
                        type="button"
                        class="button"
                        aria-pressed=move || (period.get() == Period::Day).to_string()
                        on:click=move |_| period.set(Period::Day)
                    >
                        {move || texts.get().view_day}
                    </button>
                    <button
                        type="button"
                        class="button"
                        aria-pressed=move || (period.get() == Period::Week).to_string()
                        on:click=move |_| period.set(Period::Week)
                    >
                        {move || texts.get().view_week}
                    </button>
                </div>
                <label class="scope-picker">
                    <span>{move || texts.get().view_who}</span>
                    <select on:change=move |event| {
                        let index: usize = event_target_value(&event).parse().unwrap_or(0);
                        let choices = scope_choices();
                        scope.pick(choices.get(index).map(|(s, _)| s.clone()).unwrap_or(Scope::Family));
                    }>
                        {move || {
                            scope_choices()
                                .into_iter()
                                .enumerate()
                                .map(|(index, (choice, name))| {
                                    view! {
                                        <option value=index.to_string() selected=move || scope.get() == choice>
                                            {name}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
                <div class="period-nav">
                    <button
                        type="button"
                        class="button button-secondary"
                        aria-label=move || {
                            if period.get() == Period::Day { texts.get().previous_day } else { texts.get().previous_week }
                        }
                        on:click=move |_| step(false)
                    >
                        "‹"
                    </button>
                    <p class="period-label" aria-live="polite">{period_label}</p>
                    <button
                        type="button"
                        class="button button-secondary"
                        aria-label=move || {
                            if period.get() == Period::Day { texts.get().next_day } else { texts.get().next_week }
                        }
                        disabled=move || {
                            let today = clock::today();
                            match period.get() {
                                Period::Day => date.get() >= today,
                                Period::Week => week_of(date.get()) >= week_of(today),
                            }
                        }
                        on:click=move |_| step(true)
                    >
                        "›"
                    </button>
                </div>
                <button type="button" class="button button-quiet back-to-today" on:click=move |_| date.set(clock::today())>
                    {move || if period.get() == Period::Day { texts.get().today } else { texts.get().this_week }}
                </button>
                {move || match period.get() {
                    Period::Day => {
                        view! { <DayEntries date=date.into() scope=scope.shown().into() on_edit=open_edit/> }.into_any()
                    }
                    Period::Week => {
                        view! {
                            <WeekDays
                                week=Signal::derive(move || week_of(date.get()))
                                scope=scope.shown().into()
                                on_open_day=open_day
                            />
                        }
                        .into_any()
                    }
                }}
            </section>
        </Show>

        <section class="family-section" aria-labelledby="family-title">
            <h2 id="family-title">{move || texts.get().family_section}</h2>
            <FamilyPanel/>
        </section>
    }
}
