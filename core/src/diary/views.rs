//! The day and week views: a day's entries, for one child or the whole family, with each child's
//! total against their daily limit and the « pas » they kept.
//!
//! A week is read with one range query on the date index, never by scanning the history. Views
//! are plain owned values, ready for the app's memos.

use chrono::NaiveDate;

use super::{Child, ChildId, Diary, Entry};
use crate::calendar::IsoWeek;
use crate::four_steps::{steps_kept_in, StepSet};

/// Whose screen time a view shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Every child in the diary.
    Family,
    /// One child.
    Child(ChildId),
}

impl Scope {
    /// The scope a view of `diary` shows when this one was picked: the same, unless it names a
    /// child the diary no longer has (removed here or in another tab), then the whole family.
    pub fn shown_in(&self, diary: &Diary) -> Scope {
        match self {
            Scope::Child(id) if diary.child(id).is_none() => Scope::Family,
            scope => scope.clone(),
        }
    }
}

/// One child's day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChildDay {
    /// The child.
    pub child: ChildId,
    /// All the child's screen minutes that day.
    pub total_minutes: u32,
    /// The minutes that count against the limit (school and family video calls left out).
    pub limited_minutes: u32,
    /// The child's daily limit, if the family set one.
    pub daily_limit: Option<u16>,
    /// Whether the counted minutes are over the limit.
    pub over_limit: bool,
    /// The « pas » kept that day.
    pub steps_kept: StepSet,
    /// How many entries cover the child that day.
    pub entry_count: usize,
}

/// A day in the diary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayView {
    /// The date.
    pub date: NaiveDate,
    /// The day's entries in the scope, in the order of the day (moment, then start time, then id).
    pub entries: Vec<Entry>,
    /// Each child in the scope, oldest first.
    pub children: Vec<ChildDay>,
}

impl DayView {
    /// The screen minutes of the entries shown (an entry for several children counts once).
    pub fn total_minutes(&self) -> u32 {
        self.entries
            .iter()
            .map(|entry| u32::from(entry.minutes))
            .sum()
    }
}

/// A week in the diary, Monday to Sunday.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekView {
    /// The ISO week.
    pub week: IsoWeek,
    /// Its seven days.
    pub days: Vec<DayView>,
}

/// One day of the diary, for a scope.
pub fn day_view(diary: &Diary, date: NaiveDate, scope: &Scope) -> DayView {
    let entries: Vec<&Entry> = diary.entries_between(date, date).collect();
    build_day(diary, date, &entries, scope)
}

/// One ISO week of the diary, for a scope.
pub fn week_view(diary: &Diary, week: IsoWeek, scope: &Scope) -> WeekView {
    let entries: Vec<&Entry> = diary.entries_in_week(week).collect();
    let days = week
        .days()
        .into_iter()
        .map(|date| {
            let start = entries.partition_point(|entry| entry.date < date);
            let end = entries.partition_point(|entry| entry.date <= date);
            build_day(diary, date, &entries[start..end], scope)
        })
        .collect();
    WeekView { week, days }
}

