//! Proptest strategies for arbitrary valid diaries, shared by the integration tests.
//!
//! A diary is generated as a saved JSON value (children, entries, deletions, plan and commitments
//! drawn from small id pools so that two diaries share ids) and decoded, so every diary here is one
//! the app could really hold. A diary drawn without commitments is written as schema 1, so the
//! v1 → v2 migration is exercised too.

use ecrans_core::diary::{Activity, Colour, Diary, Moment, Screen};
use ecrans_core::four_steps::Step;
use ecrans_core::saved_diary::decode_saved_diary;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use proptest::strategy::Union;
use serde_json::{json, Value};

type Times = std::ops::RangeInclusive<i64>;

/// The shape of the diaries drawn.
#[derive(Clone, Debug)]
pub struct Shape {
    /// How many child ids the pool holds.
    pub child_ids: usize,
    /// How many entry ids the pool holds.
    pub entry_ids: usize,
    /// The `modified_at` times drawn from (a narrow range forces ties).
    pub times: Times,
}

/// Whether a record of the pool is absent, present or deleted.
#[derive(Clone, Copy, Debug)]
enum State {
    Absent,
    Present,
    Deleted,
}

/// One id of a pool: absent, deleted at some time, or (when `present` is given) present.
fn slot(
    id: String,
    times: Times,
    present: Option<BoxedStrategy<Value>>,
) -> BoxedStrategy<(State, Value)> {
    let deleted = times.prop_map(move |at| (State::Deleted, json!({ "id": id, "deleted_at": at })));
    let mut choices = vec![
        (2, Just((State::Absent, Value::Null)).boxed()),
        (1, deleted.boxed()),
    ];
    if let Some(present) = present {
        choices.push((
            5,
            present.prop_map(|record| (State::Present, record)).boxed(),
        ));
    }
    Union::new_weighted(choices).boxed()
}

fn child(id: String, times: Times) -> impl Strategy<Value = Value> {
    let badge = prop_oneof![
        Just(Value::Null),
        "[🦊🐢⭐👨‍👩‍👧a]{1,4}".prop_map(|emoji| json!({ "emoji": emoji })),
        select(Colour::ALL.to_vec()).prop_map(|colour| json!({ "colour": colour.code() })),
    ];
    (
        "[^\\s\\p{C}][^\\p{C}]{0,39}",
        badge,
        1990i32..=2200,
        1u32..=12,
        proptest::option::of(0i64..=1440),
        times,
    )
        .prop_map(
            move |(name, badge, year, month, daily_limit, modified_at)| {
                let mut child = json!({
                    "id": id,
                    "name": name,
                    "birth": format!("{year:04}-{month:02}"),
                    "modified_at": modified_at,
                });
                if !badge.is_null() {
                    child["badge"] = badge;
                }
                if let Some(limit) = daily_limit {
                    child["daily_limit"] = json!(limit);
                }
                child
            },
        )
}

fn entry(id: String, known_children: Vec<String>, times: Times) -> impl Strategy<Value = Value> {
    let count = known_children.len();
    (
        subsequence(known_children, 1..=count),
        0u64..(210 * 365),
        select(Moment::ALL.to_vec()),
        proptest::option::of((0u32..24, 0u32..60)),
        1i64..=1440,
        select(Screen::ALL.to_vec()),
        select(Activity::ALL.to_vec()),
        any::<(bool, bool)>(),
        prop_oneof!["[^\\p{C}]{0,40}", "[a-z<>&é ]{270,280}"],
        times,
    )
        .prop_map(
            move |(
                children,
                days,
                moment,
                start,
                minutes,
                screen,
                activity,
                flags,
                note,
                modified_at,
            )| {
                let date =
                    chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Days::new(days);
                let mut entry = json!({
                    "id": id,
                    "children": children,
                    "date": date.to_string(),
                    "moment": moment.code(),
                    "minutes": minutes,
                    "screen": screen.code(),
                    "activity": activity.code(),
                    "with_adult": flags.0,
                    "in_bedroom": flags.1,
                    "note": note,
                    "modified_at": modified_at,
                });
                if let Some((hour, minute)) = start {
                    entry["start"] = json!(format!("{hour:02}:{minute:02}"));
                }
                entry
            },
        )
}

