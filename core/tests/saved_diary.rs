//! The stored format: the v1 fixture still reads (through the v1 → v2 migration), the v2 fixture
//! reads and is written back exactly, every valid diary survives a round trip, and anything
//! foreign, corrupt or newer is refused with the right error.

mod strategies;

use ecrans_core::commitments::{Commitment, CommitmentError};
use ecrans_core::diary::{
    Activity, ChildBadge, ChildId, Colour, Diary, DiaryError, EntryId, Moment, Screen,
};
use ecrans_core::four_steps::{Step, StepSet};
use ecrans_core::saved_diary::{
    decode_saved_diary, encode_saved_diary, CodeField, ContentProblem, DecodeError, CURRENT_SCHEMA,
};
use proptest::prelude::*;
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn the_v1_fixture_decodes_to_the_diary_it_describes() {
    let diary = decode_saved_diary(&fixture("saved_diary_v1.json")).unwrap();

    let names: Vec<&str> = diary.children().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Léa", "Hugo <b>le grand</b>", "Inès"]);
    let lea = diary.child(&ChildId::new("2f6c1a9e-lea")).unwrap();
    assert_eq!(
        (lea.badge.clone(), lea.daily_limit, lea.birth.code()),
        (
            Some(ChildBadge::Emoji("🦊".into())),
            Some(60),
            "2015-04".into()
        )
    );
    let hugo = diary.child(&ChildId::new("8b0d44c2-hugo")).unwrap();
    assert_eq!(
        (hugo.badge.clone(), hugo.daily_limit),
        (Some(ChildBadge::Colour(Colour::Blue)), None)
    );

    assert_eq!(diary.entry_count(), 4);
    let film = diary.entry(&EntryId::new("e-0002")).unwrap();
    assert_eq!(film.children.len(), 3);
    assert_eq!(
        (film.moment, film.minutes, film.screen, film.activity),
        (Moment::Evening, 95, Screen::Tv, Activity::Videos)
    );
    assert!(film.with_adult && !film.in_bedroom);
    assert!(
        film.note.ends_with("<script>alert(1)</script>"),
        "text stays text"
    );
    let morning = diary.entry(&EntryId::new("e-0001")).unwrap();
    assert_eq!(
        morning.start.map(|t| t.to_string()),
        Some("07:30:00".into())
    );
    assert!(morning.in_bedroom && !morning.with_adult && morning.note.is_empty());

    let orphans: Vec<&str> = diary.orphaned_entries().map(|e| e.id.as_str()).collect();
    assert_eq!(orphans, ["e-0004"], "an entry of a removed child is kept");
    assert_eq!(diary.deleted_children().count(), 1);
    assert_eq!(
        diary
            .deleted_entries()
            .map(|(id, at)| (id.as_str(), at))
            .collect::<Vec<_>>(),
        [("e-0000", 1741000000500)]
    );
    let steps: StepSet = [Step::Morning, Step::Meal, Step::Bedroom]
        .into_iter()
        .collect();
    assert_eq!(diary.plan().committed_steps, steps);
}

#[test]
fn the_v1_fixture_is_written_back_as_v2_with_no_commitments() {
    let text = fixture("saved_diary_v1.json");
    let diary = decode_saved_diary(&text).unwrap();
    assert!(diary.commitments().is_empty());
    assert_eq!(diary.commitments().modified_at(), 0);
    let written: Value = serde_json::from_str(&encode_saved_diary(&diary)).unwrap();
    let mut expected: Value = serde_json::from_str(&text).unwrap();
    expected["schema"] = json!(2);
    expected["diary"]["commitments"] = json!({ "items": [], "modified_at": 0 });
    assert_eq!(written, expected);
    assert_eq!(
        CURRENT_SCHEMA, 2,
        "a new schema needs a migration and a fixture of its own"
    );
}

#[test]
fn the_v2_fixture_decodes_with_its_commitments_and_is_written_back_exactly() {
    let text = fixture("saved_diary_v2.json");
    let diary = decode_saved_diary(&text).unwrap();
    let v1 = decode_saved_diary(&fixture("saved_diary_v1.json")).unwrap();
    assert_eq!(diary.children(), v1.children());
    assert_eq!(
        diary.entries().collect::<Vec<_>>(),
        v1.entries().collect::<Vec<_>>()
    );
    assert_eq!(diary.plan(), v1.plan());
    let commitments = diary.commitments();
    assert_eq!(commitments.modified_at(), 1741700000000);
    assert_eq!(
        commitments.items(),
        [
            Commitment::Step(Step::Meal),
            Commitment::DailyLimit {
                child: ChildId::new("2f6c1a9e-lea"),
                minutes: 45
            },
            Commitment::Text(
                "Pas de tablette à table, même le dimanche <script>alert(1)</script>".into()
            ),
        ]
    );
    let written: Value = serde_json::from_str(&encode_saved_diary(&diary)).unwrap();
    let original: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(written, original);
}

