//! Reading a backup file, completely, before anything on the phone changes; then applying the
//! parent's choice, « Fusionner » or « Remplacer ».
//!
//! The file's bytes go through these checks, in order, and the first that fails names the error:
//! 1. the size, against [`MAX_BACKUP_BYTES`] (the app checks `File.size` before reading, and
//!    [`decode_backup`] checks again);
//! 2. a protected file (age, see `protected_file.rs`) is [`RestoreError::Protected`]: the app
//!    asks for its passphrase and calls [`super::open_protected_backup`] instead;
//! 3. one UTF-8 byte-order mark at the start is skipped (see below), then a file of blank space is
//!    [`RestoreError::Empty`];
//! 4. the bytes must be UTF-8 ([`RestoreError::NotText`] for a photo, a PDF, UTF-16…);
//! 5. the app's own CSV export is recognised by its header ([`RestoreError::SpreadsheetExport`]);
//! 6. nesting deeper than [`MAX_NESTING`] is refused by a scan of the bytes that uses no
//!    recursion, so 10,000 nested arrays cannot overflow the stack (serde_json's own limit of 128
//!    levels stays as a second guard);
//! 7. the whole text must be one JSON value ([`RestoreError::Truncated`] when it stops short,
//!    [`RestoreError::NotJson`] otherwise), with no key repeated in any object
//!    ([`RestoreError::DuplicateKey`]: `{"schema":1,"schema":9}` means different things to
//!    different parsers, and the app never writes it);
//! 8. the stored format's decoder, [`decode_saved_diary`], then checks the envelope, the schema
//!    (migrating an older one, refusing a newer one) and every rule of the diary.
//!
//! **Byte-order mark: tolerated.** RFC 8259 lets a parser ignore one; a text editor or a file
//! tool may add it without changing anything else, and everything after it is checked in full,
//! so refusing it would only turn a good backup away. Only one is skipped: a second one is not
//! JSON.
//!
//! **HTML in names and notes: accepted as text.** A child called `<b>Léo</b>` is a name a parent
//! could type; the diary keeps it verbatim and the app always shows it as text. Refusing it would
//! make a backup of such a diary impossible to restore.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::error::Category;

use crate::diary::{merge_diaries, Diary};
use crate::language::Language;
use crate::saved_diary::{decode_saved_diary, encode_saved_diary};

use super::csv_export::csv_header;
use super::protected_file::is_protected;
use super::RestoreError;

/// The largest backup file read, in bytes (5 MiB): room for about 23,000 entries, years of daily
/// use for a family. Anything larger is refused before being read.
pub const MAX_BACKUP_BYTES: u64 = 5 * 1024 * 1024;

/// The deepest nesting of arrays and objects accepted. A backup nests five levels (envelope,
/// diary, entries, entry, children); the margin leaves room for later schemas.
pub const MAX_NESTING: usize = 32;

/// The UTF-8 byte-order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// What the parent chose to do with a valid backup file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RestoreChoice {
    /// « Fusionner »: keep both, record by record the most recently modified version wins.
    Merge,
    /// « Remplacer »: the file's diary replaces the phone's (the app offers a backup first).
    Replace,
}

