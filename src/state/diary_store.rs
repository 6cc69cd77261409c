//! The family's diary as a context: the one place that loads, changes and saves it.
//!
//! Nothing is ever lost:
//! - a stored diary that cannot be read is copied to a recovery key before anything else is
//!   written, and a banner explains and offers to download it; it is deleted only on request;
//! - a write or a removal that fails is said by the storage banner ([`StorageProblem`]): a
//!   failed write keeps the diary in memory, a refused removal leaves what it would have removed
//!   where it was (the demo family stays shown, an unreadable copy stays listed);
//! - every write first checks what is stored: the core's [`plan_save`] says whether to write,
//!   merge with what another tab wrote (by record id, newest first), or keep an unreadable text
//!   aside first; changes made in another tab are also merged in as they happen, so two tabs
//!   never lose each other's work;
//! - every change can be undone for a few seconds, as a new change (see `Diary::reverted_to`).
//!
//! The demo family lives beside the real diary, under its own key, and never mixes with it: no
//! demo action touches the real diary, except « Garder dans mon carnet », which moves what a
//! person added during the demo (the core decides what that is) into it. Removing the demo can be
//! undone like any other change.

use crate::browser::clock;
use crate::browser::local_store::{self, keys, StoreWriteError};
use crate::browser::persistence;
use ecrans_core::demo_additions::{demo_additions, keep_demo_additions, DemoAdditions};
use ecrans_core::demo_family::demo_family;
use ecrans_core::diary::{merge_diaries, Diary, DiaryError};
use ecrans_core::saved_diary::{decode_saved_diary, encode_saved_diary, plan_save, SavePlan};
use leptos::prelude::*;
use std::time::Duration;

/// How long the « Annuler » offer stays after a change.
pub const UNDO_DELAY: Duration = Duration::from_secs(8);

/// What a change did, for the undo message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    EntryAdded,
    EntryEdited,
    EntryDeleted,
    ChildAdded,
    ChildEdited,
    ChildRemoved,
    PlanChanged,
    Erased,
    /// A backup file was merged in or replaced the diary.
    Restored,
    /// The demo family was removed, with anything typed into it.
    DemoRemoved,
    /// What a person added to the demo went into the real diary, and the demo was removed.
    DemoKept,
}

/// A change that can still be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct UndoOffer {
    /// Tells offers apart, so an old timer does not close a newer offer.
    pub serial: u64,
    pub kind: ChangeKind,
    before: Diary,
    on_demo: bool,
    /// The demo family to show again (the change removed it).
    demo_back: Option<Diary>,
}

/// Why storage needs the user's attention.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageProblem {
    /// Saving or removing failed (storage full, private mode): a diary not written is kept in
    /// memory only; a value not removed stays where it was.
    WriteFailed(StoreWriteError),
}

#[derive(Clone, Copy)]
pub struct DiaryStore {
    real: RwSignal<Diary>,
    demo: RwSignal<Option<Diary>>,
    unreadable_keys: RwSignal<Vec<String>>,
    problem: RwSignal<Option<StorageProblem>>,
    undo: RwSignal<Option<UndoOffer>>,
    next_serial: StoredValue<u64>,
    /// The stored text this tab last read and could decode, or last wrote.
    last_read: StoredValue<Option<String>>,
}

impl DiaryStore {
    /// Reads the diary shown (the demo family while it is shown), tracking it.
    pub fn with<R>(&self, read: impl FnOnce(&Diary) -> R) -> R {
        let demo_shown = self.demo.with(Option::is_some);
        if demo_shown {
            self.demo
                .with(|demo| read(demo.as_ref().expect("checked above")))
        } else {
            self.real.with(read)
        }
    }

    /// Whether the demo family is shown instead of the real diary.
    pub fn is_demo(&self) -> bool {
        self.demo.with(Option::is_some)
    }

    /// Keys holding a stored diary that could not be read (kept until the user decides).
    pub fn unreadable_keys(&self) -> Vec<String> {
        self.unreadable_keys.get()
    }

    pub fn problem(&self) -> Option<StorageProblem> {
        self.problem.get()
    }

    pub fn undo_offer(&self) -> Option<UndoOffer> {
        self.undo.get()
    }

    /// Applies `change` to the diary shown. If it fails, nothing changes and the error is
    /// returned; otherwise the result is saved and an undo is offered.
    pub fn change(
        &self,
        kind: ChangeKind,
        change: impl FnOnce(&mut Diary) -> Result<(), DiaryError>,
    ) -> Result<(), DiaryError> {
        let on_demo = self.demo.with_untracked(Option::is_some);
        self.change_in(kind, on_demo, change)
    }

