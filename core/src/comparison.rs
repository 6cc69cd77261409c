//! Comparing two weeks, for one child or the whole family, and judging the family's commitments
//! in the second week.
//!
//! Week A is the « before » and week B the « after ». Each figure of [`crate::statistics`] is
//! given for both weeks with its [`Difference`]: in minutes (or days) and in percent of week A,
//! with a [`Direction`] and a [`Verdict`] (less screen time is better; more days keeping a « pas »
//! is better). The rules:
//!
//! - The daily averages are compared as shown, rounded to the minute, so that « 2 h 05 → 1 h 30 »
//!   reads as 35 minutes less. A week with no day filled in has no average, and then there is no
//!   average difference.
//! - A percentage is of week A's figure, rounded half away from zero; there is none when week A's
//!   figure is 0.
//! - A week with fewer than [`MIN_DAYS_FOR_COMPARISON`] days filled in is flagged
//!   ([`WeekComparison::few_days`]) so the app says so plainly instead of pretending.
//! - Commitments are judged on week B's days filled in. A « pas » is kept on a day when no entry
//!   of the scope that day breaks it; a child's daily limit is kept on a day filled in for that
//!   child when the minutes that count towards a limit are at or under the commitment's minutes
//!   (the diary's own rule). Kept: every day judged; partly kept: some; not kept: none. A
//!   commitment in the family's own words cannot be judged from entries: it is « not measurable »,
//!   and so is one with no day to judge, or for a child no longer in the diary.
//!
//! Default weeks: the first week logged and the last complete week (the week before `today`'s).
//! Nothing here reads the clock.
//!
//! This module is the model; `rows.rs` lists the rows every view shows, in order, and
//! `wording.rs` writes the comparison in French and English (sentence, table, titles, labels).

mod rows;
mod wording;

use chrono::NaiveDate;

use crate::calendar::{week_of, IsoWeek};
use crate::commitments::Commitment;
use crate::diary::{Activity, Diary, Entry, Moment, Scope, Screen};
use crate::four_steps::Step;
use crate::statistics::{scope_children, week_statistics, WeekStatistics};

pub use rows::{comparison_rows, ComparisonFigure, ComparisonRow, FigureGroup, RowGroup};
pub use wording::{comparison_summary, comparison_table};
pub(crate) use wording::{comparison_title, week_name};

/// Fewer days filled in than this, and a week is flagged as too thin to compare.
pub const MIN_DAYS_FOR_COMPARISON: u32 = 3;

/// Which way a figure went from week A to week B.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Lower in week B.
    Less,
    /// Higher in week B.
    More,
    /// The same.
    Same,
}

/// Which way is an improvement for a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Goal {
    /// Less is better (screen time, days above the limit).
    Less,
    /// More is better (days a « pas » was kept).
    More,
}

/// Whether a change is an improvement, for the arrow's colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// The figure moved the way the family wants.
    Better,
    /// It moved the other way.
    Worse,
    /// It did not move.
    Unchanged,
}

/// A figure in week A and week B, and how it changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Difference {
    /// Week A's figure.
    pub a: u32,
    /// Week B's figure.
    pub b: u32,
    /// `b - a`.
    pub change: i64,
    /// The change in percent of `a`, rounded half away from zero; `None` when `a` is 0.
    pub percent: Option<i64>,
    /// Which way it went.
    pub direction: Direction,
    /// Which way is better.
    pub goal: Goal,
}

/// The lines of a breakdown (by screen, activity or moment) that either week has time in:
/// figures and tables leave out the lines at zero in both weeks.
pub fn lines_with_time<K>(lines: &[(K, Difference)]) -> impl Iterator<Item = &(K, Difference)> {
    lines.iter().filter(|(_, d)| d.a > 0 || d.b > 0)
}

impl Difference {
    /// The difference from `a` to `b`.
    pub fn between(a: u32, b: u32, goal: Goal) -> Difference {
        let change = i64::from(b) - i64::from(a);
        let percent = (a > 0).then(|| {
            let a = i64::from(a);
            let doubled = change * 200;
            (doubled + doubled.signum() * a) / (2 * a)
        });
        Difference {
            a,
            b,
            change,
            percent,
            direction: match change {
                0 => Direction::Same,
                c if c < 0 => Direction::Less,
                _ => Direction::More,
            },
            goal,
        }
    }