/// Refuses a file larger than [`MAX_BACKUP_BYTES`]; the app calls it with `File.size` before
/// reading the file.
pub fn check_backup_size(bytes: u64) -> Result<(), RestoreError> {
    if bytes > MAX_BACKUP_BYTES {
        Err(RestoreError::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// Writes the backup file's content: the stored format's versioned envelope, as UTF-8 text
/// without a byte-order mark.
///
/// A diary whose backup is larger than [`MAX_BACKUP_BYTES`] (about 23,000 entries with UUID ids)
/// could not be restored: the app passes the text's length to [`check_backup_size`] and warns
/// the parent rather than write a file that will be refused.
pub fn encode_backup(diary: &Diary) -> String {
    encode_saved_diary(diary)
}

/// Reads a backup file's bytes into a valid diary, or says why it cannot (see the module's list
/// of checks). It never panics, whatever the bytes.
pub fn decode_backup(bytes: &[u8]) -> Result<Diary, RestoreError> {
    check_backup_size(u64::try_from(bytes.len()).unwrap_or(u64::MAX))?;
    if is_protected(bytes) {
        return Err(RestoreError::Protected);
    }
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(RestoreError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| RestoreError::NotText)?;
    if is_spreadsheet_export(text) {
        return Err(RestoreError::SpreadsheetExport);
    }
    if nests_deeper_than(text.as_bytes(), MAX_NESTING) {
        return Err(RestoreError::TooDeeplyNested);
    }
    if let Some(key) = first_repeated_key(text)? {
        return Err(RestoreError::DuplicateKey { key });
    }
    Ok(decode_saved_diary(text)?)
}

/// The diary the phone keeps after the parent's choice: the merge of both, or the file's diary
/// in place of the phone's.
///
/// « Remplacer » is a new change, not a swap: every record of the file is written again and
/// every record only on the phone is removed, all stamped `now` (or just after the newest time
/// in either diary, if a clock ran ahead). Otherwise the next merge with another tab, or with
/// the other parent's phone, would bring the replaced records back.
pub fn apply_restore(phone: &Diary, file: &Diary, choice: RestoreChoice, now: i64) -> Diary {
    match choice {
        RestoreChoice::Merge => merge_diaries(phone, file),
        RestoreChoice::Replace => {
            let stamp = now.max(newest_change(phone).max(newest_change(file)) + 1);
            phone.reverted_to(file, stamp)
        }
    }
}

/// The most recent modification time anywhere in a diary (records and tombstones).
fn newest_change(diary: &Diary) -> i64 {
    let children = diary.children().into_iter().map(|c| c.modified_at);
    let entries = diary.entries().map(|e| e.modified_at);
    let deleted_children = diary.deleted_children().map(|(_, at)| at);
    let deleted_entries = diary.deleted_entries().map(|(_, at)| at);
    children
        .chain(entries)
        .chain(deleted_children)
        .chain(deleted_entries)
        .chain(std::iter::once(diary.plan().modified_at))
        .max()
        .unwrap_or(i64::MIN + 1)
}

/// Whether the text starts with the header row of the CSV export, in either language.
fn is_spreadsheet_export(text: &str) -> bool {
    Language::ALL
        .into_iter()
        .any(|language| text.starts_with(&csv_header(language)))
}

/// Whether arrays and objects nest deeper than `max` anywhere in the text, brackets inside
/// strings aside. A loop over the bytes with a counter: no recursion, whatever the depth.
pub(crate) fn nests_deeper_than(text: &[u8], max: usize) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &byte in text {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// Parses the whole text as one JSON value, keeping nothing but the first key repeated within an
/// object (keys compared once unescaped, so `"a"` and `"\u0061"` are the same).
pub(crate) fn first_repeated_key(text: &str) -> Result<Option<String>, RestoreError> {
    serde_json::from_str::<RepeatedKey>(text)
        .map(|found| found.0)
        .map_err(|error| match error.classify() {
            Category::Eof => RestoreError::Truncated,
            Category::Io | Category::Syntax | Category::Data => RestoreError::NotJson,
        })
}

/// The first key found twice in one object of a JSON value, if any.
struct RepeatedKey(Option<String>);

impl<'de> de::Deserialize<'de> for RepeatedKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RepeatedKey, D::Error> {
        deserializer.deserialize_any(RepeatedKeyVisitor)
    }
}

struct RepeatedKeyVisitor;

impl<'de> Visitor<'de> for RepeatedKeyVisitor {
    type Value = RepeatedKey;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RepeatedKey, A::Error> {
        let mut keys = std::collections::HashSet::new();
        let mut found = None;
        while let Some(key) = map.next_key::<String>()? {
            let inner = map.next_value::<RepeatedKey>()?;
            if keys.contains(&key) {
                found.get_or_insert(key);
            } else {
                if let Some(inner_key) = inner.0 {
                    found.get_or_insert(inner_key);
                }
                keys.insert(key);
            }
        }
        Ok(RepeatedKey(found))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RepeatedKey, A::Error> {
        let mut found = None;
        while let Some(inner) = seq.next_element::<RepeatedKey>()? {
            if found.is_none() {
                found = inner.0;
            }
        }
        Ok(RepeatedKey(found))
    }

    fn visit_bool<E>(self, _: bool) -> Result<RepeatedKey, E> {
        Ok(RepeatedKey(None))
    }

    fn visit_i64<E>(self, _: i64) -> Result<RepeatedKey, E> {
        Ok(RepeatedKey(None))
    }

    fn visit_u64<E>(self, _: u64) -> Result<RepeatedKey, E> {
        Ok(RepeatedKey(None))
    }

    fn visit_f64<E>(self, _: f64) -> Result<RepeatedKey, E> {
        Ok(RepeatedKey(None))
    }

    fn visit_str<E>(self, _: &str) -> Result<RepeatedKey, E> {
        Ok(RepeatedKey(None))
    }

    fn visit_unit<E>(self) -> Result<RepeatedKey, E> {
        Ok(RepeatedKey(None))
    }
}
