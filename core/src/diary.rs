//! The family's screen-time diary: children, entries, the family plan, and the deletions kept as
//! tombstones so that merging two copies never brings a deleted record back.
//!
//! A [`Diary`] is always valid: every way in (the mutations here, [`validate_entry`] and
//! [`validate_child`] for the forms, [`crate::saved_diary::decode_saved_diary`] for storage,
//! [`merge_diaries`] for two tabs or two phones) checks the rules below. Entries are kept in date
//! order, so a week is read in O(log n + k) however long the history is.
//!
//! Nothing here reads the clock or makes ids: `today`, `now`, new ids and `modified_at` times are
//! passed in by the app. The app's undo keeps the previous `Diary` value.

mod child;
mod entry;
mod merge;
mod quick_entry;
mod revert;
mod typed_minutes;
mod validation;
mod views;

use std::collections::BTreeMap;
use std::fmt;
use std::ops::{Bound, RangeInclusive};

use chrono::{Datelike, NaiveDate};

pub use child::{BirthMonth, Child, ChildBadge, ChildId, Colour};
pub use entry::{Activity, Entry, EntryId, Moment, Screen};
pub use merge::{
    merge_diaries, merge_report, MergeConflict, MergeReport, MergeSide, Modified, RecordId,
};
pub use quick_entry::{last_entry_prefill, moment_at, new_entry_draft, Prefill, MOMENT_STARTS};
pub use typed_minutes::{parse_typed_minutes, TypedMinutesError};
pub use validation::{
    validate_child, validate_entry, ChildDraft, ChildField, ChildFieldError, EntryDraft,
    EntryField, EntryFieldError,
};
pub use views::{day_view, week_view, ChildDay, DayView, Scope, WeekView};

use crate::calendar::IsoWeek;
use crate::commitments::Commitments;
use crate::four_steps::StepSet;

/// The longest name or nickname, in characters.
pub const NAME_MAX_CHARS: usize = 40;
/// The longest emoji badge, in characters (family emojis are several characters joined).
pub const EMOJI_MAX_CHARS: usize = 16;
/// The longest note, in characters.
pub const NOTE_MAX_CHARS: usize = 280;
/// Minutes in a day: no entry, no child's day and no daily limit can be longer.
pub const DAY_MINUTES: u16 = 1440;
/// The years a date or birth month in the diary may fall in (a guard against absurd values).
pub const SUPPORTED_YEARS: RangeInclusive<i32> = 1990..=2200;

/// Declares a record id: a `String` newtype made by the app, ordered and hashable. Its text is
/// private: it is made with `new` and read with `as_str` (or `Display`).
macro_rules! record_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// Wraps an id made by the app.
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}
pub(crate) use record_id;

/// Declares a closed list of values with a short stable code (for the saved format), `ALL` (in
/// display order) and plain French and English labels.
macro_rules! coded_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = ($code:literal, $fr:literal, $en:literal),)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: [$name; [$($code),+].len()] = [$($name::$variant),+];

            /// The short stable code written in the saved format.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            /// Reads a code written by `code()` exactly; anything else is `None`.
            pub fn from_code(code: &str) -> Option<$name> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// The plain-language label shown to parents.
            pub fn label(self, language: $crate::language::Language) -> &'static str {
                match language {
                    $crate::language::Language::Fr => match self {
                        $($name::$variant => $fr,)+
                    },
                    $crate::language::Language::En => match self {
                        $($name::$variant => $en,)+
                    },
                }
            }
        }
    };
}
pub(crate) use coded_enum;

/// What the family commits to beyond per-child limits (which live on each [`Child`]): the « pas »
/// it wants to keep.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FamilyPlan {
    /// The « pas » the family commits to; empty when it has not chosen any.
    pub committed_steps: StepSet,
    /// When the plan was last changed, in milliseconds since the Unix epoch (0: never).
    pub modified_at: i64,
}

