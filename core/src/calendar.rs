//! The diary's calendar: ISO weeks (Monday first, ISO numbering) and dates written out in French
//! or English (« lundi 3 mars », "Monday 3 March").
//!
//! Dates are naive local dates: a day is a day whatever the clock does, so a week that contains a
//! change to or from summer time still has exactly seven days. Nothing here reads the clock.

use std::fmt;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::language::Language;

/// An ISO 8601 week: weeks start on Monday, and week 1 is the one holding the year's first
/// Thursday, so 31 December can be in week 1 of the next year and some years have a week 53.
///
/// The fields are private so that a week always exists (see [`IsoWeek::new`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoWeek {
    year: i32,
    week: u32,
}

impl IsoWeek {
    /// The week `week` of the ISO year `year`, or `None` if that year has no such week.
    pub fn new(year: i32, week: u32) -> Option<IsoWeek> {
        NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).map(|_| IsoWeek { year, week })
    }

    /// The ISO year (not always the calendar year of every day in the week).
    pub fn year(self) -> i32 {
        self.year
    }

    /// The week number, 1 to 52 or 53.
    pub fn week(self) -> u32 {
        self.week
    }

    /// The week's Monday.
    pub fn monday(self) -> NaiveDate {
        NaiveDate::from_isoywd_opt(self.year, self.week, Weekday::Mon)
            .expect("an IsoWeek always exists")
    }

    /// The week's seven dates, Monday to Sunday.
    pub fn days(self) -> [NaiveDate; 7] {
        let monday = self.monday();
        std::array::from_fn(|index| monday + Days::new(index as u64))
    }

    /// Whether `date` falls in this week.
    pub fn contains(self, date: NaiveDate) -> bool {
        week_of(date) == self
    }

    /// The week before.
    pub fn previous(self) -> IsoWeek {
        week_of(self.monday() - Days::new(7))
    }

    /// The week after.
    pub fn next(self) -> IsoWeek {
        week_of(self.monday() + Days::new(7))
    }
}

impl fmt::Display for IsoWeek {
    /// The ISO form, such as `2020-W53`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-W{:02}", self.year, self.week)
    }
}

/// The ISO week `date` falls in.
pub fn week_of(date: NaiveDate) -> IsoWeek {
    let iso = date.iso_week();
    IsoWeek {
        year: iso.year(),
        week: iso.week(),
    }
}

/// The Monday of `date`'s week (`date` itself on a Monday).
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// The seven dates of a week, Monday to Sunday.
pub fn days_of_week(week: IsoWeek) -> [NaiveDate; 7] {
    week.days()
}

/// The full name of a day, in lower case in French as French writes it: « lundi », "Monday".
pub fn day_name(day: Weekday, language: Language) -> &'static str {
    let index = day.num_days_from_monday() as usize;
    match language {
        Language::Fr => [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ][index],
        Language::En => [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][index],
    }
}

/// The short name of a day, for a week's column headings: « lun. », "Mon".
pub fn short_day_name(day: Weekday, language: Language) -> &'static str {
    let index = day.num_days_from_monday() as usize;
    match language {
        Language::Fr => ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][index],
        Language::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][index],
    }
}

/// The name of a month (1 to 12), in lower case in French: « mars », "March".
///
/// # Panics
/// If `month` is not 1 to 12.
pub fn month_name(month: u32, language: Language) -> &'static str {
    let index = month as usize - 1;
    match language {
        Language::Fr => [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ][index],
        Language::En => [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ][index],
    }
}

/// A date written out without its year: « lundi 3 mars », « samedi 1er mars », "Monday 3 March".
pub fn format_long_date(date: NaiveDate, language: Language) -> String {
    format!(
        "{} {} {}",
        day_name(date.weekday(), language),
        format_day_of_month(date.day(), language),
        month_name(date.month(), language)
    )
}

/// A week's span of dates: « 3 – 9 mars 2025 », « 31 mars – 6 avril 2025 »,
/// « 29 décembre 2025 – 4 janvier 2026 »; in English "3 – 9 March 2025" and so on.
pub fn format_week_span(week: IsoWeek, language: Language) -> String {
    let days = week.days();
    let (monday, sunday) = (days[0], days[6]);
    let day = |date: NaiveDate| format_day_of_month(date.day(), language);
    let month = |date: NaiveDate| month_name(date.month(), language);
    if monday.year() != sunday.year() {
        format!(
            "{} {} {} – {} {} {}",
            day(monday),
            month(monday),
            monday.year(),
            day(sunday),
            month(sunday),
            sunday.year()
        )
    } else if monday.month() != sunday.month() {
        format!(
            "{} {} – {} {} {}",
            day(monday),
            month(monday),
            day(sunday),
            month(sunday),
            sunday.year()
        )
    } else {
        format!(
            "{} – {} {} {}",
            day(monday),
            day(sunday),
            month(sunday),
            sunday.year()
        )
    }
}

