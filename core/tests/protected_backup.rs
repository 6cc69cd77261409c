//! Passphrase-protected backups (age v1, scrypt): a file made by the reference tool `age -p`
//! opens, a file the core writes has the header the specification describes, a diary survives
//! the trip through a protected file, a wrong passphrase is refused as often as it is tried and
//! never locks the file, and changed or cut files never panic nor open.

mod strategies;

use std::path::PathBuf;

use ecrans_core::backup::{
    decode_backup, encode_backup, is_protected, open_protected_backup, protect_backup,
    ProtectedBackup, RestoreError, MAX_WORK_FACTOR, PROTECTION_RANDOM_BYTES, WRITTEN_WORK_FACTOR,
};
use ecrans_core::language::Language;
use proptest::prelude::*;
use proptest::sample::Index;

/// The passphrase `made_by_age_cli.age` was protected with, by `age -p` 1.1.1 (Debian).
const CLI_PASSPHRASE: &str = "mot de passe de Léa";

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/protected")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn random(seed: u8) -> [u8; PROTECTION_RANDOM_BYTES] {
    std::array::from_fn(|i| seed.wrapping_mul(31).wrapping_add(i as u8))
}

/// A small work factor, so that tests run fast (the format allows any from 1).
const TEST_WORK_FACTOR: u8 = 2;

#[test]
fn a_file_protected_by_the_age_tool_opens_in_the_core() {
    let file = fixture("made_by_age_cli.age");
    assert!(is_protected(&file));
    let header = ProtectedBackup::read(&file).unwrap();
    assert_eq!(header.work_factor(), 18, "what `age -p` writes");
    let plain = header.open(CLI_PASSPHRASE).unwrap();
    assert_eq!(plain, fixture("made_by_age_cli.json"));
    assert_eq!(
        open_protected_backup(&file, CLI_PASSPHRASE),
        decode_backup(&fixture("made_by_age_cli.json"))
    );
    assert!(open_protected_backup(&file, CLI_PASSPHRASE).is_ok());
}

#[test]
fn a_file_the_core_writes_has_the_header_of_the_specification() {
    let plain = fixture("made_by_age_cli.json");
    let file = protect_backup(&plain, "Léa et Hugo", WRITTEN_WORK_FACTOR, &random(1)).unwrap();
    // header = v1-line 1*stanza end; v1-line = "age-encryption.org/v1" LF
    let mut lines = file.split(|&byte| byte == b'\n');
    assert_eq!(lines.next(), Some(&b"age-encryption.org/v1"[..]));
    // arg-line = "-> " argument *(SP argument) LF, for scrypt: salt (16 bytes) and work factor.
    let arg_line = std::str::from_utf8(lines.next().unwrap()).unwrap();
    let arguments: Vec<&str> = arg_line.split(' ').collect();
    assert_eq!(arguments.len(), 4, "{arg_line}");
    assert_eq!(&arguments[..2], ["->", "scrypt"]);
    assert_eq!(arguments[2].len(), 22, "16 bytes in unpadded base64");
    assert!(arguments[2].bytes().all(is_base64_char));
    assert_eq!(arguments[3], WRITTEN_WORK_FACTOR.to_string());
    // final-line = *63base64char LF: the 32-byte wrapped file key, 43 characters.
    let body = lines.next().unwrap();
    assert_eq!(body.len(), 43);
    assert!(body.iter().copied().all(is_base64_char));
    // end = "--- " 43base64char LF
    let end = lines.next().unwrap();
    assert_eq!(&end[..4], b"--- ");
    assert_eq!(end.len(), 47);
    assert!(end[4..].iter().copied().all(is_base64_char));
    // The payload: a 16-byte nonce, then the text in one chunk of 64 KiB at most, with its tag.
    let header_len = 22 + arg_line.len() + 1 + 44 + 48;
    assert_eq!(file.len() - header_len, 16 + plain.len() + 16);
    assert_eq!(&file[header_len..header_len + 16], &random(1)[32..]);
    assert!(
        !file.windows(plain.len().min(40)).any(|w| w == &plain[..40]),
        "the text is hidden"
    );
}

fn is_base64_char(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'+' || byte == b'/'
}

#[test]
fn two_files_of_the_same_diary_share_nothing_but_the_header_layout() {
    let plain = fixture("made_by_age_cli.json");
    let first = protect_backup(&plain, "même mot", TEST_WORK_FACTOR, &random(1)).unwrap();
    let second = protect_backup(&plain, "même mot", TEST_WORK_FACTOR, &random(2)).unwrap();
    assert_eq!(first.len(), second.len());
    assert_ne!(first[22..], second[22..]);
}

