//! The parent's choice turned into the diary the phone keeps: « Remplacer », or « Fusionner » once
//! every « Même enfant ? » question has an answer, with the children the parent called the same
//! folded into one.
//!
//! The app keeps the answers as the parent gives them and calls [`decide_restore`] on « Fusionner »
//! or « Remplacer »; the questions are [`possible_same_children`] between the phone's diary and
//! the file's, the same pairs the preview shows. Nothing here changes either diary.

use std::collections::HashMap;

use crate::diary::Diary;

use super::child_matching::{
    merge_with_child_matches, possible_same_children, ChildMatch, ChildMatchError,
};
use super::restore::{apply_restore, RestoreChoice};

/// The parent's answers to the « Même enfant ? » questions: `true` for « Oui, le même enfant »,
/// `false` for « Non, deux enfants »; a question not in the map has no answer yet.
pub type SameChildAnswers = HashMap<ChildMatch, bool>;

/// Why « Fusionner » cannot go ahead with these answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreProblem {
    /// A « Même enfant ? » question has no answer yet (the first one, in the preview's order).
    Unanswered {
        /// The question's pair.
        pair: ChildMatch,
    },
    /// The answers cannot be applied together (one child of the file called the same as two of
    /// the phone's).
    Conflicting(ChildMatchError),
}

/// The diary the phone keeps after `choice` between `phone` and `file`, given the parent's
/// `answers` (read only for « Fusionner »), with the changes dated `now`.
pub fn decide_restore(
    phone: &Diary,
    file: &Diary,
    choice: RestoreChoice,
    answers: &SameChildAnswers,
    now: i64,
) -> Result<Diary, RestoreProblem> {
    if choice == RestoreChoice::Replace {
        return Ok(apply_restore(phone, file, choice, now));
    }
    let mut matches = Vec::new();
    for pair in possible_same_children(phone, file) {
        let pair = pair.to_match();
        match answers.get(&pair) {
            None => return Err(RestoreProblem::Unanswered { pair }),
            Some(true) => matches.push(pair),
            Some(false) => {}
        }
    }
    if matches.is_empty() {
        Ok(apply_restore(phone, file, choice, now))
    } else {
        merge_with_child_matches(phone, file, &matches, now).map_err(RestoreProblem::Conflicting)
    }
}

#[cfg(test)]
mod tests {
    use super::{decide_restore, RestoreProblem, SameChildAnswers};
    use crate::backup::{apply_restore, ChildMatch, ChildMatchError, RestoreChoice};
    use crate::diary::tests::{child, entry};
    use crate::diary::{merge_diaries, ChildId, Diary, EntryId};

    /// The phone has Léa and Hugo; the file has its own Léa (other id, one entry) and Zoé.
    fn two_phones() -> (Diary, Diary) {
        let mut phone = Diary::new();
        phone.put_child(child("a-lea", "Léa", (2015, 4))).unwrap();
        phone.put_child(child("a-hugo", "Hugo", (2018, 9))).unwrap();
        phone
            .put_entry(entry("a1", &["a-lea"], "2025-03-03", 30))
            .unwrap();
        let mut file = Diary::new();
        file.put_child(child("b-lea", "Lea", (2015, 4))).unwrap();
        file.put_child(child("b-zoe", "Zoé", (2019, 1))).unwrap();
        file.put_entry(entry("b1", &["b-lea"], "2025-03-04", 20))
            .unwrap();
        (phone, file)
    }

    fn pair(phone_child: &str, file_child: &str) -> ChildMatch {
        ChildMatch {
            phone_child: ChildId::new(phone_child),
            file_child: ChildId::new(file_child),
        }
    }

    fn answers(given: &[(ChildMatch, bool)]) -> SameChildAnswers {
        given.iter().cloned().collect()
    }

    #[test]
    fn replacing_needs_no_answer() {
        let (phone, file) = two_phones();
        assert_eq!(
            decide_restore(&phone, &file, RestoreChoice::Replace, &answers(&[]), 50),
            Ok(apply_restore(&phone, &file, RestoreChoice::Replace, 50))
        );
    }

    #[test]
    fn merging_waits_for_every_answer() {
        let (phone, file) = two_phones();
        assert_eq!(
            decide_restore(&phone, &file, RestoreChoice::Merge, &answers(&[]), 50),
            Err(RestoreProblem::Unanswered {
                pair: pair("a-lea", "b-lea")
            })
        );
        // An answer to a question not asked does not count.
        let other = answers(&[(pair("a-hugo", "b-lea"), true)]);
        assert!(matches!(
            decide_restore(&phone, &file, RestoreChoice::Merge, &other, 50),
            Err(RestoreProblem::Unanswered { .. })
        ));
    }

    #[test]
    fn merging_without_questions_is_the_merge() {
        let (phone, _) = two_phones();
        let mut file = Diary::new();
        file.put_child(child("b-zoe", "Zoé", (2019, 1))).unwrap();
        assert_eq!(
            decide_restore(&phone, &file, RestoreChoice::Merge, &answers(&[]), 50),
            Ok(merge_diaries(&phone, &file))
        );
    }

    #[test]
    fn two_children_stay_two_and_the_same_child_becomes_one() {
        let (phone, file) = two_phones();
        let apart = decide_restore(
            &phone,
            &file,
            RestoreChoice::Merge,
            &answers(&[(pair("a-lea", "b-lea"), false)]),
            50,
        )
        .unwrap();
        assert_eq!(apart, merge_diaries(&phone, &file));
        assert_eq!(apart.children().len(), 4);

        let same = decide_restore(
            &phone,
            &file,
            RestoreChoice::Merge,
            &answers(&[(pair("a-lea", "b-lea"), true)]),
            50,
        )
        .unwrap();
        let names: Vec<&str> = same.children().iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Léa", "Hugo", "Zoé"]);
        let b1 = same.entry(&EntryId::new("b1")).unwrap();
        assert_eq!(b1.children, [ChildId::new("a-lea")]);
        assert_eq!(same.entry_count_of(&ChildId::new("a-lea")), 2);
    }

    #[test]
    fn one_file_child_called_the_same_as_two_is_conflicting() {
        let (mut phone, file) = two_phones();
        phone.put_child(child("a-lea2", "LÉA", (2016, 2))).unwrap();
        let both = answers(&[
            (pair("a-lea", "b-lea"), true),
            (pair("a-lea2", "b-lea"), true),
        ]);
        assert_eq!(
            decide_restore(&phone, &file, RestoreChoice::Merge, &both, 50),
            Err(RestoreProblem::Conflicting(ChildMatchError::MatchedTwice {
                child: ChildId::new("b-lea")
            }))
        );
        let one = answers(&[
            (pair("a-lea", "b-lea"), false),
            (pair("a-lea2", "b-lea"), true),
        ]);
        let merged = decide_restore(&phone, &file, RestoreChoice::Merge, &one, 50).unwrap();
        assert_eq!(merged.entry_count_of(&ChildId::new("a-lea2")), 1);
    }
}
