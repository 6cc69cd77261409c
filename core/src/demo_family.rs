//! A fictional demo family (Léa, Hugo and Inès) with four weeks of plausible entries ending on a
//! given day, for the workshop and for trying the app without typing anything.
//!
//! The first week is heavier (morning cartoons, screens at dinner and in the bedroom at night) and
//! the later weeks lighter, so the follow-up comparison has a before and after to show. The
//! entries come from a table of habits and a hand-written xorshift generator seeded by a constant:
//! the same `today` always gives the same diary. No clock, no random source.

use chrono::{Datelike, Days, NaiveDate, NaiveTime, Weekday};

use crate::diary::FamilyPlan;
use crate::diary::{
    Activity, BirthMonth, Child, ChildBadge, ChildId, Colour, Diary, Entry, EntryId, Moment, Screen,
};
use crate::four_steps::StepSet;
use crate::guidelines::{age_band_of, propose_daily_limit};

/// How many days the demo covers, ending on `today`.
pub const DEMO_DAYS: u64 = 28;

/// How every id of the fictional family begins (the app's own ids are UUIDs, which never do).
pub const DEMO_ID_PREFIX: &str = "demo-";

/// The demo children: id, name, badge, age in months on `today`.
const CHILDREN: [(&str, &str, Badge, i32); 3] = [
    ("demo-lea", "Léa", Badge::Emoji("🦊"), 13 * 12 + 4),
    ("demo-hugo", "Hugo", Badge::Colour(Colour::Blue), 8 * 12 + 2),
    ("demo-ines", "Inès", Badge::Emoji("🐢"), 4 * 12 + 7),
];

const LEA: u8 = 0b001;
const HUGO: u8 = 0b010;
const INES: u8 = 0b100;
const ALL: u8 = LEA | HUGO | INES;

