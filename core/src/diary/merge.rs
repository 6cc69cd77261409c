//! Merging two copies of the diary (two tabs now, two parents' phones later) so that nothing is
//! lost and nothing deleted comes back.
//!
//! Records are matched by id; of two versions the one written last (`modified_at`) wins, a
//! deletion (tombstone) winning like any other version when it is newer. Ties are broken by the
//! content itself, deletion first, so the result never depends on which copy is `a`: the merge is
//! commutative, associative and idempotent. A child removed on one phone while an entry was added
//! for them on the other leaves that entry orphaned, never dropped (see
//! [`Diary::orphaned_entries`]).

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::{Child, ChildId, Diary, Entry, EntryId, FamilyPlan};

/// One version of a record: present, or deleted at some time.
#[derive(Debug, PartialEq, Eq)]
enum Version<'a, T> {
    Present(&'a T),
    Deleted(i64),
}

impl<T> Clone for Version<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Version<'_, T> {}

/// A record that carries its last-modified time (children and entries), which a merge compares.
pub trait Modified {
    /// When the record was last written, in milliseconds since the Unix epoch.
    fn modified_at(&self) -> i64;
}

impl Modified for Child {
    fn modified_at(&self) -> i64 {
        self.modified_at
    }
}

impl Modified for Entry {
    fn modified_at(&self) -> i64 {
        self.modified_at
    }
}

impl<T: Ord + Modified> Version<'_, T> {
    /// The order in which versions win: later time, then deletion, then content.
    fn precedence(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Version::Present(a), Version::Present(b)) => {
                a.modified_at().cmp(&b.modified_at()).then_with(|| a.cmp(b))
            }
            (Version::Deleted(a), Version::Deleted(b)) => a.cmp(b),
            (Version::Present(a), Version::Deleted(b)) => {
                a.modified_at().cmp(b).then(Ordering::Less)
            }
            (Version::Deleted(a), Version::Present(b)) => {
                a.cmp(&b.modified_at()).then(Ordering::Greater)
            }
        }
    }
}

/// The winner between two optional versions, and which side it came from on a conflict.
fn pick<'a, T: Ord + Modified>(
    a: Option<Version<'a, T>>,
    b: Option<Version<'a, T>>,
) -> (Version<'a, T>, Option<MergeSide>) {
    match (a, b) {
        (Some(a), None) => (a, None),
        (None, Some(b)) => (b, None),
        (Some(a), Some(b)) if a == b => (a, None),
        (Some(a), Some(b)) => match a.precedence(&b) {
            Ordering::Less => (b, Some(MergeSide::Second)),
            _ => (a, Some(MergeSide::First)),
        },
        (None, None) => unreachable!("pick is called for ids found in a or b"),
    }
}

fn child_version<'a>(diary: &'a Diary, id: &ChildId) -> Option<Version<'a, Child>> {
    match diary.children.get(id) {
        Some(child) => Some(Version::Present(child)),
        None => diary
            .deleted_children
            .get(id)
            .map(|at| Version::Deleted(*at)),
    }
}

fn entry_version<'a>(diary: &'a Diary, id: &EntryId) -> Option<Version<'a, Entry>> {
    match diary.entry(id) {
        Some(entry) => Some(Version::Present(entry)),
        None => diary
            .deleted_entries
            .get(id)
            .map(|at| Version::Deleted(*at)),
    }
}

/// Every id present or deleted in `a` or `b`, once.
fn ids_of<'a, K: Ord + Clone + 'a>(ids: impl Iterator<Item = &'a K>) -> Vec<K> {
    let mut ids: Vec<K> = ids.cloned().collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Which copy a record's winning version came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MergeSide {
    /// The first copy (`a`), for example this phone.
    First,
    /// The second copy (`b`), for example the file being restored.
    Second,
}

/// A record's id, child or entry.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RecordId {
    /// A child.
    Child(ChildId),
    /// An entry.
    Entry(EntryId),
}

/// A record both copies hold in different versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeConflict {
    /// The record.
    pub record: RecordId,
    /// The copy whose version is kept.
    pub kept: MergeSide,
}

