//! « Sauvegarder », « Partager avec l'autre parent » and the spreadsheet export: three ways for
//! the real diary to leave the phone as a file.

use super::{expect_last_backup, save_backup, SaveOutcome, Via};
use crate::browser::{clock, download, share};
use crate::i18n::backup::{backup_texts, BackupTexts};
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::backup::{
    export_entries_csv, export_file_name, BACKUP_MEDIA_TYPE, EXPORT_MEDIA_TYPE,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What to say once a file was handed over: a success for `role="status"`, or a problem for
/// `role="alert"`. `downloaded` words the download for the panel.
fn outcome_message(
    outcome: &SaveOutcome,
    texts: &BackupTexts,
    downloaded: fn(&BackupTexts) -> fn(&str) -> String,
) -> (Option<String>, Option<String>) {
    match outcome {
        SaveOutcome::Downloaded { file_name } => (Some(downloaded(texts)(file_name)), None),
        SaveOutcome::Shared => (Some(texts.shared.to_owned()), None),
        SaveOutcome::Cancelled => (None, None),
        SaveOutcome::TooBig { bytes } => (None, Some((texts.too_big)(&(texts.bytes)(*bytes)))),
        SaveOutcome::Failed => (None, Some(texts.save_failed.to_owned())),
    }
}

/// The result line under a panel's buttons: a polite status for a success, an alert for a
/// problem.
#[component]
pub(super) fn OutcomeLines(
    outcome: RwSignal<Option<SaveOutcome>>,
    downloaded: fn(&BackupTexts) -> fn(&str) -> String,
) -> impl IntoView {
    let texts = use_localized(backup_texts);
    let message = move || {
        outcome.with(|outcome| {
            outcome
                .as_ref()
                .map(|outcome| outcome_message(outcome, texts.get(), downloaded))
                .unwrap_or((None, None))
        })
    };
    view! {
        <p class="backup-status" role="status">{move || message().0}</p>
        <Show when=move || message().1.is_some()>
            <p class="backup-problem" role="alert">{move || message().1}</p>
        </Show>
    }
}

/// « Sauvegarder »: the backup file by download, and by the share sheet where the browser
/// takes a `.json` file.
#[component]
pub fn BackupPanel() -> impl IntoView {
    let store = expect_diary_store();
    let last_backup = expect_last_backup();
    let texts = use_localized(backup_texts);
    let outcome = RwSignal::new(None::<SaveOutcome>);
    let can_send = share::can_share_file_type("ecrans-en-famille.json", BACKUP_MEDIA_TYPE);
    let save = move |via: Via| {
        outcome.set(None);
        let saving = save_backup(store, last_backup, via);
        spawn_local(async move { outcome.set(Some(saving.await)) });
    };
    view! {
        <section class="card backup-card" aria-labelledby="backup-save-title">
            <h3 id="backup-save-title">{move || texts.get().backup_title}</h3>
            <p>{move || texts.get().backup_body}</p>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=move |_| save(Via::Download)>
                    {move || texts.get().backup_button}
                </button>
                {can_send
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="button button-secondary"
                                on:click=move |_| {
                                    save(Via::ShareSheet {
                                        title: texts.get_untracked().backup_send_title,
                                    })
                                }
                            >
                                {move || texts.get().backup_send_button}
                            </button>
                        }
                    })}
            </div>
            <OutcomeLines outcome=outcome downloaded=|t| t.downloaded/>
        </section>
    }
}

/// « Partager avec l'autre parent »: the same backup file, through the share sheet where the
/// browser takes it (else the download), with what the other parent does with it.
#[component]
pub fn OtherParentPanel() -> impl IntoView {
    let store = expect_diary_store();
    let last_backup = expect_last_backup();
    let texts = use_localized(backup_texts);
    let outcome = RwSignal::new(None::<SaveOutcome>);
    let share_file = move |_| {
        outcome.set(None);
        let via = Via::ShareSheet {
            title: texts.get_untracked().backup_send_title,
        };
        let saving = save_backup(store, last_backup, via);
        spawn_local(async move { outcome.set(Some(saving.await)) });
    };
    view! {
        <section class="card backup-card" aria-labelledby="backup-share-title">
            <h3 id="backup-share-title">{move || texts.get().other_parent_title}</h3>
            <p>{move || texts.get().other_parent_body}</p>
            <p>{move || texts.get().other_parent_both_ways}</p>
            <button type="button" class="button button-primary" on:click=share_file>
                {move || texts.get().other_parent_button}
            </button>
            <OutcomeLines outcome=outcome downloaded=|t| t.other_parent_downloaded/>
        </section>
    }
}

/// The spreadsheet export of the real diary's entries (CSV, in the language in force).
#[component]
pub fn CsvPanel() -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(backup_texts);
    let outcome = RwSignal::new(None::<SaveOutcome>);
    let export = move |_| {
        let csv = export_entries_csv(&store.real_diary_untracked(), preferences.language());
        let file_name = export_file_name(clock::today());
        let done = if download::download_text(&file_name, &csv, EXPORT_MEDIA_TYPE) {
            SaveOutcome::Downloaded { file_name }
        } else {
            SaveOutcome::Failed
        };
        outcome.set(Some(done));
    };
    view! {
        <section class="card backup-card" aria-labelledby="backup-csv-title">
            <h3 id="backup-csv-title">{move || texts.get().csv_title}</h3>
            <p>{move || texts.get().csv_body}</p>
            <button type="button" class="button button-secondary" on:click=export>
                {move || texts.get().csv_button}
            </button>
            <OutcomeLines outcome=outcome downloaded=|t| t.downloaded/>
        </section>
    }
}
