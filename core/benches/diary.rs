//! How the diary scales with history: decoding (and indexing) a stored diary, adding one entry and
//! encoding it again (what every save does), and reading one week, for 1, 3 and 10 years of a
//! family of four children (about 6,000 entries a year).
//!
//! The diaries are built deterministically: four entries a day for each child, one in eight of
//! them shared with a sibling.

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion};
use ecrans_core::calendar::week_of;
use ecrans_core::diary::{
    week_view, Activity, BirthMonth, Child, ChildId, Diary, Entry, EntryId, Moment, Scope, Screen,
};
use ecrans_core::saved_diary::{decode_saved_diary, encode_saved_diary};

const LAST_DAY: (i32, u32, u32) = (2025, 12, 31);
const CHILDREN: [(&str, i32); 4] = [("Léa", 2012), ("Hugo", 2015), ("Inès", 2018), ("Noé", 2020)];

fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(LAST_DAY.0, LAST_DAY.1, LAST_DAY.2).unwrap()
}

/// A diary of `years` years ending on `LAST_DAY`.
fn diary_of_years(years: u64) -> Diary {
    let mut diary = Diary::new();
    let ids: Vec<ChildId> = (0..CHILDREN.len())
        .map(|i| ChildId::new(format!("child-{i}")))
        .collect();
    for ((name, year), id) in CHILDREN.iter().zip(&ids) {
        let child = Child {
            id: id.clone(),
            name: (*name).to_owned(),
            badge: None,
            birth: BirthMonth::new(*year, 5).unwrap(),
            daily_limit: Some(60),
            modified_at: 0,
        };
        diary.put_child(child).unwrap();
    }
    let days = years * 365;
    let first = last_day() - Days::new(days - 1);
    let mut serial = 0u64;
    for day in 0..days {
        let date = first + Days::new(day);
        for (index, child) in ids.iter().enumerate() {
            for slot in 0..4usize {
                serial += 1;
                let mut children = vec![child.clone()];
                if serial.is_multiple_of(8) {
                    children.push(ids[(index + 1) % ids.len()].clone());
                }
                let entry = Entry {
                    id: EntryId::new(format!("entry-{serial:08}")),
                    children,
                    date,
                    moment: Moment::ALL[(slot + day as usize) % Moment::ALL.len()],
                    start: None,
                    minutes: 10 + (serial % 50) as u16,
                    screen: Screen::ALL[serial as usize % Screen::ALL.len()],
                    activity: Activity::ALL[(serial / 3) as usize % Activity::ALL.len()],
                    with_adult: serial.is_multiple_of(3),
                    in_bedroom: serial.is_multiple_of(11),
                    note: if serial.is_multiple_of(20) {
                        "Dessin animé avant le dîner".to_owned()
                    } else {
                        String::new()
                    },
                    modified_at: 1_600_000_000_000 + serial as i64,
                };
                diary.put_entry(entry).unwrap();
            }
        }
    }
    diary
}

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