/// A commitments record (schema 2) for the children in `known`, or `None` for none at all.
fn commitments(known: Vec<String>, times: Times) -> impl Strategy<Value = Option<Value>> {
    let limits = known.len().min(2);
    let record = (
        subsequence(Step::ALL.to_vec(), 0..=2),
        subsequence(known, 0..=limits),
        proptest::collection::vec(0u16..=1440, 2),
        proptest::option::of("[^\\s\\p{C}]([^\\p{C}]{0,60}[^\\s\\p{C}])?"),
        times,
    )
        .prop_map(|(steps, children, minutes, text, modified_at)| {
            let steps = steps
                .iter()
                .map(|step| json!({ "kind": "step", "step": step.code() }));
            let limits = children
                .iter()
                .zip(minutes)
                .map(|(child, minutes)| {
                    json!({ "kind": "daily_limit", "child": child, "minutes": minutes })
                });
            let text = text.map(|text| json!({ "kind": "text", "text": text }));
            let items: Vec<Value> = text
                .into_iter()
                .chain(limits)
                .chain(steps)
                .take(3)
                .collect();
            Some(json!({ "items": items, "modified_at": modified_at }))
        });
    prop_oneof![1 => Just(None), 3 => record]
}

/// Any valid diary of the given shape.
pub fn diary(shape: Shape) -> impl Strategy<Value = Diary> {
    let Shape {
        child_ids,
        entry_ids,
        times,
    } = shape;
    let children: Vec<_> = (0..child_ids)
        .map(|index| {
            let id = format!("child-{index}");
            slot(
                id.clone(),
                times.clone(),
                Some(child(id, times.clone()).boxed()),
            )
        })
        .collect();
    children
        .prop_flat_map(move |children| {
            let known: Vec<String> = children
                .iter()
                .filter(|(state, _)| !matches!(state, State::Absent))
                .map(|(_, record)| record["id"].as_str().unwrap().to_owned())
                .collect();
            let entries: Vec<_> = (0..entry_ids)
                .map(|index| {
                    let id = format!("entry-{index}");
                    let present = (!known.is_empty())
                        .then(|| entry(id.clone(), known.clone(), times.clone()).boxed());
                    slot(id, times.clone(), present)
                })
                .collect();
            let plan =
                (subsequence(Step::ALL.to_vec(), 0..=4), -5i64..=5).prop_map(|(steps, at)| {
                    let steps: Vec<&str> = steps.iter().map(|step| step.code()).collect();
                    json!({ "steps": steps, "modified_at": at })
                });
            let commitments = commitments(known.clone(), times.clone());
            (Just(children), entries, plan, commitments)
        })
        .prop_map(|(children, entries, plan, commitments)| {
            let (children, deleted_children) = split_by_state(children);
            let (entries, deleted_entries) = split_by_state(entries);
            let mut saved = json!({
                "children": children,
                "entries": entries,
                "deleted_children": deleted_children,
                "deleted_entries": deleted_entries,
                "plan": plan,
            });
            let schema = match commitments {
                Some(commitments) => {
                    saved["commitments"] = commitments;
                    2
                }
                None => 1,
            };
            let text =
                json!({ "app": "ecrans-en-famille", "schema": schema, "diary": saved }).to_string();
            decode_saved_diary(&text).unwrap_or_else(|error| panic!("{error}: {text}"))
        })
}

/// The present records and the deletions.
fn split_by_state(records: Vec<(State, Value)>) -> (Vec<Value>, Vec<Value>) {
    let mut present = Vec::new();
    let mut deleted = Vec::new();
    for (state, record) in records {
        match state {
            State::Present => present.push(record),
            State::Deleted => deleted.push(record),
            State::Absent => {}
        }
    }
    (present, deleted)
}
