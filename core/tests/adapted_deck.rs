//! The advisor's adapted deck (issue 15), from the outside: every file of the hostile import
//! corpus `fixtures/adapted_deck/` is refused with the error its manifest `EXPECTED.txt` names
//! (and worded in both languages), an adaptation survives the trip to a file and back, the import
//! preview says what changes, and the decoder never panics on mutated bytes.

mod corpus_manifest;

use std::collections::BTreeMap;
use std::path::PathBuf;

use ecrans_core::adapted_deck::{
    check_deck_file_size, deck_file_name, decode_deck_file, decode_stored_deck, editor_rows,
    encode_deck_file, encode_stored_deck, present, preview_import, AdaptedDeck, BaseDeck,
    FileError, NewSlideLayout, SlideChange, SlideFields, SlideOrigin, StoredDeckError,
    MAX_DECK_FILE_BYTES,
};
use ecrans_core::deck::bundled_deck;
use ecrans_core::language::Language;
use proptest::prelude::*;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/adapted_deck")
}

/// The error's kind as the manifest writes it: the variant's name; a content error by its own
/// variant, and `InvalidSlide.X` with the slide's problem.
fn kind(error: &FileError) -> String {
    let variant = |debug: String| {
        let name = debug.split(|c: char| !c.is_alphanumeric()).next();
        name.unwrap_or_default().to_owned()
    };
    match error {
        FileError::Content(StoredDeckError::InvalidSlide { error, .. }) => {
            format!("InvalidSlide.{}", variant(format!("{:?}", error.problem)))
        }
        FileError::Content(content) => variant(format!("{content:?}")),
        other => variant(format!("{other:?}")),
    }
}

fn manifest() -> BTreeMap<String, String> {
    corpus_manifest::read_manifest(&corpus().join("EXPECTED.txt"))
}

#[test]
fn every_hostile_file_is_refused_with_the_error_its_manifest_names() {
    let expected = manifest();
    let mut files: Vec<String> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "EXPECTED.txt")
        .collect();
    files.sort();
    assert_eq!(
        files,
        expected.keys().cloned().collect::<Vec<_>>(),
        "files and EXPECTED.txt differ"
    );
    let refused = expected.values().filter(|o| *o != "Accepted").count();
    assert!(refused >= 30, "the corpus holds {refused} hostile files");
    for (name, outcome) in &expected {
        let bytes = std::fs::read(corpus().join(name)).unwrap();
        let found = match decode_deck_file(&bytes) {
            Ok(_) => "Accepted".to_owned(),
            Err(error) => {
                for language in Language::ALL {
                    assert!(!error.message(language).is_empty(), "{name}");
                }
                assert_ne!(
                    error.message(Language::Fr),
                    error.message(Language::En),
                    "{name}"
                );
                kind(&error)
            }
        };
        assert_eq!(&found, outcome, "{name}");
    }
}

#[test]
fn escaped_html_is_shown_as_text_and_nothing_is_fetched() {
    let bytes = std::fs::read(corpus().join("escaped_html_as_text.json")).unwrap();
    let adapted = decode_deck_file(&bytes).unwrap();
    let presented = present(&BaseDeck::bundled(Language::Fr), &adapted);
    let own = presented.deck.position_of("perso-1").unwrap();
    assert!(presented.deck.slides[own].title.starts_with("<script>"));
    assert_eq!(presented.origins[own], SlideOrigin::Own);
}

#[test]
fn the_file_is_named_with_the_date_and_told_apart_from_a_backup() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 8).unwrap();
    assert_eq!(
        deck_file_name(day),
        "ecrans-en-famille-2026-03-08.diaporama.json"
    );
}

/// The deck the browser tests share between two devices (`tests/e2e/tests/deck-exchange.spec.ts`):
/// « Essentiel », in French the quiz hidden, « Le sommeil » retitled, an own slide after the
/// welcome and « parents » moved up; in English the quiz hidden.
fn shared_deck() -> AdaptedDeck {
    let french = BaseDeck::bundled(Language::Fr);
    let english = BaseDeck::bundled(Language::En);
    let mut sleep = SlideFields::of(&french.slide("sommeil").unwrap().source);
    sleep.title = "Dormir, c'est grandir".into();
    let (deck, own_id) = AdaptedDeck::default()
        .with_session(Some("essentiel"))
        .with_hidden(&french, "quiz", true)
        .unwrap()
        .with_fields(&french, "sommeil", &sleep)
        .unwrap()
        .with_new_slide(&french, Some("accueil"), NewSlideLayout::Standard)
        .unwrap();
    let own = present(&french, &deck);
    let own = &own.deck.slides[own.deck.position_of(&own_id).unwrap()];
    assert_eq!(own.title, "Nouvelle diapositive");
    let mut fields = SlideFields::of(
        &deck
            .french
            .entries
            .iter()
            .find_map(|entry| match entry {
                ecrans_core::adapted_deck::Entry::Own(slide) if slide.id == own_id => {
                    Some(slide.source.clone())
                }
                _ => None,
            })
            .unwrap(),
    );
    fields.title = "Notre soirée à la médiathèque".into();
    deck.with_fields(&french, &own_id, &fields)
        .unwrap()
        .moved_up(&french, "parents")
        .unwrap()
        .with_hidden(&english, "quiz", true)
        .unwrap()
}

