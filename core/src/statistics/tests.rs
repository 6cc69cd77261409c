//! Statistics checked against a week computed by hand.
//!
//! The fixture week is 2025-W10 (Monday 3 to Sunday 9 March). Léa's limit is 60 minutes, Hugo's
//! 45, Inès has none.
//!
//! | day | entry | children | minutes | moment, screen, activity, flags |
//! |---|---|---|---|---|
//! | Mon 3 | homework | Léa | 40 | after school, computer, school |
//! | Mon 3 | social | Léa | 50 | meal, smartphone, social media |
//! | Tue 4 | cartoon | Hugo | 30 | morning, TV, videos |
//! | Tue 4 | game | Hugo | 25 | daytime, console, games |
//! | Wed 5 – Fri 7 | (nothing) | | | |
//! | Sat 8 | film | Léa, Hugo | 90 | evening, TV, videos, with an adult |
//! | Sun 9 | call | Léa, Hugo, Inès | 20 | meal, computer, video calls, with an adult |
//! | Sun 9 | bed | Léa | 30 | bedtime at 23:50, smartphone, social media, in the bedroom |
//!
//! Family (each entry once): Mon 90, Tue 55, Sat 90, Sun 50: 285 minutes over 4 days filled in,
//! 71.25 → 71 a day. With an adult: 90 + 20 = 110 of 285 = 38.6 → 39 %.
//! Léa: Mon 90 (50 counted), Sat 90 (90 counted: 30 over), Sun 50 (30 counted): 230 over 3 days,
//! 76.7 → 77. Hugo: Tue 55 (10 over), Sat 90 (45 over), Sun 20 (0 counted): 165 over 3 days, 55.
//! Inès: Sun 20. The children's minutes add up to 415 = 285 + 90 (film, a second child) + 40
//! (call, two more children).

use super::*;
use crate::calendar::week_of;
use crate::diary::tests::{date, entry, family};
use crate::diary::Entry;
use chrono::NaiveTime;

pub(crate) struct Logged {
    pub id: &'static str,
    pub children: &'static [&'static str],
    pub day: &'static str,
    pub minutes: u16,
    pub moment: Moment,
    pub screen: Screen,
    pub activity: Activity,
    pub with_adult: bool,
    pub in_bedroom: bool,
}

pub(crate) fn logged(spec: &Logged) -> Entry {
    let mut logged = entry(spec.id, spec.children, spec.day, spec.minutes);
    logged.moment = spec.moment;
    logged.screen = spec.screen;
    logged.activity = spec.activity;
    logged.with_adult = spec.with_adult;
    logged.in_bedroom = spec.in_bedroom;
    logged
}

/// An entry without an adult, outside the bedroom.
pub(crate) const fn plain(
    id: &'static str,
    children: &'static [&'static str],
    day: &'static str,
    minutes: u16,
    moment: Moment,
    screen: Screen,
    activity: Activity,
) -> Logged {
    Logged {
        id,
        children,
        day,
        minutes,
        moment,
        screen,
        activity,
        with_adult: false,
        in_bedroom: false,
    }
}

/// The fixture week of the module documentation.
pub(crate) fn fixture() -> Diary {
    let mut diary = family();
    diary
        .set_daily_limit(&ChildId::new("lea"), Some(60), 2)
        .unwrap();
    diary
        .set_daily_limit(&ChildId::new("hugo"), Some(45), 2)
        .unwrap();
    let entries = [
        plain(
            "homework",
            &["lea"],
            "2025-03-03",
            40,
            Moment::AfterSchool,
            Screen::Computer,
            Activity::School,
        ),
        plain(
            "social",
            &["lea"],
            "2025-03-03",
            50,
            Moment::Meal,
            Screen::Smartphone,
            Activity::Social,
        ),
        plain(
            "cartoon",
            &["hugo"],
            "2025-03-04",
            30,
            Moment::Morning,
            Screen::Tv,
            Activity::Videos,
        ),
        plain(
            "game",
            &["hugo"],
            "2025-03-04",
            25,
            Moment::Daytime,
            Screen::Console,
            Activity::Games,
        ),
        Logged {
            with_adult: true,
            ..plain(
                "film",
                &["lea", "hugo"],
                "2025-03-08",
                90,
                Moment::Evening,
                Screen::Tv,
                Activity::Videos,
            )
        },
        Logged {
            with_adult: true,
            ..plain(
                "call",
                &["lea", "hugo", "ines"],
                "2025-03-09",
                20,
                Moment::Meal,
                Screen::Computer,
                Activity::VideoCalls,
            )
        },
        Logged {
            in_bedroom: true,
            ..plain(
                "bed",
                &["lea"],
                "2025-03-09",
                30,
                Moment::Bedtime,
                Screen::Smartphone,
                Activity::Social,
            )
        },
    ];
    for spec in &entries {
        let mut logged = logged(spec);
        if spec.id == "bed" {
            logged.start = NaiveTime::from_hms_opt(23, 50, 0);
        }
        diary.put_entry(logged).unwrap();
    }
    diary
}