/// What merging `b` into `a` would change in `a`, for a preview before restoring a file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Children present after the merge that `a` did not have present.
    pub children_added: usize,
    /// Children present in `a` that the merge removes.
    pub children_removed: usize,
    /// Entries present after the merge that `a` did not have present.
    pub entries_added: usize,
    /// Entries present in `a` that the merge removes.
    pub entries_removed: usize,
    /// Entries present in `a` whose content the merge changes.
    pub entries_changed: usize,
    /// Records that both copies hold in different versions, in id order.
    pub conflicts: Vec<MergeConflict>,
}

/// Merges two copies of the diary: union by id, newest version wins, deletions kept.
pub fn merge_diaries(a: &Diary, b: &Diary) -> Diary {
    merge_with_report(a, b).0
}

/// What [`merge_diaries`] would change in `a`.
pub fn merge_report(a: &Diary, b: &Diary) -> MergeReport {
    merge_with_report(a, b).1
}

fn merge_with_report(a: &Diary, b: &Diary) -> (Diary, MergeReport) {
    let mut report = MergeReport::default();
    let mut children = BTreeMap::new();
    let mut deleted_children = BTreeMap::new();
    let child_ids = ids_of(
        (a.children.keys().chain(a.deleted_children.keys()))
            .chain(b.children.keys().chain(b.deleted_children.keys())),
    );
    for id in child_ids {
        let before = child_version(a, &id);
        let (winner, conflict) = pick(before, child_version(b, &id));
        if let Some(kept) = conflict {
            report.conflicts.push(MergeConflict {
                record: RecordId::Child(id.clone()),
                kept,
            });
        }
        match (before, winner) {
            (Some(Version::Present(_)), Version::Deleted(_)) => report.children_removed += 1,
            (Some(Version::Deleted(_)) | None, Version::Present(_)) => report.children_added += 1,
            _ => {}
        }
        match winner {
            Version::Present(child) => {
                children.insert(id, child.clone());
            }
            Version::Deleted(at) => {
                deleted_children.insert(id, at);
            }
        }
    }

    let mut merged = Diary {
        children,
        deleted_children,
        ..Diary::default()
    };
    let entry_ids = ids_of(
        (a.entry_dates.keys().chain(a.deleted_entries.keys()))
            .chain(b.entry_dates.keys().chain(b.deleted_entries.keys())),
    );
    for id in entry_ids {
        let before = entry_version(a, &id);
        let (winner, conflict) = pick(before, entry_version(b, &id));
        if let Some(kept) = conflict {
            report.conflicts.push(MergeConflict {
                record: RecordId::Entry(id.clone()),
                kept,
            });
        }
        match (before, winner) {
            (Some(Version::Present(_)), Version::Deleted(_)) => report.entries_removed += 1,
            (Some(Version::Deleted(_)) | None, Version::Present(_)) => report.entries_added += 1,
            (Some(Version::Present(old)), Version::Present(new)) if old != new => {
                report.entries_changed += 1
            }
            _ => {}
        }
        match winner {
            Version::Present(entry) => merged.insert_entry(entry.clone()),
            Version::Deleted(at) => {
                merged.deleted_entries.insert(id, at);
            }
        }
    }
    merged.plan = newer_plan(a.plan, b.plan);
    merged.commitments =
        crate::commitments::newer_commitments(&a.commitments, &b.commitments).clone();
    report.conflicts.sort_by(|x, y| x.record.cmp(&y.record));
    (merged, report)
}

