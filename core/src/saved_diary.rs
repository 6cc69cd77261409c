//! The diary's stored format: one versioned JSON envelope, written and read here only, so that a
//! diary saved by any version of the app is never lost.
//!
//! ```json
//! {"app":"ecrans-en-famille","schema":2,"diary":{"children":[…],"entries":[…],
//!  "deleted_children":[…],"deleted_entries":[…],"plan":{…},
//!  "commitments":{"items":[{"kind":"step","step":"meal"},
//!   {"kind":"daily_limit","child":"…","minutes":60},{"kind":"text","text":"…"}],"modified_at":…}}}
//! ```
//!
//! Schema 2 added `commitments` (« Mes engagements »); a schema 1 diary is read with none.
//!
//! Enums are written as their short stable codes, never their labels; optional fields (badge,
//! daily limit, start time, note, and `false` flags) are left out when empty. Older schemas are
//! brought up to date by the pure functions of `saved_diary/migrations.rs`; a newer schema is refused, never
//! guessed at. Decoding checks every rule, so a decoded diary is always valid. The app must not
//! overwrite a stored value that fails to decode.

mod migrations;
mod save_plan;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::fmt;

use chrono::{NaiveDate, NaiveTime, Timelike};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::Value;

use crate::commitments::{Commitment, CommitmentError, Commitments};
use crate::diary::{
    Activity, BirthMonth, Child, ChildBadge, ChildId, Colour, Diary, DiaryError, Entry, EntryId,
    FamilyPlan, Moment, Screen, DAY_MINUTES,
};
use crate::four_steps::{Step, StepSet};

pub use save_plan::{plan_save, SavePlan};

/// The `app` value that marks an envelope as ours.
pub const APP_NAME: &str = "ecrans-en-famille";
/// The schema this version writes, and the newest it reads.
pub const CURRENT_SCHEMA: u32 = 2;

/// Why a stored text could not be read as a diary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The text is not JSON (cut short, or another kind of file).
    NotJson {
        /// The parser's message.
        detail: String,
    },
    /// The text is JSON but not a diary saved by this app (not an object, no `app` of ours, no
    /// whole-number `schema` from 1, or no `diary`).
    NotOurEnvelope,
    /// The diary was saved by a newer version of the app, which this version cannot read.
    NewerVersion {
        /// The schema found.
        found: u32,
        /// The newest schema this version reads.
        supported: u32,
    },
    /// The envelope is ours but the diary inside is not valid; what is wrong is named.
    InvalidContent(ContentProblem),
}

/// What is wrong inside a stored diary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentProblem {
    /// A field is missing or has the wrong type.
    Malformed {
        /// The parser's message.
        detail: String,
    },
    /// Two children have the same id.
    DuplicateChildId {
        /// The id.
        child: ChildId,
    },
    /// Two entries have the same id.
    DuplicateEntryId {
        /// The id.
        entry: EntryId,
    },
    /// A child is both present and deleted.
    ChildPresentAndDeleted {
        /// The id.
        child: ChildId,
    },
    /// An entry is both present and deleted.
    EntryPresentAndDeleted {
        /// The id.
        entry: EntryId,
    },
    /// A code this version does not know, such as an unknown screen.
    UnknownCode {
        /// The field the code was found in.
        field: CodeField,
        /// The code found.
        found: String,
    },
    /// A date that is not `YYYY-MM-DD` or does not exist.
    NotADate {
        /// The text found.
        found: String,
    },
    /// A start time that is not `HH:MM`.
    NotATime {
        /// The text found.
        found: String,
    },
    /// A birth month that is not `YYYY-MM`.
    NotABirthMonth {
        /// The text found.
        found: String,
    },
    /// A record breaks one of the diary's rules (negative minutes, a date out of range, an entry
    /// for a child never seen…).
    Record(DiaryError),
    /// The commitments break one of their rules (more than three, a text too long…).
    Commitment(CommitmentError),
}

/// A field of the stored diary written as a short code: where [`ContentProblem::UnknownCode`]
/// found a code this version does not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeField {
    /// An entry's screen.
    Screen,
    /// An entry's activity.
    Activity,
    /// An entry's moment of the day.
    Moment,
    /// A child's colour badge.
    Colour,
    /// One of the four « pas », in the plan or in a commitment.
    Step,
    /// The kind of a commitment.
    Commitment,
}