    /// The real diary, untracked (for backups and exports, never the demo family).
    pub fn real_diary_untracked(&self) -> Diary {
        self.real.get_untracked()
    }

    /// Reads the real diary, tracking it (for storage health and reminders).
    pub fn with_real<R>(&self, read: impl FnOnce(&Diary) -> R) -> R {
        self.real.with(read)
    }

    fn change_in(
        &self,
        kind: ChangeKind,
        on_demo: bool,
        change: impl FnOnce(&mut Diary) -> Result<(), DiaryError>,
    ) -> Result<(), DiaryError> {
        let before = if on_demo {
            self.with_untracked(Diary::clone)
        } else {
            self.real.get_untracked()
        };
        let mut after = before.clone();
        change(&mut after)?;
        self.commit(kind, on_demo, before, after);
        Ok(())
    }

    /// Puts in place of the real diary one the core built and checked (a restore or a merge),
    /// with an undo, even while the demo family is shown. A failed save is told like any other.
    pub fn replace_real(&self, kind: ChangeKind, diary: Diary) {
        let before = self.real.get_untracked();
        self.commit(kind, false, before, diary);
    }

    /// Saves `after` in place of `before` and offers to undo it. A failed save is said by the
    /// banner and the change stays in memory, undoable like any other.
    fn commit(&self, kind: ChangeKind, on_demo: bool, before: Diary, after: Diary) {
        let first_entry = !on_demo && before.entry_count() == 0 && after.entry_count() > 0;
        self.replace(after, on_demo);
        self.offer_undo(kind, before, on_demo);
        if first_entry {
            persistence::request_persistent_storage();
        }
    }

    /// Undoes the offered change, as a new change, and withdraws the offer.
    pub fn undo(&self) {
        let Some(offer) = self.undo.get_untracked() else {
            return;
        };
        self.undo.set(None);
        let current = if offer.on_demo {
            self.demo.get_untracked()
        } else {
            Some(self.real.get_untracked())
        };
        if let Some(current) = current {
            if current != offer.before {
                let reverted = current.reverted_to(&offer.before, clock::now_millis());
                self.replace(reverted, offer.on_demo);
            }
        }
        if let Some(demo) = offer.demo_back {
            self.replace(demo, true);
        }
    }

    /// Withdraws the undo offer if it is still `serial`.
    pub fn dismiss_undo(&self, serial: u64) {
        if self
            .undo
            .with_untracked(|offer| offer.as_ref().map(|o| o.serial))
            == Some(serial)
        {
            self.undo.set(None);
        }
    }

    /// Shows the demo family (generated for today), stored apart from the real diary.
    pub fn show_demo(&self) {
        self.undo.set(None);
        self.replace(demo_family(clock::today()), true);
    }

    /// What a person added to the demo family shown (empty when none is shown), tracking it.
    pub fn demo_additions(&self) -> DemoAdditions {
        self.demo
            .with(|demo| demo.as_ref().map(demo_additions).unwrap_or_default())
    }

    /// Like [`DiaryStore::demo_additions`], without tracking (for event handlers).
    pub fn demo_additions_untracked(&self) -> DemoAdditions {
        self.demo
            .with_untracked(|demo| demo.as_ref().map(demo_additions).unwrap_or_default())
    }

    /// « Tout effacer »: removes the demo family with anything typed into it; the real diary is
    /// not touched. Can be undone for a few seconds. If the browser refuses to remove it, the
    /// banner says so and the demo stays.
    pub fn remove_demo(&self) {
        let Some(demo) = self.take_demo() else {
            return;
        };
        // Undoing only shows the demo again: the real diary was not touched.
        self.offer_undo_with(ChangeKind::DemoRemoved, demo.clone(), true, Some(demo));
    }

    /// « Garder dans mon carnet »: moves what a person added to the demo into the real diary
    /// (the core's merge, new ids where needed) and removes the demo. Can be undone.
    ///
    /// The real diary is written first, and the demo removed only once that write succeeded: if
    /// it fails, the banner says so and the demo stays, still holding what was typed, so a reload
    /// loses nothing (keeping again later gives the same records, as the core's merge is
    /// idempotent). If only the demo's removal is refused, the records are kept and the demo
    /// stays, with the banner.
    pub fn keep_demo_additions(&self) {
        let Some(demo) = self.demo.get_untracked() else {
            return;
        };
        let before = self.real.get_untracked();
        let kept = keep_demo_additions(&before, &demo_additions(&demo), clock::new_id);
        let first_entry = before.entry_count() == 0 && kept.entry_count() > 0;
        if !self.replace(kept, false) {
            return;
        }
        let removed_demo = self.take_demo();
        self.offer_undo_with(ChangeKind::DemoKept, before, false, removed_demo);
        if first_entry {
            persistence::request_persistent_storage();
        }
    }

