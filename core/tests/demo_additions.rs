//! « Garder dans mon carnet »: after keeping, the real diary is the merge of the real diary and
//! the records a person added to the demo, and nothing of the fictional family came along.

mod strategies;

use chrono::{Days, NaiveDate};
use ecrans_core::commitments::{Commitment, Commitments};
use ecrans_core::demo_additions::{demo_additions, keep_demo_additions};
use ecrans_core::demo_family::{demo_family, is_fictional_child, DEMO_ID_PREFIX};
use ecrans_core::diary::{
    merge_diaries, Activity, BirthMonth, Child, ChildId, Diary, Entry, EntryId, Moment, Screen,
};
use ecrans_core::four_steps::{Step, StepSet};
use proptest::prelude::*;
use proptest::sample::subsequence;

/// A time after every demo stamp, as the device's clock gives while the demo is shown.
const NOW: i64 = 1_900_000_000_123;
const FICTIONAL: [&str; 3] = ["demo-lea", "demo-hugo", "demo-ines"];

/// What a person does while the demo is shown.
#[derive(Clone, Debug)]
struct Typing {
    /// The demo's last day, as days after 2024-01-01.
    day: u64,
    /// Own children: birth year and an optional limit set after adding them.
    children: Vec<(i32, Option<u16>)>,
    /// Entries: which own children (by index) and which fictional ones, days before the end, and
    /// minutes.
    entries: Vec<(Vec<usize>, Vec<usize>, u64, u16)>,
    /// A new limit for Léa, and a fictional entry deleted (edits of the fiction).
    lea_limit: Option<u16>,
    delete_fictional: bool,
    /// The « 4 pas » chosen, if any.
    steps: Option<Vec<Step>>,
    /// Commitments: « pas », a limit for Léa, a limit for the first own child, words.
    commitments: Option<(Vec<Step>, bool, bool, bool)>,
}

fn typing() -> impl Strategy<Value = Typing> {
    (
        0u64..1000,
        proptest::collection::vec((2008i32..=2023, proptest::option::of(0u16..=240)), 0..=3),
        proptest::collection::vec(
            (
                subsequence(vec![0usize, 1, 2], 0..=3),
                subsequence(vec![0usize, 1, 2], 0..=3),
                0u64..28,
                1u16..=120,
            ),
            0..=5,
        ),
        proptest::option::of(0u16..=240),
        any::<bool>(),
        proptest::option::of(subsequence(Step::ALL.to_vec(), 0..=4)),
        proptest::option::of((
            subsequence(Step::ALL.to_vec(), 0..=1),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        )),
    )
        .prop_map(
            |(day, children, entries, lea_limit, delete_fictional, steps, commitments)| Typing {
                day,
                children,
                entries,
                lea_limit,
                delete_fictional,
                steps,
                commitments,
            },
        )
}

