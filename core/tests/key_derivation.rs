//! The core's stepwise scrypt (`backup/key_derivation.rs`): it gives RFC 7914's keys and the
//! `scrypt` crate's, and the same key however the work is cut into steps.

use ecrans_core::backup::{
    start_protection, KeyDerivation, Progress, ProtectedBackup, PROTECTION_RANDOM_BYTES,
    WRITTEN_WORK_FACTOR,
};
use proptest::prelude::*;

/// The `scrypt` crate's 32-byte key for N = 2^work_factor, r = 8, p = 1.
fn reference_key(passphrase: &[u8], salt: &[u8], work_factor: u8) -> [u8; 32] {
    let params = scrypt::Params::new(work_factor, 8, 1, 32).unwrap();
    let mut key = [0; 32];
    scrypt::scrypt(passphrase, salt, &params, &mut key).unwrap();
    key
}

fn hex(text: &str) -> Vec<u8> {
    let digits: Vec<u8> = text.bytes().filter(u8::is_ascii_hexdigit).collect();
    digits
        .chunks_exact(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
        .collect()
}

/// RFC 7914, section 12, the third vector (the only one with r = 8 and p = 1 small enough to
/// run in a test): its first 32 bytes, since PBKDF2 derives each 32-byte block on its own.
#[test]
fn rfc_7914_vector_with_r_8_and_p_1() {
    let expected = hex("70 23 bd cb 3a fd 73 48 46 1c 06 cd 81 fd 38 eb
         fd a8 fb ba 90 4f 8e 3e a9 b5 43 f6 54 5d a1 f2");
    let derivation = KeyDerivation::new(b"pleaseletmein", b"SodiumChloride", 14).unwrap();
    assert_eq!(derivation.into_key().to_vec(), expected);
}

#[test]
fn the_written_work_factor_gives_the_reference_key() {
    let salt = b"age-encryption.org/v1/scryptsalt of sixteen b";
    let derivation = KeyDerivation::new("Léa et Hugo".as_bytes(), salt, WRITTEN_WORK_FACTOR);
    assert_eq!(
        derivation.unwrap().into_key(),
        reference_key("Léa et Hugo".as_bytes(), salt, WRITTEN_WORK_FACTOR)
    );
}

#[test]
fn every_step_moves_forward_until_the_key_is_there() {
    let mut derivation = KeyDerivation::new(b"x", b"y", 4).unwrap();
    let mut seen = vec![derivation.progress()];
    while derivation.key().is_none() {
        seen.push(derivation.advance(3));
    }
    assert!(seen.windows(2).all(|pair| pair[0].done < pair[1].done));
    assert_eq!(
        seen.last(),
        Some(&Progress {
            done: 32,
            total: 32
        })
    );
    assert_eq!(
        derivation.advance(3),
        Progress {
            done: 32,
            total: 32
        }
    );
    assert_eq!(derivation.into_key(), reference_key(b"x", b"y", 4));
}

/// Protecting in steps writes the same file as protecting in one go, and it opens.
#[test]
fn a_file_protected_in_steps_is_the_same_file() {
    let random: [u8; PROTECTION_RANDOM_BYTES] = std::array::from_fn(|i| i as u8);
    let mut protecting = start_protection("Léa", 6, &random).unwrap();
    let mut percents = Vec::new();
    while !protecting.advance(10).is_finished() {
        percents.push(protecting.advance(0).percent());
    }
    assert!(percents.windows(2).all(|pair| pair[0] < pair[1]) && percents.len() > 5);
    let file = protecting.finish(b"{}");
    let whole = start_protection("Léa", 6, &random).unwrap().finish(b"{}");
    assert_eq!(file, whole);

    let mut opening = ProtectedBackup::read(&file)
        .unwrap()
        .start_opening("Léa")
        .unwrap();
    assert_eq!(opening.advance(1).total, 2 << 6);
    assert_eq!(opening.finish(), Ok(b"{}".to_vec()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Any passphrase, salt and work factor give the `scrypt` crate's key, whatever the steps.
    #[test]
    fn the_key_is_the_reference_key_whatever_the_steps(
        passphrase in proptest::collection::vec(any::<u8>(), 0..80),
        salt in proptest::collection::vec(any::<u8>(), 0..80),
        work_factor in 1u8..=8,
        steps in proptest::collection::vec(0u32..700, 1..12),
    ) {
        let mut derivation = KeyDerivation::new(&passphrase, &salt, work_factor).unwrap();
        for step in steps.iter().cycle().take(4096) {
            if derivation.key().is_some() {
                break;
            }
            derivation.advance(*step);
        }
        prop_assert_eq!(derivation.into_key(), reference_key(&passphrase, &salt, work_factor));
    }
}