    /// Deletes the demo family's stored copy and hides it; returns it. A removal the browser
    /// refuses is said by the banner and changes nothing: the demo stays shown and stored, and
    /// `None` is returned.
    fn take_demo(&self) -> Option<Diary> {
        let demo = self.demo.get_untracked()?;
        if let Err(error) = local_store::remove(keys::DEMO) {
            self.report_failure(error);
            return None;
        }
        self.demo.set(None);
        Some(demo)
    }

    /// « Effacer toutes mes données »: every child and entry is removed (leaving tombstones, so
    /// another tab cannot bring them back), the demo family and the unreadable copies too.
    /// The language and text size are kept. Can be undone for a few seconds.
    ///
    /// The real diary is written first, so that a removal refused afterwards is still the one
    /// the banner tells (a successful write lowers the banner); what could not be removed stays
    /// shown (the demo) or listed (an unreadable copy).
    pub fn erase_everything(&self) {
        let before = self.real.get_untracked();
        let erased = before.erased(clock::now_millis());
        self.replace(erased, false);
        let demo = self.take_demo();
        let kept_keys: Vec<String> = self
            .unreadable_keys
            .get_untracked()
            .into_iter()
            .filter(|key| match local_store::remove(key) {
                Ok(()) => false,
                Err(error) => {
                    self.report_failure(error);
                    true
                }
            })
            .collect();
        self.unreadable_keys.set(kept_keys);
        self.offer_undo_with(ChangeKind::Erased, before, false, demo);
    }

    /// The size of the diary as stored on this device, in bytes (0 when none is stored).
    pub fn stored_size(&self) -> usize {
        local_store::read_text(keys::DIARY).map_or(0, |text| text.len())
    }

    /// The raw text kept under an unreadable key, for download.
    pub fn unreadable_text(&self, key: &str) -> Option<String> {
        local_store::read_text(key)
    }

    /// Deletes a kept unreadable copy, once the user has chosen to. If the browser refuses, the
    /// banner says so and the copy stays listed.
    pub fn discard_unreadable(&self, key: &str) {
        match local_store::remove(key) {
            Ok(()) => self
                .unreadable_keys
                .update(|keys| keys.retain(|kept| kept != key)),
            Err(error) => self.report_failure(error),
        }
    }

    /// Reads the diary shown without tracking it (for event handlers).
    pub fn with_untracked_diary<R>(&self, read: impl FnOnce(&Diary) -> R) -> R {
        self.with_untracked(read)
    }

    fn with_untracked<R>(&self, read: impl FnOnce(&Diary) -> R) -> R {
        if self.demo.with_untracked(Option::is_some) {
            self.demo
                .with_untracked(|demo| read(demo.as_ref().expect("checked above")))
        } else {
            self.real.with_untracked(read)
        }
    }

    /// Shows `diary` (the demo family or the real diary) and stores it. Returns whether it is
    /// stored; when it is not, the storage banner already says so and the diary stays in memory.
    fn replace(&self, diary: Diary, on_demo: bool) -> bool {
        if on_demo {
            let stored = match local_store::write_text(keys::DEMO, &encode_saved_diary(&diary)) {
                Ok(()) => true,
                Err(error) => {
                    self.report_failure(error);
                    false
                }
            };
            self.demo.set(Some(diary));
            stored
        } else {
            let (saved, stored) = self.save_real(diary);
            self.real.set(saved);
            stored
        }
    }

    /// Saves `diary` as the core's [`plan_save`] says from what is stored now (another tab may
    /// have written since, or the text may be unreadable); returns the diary to show and whether
    /// it was written.
    fn save_real(&self, diary: Diary) -> (Diary, bool) {
        let stored = local_store::read_text(keys::DIARY);
        let plan = self
            .last_read
            .with_value(|last_read| plan_save(last_read.as_deref(), stored.as_deref(), diary));
        let diary = match plan {
            SavePlan::Write { diary } | SavePlan::MergeThenWrite { merged: diary } => diary,
            SavePlan::KeepAsideThenWrite { unreadable, diary } => {
                if !self.keep_unreadable(&unreadable) {
                    return (diary, false);
                }
                diary
            }
        };
        let written = self.write_real(&diary);
        (diary, written)
    }