/// What to do with the entries of a child who is removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntriesOfRemovedChild {
    /// Remove them too; an entry shared with other children only loses this child.
    Remove,
    /// Give them to another child (already in the diary).
    ReassignTo(ChildId),
}

/// Why a record cannot be in the diary, or a change cannot be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiaryError {
    /// An id is empty.
    EmptyId,
    /// A child's name is empty once spaces are trimmed.
    EmptyName {
        /// The child.
        child: ChildId,
    },
    /// A child's name is longer than [`NAME_MAX_CHARS`].
    NameTooLong {
        /// The child.
        child: ChildId,
        /// The name's length in characters.
        chars: usize,
    },
    /// A child's emoji is empty or longer than [`EMOJI_MAX_CHARS`].
    BadEmoji {
        /// The child.
        child: ChildId,
    },
    /// A child's birth year is outside [`SUPPORTED_YEARS`].
    BirthOutOfRange {
        /// The child.
        child: ChildId,
        /// The birth month found.
        birth: BirthMonth,
    },
    /// A child's daily limit is negative or more than [`DAY_MINUTES`].
    LimitOutOfRange {
        /// The child.
        child: ChildId,
        /// The limit found.
        minutes: i64,
    },
    /// An entry covers no child.
    EntryWithoutChild {
        /// The entry.
        entry: EntryId,
    },
    /// A child id is not in the diary (for a saved diary: neither present nor deleted).
    UnknownChild {
        /// The child id.
        child: ChildId,
    },
    /// An entry id is not in the diary.
    UnknownEntry {
        /// The entry id.
        entry: EntryId,
    },
    /// An entry lasts zero, negative, or more than [`DAY_MINUTES`] minutes.
    MinutesOutOfRange {
        /// The entry.
        entry: EntryId,
        /// The minutes found.
        minutes: i64,
    },
    /// An entry's date is outside [`SUPPORTED_YEARS`].
    DateOutOfRange {
        /// The entry.
        entry: EntryId,
        /// The date found.
        date: NaiveDate,
    },
    /// An entry's note is longer than [`NOTE_MAX_CHARS`].
    NoteTooLong {
        /// The entry.
        entry: EntryId,
        /// The note's length in characters.
        chars: usize,
    },
    /// A removed child's entries were to be given to that same child.
    ReassignToSameChild {
        /// The child.
        child: ChildId,
    },
}

impl fmt::Display for DiaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DiaryError::EmptyId => write!(f, "an id is empty"),
            DiaryError::EmptyName { child } => write!(f, "child {child} has an empty name"),
            DiaryError::NameTooLong { child, chars } => {
                write!(
                    f,
                    "child {child}'s name has {chars} characters (at most {NAME_MAX_CHARS})"
                )
            }
            DiaryError::BadEmoji { child } => {
                write!(f, "child {child}'s emoji is empty or too long")
            }
            DiaryError::BirthOutOfRange { child, birth } => {
                write!(f, "child {child}'s birth month {birth} is out of range")
            }
            DiaryError::LimitOutOfRange { child, minutes } => {
                write!(
                    f,
                    "child {child}'s daily limit of {minutes} minutes is out of range"
                )
            }
            DiaryError::EntryWithoutChild { entry } => write!(f, "entry {entry} covers no child"),
            DiaryError::UnknownChild { child } => write!(f, "child {child} is not in the diary"),
            DiaryError::UnknownEntry { entry } => write!(f, "entry {entry} is not in the diary"),
            DiaryError::MinutesOutOfRange { entry, minutes } => {
                write!(
                    f,
                    "entry {entry} lasts {minutes} minutes (1 to {DAY_MINUTES})"
                )
            }
            DiaryError::DateOutOfRange { entry, date } => {
                write!(f, "entry {entry}'s date {date} is out of range")
            }
            DiaryError::NoteTooLong { entry, chars } => {
                write!(
                    f,
                    "entry {entry}'s note has {chars} characters (at most {NOTE_MAX_CHARS})"
                )
            }
            DiaryError::ReassignToSameChild { child } => {
                write!(
                    f,
                    "child {child}'s entries cannot be given to the same child"
                )
            }
        }
    }
}

