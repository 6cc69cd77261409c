//! Backups, restore, and merging two parents' phones: everything about a diary leaving the phone
//! as a file and coming back, except the file I/O itself (download, share sheet, file picker),
//! which the app does.
//!
//! - « Sauvegarder » writes [`encode_backup`] (the stored format's versioned envelope, see
//!   [`crate::saved_diary`]) to a file named [`backup_file_name`]. The spreadsheet export,
//!   [`export_entries_csv`], is for reading only (`csv_export.rs` explains its separator, BOM,
//!   quoting and formula neutralisation).
//! - Restoring reads the file's bytes with [`decode_backup`], which checks everything before
//!   anything changes and says why a file is refused ([`RestoreError`], with a sentence for
//!   parents in French and English); [`preview_restore`] says what the file holds and what is new;
//!   [`apply_restore`] carries out « Fusionner » or « Remplacer », and [`decide_restore`] does it
//!   from the parent's answers to the « Même enfant ? » questions, or says which is missing.
//! - For two parents, [`possible_same_children`] finds the children created on each phone under
//!   the same name, and [`apply_child_matches`] folds the ones the parent confirms into one.
//! - « Protéger par un mot de passe » encrypts the backup's text with [`protect_backup`], as an
//!   age v1 file (`protected_file.rs` explains the format, the work factor and the errors);
//!   [`is_protected`] recognises one, [`ProtectedBackup::read`] checks its header and
//!   [`ProtectedBackup::open`] decrypts it with the parent's passphrase before
//!   [`decode_backup`] reads it like any other. The scrypt key derivation of both directions
//!   can be done in steps ([`KeyDerivation`], `key_derivation.rs`), so the page stays
//!   responsive.
//! - [`needs_backup_reminder`] tells the app when to suggest a backup.
//!
//! Everything here is pure: `today` and `now` are passed in, and no function reads a clock or a
//! file. The schema is the stored format's ([`crate::saved_diary::CURRENT_SCHEMA`]); nothing here
//! depends on its number.

mod child_matching;
mod csv_export;
mod error;
mod key_derivation;
mod preview;
mod protected_file;
mod restore;
mod restore_decision;

use chrono::NaiveDate;

pub use child_matching::{
    apply_child_matches, child_name_key, merge_with_child_matches, possible_same_children,
    same_child_name, ChildMatch, ChildMatchError, PossibleSameChild,
};
pub use csv_export::{csv_separator, export_entries_csv};
pub use error::RestoreError;
pub use key_derivation::{KeyDerivation, NotEnoughMemory, Progress};
pub use preview::{
    preview_restore, ChildConflict, Conflict, DateSpan, EntryConflict, FileChild, RecordVersion,
    RestorePreview,
};
pub use protected_file::{
    is_protected, open_protected_backup, protect_backup, start_protection, Opening, ProtectError,
    ProtectedBackup, Protecting, MAX_WORK_FACTOR, PROTECTED_MEDIA_TYPE, PROTECTION_RANDOM_BYTES,
    WRITTEN_WORK_FACTOR,
};
pub use restore::{
    apply_restore, check_backup_size, decode_backup, encode_backup, RestoreChoice,
    MAX_BACKUP_BYTES, MAX_NESTING,
};
pub(crate) use restore::{first_repeated_key, nests_deeper_than};
pub use restore_decision::{decide_restore, RestoreProblem, SameChildAnswers};

use crate::saved_diary::APP_NAME;

/// After how many days without a backup a diary with entries gets a reminder.
pub const BACKUP_REMINDER_DAYS: i64 = 30;

/// The media type of a backup file, for the download or the share sheet.
pub const BACKUP_MEDIA_TYPE: &str = "application/json";

/// The media type of the spreadsheet export.
pub const EXPORT_MEDIA_TYPE: &str = "text/csv;charset=utf-8";

/// The backup file's name: `ecrans-en-famille-AAAA-MM-JJ.json`.
pub fn backup_file_name(today: NaiveDate) -> String {
    format!("{APP_NAME}-{}.json", today.format("%Y-%m-%d"))
}

/// A protected backup's name: `ecrans-en-famille-AAAA-MM-JJ.json.age`, the age tool's habit of
/// adding `.age` to the name of the file it protects (`age -d` then writes the `.json`).
pub fn protected_backup_file_name(today: NaiveDate) -> String {
    format!("{}.age", backup_file_name(today))
}

/// The spreadsheet export's name: `ecrans-en-famille-AAAA-MM-JJ.csv`.
pub fn export_file_name(today: NaiveDate) -> String {
    format!("{APP_NAME}-{}.csv", today.format("%Y-%m-%d"))
}

/// Whether to remind the parent to make a backup: the diary has entries and the last backup is
/// [`BACKUP_REMINDER_DAYS`] days old or more, or was never made. A last backup more than a day
/// after `today` means a clock was wrong when it was recorded: it cannot be trusted, so the
/// reminder shows (a day of margin allows for a change of time zone).
pub fn needs_backup_reminder(
    has_entries: bool,
    last_backup: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    if !has_entries {
        return false;
    }
    match last_backup {
        None => true,
        Some(last) => {
            let days = (today - last).num_days();
            !(-1..BACKUP_REMINDER_DAYS).contains(&days)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::tests::date;

    #[test]
    fn file_names_carry_the_date() {
        assert_eq!(
            backup_file_name(date("2025-03-08")),
            "ecrans-en-famille-2025-03-08.json"
        );
        assert_eq!(
            protected_backup_file_name(date("2025-03-08")),
            "ecrans-en-famille-2025-03-08.json.age"
        );
        assert_eq!(
            export_file_name(date("2026-12-31")),
            "ecrans-en-famille-2026-12-31.csv"
        );
    }

    #[test]
    fn the_reminder_comes_after_thirty_days_with_entries() {
        let today = date("2025-03-31");
        let check = |has_entries: bool, last: Option<&str>, expected: bool| {
            let last = last.map(date);
            assert_eq!(
                needs_backup_reminder(has_entries, last, today),
                expected,
                "{has_entries} {last:?}"
            );
        };
        check(false, None, false);
        check(false, Some("2024-01-01"), false);
        check(true, None, true);
        check(true, Some("2025-03-31"), false);
        check(true, Some("2025-03-02"), false);
        check(true, Some("2025-03-01"), true);
        check(true, Some("2024-03-31"), true);
        check(true, Some("2025-04-01"), false);
        check(true, Some("2025-04-02"), true);
        check(true, Some("2099-01-01"), true);
    }
}