fn w10() -> IsoWeek {
    IsoWeek::new(2025, 10).unwrap()
}

fn lea() -> Scope {
    Scope::Child(ChildId::new("lea"))
}

fn steps(stats: &StepDays) -> [u32; 4] {
    Step::ALL.map(|step| stats.days_kept(step))
}

#[test]
fn the_family_week_counts_each_entry_once() {
    let week = week_statistics(&fixture(), w10(), &Scope::Family);
    let per_day: Vec<u32> = week.days.iter().map(|day| day.totals.minutes).collect();
    assert_eq!(per_day, [90, 55, 0, 0, 0, 90, 50]);
    let filled: Vec<bool> = week.days.iter().map(DayStatistics::is_filled_in).collect();
    assert_eq!(filled, [true, true, false, false, false, true, true]);
    assert_eq!(week.totals.minutes, 285);
    assert_eq!(
        week.daily_average,
        DailyAverage {
            minutes: Some(71),
            days_filled_in: 4,
            days: 7
        }
    );
    assert_eq!(week.totals.with_adult_minutes, 110);
    assert_eq!(week.totals.with_adult_percent(), Some(39));
    assert_eq!(week.totals.in_bedroom_minutes, 30);
    let by = &week.totals.breakdown;
    assert_eq!(
        by.screens().map(|(_, m)| m).collect::<Vec<_>>(),
        [120, 0, 80, 25, 60, 0],
        "TV, tablet, smartphone, console, computer, other"
    );
    assert_eq!(
        by.activities().map(|(_, m)| m).collect::<Vec<_>>(),
        [120, 25, 80, 20, 40, 0],
        "videos, games, social, calls, school, other"
    );
    assert_eq!(
        by.moments().map(|(_, m)| m).collect::<Vec<_>>(),
        [30, 25, 70, 40, 90, 30],
        "morning, daytime, meal, after school, evening, bedtime"
    );
    assert_eq!(
        week.days_over_limit, 2,
        "Tuesday (Hugo) and Saturday (both)"
    );
    assert_eq!(week.steps_kept.days_counted(), 4);
    assert_eq!(
        steps(&week.steps_kept),
        [3, 2, 3, 3],
        "morning, meal, bedtime, bedroom"
    );
    assert_eq!(week.daily_limit(), None);
    assert_eq!(week.scope_name, None);
}