#[test]
fn invalid_commitments_name_what_is_wrong() {
    let check = |change: fn(&mut Value), expected: ContentProblem| {
        let mut saved: Value = serde_json::from_str(&fixture("saved_diary_v2.json")).unwrap();
        change(&mut saved);
        let error = decode_saved_diary(&saved.to_string()).unwrap_err();
        match (&error, &expected) {
            (
                DecodeError::InvalidContent(ContentProblem::Malformed { .. }),
                ContentProblem::Malformed { .. },
            ) => {}
            _ => assert_eq!(error, DecodeError::InvalidContent(expected)),
        }
    };
    check(
        |v| v["diary"]["commitments"]["items"][0]["step"] = json!("screens"),
        ContentProblem::UnknownCode {
            field: CodeField::Step,
            found: "screens".into(),
        },
    );
    check(
        |v| v["diary"]["commitments"]["items"][0]["kind"] = json!("promise"),
        ContentProblem::UnknownCode {
            field: CodeField::Commitment,
            found: "promise".into(),
        },
    );
    check(
        |v| v["diary"]["commitments"]["items"][1]["minutes"] = json!(-5),
        ContentProblem::Commitment(CommitmentError::LimitOutOfRange { minutes: -5 }),
    );
    check(
        |v| v["diary"]["commitments"]["items"][1]["child"] = json!("nobody"),
        ContentProblem::Record(DiaryError::UnknownChild {
            child: ChildId::new("nobody"),
        }),
    );
    check(
        |v| v["diary"]["commitments"]["items"][2]["text"] = json!("x".repeat(121)),
        ContentProblem::Commitment(CommitmentError::TextTooLong { chars: 121 }),
    );
    check(
        |v| v["diary"]["commitments"]["items"][2]["text"] = json!("  "),
        ContentProblem::Commitment(CommitmentError::EmptyText),
    );
    check(
        |v| {
            v["diary"]["commitments"]["items"]
                .as_array_mut()
                .unwrap()
                .push(json!({"kind": "step", "step": "morning"}))
        },
        ContentProblem::Commitment(CommitmentError::TooMany { count: 4 }),
    );
    check(
        |v| v["diary"]["commitments"]["items"][2] = json!({"kind": "step", "step": "meal"}),
        ContentProblem::Commitment(CommitmentError::Duplicate { index: 2 }),
    );
    check(
        |v| v["diary"]["commitments"]["items"][0] = json!({"kind": "step"}),
        ContentProblem::Malformed {
            detail: String::new(),
        },
    );
    // A limit for a removed child is kept, like an orphaned entry.
    let mut saved: Value = serde_json::from_str(&fixture("saved_diary_v2.json")).unwrap();
    saved["diary"]["commitments"]["items"][1]["child"] = json!("0a1b2c3d-zoe");
    assert!(decode_saved_diary(&saved.to_string()).is_ok());
}

#[test]
fn foreign_corrupt_and_newer_files_are_refused() {
    let check = |name: &str, expected: fn(&DecodeError) -> bool| {
        let error = decode_saved_diary(&fixture(name)).unwrap_err();
        assert!(expected(&error), "{name}: {error:?}");
    };
    check("saved_diary_newer_schema.json", |e| {
        *e == DecodeError::NewerVersion {
            found: 3,
            supported: 2,
        }
    });
    check("saved_diary_foreign.json", |e| {
        *e == DecodeError::NotOurEnvelope
    });
    check("saved_diary_truncated.json", |e| {
        matches!(e, DecodeError::NotJson { .. })
    });
}