#[test]
fn the_browser_tests_shared_deck_is_what_the_encoder_writes() {
    let path = corpus()
        .parent()
        .unwrap()
        .join("shared_deck.diaporama.json");
    let written = encode_deck_file(&shared_deck());
    if std::env::var_os("ECRANS_WRITE_FIXTURES").is_some() {
        std::fs::write(&path, &written).unwrap();
    }
    let fixture = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        fixture,
        written,
        "{} is not the encoder's output: run this test with ECRANS_WRITE_FIXTURES=1",
        path.display()
    );
    assert_eq!(decode_deck_file(fixture.as_bytes()), Ok(shared_deck()));
}

#[test]
fn a_file_too_large_is_refused_before_it_is_read() {
    assert_eq!(
        check_deck_file_size(MAX_DECK_FILE_BYTES + 1),
        Err(FileError::TooLarge {
            bytes: MAX_DECK_FILE_BYTES + 1
        })
    );
    assert_eq!(check_deck_file_size(MAX_DECK_FILE_BYTES), Ok(()));
    // A slide text of 2 MB cannot even come in a file.
    let two_megabytes = format!(
        "{{\"format\":\"ecrans-en-famille.diaporama\",\"version\":1,\"deck\":\"{}\"}}",
        "a".repeat(2 * 1024 * 1024)
    );
    assert!(matches!(
        decode_deck_file(two_megabytes.as_bytes()),
        Err(FileError::TooLarge { .. })
    ));
}

#[test]
fn the_import_preview_says_what_changes() {
    let french = BaseDeck::bundled(Language::Fr);
    let english = BaseDeck::bundled(Language::En);
    let device = AdaptedDeck::default()
        .with_hidden(&french, "quiz", true)
        .unwrap();
    let mut fields = SlideFields::of(&french.slide("sommeil").unwrap().source);
    fields.title = "Dormir".into();
    let (file, new_id) = AdaptedDeck::default()
        .with_session(Some("essentiel"))
        .with_fields(&french, "sommeil", &fields)
        .unwrap()
        .with_new_slide(&french, Some("accueil"), NewSlideLayout::Standard)
        .unwrap();
    let file = decode_deck_file(encode_deck_file(&file).as_bytes()).unwrap();
    let preview = preview_import(&french, &english, &device, &file);
    assert_eq!(preview.session.as_deref(), Some("essentiel"));
    assert!(preview.session_changes);
    let changes = &preview.french.changes;
    assert!(changes.contains(&SlideChange::Added {
        id: new_id,
        title: "Nouvelle diapositive".into()
    }));
    assert!(changes.contains(&SlideChange::Changed {
        id: "sommeil".into(),
        title: "Dormir".into()
    }));
    // The device hides the quiz; the file's session shows it: added back.
    assert!(changes
        .iter()
        .any(|change| matches!(change, SlideChange::Added { id, .. } if id == "quiz")));
    // Slides of the whole deck outside « Essentiel » go.
    assert!(changes
        .iter()
        .any(|change| matches!(change, SlideChange::Removed { id, .. } if id == "oms")));
    assert_eq!(preview.french.slides.len(), 12);
    // The English side: only the session changes.
    assert!(preview
        .english
        .changes
        .iter()
        .all(|change| matches!(change, SlideChange::Removed { .. })));
    let same = preview_import(&french, &english, &device, &device);
    assert!(same.french.changes.is_empty() && !same.french.order_changes);
}

