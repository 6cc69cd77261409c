//! The « 4 pas » of Sabine Duflo (fact sheet §3): no screens in the morning, at meals, before
//! sleep, or in the child's bedroom.
//!
//! They are derived from each entry's moment and place, never typed a second time: an entry at
//! « Matin avant l'école » breaks the morning, at « Repas » the meal, at « Au coucher » bedtime,
//! and in the bedroom the bedroom, whatever the activity. A day with no entry keeps all four.

use std::fmt;

use chrono::NaiveDate;

use crate::diary::{coded_enum, ChildId, Diary, Entry, Moment};

coded_enum! {
    /// One of the « 4 pas ».
    pub enum Step {
        /// No screens in the morning.
        Morning = ("morning", "Pas d’écran le matin", "No screens in the morning"),
        /// No screens during meals.
        Meal = ("meal", "Pas d’écran pendant les repas", "No screens at meals"),
        /// No screens before falling asleep.
        Bedtime = ("bedtime", "Pas d’écran avant de dormir", "No screens before sleep"),
        /// No screens in the child's bedroom.
        Bedroom = ("bedroom", "Pas d’écran dans la chambre", "No screens in the bedroom"),
    }
}

/// A set of « pas » (a small bit set, in [`Step::ALL`] order).
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StepSet(u8);

impl StepSet {
    /// No « pas ».
    pub const EMPTY: StepSet = StepSet(0);
    /// All four « pas ».
    pub const ALL: StepSet = StepSet(0b1111);

    fn bit(step: Step) -> u8 {
        1 << step as u8
    }

    /// Whether `step` is in the set.
    pub fn contains(self, step: Step) -> bool {
        self.0 & StepSet::bit(step) != 0
    }

    /// The set with `step` added.
    pub fn with(self, step: Step) -> StepSet {
        StepSet(self.0 | StepSet::bit(step))
    }

    /// The « pas » of `self` that are not in `other`.
    pub fn without(self, other: StepSet) -> StepSet {
        StepSet(self.0 & !other.0)
    }

    /// The « pas » in either set.
    pub fn union(self, other: StepSet) -> StepSet {
        StepSet(self.0 | other.0)
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many « pas » the set holds.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The « pas » in the set, in [`Step::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Step> {
        Step::ALL
            .into_iter()
            .filter(move |step| self.contains(*step))
    }
}

impl FromIterator<Step> for StepSet {
    fn from_iter<I: IntoIterator<Item = Step>>(steps: I) -> StepSet {
        steps.into_iter().fold(StepSet::EMPTY, StepSet::with)
    }
}

impl fmt::Debug for StepSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// The « pas » an entry breaks, from its moment and place.
pub fn steps_broken_by(entry: &Entry) -> StepSet {
    let by_moment = match entry.moment {
        Moment::Morning => StepSet::EMPTY.with(Step::Morning),
        Moment::Meal => StepSet::EMPTY.with(Step::Meal),
        Moment::Bedtime => StepSet::EMPTY.with(Step::Bedtime),
        Moment::Daytime | Moment::AfterSchool | Moment::Evening => StepSet::EMPTY,
    };
    if entry.in_bedroom {
        by_moment.with(Step::Bedroom)
    } else {
        by_moment
    }
}

/// The « pas » a child kept on a day: all four, less those broken by that day's entries.
pub fn steps_kept(diary: &Diary, child: &ChildId, date: NaiveDate) -> StepSet {
    steps_kept_in(
        diary
            .entries_between(date, date)
            .filter(|entry| entry.covers(child)),
    )
}

/// The « pas » kept by a day's entries (of one child).
pub(crate) fn steps_kept_in<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> StepSet {
    let broken = entries
        .into_iter()
        .map(steps_broken_by)
        .fold(StepSet::EMPTY, StepSet::union);
    StepSet::ALL.without(broken)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::tests::{date, entry, family};
    use crate::language::Language;

    #[test]
    fn each_entry_breaks_the_steps_of_its_moment_and_place() {
        let check = |moment: Moment, in_bedroom: bool, expected: &[Step]| {
            let mut logged = entry("e", &["lea"], "2025-03-03", 20);
            logged.moment = moment;
            logged.in_bedroom = in_bedroom;
            let broken: Vec<Step> = steps_broken_by(&logged).iter().collect();
            assert_eq!(broken, expected, "{moment:?}, in bedroom: {in_bedroom}");
        };
        check(Moment::Morning, false, &[Step::Morning]);
        check(Moment::Daytime, false, &[]);
        check(Moment::Meal, false, &[Step::Meal]);
        check(Moment::AfterSchool, false, &[]);
        check(Moment::Evening, false, &[]);
        check(Moment::Bedtime, false, &[Step::Bedtime]);
        check(Moment::Bedtime, true, &[Step::Bedtime, Step::Bedroom]);
        check(Moment::Evening, true, &[Step::Bedroom]);
    }

    #[test]
    fn steps_kept_are_counted_per_child_and_per_day() {
        let mut diary = family();
        let mut put = |id: &str, children: &[&str], day: &str, moment: Moment, in_bedroom: bool| {
            let mut logged = entry(id, children, day, 20);
            logged.moment = moment;
            logged.in_bedroom = in_bedroom;
            diary.put_entry(logged).unwrap();
        };
        put("a", &["lea"], "2025-03-03", Moment::Morning, false);
        put("b", &["lea", "hugo"], "2025-03-03", Moment::Meal, false);
        put("c", &["hugo"], "2025-03-04", Moment::Evening, true);
        let check = |child: &str, day: &str, expected: &[Step]| {
            let kept: Vec<Step> = steps_kept(&diary, &ChildId::new(child), date(day))
                .iter()
                .collect();
            assert_eq!(kept, expected, "{child} on {day}");
        };
        check("lea", "2025-03-03", &[Step::Bedtime, Step::Bedroom]);
        check(
            "hugo",
            "2025-03-03",
            &[Step::Morning, Step::Bedtime, Step::Bedroom],
        );
        check(
            "hugo",
            "2025-03-04",
            &[Step::Morning, Step::Meal, Step::Bedtime],
        );
        check("ines", "2025-03-03", &Step::ALL);
    }

    #[test]
    fn step_sets_behave_as_sets() {
        let set: StepSet = [Step::Bedroom, Step::Morning, Step::Morning]
            .into_iter()
            .collect();
        assert_eq!(set.len(), 2);
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            [Step::Morning, Step::Bedroom]
        );
        assert_eq!(
            StepSet::ALL.without(set).iter().collect::<Vec<_>>(),
            [Step::Meal, Step::Bedtime]
        );
        assert!(StepSet::EMPTY.is_empty());
        assert_eq!(format!("{set:?}"), "{Morning, Bedroom}");
        assert_eq!(
            Step::ALL.map(|s| s.code()),
            ["morning", "meal", "bedtime", "bedroom"]
        );
        assert_eq!(
            Step::Meal.label(Language::Fr),
            "Pas d’écran pendant les repas"
        );
    }
}
