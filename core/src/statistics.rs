//! Statistics of the diary, for one child or the whole family, per day and per week: screen time
//! in total and by screen, activity and moment, the share of it with an adult, days above a
//! child's limit, the « 4 pas » kept, and the daily average over the days filled in. The weekly
//! trend lives in `statistics/trend.rs`.
//!
//! The rules, decided once here and used by every chart and sentence:
//!
//! - **A day is filled in** for a scope when it holds at least one entry for that scope (for the
//!   family: for any child present in the diary). A day without an entry may be a day without
//!   screens or a day the family did not write down; the diary cannot tell, so averages are taken
//!   over the days filled in and the count of those days is always given (« 5 jours renseignés
//!   sur 7 »).
//! - **Family screen time counts each entry once**: a film watched by two children is one screen
//!   switched on for 90 minutes, so the family's total, its split by screen, activity and moment,
//!   and the share with an adult count those 90 minutes once. **Per-child figures count it for
//!   each child it covers** (90 minutes for each), as the day view does, because each child's
//!   limit is about that child's time.
//! - **Limits** are the diary's own rule ([`crate::diary::ChildDay::over_limit`]): a child is above
//!   their limit on a day when the minutes that count towards it ([`Entry::limited_minutes`]:
//!   school, homework and family video calls left out) are more than the limit. For the family, a
//!   day is above the limit when at least one child is above theirs.
//! - **The « 4 pas »** are counted over the days filled in only (an empty day keeps all four
//!   trivially and would flatter the count). For the family, a « pas » is kept on a day when no
//!   entry of any child breaks it.
//!
//! A week is read with one range query on the date index ([`week_view`]); nothing here scans the
//! whole history except [`weekly_trend`], which walks week by week, each week costing the same
//! however long the history is.

#[cfg(test)]
pub(crate) mod tests;
mod trend;

use chrono::NaiveDate;

pub use trend::{weekly_trend, weekly_trend_between, Trend, TrendPoint};

use crate::calendar::IsoWeek;
use crate::diary::{
    day_view, week_view, Activity, Child, ChildDay, ChildId, DayView, Diary, Entry, Moment, Scope,
    Screen,
};
use crate::four_steps::{steps_kept_in, Step, StepSet};

/// The days of a week.
pub const WEEK_DAYS: u32 = 7;

/// Minutes split by screen, by activity and by moment of the day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Breakdown {
    by_screen: [u32; Screen::ALL.len()],
    by_activity: [u32; Activity::ALL.len()],
    by_moment: [u32; Moment::ALL.len()],
}

impl Breakdown {
    /// The minutes on `screen`.
    pub fn screen(&self, screen: Screen) -> u32 {
        self.by_screen[screen as usize]
    }

    /// The minutes doing `activity`.
    pub fn activity(&self, activity: Activity) -> u32 {
        self.by_activity[activity as usize]
    }

    /// The minutes at `moment`.
    pub fn moment(&self, moment: Moment) -> u32 {
        self.by_moment[moment as usize]
    }

    /// Every screen with its minutes, in [`Screen::ALL`] order (zeros included).
    pub fn screens(&self) -> impl Iterator<Item = (Screen, u32)> + '_ {
        Screen::ALL
            .into_iter()
            .map(|screen| (screen, self.screen(screen)))
    }

    /// Every activity with its minutes, in [`Activity::ALL`] order (zeros included).
    pub fn activities(&self) -> impl Iterator<Item = (Activity, u32)> + '_ {
        Activity::ALL
            .into_iter()
            .map(|activity| (activity, self.activity(activity)))
    }

    /// Every moment with its minutes, in [`Moment::ALL`] order (zeros included).
    pub fn moments(&self) -> impl Iterator<Item = (Moment, u32)> + '_ {
        Moment::ALL
            .into_iter()
            .map(|moment| (moment, self.moment(moment)))
    }

    fn add(&mut self, entry: &Entry) {
        let minutes = u32::from(entry.minutes);
        self.by_screen[entry.screen as usize] += minutes;
        self.by_activity[entry.activity as usize] += minutes;
        self.by_moment[entry.moment as usize] += minutes;
    }

    fn add_all(&mut self, other: &Breakdown) {
        let add = |into: &mut [u32], from: &[u32]| {
            into.iter_mut().zip(from).for_each(|(a, b)| *a += b);
        };
        add(&mut self.by_screen, &other.by_screen);
        add(&mut self.by_activity, &other.by_activity);
        add(&mut self.by_moment, &other.by_moment);
    }
}

/// Screen time added up for a scope (each entry once).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// All the minutes.
    pub minutes: u32,
    /// The minutes with an adult.
    pub with_adult_minutes: u32,
    /// The minutes in a child's bedroom.
    pub in_bedroom_minutes: u32,
    /// The minutes by screen, activity and moment.
    pub breakdown: Breakdown,
}

