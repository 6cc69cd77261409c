//! « État du stockage »: when the last backup was made, whether the browser promised to keep the
//! app's data, the space used, the diary's own size, and, in a Safari tab on an iPhone or iPad,
//! the advice to add the app to the home screen.

use super::expect_last_backup;
use crate::browser::storage_health::{
    ask_to_persist, is_ios_safari_tab, is_persisted, space_estimate, SpaceEstimate,
};
use crate::i18n::backup::backup_texts;
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::use_localized;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What the browser answered; `None` until it has.
type Answer<T> = RwSignal<Option<Option<T>>>;

/// « État du stockage », a card of Réglages « Sauvegarde et partage ».
#[component]
pub fn StorageHealth() -> impl IntoView {
    let store = expect_diary_store();
    let last_backup = expect_last_backup();
    let texts = use_localized(backup_texts);
    let persisted: Answer<bool> = RwSignal::new(None);
    let estimate: Answer<SpaceEstimate> = RwSignal::new(None);
    let persist_refused = RwSignal::new(false);
    spawn_local(async move {
        persisted.set(Some(is_persisted().await));
        estimate.set(Some(space_estimate().await));
    });
    let ios_safari = is_ios_safari_tab();

    let last_backup_line = move || {
        let texts = texts.get();
        match last_backup.date.get() {
            Some(date) => (texts.last_backup)(&(texts.date)(date)),
            None => texts.never_backed_up.to_owned(),
        }
    };
    let persisted_line = move || {
        let texts = texts.get();
        persisted.get().map(|answer| match answer {
            Some(true) => texts.persisted_yes,
            Some(false) => texts.persisted_no,
            None => texts.persisted_unknown,
        })
    };
    let space_line = move || {
        let texts = texts.get();
        estimate.get().map(|answer| match answer {
            Some(space) => {
                (texts.space_used)(&(texts.bytes)(space.usage), &(texts.bytes)(space.quota))
            }
            None => texts.space_unknown.to_owned(),
        })
    };
    let diary_size_line = move || {
        let texts = texts.get();
        store.with_real(|_| ());
        let size = store.stored_size();
        (texts.diary_size)(&(texts.bytes)(u64::try_from(size).unwrap_or(u64::MAX)))
    };
    let ask = move |_| {
        spawn_local(async move {
            match ask_to_persist().await {
                Some(true) => persisted.set(Some(Some(true))),
                _ => persist_refused.set(true),
            }
        });
    };

    view! {
        <section class="card backup-card" aria-labelledby="backup-health-title">
            <h3 id="backup-health-title">{move || texts.get().health_title}</h3>
            <ul class="backup-health">
                <li>{last_backup_line}</li>
                <Show when=move || persisted.get().is_some()>
                    <li>{persisted_line}</li>
                </Show>
                <Show when=move || estimate.get().is_some()>
                    <li>{space_line}</li>
                </Show>
                <li>{diary_size_line}</li>
            </ul>
            <Show when=move || persisted.get() == Some(Some(false))>
                <button type="button" class="button button-secondary" on:click=ask>
                    {move || texts.get().ask_persist}
                </button>
                <p class="backup-status" role="status">
                    {move || persist_refused.get().then(|| texts.get().persist_refused)}
                </p>
            </Show>
            {ios_safari
                .then(|| {
                    view! { <p class="backup-ios-advice">{move || texts.get().ios_advice}</p> }
                })}
        </section>
    }
}