impl std::error::Error for DiaryError {}

/// The family's diary. Its fields are private so that it is always valid; read it through the
/// methods and change it through the mutations, which check every rule.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diary {
    children: BTreeMap<ChildId, Child>,
    deleted_children: BTreeMap<ChildId, i64>,
    /// Entries keyed by (date, id): the date index.
    entries: BTreeMap<(NaiveDate, EntryId), Entry>,
    /// Each present entry's date, to find it by id.
    entry_dates: BTreeMap<EntryId, NaiveDate>,
    deleted_entries: BTreeMap<EntryId, i64>,
    plan: FamilyPlan,
    /// « Mes engagements » (see [`crate::commitments`]).
    commitments: Commitments,
}

impl Diary {
    /// An empty diary (also what « Effacer toutes mes données » leaves).
    pub fn new() -> Diary {
        Diary::default()
    }

    /// Whether the diary has no child, no entry, no deletion and no plan.
    pub fn is_empty(&self) -> bool {
        *self == Diary::default()
    }

    /// The children, oldest first (then by name, then by id).
    pub fn children(&self) -> Vec<&Child> {
        let mut children: Vec<&Child> = self.children.values().collect();
        children.sort_by(|a, b| (a.birth, &a.name, &a.id).cmp(&(b.birth, &b.name, &b.id)));
        children
    }

    /// The child with this id, if present.
    pub fn child(&self, id: &ChildId) -> Option<&Child> {
        self.children.get(id)
    }