/// The plan written last (ties broken by content), whichever copy it is in.
fn newer_plan(a: FamilyPlan, b: FamilyPlan) -> FamilyPlan {
    let key = |plan: FamilyPlan| (plan.modified_at, plan.committed_steps);
    if key(a) >= key(b) {
        a
    } else {
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::tests::{child, entry, family};
    use crate::diary::EntriesOfRemovedChild;

    #[test]
    fn the_newest_version_of_each_record_wins() {
        let check = |a_minutes: Option<(u16, i64)>,
                     b_minutes: Option<(u16, i64)>,
                     expected: Option<u16>| {
            let copy = |version: Option<(u16, i64)>| {
                let mut diary = family();
                if let Some((minutes, at)) = version {
                    let mut logged = entry("e", &["lea"], "2025-03-03", minutes);
                    logged.modified_at = at;
                    diary.put_entry(logged).unwrap();
                }
                diary
            };
            let (a, b) = (copy(a_minutes), copy(b_minutes));
            let merged = merge_diaries(&a, &b);
            assert_eq!(
                merged.entry(&EntryId::new("e")).map(|e| e.minutes),
                expected,
                "{a_minutes:?} {b_minutes:?}"
            );
            assert_eq!(merged, merge_diaries(&b, &a));
        };
        check(Some((30, 5)), Some((45, 6)), Some(45));
        check(Some((30, 7)), Some((45, 6)), Some(30));
        check(Some((30, 5)), Some((45, 5)), Some(45));
        check(Some((30, 5)), None, Some(30));
        check(None, None, None);
    }

    #[test]
    fn a_newer_deletion_wins_and_an_older_one_loses() {
        let mut a = family();
        a.put_entry(entry("e", &["lea"], "2025-03-03", 30)).unwrap();
        let b = a.clone();
        a.remove_entry(&EntryId::new("e"), 2).unwrap();
        let merged = merge_diaries(&a, &b);
        assert_eq!(
            merged.entry_count(),
            0,
            "the deletion at 2 is newer than the entry at 1"
        );
        assert_eq!(merged.deleted_entries().count(), 1);

        let mut edited = b.clone();
        let mut newer = entry("e", &["lea"], "2025-03-04", 60);
        newer.modified_at = 3;
        edited.put_entry(newer).unwrap();
        let merged = merge_diaries(&a, &edited);
        assert_eq!(merged.entry(&EntryId::new("e")).unwrap().minutes, 60);
        assert_eq!(merged.deleted_entries().count(), 0);

        let mut same_time = b.clone();
        let mut tie = entry("e", &["lea"], "2025-03-03", 30);
        tie.modified_at = 2;
        same_time.put_entry(tie).unwrap();
        assert_eq!(
            merge_diaries(&a, &same_time).entry_count(),
            0,
            "a deletion wins a tie"
        );
    }

    #[test]
    fn a_child_removed_on_one_phone_keeps_the_entries_added_on_the_other() {
        let mut a = family();
        let mut b = family();
        a.remove_child(&ChildId::new("ines"), EntriesOfRemovedChild::Remove, 10)
            .unwrap();
        b.put_entry(entry("late", &["ines"], "2025-03-03", 30))
            .unwrap();
        let merged = merge_diaries(&a, &b);
        assert!(merged.child(&ChildId::new("ines")).is_none());
        let orphans: Vec<&str> = merged.orphaned_entries().map(|e| e.id.as_str()).collect();
        assert_eq!(orphans, ["late"]);
        let mut back = child("ines", "Inès", (2021, 1));
        back.modified_at = 11;
        let mut c = Diary::new();
        c.put_child(back).unwrap();
        assert_eq!(merge_diaries(&merged, &c).orphaned_entries().count(), 0);
    }

    #[test]
    fn the_report_previews_what_a_restore_changes() {
        let mut phone = family();
        phone
            .put_entry(entry("kept", &["lea"], "2025-03-03", 30))
            .unwrap();
        phone
            .put_entry(entry("gone", &["lea"], "2025-03-04", 30))
            .unwrap();
        phone
            .put_entry(entry("edited", &["hugo"], "2025-03-04", 30))
            .unwrap();
        let mut file = phone.clone();
        file.remove_entry(&EntryId::new("gone"), 5).unwrap();
        let mut edited = entry("edited", &["hugo"], "2025-03-04", 50);
        edited.modified_at = 5;
        file.put_entry(edited).unwrap();
        file.put_entry(entry("new", &["ines"], "2025-03-05", 10))
            .unwrap();
        let mut zoe = child("zoe", "Zoé", (2020, 6));
        zoe.modified_at = 2;
        file.put_child(zoe).unwrap();
        let mut older_plan = phone.clone();
        older_plan.set_committed_steps(crate::four_steps::StepSet::ALL, 1);

        let report = merge_report(&phone, &file);
        let expected = MergeReport {
            children_added: 1,
            children_removed: 0,
            entries_added: 1,
            entries_removed: 1,
            entries_changed: 1,
            conflicts: vec![
                MergeConflict {
                    record: RecordId::Entry(EntryId::new("edited")),
                    kept: MergeSide::Second,
                },
                MergeConflict {
                    record: RecordId::Entry(EntryId::new("gone")),
                    kept: MergeSide::Second,
                },
            ],
        };
        assert_eq!(report, expected);
        assert_eq!(merge_report(&phone, &phone), MergeReport::default());
        assert_eq!(merge_diaries(&older_plan, &phone).plan(), older_plan.plan());
    }
}
