//! The home page's gentle reminder: the diary has entries and no backup was made from this
//! device for 30 days (or ever), with a way straight to « Sauvegarde et partage ».

use super::{read_last_backup, SECTION_ID};
use crate::browser::clock;
use crate::i18n::backup::backup_texts;
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::use_localized;
use ecrans_core::backup::needs_backup_reminder;
use ecrans_core::site_map::Page;
use leptos::prelude::*;
use leptos_router::components::A;

/// Shown on the home page only when `needs_backup_reminder` says so (the real diary counts).
#[component]
pub fn BackupReminder() -> impl IntoView {
    let store = expect_diary_store();
    let texts = use_localized(backup_texts);
    let last_backup = read_last_backup();
    let today = clock::today();
    let shown = move || {
        store.with_real(|diary| needs_backup_reminder(diary.entry_count() > 0, last_backup, today))
    };
    let message = move || {
        let texts = texts.get();
        match last_backup {
            Some(date) => (texts.reminder_old)(&(texts.date)(date)),
            None => texts.reminder_never.to_owned(),
        }
    };
    view! {
        <Show when=shown>
            <section class="banner banner-info backup-reminder" aria-label=move || texts.get().reminder_label>
                <p>{message}</p>
                <A href=Page::Settings.section_path(SECTION_ID) attr:class="button button-primary">
                    {move || texts.get().reminder_button}
                </A>
            </section>
        </Show>
    }
}