enum Badge {
    Emoji(&'static str),
    Colour(Colour),
}

/// The days a habit happens on.
#[derive(Clone, Copy)]
enum HabitDays {
    /// Monday, Tuesday, Thursday, Friday.
    School,
    /// Wednesday (no school in the afternoon).
    Wednesday,
    /// Monday to Friday.
    Weekdays,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
    /// Saturday and Sunday.
    Weekend,
    /// Every day.
    Every,
}

impl HabitDays {
    fn include(self, day: Weekday) -> bool {
        let weekend = matches!(day, Weekday::Sat | Weekday::Sun);
        match self {
            HabitDays::School => !weekend && day != Weekday::Wed,
            HabitDays::Wednesday => day == Weekday::Wed,
            HabitDays::Weekdays => !weekend,
            HabitDays::Saturday => day == Weekday::Sat,
            HabitDays::Sunday => day == Weekday::Sun,
            HabitDays::Weekend => weekend,
            HabitDays::Every => true,
        }
    }
}

/// A family habit: who, when, what, and how likely it is in each of the four weeks (percent).
struct Habit {
    children: u8,
    days: HabitDays,
    moment: Moment,
    start: (u32, u32),
    minutes: (u16, u16),
    screen: Screen,
    activity: Activity,
    with_adult: bool,
    in_bedroom: bool,
    chance: [u32; 4],
}

#[rustfmt::skip]
const HABITS: [Habit; 16] = [
    Habit { children: HUGO | INES, days: HabitDays::Weekdays, moment: Moment::Morning, start: (7, 30), minutes: (20, 30), screen: Screen::Tv, activity: Activity::Videos, with_adult: false, in_bedroom: false, chance: [90, 50, 25, 15] },
    Habit { children: LEA, days: HabitDays::School, moment: Moment::Morning, start: (7, 15), minutes: (10, 20), screen: Screen::Smartphone, activity: Activity::Social, with_adult: false, in_bedroom: true, chance: [80, 50, 20, 10] },
    Habit { children: LEA, days: HabitDays::School, moment: Moment::AfterSchool, start: (17, 30), minutes: (30, 45), screen: Screen::Computer, activity: Activity::School, with_adult: false, in_bedroom: false, chance: [70, 70, 70, 70] },
    Habit { children: LEA, days: HabitDays::Weekdays, moment: Moment::AfterSchool, start: (16, 45), minutes: (40, 70), screen: Screen::Smartphone, activity: Activity::Social, with_adult: false, in_bedroom: false, chance: [100, 90, 80, 80] },
    Habit { children: HUGO, days: HabitDays::School, moment: Moment::AfterSchool, start: (16, 45), minutes: (30, 50), screen: Screen::Tablet, activity: Activity::Games, with_adult: false, in_bedroom: false, chance: [90, 80, 60, 50] },
    Habit { children: INES, days: HabitDays::School, moment: Moment::AfterSchool, start: (17, 0), minutes: (20, 30), screen: Screen::Tablet, activity: Activity::Videos, with_adult: false, in_bedroom: false, chance: [80, 60, 40, 30] },
    Habit { children: HUGO, days: HabitDays::Wednesday, moment: Moment::Daytime, start: (14, 0), minutes: (45, 75), screen: Screen::Console, activity: Activity::Games, with_adult: false, in_bedroom: false, chance: [100, 90, 80, 70] },
    Habit { children: ALL, days: HabitDays::Every, moment: Moment::Meal, start: (19, 30), minutes: (20, 30), screen: Screen::Tv, activity: Activity::Videos, with_adult: true, in_bedroom: false, chance: [70, 40, 10, 5] },
    Habit { children: LEA, days: HabitDays::Every, moment: Moment::Evening, start: (20, 0), minutes: (30, 60), screen: Screen::Console, activity: Activity::Games, with_adult: false, in_bedroom: false, chance: [60, 50, 40, 40] },
    Habit { children: LEA, days: HabitDays::Every, moment: Moment::Bedtime, start: (21, 30), minutes: (20, 45), screen: Screen::Smartphone, activity: Activity::Social, with_adult: false, in_bedroom: true, chance: [90, 60, 30, 15] },
    Habit { children: HUGO, days: HabitDays::Every, moment: Moment::Bedtime, start: (20, 30), minutes: (15, 20), screen: Screen::Tablet, activity: Activity::Videos, with_adult: false, in_bedroom: true, chance: [50, 25, 10, 0] },
    Habit { children: ALL, days: HabitDays::Saturday, moment: Moment::Evening, start: (20, 0), minutes: (90, 110), screen: Screen::Tv, activity: Activity::Videos, with_adult: true, in_bedroom: false, chance: [100, 100, 100, 100] },
    Habit { children: ALL, days: HabitDays::Sunday, moment: Moment::Daytime, start: (11, 0), minutes: (15, 25), screen: Screen::Computer, activity: Activity::VideoCalls, with_adult: true, in_bedroom: false, chance: [100, 100, 100, 100] },
    Habit { children: HUGO | INES, days: HabitDays::Weekend, moment: Moment::Morning, start: (8, 30), minutes: (30, 60), screen: Screen::Tv, activity: Activity::Videos, with_adult: false, in_bedroom: false, chance: [100, 80, 60, 50] },
    Habit { children: LEA, days: HabitDays::Weekend, moment: Moment::Daytime, start: (15, 0), minutes: (60, 90), screen: Screen::Smartphone, activity: Activity::Social, with_adult: false, in_bedroom: false, chance: [100, 90, 70, 60] },
    Habit { children: HUGO, days: HabitDays::Weekend, moment: Moment::Daytime, start: (16, 0), minutes: (45, 90), screen: Screen::Console, activity: Activity::Games, with_adult: false, in_bedroom: false, chance: [100, 80, 70, 60] },
];

/// Each week's minutes as a share of the habit's (percent): the family cuts down after week 1.
const MINUTES_SCALE: [u32; 4] = [100, 90, 80, 75];

/// A tiny xorshift generator (Marsaglia 2003), enough to vary a demo.
struct XorShift32(u32);

impl XorShift32 {
    fn next(&mut self) -> u32 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.0 = x;
        x
    }

    /// A number in `0..bound`.
    fn below(&mut self, bound: u32) -> u32 {
        self.next() % bound
    }
}

