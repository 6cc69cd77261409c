//! Quick logging: the common case (same child, screen and activity as last time, now) in two
//! taps from the Carnet page — pick a duration, save — and the full form one tap away.

use crate::browser::clock;
use crate::components::diary::demo_removal::DemoFormNotice;
use crate::i18n::diary::diary_texts;
use crate::state::diary_store::{expect_diary_store, ChangeKind};
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::diary::{
    last_entry_prefill, new_entry_draft, validate_entry, EntryDraft, EntryId,
};
use ecrans_core::duration_text::format_duration;
use leptos::prelude::*;

/// The durations offered in one tap, in minutes.
pub const QUICK_MINUTES: [u16; 6] = [15, 30, 45, 60, 90, 120];

/// A new draft for now, with the last entry's children, screen and activity.
pub fn draft_for_now() -> EntryDraft {
    let store = expect_diary_store();
    store.with(|diary| {
        new_entry_draft(
            diary,
            clock::local_now(),
            EntryId::new(clock::new_id()),
            clock::now_millis(),
        )
    })
}

/// The quick-logging card.
#[component]
pub fn QuickLog(
    /// Opens the full form with this draft.
    on_details: Callback<EntryDraft>,
) -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(diary_texts);
    let chosen = RwSignal::new(None::<u16>);
    let failed = RwSignal::new(None::<String>);
    let summary = Memo::new(move |_| {
        let language = preferences.language();
        store.with(|diary| {
            last_entry_prefill(diary).map(|prefill| {
                let names: Vec<String> = prefill
                    .children
                    .iter()
                    .filter_map(|id| diary.child(id).map(|c| c.name.clone()))
                    .collect();
                format!(
                    "{} · {} · {}",
                    names.join(", "),
                    prefill.screen.label(language),
                    prefill.activity.label(language)
                )
            })
        })
    });
    let moment_now = move || {
        let draft = draft_for_now();
        draft
            .moment
            .map(|moment| moment.label(preferences.language()).to_string())
            .unwrap_or_default()
    };
    let save = move |minutes: u16| {
        let mut draft = draft_for_now();
        draft.minutes = minutes.to_string();
        draft.modified_at = clock::now_millis();
        let checked =
            store.with_untracked_diary(|diary| validate_entry(&draft, diary, clock::today()));
        match checked {
            Ok(entry) => match store.change(ChangeKind::EntryAdded, |diary| diary.put_entry(entry))
            {
                Ok(()) => {
                    chosen.set(None);
                    failed.set(None);
                }
                Err(_) => failed.set(Some(texts.get_untracked().change_refused.to_owned())),
            },
            Err(errors) => {
                let texts = texts.get_untracked();
                let message = errors
                    .iter()
                    .map(|error| {
                        texts.field_error(error, |id| {
                            store.with_untracked_diary(|d| {
                                d.child(&ecrans_core::diary::ChildId::new(id))
                                    .map(|c| c.name.clone())
                                    .unwrap_or_default()
                            })
                        })
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                failed.set(Some(message));
            }
        }
    };
    view! {
        <section class="card quick-log" aria-labelledby="quick-log-title">
            <h2 id="quick-log-title">{move || texts.get().quick_title}</h2>
            <Show
                when=move || summary.get().is_some()
                fallback=move || view! { <p class="hint">{move || texts.get().quick_first_time}</p> }
            >
                <p class="quick-summary">{move || summary.get().unwrap_or_default()}</p>
                <p class="hint">{move || (texts.get().quick_now)(&moment_now())}</p>
                <fieldset class="field">
                    <legend>{move || texts.get().quick_pick_duration}</legend>
                    <div class="choices choices-durations">
                        {QUICK_MINUTES
                            .into_iter()
                            .map(|minutes| {
                                view! {
                                    <label class="choice">
                                        <input
                                            type="radio"
                                            name="quick-minutes"
                                            prop:checked=move || chosen.get() == Some(minutes)
                                            on:change=move |_| chosen.set(Some(minutes))
                                        />
                                        <span>{move || format_duration(minutes.into(), preferences.language())}</span>
                                    </label>
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
                <Show when=move || chosen.get().is_some()>
                    <button
                        type="button"
                        class="button button-primary button-wide"
                        on:click=move |_| {
                            if let Some(minutes) = chosen.get_untracked() {
                                save(minutes);
                            }
                        }
                    >
                        {move || (texts.get().quick_save)(chosen.get().unwrap_or_default())}
                    </button>
                    <DemoFormNotice/>
                </Show>
                <Show when=move || failed.get().is_some()>
                    <p class="field-error" role="alert">{move || failed.get().unwrap_or_default()}</p>
                </Show>
            </Show>
            <div class="button-row">
                <button
                    type="button"
                    class="button button-secondary"
                    on:click=move |_| {
                        let mut draft = draft_for_now();
                        if let Some(minutes) = chosen.get_untracked() {
                            draft.minutes = minutes.to_string();
                        }
                        on_details.run(draft);
                    }
                >
                    {move || {
                        if summary.get().is_some() {
                            texts.get().quick_details
                        } else {
                            texts.get().log_in_detail
                        }
                    }}
                </button>
            </div>
        </section>
    }
}