    /// The removed children's ids, each with the time of removal.
    pub fn deleted_children(&self) -> impl Iterator<Item = (&ChildId, i64)> + '_ {
        self.deleted_children.iter().map(|(id, at)| (id, *at))
    }

    /// The entry with this id, if present.
    pub fn entry(&self, id: &EntryId) -> Option<&Entry> {
        let date = self.entry_dates.get(id)?;
        self.entries.get(&(*date, id.clone()))
    }

    /// Every entry, by date then id.
    pub fn entries(&self) -> impl DoubleEndedIterator<Item = &Entry> + '_ {
        self.entries.values()
    }

    /// How many entries the diary holds.
    pub fn entry_count(&self) -> usize {
        self.entries.len()
    }

    /// The entries dated `from` to `to` (both included), by date then id, in O(log n + k).
    pub fn entries_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> impl DoubleEndedIterator<Item = &Entry> + '_ {
        let start = Bound::Included((from, EntryId::default()));
        let end = match to.succ_opt() {
            Some(next) if from <= to => Bound::Excluded((next, EntryId::default())),
            Some(_) => Bound::Excluded((from, EntryId::default())),
            None => Bound::Unbounded,
        };
        self.entries.range((start, end)).map(|(_, entry)| entry)
    }

    /// The entries of an ISO week, Monday to Sunday.
    pub fn entries_in_week(&self, week: IsoWeek) -> impl DoubleEndedIterator<Item = &Entry> + '_ {
        let days = week.days();
        self.entries_between(days[0], days[6])
    }

    /// The removed entries' ids, each with the time of removal.
    pub fn deleted_entries(&self) -> impl Iterator<Item = (&EntryId, i64)> + '_ {
        self.deleted_entries.iter().map(|(id, at)| (id, *at))
    }

    /// Entries none of whose children is present any more. They arise only when two copies are
    /// merged (a child removed on one phone while an entry was added on the other); they are
    /// kept, so that nothing is lost, but views skip them.
    pub fn orphaned_entries(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries().filter(|entry| {
            entry
                .children
                .iter()
                .all(|c| !self.children.contains_key(c))
        })
    }

    /// How many entries cover this child: the app asks what to do with them before removing it.
    pub fn entry_count_of(&self, child: &ChildId) -> usize {
        self.entries().filter(|entry| entry.covers(child)).count()
    }

    /// The family plan.
    pub fn plan(&self) -> FamilyPlan {
        self.plan
    }

    /// Adds a child, or replaces the child with the same id. A removed child put back is present
    /// again.
    pub fn put_child(&mut self, child: Child) -> Result<(), DiaryError> {
        check_child(&child)?;
        self.deleted_children.remove(&child.id);
        self.children.insert(child.id.clone(), child);
        Ok(())
    }

    /// Changes a child's daily limit (`None`: no limit).
    pub fn set_daily_limit(
        &mut self,
        child: &ChildId,
        minutes: Option<u16>,
        modified_at: i64,
    ) -> Result<(), DiaryError> {
        let mut changed = self
            .child(child)
            .cloned()
            .ok_or_else(|| unknown_child(child))?;
        changed.daily_limit = minutes;
        changed.modified_at = modified_at;
        self.put_child(changed)
    }

    /// Removes a child, deciding what happens to their entries, and leaves a tombstone.
    pub fn remove_child(
        &mut self,
        child: &ChildId,
        entries: EntriesOfRemovedChild,
        modified_at: i64,
    ) -> Result<(), DiaryError> {
        if !self.children.contains_key(child) {
            return Err(unknown_child(child));
        }
        if let EntriesOfRemovedChild::ReassignTo(heir) = &entries {
            if heir == child {
                return Err(DiaryError::ReassignToSameChild {
                    child: child.clone(),
                });
            }
            if !self.children.contains_key(heir) {
                return Err(unknown_child(heir));
            }
        }
        let theirs: Vec<Entry> = self
            .entries()
            .filter(|e| e.covers(child))
            .cloned()
            .collect();
        for mut changed in theirs {
            changed.children.retain(|c| c != child);
            if let EntriesOfRemovedChild::ReassignTo(heir) = &entries {
                changed.children.push(heir.clone());
                changed.children.sort();
                changed.children.dedup();
            }
            if changed.children.is_empty() {
                self.remove_entry(&changed.id, modified_at)?;
            } else {
                changed.modified_at = modified_at;
                self.insert_entry(changed);
            }
        }
        self.children.remove(child);
        self.deleted_children.insert(child.clone(), modified_at);
        Ok(())
    }

    /// Adds an entry, or replaces the entry with the same id (its date may change). A removed
    /// entry put back is present again (that is how a deletion is undone across tabs). The
    /// children are sorted and repeats dropped; each must be present.
    ///
    /// Use [`validate_entry`] first for a form: it also checks the date against today and each
    /// child's total for the day.
    pub fn put_entry(&mut self, mut entry: Entry) -> Result<(), DiaryError> {
        entry.children.sort();
        entry.children.dedup();
        check_entry(&entry)?;
        if let Some(missing) = entry
            .children
            .iter()
            .find(|c| !self.children.contains_key(*c))
        {
            return Err(unknown_child(missing));
        }
        self.insert_entry(entry);
        Ok(())
    }

    /// Removes an entry and leaves a tombstone, so that merging with an older copy does not bring
    /// it back.
    pub fn remove_entry(&mut self, entry: &EntryId, modified_at: i64) -> Result<(), DiaryError> {
        let date = self
            .entry_dates
            .remove(entry)
            .ok_or_else(|| DiaryError::UnknownEntry {
                entry: entry.clone(),
            })?;
        self.entries.remove(&(date, entry.clone()));
        self.deleted_entries.insert(entry.clone(), modified_at);
        Ok(())
    }

    /// Changes the « pas » the family commits to.
    pub fn set_committed_steps(&mut self, steps: StepSet, modified_at: i64) {
        self.plan = FamilyPlan {
            committed_steps: steps,
            modified_at,
        };
    }

    /// The family's commitments (« Mes engagements »).
    pub fn commitments(&self) -> &Commitments {
        &self.commitments
    }

    /// Replaces the family's commitments. Each daily limit's child must be present.
    pub fn set_commitments(&mut self, commitments: Commitments) -> Result<(), DiaryError> {
        self.check_commitment_children(&commitments, false)?;
        self.commitments = commitments;
        Ok(())
    }

    /// Puts back saved commitments: each daily limit's child must be present or removed (a child
    /// removed after the commitment was made keeps it, like an orphaned entry).
    pub(crate) fn restore_commitments(
        &mut self,
        commitments: Commitments,
    ) -> Result<(), DiaryError> {
        self.check_commitment_children(&commitments, true)?;
        self.commitments = commitments;
        Ok(())
    }

    fn check_commitment_children(
        &self,
        commitments: &Commitments,
        removed_allowed: bool,
    ) -> Result<(), DiaryError> {
        for item in commitments.items() {
            if let crate::commitments::Commitment::DailyLimit { child, .. } = item {
                check_id(child.as_str())?;
                let known = self.children.contains_key(child)
                    || (removed_allowed && self.deleted_children.contains_key(child));
                if !known {
                    return Err(unknown_child(child));
                }
            }
        }
        Ok(())
    }

    /// Builds a diary from saved records, checking each one. Duplicate ids and ids both present
    /// and deleted are the caller's to refuse (the maps cannot hold them).
    pub(crate) fn from_records(
        children: BTreeMap<ChildId, Child>,
        deleted_children: BTreeMap<ChildId, i64>,
        entries: Vec<Entry>,
        deleted_entries: BTreeMap<EntryId, i64>,
        plan: FamilyPlan,
    ) -> Result<Diary, DiaryError> {
        for child in children.values() {
            check_child(child)?;
        }
        for id in deleted_children.keys() {
            check_id(id.as_str())?;
        }
        for id in deleted_entries.keys() {
            check_id(id.as_str())?;
        }
        let mut diary = Diary {
            children,
            deleted_children,
            deleted_entries,
            plan,
            ..Diary::default()
        };
        for mut entry in entries {
            entry.children.sort();
            entry.children.dedup();
            check_entry(&entry)?;
            let known = |c: &ChildId| {
                diary.children.contains_key(c) || diary.deleted_children.contains_key(c)
            };
            if let Some(missing) = entry.children.iter().find(|c| !known(c)) {
                return Err(unknown_child(missing));
            }
            diary.insert_entry(entry);
        }
        Ok(diary)
    }

    /// Inserts a checked entry, replacing any entry or tombstone with its id.
    fn insert_entry(&mut self, entry: Entry) {
        if let Some(old_date) = self.entry_dates.insert(entry.id.clone(), entry.date) {
            self.entries.remove(&(old_date, entry.id.clone()));
        }
        self.deleted_entries.remove(&entry.id);
        self.entries.insert((entry.date, entry.id.clone()), entry);
    }
}