impl CodeField {
    /// The field's name in the stored format, as developers read it.
    pub fn name(self) -> &'static str {
        match self {
            CodeField::Screen => "screen",
            CodeField::Activity => "activity",
            CodeField::Moment => "moment",
            CodeField::Colour => "colour",
            CodeField::Step => "step",
            CodeField::Commitment => "commitment",
        }
    }
}

impl fmt::Display for CodeField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson { detail } => write!(f, "not JSON: {detail}"),
            DecodeError::NotOurEnvelope => write!(f, "not a diary saved by {APP_NAME}"),
            DecodeError::NewerVersion { found, supported } => {
                write!(
                    f,
                    "saved with schema {found}, newer than the supported {supported}"
                )
            }
            DecodeError::InvalidContent(problem) => write!(f, "invalid diary: {problem}"),
        }
    }
}

impl fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentProblem::Malformed { detail } => write!(f, "malformed: {detail}"),
            ContentProblem::DuplicateChildId { child } => {
                write!(f, "child id {child} appears twice")
            }
            ContentProblem::DuplicateEntryId { entry } => {
                write!(f, "entry id {entry} appears twice")
            }
            ContentProblem::ChildPresentAndDeleted { child } => {
                write!(f, "child {child} is both present and deleted")
            }
            ContentProblem::EntryPresentAndDeleted { entry } => {
                write!(f, "entry {entry} is both present and deleted")
            }
            ContentProblem::UnknownCode { field, found } => write!(f, "unknown {field} {found:?}"),
            ContentProblem::NotADate { found } => write!(f, "{found:?} is not a date"),
            ContentProblem::NotATime { found } => write!(f, "{found:?} is not a time"),
            ContentProblem::NotABirthMonth { found } => write!(f, "{found:?} is not a month"),
            ContentProblem::Record(error) => error.fmt(f),
            ContentProblem::Commitment(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for DecodeError {}

impl From<ContentProblem> for DecodeError {
    fn from(problem: ContentProblem) -> DecodeError {
        DecodeError::InvalidContent(problem)
    }
}

/// Writes the diary in the current schema (compact JSON, records in a stable order).
pub fn encode_saved_diary(diary: &Diary) -> String {
    let saved = SavedEnvelope {
        app: APP_NAME,
        schema: CURRENT_SCHEMA,
        diary: saved_diary_of(diary),
    };
    serde_json::to_string(&saved).expect("a diary always serializes")
}

/// Reads a stored diary of any schema up to [`CURRENT_SCHEMA`], checking every rule.
///
/// The current schema is read straight into typed records (no intermediate JSON tree); older
/// ones go through the migrations as JSON values first.
pub fn decode_saved_diary(text: &str) -> Result<Diary, DecodeError> {
    let not_json = |error: serde_json::Error| DecodeError::NotJson {
        detail: error.to_string(),
    };
    let malformed = |error: serde_json::Error| ContentProblem::Malformed {
        detail: error.to_string(),
    };
    if !text.trim_start().starts_with('{') {
        // Only an object can be our envelope: tell other JSON apart from no JSON at all.
        return Err(serde_json::from_str::<IgnoredAny>(text)
            .map_or_else(not_json, |_| DecodeError::NotOurEnvelope));
    }
    let header: SavedHeader =
        serde_json::from_str(text).map_err(|error| match error.classify() {
            Category::Data => DecodeError::NotOurEnvelope,
            Category::Io | Category::Syntax | Category::Eof => not_json(error),
        })?;
    if header.app.as_deref() != Some(APP_NAME) || !header.diary.is_some_and(|diary| diary.0) {
        return Err(DecodeError::NotOurEnvelope);
    }
    let schema = header
        .schema
        .as_ref()
        .and_then(serde_json::Number::as_u64)
        .filter(|schema| *schema >= 1);
    let schema = schema.ok_or(DecodeError::NotOurEnvelope)?;
    if schema > u64::from(CURRENT_SCHEMA) {
        let found = u32::try_from(schema).unwrap_or(u32::MAX);
        return Err(DecodeError::NewerVersion {
            found,
            supported: CURRENT_SCHEMA,
        });
    }
    if schema == u64::from(CURRENT_SCHEMA) {
        let body: SavedBody<SavedDiary> = serde_json::from_str(text).map_err(malformed)?;
        return Ok(diary_of(body.diary)?);
    }
    let body: SavedBody<Value> = serde_json::from_str(text).map_err(malformed)?;
    let current = migrations::upgrade_to_current(schema as u32, body.diary)?.to_string();
    let saved: SavedDiary = serde_json::from_str(&current).map_err(malformed)?;
    Ok(diary_of(saved)?)
}

/// The envelope's outer fields, read without building the diary.
#[derive(Deserialize)]
struct SavedHeader {
    #[serde(default)]
    app: Option<String>,
    #[serde(default)]
    schema: Option<serde_json::Number>,
    #[serde(default)]
    diary: Option<IsObject>,
}

/// Whether a JSON value is an object, found without keeping the value.
struct IsObject(bool);

impl<'de> Deserialize<'de> for IsObject {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<IsObject, D::Error> {
        deserializer.deserialize_any(IsObjectVisitor)
    }
}

struct IsObjectVisitor;

impl<'de> serde::de::Visitor<'de> for IsObjectVisitor {
    type Value = IsObject;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<IsObject, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(IsObject(true))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<IsObject, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(IsObject(false))
    }

    fn visit_bool<E>(self, _: bool) -> Result<IsObject, E> {
        Ok(IsObject(false))
    }

    fn visit_i64<E>(self, _: i64) -> Result<IsObject, E> {
        Ok(IsObject(false))
    }

    fn visit_u64<E>(self, _: u64) -> Result<IsObject, E> {
        Ok(IsObject(false))
    }

    fn visit_f64<E>(self, _: f64) -> Result<IsObject, E> {
        Ok(IsObject(false))
    }

    fn visit_str<E>(self, _: &str) -> Result<IsObject, E> {
        Ok(IsObject(false))
    }

    fn visit_unit<E>(self) -> Result<IsObject, E> {
        Ok(IsObject(false))
    }
}