#[test]
fn envelopes_that_are_not_ours_are_refused() {
    let check = |text: &str, expected: DecodeError| {
        let error = decode_saved_diary(text).unwrap_err();
        match (&error, &expected) {
            (DecodeError::NotJson { .. }, DecodeError::NotJson { .. }) => {}
            (
                DecodeError::InvalidContent(ContentProblem::Malformed { .. }),
                DecodeError::InvalidContent(ContentProblem::Malformed { .. }),
            ) => {}
            _ => assert_eq!(error, expected, "{text}"),
        }
    };
    let not_json = || DecodeError::NotJson {
        detail: String::new(),
    };
    check("", not_json());
    check("<html><body>diary</body></html>", not_json());
    check("{\"app\":\"ecrans-en-famille\",", not_json());
    check(
        "[\"ecrans-en-famille\", 1, {}]",
        DecodeError::NotOurEnvelope,
    );
    check("\"ecrans-en-famille\"", DecodeError::NotOurEnvelope);
    check("null", DecodeError::NotOurEnvelope);
    check(
        r#"{"app":"autre","schema":1,"diary":{}}"#,
        DecodeError::NotOurEnvelope,
    );
    check(r#"{"schema":1,"diary":{}}"#, DecodeError::NotOurEnvelope);
    check(
        r#"{"app":"ecrans-en-famille","diary":{}}"#,
        DecodeError::NotOurEnvelope,
    );
    check(
        r#"{"app":"ecrans-en-famille","schema":"1","diary":{}}"#,
        DecodeError::NotOurEnvelope,
    );
    check(
        r#"{"app":"ecrans-en-famille","schema":0,"diary":{}}"#,
        DecodeError::NotOurEnvelope,
    );
    check(
        r#"{"app":"ecrans-en-famille","schema":1.5,"diary":{}}"#,
        DecodeError::NotOurEnvelope,
    );
    check(
        r#"{"app":"ecrans-en-famille","schema":-1,"diary":{}}"#,
        DecodeError::NotOurEnvelope,
    );
    check(
        r#"{"app":"ecrans-en-famille","schema":1}"#,
        DecodeError::NotOurEnvelope,
    );
    check(
        r#"{"app":"ecrans-en-famille","schema":1,"diary":[]}"#,
        DecodeError::NotOurEnvelope,
    );
    check(
        r#"{"app":"ecrans-en-famille","schema":1,"diary":null}"#,
        DecodeError::NotOurEnvelope,
    );
    check(
        r#"{"app":"ecrans-en-famille","schema":3,"diary":{}}"#,
        DecodeError::NewerVersion {
            found: 3,
            supported: 2,
        },
    );
    check(
        r#"{"app":"ecrans-en-famille","schema":99999999999,"diary":{}}"#,
        DecodeError::NewerVersion {
            found: u32::MAX,
            supported: 2,
        },
    );
    assert_eq!(
        decode_saved_diary(r#"{"app":"ecrans-en-famille","schema":1,"diary":{}}"#),
        Ok(Diary::new())
    );
    assert_eq!(
        decode_saved_diary(r#"{"app":"ecrans-en-famille","schema":2,"diary":{}}"#),
        Ok(Diary::new())
    );
    assert!(matches!(
        decode_saved_diary(
            r#"{"app":"ecrans-en-famille","schema":1,"diary":{"commitments":{"items":[]}}}"#
        ),
        Err(DecodeError::InvalidContent(
            ContentProblem::Malformed { .. }
        ))
    ));
}

#[test]
fn invalid_content_names_what_is_wrong() {
    let check = |change: fn(&mut Value), expected: ContentProblem| {
        let mut saved: Value = serde_json::from_str(&fixture("saved_diary_v1.json")).unwrap();
        change(&mut saved);
        let error = decode_saved_diary(&saved.to_string()).unwrap_err();
        match (&error, &expected) {
            (
                DecodeError::InvalidContent(ContentProblem::Malformed { .. }),
                ContentProblem::Malformed { .. },
            ) => {}
            _ => assert_eq!(error, DecodeError::InvalidContent(expected)),
        }
    };
    let entry = |id: &str| EntryId::new(id);
    check(
        |v| v["diary"]["entries"][0]["minutes"] = json!(-5),
        ContentProblem::Record(DiaryError::MinutesOutOfRange {
            entry: entry("e-0001"),
            minutes: -5,
        }),
    );
    check(
        |v| v["diary"]["entries"][0]["minutes"] = json!(0),
        ContentProblem::Record(DiaryError::MinutesOutOfRange {
            entry: entry("e-0001"),
            minutes: 0,
        }),
    );
    check(
        |v| v["diary"]["entries"][0]["minutes"] = json!(1441),
        ContentProblem::Record(DiaryError::MinutesOutOfRange {
            entry: entry("e-0001"),
            minutes: 1441,
        }),
    );
    check(
        |v| v["diary"]["entries"][0]["minutes"] = json!("20"),
        ContentProblem::Malformed {
            detail: String::new(),
        },
    );
    check(
        |v| v["diary"]["entries"][0]["screen"] = json!("vr_headset"),
        ContentProblem::UnknownCode {
            field: CodeField::Screen,
            found: "vr_headset".into(),
        },
    );
    check(
        |v| v["diary"]["entries"][0]["screen"] = json!("Télévision"),
        ContentProblem::UnknownCode {
            field: CodeField::Screen,
            found: "Télévision".into(),
        },
    );
    check(
        |v| v["diary"]["entries"][0]["moment"] = json!("night"),
        ContentProblem::UnknownCode {
            field: CodeField::Moment,
            found: "night".into(),
        },
    );
    check(
        |v| v["diary"]["entries"][0]["activity"] = json!("reading"),
        ContentProblem::UnknownCode {
            field: CodeField::Activity,
            found: "reading".into(),
        },
    );
    check(
        |v| v["diary"]["children"][1]["badge"] = json!({ "colour": "teal" }),
        ContentProblem::UnknownCode {
            field: CodeField::Colour,
            found: "teal".into(),
        },
    );
    check(
        |v| v["diary"]["plan"]["steps"] = json!(["screens"]),
        ContentProblem::UnknownCode {
            field: CodeField::Step,
            found: "screens".into(),
        },
    );
    check(
        |v| v["diary"]["entries"][0]["date"] = json!("2025-02-30"),
        ContentProblem::NotADate {
            found: "2025-02-30".into(),
        },
    );
    check(
        |v| v["diary"]["entries"][0]["date"] = json!("1850-01-01"),
        ContentProblem::Record(DiaryError::DateOutOfRange {
            entry: entry("e-0001"),
            date: "1850-01-01".parse().unwrap(),
        }),
    );
    check(
        |v| v["diary"]["entries"][0]["start"] = json!("25:00"),
        ContentProblem::NotATime {
            found: "25:00".into(),
        },
    );
    check(
        |v| v["diary"]["children"][0]["birth"] = json!("2015-13"),
        ContentProblem::NotABirthMonth {
            found: "2015-13".into(),
        },
    );
    check(
        |v| v["diary"]["entries"][1]["id"] = json!("e-0001"),
        ContentProblem::DuplicateEntryId {
            entry: entry("e-0001"),
        },
    );
    check(
        |v| v["diary"]["deleted_entries"][0]["id"] = json!("e-0001"),
        ContentProblem::EntryPresentAndDeleted {
            entry: entry("e-0001"),
        },
    );
    check(
        |v| v["diary"]["children"][1]["id"] = json!("2f6c1a9e-lea"),
        ContentProblem::DuplicateChildId {
            child: ChildId::new("2f6c1a9e-lea"),
        },
    );
    check(
        |v| v["diary"]["deleted_children"][0]["id"] = json!("2f6c1a9e-lea"),
        ContentProblem::ChildPresentAndDeleted {
            child: ChildId::new("2f6c1a9e-lea"),
        },
    );
    check(
        |v| v["diary"]["entries"][0]["children"] = json!(["nobody"]),
        ContentProblem::Record(DiaryError::UnknownChild {
            child: ChildId::new("nobody"),
        }),
    );
    check(
        |v| v["diary"]["entries"][0]["children"] = json!([]),
        ContentProblem::Record(DiaryError::EntryWithoutChild {
            entry: entry("e-0001"),
        }),
    );
    check(
        |v| v["diary"]["entries"][0]["id"] = json!(""),
        ContentProblem::Record(DiaryError::EmptyId),
    );
    check(
        |v| v["diary"]["children"][0]["name"] = json!("x".repeat(200)),
        ContentProblem::Record(DiaryError::NameTooLong {
            child: ChildId::new("2f6c1a9e-lea"),
            chars: 200,
        }),
    );
    check(
        |v| v["diary"]["children"][0]["name"] = json!("  "),
        ContentProblem::Record(DiaryError::EmptyName {
            child: ChildId::new("2f6c1a9e-lea"),
        }),
    );
    check(
        |v| v["diary"]["children"][0]["daily_limit"] = json!(-5),
        ContentProblem::Record(DiaryError::LimitOutOfRange {
            child: ChildId::new("2f6c1a9e-lea"),
            minutes: -5,
        }),
    );
    check(
        |v| v["diary"]["entries"][0]["note"] = json!("n".repeat(281)),
        ContentProblem::Record(DiaryError::NoteTooLong {
            entry: entry("e-0001"),
            chars: 281,
        }),
    );
    check(
        |v| {
            v["diary"]["entries"][0]
                .as_object_mut()
                .unwrap()
                .remove("date")
                .map(drop)
                .unwrap()
        },
        ContentProblem::Malformed {
            detail: String::new(),
        },
    );
    check(
        |v| v["diary"]["entries"] = json!({}),
        ContentProblem::Malformed {
            detail: String::new(),
        },
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_valid_diary_survives_a_round_trip(
        diary in strategies::diary(strategies::Shape { child_ids: 4, entry_ids: 12, times: 0..=i64::MAX })
    ) {
        let text = encode_saved_diary(&diary);
        let decoded = decode_saved_diary(&text).unwrap();
        prop_assert_eq!(&decoded, &diary);
        prop_assert_eq!(encode_saved_diary(&decoded), text);
    }
}