#[test]
fn each_child_counts_a_shared_entry_in_full() {
    let week = week_statistics(&fixture(), w10(), &Scope::Family);
    let check = |index: usize, name: &str, total: u32, limited: u32, average: u32, filled: u32| {
        let child = &week.children[index];
        assert_eq!(child.name, name);
        assert_eq!(
            (
                child.total_minutes,
                child.limited_minutes,
                child.daily_average.minutes,
                child.daily_average.days_filled_in
            ),
            (total, limited, Some(average), filled),
            "{name}"
        );
    };
    check(0, "Léa", 230, 170, 77, 3);
    check(1, "Hugo", 165, 145, 55, 3);
    check(2, "Inès", 20, 0, 20, 1);
    let children_total: u32 = week.children.iter().map(|c| c.total_minutes).sum();
    assert_eq!(children_total, 285 + 90 + 2 * 20);

    let (lea, hugo, ines) = (&week.children[0], &week.children[1], &week.children[2]);
    assert_eq!(lea.days_over_limit, 1);
    assert_eq!(lea.largest_excess, Some((date("2025-03-08"), 30)));
    assert_eq!(hugo.days_over_limit, 2);
    assert_eq!(hugo.largest_excess, Some((date("2025-03-08"), 45)));
    assert_eq!((ines.days_over_limit, ines.largest_excess), (0, None));
    assert_eq!(steps(&lea.steps_kept), [3, 1, 2, 2]);
    assert_eq!(steps(&hugo.steps_kept), [2, 2, 3, 3]);
}

#[test]
fn a_child_week_shows_only_their_time_against_their_limit() {
    let week = week_statistics(&fixture(), w10(), &lea());
    assert_eq!(week.scope_name.as_deref(), Some("Léa"));
    assert_eq!(week.daily_limit(), Some(60));
    let per_day: Vec<u32> = week.days.iter().map(|day| day.totals.minutes).collect();
    assert_eq!(per_day, [90, 0, 0, 0, 0, 90, 50]);
    assert_eq!(week.totals.minutes, 230);
    assert_eq!(week.daily_average.minutes, Some(77));
    assert_eq!(week.days_over_limit, 1);
    let over: Vec<u32> = week
        .days
        .iter()
        .map(|day| day.children.first().map_or(0, minutes_over_limit))
        .collect();
    assert_eq!(over, [0, 0, 0, 0, 0, 30, 0]);
    assert_eq!(week.totals.with_adult_percent(), Some(48), "110 of 230");
    assert_eq!(steps(&week.steps_kept), [3, 1, 2, 2]);
    assert_eq!(week.children.len(), 1);

    let day = day_statistics(&fixture(), date("2025-03-09"), &lea());
    assert_eq!(day.totals.minutes, 50);
    assert_eq!(day.entry_count, 2);
    assert_eq!(day.steps_kept.iter().collect::<Vec<_>>(), [Step::Morning]);
    assert!(!day.is_over_limit(), "the call does not count");
}

#[test]
fn empty_days_weeks_and_unknown_children_give_zeros_not_averages() {
    let empty = week_statistics(&fixture(), w10().next(), &Scope::Family);
    assert_eq!(empty.totals, Totals::default());
    assert_eq!(empty.daily_average.minutes, None);
    assert_eq!(empty.daily_average.days_filled_in, 0);
    assert_eq!(empty.steps_kept.days_counted(), 0);
    assert_eq!(
        steps(&empty.steps_kept),
        [0; 4],
        "an empty day is not a day kept"
    );
    assert_eq!(empty.totals.with_adult_percent(), None);

    let nobody = week_statistics(&fixture(), w10(), &Scope::Child(ChildId::new("zoe")));
    assert_eq!(nobody.totals.minutes, 0);
    assert!(nobody.children.is_empty() && nobody.scope_name.is_none());

    let ines = week_statistics(&fixture(), w10(), &Scope::Child(ChildId::new("ines")));
    assert_eq!(ines.daily_average.days_filled_in, 1);
    assert_eq!(ines.days_over_limit, 0, "no limit, never above it");
}

