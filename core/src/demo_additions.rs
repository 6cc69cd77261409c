//! What a person added while the demo family was shown, and « Garder dans mon carnet », which
//! moves exactly that into the real diary.
//!
//! At a workshop the advisor shows the demo and a parent starts typing their own child: those
//! records must not vanish with the fiction. A record of a demo diary was added by a person when
//! it is not part of the deterministic family of [`crate::demo_family`]:
//! - a child whose id is not one of the fictional children's (their limit comes with them);
//! - an entry covering at least one such child, kept for those children only (a family film with
//!   Léa and the parent's own child moves without Léa);
//! - the « 4 pas » when they are not the fiction's plan;
//! - the commitments, when there are any, without the limits of fictional children.
//!
//! Edits of fictional records (Léa's limit, an entry about Hugo alone) are part of the demo and go
//! with it. Keeping merges the added records into the real diary with [`merge_diaries`], after
//! giving a new id to any record whose id the real diary already knows otherwise (a deletion left
//! by an undone « Garder », say) or that is a fictional id: the result is exactly the merge of the
//! real diary and the added records. New ids are passed in: the core draws no random numbers.

use std::collections::BTreeMap;

use crate::commitments::{Commitment, Commitments};
use crate::demo_family::{is_fictional_child, is_fictional_plan, DEMO_ID_PREFIX};
use crate::diary::{merge_diaries, Child, ChildId, Diary, Entry, EntryId};
use crate::language::Language;

/// The records a person added to a demo diary, as a diary of their own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DemoAdditions {
    records: Diary,
    steps_chosen: bool,
}

impl DemoAdditions {
    /// The added records: children, entries (for those children only), and the « 4 pas » and
    /// commitments when a person chose them; everything else is empty.
    pub fn records(&self) -> &Diary {
        &self.records
    }

    /// How many children were added.
    pub fn children(&self) -> usize {
        self.records.children().len()
    }

    /// How many entries cover an added child.
    pub fn entries(&self) -> usize {
        self.records.entry_count()
    }

    /// How many commitments were written (without those on fictional children).
    pub fn commitments(&self) -> usize {
        self.records.commitments().items().len()
    }

    /// Whether the « 4 pas » were chosen during the demo.
    pub fn steps_chosen(&self) -> bool {
        self.steps_chosen
    }

    /// Whether nothing was added: the demo can go without asking.
    pub fn is_empty(&self) -> bool {
        self.children() == 0 && self.entries() == 0 && self.commitments() == 0 && !self.steps_chosen
    }

    /// What was added, in words: « 1 enfant et 3 moments ajoutés pendant la démonstration »,
    /// « 2 children, 1 entry and 1 commitment added during the demo ».
    pub fn summary(&self, language: Language) -> String {
        let counts = [
            (self.children(), Noun::Child),
            (self.entries(), Noun::Entry),
            (self.commitments(), Noun::Commitment),
        ];
        let parts: Vec<String> = counts
            .iter()
            .filter(|(count, _)| *count > 0)
            .map(|(count, noun)| noun.counted(*count, language))
            .collect();
        let total: usize = counts.iter().map(|(count, _)| count).sum();
        let (during, steps_only, steps_too) = match language {
            Language::Fr => (
                "pendant la démonstration",
                "les «\u{a0}4 pas\u{a0}» choisis pendant la démonstration",
                ", ainsi que les «\u{a0}4 pas\u{a0}» choisis",
            ),
            Language::En => (
                "during the demo",
                "the 4 steps chosen during the demo",
                ", and the 4 steps chosen",
            ),
        };
        if parts.is_empty() {
            return if self.steps_chosen {
                steps_only.to_owned()
            } else {
                String::new()
            };
        }
        let added = match (language, total) {
            (Language::Fr, 1) => "ajouté",
            (Language::Fr, _) => "ajoutés",
            (Language::En, _) => "added",
        };
        let mut text = format!("{} {added} {during}", join_words(&parts, language));
        if self.steps_chosen {
            text.push_str(steps_too);
        }
        text
    }
}

