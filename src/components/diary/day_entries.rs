//! One day of the diary: each child's total against their limit, the « 4 pas » kept, and the
//! entries with their edit and delete buttons.

use crate::browser::clock;
use crate::components::diary::entry_labels::{
    child_name, children_names, entry_summary, what_label, when_label,
};
use crate::i18n::diary::diary_texts;
use crate::state::diary_store::{expect_diary_store, ChangeKind};
use crate::state::preferences::{expect_preferences, use_localized};
use chrono::NaiveDate;
use ecrans_core::diary::{day_view, ChildDay, Diary, EntryDraft, Scope};
use ecrans_core::duration_text::format_duration;
use ecrans_core::four_steps::Step;
use ecrans_core::language::Language;
use leptos::prelude::*;

/// « Léa : 1 h 25 sur 1 h — au-dessus de la limite ».
pub fn child_total_line(
    diary: &Diary,
    day: &ChildDay,
    language: Language,
) -> (String, Option<bool>) {
    let texts = diary_texts(language);
    let name = child_name(diary, &day.child);
    let total = format_duration(day.limited_minutes, language);
    match day.daily_limit {
        Some(limit) => (
            (texts.total_against_limit)(&name, &total, &format_duration(limit.into(), language)),
            Some(day.over_limit),
        ),
        None => ((texts.total_no_limit)(&name, &total), None),
    }
}

/// The totals of each child for a day, with the limit status in words and a mark.
#[component]
pub fn ChildTotals(
    /// The children's days to show.
    days: Vec<ChildDay>,
    /// Whether to list which « pas » were kept.
    #[prop(default = false)]
    show_steps: bool,
) -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let language = preferences.language();
    let texts = diary_texts(language);
    days.into_iter()
        .filter(|day| day.entry_count > 0)
        .map(|day| {
            let (line, over) = store.with_untracked_diary(|diary| child_total_line(diary, &day, language));
            let status = over.map(|over| if over { texts.over_limit } else { texts.within_limit });
            let class = match over {
                Some(true) => "total total-over",
                Some(false) => "total total-within",
                None => "total",
            };
            let steps = show_steps.then(|| {
                Step::ALL
                    .iter()
                    .map(|step| {
                        let kept = day.steps_kept.contains(*step);
                        view! {
                            <li class=if kept { "step step-kept" } else { "step step-broken" }>
                                <span aria-hidden="true">{if kept { "✓ " } else { "✗ " }}</span>
                                {step.label(language)}
                                <span class="visually-hidden">
                                    {if kept { texts.step_kept } else { texts.step_not_kept }}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()
            });
            view! {
                <li class=class>
                    <span class="total-line">{line}</span>
                    {status.map(|status| {
                        view! {
                            <span class="total-status">
                                <span aria-hidden="true">{if over == Some(true) { " ▲ " } else { " ✓ " }}</span>
                                {status}
                            </span>
                        }
                    })}
                    {steps.map(|steps| view! { <ul class="steps">{steps}</ul> })}
                </li>
            }
        })
        .collect_view()
}

/// The entries of one day for the scope, newest first.
#[component]
pub fn DayEntries(
    /// The day shown.
    date: Signal<NaiveDate>,
    /// One child or the whole family.
    scope: Signal<Scope>,
    /// Opens the form to edit an entry.
    on_edit: Callback<EntryDraft>,
) -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(diary_texts);
    let day = Memo::new(move |_| store.with(|diary| day_view(diary, date.get(), &scope.get())));
    let refused = RwSignal::new(false);
    let content = move || {
        let language = preferences.language();
        let view = day.get();
        let texts_now = texts.get();
        let totals = view.children.clone();
        let entries = view.entries.clone();
        let entry_items = entries
            .into_iter()
            .rev()
            .map(|entry| {
                let (names, summary) = store.with_untracked_diary(|diary| {
                    (children_names(diary, &entry), entry_summary(diary, &entry, language))
                });
                let edit_draft = EntryDraft::from_entry(&entry);
                let entry_id = entry.id.clone();
                let details = [
                    Some(if entry.with_adult { texts_now.with_adult } else { texts_now.alone }),
                    entry.in_bedroom.then_some(texts_now.in_bedroom),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
                let note = (!entry.note.is_empty()).then(|| entry.note.clone());
                view! {
                    <li class="entry">
                        <div class="entry-main">
                            <p class="entry-when">{when_label(&entry, language)}</p>
                            <p class="entry-what">{what_label(&entry, language)}</p>
                            <p class="entry-who">{names}</p>
                            <p class="entry-details">{details}</p>
                            {note.map(|note| view! { <p class="entry-note">{note}</p> })}
                        </div>
                        <p class="entry-minutes">{format_duration(entry.minutes.into(), language)}</p>
                        <div class="entry-actions">
                            <button
                                type="button"
                                class="button button-secondary"
                                aria-label=(texts_now.edit_entry_of)(&summary)
                                on:click=move |_| on_edit.run(edit_draft.clone())
                            >
                                {texts_now.edit}
                            </button>
                            <button
                                type="button"
                                class="button button-secondary"
                                aria-label=(texts_now.delete_entry_of)(&summary)
                                on:click=move |_| {
                                    let id = entry_id.clone();
                                    let deleted = store.change(ChangeKind::EntryDeleted, |diary| {
                                        diary.remove_entry(&id, clock::now_millis())
                                    });
                                    refused.set(deleted.is_err());
                                }
                            >
                                {texts_now.delete}
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view();
        let empty = view.entries.is_empty();
        view! {
            <ul class="totals"><ChildTotals days=totals show_steps=true/></ul>
            {if empty {
                view! { <p class="empty-note">{texts_now.nothing_this_day}</p> }.into_any()
            } else {
                view! { <ul class="entries">{entry_items}</ul> }.into_any()
            }}
        }
    };
    view! {
        {content}
        <Show when=move || refused.get()>
            <p class="field-error" role="alert">{move || texts.get().change_refused}</p>
        </Show>
    }
}
