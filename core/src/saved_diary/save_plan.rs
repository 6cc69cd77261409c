//! What to do when the app saves the diary and finds the stored text changed or unreadable: the
//! decision, as a pure function; the app's store reads the text, asks [`plan_save`] and carries
//! out the [`SavePlan`].
//!
//! The rules: a text that cannot be read (cut short, edited by hand, written by a newer version of
//! the app) is never overwritten: it is kept aside first, and the diary is written only once the
//! copy is safe. A readable text that another tab (or another copy of the app) wrote since this
//! app last read it is merged with the diary to save, so neither loses the other's work. A text
//! this app last read or wrote itself is replaced by the diary to save, which already holds it.

use super::decode_saved_diary;
use crate::diary::{merge_diaries, Diary};

/// What saving must do, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum SavePlan {
    /// Nothing is stored, or the stored text is the one this app last read or wrote: write the
    /// diary as it is.
    Write {
        /// The diary to write.
        diary: Diary,
    },
    /// A readable diary was stored since this app last read: write the merge of both, and show
    /// it.
    MergeThenWrite {
        /// The diary to save merged with the stored one.
        merged: Diary,
    },
    /// The stored text cannot be read: copy it aside first, and write the diary only if the copy
    /// was kept (otherwise write nothing).
    KeepAsideThenWrite {
        /// The stored text, exactly as found.
        unreadable: String,
        /// The diary to write once the text is kept.
        diary: Diary,
    },
}

impl SavePlan {
    /// The diary the plan writes (and the app then shows).
    pub fn diary_to_write(&self) -> &Diary {
        match self {
            SavePlan::Write { diary }
            | SavePlan::MergeThenWrite { merged: diary }
            | SavePlan::KeepAsideThenWrite { diary, .. } => diary,
        }
    }
}

/// The plan for saving `diary`, given the text this app last read and could decode, or last
/// wrote (`last_read`; `None` before either), and the text stored now (`stored`; `None` when the
/// key is empty).
pub fn plan_save(last_read: Option<&str>, stored: Option<&str>, diary: Diary) -> SavePlan {
    let Some(stored) = stored else {
        return SavePlan::Write { diary };
    };
    if last_read == Some(stored) {
        return SavePlan::Write { diary };
    }
    match decode_saved_diary(stored) {
        Ok(theirs) => SavePlan::MergeThenWrite {
            merged: merge_diaries(&diary, &theirs),
        },
        Err(_) => SavePlan::KeepAsideThenWrite {
            unreadable: stored.to_owned(),
            diary,
        },
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{plan_save, SavePlan};
    use crate::diary::tests::{entry, family};
    use crate::diary::{Diary, EntryId};
    use crate::saved_diary::{decode_saved_diary, encode_saved_diary};

    /// The family with one entry `id`.
    fn with_entry(id: &str, day: &str) -> Diary {
        let mut diary = family();
        diary.put_entry(entry(id, &["lea"], day, 30)).unwrap();
        diary
    }

    #[test]
    fn nothing_stored_writes_the_diary() {
        let diary = with_entry("mine", "2025-03-03");
        for last_read in [None, Some("{}")] {
            assert_eq!(
                plan_save(last_read, None, diary.clone()),
                SavePlan::Write {
                    diary: diary.clone()
                }
            );
        }
    }

    #[test]
    fn the_text_this_app_last_read_is_replaced() {
        let read = encode_saved_diary(&family());
        let diary = with_entry("mine", "2025-03-03");
        let plan = plan_save(Some(&read), Some(&read), diary.clone());
        assert_eq!(plan, SavePlan::Write { diary });
    }

    #[test]
    fn a_diary_another_tab_wrote_is_merged() {
        let read = encode_saved_diary(&family());
        let theirs = encode_saved_diary(&with_entry("theirs", "2025-03-04"));
        let diary = with_entry("mine", "2025-03-03");
        for last_read in [None, Some(read.as_str())] {
            let plan = plan_save(last_read, Some(&theirs), diary.clone());
            let SavePlan::MergeThenWrite { merged } = &plan else {
                panic!("{plan:?}");
            };
            assert!(merged.entry(&EntryId::new("mine")).is_some());
            assert!(merged.entry(&EntryId::new("theirs")).is_some());
            assert_eq!(plan.diary_to_write(), merged);
        }
    }

    #[test]
    fn an_unreadable_text_is_kept_aside_before_anything_is_written() {
        let read = encode_saved_diary(&family());
        let newer = read.replacen(r#""schema":2"#, r#""schema":99"#, 1);
        assert!(decode_saved_diary(&newer).is_err());
        let cut_short = &read[..read.len() / 2];
        let diary = with_entry("mine", "2025-03-03");
        for stored in ["", "not json", "[1, 2]", "{}", cut_short, &newer] {
            for last_read in [None, Some(read.as_str())] {
                assert_eq!(
                    plan_save(last_read, Some(stored), diary.clone()),
                    SavePlan::KeepAsideThenWrite {
                        unreadable: stored.to_owned(),
                        diary: diary.clone(),
                    },
                    "{stored:?}"
                );
            }
        }
    }

    proptest! {
        /// Whatever is stored, a text that cannot be read is never planned to be overwritten
        /// before it is kept aside, byte for byte.
        #[test]
        fn unreadable_data_is_never_overwritten(stored in ".{0,200}", mine in any::<bool>()) {
            prop_assume!(decode_saved_diary(&stored).is_err());
            let read = encode_saved_diary(&family());
            let last_read = mine.then_some(read.as_str());
            let diary = with_entry("mine", "2025-03-03");
            let plan = plan_save(last_read, Some(&stored), diary.clone());
            prop_assert_eq!(
                plan,
                SavePlan::KeepAsideThenWrite { unreadable: stored, diary }
            );
        }

        /// A readable stored diary is never lost: everything in it is in what is written.
        #[test]
        fn a_readable_stored_diary_is_never_lost(days in proptest::collection::vec(1u32..=28, 0..6)) {
            let mut theirs = family();
            for (index, day) in days.iter().enumerate() {
                theirs
                    .put_entry(entry(&format!("t{index}"), &["hugo"], &format!("2025-02-{day:02}"), 20))
                    .unwrap();
            }
            let stored = encode_saved_diary(&theirs);
            let plan = plan_save(None, Some(&stored), with_entry("mine", "2025-03-03"));
            let written = plan.diary_to_write();
            for index in 0..days.len() {
                let id = EntryId::new(format!("t{index}"));
                prop_assert!(written.entry(&id).is_some());
            }
            prop_assert!(written.entry(&EntryId::new("mine")).is_some());
        }
    }
}