impl Totals {
    /// The share of the time spent with an adult, in whole percent (rounded half up); `None`
    /// when there is no time at all.
    pub fn with_adult_percent(&self) -> Option<u32> {
        rounded_percent(self.with_adult_minutes, self.minutes)
    }

    fn add(&mut self, entry: &Entry) {
        let minutes = u32::from(entry.minutes);
        self.minutes += minutes;
        if entry.with_adult {
            self.with_adult_minutes += minutes;
        }
        if entry.in_bedroom {
            self.in_bedroom_minutes += minutes;
        }
        self.breakdown.add(entry);
    }

    fn add_all(&mut self, other: &Totals) {
        self.minutes += other.minutes;
        self.with_adult_minutes += other.with_adult_minutes;
        self.in_bedroom_minutes += other.in_bedroom_minutes;
        self.breakdown.add_all(&other.breakdown);
    }
}

/// `part` as a whole percentage of `whole`, rounded half up; `None` when `whole` is 0.
pub(crate) fn rounded_percent(part: u32, whole: u32) -> Option<u32> {
    (whole > 0)
        .then(|| ((u64::from(part) * 200 + u64::from(whole)) / (2 * u64::from(whole))) as u32)
}

/// An average per day over the days filled in, with how many there were.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DailyAverage {
    /// The average minutes per day filled in, rounded to the nearest minute (half up); `None` when
    /// no day was filled in.
    pub minutes: Option<u32>,
    /// How many days were filled in.
    pub days_filled_in: u32,
    /// How many days the period has (7 for a week).
    pub days: u32,
}

impl DailyAverage {
    /// The average of `total` minutes over `days_filled_in` of `days` days.
    pub fn of(total: u32, days_filled_in: u32, days: u32) -> DailyAverage {
        let minutes = (days_filled_in > 0).then(|| (total + days_filled_in / 2) / days_filled_in);
        DailyAverage {
            minutes,
            days_filled_in,
            days,
        }
    }
}

/// On how many days each « pas » was kept, out of the days filled in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepDays {
    kept: [u32; Step::ALL.len()],
    days: u32,
}

impl StepDays {
    /// Counts the « pas » kept on each day filled in.
    pub fn of(kept_on_filled_days: impl IntoIterator<Item = StepSet>) -> StepDays {
        let mut counts = StepDays::default();
        for kept in kept_on_filled_days {
            counts.days += 1;
            for step in kept.iter() {
                counts.kept[step as usize] += 1;
            }
        }
        counts
    }

    /// On how many days filled in `step` was kept.
    pub fn days_kept(&self, step: Step) -> u32 {
        self.kept[step as usize]
    }

    /// How many days were counted (the days filled in).
    pub fn days_counted(&self) -> u32 {
        self.days
    }

    /// Every « pas » with its days kept, in [`Step::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Step, u32)> + '_ {
        Step::ALL
            .into_iter()
            .map(|step| (step, self.days_kept(step)))
    }
}

/// By how many minutes a child's counted time went over their limit that day (0 when not over).
pub fn minutes_over_limit(day: &ChildDay) -> u32 {
    match day.daily_limit {
        Some(limit) if day.over_limit => day.limited_minutes - u32::from(limit),
        _ => 0,
    }
}

/// One day for a scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayStatistics {
    /// The date.
    pub date: NaiveDate,
    /// How many entries the scope has that day (an entry for several children counts once).
    pub entry_count: usize,
    /// The scope's screen time (each entry once).
    pub totals: Totals,
    /// The « pas » kept by the scope: those no entry of the day breaks.
    pub steps_kept: StepSet,
    /// Each child of the scope, oldest first, as the day view shows them (each shared entry
    /// counted for each child).
    pub children: Vec<ChildDay>,
}

impl DayStatistics {
    /// Whether the day holds at least one entry for the scope.
    pub fn is_filled_in(&self) -> bool {
        self.entry_count > 0
    }

    /// Whether at least one child of the scope is above their limit.
    pub fn is_over_limit(&self) -> bool {
        self.children.iter().any(|child| child.over_limit)
    }

    fn of(view: DayView) -> DayStatistics {
        let mut totals = Totals::default();
        view.entries.iter().for_each(|entry| totals.add(entry));
        DayStatistics {
            date: view.date,
            entry_count: view.entries.len(),
            totals,
            steps_kept: steps_kept_in(&view.entries),
            children: view.children,
        }
    }
}

/// One child's week.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChildWeek {
    /// The child.
    pub child: ChildId,
    /// The child's name as the diary holds it (plain text: escape it in markup).
    pub name: String,
    /// The child's daily limit, if any.
    pub daily_limit: Option<u16>,
    /// All the child's minutes (shared entries counted in full).
    pub total_minutes: u32,
    /// The minutes that count against the limit.
    pub limited_minutes: u32,
    /// The child's daily average over the days filled in for them.
    pub daily_average: DailyAverage,
    /// The days the child was above their limit.
    pub days_over_limit: u32,
    /// The day the child went furthest over their limit, and by how many minutes.
    pub largest_excess: Option<(NaiveDate, u32)>,
    /// The « pas » the child kept, over the days filled in for them.
    pub steps_kept: StepDays,
}