/// The things counted in a summary.
#[derive(Clone, Copy)]
enum Noun {
    Child,
    Entry,
    Commitment,
}

impl Noun {
    /// « 1 enfant », « 3 moments », « 2 children »: the plural for every count but 1 (in French
    /// 0 and 1 take the singular, but a count of 0 is never written).
    fn counted(self, count: usize, language: Language) -> String {
        let (one, many) = match (language, self) {
            (Language::Fr, Noun::Child) => ("enfant", "enfants"),
            (Language::Fr, Noun::Entry) => ("moment", "moments"),
            (Language::Fr, Noun::Commitment) => ("engagement", "engagements"),
            (Language::En, Noun::Child) => ("child", "children"),
            (Language::En, Noun::Entry) => ("entry", "entries"),
            (Language::En, Noun::Commitment) => ("commitment", "commitments"),
        };
        format!("{count} {}", if count == 1 { one } else { many })
    }
}

/// « a », « a et b », « a, b et c » (no serial comma in either language).
fn join_words(parts: &[String], language: Language) -> String {
    let and = match language {
        Language::Fr => " et ",
        Language::En => " and ",
    };
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
    }
}

/// The records of `demo` that a person added (see the module's documentation).
pub fn demo_additions(demo: &Diary) -> DemoAdditions {
    let mut records = Diary::new();
    for child in demo.children() {
        if !is_fictional_child(&child.id) {
            records
                .put_child(child.clone())
                .expect("a child of a valid diary is valid");
        }
    }
    let added = |id: &ChildId| records.child(id).is_some();
    let entries: Vec<Entry> = demo
        .entries()
        .filter(|entry| entry.children.iter().any(added))
        .map(|entry| Entry {
            children: entry
                .children
                .iter()
                .filter(|c| added(c))
                .cloned()
                .collect(),
            ..entry.clone()
        })
        .collect();
    for entry in entries {
        records
            .put_entry(entry)
            .expect("an entry of a valid diary, for present children, is valid");
    }
    let plan = demo.plan();
    let steps_chosen = plan != Default::default() && !is_fictional_plan(plan);
    if steps_chosen {
        records.set_committed_steps(plan.committed_steps, plan.modified_at);
    }
    let commitments = demo.commitments();
    let kept: Vec<Commitment> = commitments
        .items()
        .iter()
        .filter(|item| match item {
            Commitment::DailyLimit { child, .. } => records.child(child).is_some(),
            Commitment::Step(_) | Commitment::Text(_) => true,
        })
        .cloned()
        .collect();
    if !kept.is_empty() {
        let kept = Commitments::new(kept, commitments.modified_at())
            .expect("fewer valid commitments are valid");
        records
            .set_commitments(kept)
            .expect("the limits kept are for added children");
    }
    DemoAdditions {
        records,
        steps_chosen,
    }
}