/// One editing step, drawn by proptest.
#[derive(Clone, Debug)]
enum Step {
    Hide(usize),
    Show(usize),
    Up(usize),
    Down(usize),
    Duplicate(usize),
    New(usize, usize),
    Delete(usize),
    Edit(usize, String, String),
    Session(Option<&'static str>),
    Reset,
}

fn step() -> impl Strategy<Value = Step> {
    let words = "[a-zéèàç ]{1,40}";
    prop_oneof![
        (0..60usize).prop_map(Step::Hide),
        (0..60usize).prop_map(Step::Show),
        (0..60usize).prop_map(Step::Up),
        (0..60usize).prop_map(Step::Down),
        (0..60usize).prop_map(Step::Duplicate),
        (0..60usize, 0..4usize).prop_map(|(at, layout)| Step::New(at, layout)),
        (0..60usize).prop_map(Step::Delete),
        (0..60usize, words, words).prop_map(|(at, title, text)| Step::Edit(at, title, text)),
        prop::sample::select(vec![
            None,
            Some("essentiel"),
            Some("grands"),
            Some("inconnue")
        ])
        .prop_map(Step::Session),
        Just(Step::Reset),
    ]
}

/// The adaptation after `steps` (a refused step leaves it as it was).
fn adapted_by(steps: &[(bool, Step)], bases: &[BaseDeck; 2]) -> AdaptedDeck {
    let mut adapted = AdaptedDeck::default();
    for (english, step) in steps {
        let base = &bases[usize::from(*english)];
        let rows = editor_rows(base, &adapted);
        let id = |at: &usize| rows[at % rows.len()].entry.id().to_owned();
        let next = match step {
            Step::Hide(at) => adapted.with_hidden(base, &id(at), true),
            Step::Show(at) => adapted.with_hidden(base, &id(at), false),
            Step::Up(at) => adapted.moved_up(base, &id(at)),
            Step::Down(at) => adapted.moved_down(base, &id(at)),
            Step::Duplicate(at) => adapted.with_duplicate(base, &id(at)),
            Step::New(at, layout) => adapted
                .with_new_slide(base, Some(&id(at)), NewSlideLayout::ALL[*layout])
                .map(|(adapted, _)| adapted),
            Step::Delete(at) => adapted.without_own_slide(base, &id(at)),
            Step::Edit(at, title, text) => {
                let row = &rows[at % rows.len()];
                let mut fields = SlideFields {
                    title: row.slide.title.clone(),
                    text: String::new(),
                    notes: "Notes.".into(),
                    sources: "- Une source".into(),
                    minutes: 2,
                };
                fields.title = title.trim().to_owned();
                fields.text = format!("(+) {}", text.trim());
                adapted.with_fields(base, &id(at), &fields)
            }
            Step::Session(code) => Ok(adapted.with_session(*code)),
            Step::Reset => Ok(adapted.reset(base.language)),
        };
        if let Ok(next) = next {
            adapted = next;
        }
    }
    adapted
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn an_adaptation_survives_the_file_and_the_store(
        steps in prop::collection::vec((any::<bool>(), step()), 0..12)
    ) {
        let bases = [BaseDeck::bundled(Language::Fr), BaseDeck::bundled(Language::En)];
        let adapted = adapted_by(&steps, &bases);
        prop_assert_eq!(decode_stored_deck(&encode_stored_deck(&adapted)), Ok(adapted.clone()));
        if !adapted.french.entries.is_empty() || !adapted.english.entries.is_empty() {
            let file = encode_deck_file(&adapted);
            prop_assert_eq!(decode_deck_file(file.as_bytes()), Ok(adapted.clone()));
        }
        for base in &bases {
            let presented = present(base, &adapted);
            let rows = editor_rows(base, &adapted);
            prop_assert_eq!(presented.deck.slides.len(), rows.iter().filter(|r| !r.entry.hidden()).count());
            prop_assert_eq!(presented.origins.len(), presented.deck.slides.len());
        }
    }

    #[test]
    fn mutated_files_never_panic(flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)) {
        let bases = [BaseDeck::bundled(Language::Fr), BaseDeck::bundled(Language::En)];
        let steps = [(false, Step::Hide(2)), (false, Step::New(4, 2)), (true, Step::Duplicate(5))];
        let mut bytes = encode_deck_file(&adapted_by(&steps, &bases)).into_bytes();
        for (index, byte) in flips {
            let at = index.index(bytes.len());
            bytes[at] = byte;
        }
        if let Ok(adapted) = decode_deck_file(&bytes) {
            for base in &bases {
                present(base, &adapted);
            }
        }
    }
}

#[test]
fn bundled_plus_an_empty_file_deck_is_the_bundled_deck() {
    for language in Language::ALL {
        let base = BaseDeck::bundled(language);
        assert_eq!(
            present(&base, &AdaptedDeck::default()).deck,
            bundled_deck(language)
        );
    }
}
