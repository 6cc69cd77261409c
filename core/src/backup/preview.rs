//! What a valid backup file holds and what restoring it would change, shown before the parent
//! chooses « Fusionner » or « Remplacer »: the file's children, its number of entries and the
//! dates they cover, what is new to this phone, the records both hold in different versions
//! (with both versions, so the app can show when each was last changed), and the children that
//! may be the same child created on each phone.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::diary::{
    merge_report, Child, ChildId, Diary, Entry, EntryId, MergeReport, MergeSide, Modified, RecordId,
};

use super::child_matching::{possible_same_children, PossibleSameChild};

/// A child of the backup file, as the preview lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileChild {
    /// The child as the file has them.
    pub child: Child,
    /// How many of the file's entries cover this child.
    pub entry_count: usize,
    /// Whether this phone has never seen this child (neither present nor removed here).
    pub is_new: bool,
}

/// The first and last dates of a set of entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateSpan {
    /// The earliest entry's date.
    pub first: NaiveDate,
    /// The latest entry's date.
    pub last: NaiveDate,
}

/// One side's version of a record: present, or removed at some time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordVersion<T> {
    /// The record as that side holds it.
    Present(T),
    /// That side removed the record.
    Deleted {
        /// When, in milliseconds since the Unix epoch.
        deleted_at: i64,
    },
}

impl<T: Modified> RecordVersion<T> {
    /// When this version was written (edited or removed), in milliseconds since the Unix epoch.
    pub fn changed_at(&self) -> i64 {
        match self {
            RecordVersion::Present(record) => record.modified_at(),
            RecordVersion::Deleted { deleted_at } => *deleted_at,
        }
    }
}

/// A record the phone and the file hold in different versions: « Fusionner » keeps the one
/// changed last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict<I, T> {
    /// The record's id.
    pub id: I,
    /// This phone's version.
    pub phone: RecordVersion<T>,
    /// The file's version.
    pub file: RecordVersion<T>,
    /// Which version a merge keeps: [`MergeSide::First`] is the phone's, [`MergeSide::Second`]
    /// the file's.
    pub kept: MergeSide,
}

/// A child both sides hold in different versions.
pub type ChildConflict = Conflict<ChildId, Child>;
/// An entry both sides hold in different versions.
pub type EntryConflict = Conflict<EntryId, Entry>;

/// Everything the restore screen shows before the parent chooses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestorePreview {
    /// The file's children, oldest first.
    pub children: Vec<FileChild>,
    /// How many entries the file holds.
    pub entry_count: usize,
    /// The dates the file's entries cover; `None` when it has none.
    pub dates: Option<DateSpan>,
    /// How many of the file's entries this phone has never seen (neither present nor removed
    /// here).
    pub new_entry_count: usize,
    /// What « Fusionner » would change on this phone (records added, removed, changed, and
    /// conflicts by id).
    pub merge: MergeReport,
    /// The children both sides hold in different versions, in id order.
    pub child_conflicts: Vec<ChildConflict>,
    /// The entries both sides hold in different versions, in id order.
    pub entry_conflicts: Vec<EntryConflict>,
    /// Children with the same name and different ids, one on each side: perhaps the same child
    /// created on each phone. The app asks which are the same before merging (see
    /// [`super::apply_child_matches`]).
    pub possible_same_children: Vec<PossibleSameChild>,
}

impl RestorePreview {
    /// The file's children this phone has never seen.
    pub fn new_children(&self) -> impl Iterator<Item = &Child> + '_ {
        self.children
            .iter()
            .filter(|child| child.is_new)
            .map(|child| &child.child)
    }
}