    /// Whether the change is an improvement.
    pub fn verdict(&self) -> Verdict {
        match (self.direction, self.goal) {
            (Direction::Same, _) => Verdict::Unchanged,
            (Direction::Less, Goal::Less) | (Direction::More, Goal::More) => Verdict::Better,
            _ => Verdict::Worse,
        }
    }
}

/// Two weeks to compare: A (before) and B (after).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WeekPair {
    /// The « before » week.
    pub a: IsoWeek,
    /// The « after » week.
    pub b: IsoWeek,
}

/// Which weeks have fewer than [`MIN_DAYS_FOR_COMPARISON`] days filled in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FewDays {
    /// Week A is thin.
    pub a: bool,
    /// Week B is thin.
    pub b: bool,
}

impl FewDays {
    /// Whether either week is thin.
    pub fn any(self) -> bool {
        self.a || self.b
    }
}

/// Why a commitment cannot be judged from the diary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NotMeasurable {
    /// It is in the family's own words: only the family can say.
    FreeText,
    /// Week B has no day filled in (for the scope, or for the limit's child).
    NoDayFilledIn,
    /// The limit's child is no longer in the diary.
    ChildRemoved,
}

/// How a commitment went in week B.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommitmentOutcome {
    /// Kept on every day judged.
    Kept,
    /// Kept on some of the days judged.
    PartlyKept,
    /// Kept on none of the days judged.
    NotKept,
    /// Cannot be judged from the diary.
    NotMeasurable(NotMeasurable),
}

/// One commitment judged on week B.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommitmentCheck {
    /// The commitment.
    pub commitment: Commitment,
    /// For a daily limit, the child's name (`None` once the child is removed).
    pub child_name: Option<String>,
    /// How it went.
    pub outcome: CommitmentOutcome,
    /// The days it was kept.
    pub days_kept: u32,
    /// The days it was judged on (the days filled in).
    pub days_judged: u32,
}

/// Two weeks side by side, for a scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekComparison {
    /// The scope.
    pub scope: Scope,
    /// The child's name for a child's scope.
    pub scope_name: Option<String>,
    /// Week A's statistics.
    pub a: WeekStatistics,
    /// Week B's statistics.
    pub b: WeekStatistics,
    /// The days filled in of each week (more is better: the figures say more).
    pub days_filled_in: Difference,
    /// The daily averages over the days filled in; `None` when a week has no day filled in.
    pub daily_average: Option<Difference>,
    /// The weeks' totals.
    pub total: Difference,
    /// By screen, in [`Screen::ALL`] order.
    pub by_screen: Vec<(Screen, Difference)>,
    /// By activity, in [`Activity::ALL`] order.
    pub by_activity: Vec<(Activity, Difference)>,
    /// By moment, in [`Moment::ALL`] order.
    pub by_moment: Vec<(Moment, Difference)>,
    /// Days above the limit (for the family: days a child was above theirs).
    pub days_over_limit: Difference,
    /// Days each « pas » was kept, in [`Step::ALL`] order.
    pub steps_kept: Vec<(Step, Difference)>,
    /// Which weeks are too thin to compare.
    pub few_days: FewDays,
    /// The family's commitments, judged on week B.
    pub commitments: Vec<CommitmentCheck>,
}

/// Compares week `weeks.a` with week `weeks.b` for a scope: two range queries on the date index
/// (one more per daily-limit commitment).
pub fn compare_weeks(diary: &Diary, scope: &Scope, weeks: WeekPair) -> WeekComparison {
    let a = week_statistics(diary, weeks.a, scope);
    let b = week_statistics(diary, weeks.b, scope);
    let minutes = |x: u32, y: u32| Difference::between(x, y, Goal::Less);
    let daily_average = match (a.daily_average.minutes, b.daily_average.minutes) {
        (Some(x), Some(y)) => Some(minutes(x, y)),
        _ => None,
    };
    let (ta, tb) = (&a.totals.breakdown, &b.totals.breakdown);
    let commitments = diary
        .commitments()
        .items()
        .iter()
        .map(|commitment| check_commitment(diary, &b, commitment))
        .collect();
    WeekComparison {
        scope: scope.clone(),
        scope_name: a.scope_name.clone(),
        days_filled_in: Difference::between(a.days_filled_in(), b.days_filled_in(), Goal::More),
        daily_average,
        total: minutes(a.totals.minutes, b.totals.minutes),
        by_screen: Screen::ALL
            .into_iter()
            .map(|s| (s, minutes(ta.screen(s), tb.screen(s))))
            .collect(),
        by_activity: Activity::ALL
            .into_iter()
            .map(|x| (x, minutes(ta.activity(x), tb.activity(x))))
            .collect(),
        by_moment: Moment::ALL
            .into_iter()
            .map(|m| (m, minutes(ta.moment(m), tb.moment(m))))
            .collect(),
        days_over_limit: minutes(a.days_over_limit, b.days_over_limit),
        steps_kept: Step::ALL
            .into_iter()
            .map(|step| {
                let kept = |week: &WeekStatistics| week.steps_kept.days_kept(step);
                (step, Difference::between(kept(&a), kept(&b), Goal::More))
            })
            .collect(),
        few_days: FewDays {
            a: a.days_filled_in() < MIN_DAYS_FOR_COMPARISON,
            b: b.days_filled_in() < MIN_DAYS_FOR_COMPARISON,
        },
        commitments,
        a,
        b,
    }
}

