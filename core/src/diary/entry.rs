//! One diary entry: who watched, when, how long, on which screen, doing what, with whom and where.
//!
//! The « 4 pas » are never stored in an entry: they follow from its moment and place
//! (see [`crate::four_steps`]). The enums here carry short stable codes for the saved format and
//! plain labels for the app; the saved format never depends on the labels.

use chrono::{NaiveDate, NaiveTime};

use super::{coded_enum, record_id, ChildId};

record_id! {
    /// The stable id of an entry, made by the app (a random UUID, say) and never reused.
    EntryId
}

coded_enum! {
    /// The moment of the day, in the order a day goes.
    pub enum Moment {
        /// In the morning, before school (breaks the « pas » of the morning).
        Morning = ("morning", "Matin avant l’école", "Morning before school"),
        /// During the day.
        Daytime = ("daytime", "Journée", "Daytime"),
        /// At a meal (breaks the « pas » of meals).
        Meal = ("meal", "Repas", "Meal"),
        /// After school, before dinner.
        AfterSchool = ("after_school", "Après l’école", "After school"),
        /// In the evening.
        Evening = ("evening", "Soirée", "Evening"),
        /// At bedtime, before sleep (breaks the « pas » of bedtime).
        Bedtime = ("bedtime", "Au coucher", "At bedtime"),
    }
}

coded_enum! {
    /// The screen used.
    pub enum Screen {
        /// A television.
        Tv = ("tv", "Télévision", "Television"),
        /// A tablet.
        Tablet = ("tablet", "Tablette", "Tablet"),
        /// A smartphone.
        Smartphone = ("smartphone", "Smartphone", "Smartphone"),
        /// A games console.
        Console = ("console", "Console de jeux", "Games console"),
        /// A computer.
        Computer = ("computer", "Ordinateur", "Computer"),
        /// Any other screen.
        Other = ("other", "Autre", "Other"),
    }
}

coded_enum! {
    /// What the child did on the screen.
    pub enum Activity {
        /// Videos and cartoons.
        Videos = ("videos", "Vidéos et dessins animés", "Videos and cartoons"),
        /// Video games.
        Games = ("games", "Jeux vidéo", "Video games"),
        /// Social networks.
        Social = ("social", "Réseaux sociaux", "Social media"),
        /// Video calls with family (not counted against the daily limit).
        VideoCalls = ("video_calls", "Appels vidéo avec la famille", "Video calls with family"),
        /// School and homework (not counted against the daily limit).
        School = ("school", "École et devoirs", "School and homework"),
        /// Anything else.
        Other = ("other", "Autre", "Other"),
    }
}

impl Activity {
    /// Whether this activity counts against a daily limit. Following the fact sheet (§8), limits
    /// are about recreational time: school and homework, and video calls with family, do not count.
    pub fn counts_towards_limit(self) -> bool {
        !matches!(self, Activity::School | Activity::VideoCalls)
    }
}

/// One stretch of screen time, for one or several children (a family film covers them all).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Entry {
    /// The stable id.
    pub id: EntryId,
    /// The children it covers: at least one, sorted, without repeats (the diary keeps them so).
    pub children: Vec<ChildId>,
    /// The (local, naive) date.
    pub date: NaiveDate,
    /// The moment of the day.
    pub moment: Moment,
    /// The start time, when the parent gave one (whole minutes).
    pub start: Option<NaiveTime>,
    /// The duration, 1 to [`crate::diary::DAY_MINUTES`] minutes.
    pub minutes: u16,
    /// The screen.
    pub screen: Screen,
    /// The activity.
    pub activity: Activity,
    /// Whether an adult was with the child (`false`: alone).
    pub with_adult: bool,
    /// Whether it happened in the child's bedroom.
    pub in_bedroom: bool,
    /// A short note, possibly empty, at most [`crate::diary::NOTE_MAX_CHARS`] characters. Plain
    /// text: the core never turns it into HTML.
    pub note: String,
    /// When the entry was last written, in milliseconds since the Unix epoch (passed in).
    pub modified_at: i64,
}

impl Entry {
    /// Whether the entry covers `child`.
    pub fn covers(&self, child: &ChildId) -> bool {
        self.children.binary_search(child).is_ok()
    }

    /// The minutes that count against a daily limit: all of them, or none for school and video
    /// calls.
    pub fn limited_minutes(&self) -> u16 {
        if self.activity.counts_towards_limit() {
            self.minutes
        } else {
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn codes_are_stable_and_round_trip() {
        let check = |codes: Vec<&str>, expected: &[&str]| assert_eq!(codes, expected);
        check(
            Moment::ALL.iter().map(|m| m.code()).collect(),
            &[
                "morning",
                "daytime",
                "meal",
                "after_school",
                "evening",
                "bedtime",
            ],
        );
        check(
            Screen::ALL.iter().map(|s| s.code()).collect(),
            &["tv", "tablet", "smartphone", "console", "computer", "other"],
        );
        check(
            Activity::ALL.iter().map(|a| a.code()).collect(),
            &[
                "videos",
                "games",
                "social",
                "video_calls",
                "school",
                "other",
            ],
        );
        for moment in Moment::ALL {
            assert_eq!(Moment::from_code(moment.code()), Some(moment));
        }
        for screen in Screen::ALL {
            assert_eq!(Screen::from_code(screen.code()), Some(screen));
        }
        for activity in Activity::ALL {
            assert_eq!(Activity::from_code(activity.code()), Some(activity));
        }
        assert_eq!(Screen::from_code("TV"), None);
        assert_eq!(Screen::from_code("Télévision"), None);
    }

    #[test]
    fn labels_are_plain_words_in_both_languages() {
        assert_eq!(Moment::Morning.label(Language::Fr), "Matin avant l’école");
        assert_eq!(Moment::Bedtime.label(Language::En), "At bedtime");
        assert_eq!(Screen::Tv.label(Language::Fr), "Télévision");
        assert_eq!(
            Activity::VideoCalls.label(Language::En),
            "Video calls with family"
        );
        for language in Language::ALL {
            let labels = Moment::ALL.iter().map(|m| m.label(language));
            let labels = labels.chain(Screen::ALL.iter().map(|s| s.label(language)));
            for label in labels.chain(Activity::ALL.iter().map(|a| a.label(language))) {
                assert!(!label.is_empty() && !label.contains('<'), "{label:?}");
            }
        }
    }

    #[test]
    fn school_and_family_calls_do_not_count_towards_the_limit() {
        let counted: Vec<_> = Activity::ALL
            .into_iter()
            .filter(|a| a.counts_towards_limit())
            .collect();
        assert_eq!(
            counted,
            [
                Activity::Videos,
                Activity::Games,
                Activity::Social,
                Activity::Other
            ]
        );
    }
}
