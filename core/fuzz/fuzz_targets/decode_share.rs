//! Feeds arbitrary bytes to the group picture's decoders (a family's code, as the advisor's
//! camera or keyboard reads it, and a saved bilan): they must never panic, and whatever they
//! accept must survive its own encoding.

#![no_main]

use ecrans_core::group_summary::{
    decode_saved_bilan, decode_share, encode_saved_bilan, encode_share, format_share_code,
    GroupTally,
};
use ecrans_core::language::Language;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    match decode_share(&text) {
        Ok(share) => {
            assert_eq!(decode_share(&encode_share(&share)), Ok(share.clone()));
            assert_eq!(decode_share(&format_share_code(&share)), Ok(share.clone()));
            let mut tally = GroupTally::new();
            tally.add(share.clone());
            tally.add(share);
            assert_eq!(tally.families(), 1);
        }
        Err(error) => {
            for language in Language::ALL {
                assert!(!error.message(language).is_empty());
            }
        }
    }
    if let Ok(saved) = decode_saved_bilan(&text) {
        let again = encode_saved_bilan(&saved.bilan, saved.saved_on);
        assert_eq!(decode_saved_bilan(&again), Ok(saved));
    }
});