fn unknown_child(child: &ChildId) -> DiaryError {
    DiaryError::UnknownChild {
        child: child.clone(),
    }
}

fn check_id(id: &str) -> Result<(), DiaryError> {
    if id.is_empty() {
        Err(DiaryError::EmptyId)
    } else {
        Ok(())
    }
}

/// Checks the rules a child keeps on its own.
fn check_child(child: &Child) -> Result<(), DiaryError> {
    check_id(child.id.as_str())?;
    let id = || child.id.clone();
    let chars = child.name.chars().count();
    if child.name.trim().is_empty() {
        return Err(DiaryError::EmptyName { child: id() });
    }
    if chars > NAME_MAX_CHARS {
        return Err(DiaryError::NameTooLong { child: id(), chars });
    }
    if let Some(ChildBadge::Emoji(emoji)) = &child.badge {
        let chars = emoji.chars().count();
        if emoji.trim().is_empty() || chars > EMOJI_MAX_CHARS {
            return Err(DiaryError::BadEmoji { child: id() });
        }
    }
    if !SUPPORTED_YEARS.contains(&child.birth.year()) {
        return Err(DiaryError::BirthOutOfRange {
            child: id(),
            birth: child.birth,
        });
    }
    if let Some(minutes) = child.daily_limit.filter(|m| *m > DAY_MINUTES) {
        return Err(DiaryError::LimitOutOfRange {
            child: id(),
            minutes: minutes.into(),
        });
    }
    Ok(())
}