/// The envelope's `diary`, once the header is known to be ours.
#[derive(Deserialize)]
struct SavedBody<D> {
    diary: D,
}

#[derive(Serialize)]
struct SavedEnvelope<'a> {
    app: &'static str,
    schema: u32,
    diary: SavedDiary<'a>,
}

/// Schema 2's `diary` object. Text borrows from the JSON (or the diary) where it can.
#[derive(Serialize, Deserialize)]
struct SavedDiary<'a> {
    #[serde(default, borrow)]
    children: Vec<SavedChild<'a>>,
    #[serde(default, borrow)]
    entries: Vec<SavedEntry<'a>>,
    #[serde(default, borrow)]
    deleted_children: Vec<SavedDeletion<'a>>,
    #[serde(default, borrow)]
    deleted_entries: Vec<SavedDeletion<'a>>,
    #[serde(default, borrow)]
    plan: SavedPlan<'a>,
    #[serde(default, borrow)]
    commitments: SavedCommitments<'a>,
}

#[derive(Serialize, Deserialize)]
struct SavedChild<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    badge: Option<SavedBadge<'a>>,
    #[serde(borrow)]
    birth: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    daily_limit: Option<i64>,
    modified_at: i64,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum SavedBadge<'a> {
    Emoji(#[serde(borrow)] Cow<'a, str>),
    Colour(#[serde(borrow)] Cow<'a, str>),
}

#[derive(Serialize, Deserialize)]
struct SavedEntry<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    children: Vec<Cow<'a, str>>,
    #[serde(borrow)]
    date: Cow<'a, str>,
    #[serde(borrow)]
    moment: Cow<'a, str>,
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    start: Option<Cow<'a, str>>,
    minutes: i64,
    #[serde(borrow)]
    screen: Cow<'a, str>,
    #[serde(borrow)]
    activity: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "is_false")]
    with_adult: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    in_bedroom: bool,
    #[serde(default, borrow, skip_serializing_if = "str::is_empty")]
    note: Cow<'a, str>,
    modified_at: i64,
}

#[derive(Serialize, Deserialize)]
struct SavedDeletion<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    deleted_at: i64,
}

#[derive(Default, Serialize, Deserialize)]
struct SavedPlan<'a> {
    #[serde(default, borrow)]
    steps: Vec<Cow<'a, str>>,
    #[serde(default)]
    modified_at: i64,
}

#[derive(Default, Serialize, Deserialize)]
struct SavedCommitments<'a> {
    #[serde(default, borrow)]
    items: Vec<SavedCommitment<'a>>,
    #[serde(default)]
    modified_at: i64,
}

