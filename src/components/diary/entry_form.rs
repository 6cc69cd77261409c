//! The full entry form: children, date, moment, start time, duration, screen, activity, with an
//! adult, in the bedroom, note. The core validates the draft; each error is shown next to its
//! field in the user's language, and nothing is saved until every field is right.

use crate::browser::clock;
use crate::components::diary::choice_group::ChoiceGroup;
use crate::components::diary::demo_removal::DemoFormNotice;
use crate::components::diary::quick_log::QUICK_MINUTES;
use crate::i18n::diary::diary_texts;
use crate::state::diary_store::{expect_diary_store, ChangeKind};
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::diary::{
    validate_entry, Activity, ChildId, EntryDraft, EntryField, EntryFieldError, Moment, Screen,
    NOTE_MAX_CHARS,
};
use ecrans_core::duration_text::format_duration;
use leptos::prelude::*;

/// The form for a new entry or for editing one.
#[component]
pub fn EntryForm(
    /// The values the form starts with (a new draft, or an existing entry's).
    draft: EntryDraft,
    /// Whether this edits an existing entry (changes the title and the undo message).
    editing: bool,
    /// Called after saving or cancelling.
    on_close: Callback<()>,
) -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(diary_texts);

    let id = draft.id.clone();
    let children = RwSignal::new(draft.children.clone());
    let date = RwSignal::new(draft.date.clone());
    let moment = RwSignal::new(draft.moment);
    let start = RwSignal::new(draft.start.clone());
    let minutes = RwSignal::new(draft.minutes.clone());
    let screen = RwSignal::new(draft.screen);
    let activity = RwSignal::new(draft.activity);
    let with_adult = RwSignal::new(draft.with_adult);
    let in_bedroom = RwSignal::new(draft.in_bedroom);
    let note = RwSignal::new(draft.note.clone());
    let errors = RwSignal::new(Vec::<EntryFieldError>::new());
    let quick_minutes = RwSignal::new(
        draft
            .minutes
            .parse::<u16>()
            .ok()
            .filter(|m| QUICK_MINUTES.contains(m)),
    );

    let error_for = move |field: EntryField| {
        Signal::derive(move || {
            let texts = texts.get();
            errors.with(|errors| {
                let messages: Vec<String> = errors
                    .iter()
                    .filter(|error| error.field() == field)
                    .map(|error| {
                        texts.field_error(error, |child| {
                            store.with_untracked_diary(|diary| {
                                diary
                                    .child(&ChildId::new(child))
                                    .map(|c| c.name.clone())
                                    .unwrap_or_default()
                            })
                        })
                    })
                    .collect();
                (!messages.is_empty()).then(|| messages.join(" "))
            })
        })
    };

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let draft = EntryDraft {
            id: id.clone(),
            children: children.get_untracked(),
            date: date.get_untracked(),
            moment: moment.get_untracked(),
            start: start.get_untracked(),
            minutes: minutes.get_untracked(),
            screen: screen.get_untracked(),
            activity: activity.get_untracked(),
            with_adult: with_adult.get_untracked(),
            in_bedroom: in_bedroom.get_untracked(),
            note: note.get_untracked(),
            modified_at: clock::now_millis(),
        };
        let checked =
            store.with_untracked_diary(|diary| validate_entry(&draft, diary, clock::today()));
        match checked {
            Ok(entry) => {
                let kind = if editing {
                    ChangeKind::EntryEdited
                } else {
                    ChangeKind::EntryAdded
                };
                match store.change(kind, |diary| diary.put_entry(entry)) {
                    Ok(()) => on_close.run(()),
                    Err(_) => errors.set(vec![EntryFieldError::NoChild]),
                }
            }
            Err(found) => errors.set(found),
        }
    };

    let child_options = move || {
        store.with(|diary| {
            diary
                .children()
                .into_iter()
                .map(|child| (child.id.clone(), child.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let children_error = error_for(EntryField::Children);
    let date_error = error_for(EntryField::Date);
    let start_error = error_for(EntryField::Start);
    let minutes_error = error_for(EntryField::Minutes);
    let note_error = error_for(EntryField::Note);
    let language = move || preferences.language();

    view! {
        <form class="card entry-form" on:submit=submit novalidate=true aria-labelledby="entry-form-title">
            <h2 id="entry-form-title">
                {move || if editing { texts.get().form_edit_title } else { texts.get().form_new_title }}
            </h2>
            <Show when=move || !errors.get().is_empty()>
                <p class="banner banner-warn" role="alert">{move || texts.get().form_has_errors}</p>
            </Show>

            <fieldset
                class="field"
                aria-invalid=move || children_error.get().map(|_| "true")
                aria-describedby=move || children_error.get().map(|_| "children-error")
            >
                <legend>{move || texts.get().form_children}</legend>
                <p class="hint">{move || texts.get().form_children_hint}</p>
                <div class="choices">
                    {move || {
                        child_options()
                            .into_iter()
                            .map(|(child_id, name)| {
                                let checked_id = child_id.clone();
                                view! {
                                    <label class="choice">
                                        <input
                                            type="checkbox"
                                            name="children"
                                            prop:checked=move || children.with(|c| c.contains(&checked_id))
                                            on:change=move |event| {
                                                let on = event_target_checked(&event);
                                                let id = child_id.clone();
                                                children.update(|chosen| {
                                                    chosen.retain(|c| *c != id);
                                                    if on {
                                                        chosen.push(id);
                                                    }
                                                });
                                            }
                                        />
                                        <span>{name}</span>
                                    </label>
                                }
                            })
                            .collect_view()
                    }}
                </div>
                <Show when=move || children_error.get().is_some()>
                    <p class="field-error" id="children-error">{move || children_error.get().unwrap_or_default()}</p>
                </Show>
            </fieldset>

            <div class="field">
                <label for="entry-date">{move || texts.get().form_date}</label>
                <input
                    id="entry-date"
                    type="date"
                    max=clock::today().format("%Y-%m-%d").to_string()
                    prop:value=move || date.get()
                    on:input=move |event| date.set(event_target_value(&event))
                    aria-invalid=move || date_error.get().map(|_| "true")
                    aria-describedby=move || date_error.get().map(|_| "date-error")
                />
                <Show when=move || date_error.get().is_some()>
                    <p class="field-error" id="date-error">{move || date_error.get().unwrap_or_default()}</p>
                </Show>
            </div>

            <ChoiceGroup
                legend=Signal::derive(move || texts.get().form_moment.to_string())
                options=Signal::derive(move || {
                    Moment::ALL.iter().map(|m| (*m, m.label(language()).to_string())).collect::<Vec<_>>()
                })
                selected=moment
                name="moment"
                error=error_for(EntryField::Moment)
            />

            <div class="field">
                <label for="entry-start">{move || texts.get().form_start}</label>
                <p class="hint" id="start-hint">{move || texts.get().form_start_hint}</p>
                <input
                    id="entry-start"
                    type="time"
                    prop:value=move || start.get()
                    on:input=move |event| start.set(event_target_value(&event))
                    aria-invalid=move || start_error.get().map(|_| "true")
                    aria-describedby=move || {
                        start_error.get().map(|_| "start-hint start-error").unwrap_or("start-hint")
                    }
                />
                <Show when=move || start_error.get().is_some()>
                    <p class="field-error" id="start-error">{move || start_error.get().unwrap_or_default()}</p>
                </Show>
            </div>

            <fieldset
                class="field"
                aria-invalid=move || minutes_error.get().map(|_| "true")
                aria-describedby=move || minutes_error.get().map(|_| "minutes-error")
            >
                <legend>{move || texts.get().form_minutes}</legend>
                <div class="choices choices-durations">
                    {QUICK_MINUTES
                        .into_iter()
                        .map(|quick| {
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name="minutes"
                                        prop:checked=move || quick_minutes.get() == Some(quick)
                                        on:change=move |_| {
                                            quick_minutes.set(Some(quick));
                                            minutes.set(quick.to_string());
                                        }
                                    />
                                    <span>{move || format_duration(quick.into(), language())}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
                <label for="entry-minutes" class="subfield">{move || texts.get().form_minutes_other}</label>
                <input
                    id="entry-minutes"
                    type="number"
                    inputmode="numeric"
                    step="1"
                    aria-invalid=move || minutes_error.get().map(|_| "true")
                    aria-describedby=move || minutes_error.get().map(|_| "minutes-error")
                    prop:value=move || minutes.get()
                    on:input=move |event| {
                        let typed = event_target_value(&event);
                        quick_minutes.set(typed.parse::<u16>().ok().filter(|m| QUICK_MINUTES.contains(m)));
                        minutes.set(typed);
                    }
                />
                <Show when=move || minutes_error.get().is_some()>
                    <p class="field-error" id="minutes-error">{move || minutes_error.get().unwrap_or_default()}</p>
                </Show>
            </fieldset>

            <ChoiceGroup
                legend=Signal::derive(move || texts.get().form_screen.to_string())
                options=Signal::derive(move || {
                    Screen::ALL.iter().map(|s| (*s, s.label(language()).to_string())).collect::<Vec<_>>()
                })
                selected=screen
                name="screen"
                error=error_for(EntryField::Screen)
            />

            <ChoiceGroup
                legend=Signal::derive(move || texts.get().form_activity.to_string())
                options=Signal::derive(move || {
                    Activity::ALL.iter().map(|a| (*a, a.label(language()).to_string())).collect::<Vec<_>>()
                })
                selected=activity
                name="activity"
                error=error_for(EntryField::Activity)
            />

            <div class="field toggles">
                <label class="choice">
                    <input
                        type="checkbox"
                        prop:checked=move || with_adult.get()
                        on:change=move |event| with_adult.set(event_target_checked(&event))
                    />
                    <span>{move || texts.get().form_with_adult}</span>
                </label>
                <label class="choice">
                    <input
                        type="checkbox"
                        prop:checked=move || in_bedroom.get()
                        on:change=move |event| in_bedroom.set(event_target_checked(&event))
                    />
                    <span>{move || texts.get().form_in_bedroom}</span>
                </label>
            </div>

            <div class="field">
                <label for="entry-note">{move || texts.get().form_note}</label>
                <p class="hint" id="note-hint">{move || texts.get().form_note_hint}</p>
                <textarea
                    id="entry-note"
                    rows="2"
                    prop:value=move || note.get()
                    on:input=move |event| note.set(event_target_value(&event))
                    aria-invalid=move || note_error.get().map(|_| "true")
                    aria-describedby=move || {
                        note_error.get().map(|_| "note-hint note-error").unwrap_or("note-hint")
                    }
                    data-max-chars=NOTE_MAX_CHARS
                ></textarea>
                <Show when=move || note_error.get().is_some()>
                    <p class="field-error" id="note-error">{move || note_error.get().unwrap_or_default()}</p>
                </Show>
            </div>

            <DemoFormNotice/>
            <div class="button-row">
                <button type="submit" class="button button-primary">{move || texts.get().form_save}</button>
                <button type="button" class="button button-secondary" on:click=move |_| on_close.run(())>
                    {move || texts.get().form_cancel}
                </button>
            </div>
        </form>
    }
}