#[test]
fn entries_at_midnight_on_a_clock_change_sunday_stay_in_their_week() {
    for (sunday, monday) in [("2025-03-30", "2025-03-31"), ("2025-10-26", "2025-10-27")] {
        let mut diary = fixture();
        let mut late = logged(&plain(
            "late",
            &["lea"],
            sunday,
            45,
            Moment::Bedtime,
            Screen::Tablet,
            Activity::Videos,
        ));
        late.start = NaiveTime::from_hms_opt(23, 45, 0);
        diary.put_entry(late).unwrap();
        let mut early = logged(&plain(
            "early",
            &["lea"],
            monday,
            15,
            Moment::Morning,
            Screen::Tablet,
            Activity::Videos,
        ));
        early.start = NaiveTime::from_hms_opt(0, 10, 0);
        diary.put_entry(early).unwrap();

        let week = week_statistics(&diary, week_of(date(sunday)), &lea());
        assert_eq!(week.days.len(), 7);
        assert_eq!(week.days[6].date, date(sunday));
        let per_day: Vec<u32> = week.days.iter().map(|day| day.totals.minutes).collect();
        assert_eq!(per_day, [0, 0, 0, 0, 0, 0, 45], "{sunday}");
        assert_eq!(week.steps_kept.days_kept(Step::Bedtime), 0);
        let next = week_statistics(&diary, week_of(date(monday)), &lea());
        assert_eq!(next.days[0].totals.minutes, 15, "{monday}");
        assert_eq!(next.totals.minutes, 15);
    }
}

#[test]
fn the_trend_has_one_point_per_week_logged_matching_the_week_statistics() {
    let mut diary = fixture();
    for (id, day) in [("later-1", "2025-03-24"), ("later-2", "2025-03-26")] {
        diary
            .put_entry(logged(&plain(
                id,
                &["hugo"],
                day,
                60,
                Moment::Evening,
                Screen::Tv,
                Activity::Games,
            )))
            .unwrap();
    }
    for scope in [Scope::Family, lea(), Scope::Child(ChildId::new("hugo"))] {
        let trend = weekly_trend(&diary, &scope);
        for point in &trend.points {
            let week = week_statistics(&diary, point.week, &scope);
            assert_eq!(
                point.total_minutes, week.totals.minutes,
                "{scope:?} {}",
                point.week
            );
            assert_eq!(point.daily_average, week.daily_average, "{scope:?}");
            assert_eq!(point.days_over_limit, week.days_over_limit, "{scope:?}");
        }
    }
    let family = weekly_trend(&diary, &Scope::Family);
    let weeks: Vec<String> = family.points.iter().map(|p| p.week.to_string()).collect();
    assert_eq!(
        weeks,
        ["2025-W10", "2025-W13"],
        "the empty weeks between are gaps"
    );
    assert_eq!(family.points[1].daily_average.minutes, Some(60));
    assert_eq!(family.points[1].days_over_limit, 2, "Hugo: 60 > 45 twice");
    assert_eq!(family.daily_limit, None);
    let lea_trend = weekly_trend(&diary, &lea());
    assert_eq!(lea_trend.points.len(), 1);
    assert_eq!(lea_trend.daily_limit, Some(60));
    assert_eq!(lea_trend.scope_name.as_deref(), Some("Léa"));
    assert!(weekly_trend(&family_only(), &Scope::Family)
        .points
        .is_empty());
    let between = weekly_trend_between(&diary, &Scope::Family, w10().next(), w10());
    assert!(between.points.is_empty());
}

fn family_only() -> Diary {
    family()
}

#[test]
fn the_trend_agrees_with_the_weeks_on_the_demo_family() {
    let diary = crate::demo_family::demo_family(date("2025-03-30"));
    for scope in [Scope::Family, Scope::Child(ChildId::new("demo-hugo"))] {
        let trend = weekly_trend(&diary, &scope);
        assert_eq!(trend.points.len(), 4);
        for point in &trend.points {
            let week = week_statistics(&diary, point.week, &scope);
            assert_eq!(
                (
                    point.total_minutes,
                    point.daily_average,
                    point.days_over_limit
                ),
                (
                    week.totals.minutes,
                    week.daily_average,
                    week.days_over_limit
                )
            );
        }
    }
}

#[test]
fn percentages_round_half_up() {
    assert_eq!(rounded_percent(1, 3), Some(33));
    assert_eq!(rounded_percent(2, 3), Some(67));
    assert_eq!(rounded_percent(1, 8), Some(13));
    assert_eq!(rounded_percent(0, 5), Some(0));
    assert_eq!(rounded_percent(5, 0), None);
    assert_eq!(DailyAverage::of(7, 2, 7).minutes, Some(4));
    assert_eq!(DailyAverage::of(5, 2, 7).minutes, Some(3));
}