/// One commitment: `kind` says which of the other fields it has.
#[derive(Serialize, Deserialize)]
struct SavedCommitment<'a> {
    #[serde(borrow)]
    kind: Cow<'a, str>,
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    step: Option<Cow<'a, str>>,
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    child: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    minutes: Option<i64>,
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    text: Option<Cow<'a, str>>,
}

const STEP_KIND: &str = "step";
const DAILY_LIMIT_KIND: &str = "daily_limit";
const TEXT_KIND: &str = "text";

fn saved_commitment_of(commitment: &Commitment) -> SavedCommitment<'_> {
    let empty = |kind: &'static str| SavedCommitment {
        kind: Cow::Borrowed(kind),
        step: None,
        child: None,
        minutes: None,
        text: None,
    };
    match commitment {
        Commitment::Step(step) => SavedCommitment {
            step: Some(Cow::Borrowed(step.code())),
            ..empty(STEP_KIND)
        },
        Commitment::DailyLimit { child, minutes } => SavedCommitment {
            child: Some(Cow::Borrowed(child.as_str())),
            minutes: Some(i64::from(*minutes)),
            ..empty(DAILY_LIMIT_KIND)
        },
        Commitment::Text(text) => SavedCommitment {
            text: Some(Cow::Borrowed(text)),
            ..empty(TEXT_KIND)
        },
    }
}

fn commitment_of(saved: SavedCommitment<'_>) -> Result<Commitment, ContentProblem> {
    let missing = |field: &str| ContentProblem::Malformed {
        detail: format!("a commitment of kind {:?} has no {field}", saved.kind),
    };
    match saved.kind.as_ref() {
        STEP_KIND => {
            let code = saved.step.as_deref().ok_or_else(|| missing("step"))?;
            Ok(Commitment::Step(code_of(
                Step::from_code,
                CodeField::Step,
                code,
            )?))
        }
        DAILY_LIMIT_KIND => {
            let child = saved.child.as_deref().ok_or_else(|| missing("child"))?;
            let minutes = saved.minutes.ok_or_else(|| missing("minutes"))?;
            let minutes = u16::try_from(minutes)
                .ok()
                .filter(|minutes| *minutes <= DAY_MINUTES)
                .ok_or(ContentProblem::Commitment(
                    CommitmentError::LimitOutOfRange { minutes },
                ))?;
            Ok(Commitment::DailyLimit {
                child: ChildId::new(child.to_owned()),
                minutes,
            })
        }
        TEXT_KIND => {
            let text = saved.text.as_deref().ok_or_else(|| missing("text"))?;
            Ok(Commitment::Text(text.to_owned()))
        }
        other => Err(ContentProblem::UnknownCode {
            field: CodeField::Commitment,
            found: other.to_owned(),
        }),
    }
}

fn is_false(flag: &bool) -> bool {
    !flag
}

fn saved_diary_of(diary: &Diary) -> SavedDiary<'_> {
    let text = |text: &'static str| Cow::Borrowed(text);
    let children = diary
        .children()
        .into_iter()
        .map(|child| SavedChild {
            id: Cow::Borrowed(child.id.as_str()),
            name: Cow::Borrowed(&child.name),
            badge: child.badge.as_ref().map(|badge| match badge {
                ChildBadge::Emoji(emoji) => SavedBadge::Emoji(Cow::Borrowed(emoji)),
                ChildBadge::Colour(colour) => SavedBadge::Colour(text(colour.code())),
            }),
            birth: Cow::Owned(child.birth.code()),
            daily_limit: child.daily_limit.map(i64::from),
            modified_at: child.modified_at,
        })
        .collect();
    let entries = diary
        .entries()
        .map(|entry| SavedEntry {
            id: Cow::Borrowed(entry.id.as_str()),
            children: entry
                .children
                .iter()
                .map(|child| Cow::Borrowed(child.as_str()))
                .collect(),
            date: Cow::Owned(entry.date.to_string()),
            moment: text(entry.moment.code()),
            start: entry
                .start
                .map(|time| Cow::Owned(format!("{:02}:{:02}", time.hour(), time.minute()))),
            minutes: entry.minutes.into(),
            screen: text(entry.screen.code()),
            activity: text(entry.activity.code()),
            with_adult: entry.with_adult,
            in_bedroom: entry.in_bedroom,
            note: Cow::Borrowed(&entry.note),
            modified_at: entry.modified_at,
        })
        .collect();
    let plan = diary.plan();
    SavedDiary {
        children,
        entries,
        deleted_children: diary
            .deleted_children()
            .map(|(id, at)| deletion_of(id.as_str(), at))
            .collect(),
        deleted_entries: diary
            .deleted_entries()
            .map(|(id, at)| deletion_of(id.as_str(), at))
            .collect(),
        plan: SavedPlan {
            steps: plan
                .committed_steps
                .iter()
                .map(|step| text(step.code()))
                .collect(),
            modified_at: plan.modified_at,
        },
        commitments: SavedCommitments {
            items: diary
                .commitments()
                .items()
                .iter()
                .map(saved_commitment_of)
                .collect(),
            modified_at: diary.commitments().modified_at(),
        },
    }
}

