//! Minutes typed by a person, read once for every form: the entry's duration, a child's own daily
//! limit, a commitment's limit.
//!
//! The rule: spaces around are ignored, then whole digits only (leading zeros are fine), with at
//! most one leading `-`; the value must be from 0 to [`DAY_MINUTES`]. « -0 » reads as 0. Each form
//! maps [`TypedMinutesError`] to its own message, and decides for itself whether 0 is allowed.

use super::DAY_MINUTES;

/// Why typed minutes cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypedMinutesError {
    /// Empty, or something other than whole digits (« 1,5 », « 1h30 », « abc »).
    NotANumber,
    /// Whole digits after a `-`, not all zeros.
    Negative,
    /// More than [`DAY_MINUTES`], however many digits.
    OverADay,
}

/// Reads minutes typed by a person: from 0 to [`DAY_MINUTES`], or the reason it cannot.
pub fn parse_typed_minutes(text: &str) -> Result<u16, TypedMinutesError> {
    let text = text.trim();
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(TypedMinutesError::NotANumber);
    }
    let value = digits.trim_start_matches('0');
    if text.starts_with('-') && !value.is_empty() {
        return Err(TypedMinutesError::Negative);
    }
    match value {
        "" => Ok(0),
        value if value.len() > 4 => Err(TypedMinutesError::OverADay),
        value => value
            .parse::<u16>()
            .ok()
            .filter(|minutes| *minutes <= DAY_MINUTES)
            .ok_or(TypedMinutesError::OverADay),
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_typed_minutes, TypedMinutesError as E};

    fn check(text: &str, expected: Result<u16, E>) {
        assert_eq!(parse_typed_minutes(text), expected, "{text:?}");
    }

    #[test]
    fn reads_whole_minutes_from_zero_to_a_day() {
        check("0", Ok(0));
        check("45", Ok(45));
        check(" 45 ", Ok(45));
        check("\t30\n", Ok(30));
        check("007", Ok(7));
        check("000", Ok(0));
        check("-0", Ok(0));
        check("-000", Ok(0));
        check("1440", Ok(1440));
        check("01440", Ok(1440));
    }

    #[test]
    fn refuses_what_is_not_whole_digits() {
        for text in [
            "", "   ", "-", "abc", "1,5", "1.5", "1h30", "+5", "4 5", "--5", "5-", "٣", "1e3",
        ] {
            check(text, Err(E::NotANumber));
        }
    }

    #[test]
    fn tells_negative_from_over_a_day() {
        check("-5", Err(E::Negative));
        check(" -0012 ", Err(E::Negative));
        check("-99999", Err(E::Negative));
        check("1441", Err(E::OverADay));
        check("9999", Err(E::OverADay));
        check("99999", Err(E::OverADay));
        check("65536", Err(E::OverADay));
        check("99999999999999999999", Err(E::OverADay));
        check("0000001441", Err(E::OverADay));
    }
}
