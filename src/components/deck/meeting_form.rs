//! « Prochaine rencontre » in Réglages: the date and place of the follow-up meeting, which the
//! deck's last slide shows. The core validates and encodes them (`ecrans_core::meeting`); they
//! are kept on this device only. A stored value that cannot be read is left as it is until the
//! advisor saves a new one.

use crate::i18n::deck::deck_texts;
use crate::state::device_settings;
use crate::state::preferences::use_localized;
use ecrans_core::meeting::{
    date_input_value, validate_meeting, Meeting, MeetingError, PLACE_MAX_CHARS,
};
use leptos::prelude::*;

/// What happened to the last save.
#[derive(Clone, Debug, PartialEq, Eq)]
enum SaveOutcome {
    Saved,
    Refused(MeetingError),
    StorageFailed,
}

/// The form of the follow-up meeting's date and place.
#[component]
pub fn MeetingForm() -> impl IntoView {
    let texts = use_localized(deck_texts);
    let stored = device_settings::read::<Meeting>();
    let stored_unreadable = stored.is_foreign();
    let meeting = stored.value_or_default();
    let date = RwSignal::new(date_input_value(&meeting));
    let place = RwSignal::new(meeting.place.clone());
    let outcome = RwSignal::new(None::<SaveOutcome>);

    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let result = match validate_meeting(&date.get_untracked(), &place.get_untracked()) {
            Err(error) => SaveOutcome::Refused(error),
            Ok(meeting) => match device_settings::write(&meeting) {
                Ok(()) => {
                    date.set(date_input_value(&meeting));
                    place.set(meeting.place);
                    SaveOutcome::Saved
                }
                Err(_) => SaveOutcome::StorageFailed,
            },
        };
        outcome.set(Some(result));
    };
    let date_error = move || match outcome.get() {
        Some(SaveOutcome::Refused(MeetingError::InvalidDate)) => {
            Some(texts.get().meeting_invalid_date.to_owned())
        }
        _ => None,
    };
    let place_error = move || match outcome.get() {
        Some(SaveOutcome::Refused(MeetingError::PlaceTooLong)) => {
            Some((texts.get().meeting_place_too_long)(PLACE_MAX_CHARS))
        }
        Some(SaveOutcome::Refused(MeetingError::PlaceHasControlCharacter)) => {
            Some(texts.get().meeting_place_one_line.to_owned())
        }
        _ => None,
    };
    let message = move || match outcome.get() {
        Some(SaveOutcome::Saved) => Some(texts.get().meeting_saved),
        Some(SaveOutcome::StorageFailed) => Some(texts.get().meeting_save_failed),
        _ => None,
    };

    view! {
        <section class="card meeting-settings" aria-labelledby="meeting-title">
            <h2 id="meeting-title">{move || texts.get().meeting_title}</h2>
            <p class="hint">{move || texts.get().meeting_settings_hint}</p>
            {stored_unreadable.then(|| view! {
                <p class="meeting-warning">{move || texts.get().meeting_stored_unreadable}</p>
            })}
            <form class="meeting-form" on:submit=save novalidate>
                <div class="meeting-field">
                    <label for="meeting-date">{move || texts.get().meeting_date}</label>
                    <input
                        id="meeting-date"
                        name="meeting-date"
                        type="date"
                        prop:value=move || date.get()
                        on:input=move |event| date.set(event_target_value(&event))
                        aria-invalid=move || date_error().is_some().then_some("true")
                        aria-describedby=move || date_error().is_some().then_some("meeting-date-error")
                    />
                    {move || date_error().map(|error| view! {
                        <p id="meeting-date-error" class="meeting-error">{error}</p>
                    })}
                </div>
                <div class="meeting-field">
                    <label for="meeting-place">{move || texts.get().meeting_place}</label>
                    <input
                        id="meeting-place"
                        name="meeting-place"
                        type="text"
                        autocomplete="off"
                        maxlength=PLACE_MAX_CHARS.to_string()
                        placeholder=move || texts.get().meeting_place_hint
                        prop:value=move || place.get()
                        on:input=move |event| place.set(event_target_value(&event))
                        aria-invalid=move || place_error().is_some().then_some("true")
                        aria-describedby=move || place_error().is_some().then_some("meeting-place-error")
                    />
                    {move || place_error().map(|error| view! {
                        <p id="meeting-place-error" class="meeting-error">{error}</p>
                    })}
                </div>
                <button type="submit" class="button button-primary">
                    {move || texts.get().meeting_save}
                </button>
                <p class="meeting-status" role="status">{message}</p>
            </form>
        </section>
    }
}
