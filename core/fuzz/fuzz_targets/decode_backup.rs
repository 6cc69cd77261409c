//! Feeds arbitrary bytes to the backup decoder: it must never panic, overflow its stack or hang,
//! and whatever it accepts must be a diary that survives its own backup and previews and merges
//! without panicking.
//!
//! Bytes that start like a protected backup (age) go through the protected path too: the header
//! is read, and when its work factor is small enough to keep the fuzzer fast (at most 4; the
//! corpus's files are re-protected at factor 1 and 2), the file is opened with the corpus's
//! passphrase, its key derived in steps of a size taken from the input (as the app does between
//! paints). Opening must never panic, and a file that opens must hold a valid backup or a
//! refusal with a message.

#![no_main]

use ecrans_core::backup::{
    decode_backup, encode_backup, is_protected, preview_restore, ProtectedBackup, RestoreError,
};
use ecrans_core::diary::merge_diaries;
use ecrans_core::language::Language;
use libfuzzer_sys::fuzz_target;

/// The passphrase of the protected files in `corpus/decode_backup/`.
const CORPUS_PASSPHRASE: &str = "mot de passe de Léa";

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
    if is_protected(bytes) {
        match ProtectedBackup::read(bytes) {
            Ok(file) if file.work_factor() <= 4 => match open_in_steps(file, bytes.len()) {
                Ok(plain) => {
                    if let Err(error) = decode_backup(&plain) {
                        check_messages(&error);
                    }
                }
                Err(error) => check_messages(&error),
            },
            Ok(_) => {}
            Err(error) => check_messages(&error),
        }
    }
});

/// Opens `file` with the corpus's passphrase, deriving the key in steps of 1 to 7 iterations.
fn open_in_steps(file: ProtectedBackup, length: usize) -> Result<Vec<u8>, RestoreError> {
    let step = 1 + (length % 7) as u32;
    let mut opening = file.start_opening(CORPUS_PASSPHRASE)?;
    while !opening.advance(step).is_finished() {}
    opening.finish()
}

fn check_messages(error: &RestoreError) {
    for language in Language::ALL {
        assert!(!error.message(language).is_empty());
    }
}
