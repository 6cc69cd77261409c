//! The weekly trend: for each week logged, the daily average over the days filled in.
//!
//! The trend walks the history week by week. Each week is one range query on the date index and
//! reads only that week's entries (borrowed, never copied), so a week costs the same in a diary of
//! one year or ten; only the number of weeks grows. The rules are those of
//! [`crate::statistics`]: a day is filled in when it has an entry for the scope, the family's time
//! counts each entry once, and a day is above the limit when a child's counted minutes are over
//! their limit.

use crate::calendar::{week_of, IsoWeek};
use crate::diary::{Child, Diary, Entry, Scope};

use super::{is_over_limit, scope_children, scope_name, DailyAverage, WEEK_DAYS};

/// One week of the trend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrendPoint {
    /// The week.
    pub week: IsoWeek,
    /// The week's screen time for the scope (each entry once).
    pub total_minutes: u32,
    /// The daily average over the days filled in, with their count.
    pub daily_average: DailyAverage,
    /// The days on which a child of the scope was above their limit.
    pub days_over_limit: u32,
}

/// The weekly trend for a scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trend {
    /// The scope.
    pub scope: Scope,
    /// The child's name for a child's scope.
    pub scope_name: Option<String>,
    /// The child's daily limit for a child's scope (the family has none of its own).
    pub daily_limit: Option<u16>,
    /// Each week with at least one day filled in, oldest first. Weeks without any entry are left
    /// out (a gap, not a zero).
    pub points: Vec<TrendPoint>,
}

/// The trend over every week logged for the scope, from the first entry's week to the last's.
pub fn weekly_trend(diary: &Diary, scope: &Scope) -> Trend {
    let children = scope_children(diary, scope);
    let in_scope = |entry: &&Entry| children.iter().any(|child| entry.covers(&child.id));
    let first = diary.entries().find(in_scope);
    let last = diary.entries().rev().find(in_scope);
    match (first, last) {
        (Some(first), Some(last)) => {
            weekly_trend_between(diary, scope, week_of(first.date), week_of(last.date))
        }
        _ => trend_of(diary, scope, Vec::new()),
    }
}

/// The trend over the weeks `from` to `to` (both included; none when `from` is after `to`).
pub fn weekly_trend_between(diary: &Diary, scope: &Scope, from: IsoWeek, to: IsoWeek) -> Trend {
    let children = scope_children(diary, scope);
    let mut points = Vec::new();
    let mut week = from;
    while week <= to {
        let point = trend_point(diary, &children, week);
        if point.daily_average.days_filled_in > 0 {
            points.push(point);
        }
        week = week.next();
    }
    trend_of(diary, scope, points)
}

fn trend_of(diary: &Diary, scope: &Scope, points: Vec<TrendPoint>) -> Trend {
    Trend {
        scope: scope.clone(),
        scope_name: scope_name(diary, scope),
        daily_limit: match scope {
            Scope::Child(id) => diary.child(id).and_then(|child| child.daily_limit),
            Scope::Family => None,
        },
        points,
    }
}

/// One week of the trend, from that week's entries only.
fn trend_point(diary: &Diary, children: &[&Child], week: IsoWeek) -> TrendPoint {
    let entries: Vec<&Entry> = diary
        .entries_in_week(week)
        .filter(|entry| children.iter().any(|child| entry.covers(&child.id)))
        .collect();
    let mut total_minutes = 0;
    let mut days_filled_in = 0;
    let mut days_over_limit = 0;
    for date in week.days() {
        let start = entries.partition_point(|entry| entry.date < date);
        let end = entries.partition_point(|entry| entry.date <= date);
        let day = &entries[start..end];
        if day.is_empty() {
            continue;
        }
        days_filled_in += 1;
        total_minutes += day
            .iter()
            .map(|entry| u32::from(entry.minutes))
            .sum::<u32>();
        let over = children.iter().any(|child| {
            let limited = day
                .iter()
                .filter(|entry| entry.covers(&child.id))
                .map(|entry| u32::from(entry.limited_minutes()))
                .sum();
            is_over_limit(limited, child.daily_limit)
        });
        if over {
            days_over_limit += 1;
        }
    }
    TrendPoint {
        week,
        total_minutes,
        daily_average: DailyAverage::of(total_minutes, days_filled_in, WEEK_DAYS),
        days_over_limit,
    }
}