#[test]
fn a_wrong_passphrase_is_refused_as_often_as_it_is_tried_and_never_locks() {
    let file = fixture("made_by_age_cli.age");
    for wrong in [
        "mot de passe de Lea",
        "Mot de passe de Léa",
        "mot de passe de Léa ",
        "x",
    ] {
        assert_eq!(
            open_protected_backup(&file, wrong),
            Err(RestoreError::WrongPassphrase),
            "{wrong:?}"
        );
    }
    assert_eq!(
        open_protected_backup(&file, ""),
        Err(RestoreError::EmptyPassphrase)
    );
    assert!(open_protected_backup(&file, CLI_PASSPHRASE).is_ok());
    for language in Language::ALL {
        let wrong = RestoreError::WrongPassphrase.message(language);
        let empty = RestoreError::EmptyPassphrase.message(language);
        assert_ne!(wrong, empty);
        assert!(wrong.ends_with('.') && empty.ends_with('.'));
    }
}

#[test]
fn a_protected_file_is_not_read_as_json() {
    let file = fixture("made_by_age_cli.age");
    assert_eq!(decode_backup(&file), Err(RestoreError::Protected));
    assert!(!is_protected(&fixture("made_by_age_cli.json")));
}

#[test]
fn work_factors_above_the_maximum_are_refused_before_any_work() {
    let file = fixture("made_by_age_cli.age");
    let text = |factor: &str| {
        let mut changed = file.clone();
        let at = file.windows(4).position(|w| w == b" 18\n").unwrap();
        changed.splice(at + 1..at + 3, factor.bytes());
        changed
    };
    assert_eq!(MAX_WORK_FACTOR, 18);
    const { assert!(WRITTEN_WORK_FACTOR < MAX_WORK_FACTOR) };
    for (factor, found) in [
        ("19", 19),
        ("30", 30),
        ("255", 255),
        ("4294967296", u32::MAX),
    ] {
        assert_eq!(
            ProtectedBackup::read(&text(factor)),
            Err(RestoreError::WorkFactorTooHigh { found, max: 18 }),
            "{factor}"
        );
    }
    for bad in ["0", "018", "+18", "1e1", ""] {
        assert_eq!(
            ProtectedBackup::read(&text(bad)),
            Err(RestoreError::ProtectedHeaderInvalid),
            "{bad:?}"
        );
    }
}

#[test]
fn the_empty_passphrase_is_refused_when_protecting_too() {
    assert!(protect_backup(b"{}", "", TEST_WORK_FACTOR, &random(3)).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_diary_survives_a_protected_file(
        diary in strategies::diary(strategies::Shape { child_ids: 4, entry_ids: 12, times: 0..=i64::MAX }),
        passphrase in "\\PC{1,40}",
        seed in any::<u8>(),
    ) {
        let file = protect_backup(encode_backup(&diary).as_bytes(), &passphrase, TEST_WORK_FACTOR, &random(seed)).unwrap();
        prop_assert_eq!(open_protected_backup(&file, &passphrase), Ok(diary));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Any change to a protected file (a byte changed, inserted or removed, or the end cut) is
    /// refused with a message, never opened and never a panic. Files whose change raised the
    /// work factor are only read, to keep the test fast.
    #[test]
    fn a_changed_protected_file_never_opens_nor_panics(
        changes in proptest::collection::vec((any::<Index>(), any::<u8>(), 0u8..4), 1..6)
    ) {
        let plain = fixture("made_by_age_cli.json");
        let original = protect_backup(&plain, "Léa", TEST_WORK_FACTOR, &random(9)).unwrap();
        let mut bytes = original.clone();
        for (index, byte, operation) in &changes {
            if bytes.is_empty() {
                break;
            }
            let at = index.index(bytes.len());
            match operation {
                0 => bytes[at] = *byte,
                1 => bytes.insert(at, *byte),
                2 => { bytes.remove(at); }
                _ => bytes.truncate(at),
            }
        }
        let outcome = match ProtectedBackup::read(&bytes) {
            Ok(header) if header.work_factor() > 4 => return Ok(()),
            Ok(header) => header.open("Léa"),
            Err(error) => Err(error),
        };
        match outcome {
            Ok(opened) => {
                prop_assert_eq!(&bytes, &original, "a changed file opened");
                prop_assert_eq!(opened, plain);
            }
            Err(error) => {
                for language in Language::ALL {
                    prop_assert!(error.message(language).ends_with('.'));
                }
            }
        }
    }
}
