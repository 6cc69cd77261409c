//! Undo and « Effacer toutes mes données » as new changes.
//!
//! The diary is merged across tabs (and later across phones) record by record, newest first.
//! So undoing a change cannot simply bring back an older copy of the diary: a tab that already
//! saw the change would win the merge with its newer record. Instead, undo writes the old
//! records again with a fresh modification time, and erasing leaves a tombstone for every
//! record, so both are kept by any merge.

use super::{Diary, FamilyPlan};
use crate::commitments::Commitments;
use std::collections::BTreeSet;

impl Diary {
    /// This diary with every child, entry and plan that differs from `before` put back as it was
    /// in `before`, each stamped `modified_at`. Records added since `before` are removed (with a
    /// tombstone). Records that did not change are left as they are.
    pub fn reverted_to(&self, before: &Diary, modified_at: i64) -> Diary {
        let mut reverted = self.clone();

        // Children that existed before come back first, so restored entries can refer to them.
        for (id, child) in &before.children {
            if self.children.get(id) != Some(child) {
                let mut restored = child.clone();
                restored.modified_at = modified_at;
                reverted.deleted_children.remove(id);
                reverted.children.insert(id.clone(), restored);
            }
        }

        let entry_ids: BTreeSet<_> = before
            .entry_dates
            .keys()
            .chain(self.entry_dates.keys())
            .cloned()
            .collect();
        for id in entry_ids {
            let old = before.entry(&id);
            let now = self.entry(&id);
            match (old, now) {
                (Some(old), now) if now != Some(old) => {
                    let mut restored = old.clone();
                    restored.modified_at = modified_at;
                    reverted.insert_entry(restored);
                }
                (None, Some(_)) => {
                    let _ = reverted.remove_entry(&id, modified_at);
                }
                _ => {}
            }
        }

        // Children added since `before` go, once no restored entry refers to them.
        for id in self.children.keys() {
            if !before.children.contains_key(id) {
                reverted.children.remove(id);
                reverted.deleted_children.insert(id.clone(), modified_at);
            }
        }

        if self.plan != before.plan {
            reverted.plan = FamilyPlan {
                modified_at,
                ..before.plan
            };
        }
        if self.commitments != before.commitments {
            reverted.commitments =
                Commitments::new(before.commitments.items().to_vec(), modified_at)
                    .unwrap_or_else(|_| Commitments::none(modified_at));
        }
        reverted
    }

    /// This diary with every child and entry removed, each leaving a tombstone stamped
    /// `modified_at`, and the plan reset. Nothing about the family remains but the ids.
    pub fn erased(&self, modified_at: i64) -> Diary {
        let mut erased = self.clone();
        let entry_ids: Vec<_> = self.entry_dates.keys().cloned().collect();
        for id in entry_ids {
            let _ = erased.remove_entry(&id, modified_at);
        }
        for id in self.children.keys() {
            erased.children.remove(id);
            erased.deleted_children.insert(id.clone(), modified_at);
        }
        erased.plan = FamilyPlan {
            modified_at,
            ..FamilyPlan::default()
        };
        erased.commitments = Commitments::none(modified_at);
        erased
    }
}

#[cfg(test)]
mod tests {
    use crate::demo_family::demo_family;
    use crate::diary::{merge_diaries, EntriesOfRemovedChild};
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn undoing_a_delete_survives_a_merge_with_a_tab_that_saw_the_delete() {
        let before = demo_family(day(2025, 3, 30));
        let entry = before.entries().next().unwrap().clone();
        let mut after = before.clone();
        after.remove_entry(&entry.id, 2_000).unwrap();
        let other_tab = after.clone();

        let undone = after.reverted_to(&before, 3_000);
        assert_eq!(
            undone.entry(&entry.id).map(|e| e.minutes),
            Some(entry.minutes)
        );
        let merged = merge_diaries(&undone, &other_tab);
        assert!(
            merged.entry(&entry.id).is_some(),
            "the undo is newer than the tombstone"
        );
    }

    #[test]
    fn undoing_an_add_removes_the_entry_and_undoing_an_edit_restores_it() {
        let before = demo_family(day(2025, 3, 30));
        let mut entry = before.entries().next().unwrap().clone();
        let mut after = before.clone();
        entry.minutes += 15;
        entry.modified_at = 2_000;
        after.put_entry(entry.clone()).unwrap();
        let undone = after.reverted_to(&before, 3_000);
        assert_eq!(
            undone.entry(&entry.id).unwrap().minutes,
            entry.minutes - 15,
            "the edit is undone"
        );
        assert_eq!(undone.entry(&entry.id).unwrap().modified_at, 3_000);

        let mut added = before.clone();
        let mut new_entry = entry.clone();
        new_entry.id = crate::diary::EntryId::new("new");
        added.put_entry(new_entry.clone()).unwrap();
        let undone = added.reverted_to(&before, 3_000);
        assert!(undone.entry(&new_entry.id).is_none());
        assert_eq!(undone.entry_count(), before.entry_count());
    }

    #[test]
    fn undoing_a_child_removal_brings_back_the_child_and_their_entries() {
        let before = demo_family(day(2025, 3, 30));
        let child = before.children()[0].clone();
        let theirs = before.entry_count_of(&child.id);
        assert!(theirs > 0);
        let mut after = before.clone();
        after
            .remove_child(&child.id, EntriesOfRemovedChild::Remove, 2_000)
            .unwrap();
        assert_eq!(after.entry_count_of(&child.id), 0);
        let undone = after.reverted_to(&before, 3_000);
        assert_eq!(undone.child(&child.id).map(|c| &c.name), Some(&child.name));
        assert_eq!(undone.entry_count_of(&child.id), theirs);
        assert_eq!(undone.entry_count(), before.entry_count());
    }

    #[test]
    fn erasing_leaves_nothing_that_a_merge_with_an_old_copy_brings_back() {
        let before = demo_family(day(2025, 3, 30));
        let later = before.entries().map(|e| e.modified_at).max().unwrap() + 1_000;
        let erased = before.erased(later);
        assert!(erased.children().is_empty());
        assert_eq!(erased.entry_count(), 0);
        let merged = merge_diaries(&erased, &before);
        assert!(merged.children().is_empty());
        assert_eq!(merged.entry_count(), 0);
        let back = erased.reverted_to(&before, later + 1);
        assert_eq!(back.entry_count(), before.entry_count());
    }

    #[test]
    fn commitments_are_erased_and_their_changes_undone() {
        use crate::commitments::{Commitment, Commitments};
        let mut before = demo_family(day(2025, 3, 30));
        let later = before.entries().map(|e| e.modified_at).max().unwrap() + 1_000;
        let promise = Commitment::Text("pas de tablette à table".into());
        before
            .set_commitments(Commitments::new(vec![promise.clone()], later).unwrap())
            .unwrap();
        let erased = before.erased(later + 1);
        assert!(erased.commitments().is_empty());
        assert!(merge_diaries(&erased, &before).commitments().is_empty());

        let mut changed = before.clone();
        changed
            .set_commitments(Commitments::none(later + 2))
            .unwrap();
        let undone = changed.reverted_to(&before, later + 3);
        assert_eq!(undone.commitments().items(), &[promise]);
        assert_eq!(undone.commitments().modified_at(), later + 3);
    }
}