/// One ISO week for a scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekStatistics {
    /// The week.
    pub week: IsoWeek,
    /// The scope.
    pub scope: Scope,
    /// The child's name for a child's scope (`None` for the family, or a child no longer in the
    /// diary).
    pub scope_name: Option<String>,
    /// Monday to Sunday.
    pub days: Vec<DayStatistics>,
    /// The week's screen time (each entry once).
    pub totals: Totals,
    /// The daily average over the days filled in, with their count.
    pub daily_average: DailyAverage,
    /// The days on which a child of the scope was above their limit.
    pub days_over_limit: u32,
    /// On how many days filled in each « pas » was kept by the scope.
    pub steps_kept: StepDays,
    /// Each child of the scope, oldest first.
    pub children: Vec<ChildWeek>,
}

impl WeekStatistics {
    /// The child's daily limit for a child's scope (`None` for the family or without a limit).
    pub fn daily_limit(&self) -> Option<u16> {
        match self.scope {
            Scope::Child(_) => self.children.first().and_then(|child| child.daily_limit),
            Scope::Family => None,
        }
    }

    /// The days filled in.
    pub fn days_filled_in(&self) -> u32 {
        self.daily_average.days_filled_in
    }
}

/// One day's statistics for a scope.
pub fn day_statistics(diary: &Diary, date: NaiveDate, scope: &Scope) -> DayStatistics {
    DayStatistics::of(day_view(diary, date, scope))
}

/// One week's statistics for a scope, from one range query on the date index.
pub fn week_statistics(diary: &Diary, week: IsoWeek, scope: &Scope) -> WeekStatistics {
    let view = week_view(diary, week, scope);
    let days: Vec<DayStatistics> = view.days.into_iter().map(DayStatistics::of).collect();
    let mut totals = Totals::default();
    days.iter().for_each(|day| totals.add_all(&day.totals));
    let filled_in = days.iter().filter(|day| day.is_filled_in());
    let steps_kept = StepDays::of(filled_in.clone().map(|day| day.steps_kept));
    let days_filled_in = filled_in.count() as u32;
    let children = scope_children(diary, scope)
        .into_iter()
        .enumerate()
        .map(|(index, child)| {
            child_week(
                child,
                days.iter().map(|day| (day.date, &day.children[index])),
            )
        })
        .collect();
    WeekStatistics {
        week,
        scope: scope.clone(),
        scope_name: scope_name(diary, scope),
        daily_average: DailyAverage::of(totals.minutes, days_filled_in, WEEK_DAYS),
        days_over_limit: days.iter().filter(|day| day.is_over_limit()).count() as u32,
        steps_kept,
        totals,
        days,
        children,
    }
}

fn child_week<'a>(
    child: &Child,
    days: impl Iterator<Item = (NaiveDate, &'a ChildDay)>,
) -> ChildWeek {
    let mut week = ChildWeek {
        child: child.id.clone(),
        name: child.name.clone(),
        daily_limit: child.daily_limit,
        total_minutes: 0,
        limited_minutes: 0,
        daily_average: DailyAverage::default(),
        days_over_limit: 0,
        largest_excess: None,
        steps_kept: StepDays::default(),
    };
    let mut kept = Vec::with_capacity(WEEK_DAYS as usize);
    for (date, day) in days {
        week.total_minutes += day.total_minutes;
        week.limited_minutes += day.limited_minutes;
        if day.entry_count > 0 {
            kept.push(day.steps_kept);
        }
        if day.over_limit {
            week.days_over_limit += 1;
            let excess = minutes_over_limit(day);
            if week.largest_excess.is_none_or(|(_, most)| excess > most) {
                week.largest_excess = Some((date, excess));
            }
        }
    }
    week.steps_kept = StepDays::of(kept.iter().copied());
    week.daily_average = DailyAverage::of(week.total_minutes, week.steps_kept.days, WEEK_DAYS);
    week
}

/// The children a scope covers, oldest first (as the views list them).
pub(crate) fn scope_children<'a>(diary: &'a Diary, scope: &Scope) -> Vec<&'a Child> {
    match scope {
        Scope::Family => diary.children(),
        Scope::Child(id) => diary.child(id).into_iter().collect(),
    }
}

/// The child's name for a child's scope.
pub(crate) fn scope_name(diary: &Diary, scope: &Scope) -> Option<String> {
    match scope {
        Scope::Family => None,
        Scope::Child(id) => diary.child(id).map(|child| child.name.clone()),
    }
}

/// Whether `limited` counted minutes are above `limit` (the diary's rule, as in the day view).
pub(crate) fn is_over_limit(limited: u32, limit: Option<u16>) -> bool {
    limit.is_some_and(|limit| limited > u32::from(limit))
}
