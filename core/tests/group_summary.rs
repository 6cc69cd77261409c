//! The group picture's strict decoding: every file of `fixtures/group/` is read with the outcome
//! its manifest names (family codes and saved bilans), and the decoders never panic on random or
//! mutated text (the native stand-in for `core/fuzz`'s `decode_share` target). Any tally of
//! valid shares gives a bilan that its own stored format reads back.

mod corpus_manifest;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use ecrans_core::calendar::IsoWeek;
use ecrans_core::group_summary::{
    decode_saved_bilan, decode_share, encode_saved_bilan, encode_share, format_share_code,
    FamilyShare, GroupTally, SavedBilanError, ShareCodeError, ShareToken, WeekShare,
};
use ecrans_core::language::Language;
use proptest::prelude::*;

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/group")
}

fn variant(debug: String) -> String {
    let name = debug.split(|c: char| !c.is_alphanumeric()).next();
    name.unwrap_or_default().to_owned()
}

fn code_outcome(result: Result<FamilyShare, ShareCodeError>) -> String {
    match result {
        Ok(_) => "Ok".to_owned(),
        Err(ShareCodeError::Absurd(figure)) => format!("Absurd.{figure:?}"),
        Err(other) => variant(format!("{other:?}")),
    }
}

fn bilan_outcome<T>(result: Result<T, SavedBilanError>) -> String {
    match result {
        Ok(_) => "Ok".to_owned(),
        Err(error) => variant(format!("{error:?}")),
    }
}

fn manifest() -> BTreeMap<String, String> {
    corpus_manifest::read_manifest(&folder().join("EXPECTED.txt"))
}

#[test]
fn every_file_of_the_corpus_is_read_with_the_outcome_its_manifest_names() {
    let expected = manifest();
    let mut files = BTreeSet::new();
    for entry in std::fs::read_dir(folder()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name != "EXPECTED.txt" {
            files.insert(name);
        }
    }
    let named: BTreeSet<String> = expected.keys().cloned().collect();
    assert_eq!(files, named, "every fixture is in the manifest and back");
    for (name, outcome) in &expected {
        let text = std::fs::read_to_string(folder().join(name)).unwrap();
        let got = if name.ends_with(".json") {
            bilan_outcome(decode_saved_bilan(&text))
        } else {
            code_outcome(decode_share(&text))
        };
        assert_eq!(&got, outcome, "{name}");
        if let Err(error) = decode_share(&text) {
            for language in Language::ALL {
                assert!(!error.message(language).is_empty());
            }
        }
    }
}

#[test]
fn the_valid_codes_of_the_corpus_are_the_same_family() {
    let read = |name: &str| {
        let text = std::fs::read_to_string(folder().join(name)).unwrap();
        decode_share(&text).unwrap()
    };
    let share = read("valid.txt");
    assert_eq!(read("valid_typed_sloppy.txt"), share);
    assert_eq!(share.children, 2);
    assert_eq!(share.a.daily_average, 120);
    assert_eq!(share.b.daily_average, 70);
    assert_eq!(share.token, ShareToken([0x5A; 5]));
}

fn week_share() -> impl Strategy<Value = WeekShare> {
    (
        1u32..=52,
        0u8..=7,
        proptest::array::uniform6(0u32..=240),
        proptest::array::uniform4(0u8..=7),
    )
        .prop_map(|(number, days, mut by_moment, mut steps_kept)| {
            if days == 0 {
                by_moment = [0; 6];
            }
            for kept in &mut steps_kept {
                *kept = (*kept).min(days);
            }
            let total: u32 = by_moment.iter().sum();
            let days_u32 = u32::from(days).max(1);
            WeekShare {
                week: IsoWeek::new(2026, number).unwrap(),
                days_filled_in: days,
                daily_average: ((total + u32::from(days) / 2) / days_u32) as u16,
                by_moment,
                steps_kept,
            }
        })
}

fn family_share() -> impl Strategy<Value = FamilyShare> {
    (
        proptest::array::uniform5(any::<u8>()),
        1u8..=31,
        week_share(),
        week_share(),
    )
        .prop_map(|(token, children, a, b)| FamilyShare {
            token: ShareToken(token),
            children,
            age_bands: [0, 0, 0, children.min(3), 0, 0, 0],
            a,
            b,
            commitments: Vec::new(),
        })
}

/// The family's code drawn as a QR code (as `render_qr_svg` draws it: level M, a quiet zone of
/// four modules), as grey pixels at `scale` pixels a module, read back as the advisor's page does.
#[test]
fn the_qr_code_of_a_share_reads_back_with_quircs() {
    let text = std::fs::read_to_string(folder().join("valid.txt")).unwrap();
    let share = decode_share(&text).unwrap();
    let code = qrcode::QrCode::with_error_correction_level(
        ecrans_core::group_summary::share_qr_text(&share).as_bytes(),
        qrcode::EcLevel::M,
    )
    .unwrap();
    let (modules, colors) = (code.width(), code.to_colors());
    let scale = 6;
    let side = (modules + 8) * scale;
    let grey = |x: usize, y: usize| {
        let (mx, my) = ((x / scale).wrapping_sub(4), (y / scale).wrapping_sub(4));
        let dark = mx < modules && my < modules && colors[my * modules + mx] == qrcode::Color::Dark;
        if dark {
            0u8
        } else {
            255u8
        }
    };
    let pixels: Vec<u8> = (0..side * side).map(|i| grey(i % side, i / side)).collect();
    let mut decoder = quircs::Quirc::default();
    let codes: Vec<_> = decoder.identify(side, side, &pixels).collect();
    assert_eq!(codes.len(), 1);
    let data = codes[0].as_ref().unwrap().decode().unwrap();
    let read = String::from_utf8(data.payload).unwrap();
    assert_eq!(decode_share(&read), Ok(share));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_valid_share_goes_out_and_back(share in family_share()) {
        prop_assert_eq!(decode_share(&encode_share(&share)), Ok(share.clone()));
        prop_assert_eq!(decode_share(&format_share_code(&share)), Ok(share));
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,200}") {
        let _ = decode_share(&text);
        let _ = decode_saved_bilan(&text);
    }

    #[test]
    fn mutated_codes_never_panic_and_are_refused_or_read_as_themselves(
        share in family_share(),
        edits in proptest::collection::vec((0usize..95, 0u8..=127), 1..4),
    ) {
        let mut bytes = encode_share(&share).into_bytes();
        for (at, byte) in edits {
            let at = at % bytes.len();
            bytes[at] = byte;
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if let Ok(read) = decode_share(&text) {
            prop_assert_eq!(decode_share(&encode_share(&read)), Ok(read));
        }
    }

    #[test]
    fn any_tally_of_three_families_or_more_gives_a_bilan_its_stored_format_reads(
        shares in proptest::collection::vec(family_share(), 3..12),
    ) {
        let mut tally = GroupTally::new();
        for share in shares {
            tally.add(share);
        }
        if let Ok(bilan) = tally.bilan() {
            let saved_on = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
            let text = encode_saved_bilan(&bilan, saved_on);
            prop_assert_eq!(decode_saved_bilan(&text).map(|saved| saved.bilan), Ok(bilan));
        }
    }
}