fn check_commitment(diary: &Diary, b: &WeekStatistics, commitment: &Commitment) -> CommitmentCheck {
    let judged = |kept: u32, judged: u32| {
        if judged == 0 {
            CommitmentOutcome::NotMeasurable(NotMeasurable::NoDayFilledIn)
        } else if kept == judged {
            CommitmentOutcome::Kept
        } else if kept == 0 {
            CommitmentOutcome::NotKept
        } else {
            CommitmentOutcome::PartlyKept
        }
    };
    let check = |child_name, outcome, days_kept, days_judged| CommitmentCheck {
        commitment: commitment.clone(),
        child_name,
        outcome,
        days_kept,
        days_judged,
    };
    match commitment {
        Commitment::Step(step) => {
            let kept = b.steps_kept.days_kept(*step);
            let days = b.steps_kept.days_counted();
            check(None, judged(kept, days), kept, days)
        }
        Commitment::DailyLimit { child, minutes } => {
            let Some(present) = diary.child(child) else {
                return check(
                    None,
                    CommitmentOutcome::NotMeasurable(NotMeasurable::ChildRemoved),
                    0,
                    0,
                );
            };
            let theirs = week_statistics(diary, b.week, &Scope::Child(child.clone()));
            let days: Vec<_> = theirs
                .days
                .iter()
                .filter(|day| day.is_filled_in())
                .filter_map(|day| day.children.first())
                .collect();
            let kept = days
                .iter()
                .filter(|day| day.limited_minutes <= u32::from(*minutes))
                .count() as u32;
            let judged_days = days.len() as u32;
            check(
                Some(present.name.clone()),
                judged(kept, judged_days),
                kept,
                judged_days,
            )
        }
        Commitment::Text(_) => check(
            None,
            CommitmentOutcome::NotMeasurable(NotMeasurable::FreeText),
            0,
            0,
        ),
    }
}

/// The last complete week on `today`: the week before `today`'s (today's week is not over).
pub fn last_complete_week(today: NaiveDate) -> IsoWeek {
    week_of(today).previous()
}

/// « Semaine dernière / cette semaine »: last week as A, this week (so far) as B.
pub fn last_week_and_this_week(today: NaiveDate) -> WeekPair {
    WeekPair {
        a: week_of(today).previous(),
        b: week_of(today),
    }
}

/// The week of the scope's first entry (for the family: of a child present in the diary).
pub fn first_week_logged(diary: &Diary, scope: &Scope) -> Option<IsoWeek> {
    let children = scope_children(diary, scope);
    let in_scope = |entry: &&Entry| children.iter().any(|child| entry.covers(&child.id));
    diary
        .entries()
        .find(in_scope)
        .map(|entry| week_of(entry.date))
}

/// « Première semaine / dernière semaine »: the first week logged as A and the last complete
/// week as B; `None` when nothing is logged or the first week logged is not before the last
/// complete week (then offer [`last_week_and_this_week`]).
pub fn first_and_last_weeks(diary: &Diary, scope: &Scope, today: NaiveDate) -> Option<WeekPair> {
    let first = first_week_logged(diary, scope)?;
    let last = last_complete_week(today);
    (first < last).then_some(WeekPair { a: first, b: last })
}

/// The weeks a comparison opens on: [`first_and_last_weeks`].
pub fn default_weeks(diary: &Diary, scope: &Scope, today: NaiveDate) -> Option<WeekPair> {
    first_and_last_weeks(diary, scope, today)
}

#[cfg(test)]
mod tests;