/// Plays `typing` on the demo family; returns the demo diary and, built apart, the records a
/// person added (what « Garder » must move).
fn play(typing: &Typing) -> (Diary, Diary) {
    let today = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + Days::new(typing.day);
    let mut demo = demo_family(today);
    let mut added = Diary::new();
    let mut clock = NOW;
    let mut tick = || {
        clock += 1;
        clock
    };
    let own: Vec<ChildId> = (0..typing.children.len())
        .map(|index| ChildId::new(format!("own-{index}")))
        .collect();
    for ((year, limit), id) in typing.children.iter().zip(&own) {
        let child = Child {
            id: id.clone(),
            name: format!("Enfant {id}"),
            badge: None,
            birth: BirthMonth::new(*year, 6).unwrap(),
            daily_limit: None,
            modified_at: tick(),
        };
        demo.put_child(child.clone()).unwrap();
        added.put_child(child).unwrap();
        if let Some(limit) = limit {
            let at = tick();
            demo.set_daily_limit(id, Some(*limit), at).unwrap();
            added.set_daily_limit(id, Some(*limit), at).unwrap();
        }
    }
    for (index, (mine, fictional, days_before, minutes)) in typing.entries.iter().enumerate() {
        let mine: Vec<ChildId> = mine
            .iter()
            .filter_map(|index| own.get(*index).cloned())
            .collect();
        let theirs = fictional
            .iter()
            .map(|index| ChildId::new(FICTIONAL[*index]));
        let children: Vec<ChildId> = mine.iter().cloned().chain(theirs).collect();
        if children.is_empty() {
            continue;
        }
        let entry = Entry {
            id: EntryId::new(format!("typed-{index}")),
            children,
            date: today - Days::new(*days_before),
            moment: Moment::Daytime,
            start: None,
            minutes: *minutes,
            screen: Screen::Tablet,
            activity: Activity::Games,
            with_adult: false,
            in_bedroom: false,
            note: "à la maison".into(),
            modified_at: tick(),
        };
        demo.put_entry(entry.clone()).unwrap();
        if !mine.is_empty() {
            added
                .put_entry(Entry {
                    children: mine,
                    ..entry
                })
                .unwrap();
        }
    }
    if let Some(limit) = typing.lea_limit {
        let at = tick();
        demo.set_daily_limit(&ChildId::new("demo-lea"), Some(limit), at)
            .unwrap();
    }
    if typing.delete_fictional {
        let id = demo
            .entries()
            .find(|e| e.id.as_str().starts_with(DEMO_ID_PREFIX))
            .map(|e| e.id.clone())
            .unwrap();
        let at = tick();
        demo.remove_entry(&id, at).unwrap();
    }
    if let Some(steps) = &typing.steps {
        let steps: StepSet = steps.iter().copied().collect();
        let at = tick();
        demo.set_committed_steps(steps, at);
        added.set_committed_steps(steps, at);
    }
    if let Some((steps, lea, first_own, words)) = &typing.commitments {
        // Each commitment with whether « Garder » keeps it; at most three.
        let mut written: Vec<(Commitment, bool)> = steps
            .iter()
            .map(|step| (Commitment::Step(*step), true))
            .collect();
        if *lea {
            let limit = Commitment::DailyLimit {
                child: ChildId::new("demo-lea"),
                minutes: 60,
            };
            written.push((limit, false));
        }
        if let (true, Some(child)) = (*first_own, own.first()) {
            let limit = Commitment::DailyLimit {
                child: child.clone(),
                minutes: 45,
            };
            written.push((limit, true));
        }
        if *words {
            written.push((Commitment::Text("Pas de tablette à table".into()), true));
        }
        written.truncate(3);
        let items: Vec<Commitment> = written.iter().map(|(item, _)| item.clone()).collect();
        let kept: Vec<Commitment> = written
            .into_iter()
            .filter(|(_, kept)| *kept)
            .map(|(item, _)| item)
            .collect();
        let at = tick();
        demo.set_commitments(Commitments::new(items, at).unwrap())
            .unwrap();
        if !kept.is_empty() {
            added
                .set_commitments(Commitments::new(kept, at).unwrap())
                .unwrap();
        }
    }
    (demo, added)
}

fn real_diary() -> impl Strategy<Value = Diary> {
    strategies::diary(strategies::Shape {
        child_ids: 3,
        entry_ids: 6,
        times: NOW - 5..=NOW + 20,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn keeping_is_the_merge_of_the_real_diary_and_the_added_records(
        real in real_diary(),
        typing in typing(),
    ) {
        let (demo, added) = play(&typing);
        let additions = demo_additions(&demo);
        prop_assert_eq!(additions.records(), &added);
        prop_assert_eq!(additions.is_empty(), added.is_empty());

        let mut fresh = 0;
        let kept = keep_demo_additions(&real, &additions, || {
            fresh += 1;
            format!("fresh-{fresh}")
        });
        prop_assert_eq!(fresh, 0, "the real diary's ids never meet the typed ones");
        prop_assert_eq!(&kept, &merge_diaries(&real, &added));
        prop_assert!(kept.children().iter().all(|c| !is_fictional_child(&c.id)));
        prop_assert!(kept.entries().all(|e| !e.id.as_str().starts_with(DEMO_ID_PREFIX)));
        prop_assert!(kept
            .entries()
            .flat_map(|e| &e.children)
            .all(|c| !is_fictional_child(c)));
    }

    #[test]
    fn keeping_again_after_an_undo_brings_every_added_record_back(
        real in real_diary(),
        typing in typing(),
    ) {
        let (demo, added) = play(&typing);
        let additions = demo_additions(&demo);
        let mut fresh = 0;
        let mut new_id = || {
            fresh += 1;
            format!("fresh-{fresh}")
        };
        let kept = keep_demo_additions(&real, &additions, &mut new_id);
        let undone = kept.reverted_to(&real, NOW + 1_000);
        let again = keep_demo_additions(&undone, &additions, &mut new_id);
        let names = |d: &Diary| -> Vec<String> {
            let mut names: Vec<String> = d.children().iter().map(|c| c.name.clone()).collect();
            names.sort();
            names
        };
        let mut expected = names(&undone);
        expected.extend(names(&added));
        expected.sort();
        prop_assert_eq!(names(&again), expected);
        prop_assert_eq!(again.entry_count(), undone.entry_count() + added.entry_count());
    }
}