/// Checks the rules an entry keeps on its own (not whether its children are present).
fn check_entry(entry: &Entry) -> Result<(), DiaryError> {
    check_id(entry.id.as_str())?;
    let id = || entry.id.clone();
    if entry.children.is_empty() {
        return Err(DiaryError::EntryWithoutChild { entry: id() });
    }
    for child in &entry.children {
        check_id(child.as_str())?;
    }
    if !(1..=DAY_MINUTES).contains(&entry.minutes) {
        return Err(DiaryError::MinutesOutOfRange {
            entry: id(),
            minutes: entry.minutes.into(),
        });
    }
    if !SUPPORTED_YEARS.contains(&entry.date.year()) {
        return Err(DiaryError::DateOutOfRange {
            entry: id(),
            date: entry.date,
        });
    }
    let chars = entry.note.chars().count();
    if chars > NOTE_MAX_CHARS {
        return Err(DiaryError::NoteTooLong { entry: id(), chars });
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::four_steps::Step;

    pub(crate) fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    pub(crate) fn child(id: &str, name: &str, birth: (i32, u32)) -> Child {
        Child {
            id: ChildId::new(id),
            name: name.to_owned(),
            badge: None,
            birth: BirthMonth::new(birth.0, birth.1).unwrap(),
            daily_limit: None,
            modified_at: 1,
        }
    }

    pub(crate) fn entry(id: &str, children: &[&str], day: &str, minutes: u16) -> Entry {
        Entry {
            id: EntryId::new(id),
            children: children.iter().map(|c| ChildId::new(*c)).collect(),
            date: date(day),
            moment: Moment::AfterSchool,
            start: None,
            minutes,
            screen: Screen::Tv,
            activity: Activity::Videos,
            with_adult: false,
            in_bedroom: false,
            note: String::new(),
            modified_at: 1,
        }
    }

    /// Léa (2015), Hugo (2018), Inès (2021).
    pub(crate) fn family() -> Diary {
        let mut diary = Diary::new();
        for (id, name, birth) in [
            ("lea", "Léa", (2015, 4)),
            ("hugo", "Hugo", (2018, 9)),
            ("ines", "Inès", (2021, 1)),
        ] {
            diary.put_child(child(id, name, birth)).unwrap();
        }
        diary
    }

    fn ids<'a>(entries: impl Iterator<Item = &'a Entry>) -> Vec<&'a str> {
        entries.map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn children_are_listed_oldest_first() {
        let diary = family();
        let names: Vec<&str> = diary.children().iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Léa", "Hugo", "Inès"]);
    }

    #[test]
    fn records_breaking_a_rule_are_refused() {
        let check_child_rule = |change: fn(&mut Child), expected: DiaryError| {
            let mut diary = family();
            let mut changed = child("lea", "Léa", (2015, 4));
            change(&mut changed);
            assert_eq!(diary.put_child(changed), Err(expected));
        };
        let lea = || ChildId::new("lea");
        check_child_rule(
            |c| c.name = "   ".into(),
            DiaryError::EmptyName { child: lea() },
        );
        check_child_rule(
            |c| c.name = "x".repeat(200),
            DiaryError::NameTooLong {
                child: lea(),
                chars: 200,
            },
        );
        check_child_rule(
            |c| c.badge = Some(ChildBadge::Emoji(String::new())),
            DiaryError::BadEmoji { child: lea() },
        );
        check_child_rule(|c| c.id = ChildId::new(""), DiaryError::EmptyId);
        check_child_rule(
            |c| c.daily_limit = Some(1441),
            DiaryError::LimitOutOfRange {
                child: lea(),
                minutes: 1441,
            },
        );
        check_child_rule(
            |c| c.birth = BirthMonth::new(1789, 7).unwrap(),
            DiaryError::BirthOutOfRange {
                child: lea(),
                birth: BirthMonth::new(1789, 7).unwrap(),
            },
        );

        let check_entry_rule = |changed: Entry, expected: DiaryError| {
            let mut diary = family();
            assert_eq!(diary.put_entry(changed), Err(expected));
            assert_eq!(diary, family(), "a refused entry changes nothing");
        };
        let e = || EntryId::new("e");
        check_entry_rule(
            entry("e", &[], "2025-03-03", 30),
            DiaryError::EntryWithoutChild { entry: e() },
        );
        check_entry_rule(
            entry("e", &["lea", "zoe"], "2025-03-03", 30),
            DiaryError::UnknownChild {
                child: ChildId::new("zoe"),
            },
        );
        check_entry_rule(
            entry("e", &["lea"], "2025-03-03", 0),
            DiaryError::MinutesOutOfRange {
                entry: e(),
                minutes: 0,
            },
        );
        check_entry_rule(
            entry("e", &["lea"], "2025-03-03", 1441),
            DiaryError::MinutesOutOfRange {
                entry: e(),
                minutes: 1441,
            },
        );
        check_entry_rule(
            entry("e", &["lea"], "1900-03-03", 30),
            DiaryError::DateOutOfRange {
                entry: e(),
                date: date("1900-03-03"),
            },
        );
        let mut long_note = entry("e", &["lea"], "2025-03-03", 30);
        long_note.note = "é".repeat(281);
        check_entry_rule(
            long_note,
            DiaryError::NoteTooLong {
                entry: e(),
                chars: 281,
            },
        );
    }

    #[test]
    fn put_entry_normalises_children_and_moves_the_date_index() {
        let mut diary = family();
        diary
            .put_entry(entry("e1", &["lea", "hugo", "lea"], "2025-03-03", 30))
            .unwrap();
        assert_eq!(
            diary.entry(&EntryId::new("e1")).unwrap().children,
            [ChildId::new("hugo"), ChildId::new("lea")]
        );
        diary
            .put_entry(entry("e1", &["lea"], "2025-03-10", 45))
            .unwrap();
        assert_eq!(diary.entry_count(), 1);
        assert_eq!(
            ids(diary.entries_between(date("2025-03-01"), date("2025-03-09"))),
            Vec::<&str>::new()
        );
        assert_eq!(
            ids(diary.entries_between(date("2025-03-10"), date("2025-03-10"))),
            ["e1"]
        );
    }

    #[test]
    fn entries_between_reads_only_the_range() {
        let mut diary = family();
        for (id, day) in [
            ("a", "2025-03-02"),
            ("b", "2025-03-03"),
            ("c", "2025-03-09"),
            ("d", "2025-03-10"),
            ("e", "2025-03-05"),
        ] {
            diary.put_entry(entry(id, &["lea"], day, 10)).unwrap();
        }
        let check = |from: &str, to: &str, expected: &[&str]| {
            assert_eq!(
                ids(diary.entries_between(date(from), date(to))),
                expected,
                "{from}..={to}"
            );
        };
        check("2025-03-03", "2025-03-09", &["b", "e", "c"]);
        check("2025-03-05", "2025-03-05", &["e"]);
        check("2025-03-09", "2025-03-03", &[]);
        check("2025-01-01", "2025-12-31", &["a", "b", "e", "c", "d"]);
        let week = IsoWeek::new(2025, 10).unwrap();
        assert_eq!(ids(diary.entries_in_week(week)), ["b", "e", "c"]);
        assert_eq!(
            ids(diary.entries_between(NaiveDate::MIN, NaiveDate::MAX)).len(),
            5
        );
    }

    #[test]
    fn removing_an_entry_leaves_a_tombstone_and_putting_it_back_lifts_it() {
        let mut diary = family();
        diary
            .put_entry(entry("e1", &["lea"], "2025-03-03", 30))
            .unwrap();
        diary.remove_entry(&EntryId::new("e1"), 9).unwrap();
        assert_eq!(diary.entry_count(), 0);
        assert_eq!(
            diary.deleted_entries().collect::<Vec<_>>(),
            [(&EntryId::new("e1"), 9)]
        );
        assert_eq!(
            diary.remove_entry(&EntryId::new("e1"), 10),
            Err(DiaryError::UnknownEntry {
                entry: EntryId::new("e1")
            })
        );
        diary
            .put_entry(entry("e1", &["lea"], "2025-03-03", 30))
            .unwrap();
        assert_eq!(diary.deleted_entries().count(), 0);
    }

    #[test]
    fn removing_a_child_removes_or_reassigns_their_entries() {
        let setup = || {
            let mut diary = family();
            diary
                .put_entry(entry("alone", &["lea"], "2025-03-03", 30))
                .unwrap();
            diary
                .put_entry(entry("film", &["lea", "hugo"], "2025-03-04", 90))
                .unwrap();
            diary
                .put_entry(entry("other", &["ines"], "2025-03-04", 20))
                .unwrap();
            diary
        };
        let lea = ChildId::new("lea");
        assert_eq!(setup().entry_count_of(&lea), 2);

        let mut removed = setup();
        removed
            .remove_child(&lea, EntriesOfRemovedChild::Remove, 50)
            .unwrap();
        assert_eq!(ids(removed.entries()), ["film", "other"]);
        let film = removed.entry(&EntryId::new("film")).unwrap();
        assert_eq!(
            (film.children.as_slice(), film.modified_at),
            ([ChildId::new("hugo")].as_slice(), 50)
        );
        assert_eq!(
            removed.deleted_entries().collect::<Vec<_>>(),
            [(&EntryId::new("alone"), 50)]
        );
        assert_eq!(removed.deleted_children().collect::<Vec<_>>(), [(&lea, 50)]);
        assert!(removed.child(&lea).is_none());

        let mut reassigned = setup();
        reassigned
            .remove_child(
                &lea,
                EntriesOfRemovedChild::ReassignTo(ChildId::new("hugo")),
                50,
            )
            .unwrap();
        assert_eq!(reassigned.entry_count_of(&ChildId::new("hugo")), 2);
        assert_eq!(
            reassigned.entry(&EntryId::new("film")).unwrap().children,
            [ChildId::new("hugo")]
        );
        assert_eq!(reassigned.deleted_entries().count(), 0);

        let check_refused = |choice: EntriesOfRemovedChild, expected: DiaryError| {
            let mut diary = setup();
            assert_eq!(diary.remove_child(&lea, choice, 50), Err(expected));
            assert_eq!(diary, setup());
        };
        check_refused(
            EntriesOfRemovedChild::ReassignTo(lea.clone()),
            DiaryError::ReassignToSameChild { child: lea.clone() },
        );
        check_refused(
            EntriesOfRemovedChild::ReassignTo(ChildId::new("zoe")),
            DiaryError::UnknownChild {
                child: ChildId::new("zoe"),
            },
        );
    }

    #[test]
    fn the_plan_and_limits_change_through_the_diary() {
        let mut diary = family();
        diary
            .set_daily_limit(&ChildId::new("hugo"), Some(60), 7)
            .unwrap();
        assert_eq!(
            diary.child(&ChildId::new("hugo")).unwrap().daily_limit,
            Some(60)
        );
        assert_eq!(
            diary.set_daily_limit(&ChildId::new("zoe"), Some(60), 7),
            Err(DiaryError::UnknownChild {
                child: ChildId::new("zoe")
            })
        );
        let steps: StepSet = [Step::Morning, Step::Bedroom].into_iter().collect();
        diary.set_committed_steps(steps, 8);
        assert_eq!(
            diary.plan(),
            FamilyPlan {
                committed_steps: steps,
                modified_at: 8
            }
        );
        assert!(!diary.is_empty());
        assert!(Diary::new().is_empty());
    }
}
