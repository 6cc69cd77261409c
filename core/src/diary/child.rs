//! A child as the diary knows them: a first name or nickname, an optional emoji or colour, a
//! birth month, and the daily limit the family chose for them (the family plan).
//!
//! Nothing here reads the clock: ages are counted against a `today` passed in. A child is a plain
//! value; the rules a child must keep to be in a diary are checked by [`crate::diary`].

use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::{coded_enum, record_id};

record_id! {
    /// The stable id of a child, made by the app (a random UUID, say) and never reused.
    ChildId
}

/// The month and year a child was born: the day is never asked, to keep the diary pseudonymous.
///
/// The month is always 1 to 12 (the constructor refuses anything else).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BirthMonth {
    year: i32,
    month: u32,
}

impl BirthMonth {
    /// The birth month `year`-`month`, or `None` when `month` is not 1 to 12.
    pub fn new(year: i32, month: u32) -> Option<BirthMonth> {
        (1..=12)
            .contains(&month)
            .then_some(BirthMonth { year, month })
    }

    /// The month of `date`.
    pub fn of(date: NaiveDate) -> BirthMonth {
        BirthMonth {
            year: date.year(),
            month: date.month(),
        }
    }

    /// Reads the `YYYY-MM` form (as given by `<input type="month">` and written by
    /// [`BirthMonth::code`]); anything else is `None`.
    pub fn parse(text: &str) -> Option<BirthMonth> {
        let (year, month) = text.split_once('-')?;
        let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
        if year.len() != 4 || month.len() != 2 || !all_digits(year) || !all_digits(month) {
            return None;
        }
        BirthMonth::new(year.parse().ok()?, month.parse().ok()?)
    }

    /// The `YYYY-MM` form, as stored.
    pub fn code(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// The year of birth.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month of birth, 1 to 12.
    pub fn month(self) -> u32 {
        self.month
    }

    /// The child's age in whole months on `today`, counting the birth month as month 0 (as if
    /// born on its first day); negative when the month is after `today`'s.
    pub fn age_in_months(self, today: NaiveDate) -> i32 {
        let months = |year: i32, month: u32| year * 12 + month as i32;
        months(today.year(), today.month()) - months(self.year, self.month)
    }
}

impl fmt::Display for BirthMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

coded_enum! {
    /// A colour that marks a child in lists and charts (instead of, or with, an emoji).
    pub enum Colour {
        /// Red.
        Red = ("red", "Rouge", "Red"),
        /// Orange.
        Orange = ("orange", "Orange", "Orange"),
        /// Yellow.
        Yellow = ("yellow", "Jaune", "Yellow"),
        /// Green.
        Green = ("green", "Vert", "Green"),
        /// Blue.
        Blue = ("blue", "Bleu", "Blue"),
        /// Purple.
        Purple = ("purple", "Violet", "Purple"),
        /// Pink.
        Pink = ("pink", "Rose", "Pink"),
        /// Brown.
        Brown = ("brown", "Marron", "Brown"),
    }
}

impl Colour {
    /// The colour as a CSS/SVG hex value, dark enough for white text on it.
    pub fn hex(self) -> &'static str {
        match self {
            Colour::Red => "#c0392b",
            Colour::Orange => "#b35806",
            Colour::Yellow => "#8a6d00",
            Colour::Green => "#2e7d32",
            Colour::Blue => "#1f5fa8",
            Colour::Purple => "#6a3d9a",
            Colour::Pink => "#ad1457",
            Colour::Brown => "#6d4c41",
        }
    }
}

/// What marks a child besides their name: an emoji they chose, or a colour.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChildBadge {
    /// One emoji (a family emoji such as 👨‍👩‍👧 is several characters, so a few are allowed).
    Emoji(String),
    /// A colour from the palette.
    Colour(Colour),
}

/// A child of the family, as saved in the diary.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Child {
    /// The stable id.
    pub id: ChildId,
    /// A first name or nickname, 1 to [`crate::diary::NAME_MAX_CHARS`] characters, trimmed. It is
    /// plain text: `<b>` in a name stays the four characters `<b>`.
    pub name: String,
    /// An optional emoji or colour.
    pub badge: Option<ChildBadge>,
    /// The birth month, from which the age band is derived.
    pub birth: BirthMonth,
    /// The daily limit the family chose for this child, in minutes; `None` for no limit.
    pub daily_limit: Option<u16>,
    /// When the child was last added or edited, in milliseconds since the Unix epoch (passed in).
    pub modified_at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birth_months_parse_only_the_month_input_form() {
        let check = |text: &str, expected: Option<(i32, u32)>| {
            let parsed = BirthMonth::parse(text).map(|birth| (birth.year(), birth.month()));
            assert_eq!(parsed, expected, "{text:?}");
            if let Some(birth) = BirthMonth::parse(text) {
                assert_eq!(birth.code(), text);
            }
        };
        check("2019-03", Some((2019, 3)));
        check("2019-12", Some((2019, 12)));
        check("2019-13", None);
        check("2019-00", None);
        check("2019-3", None);
        check("19-03", None);
        check("+019-03", None);
        check("2019-03-01", None);
        check("", None);
    }

    #[test]
    fn age_in_months_counts_calendar_months() {
        let check = |birth: (i32, u32), today: &str, expected: i32| {
            let birth = BirthMonth::new(birth.0, birth.1).unwrap();
            let today: NaiveDate = today.parse().unwrap();
            assert_eq!(birth.age_in_months(today), expected, "{birth} on {today}");
        };
        check((2022, 3), "2022-03-31", 0);
        check((2022, 3), "2025-02-28", 35);
        check((2022, 3), "2025-03-01", 36);
        check((2022, 12), "2023-01-01", 1);
        check((2026, 1), "2025-12-31", -1);
    }
}
