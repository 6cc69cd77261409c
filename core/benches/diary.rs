//! How the diary scales with history: decoding (and indexing) a stored diary, adding one entry and
//! encoding it again (what every save does), and reading one week, for 1, 3 and 10 years of a
//! family of four children (about 6,000 entries a year).
//!
//! The diaries are built deterministically: four entries a day for each child, one in eight of
//! them shared with a sibling.

mod support;

use std::hint::black_box;

use chrono::Days;
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion};
use ecrans_core::calendar::week_of;
use ecrans_core::diary::{week_view, Activity, ChildId, Entry, EntryId, Moment, Scope, Screen};
use ecrans_core::saved_diary::{decode_saved_diary, encode_saved_diary};
use support::{diary_of_years, last_day};

fn one_more_entry() -> Entry {
    Entry {
        id: EntryId::new("entry-new"),
        children: vec![ChildId::new("child-0")],
        date: last_day(),
        moment: Moment::Evening,
        start: None,
        minutes: 25,
        screen: Screen::Tablet,
        activity: Activity::Games,
        with_adult: true,
        in_bedroom: false,
        note: String::new(),
        modified_at: 1_800_000_000_000,
    }
}

fn benches(c: &mut Criterion) {
    for years in [1u64, 3, 10] {
        let diary = diary_of_years(years);
        let text = encode_saved_diary(&diary);
        let label = format!(
            "{years}y/{}entries/{}KB",
            diary.entry_count(),
            text.len() / 1024
        );

        let mut group = c.benchmark_group("diary");
        group.sample_size(10);
        group.bench_with_input(
            BenchmarkId::new("decode_and_index", &label),
            &text,
            |b, text| b.iter(|| decode_saved_diary(black_box(text)).unwrap()),
        );
        group.bench_with_input(
            BenchmarkId::new("add_entry_and_encode", &label),
            &diary,
            |b, diary| {
                b.iter_batched(
                    || diary.clone(),
                    |mut diary| {
                        diary.put_entry(one_more_entry()).unwrap();
                        encode_saved_diary(&diary)
                    },
                    BatchSize::LargeInput,
                )
            },
        );
        let week = week_of(last_day() - Days::new(180));
        group.bench_with_input(
            BenchmarkId::new("query_week", &label),
            &diary,
            |b, diary| b.iter(|| week_view(black_box(diary), week, &Scope::Family)),
        );
        group.finish();
    }
}

criterion_group!(diary, benches);
criterion_main!(diary);