/// The demo family's diary: three children, limits proposed for their age, the four « pas »
/// committed to, and [`DEMO_DAYS`] days of entries ending on `today`. Times (`modified_at`) are
/// each entry's date at 20:00 UTC, so the demo is the same on every device.
pub fn demo_family(today: NaiveDate) -> Diary {
    let mut diary = Diary::new();
    let first_day = today - Days::new(DEMO_DAYS - 1);
    let stamp = demo_stamp;
    let ids: Vec<ChildId> = CHILDREN.iter().map(|(id, ..)| ChildId::new(*id)).collect();
    for ((_, name, badge, age_in_months), id) in CHILDREN.iter().zip(&ids) {
        let birth = months_before(today, *age_in_months);
        let child = Child {
            id: id.clone(),
            name: (*name).to_owned(),
            badge: Some(match badge {
                Badge::Emoji(emoji) => ChildBadge::Emoji((*emoji).to_owned()),
                Badge::Colour(colour) => ChildBadge::Colour(*colour),
            }),
            birth,
            daily_limit: age_band_of(birth, today).map(|band| propose_daily_limit(band).minutes),
            modified_at: stamp(first_day, 0),
        };
        diary.put_child(child).expect("the demo children are valid");
    }
    let plan = fictional_plan(first_day);
    diary.set_committed_steps(plan.committed_steps, plan.modified_at);

    let mut random = XorShift32(0x2545_f491);
    for day in 0..DEMO_DAYS {
        let date = first_day + Days::new(day);
        let week = (day / 7) as usize;
        for (index, habit) in HABITS.iter().enumerate() {
            let happens = random.below(100) < habit.chance[week];
            let spread = u32::from(habit.minutes.1 - habit.minutes.0) + 1;
            let minutes = u32::from(habit.minutes.0) + random.below(spread);
            if !happens || !habit.days.include(date.weekday()) {
                continue;
            }
            let minutes = (minutes * MINUTES_SCALE[week] / 100).div_ceil(5) * 5;
            let entry = Entry {
                id: EntryId::new(format!("demo-{date}-{index:02}")),
                children: ids
                    .iter()
                    .enumerate()
                    .filter(|(bit, _)| habit.children & (1 << bit) != 0)
                    .map(|(_, id)| id.clone())
                    .collect(),
                date,
                moment: habit.moment,
                start: NaiveTime::from_hms_opt(habit.start.0, habit.start.1, 0),
                minutes: u16::try_from(minutes).expect("demo minutes are small"),
                screen: habit.screen,
                activity: habit.activity,
                with_adult: habit.with_adult,
                in_bedroom: habit.in_bedroom,
                note: String::new(),
                modified_at: stamp(date, index as i64),
            };
            diary.put_entry(entry).expect("the demo entries are valid");
        }
    }
    diary
}

/// Whether `id` is one of the fictional children's (on any day: their ids never change).
pub fn is_fictional_child(id: &ChildId) -> bool {
    CHILDREN
        .iter()
        .any(|(fictional, ..)| *fictional == id.as_str())
}

/// Whether `plan` is the fictional family's plan as [`demo_family`] writes it for some day: all
/// four « pas », stamped 20:00:00.001 UTC on the demo's first day. A plan a person chose carries
/// the device's clock instead.
pub fn is_fictional_plan(plan: FamilyPlan) -> bool {
    let Some(written) = chrono::DateTime::from_timestamp_millis(plan.modified_at) else {
        return false;
    };
    plan == fictional_plan(written.date_naive())
}

/// The plan [`demo_family`] writes for a demo whose first day is `first_day`.
fn fictional_plan(first_day: NaiveDate) -> FamilyPlan {
    FamilyPlan {
        committed_steps: StepSet::ALL,
        modified_at: demo_stamp(first_day, 1),
    }
}

/// The demo's `modified_at` times: `date` at 20:00 UTC, plus `offset` milliseconds.
fn demo_stamp(date: NaiveDate, offset: i64) -> i64 {
    date.and_time(NaiveTime::from_hms_opt(20, 0, 0).expect("20:00 exists"))
        .and_utc()
        .timestamp_millis()
        + offset
}

