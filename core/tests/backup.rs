//! Backups and restore: every hostile file of `fixtures/hostile/` (the protected ones opened with
//! their passphrase) is refused with the error its manifest names, a valid backup survives the trip out and back, restoring by merging behaves
//! like merging, matched children converge across phones, and the spreadsheet export has one
//! row per entry and child. The decoder never panics on random or mutated bytes (the native
//! stand-in for `core/fuzz`).

mod corpus_manifest;
mod strategies;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use ecrans_core::backup::{
    apply_restore, check_backup_size, csv_separator, decode_backup, encode_backup,
    export_entries_csv, merge_with_child_matches, open_protected_backup, possible_same_children,
    preview_restore, ChildMatch, RecordVersion, RestoreChoice, RestoreError, MAX_BACKUP_BYTES,
    MAX_NESTING,
};
use ecrans_core::diary::{merge_diaries, Diary, MergeSide};
use ecrans_core::language::Language;
use ecrans_core::saved_diary::{CodeField, CURRENT_SCHEMA};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

/// The passphrase of the protected hostile files (`*.age`), which the manifest test opens with it.
const HOSTILE_PASSPHRASE: &str = "mot de passe de Léa";

/// The byte-order mark the spreadsheet export starts with.
const BOM: char = '\u{feff}';

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read(path: PathBuf) -> Vec<u8> {
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn v1_backup() -> Vec<u8> {
    read(fixtures().join("saved_diary_v1.json"))
}

/// The error's kind as the manifest writes it: the variant's name, and for
/// [`RestoreError::InvalidRecord`] the diary rule's too (`InvalidRecord.MinutesOutOfRange`).
fn kind(error: &RestoreError) -> String {
    let variant = |debug: String| {
        let name = debug.split(|c: char| !c.is_alphanumeric()).next();
        name.unwrap_or_default().to_owned()
    };
    match error {
        RestoreError::InvalidRecord(rule) => {
            format!("InvalidRecord.{}", variant(format!("{rule:?}")))
        }
        other => variant(format!("{other:?}")),
    }
}

/// `EXPECTED.txt`: file name → expected outcome.
fn manifest() -> BTreeMap<String, String> {
    corpus_manifest::read_manifest(&fixtures().join("hostile/EXPECTED.txt"))
}

#[test]
fn every_hostile_file_is_refused_with_the_error_its_manifest_names() {
    let expected = manifest();
    let folder = fixtures().join("hostile");
    let mut files = BTreeSet::new();
    for dir_entry in std::fs::read_dir(&folder).unwrap() {
        let name = dir_entry.unwrap().file_name().into_string().unwrap();
        if name != "EXPECTED.txt" {
            files.insert(name);
        }
    }
    let listed: BTreeSet<String> = expected.keys().cloned().collect();
    assert_eq!(
        files.difference(&listed).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "files without an expectation in EXPECTED.txt"
    );
    assert_eq!(
        listed.difference(&files).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "expectations without a file"
    );
    let refused = expected.values().filter(|o| *o != "Accepted").count();
    assert!(refused >= 50, "only {refused} hostile files");

    let mut failures = Vec::new();
    let mut messages: BTreeMap<String, String> = BTreeMap::new();
    for (name, outcome) in &expected {
        let bytes = read(folder.join(name));
        let decoded = if name.ends_with(".age") {
            open_protected_backup(&bytes, HOSTILE_PASSPHRASE)
        } else {
            decode_backup(&bytes)
        };
        match (decoded, outcome.as_str()) {
            (Ok(_), "Accepted") => {}
            (Ok(_), _) => failures.push(format!("{name}: accepted, expected {outcome}")),
            (Err(error), _) if kind(&error) != *outcome => {
                failures.push(format!("{name}: {error:?}, expected {outcome}"));
            }
            (Err(error), _) => {
                for language in Language::ALL {
                    let message = error.message(language);
                    assert!(
                        message.ends_with('.') && !message.contains(['{', '}', '\n']),
                        "{name}: {message:?}"
                    );
                    if let Some(other) = messages.insert(message.clone(), outcome.clone()) {
                        assert_eq!(&other, outcome, "two kinds share the message {message:?}");
                    }
                }
                assert_ne!(error.message(Language::Fr), error.message(Language::En));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn html_in_names_and_notes_is_kept_verbatim_as_text() {
    let bytes = read(fixtures().join("hostile/html_in_names.json"));
    let diary = decode_backup(&bytes).unwrap();
    let raw: Value = serde_json::from_slice(&bytes).unwrap();
    let names: BTreeSet<&str> = raw["diary"]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|child| child["name"].as_str().unwrap())
        .collect();
    let decoded: BTreeSet<&str> = diary.children().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(decoded, names);
    assert!(names.contains("<img src=x onerror=alert(1)>"));
    let note = &diary
        .entries()
        .find(|e| e.note.starts_with("<a"))
        .unwrap()
        .note;
    assert_eq!(note, "<a href=\"javascript:alert(1)\">clic</a> &amp; &lt;");
    let csv = export_entries_csv(&diary, Language::Fr);
    assert!(
        csv.contains("</script><b>Inès</b>"),
        "the export keeps the text"
    );
    assert_eq!(decode_backup(encode_backup(&diary).as_bytes()), Ok(diary));
}

#[test]
fn the_size_limit_is_checked_before_reading_and_by_the_decoder() {
    assert_eq!(check_backup_size(0), Ok(()));
    assert_eq!(check_backup_size(MAX_BACKUP_BYTES), Ok(()));
    assert_eq!(
        check_backup_size(MAX_BACKUP_BYTES + 1),
        Err(RestoreError::TooLarge {
            bytes: MAX_BACKUP_BYTES + 1
        })
    );
    assert_eq!(
        check_backup_size(u64::MAX),
        Err(RestoreError::TooLarge { bytes: u64::MAX })
    );

    // A valid backup padded with spaces (valid JSON) to exactly the limit is read…
    let mut padded = v1_backup();
    padded.resize(MAX_BACKUP_BYTES as usize, b' ');
    assert!(decode_backup(&padded).is_ok());
    // …and a 6 MB one is refused without being parsed.
    padded.resize(6 * 1024 * 1024, b' ');
    assert_eq!(
        decode_backup(&padded),
        Err(RestoreError::TooLarge {
            bytes: 6 * 1024 * 1024
        })
    );
    let message = RestoreError::TooLarge { bytes: 6 << 20 }.message(Language::Fr);
    assert!(message.contains("5\u{a0}Mo"), "{message}");
}

#[test]
fn one_byte_order_mark_is_tolerated_and_two_are_not() {
    let plain = v1_backup();
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(&plain);
    let diary = decode_backup(&plain).unwrap();
    assert_eq!(decode_backup(&with_bom), Ok(diary));
    let mut two = b"\xEF\xBB\xBF".to_vec();
    two.extend_from_slice(&with_bom);
    assert_eq!(decode_backup(&two), Err(RestoreError::NotJson));
    assert!(!encode_backup(&Diary::new()).starts_with('\u{feff}'));
}

#[test]
fn deep_nesting_is_refused_by_a_scan_without_recursion() {
    for depth in [MAX_NESTING + 1, 1_000, 100_000] {
        let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        assert_eq!(
            decode_backup(objects.as_bytes()),
            Err(RestoreError::TooDeeplyNested),
            "{depth}"
        );
    }
    for depth in [MAX_NESTING + 1, 10_000, 1_000_000] {
        let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(
            decode_backup(arrays.as_bytes()),
            Err(RestoreError::TooDeeplyNested),
            "{depth}"
        );
    }
    // At the limit the nesting itself is not the problem.
    let at_limit = format!("{}{}", "[".repeat(MAX_NESTING), "]".repeat(MAX_NESTING));
    assert_eq!(
        decode_backup(at_limit.as_bytes()),
        Err(RestoreError::NotOurBackup)
    );
    // Brackets inside strings do not count.
    let mut saved: Value = serde_json::from_slice(&v1_backup()).unwrap();
    saved["diary"]["entries"][0]["note"] = Value::from(format!("{}\\\"", "[".repeat(200)));
    let bytes = saved.to_string().into_bytes();
    assert!(decode_backup(&bytes).is_ok());
}

#[test]
fn files_of_a_newer_app_are_refused_whatever_the_current_schema() {
    let mut saved: Value = serde_json::from_slice(&v1_backup()).unwrap();
    saved["schema"] = Value::from(CURRENT_SCHEMA + 1);
    let error = decode_backup(saved.to_string().as_bytes()).unwrap_err();
    assert_eq!(
        error,
        RestoreError::NewerVersion {
            found: CURRENT_SCHEMA + 1,
            supported: CURRENT_SCHEMA
        }
    );
    assert!(error
        .message(Language::Fr)
        .contains("Mettez l’application à jour"));
    assert!(error.message(Language::En).contains("Update the app"));
    let written: Value = serde_json::from_str(&encode_backup(&Diary::new())).unwrap();
    assert_eq!(written["schema"], Value::from(CURRENT_SCHEMA));
}

#[test]
fn a_plain_message_for_a_file_that_is_not_a_backup() {
    let error = decode_backup(b"Bonjour").unwrap_err();
    assert!(error
        .message(Language::Fr)
        .starts_with("Ce fichier n’est pas une sauvegarde d’Écrans en famille."));
    assert!(error
        .message(Language::En)
        .starts_with("This file is not an Écrans en famille backup."));
    let duplicate = decode_backup(br#"{"schema":1,"schema":1}"#).unwrap_err();
    assert_eq!(
        duplicate,
        RestoreError::DuplicateKey {
            key: "schema".into()
        }
    );
}

#[test]
fn an_unknown_code_names_its_field_in_each_language() {
    let words = [
        (CodeField::Screen, "le type d’écran", "the screen"),
        (CodeField::Activity, "l’activité", "the activity"),
        (
            CodeField::Moment,
            "le moment de la journée",
            "the moment of the day",
        ),
        (CodeField::Colour, "la couleur", "the colour"),
        (CodeField::Step, "le «\u{202f}pas\u{202f}»", "the step"),
        (
            CodeField::Commitment,
            "le champ «\u{202f}commitment\u{202f}»",
            "the field “commitment”",
        ),
    ];
    for (field, fr, en) in words {
        let error = RestoreError::UnknownCode {
            field,
            found: "x".into(),
        };
        assert!(
            error
                .message(Language::Fr)
                .contains(&format!("(«\u{202f}x\u{202f}» pour {fr}). Si le fichier")),
            "{field}: {}",
            error.message(Language::Fr)
        );
        assert!(
            error
                .message(Language::En)
                .contains(&format!("(“x” for {en}). If the file")),
            "{field}: {}",
            error.message(Language::En)
        );
        assert_eq!(error.to_string(), format!("unknown {} \"x\"", field.name()));
    }
}

#[test]
fn an_entry_of_a_removed_child_is_legitimate() {
    let diary = decode_backup(&v1_backup()).unwrap();
    let orphans: Vec<&str> = diary.orphaned_entries().map(|e| e.id.as_str()).collect();
    assert_eq!(orphans, ["e-0004"]);
}

#[test]
fn replacing_gives_the_file_and_merging_gives_the_merge() {
    let phone = decode_backup(&v1_backup()).unwrap();
    let file = Diary::new();
    let replaced = apply_restore(&phone, &file, RestoreChoice::Replace, 1);
    assert!(replaced.children().is_empty());
    assert_eq!(replaced.entry_count(), 0);
    let merged_back = ecrans_core::diary::merge_diaries(&replaced, &phone);
    assert!(
        merged_back.children().is_empty() && merged_back.entry_count() == 0,
        "a later merge with the phone's old copy does not undo the replacement"
    );
    assert_eq!(apply_restore(&phone, &file, RestoreChoice::Merge, 1), phone);
}

/// What a parent sees of a diary: children and entries, without modification times.
fn visible_content(diary: &Diary) -> (Vec<(String, String)>, Vec<ecrans_core::diary::Entry>) {
    let children = diary
        .children()
        .into_iter()
        .map(|c| (c.id.as_str().to_string(), c.name.clone()))
        .collect();
    let entries = diary
        .entries()
        .map(|e| {
            let mut e = e.clone();
            e.modified_at = 0;
            e
        })
        .collect();
    (children, entries)
}

/// Small pools and few distinct times, so that copies share ids and tie often.
fn copy() -> impl Strategy<Value = Diary> {
    strategies::diary(strategies::Shape {
        child_ids: 3,
        entry_ids: 6,
        times: 0..=3,
    })
}

/// The file another phone would send: the diary out as a backup and back in.
fn through_a_file(diary: &Diary) -> Diary {
    decode_backup(encode_backup(diary).as_bytes()).unwrap()
}

/// `diary` as if created separately on another phone: every child and entry id renamed, names
/// and content unchanged.
fn twin(diary: &Diary) -> Diary {
    let text = encode_backup(diary)
        .replace("\"child-", "\"twin-")
        .replace("\"entry-", "\"twin-entry-");
    decode_backup(text.as_bytes()).unwrap()
}

/// The expected CSV text of a user field: an apostrophe before a formula's first character.
fn neutralised(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// Reads RFC 4180 CSV (CRLF records, double-quoted fields with doubled quotes).
fn parse_csv(text: &str, separator: char) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
        } else if c == '"' && field.is_empty() {
            quoted = true;
        } else if c == separator {
            row.push(std::mem::take(&mut field));
        } else if c == '\r' && chars.peek() == Some(&'\n') {
            chars.next();
            row.push(std::mem::take(&mut field));
            rows.push(std::mem::take(&mut row));
        } else {
            field.push(c);
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "unfinished row"
    );
    rows
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_backup_restores_the_same_diary(
        diary in strategies::diary(strategies::Shape { child_ids: 4, entry_ids: 12, times: 0..=i64::MAX })
    ) {
        let text = encode_backup(&diary);
        prop_assert_eq!(decode_backup(text.as_bytes()), Ok(diary.clone()));
        let replaced = apply_restore(&Diary::new(), &diary, RestoreChoice::Replace, 0);
        prop_assert_eq!(visible_content(&replaced), visible_content(&diary));
    }

    #[test]
    fn restoring_by_merging_through_files_is_commutative_associative_and_idempotent(
        a in copy(), b in copy(), c in copy()
    ) {
        let merge = |x: &Diary, y: &Diary| apply_restore(x, &through_a_file(y), RestoreChoice::Merge, 0);
        prop_assert_eq!(merge(&a, &b), merge_diaries(&a, &b));
        let entries = |d: &Diary| -> Vec<_> { d.entries().cloned().collect() };
        let deleted = |d: &Diary| -> Vec<_> {
            d.deleted_entries().map(|(id, at)| (id.clone(), at)).collect()
        };
        prop_assert_eq!(entries(&merge(&a, &b)), entries(&merge(&b, &a)));
        prop_assert_eq!(deleted(&merge(&a, &b)), deleted(&merge(&b, &a)));
        let left = merge(&merge(&a, &b), &c);
        let right = merge(&a, &merge(&b, &c));
        prop_assert_eq!(entries(&left), entries(&right));
        prop_assert_eq!(deleted(&left), deleted(&right));
        let once = merge(&a, &b);
        prop_assert_eq!(merge(&once, &b), once.clone());
        prop_assert_eq!(merge(&once, &once), once);
    }

    #[test]
    fn the_preview_agrees_with_the_merge(a in copy(), b in copy()) {
        let preview = preview_restore(&a, &b);
        let merged = merge_diaries(&a, &b);
        prop_assert_eq!(preview.entry_count, b.entry_count());
        prop_assert_eq!(preview.children.len(), b.children().len());
        let dates: Vec<_> = b.entries().map(|e| e.date).collect();
        prop_assert_eq!(
            preview.dates.map(|span| (span.first, span.last)),
            dates.first().copied().zip(dates.last().copied())
        );
        for file_child in &preview.children {
            let counted = b.entries().filter(|e| e.covers(&file_child.child.id)).count();
            prop_assert_eq!(file_child.entry_count, counted);
        }
        let new_entries = b.entries().filter(|e| a.entry(&e.id).is_none()
            && !a.deleted_entries().any(|(id, _)| *id == e.id));
        let mut new_count = 0;
        for entry in new_entries {
            new_count += 1;
            prop_assert_eq!(merged.entry(&entry.id), Some(entry), "a new entry is kept");
        }
        prop_assert_eq!(preview.new_entry_count, new_count);
        for conflict in &preview.entry_conflicts {
            let kept = match conflict.kept {
                MergeSide::First => &conflict.phone,
                MergeSide::Second => &conflict.file,
            };
            prop_assert_ne!(&conflict.phone, &conflict.file);
            match kept {
                RecordVersion::Present(entry) => prop_assert_eq!(merged.entry(&conflict.id), Some(entry)),
                RecordVersion::Deleted { deleted_at } => prop_assert!(merged
                    .deleted_entries()
                    .any(|(id, at)| *id == conflict.id && at == *deleted_at)),
            }
            prop_assert!(kept.changed_at() >= conflict.phone.changed_at().min(conflict.file.changed_at()));
        }
        prop_assert_eq!(
            preview.entry_conflicts.len() + preview.child_conflicts.len(),
            preview.merge.conflicts.len()
        );
        // Restoring the same file a second time has nothing more to bring.
        let again = preview_restore(&merged, &b);
        prop_assert_eq!(again.merge.entries_added + again.merge.entries_changed, 0);
        prop_assert!(again.entry_conflicts.iter().all(|c| c.kept == MergeSide::First));
    }

    #[test]
    fn children_matched_by_name_converge_across_phones(a in copy()) {
        let b = twin(&a);
        let mut matched = BTreeSet::new();
        let matches: Vec<ChildMatch> = possible_same_children(&a, &b)
            .iter()
            .filter(|pair| matched.insert(pair.file.id.clone()))
            .map(|pair| pair.to_match())
            .collect();
        prop_assert_eq!(matches.len(), a.children().len(), "every twin is offered");
        let merged = merge_with_child_matches(&a, &b, &matches, 1_000).unwrap();
        for child in &matches {
            prop_assert!(merged.child(&child.file_child).is_none());
            prop_assert_eq!(merged.entry_count_of(&child.file_child), 0);
        }
        prop_assert_eq!(merged.entry_count(), a.entry_count() + b.entry_count(), "nothing lost");
        prop_assert_eq!(merged.children().len(), a.children().len());
        // The other phone merging the result ends with the same diary, and so does this phone
        // receiving the other's file again.
        prop_assert_eq!(merge_diaries(&b, &merged), merged.clone());
        prop_assert_eq!(merge_diaries(&merged, &b), merged);
    }

    #[test]
    fn the_export_has_one_row_per_entry_and_present_child(
        diary in strategies::diary(strategies::Shape { child_ids: 4, entry_ids: 12, times: 0..=5 }),
        french in any::<bool>()
    ) {
        let language = if french { Language::Fr } else { Language::En };
        let csv = export_entries_csv(&diary, language);
        prop_assert!(csv.starts_with(BOM));
        let rows = parse_csv(&csv[BOM.len_utf8()..], csv_separator(language));
        prop_assert_eq!(rows[0].len(), 10);
        let mut expected = Vec::new();
        for entry in diary.entries() {
            for child in entry.children.iter().filter_map(|id| diary.child(id)) {
                expected.push(vec![
                    entry.date.to_string(),
                    neutralised(&child.name),
                    entry.minutes.to_string(),
                    entry.screen.label(language).to_owned(),
                    entry.activity.label(language).to_owned(),
                    entry.moment.label(language).to_owned(),
                    entry.start.map(|t| t.format("%H:%M").to_string()).unwrap_or_default(),
                ]);
            }
        }
        let found: Vec<Vec<String>> = rows[1..].iter().map(|row| row[..7].to_vec()).collect();
        prop_assert_eq!(found, expected);
        let notes: Vec<String> = diary.entries()
            .flat_map(|e| e.children.iter().filter(|id| diary.child(id).is_some()).map(|_| neutralised(&e.note)))
            .collect();
        let found_notes: Vec<String> = rows[1..].iter().map(|row| row[9].clone()).collect();
        prop_assert_eq!(found_notes, notes);
    }
}

/// Bytes changed in place, inserted or removed at random positions.
fn mutations() -> impl Strategy<Value = Vec<(Index, u8, u8)>> {
    proptest::collection::vec((any::<Index>(), any::<u8>(), 0u8..4), 1..12)
}

fn mutate(mut bytes: Vec<u8>, changes: &[(Index, u8, u8)]) -> Vec<u8> {
    for (index, byte, operation) in changes {
        if bytes.is_empty() {
            bytes.push(*byte);
            continue;
        }
        let at = index.index(bytes.len());
        match operation {
            0 => bytes[at] = *byte,
            1 => bytes.insert(at, *byte),
            2 => {
                bytes.remove(at);
            }
            _ => bytes.truncate(at),
        }
    }
    bytes
}

/// What any successful decode must satisfy: the diary survives its own backup.
fn check_decoded(bytes: &[u8]) -> Result<(), TestCaseError> {
    match decode_backup(bytes) {
        Ok(diary) => {
            prop_assert_eq!(decode_backup(encode_backup(&diary).as_bytes()), Ok(diary));
        }
        Err(error) => {
            for language in Language::ALL {
                prop_assert!(!error.message(language).is_empty());
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        check_decoded(&bytes)?;
    }

    #[test]
    fn random_json_like_text_never_panics(text in "[\\[\\]{}\":,0-9a-z\\-\\.eE\\\\ ]{0,300}") {
        check_decoded(text.as_bytes())?;
    }

    #[test]
    fn mutated_backups_never_panic(
        diary in strategies::diary(strategies::Shape { child_ids: 3, entry_ids: 4, times: 0..=9 }),
        changes in mutations()
    ) {
        check_decoded(&mutate(encode_backup(&diary).into_bytes(), &changes))?;
    }

    #[test]
    fn mutated_fixtures_never_panic(changes in mutations()) {
        check_decoded(&mutate(v1_backup(), &changes))?;
    }
}