/// « Garder dans mon carnet »: `real` merged with the added records, each record whose id the
/// real diary already knows in another version (present or deleted) or that is a fictional id
/// getting a fresh id from `new_id` first. Nothing of the fictional family is moved.
pub fn keep_demo_additions(
    real: &Diary,
    additions: &DemoAdditions,
    mut new_id: impl FnMut() -> String,
) -> Diary {
    let records = &additions.records;
    let mut child_ids: BTreeMap<ChildId, ChildId> = BTreeMap::new();
    for child in records.children() {
        let taken = child.id.as_str().starts_with(DEMO_ID_PREFIX)
            || real.deleted_children().any(|(id, _)| *id == child.id)
            || real.child(&child.id).is_some_and(|theirs| theirs != child);
        let id = if taken {
            ChildId::new(new_id())
        } else {
            child.id.clone()
        };
        child_ids.insert(child.id.clone(), id);
    }
    let moved_child = |id: &ChildId| child_ids.get(id).cloned().unwrap_or_else(|| id.clone());

    let mut moved = Diary::new();
    for child in records.children() {
        moved
            .put_child(Child {
                id: moved_child(&child.id),
                ..child.clone()
            })
            .expect("a renamed child is still valid");
    }
    for entry in records.entries() {
        let children: Vec<ChildId> = entry.children.iter().map(moved_child).collect();
        let renamed = Entry {
            children,
            ..entry.clone()
        };
        let taken = entry.id.as_str().starts_with(DEMO_ID_PREFIX)
            || real.deleted_entries().any(|(id, _)| *id == entry.id)
            || real
                .entry(&entry.id)
                .is_some_and(|theirs| *theirs != renamed);
        let id = if taken {
            EntryId::new(new_id())
        } else {
            entry.id.clone()
        };
        moved
            .put_entry(Entry { id, ..renamed })
            .expect("a renamed entry is still valid");
    }
    let plan = records.plan();
    moved.set_committed_steps(plan.committed_steps, plan.modified_at);
    let commitments = records.commitments();
    let items: Vec<Commitment> = commitments
        .items()
        .iter()
        .map(|item| match item {
            Commitment::DailyLimit { child, minutes } => Commitment::DailyLimit {
                child: moved_child(child),
                minutes: *minutes,
            },
            other => other.clone(),
        })
        .collect();
    if !items.is_empty() {
        moved
            .set_commitments(
                Commitments::new(items, commitments.modified_at())
                    .expect("renaming a child keeps commitments valid"),
            )
            .expect("the renamed children are in the moved records");
    }
    merge_diaries(real, &moved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo_family::demo_family;
    use crate::diary::{BirthMonth, EntriesOfRemovedChild, Moment, Screen};
    use crate::four_steps::{Step, StepSet};
    use chrono::NaiveDate;

    const NOW: i64 = 1_741_800_000_000;

    fn today() -> NaiveDate {
        "2025-03-12".parse().unwrap()
    }

    fn own_child(id: &str, name: &str) -> Child {
        Child {
            id: ChildId::new(id),
            name: name.to_owned(),
            badge: None,
            birth: BirthMonth::new(2017, 5).unwrap(),
            daily_limit: None,
            modified_at: NOW,
        }
    }

    fn entry_for(id: &str, children: &[&str], minutes: u16) -> Entry {
        Entry {
            id: EntryId::new(id),
            children: children.iter().map(|c| ChildId::new(*c)).collect(),
            date: today(),
            moment: Moment::Evening,
            start: None,
            minutes,
            screen: Screen::Tv,
            activity: crate::diary::Activity::Videos,
            with_adult: true,
            in_bedroom: false,
            note: String::new(),
            modified_at: NOW + 1,
        }
    }

    /// The demo after a parent typed their own child, two entries for them (one shared with Léa),
    /// an entry for Hugo alone, and changed Léa's limit.
    fn typed_demo() -> Diary {
        let mut demo = demo_family(today());
        demo.put_child(own_child("c-sam", "Sam")).unwrap();
        demo.set_daily_limit(&ChildId::new("c-sam"), Some(45), NOW + 2)
            .unwrap();
        demo.put_entry(entry_for("e-1", &["c-sam"], 30)).unwrap();
        demo.put_entry(entry_for("e-2", &["c-sam", "demo-lea"], 90))
            .unwrap();
        demo.put_entry(entry_for("e-3", &["demo-hugo"], 20))
            .unwrap();
        demo.set_daily_limit(&ChildId::new("demo-lea"), Some(30), NOW + 3)
            .unwrap();
        demo
    }

    fn counter() -> impl FnMut() -> String {
        let mut next = 0;
        move || {
            next += 1;
            format!("new-{next}")
        }
    }

    #[test]
    fn an_untouched_demo_holds_no_addition() {
        let additions = demo_additions(&demo_family(today()));
        assert!(additions.is_empty());
        assert_eq!(additions.records(), &Diary::new());
        assert_eq!(additions.summary(Language::Fr), "");
    }

    #[test]
    fn the_children_a_person_typed_and_their_entries_are_the_additions() {
        let additions = demo_additions(&typed_demo());
        let records = additions.records();
        let names: Vec<&str> = records.children().iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Sam"]);
        assert_eq!(
            records.child(&ChildId::new("c-sam")).unwrap().daily_limit,
            Some(45),
            "a limit comes with its child"
        );
        let entries: Vec<(&str, Vec<&str>)> = records
            .entries()
            .map(|e| {
                let children = e.children.iter().map(ChildId::as_str).collect();
                (e.id.as_str(), children)
            })
            .collect();
        assert_eq!(
            entries,
            [("e-1", vec!["c-sam"]), ("e-2", vec!["c-sam"])],
            "Hugo's entry and Léa's part of the film stay in the demo"
        );
        assert!(!additions.steps_chosen());
        assert_eq!(additions.commitments(), 0);
        assert_eq!(
            additions.summary(Language::Fr),
            "1 enfant et 2 moments ajoutés pendant la démonstration"
        );
        assert_eq!(
            additions.summary(Language::En),
            "1 child and 2 entries added during the demo"
        );
    }

    #[test]
    fn the_steps_and_commitments_a_person_chose_are_additions_without_fictional_children() {
        let mut demo = typed_demo();
        demo.set_committed_steps(StepSet::EMPTY.with(Step::Meal), NOW + 4);
        demo.set_commitments(
            Commitments::new(
                vec![
                    Commitment::DailyLimit {
                        child: ChildId::new("demo-lea"),
                        minutes: 60,
                    },
                    Commitment::DailyLimit {
                        child: ChildId::new("c-sam"),
                        minutes: 45,
                    },
                    Commitment::Text("pas de tablette à table".into()),
                ],
                NOW + 5,
            )
            .unwrap(),
        )
        .unwrap();
        let additions = demo_additions(&demo);
        assert!(additions.steps_chosen());
        assert_eq!(
            additions.records().plan().committed_steps,
            StepSet::EMPTY.with(Step::Meal)
        );
        assert_eq!(
            additions.records().commitments().items(),
            [
                Commitment::DailyLimit {
                    child: ChildId::new("c-sam"),
                    minutes: 45
                },
                Commitment::Text("pas de tablette à table".into()),
            ]
        );
        assert_eq!(additions.records().commitments().modified_at(), NOW + 5);
        assert_eq!(
            additions.summary(Language::Fr),
            "1 enfant, 2 moments et 2 engagements ajoutés pendant la démonstration, \
             ainsi que les «\u{a0}4 pas\u{a0}» choisis"
        );

        let mut only_lea = demo_family(today());
        only_lea
            .set_commitments(
                Commitments::new(
                    vec![Commitment::DailyLimit {
                        child: ChildId::new("demo-lea"),
                        minutes: 60,
                    }],
                    NOW,
                )
                .unwrap(),
            )
            .unwrap();
        assert!(demo_additions(&only_lea).is_empty());
    }

    #[test]
    fn the_summary_says_singular_and_plural_in_both_languages() {
        let with = |children: usize, entries: usize, steps: bool| {
            let mut demo = demo_family(today());
            for index in 0..children {
                demo.put_child(own_child(&format!("c-{index}"), "Sam"))
                    .unwrap();
            }
            for index in 0..entries {
                demo.put_entry(entry_for(&format!("e-{index}"), &["c-0"], 10))
                    .unwrap();
            }
            if steps {
                demo.set_committed_steps(StepSet::EMPTY, NOW);
            }
            let additions = demo_additions(&demo);
            (
                additions.summary(Language::Fr),
                additions.summary(Language::En),
            )
        };
        let check = |got: (String, String), fr: &str, en: &str| {
            assert_eq!((got.0.as_str(), got.1.as_str()), (fr, en));
        };
        check(
            with(1, 0, false),
            "1 enfant ajouté pendant la démonstration",
            "1 child added during the demo",
        );
        check(
            with(2, 1, false),
            "2 enfants et 1 moment ajoutés pendant la démonstration",
            "2 children and 1 entry added during the demo",
        );
        check(
            with(1, 3, false),
            "1 enfant et 3 moments ajoutés pendant la démonstration",
            "1 child and 3 entries added during the demo",
        );
        check(
            with(0, 0, true),
            "les «\u{a0}4 pas\u{a0}» choisis pendant la démonstration",
            "the 4 steps chosen during the demo",
        );
        check(
            with(1, 1, true),
            "1 enfant et 1 moment ajoutés pendant la démonstration, ainsi que les «\u{a0}4 pas\u{a0}» choisis",
            "1 child and 1 entry added during the demo, and the 4 steps chosen",
        );
    }

    #[test]
    fn keeping_moves_exactly_the_additions_and_nothing_of_the_fiction() {
        let mut real = Diary::new();
        real.put_child(own_child("c-zoe", "Zoé")).unwrap();
        real.put_entry(entry_for("r-1", &["c-zoe"], 15)).unwrap();
        let additions = demo_additions(&typed_demo());
        let kept = keep_demo_additions(&real, &additions, counter());
        assert_eq!(kept, merge_diaries(&real, additions.records()));
        let names: Vec<&str> = kept.children().iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Sam", "Zoé"]);
        let ids: Vec<&str> = kept.entries().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["e-1", "e-2", "r-1"]);
        assert!(kept
            .entries()
            .flat_map(|e| &e.children)
            .all(|c| !is_fictional_child(c)));
        assert_eq!(kept.plan(), real.plan(), "the fictional plan stays behind");
    }

    #[test]
    fn keeping_again_after_an_undo_gives_new_ids_so_nothing_stays_deleted() {
        let real = Diary::new();
        let additions = demo_additions(&typed_demo());
        let kept = keep_demo_additions(&real, &additions, counter());
        let undone = kept.reverted_to(&real, NOW + 100);
        assert_eq!(undone.children().len(), 0);
        assert_eq!(undone.entry_count(), 0);

        let again = keep_demo_additions(&undone, &additions, counter());
        let sam = again.children()[0];
        assert_eq!((sam.name.as_str(), sam.id.as_str()), ("Sam", "new-1"));
        let entries: Vec<(&str, &str)> = again
            .entries()
            .map(|e| (e.id.as_str(), e.children[0].as_str()))
            .collect();
        assert_eq!(entries, [("new-2", "new-1"), ("new-3", "new-1")]);
        assert_eq!(
            again.deleted_children().count(),
            1,
            "the old tombstone stays"
        );
    }

    #[test]
    fn an_edited_fictional_entry_moved_to_an_own_child_gets_a_new_id() {
        let mut demo = typed_demo();
        let fictional = demo.entries().next().unwrap().clone();
        demo.put_entry(Entry {
            children: vec![ChildId::new("c-sam")],
            modified_at: NOW + 9,
            ..fictional.clone()
        })
        .unwrap();
        let additions = demo_additions(&demo);
        assert_eq!(additions.entries(), 3);
        let kept = keep_demo_additions(&Diary::new(), &additions, counter());
        assert!(kept.entry(&fictional.id).is_none());
        assert!(kept
            .entries()
            .all(|e| !e.id.as_str().starts_with(DEMO_ID_PREFIX)));
        assert_eq!(kept.entry_count(), 3);
    }

    #[test]
    fn a_child_removed_during_the_demo_is_not_an_addition() {
        let mut demo = typed_demo();
        demo.remove_child(
            &ChildId::new("c-sam"),
            EntriesOfRemovedChild::Remove,
            NOW + 7,
        )
        .unwrap();
        assert!(demo_additions(&demo).is_empty());
    }
}