    /// Writes the real diary and returns whether it was written; a failure is said by the
    /// storage banner and the diary stays in memory, a success withdraws an earlier failure.
    fn write_real(&self, diary: &Diary) -> bool {
        let text = encode_saved_diary(diary);
        match local_store::write_text(keys::DIARY, &text) {
            Ok(()) => {
                self.last_read.set_value(Some(text));
                if matches!(
                    self.problem.get_untracked(),
                    Some(StorageProblem::WriteFailed(_))
                ) {
                    self.problem.set(None);
                }
                true
            }
            Err(error) => {
                self.report_failure(error);
                false
            }
        }
    }

    /// Raises the storage banner for a write or removal the browser refused.
    fn report_failure(&self, error: StoreWriteError) {
        self.problem.set(Some(StorageProblem::WriteFailed(error)));
    }

    /// Copies an unreadable stored diary to a recovery key. Returns false if it could not be
    /// kept, in which case the main key must not be overwritten.
    fn keep_unreadable(&self, raw: &str) -> bool {
        let existing = local_store::keys_with_prefix(keys::DIARY_UNREADABLE_PREFIX);
        if existing
            .iter()
            .any(|key| local_store::read_text(key).as_deref() == Some(raw))
        {
            return true;
        }
        let key = if existing.is_empty() {
            keys::DIARY_UNREADABLE_PREFIX.to_string()
        } else {
            format!("{}.{}", keys::DIARY_UNREADABLE_PREFIX, clock::now_millis())
        };
        match local_store::write_text(&key, raw) {
            Ok(()) => {
                self.unreadable_keys.update(|keys| keys.push(key));
                true
            }
            Err(error) => {
                self.report_failure(error);
                false
            }
        }
    }

    fn offer_undo(&self, kind: ChangeKind, before: Diary, on_demo: bool) {
        self.offer_undo_with(kind, before, on_demo, None);
    }

    fn offer_undo_with(
        &self,
        kind: ChangeKind,
        before: Diary,
        on_demo: bool,
        demo_back: Option<Diary>,
    ) {
        let serial = self.next_serial.get_value() + 1;
        self.next_serial.set_value(serial);
        self.undo.set(Some(UndoOffer {
            serial,
            kind,
            before,
            on_demo,
            demo_back,
        }));
        let store = *self;
        set_timeout(move || store.dismiss_undo(serial), UNDO_DELAY);
    }

    /// Merges a diary written by another tab into this one.
    fn merge_from_other_tab(&self, text: Option<String>) {
        let Some(text) = text else {
            return;
        };
        match decode_saved_diary(&text) {
            Ok(theirs) => {
                self.last_read.set_value(Some(text));
                let ours = self.real.get_untracked();
                let merged = merge_diaries(&ours, &theirs);
                if merged != theirs {
                    self.write_real(&merged);
                }
                if merged != ours {
                    self.real.set(merged);
                }
            }
            Err(_) => {
                self.keep_unreadable(&text);
            }
        }
    }
}

/// Loads the diary (keeping an unreadable one aside), provides the store, and starts listening
/// to other tabs.
pub fn provide_diary_store() -> DiaryStore {
    let store = DiaryStore {
        real: RwSignal::new(Diary::new()),
        demo: RwSignal::new(None),
        unreadable_keys: RwSignal::new(local_store::keys_with_prefix(
            keys::DIARY_UNREADABLE_PREFIX,
        )),
        problem: RwSignal::new(None),
        undo: RwSignal::new(None),
        next_serial: StoredValue::new(0),
        last_read: StoredValue::new(None),
    };
    if let Some(raw) = local_store::read_text(keys::DIARY) {
        match decode_saved_diary(&raw) {
            Ok(diary) => {
                store.real.set(diary);
                store.last_read.set_value(Some(raw));
            }
            Err(_) => {
                store.keep_unreadable(&raw);
            }
        }
    }
    if let Some(Ok(demo)) = local_store::read_text(keys::DEMO)
        .as_deref()
        .map(decode_saved_diary)
    {
        store.demo.set(Some(demo));
    }
    local_store::watch_other_tabs(keys::DIARY, move |text| store.merge_from_other_tab(text));
    provide_context(store);
    store
}

pub fn expect_diary_store() -> DiaryStore {
    expect_context::<DiaryStore>()
}