fn deletion_of(id: &str, deleted_at: i64) -> SavedDeletion<'_> {
    SavedDeletion {
        id: Cow::Borrowed(id),
        deleted_at,
    }
}

fn diary_of(saved: SavedDiary<'_>) -> Result<Diary, ContentProblem> {
    let mut children = BTreeMap::new();
    for child in saved.children {
        let child = child_of(child)?;
        if children.contains_key(&child.id) {
            return Err(ContentProblem::DuplicateChildId { child: child.id });
        }
        children.insert(child.id.clone(), child);
    }
    let mut deleted_children = BTreeMap::new();
    for SavedDeletion { id, deleted_at } in saved.deleted_children {
        let id = ChildId::new(id.into_owned());
        if children.contains_key(&id) {
            return Err(ContentProblem::ChildPresentAndDeleted { child: id });
        }
        if deleted_children.insert(id.clone(), deleted_at).is_some() {
            return Err(ContentProblem::DuplicateChildId { child: id });
        }
    }
    let mut entry_ids = HashSet::with_capacity(saved.entries.len());
    let mut entries = Vec::with_capacity(saved.entries.len());
    for entry in saved.entries {
        let entry = entry_of(entry)?;
        if !entry_ids.insert(entry.id.clone()) {
            return Err(ContentProblem::DuplicateEntryId { entry: entry.id });
        }
        entries.push(entry);
    }
    let mut deleted_entries = BTreeMap::new();
    for SavedDeletion { id, deleted_at } in saved.deleted_entries {
        let id = EntryId::new(id.into_owned());
        if entry_ids.contains(&id) {
            return Err(ContentProblem::EntryPresentAndDeleted { entry: id });
        }
        if deleted_entries.insert(id.clone(), deleted_at).is_some() {
            return Err(ContentProblem::DuplicateEntryId { entry: id });
        }
    }
    let steps = saved
        .plan
        .steps
        .iter()
        .map(|code| code_of(Step::from_code, CodeField::Step, code));
    let plan = FamilyPlan {
        committed_steps: steps.collect::<Result<StepSet, _>>()?,
        modified_at: saved.plan.modified_at,
    };
    let items = saved.commitments.items.into_iter().map(commitment_of);
    let commitments = Commitments::new(
        items.collect::<Result<Vec<_>, _>>()?,
        saved.commitments.modified_at,
    )
    .map_err(ContentProblem::Commitment)?;
    let mut diary = Diary::from_records(children, deleted_children, entries, deleted_entries, plan)
        .map_err(ContentProblem::Record)?;
    diary
        .restore_commitments(commitments)
        .map_err(ContentProblem::Record)?;
    Ok(diary)
}

fn code_of<T>(
    read: fn(&str) -> Option<T>,
    field: CodeField,
    code: &str,
) -> Result<T, ContentProblem> {
    read(code).ok_or_else(|| ContentProblem::UnknownCode {
        field,
        found: code.to_owned(),
    })
}

/// Reads exactly `YYYY-MM-DD`.
fn date_of(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| digits_of(&bytes[range]);
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

/// Reads exactly `HH:MM`.
fn time_of(text: &str) -> Option<NaiveTime> {
    let bytes = text.as_bytes();
    if bytes.len() != 5 || bytes[2] != b':' {
        return None;
    }
    NaiveTime::from_hms_opt(digits_of(&bytes[0..2])?, digits_of(&bytes[3..5])?, 0)
}

fn digits_of(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |value, byte| {
        byte.is_ascii_digit()
            .then(|| value * 10 + u32::from(byte - b'0'))
    })
}

