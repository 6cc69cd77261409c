//! Merging two copies of the diary is commutative, associative and idempotent, and its result is
//! always a valid diary (it survives the stored format).

mod strategies;

use ecrans_core::commitments::{Commitment, Commitments};
use ecrans_core::diary::{merge_diaries, merge_report, Diary};
use ecrans_core::four_steps::Step;
use ecrans_core::saved_diary::{decode_saved_diary, encode_saved_diary};
use proptest::prelude::*;

/// Small pools and few distinct times, so that copies share ids and tie often.
fn copy() -> impl Strategy<Value = Diary> {
    strategies::diary(strategies::Shape {
        child_ids: 3,
        entry_ids: 6,
        times: 0..=3,
    })
}

#[test]
fn commitments_merge_whole_and_the_newest_list_wins() {
    let with = |items: Vec<Commitment>, at: i64| {
        let mut diary = Diary::new();
        diary
            .set_commitments(Commitments::new(items, at).unwrap())
            .unwrap();
        diary
    };
    let meals = with(vec![Commitment::Step(Step::Meal)], 5);
    let three = with(
        vec![
            Commitment::Step(Step::Morning),
            Commitment::Step(Step::Bedtime),
            Commitment::Text("pas de tablette à table".into()),
        ],
        7,
    );
    let merged = merge_diaries(&meals, &three);
    assert_eq!(
        merged.commitments(),
        three.commitments(),
        "never four or more"
    );
    assert_eq!(merge_diaries(&three, &meals), merged);
    let cleared = with(Vec::new(), 9);
    assert!(merge_diaries(&merged, &cleared).commitments().is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn merging_is_commutative(a in copy(), b in copy()) {
        prop_assert_eq!(merge_diaries(&a, &b), merge_diaries(&b, &a));
    }

    #[test]
    fn merging_is_associative(a in copy(), b in copy(), c in copy()) {
        let left = merge_diaries(&merge_diaries(&a, &b), &c);
        let right = merge_diaries(&a, &merge_diaries(&b, &c));
        prop_assert_eq!(left, right);
    }

    #[test]
    fn merging_is_idempotent(a in copy(), b in copy()) {
        prop_assert_eq!(merge_diaries(&a, &a), a.clone());
        let merged = merge_diaries(&a, &b);
        prop_assert_eq!(merge_diaries(&merged, &b), merged.clone());
        prop_assert_eq!(merge_diaries(&a, &merged), merged);
    }

    #[test]
    fn a_merged_diary_is_valid_and_nothing_is_forgotten(a in copy(), b in copy()) {
        let merged = merge_diaries(&a, &b);
        prop_assert_eq!(decode_saved_diary(&encode_saved_diary(&merged)), Ok(merged.clone()));
        let ids = |d: &Diary| -> usize { d.entry_count() + d.deleted_entries().count() };
        prop_assert!(ids(&merged) >= ids(&a).max(ids(&b)));
        prop_assert!(merge_report(&merged, &a).conflicts.is_empty() || merged != a);
        prop_assert_eq!(merge_report(&merged, &b).entries_added, 0);
    }
}
