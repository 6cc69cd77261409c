//! « Sauvegarder », « Partager avec l'autre parent » and the spreadsheet export: three ways for
//! the real diary to leave the phone as a file. The first two offer « Protéger par un mot de
//! passe » (`protection_fields.rs`).

use super::protection_fields::{Protection, ProtectionFields};
use super::{expect_last_backup, progress_step, save_backup, LastBackup, SaveOutcome, Via};
use crate::browser::{clock, download, share};
use crate::i18n::backup::{backup_texts, BackupTexts};
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::backup::{
    export_entries_csv, export_file_name, BACKUP_MEDIA_TYPE, EXPORT_MEDIA_TYPE,
    PROTECTED_MEDIA_TYPE,
};
use ecrans_core::duration_text::format_percent;
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
        SaveOutcome::NoRandomness => (None, Some(texts.protect_random_failed.to_owned())),
        SaveOutcome::NotEnoughMemory => (None, Some(texts.protect_no_memory.to_owned())),
    }
}

/// The result line under a panel's buttons: a polite status for a success, an alert for a
/// problem.
#[component]
pub(super) fn OutcomeLines(
    outcome: RwSignal<Option<SaveOutcome>>,
    /// While a protected file is being made, how far its key derivation is, in percent.
    working: RwSignal<Option<u8>>,
    downloaded: fn(&BackupTexts) -> fn(&str) -> String,
) -> impl IntoView {
    let texts = use_localized(backup_texts);
    let preferences = expect_preferences();
    let message = move || {
        if let Some(percent) = working.get() {
            let percent = format_percent(i64::from(percent), preferences.language());
            return (Some((texts.get().protect_working)(&percent)), None);
        }
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

/// Makes the backup file, protected when the parent asked for it, and shows how it went. Does
/// nothing while a protected file is being made, or when the passphrase cannot be used (the
/// fields say why).
fn save_with(
    store: crate::state::diary_store::DiaryStore,
    last_backup: LastBackup,
    protection: Protection,
    via: Via,
    outcome: RwSignal<Option<SaveOutcome>>,
    working: RwSignal<Option<u8>>,
) {
    if working.with_untracked(Option::is_some) {
        return;
    }
    let Ok(passphrase) = protection.take_passphrase() else {
        outcome.set(None);
        return;
    };
    outcome.set(None);
    working.set(passphrase.is_some().then_some(0));
    let saving = save_backup(store, last_backup, via, passphrase, move |percent| {
        let shown = progress_step(percent);
        if working.get_untracked() != Some(shown) {
            working.set(Some(shown));
        }
    });
    spawn_local(async move {
        let done = saving.await;
        working.set(None);
        outcome.set(Some(done));
    });
}

/// « Sauvegarder »: the backup file by download, and by the share sheet where the browser
/// takes a `.json` file.
#[component]
pub fn BackupPanel() -> impl IntoView {
    let store = expect_diary_store();
    let last_backup = expect_last_backup();
    let texts = use_localized(backup_texts);
    let outcome = RwSignal::new(None::<SaveOutcome>);
    let working = RwSignal::new(None::<u8>);
    let protection = Protection::new();
    let can_send_plain = share::can_share_file_type("ecrans-en-famille.json", BACKUP_MEDIA_TYPE);
    let can_send_protected =
        share::can_share_file_type("ecrans-en-famille.json.age", PROTECTED_MEDIA_TYPE);
    let can_send = move || {
        if protection.is_chosen() {
            can_send_protected
        } else {
            can_send_plain
        }
    };
    let save = move |via: Via| save_with(store, last_backup, protection, via, outcome, working);
    view! {
        <section class="card backup-card" aria-labelledby="backup-save-title">
            <h3 id="backup-save-title">{move || texts.get().backup_title}</h3>
            <p>{move || texts.get().backup_body}</p>
            <ProtectionFields protection=protection id="backup-save"/>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=move |_| save(Via::Download)>
                    {move || texts.get().backup_button}
                </button>
                {move || {
                    can_send()
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
                        })
                }}
            </div>
            <OutcomeLines outcome=outcome working=working downloaded=|t| t.downloaded/>
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
    let working = RwSignal::new(None::<u8>);
    let protection = Protection::new();
    let share_file = move |_| {
        let via = Via::ShareSheet {
            title: texts.get_untracked().backup_send_title,
        };
        save_with(store, last_backup, protection, via, outcome, working);
    };
    view! {
        <section class="card backup-card" aria-labelledby="backup-share-title">
            <h3 id="backup-share-title">{move || texts.get().other_parent_title}</h3>
            <p>{move || texts.get().other_parent_body}</p>
            <p>{move || texts.get().other_parent_both_ways}</p>
            <ProtectionFields protection=protection id="backup-share"/>
            <button type="button" class="button button-primary" on:click=share_file>
                {move || texts.get().other_parent_button}
            </button>
            <OutcomeLines outcome=outcome working=working downloaded=|t| t.other_parent_downloaded/>
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
            <OutcomeLines outcome=outcome working=RwSignal::new(None) downloaded=|t| t.downloaded/>
        </section>
    }
}