fn child_of(saved: SavedChild<'_>) -> Result<Child, ContentProblem> {
    let id = ChildId::new(saved.id.into_owned());
    let badge = match saved.badge {
        None => None,
        Some(SavedBadge::Emoji(emoji)) => Some(ChildBadge::Emoji(emoji.into_owned())),
        Some(SavedBadge::Colour(code)) => Some(ChildBadge::Colour(code_of(
            Colour::from_code,
            CodeField::Colour,
            &code,
        )?)),
    };
    let birth = BirthMonth::parse(&saved.birth).ok_or_else(|| ContentProblem::NotABirthMonth {
        found: saved.birth.into_owned(),
    })?;
    let daily_limit = match saved.daily_limit {
        None => None,
        Some(minutes) => match u16::try_from(minutes) {
            Ok(minutes) if minutes <= DAY_MINUTES => Some(minutes),
            _ => {
                return Err(ContentProblem::Record(DiaryError::LimitOutOfRange {
                    child: id,
                    minutes,
                }))
            }
        },
    };
    let name = saved.name.into_owned();
    Ok(Child {
        id,
        name,
        badge,
        birth,
        daily_limit,
        modified_at: saved.modified_at,
    })
}

fn entry_of(saved: SavedEntry<'_>) -> Result<Entry, ContentProblem> {
    let id = EntryId::new(saved.id.into_owned());
    let date = date_of(&saved.date).ok_or_else(|| ContentProblem::NotADate {
        found: saved.date.to_string(),
    })?;
    let start = match saved.start {
        None => None,
        Some(text) => Some(time_of(&text).ok_or_else(|| ContentProblem::NotATime {
            found: text.to_string(),
        })?),
    };
    let minutes = match u16::try_from(saved.minutes) {
        Ok(minutes) if (1..=DAY_MINUTES).contains(&minutes) => minutes,
        _ => {
            let problem = DiaryError::MinutesOutOfRange {
                entry: id,
                minutes: saved.minutes,
            };
            return Err(ContentProblem::Record(problem));
        }
    };
    Ok(Entry {
        id,
        children: saved
            .children
            .into_iter()
            .map(|child| ChildId::new(child.into_owned()))
            .collect(),
        date,
        moment: code_of(Moment::from_code, CodeField::Moment, &saved.moment)?,
        start,
        minutes,
        screen: code_of(Screen::from_code, CodeField::Screen, &saved.screen)?,
        activity: code_of(Activity::from_code, CodeField::Activity, &saved.activity)?,
        with_adult: saved.with_adult,
        in_bedroom: saved.in_bedroom,
        note: saved.note.into_owned(),
        modified_at: saved.modified_at,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::tests::{entry, family};

    #[test]
    fn a_diary_survives_encoding() {
        let mut diary = family();
        let mut logged = entry("e1", &["lea", "hugo"], "2025-03-03", 90);
        logged.start = NaiveTime::from_hms_opt(20, 5, 0);
        logged.note = "« Le Roi lion » <i>en VF</i> \"&\"".into();
        logged.in_bedroom = true;
        diary.put_entry(logged).unwrap();
        diary
            .put_entry(entry("e2", &["ines"], "2025-03-04", 15))
            .unwrap();
        diary.remove_entry(&EntryId::new("e2"), 77).unwrap();
        diary.set_committed_steps(StepSet::ALL, 3);
        diary
            .set_commitments(
                Commitments::new(
                    vec![
                        Commitment::Step(Step::Meal),
                        Commitment::DailyLimit {
                            child: ChildId::new("lea"),
                            minutes: 60,
                        },
                        Commitment::Text("pas de <b>tablette</b> à table \"&\"".into()),
                    ],
                    4,
                )
                .unwrap(),
            )
            .unwrap();
        let text = encode_saved_diary(&diary);
        assert!(
            text.starts_with(r#"{"app":"ecrans-en-famille","schema":2,"diary":{"#),
            "{text}"
        );
        assert_eq!(decode_saved_diary(&text), Ok(diary));
        assert_eq!(
            decode_saved_diary(&encode_saved_diary(&Diary::new())),
            Ok(Diary::new())
        );
    }
}
