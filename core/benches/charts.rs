//! What the charts page and the comparison page cost, for one week of a four-child diary of 1, 3
//! and 10 years (the diary of `benches/diary.rs`, about 6,000 entries a year): the week's
//! statistics, each chart with its table and sentence, and the comparison of two weeks. The week's
//! figures read only that week through the date index, so they must not grow with the history.
//! The trend walks every week logged, so it grows with the number of weeks (linearly, each week
//! costing the same); it is measured over the whole history and over the last 26 weeks.

mod support;

use std::hint::black_box;

use chrono::Days;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ecrans_core::calendar::week_of;
use ecrans_core::charts::{
    activity_chart, comparison_days_chart, comparison_moments_chart, moments_chart, trend_chart,
    week_chart, ChartText,
};
use ecrans_core::comparison::{compare_weeks, WeekPair};
use ecrans_core::diary::{ChildId, Scope};
use ecrans_core::language::Language;
use ecrans_core::preferences::TextSize;
use ecrans_core::statistics::{week_statistics, weekly_trend, weekly_trend_between};
use support::{diary_of_years, last_day};

fn benches(c: &mut Criterion) {
    let child = Scope::Child(ChildId::new("child-1"));
    for years in [1u64, 3, 10] {
        let diary = diary_of_years(years);
        let label = format!("{years}y/{}entries", diary.entry_count());
        let week = week_of(last_day() - Days::new(180));
        let stats = week_statistics(&diary, week, &child);
        let family = week_statistics(&diary, week, &Scope::Family);
        let pair = WeekPair {
            a: week.previous().previous(),
            b: week,
        };
        let comparison = compare_weeks(&diary, &child, pair);

        let mut group = c.benchmark_group("charts");
        group.sample_size(20);
        group.bench_with_input(
            BenchmarkId::new("week_statistics_child", &label),
            &diary,
            |b, diary| b.iter(|| week_statistics(black_box(diary), week, &child)),
        );
        group.bench_with_input(
            BenchmarkId::new("week_statistics_family", &label),
            &diary,
            |b, diary| b.iter(|| week_statistics(black_box(diary), week, &Scope::Family)),
        );
        group.bench_with_input(BenchmarkId::new("week_chart", &label), &stats, |b, s| {
            b.iter(|| {
                week_chart(
                    black_box(s),
                    Language::Fr,
                    ChartText::for_text_size(TextSize::Normal),
                )
                .unwrap()
            })
        });
        group.bench_with_input(
            BenchmarkId::new("week_chart_family", &label),
            &family,
            |b, s| {
                b.iter(|| {
                    week_chart(
                        black_box(s),
                        Language::Fr,
                        ChartText::for_text_size(TextSize::Normal),
                    )
                    .unwrap()
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("activity_chart", &label),
            &stats,
            |b, s| {
                b.iter(|| {
                    activity_chart(
                        black_box(s),
                        Language::Fr,
                        ChartText::for_text_size(TextSize::Normal),
                    )
                    .unwrap()
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("moments_chart", &label), &stats, |b, s| {
            b.iter(|| {
                moments_chart(
                    black_box(s),
                    Language::Fr,
                    ChartText::for_text_size(TextSize::Normal),
                )
                .unwrap()
            })
        });
        group.bench_with_input(
            BenchmarkId::new("compare_weeks", &label),
            &diary,
            |b, diary| b.iter(|| compare_weeks(black_box(diary), &child, pair)),
        );
        group.bench_with_input(
            BenchmarkId::new("comparison_charts", &label),
            &comparison,
            |b, comparison| {
                b.iter(|| {
                    (
                        comparison_days_chart(
                            black_box(comparison),
                            Language::Fr,
                            ChartText::for_text_size(TextSize::Normal),
                        )
                        .unwrap(),
                        comparison_moments_chart(
                            black_box(comparison),
                            Language::Fr,
                            ChartText::for_text_size(TextSize::Normal),
                        )
                        .unwrap(),
                    )
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("trend_last_26_weeks_and_chart", &label),
            &diary,
            |b, diary| {
                b.iter(|| {
                    let last = week_of(last_day());
                    let mut first = last;
                    for _ in 0..25 {
                        first = first.previous();
                    }
                    let trend = weekly_trend_between(black_box(diary), &child, first, last);
                    trend_chart(
                        &trend,
                        Language::Fr,
                        ChartText::for_text_size(TextSize::Normal),
                    )
                    .unwrap()
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("trend_all_weeks_and_chart", &label),
            &diary,
            |b, diary| {
                b.iter(|| {
                    let trend = weekly_trend(black_box(diary), &child);
                    trend_chart(
                        &trend,
                        Language::Fr,
                        ChartText::for_text_size(TextSize::Normal),
                    )
                    .unwrap()
                })
            },
        );
        group.finish();
    }
}

criterion_group!(charts, benches);
criterion_main!(charts);