/// The month `months` months before `today`'s.
fn months_before(today: NaiveDate, months: i32) -> BirthMonth {
    let index = today.year() * 12 + today.month0() as i32 - months;
    BirthMonth::new(index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
        .expect("a month is 1 to 12")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::week_of;
    use crate::diary::{validate_entry, EntryDraft};
    use crate::four_steps::steps_kept;
    use crate::guidelines::AgeBand;

    fn today() -> NaiveDate {
        "2025-03-12".parse().unwrap()
    }

    #[test]
    fn the_demo_is_the_same_every_time_and_ends_today() {
        let diary = demo_family(today());
        assert_eq!(diary, demo_family(today()));
        let first = diary.entries().next().unwrap().date;
        let last = diary.entries().next_back().unwrap().date;
        assert_eq!((first, last), (today() - Days::new(27), today()));
        let names: Vec<&str> = diary.children().iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Léa", "Hugo", "Inès"]);
        assert!(
            (100..400).contains(&diary.entry_count()),
            "{}",
            diary.entry_count()
        );
    }

    #[test]
    fn the_demo_children_get_the_proposed_limits_of_their_age() {
        let diary = demo_family(today());
        let check = |index: usize, band: AgeBand, limit: u16| {
            let child = diary.children()[index];
            assert_eq!(
                age_band_of(child.birth, today()),
                Some(band),
                "{}",
                child.name
            );
            assert_eq!(child.daily_limit, Some(limit), "{}", child.name);
        };
        check(0, AgeBand::From12To14Years, 120);
        check(1, AgeBand::From6To11Years, 60);
        check(2, AgeBand::From3To5Years, 60);
    }

    #[test]
    fn every_demo_entry_passes_the_form_rules() {
        let diary = demo_family(today());
        for entry in diary.entries() {
            let checked = validate_entry(&EntryDraft::from_entry(entry), &diary, today());
            assert_eq!(checked.as_ref(), Ok(entry));
        }
    }

    #[test]
    fn the_first_week_is_heavier_than_the_last() {
        let diary = demo_family(today());
        let first_day = today() - Days::new(DEMO_DAYS - 1);
        for child in diary.children() {
            let week_minutes = |week: u64| -> u32 {
                let from = first_day + Days::new(week * 7);
                diary
                    .entries_between(from, from + Days::new(6))
                    .filter(|e| e.covers(&child.id))
                    .map(|e| u32::from(e.minutes))
                    .sum()
            };
            let steps_broken = |week: u64| -> usize {
                (0..7)
                    .map(|day| first_day + Days::new(week * 7 + day))
                    .map(|date| 4 - steps_kept(&diary, &child.id, date).len())
                    .sum()
            };
            assert!(
                week_minutes(0) > week_minutes(3) * 5 / 4,
                "{}: {} vs {}",
                child.name,
                week_minutes(0),
                week_minutes(3)
            );
            assert!(
                steps_broken(0) > steps_broken(3) * 2,
                "{}: {} vs {}",
                child.name,
                steps_broken(0),
                steps_broken(3)
            );
        }
        assert_eq!(week_of(today()), week_of("2025-03-10".parse().unwrap()));
    }

    #[test]
    fn the_fiction_is_told_from_what_a_person_chose() {
        let diary = demo_family(today());
        assert!(diary.children().iter().all(|c| is_fictional_child(&c.id)));
        assert!(diary
            .entries()
            .all(|e| e.id.as_str().starts_with(DEMO_ID_PREFIX)));
        assert!(!is_fictional_child(&ChildId::new("2f6c-lea")));
        assert!(is_fictional_plan(diary.plan()));
        assert!(is_fictional_plan(
            demo_family("2026-06-15".parse().unwrap()).plan()
        ));
        let chosen = |steps: StepSet, modified_at: i64| FamilyPlan {
            committed_steps: steps,
            modified_at,
        };
        let fictional = diary.plan();
        assert!(!is_fictional_plan(chosen(
            StepSet::EMPTY,
            fictional.modified_at
        )));
        assert!(!is_fictional_plan(chosen(
            StepSet::ALL,
            fictional.modified_at + 1
        )));
        assert!(!is_fictional_plan(FamilyPlan::default()));
    }

    #[test]
    fn other_days_give_a_demo_ending_on_them() {
        for today in ["2024-01-01", "2025-12-31", "2026-06-15"] {
            let today: NaiveDate = today.parse().unwrap();
            let diary = demo_family(today);
            assert_eq!(diary.entries().next_back().unwrap().date, today);
            assert_eq!(diary.children().len(), 3);
        }
    }
}