/// Builds a day from that day's entries (all scopes).
fn build_day(diary: &Diary, date: NaiveDate, entries: &[&Entry], scope: &Scope) -> DayView {
    let children: Vec<&Child> = match scope {
        Scope::Family => diary.children(),
        Scope::Child(id) => diary.child(id).into_iter().collect(),
    };
    let in_scope = |entry: &&Entry| children.iter().any(|child| entry.covers(&child.id));
    let mut shown: Vec<Entry> = entries.iter().copied().filter(in_scope).cloned().collect();
    shown.sort_by(|a, b| (a.moment, a.start, &a.id).cmp(&(b.moment, b.start, &b.id)));
    let children = children
        .iter()
        .map(|child| {
            let theirs: Vec<&Entry> = shown
                .iter()
                .filter(|entry| entry.covers(&child.id))
                .collect();
            let total_minutes = theirs.iter().map(|entry| u32::from(entry.minutes)).sum();
            let limited_minutes: u32 = theirs
                .iter()
                .map(|entry| u32::from(entry.limited_minutes()))
                .sum();
            ChildDay {
                child: child.id.clone(),
                total_minutes,
                limited_minutes,
                daily_limit: child.daily_limit,
                over_limit: child
                    .daily_limit
                    .is_some_and(|limit| limited_minutes > u32::from(limit)),
                steps_kept: steps_kept_in(theirs.iter().copied()),
                entry_count: theirs.len(),
            }
        })
        .collect();
    DayView {
        date,
        entries: shown,
        children,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::week_of;

    #[test]
    fn a_scope_naming_a_child_who_is_gone_shows_the_whole_family() {
        let mut diary = diary();
        let lea = Scope::Child(ChildId::new("lea"));
        assert_eq!(lea.shown_in(&diary), lea);
        assert_eq!(Scope::Family.shown_in(&diary), Scope::Family);
        assert_eq!(
            Scope::Child(ChildId::new("nobody")).shown_in(&diary),
            Scope::Family
        );
        diary
            .remove_child(&ChildId::new("lea"), EntriesOfRemovedChild::Remove, 9)
            .unwrap();
        assert_eq!(lea.shown_in(&diary), Scope::Family);
        let hugo = Scope::Child(ChildId::new("hugo"));
        assert_eq!(hugo.shown_in(&diary), hugo);
    }
    use crate::diary::tests::{date, entry, family};
    use crate::diary::{Activity, EntriesOfRemovedChild, Moment};
    use crate::four_steps::Step;

    fn diary() -> Diary {
        let mut diary = family();
        diary
            .set_daily_limit(&ChildId::new("lea"), Some(60), 2)
            .unwrap();
        diary
            .set_daily_limit(&ChildId::new("ines"), Some(0), 2)
            .unwrap();
        let mut put = |id: &str,
                       children: &[&str],
                       day: &str,
                       minutes: u16,
                       moment: Moment,
                       activity: Activity| {
            let mut logged = entry(id, children, day, minutes);
            logged.moment = moment;
            logged.activity = activity;
            diary.put_entry(logged).unwrap();
        };
        put(
            "film",
            &["lea", "hugo", "ines"],
            "2025-03-08",
            90,
            Moment::Evening,
            Activity::Videos,
        );
        put(
            "homework",
            &["lea"],
            "2025-03-08",
            45,
            Moment::AfterSchool,
            Activity::School,
        );
        put(
            "cartoon",
            &["hugo"],
            "2025-03-08",
            20,
            Moment::Morning,
            Activity::Videos,
        );
        put(
            "call",
            &["lea"],
            "2025-03-08",
            15,
            Moment::Meal,
            Activity::VideoCalls,
        );
        put(
            "sunday",
            &["hugo"],
            "2025-03-09",
            30,
            Moment::Daytime,
            Activity::Games,
        );
        put(
            "next-week",
            &["hugo"],
            "2025-03-10",
            30,
            Moment::Daytime,
            Activity::Games,
        );
        diary
    }

    #[test]
    fn a_family_day_totals_each_child_against_their_limit() {
        let day = day_view(&diary(), date("2025-03-08"), &Scope::Family);
        let ids: Vec<&str> = day.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["cartoon", "call", "homework", "film"]);
        assert_eq!(day.total_minutes(), 170);
        let check =
            |index: usize, child: &str, total: u32, limited: u32, over: bool, kept: &[Step]| {
                let child_day = &day.children[index];
                assert_eq!(child_day.child, ChildId::new(child));
                assert_eq!(
                    (
                        child_day.total_minutes,
                        child_day.limited_minutes,
                        child_day.over_limit
                    ),
                    (total, limited, over),
                    "{child}"
                );
                assert_eq!(
                    child_day.steps_kept.iter().collect::<Vec<_>>(),
                    kept,
                    "{child}"
                );
            };
        check(
            0,
            "lea",
            150,
            90,
            true,
            &[Step::Morning, Step::Bedtime, Step::Bedroom],
        );
        check(
            1,
            "hugo",
            110,
            110,
            false,
            &[Step::Meal, Step::Bedtime, Step::Bedroom],
        );
        check(2, "ines", 90, 90, true, &Step::ALL);
    }

    #[test]
    fn a_child_day_shows_only_their_entries() {
        let day = day_view(
            &diary(),
            date("2025-03-08"),
            &Scope::Child(ChildId::new("hugo")),
        );
        let ids: Vec<&str> = day.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["cartoon", "film"]);
        assert_eq!(day.children.len(), 1);
        assert_eq!(day.children[0].entry_count, 2);
        let nobody = day_view(
            &diary(),
            date("2025-03-08"),
            &Scope::Child(ChildId::new("zoe")),
        );
        assert!(nobody.entries.is_empty() && nobody.children.is_empty());
    }

    #[test]
    fn a_week_has_seven_days_and_only_its_entries() {
        let diary = diary();
        let week = week_of(date("2025-03-08"));
        let view = week_view(&diary, week, &Scope::Family);
        assert_eq!(view.days.len(), 7);
        let per_day: Vec<usize> = view.days.iter().map(|d| d.entries.len()).collect();
        assert_eq!(per_day, [0, 0, 0, 0, 0, 4, 1]);
        assert_eq!(
            view.days[5],
            day_view(&diary, date("2025-03-08"), &Scope::Family)
        );
        assert_eq!(view.days[0].children[0].steps_kept, StepSet::ALL);
    }

    #[test]
    fn entries_of_removed_children_leave_the_views() {
        let mut diary = diary();
        diary
            .remove_child(&ChildId::new("lea"), EntriesOfRemovedChild::Remove, 9)
            .unwrap();
        let day = day_view(&diary, date("2025-03-08"), &Scope::Family);
        let ids: Vec<&str> = day.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["cartoon", "film"]);
        assert_eq!(day.children.len(), 2);
    }
}
