//! Feeds arbitrary bytes to the backup decoder: it must never panic, overflow its stack or hang,
//! and whatever it accepts must be a diary that survives its own backup and previews and merges
//! without panicking.

#![no_main]

use ecrans_core::backup::{decode_backup, encode_backup, preview_restore, RestoreError};
use ecrans_core::diary::merge_diaries;
use ecrans_core::language::Language;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match decode_backup(bytes) {
        Ok(diary) => {
            let text = encode_backup(&diary);
            assert_eq!(decode_backup(text.as_bytes()), Ok(diary.clone()));
            assert_eq!(merge_diaries(&diary, &diary), diary);
            let preview = preview_restore(&diary, &diary);
            assert_eq!(preview.new_entry_count, 0);
        }
        Err(error) => check_messages(&error),
    }
});

fn check_messages(error: &RestoreError) {
    for language in Language::ALL {
        assert!(!error.message(language).is_empty());
    }
}