/// The day of the month as written before a month name: French writes the first « 1er ».
fn format_day_of_month(day: u32, language: Language) -> String {
    match (language, day) {
        (Language::Fr, 1) => "1er".to_owned(),
        _ => day.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::tests::{date, entry, family};
    use proptest::prelude::*;

    #[test]
    fn dates_fall_in_their_iso_week() {
        let check = |day: &str, expected: &str| {
            assert_eq!(week_of(date(day)).to_string(), expected, "{day}");
        };
        check("2025-03-03", "2025-W10");
        check("2025-03-09", "2025-W10");
        check("2018-12-31", "2019-W01");
        check("2020-12-31", "2020-W53");
        check("2021-01-03", "2020-W53");
        check("2021-01-04", "2021-W01");
        check("2024-12-30", "2025-W01");
        check("2026-12-31", "2026-W53");
        check("2027-01-01", "2026-W53");
    }

    #[test]
    fn weeks_start_on_monday_and_step_across_year_ends() {
        let check = |year: i32, week: u32, monday: &str, previous: &str, next: &str| {
            let iso = IsoWeek::new(year, week).unwrap();
            assert_eq!(iso.monday(), date(monday), "{iso}");
            assert_eq!(iso.previous().to_string(), previous, "{iso}");
            assert_eq!(iso.next().to_string(), next, "{iso}");
        };
        check(2020, 53, "2020-12-28", "2020-W52", "2021-W01");
        check(2021, 1, "2021-01-04", "2020-W53", "2021-W02");
        check(2019, 1, "2018-12-31", "2018-W52", "2019-W02");
        check(2025, 10, "2025-03-03", "2025-W09", "2025-W11");
        assert_eq!(IsoWeek::new(2021, 53), None);
        assert_eq!(IsoWeek::new(2020, 0), None);
        assert_eq!(monday_of(date("2025-03-09")), date("2025-03-03"));
        assert_eq!(monday_of(date("2025-03-03")), date("2025-03-03"));
        let days = days_of_week(IsoWeek::new(2020, 53).unwrap());
        assert_eq!((days[0], days[6]), (date("2020-12-28"), date("2021-01-03")));
    }

    #[test]
    fn weeks_with_a_clock_change_still_have_seven_days_and_keep_their_sunday() {
        // Europe/Paris changes clocks on the last Sundays of March and October.
        let check = |sunday: &str, expected_week: &str| {
            let sunday = date(sunday);
            let week = week_of(sunday);
            assert_eq!(week.to_string(), expected_week);
            let days = week.days();
            assert_eq!(days[6], sunday);
            assert!(days
                .windows(2)
                .all(|pair| pair[1] - pair[0] == chrono::TimeDelta::days(1)));
            let mut diary = family();
            diary
                .put_entry(entry("sunday", &["lea"], &sunday.to_string(), 60))
                .unwrap();
            diary
                .put_entry(entry(
                    "next-monday",
                    &["lea"],
                    &week.next().monday().to_string(),
                    60,
                ))
                .unwrap();
            let ids: Vec<&str> = diary.entries_in_week(week).map(|e| e.id.as_str()).collect();
            assert_eq!(ids, ["sunday"]);
        };
        check("2025-03-30", "2025-W13");
        check("2025-10-26", "2025-W43");
        check("2024-03-31", "2024-W13");
        check("2024-10-27", "2024-W43");
    }

    #[test]
    fn dates_are_written_out_in_french_and_english() {
        let check = |day: &str, language: Language, expected: &str| {
            assert_eq!(format_long_date(date(day), language), expected);
        };
        check("2025-03-03", Language::Fr, "lundi 3 mars");
        check("2025-03-03", Language::En, "Monday 3 March");
        check("2025-03-01", Language::Fr, "samedi 1er mars");
        check("2025-03-01", Language::En, "Saturday 1 March");
        check("2025-08-17", Language::Fr, "dimanche 17 août");
        check("2025-12-31", Language::En, "Wednesday 31 December");
        assert_eq!(short_day_name(Weekday::Mon, Language::Fr), "lun.");
        assert_eq!(short_day_name(Weekday::Sun, Language::En), "Sun");

        let check_span = |year: i32, week: u32, language: Language, expected: &str| {
            assert_eq!(
                format_week_span(IsoWeek::new(year, week).unwrap(), language),
                expected
            );
        };
        check_span(2025, 10, Language::Fr, "3 – 9 mars 2025");
        check_span(2025, 14, Language::Fr, "31 mars – 6 avril 2025");
        check_span(2025, 9, Language::En, "24 February – 2 March 2025");
        check_span(2026, 1, Language::Fr, "29 décembre 2025 – 4 janvier 2026");
        check_span(2025, 23, Language::Fr, "2 – 8 juin 2025");
        check_span(2025, 22, Language::Fr, "26 mai – 1er juin 2025");
    }

    proptest! {
        #[test]
        fn every_date_is_in_a_seven_day_week_that_holds_it(days in 0u64..(400 * 366)) {
            let day = date("1990-01-01") + Days::new(days);
            let week = week_of(day);
            let dates = week.days();
            prop_assert!(dates.contains(&day));
            prop_assert_eq!(dates[0].weekday(), Weekday::Mon);
            prop_assert_eq!(dates[0], monday_of(day));
            prop_assert_eq!(dates[6] - dates[0], chrono::TimeDelta::days(6));
            prop_assert!(week.contains(day));
            prop_assert_eq!(week.next().previous(), week);
            prop_assert_eq!(week.next().monday(), dates[6] + Days::new(1));
            prop_assert!(week.next() > week);
        }

        #[test]
        fn last_sundays_of_march_and_october_end_their_week(year in 1990i32..2200) {
            for month in [3, 10] {
                let last_day = NaiveDate::from_ymd_opt(year, month, 31).unwrap();
                let sunday = last_day - Days::new(u64::from(last_day.weekday().num_days_from_sunday()));
                let days = week_of(sunday).days();
                prop_assert_eq!(days[6], sunday);
                prop_assert_eq!(days[6] - days[0], chrono::TimeDelta::days(6));
            }
        }
    }
}