/// Describes a valid backup file (`file`, from [`super::decode_backup`]) against this phone's
/// diary (`phone`).
pub fn preview_restore(phone: &Diary, file: &Diary) -> RestorePreview {
    let phone_deleted_children: BTreeMap<&ChildId, i64> = phone.deleted_children().collect();
    let file_deleted_children: BTreeMap<&ChildId, i64> = file.deleted_children().collect();
    let phone_deleted_entries: BTreeMap<&EntryId, i64> = phone.deleted_entries().collect();
    let file_deleted_entries: BTreeMap<&EntryId, i64> = file.deleted_entries().collect();

    let mut entries_per_child: HashMap<&ChildId, usize> = HashMap::new();
    for entry in file.entries() {
        for child in &entry.children {
            *entries_per_child.entry(child).or_default() += 1;
        }
    }
    let children = file
        .children()
        .into_iter()
        .map(|child| FileChild {
            child: child.clone(),
            entry_count: entries_per_child.get(&child.id).copied().unwrap_or(0),
            is_new: phone.child(&child.id).is_none()
                && !phone_deleted_children.contains_key(&child.id),
        })
        .collect();
    let dates = file
        .entries()
        .next()
        .zip(file.entries().next_back())
        .map(|(first, last)| DateSpan {
            first: first.date,
            last: last.date,
        });
    let new_entry_count = file
        .entries()
        .filter(|entry| {
            phone.entry(&entry.id).is_none() && !phone_deleted_entries.contains_key(&entry.id)
        })
        .count();

    let merge = merge_report(phone, file);
    let mut child_conflicts = Vec::new();
    let mut entry_conflicts = Vec::new();
    for conflict in &merge.conflicts {
        match &conflict.record {
            RecordId::Child(id) => {
                let version = |diary: &Diary, deleted: &BTreeMap<&ChildId, i64>| {
                    version_of(diary.child(id), deleted.get(id))
                };
                if let (Some(phone_version), Some(file_version)) = (
                    version(phone, &phone_deleted_children),
                    version(file, &file_deleted_children),
                ) {
                    child_conflicts.push(Conflict {
                        id: id.clone(),
                        phone: phone_version,
                        file: file_version,
                        kept: conflict.kept,
                    });
                }
            }
            RecordId::Entry(id) => {
                let version = |diary: &Diary, deleted: &BTreeMap<&EntryId, i64>| {
                    version_of(diary.entry(id), deleted.get(id))
                };
                if let (Some(phone_version), Some(file_version)) = (
                    version(phone, &phone_deleted_entries),
                    version(file, &file_deleted_entries),
                ) {
                    entry_conflicts.push(Conflict {
                        id: id.clone(),
                        phone: phone_version,
                        file: file_version,
                        kept: conflict.kept,
                    });
                }
            }
        }
    }

    RestorePreview {
        children,
        entry_count: file.entry_count(),
        dates,
        new_entry_count,
        possible_same_children: possible_same_children(phone, file),
        merge,
        child_conflicts,
        entry_conflicts,
    }
}

