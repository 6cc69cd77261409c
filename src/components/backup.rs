//! Backups, restore and sharing with the other parent: the « Sauvegarde et partage » section of
//! Réglages, and the backup reminder of the home page.
//!
//! Backups are always of the real diary (`real_diary_untracked`) and a restore always goes to
//! the real diary (`replace_real`), even while the demo family is shown. The core checks and
//! applies files (`ecrans_core::backup`); the browser layer moves bytes (`file_picker`,
//! `share`, `download`); these components only put the two together and show what happens.
//!
//! « Protéger par un mot de passe » (`protection_fields.rs`) is offered with each backup and
//! each file for the other parent; a protected file is recognised when it is loaded, and its
//! passphrase asked for (`restore_panel.rs`). A passphrase lives only in its input until the
//! tap that uses it, and is dropped once the file is encrypted or opened.

mod backup_panel;
mod backup_reminder;
mod protection_fields;
mod restore_panel;
mod restore_preview;
mod storage_health;

pub use backup_reminder::BackupReminder;

use crate::browser::{clock, download, paint, secure_random, share};
use crate::i18n::backup::backup_texts;
use crate::state::device_settings;
use crate::state::diary_store::{expect_diary_store, DiaryStore};
use crate::state::preferences::{expect_preferences, use_localized, Preferences};
use backup_panel::{BackupPanel, CsvPanel, OtherParentPanel};
use chrono::NaiveDate;
use ecrans_core::backup::{
    backup_file_name, check_backup_size, encode_backup, protected_backup_file_name,
    start_protection, ProtectError, BACKUP_MEDIA_TYPE, PROTECTED_MEDIA_TYPE,
    PROTECTION_RANDOM_BYTES, WRITTEN_WORK_FACTOR,
};
use ecrans_core::device_settings::LastBackupDate;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use restore_panel::RestorePanel;
use std::future::Future;
use std::pin::Pin;
use storage_health::StorageHealth;

/// The id of the section, the target of the home page's reminder (`/reglages#sauvegarde`).
pub const SECTION_ID: &str = "sauvegarde";

/// The date of the last backup made or shared from this device, shared by the section's panels.
#[derive(Clone, Copy)]
struct LastBackup {
    date: RwSignal<Option<NaiveDate>>,
    /// Where the date is remembered (and a failed write is told).
    preferences: Preferences,
}

/// The date of the last backup remembered on this device, if it reads as one.
pub fn read_last_backup() -> Option<NaiveDate> {
    device_settings::read::<LastBackupDate>()
        .value()
        .map(|LastBackupDate(date)| date)
}

impl LastBackup {
    fn record(self, today: NaiveDate) {
        self.preferences.remember(&LastBackupDate(today));
        self.date.set(Some(today));
    }
}

/// How a backup file was handed over, or why it was not.
#[derive(Clone, Debug, PartialEq, Eq)]
enum SaveOutcome {
    Downloaded {
        file_name: String,
    },
    Shared,
    Cancelled,
    TooBig {
        bytes: u64,
    },
    Failed,
    /// `crypto.getRandomValues` was missing: a protected file was not written.
    NoRandomness,
    /// The device did not give the memory the key derivation needs: nothing was written.
    NotEnoughMemory,
}

/// How the backup file leaves the phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Via {
    /// The browser's download.
    Download,
    /// The share sheet where it takes the file, else the download.
    ShareSheet { title: &'static str },
}

/// Writes a backup of the real diary (never the demo family), protected by `passphrase` when
/// one is given. A plain file's download or share sheet starts at once, in the tap's handler; a
/// protected one derives its key in chunks of ~12 ms, each a task of its own (`paint::work_in_chunks`, see
/// `ecrans_core::backup::start_protection`), telling `on_progress` the share done in percent,
/// then hands the file over. The future says how it ended. A file that would be too large to
/// restore is not written. The passphrase is dropped once the derivation has started (which
/// keeps its own copy until the key is derived).
fn save_backup(
    store: DiaryStore,
    last_backup: LastBackup,
    via: Via,
    passphrase: Option<String>,
    on_progress: impl Fn(u8) + 'static,
) -> Pin<Box<dyn Future<Output = SaveOutcome>>> {
    let text = encode_backup(&store.real_diary_untracked());
    let today = clock::today();
    let Some(passphrase) = passphrase else {
        let file = BackupFile {
            name: backup_file_name(today),
            content: text.into_bytes(),
            media_type: BACKUP_MEDIA_TYPE,
        };
        return Box::pin(hand_over(file, via, today, last_backup));
    };
    Box::pin(async move {
        let Some(random) = secure_random::random_bytes::<PROTECTION_RANDOM_BYTES>() else {
            return SaveOutcome::NoRandomness;
        };
        let started = start_protection(&passphrase, WRITTEN_WORK_FACTOR, &random);
        drop(passphrase);
        let mut protecting = match started {
            Ok(protecting) => protecting,
            Err(ProtectError::NotEnoughMemory) => return SaveOutcome::NotEnoughMemory,
            // The panels refuse an empty passphrase before calling.
            Err(ProtectError::EmptyPassphrase) => return SaveOutcome::Failed,
        };
        paint::work_in_chunks(|units| {
            let progress = protecting.advance(units);
            on_progress(progress.percent());
            progress.is_finished()
        })
        .await;
        let file = BackupFile {
            name: protected_backup_file_name(today),
            content: protecting.finish(text.as_bytes()),
            media_type: PROTECTED_MEDIA_TYPE,
        };
        hand_over(file, via, today, last_backup).await
    })
}

/// The percentage shown while a key is derived, in steps of ten: the line is a live region
/// (`role="status"`) that screen readers read out at each change, so it changes ten times, not
/// at every chunk of work.
fn progress_step(percent: u8) -> u8 {
    percent / 10 * 10
}

/// A backup file ready to leave the phone.
struct BackupFile {
    name: String,
    content: Vec<u8>,
    media_type: &'static str,
}

/// Starts the download or the share sheet at once; the future says how it ended.
fn hand_over(
    file: BackupFile,
    via: Via,
    today: NaiveDate,
    last_backup: LastBackup,
) -> impl Future<Output = SaveOutcome> + 'static {
    let bytes = u64::try_from(file.content.len()).unwrap_or(u64::MAX);
    enum Started<F> {
        Done(SaveOutcome),
        Sharing(F),
    }
    let file_name = file.name.clone();
    let started = if check_backup_size(bytes).is_err() {
        Started::Done(SaveOutcome::TooBig { bytes })
    } else {
        match via {
            Via::Download => {
                if download::download_bytes(&file.name, &file.content, file.media_type) {
                    last_backup.record(today);
                    Started::Done(SaveOutcome::Downloaded {
                        file_name: file_name.clone(),
                    })
                } else {
                    Started::Done(SaveOutcome::Failed)
                }
            }
            Via::ShareSheet { title } => Started::Sharing(share::share_or_download(
                &file.name,
                &file.content,
                file.media_type,
                title,
            )),
        }
    };
    async move {
        match started {
            Started::Done(outcome) => outcome,
            Started::Sharing(sharing) => match sharing.await {
                share::ShareOutcome::Shared => {
                    last_backup.record(today);
                    SaveOutcome::Shared
                }
                share::ShareOutcome::Downloaded => {
                    last_backup.record(today);
                    SaveOutcome::Downloaded { file_name }
                }
                share::ShareOutcome::Cancelled => SaveOutcome::Cancelled,
                share::ShareOutcome::Failed => SaveOutcome::Failed,
            },
        }
    }
}

/// Réglages « Sauvegarde et partage »: back up, share with the other parent, load a backup,
/// export for a spreadsheet, and the storage health.
#[component]
pub fn BackupSettings() -> impl IntoView {
    let store = expect_diary_store();
    let texts = use_localized(backup_texts);
    provide_context(LastBackup {
        date: RwSignal::new(read_last_backup()),
        preferences: expect_preferences(),
    });
    let heading = NodeRef::<leptos::html::H2>::new();
    let location = use_location();
    Effect::new(move |_| {
        let asked = location
            .hash
            .with(|hash| hash.trim_start_matches('#') == SECTION_ID);
        if let (true, Some(heading)) = (asked, heading.get()) {
            let _ = heading.focus();
        }
    });
    view! {
        <section id=SECTION_ID class="backup-settings" aria-labelledby="backup-title">
            <h2 id="backup-title" tabindex="-1" node_ref=heading>{move || texts.get().section_title}</h2>
            <p>{move || texts.get().section_intro}</p>
            <Show when=move || store.is_demo()>
                <p class="backup-demo-hint">{move || texts.get().demo_hint}</p>
            </Show>
            <BackupPanel/>
            <OtherParentPanel/>
            <RestorePanel/>
            <CsvPanel/>
            <StorageHealth/>
        </section>
    }
}

fn expect_last_backup() -> LastBackup {
    expect_context::<LastBackup>()
}