/// A side's version of a record, from the record if present or its removal time.
fn version_of<T: Clone>(present: Option<&T>, deleted_at: Option<&i64>) -> Option<RecordVersion<T>> {
    match (present, deleted_at) {
        (Some(record), _) => Some(RecordVersion::Present(record.clone())),
        (None, Some(at)) => Some(RecordVersion::Deleted { deleted_at: *at }),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::tests::{child, date, entry, family};

    fn at(mut logged: Entry, modified_at: i64) -> Entry {
        logged.modified_at = modified_at;
        logged
    }

    /// The phone: Léa, Hugo, Inès; three entries and one removed.
    fn phone() -> Diary {
        let mut phone = family();
        phone
            .put_entry(entry("shared", &["lea"], "2025-03-03", 30))
            .unwrap();
        phone
            .put_entry(at(entry("edited", &["hugo"], "2025-03-04", 30), 2))
            .unwrap();
        phone
            .put_entry(entry("removed", &["lea"], "2025-03-05", 10))
            .unwrap();
        phone
            .put_entry(entry("old", &["lea"], "2025-03-01", 15))
            .unwrap();
        phone.remove_entry(&EntryId::new("old"), 4).unwrap();
        phone
    }

    /// The file: the phone's diary changed elsewhere, with Zoé and two new entries.
    fn file() -> Diary {
        let mut file = family();
        let mut hugo = child("hugo", "Hugo le grand", (2018, 9));
        hugo.modified_at = 3;
        file.put_child(hugo).unwrap();
        file.put_child(child("zoe", "Zoé", (2019, 6))).unwrap();
        file.put_entry(entry("shared", &["lea"], "2025-03-03", 30))
            .unwrap();
        file.put_entry(at(entry("edited", &["hugo"], "2025-03-04", 50), 5))
            .unwrap();
        file.put_entry(entry("removed", &["lea"], "2025-03-05", 10))
            .unwrap();
        file.remove_entry(&EntryId::new("removed"), 6).unwrap();
        file.put_entry(at(entry("old", &["lea"], "2025-03-01", 15), 3))
            .unwrap();
        file.put_entry(entry("n1", &["zoe"], "2025-02-27", 20))
            .unwrap();
        file.put_entry(entry("n2", &["lea", "zoe"], "2025-03-10", 40))
            .unwrap();
        file
    }

    #[test]
    fn the_preview_lists_the_file_and_what_is_new_to_the_phone() {
        let preview = preview_restore(&phone(), &file());
        let children: Vec<(&str, usize, bool)> = preview
            .children
            .iter()
            .map(|c| (c.child.name.as_str(), c.entry_count, c.is_new))
            .collect();
        assert_eq!(
            children,
            [
                ("Léa", 3, false),
                ("Hugo le grand", 1, false),
                ("Zoé", 2, true),
                ("Inès", 0, false)
            ]
        );
        let new: Vec<&str> = preview.new_children().map(|c| c.name.as_str()).collect();
        assert_eq!(new, ["Zoé"]);
        assert_eq!(preview.entry_count, 5);
        assert_eq!(
            preview.dates,
            Some(DateSpan {
                first: date("2025-02-27"),
                last: date("2025-03-10")
            })
        );
        assert_eq!(
            preview.new_entry_count, 2,
            "n1 and n2; « old » was removed here"
        );
        assert_eq!(
            (
                preview.merge.children_added,
                preview.merge.entries_added,
                preview.merge.entries_removed,
                preview.merge.entries_changed
            ),
            (1, 2, 1, 1)
        );
        assert!(preview.possible_same_children.is_empty());
    }

    #[test]
    fn conflicts_show_both_versions_and_when_each_was_changed() {
        let preview = preview_restore(&phone(), &file());
        let entries: Vec<(&str, i64, i64, MergeSide)> = preview
            .entry_conflicts
            .iter()
            .map(|c| {
                (
                    c.id.as_str(),
                    c.phone.changed_at(),
                    c.file.changed_at(),
                    c.kept,
                )
            })
            .collect();
        assert_eq!(
            entries,
            [
                ("edited", 2, 5, MergeSide::Second),
                ("old", 4, 3, MergeSide::First),
                ("removed", 1, 6, MergeSide::Second)
            ]
        );
        let edited = &preview.entry_conflicts[0];
        match (&edited.phone, &edited.file) {
            (RecordVersion::Present(mine), RecordVersion::Present(theirs)) => {
                assert_eq!((mine.minutes, theirs.minutes), (30, 50));
                assert_eq!(mine.date, date("2025-03-04"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            preview.entry_conflicts[1].phone,
            RecordVersion::Deleted { deleted_at: 4 }
        );
        assert_eq!(preview.child_conflicts.len(), 1);
        let hugo = &preview.child_conflicts[0];
        assert_eq!(
            (
                hugo.id.as_str(),
                hugo.phone.changed_at(),
                hugo.file.changed_at(),
                hugo.kept
            ),
            ("hugo", 1, 3, MergeSide::Second)
        );
        assert_eq!(preview_restore(&file(), &file()).entry_conflicts, []);
    }
}
