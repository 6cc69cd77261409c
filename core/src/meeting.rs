//! The follow-up meeting that the last slide of the workshop announces: a date and a place,
//! typed by the advisor in Réglages and kept on the device.
//!
//! This module validates what the form gives ([`validate_meeting`]), encodes the stored value
//! ([`encode_meeting`]) and decodes it strictly ([`decode_meeting`]): a stored value that is
//! foreign or corrupt is an error, which the app reads as "nothing set" without rewriting it.
//! It also gives the text that replaces the deck's `{date}` and `{lieu}` placeholders
//! ([`meeting_placeholder_text`]). It reads no clock and knows nothing of the browser.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::format_long_date;
use crate::deck::Placeholder;
use crate::language::Language;

/// The version written in the stored value; any other version is refused.
pub const MEETING_FORMAT_VERSION: u32 = 1;

/// The longest place accepted, in characters (a room, a building and a town fit easily).
pub const PLACE_MAX_CHARS: usize = 120;

/// The next meeting, as the advisor set it. Both parts may be missing: the slide then says
/// « à préciser ».
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meeting {
    /// The day of the meeting.
    pub date: Option<NaiveDate>,
    /// Where it takes place, trimmed; empty when not set.
    pub place: String,
}

/// Why the form's values were refused; the app shows the message next to the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MeetingError {
    /// The date is not a calendar date written `YYYY-MM-DD` (what `<input type="date">` gives).
    InvalidDate,
    /// The place is longer than [`PLACE_MAX_CHARS`] characters.
    PlaceTooLong,
    /// The place holds a control character (a line break, a tab…).
    PlaceHasControlCharacter,
}

impl std::fmt::Display for MeetingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MeetingError::InvalidDate => f.write_str("the date is not a YYYY-MM-DD calendar date"),
            MeetingError::PlaceTooLong => {
                write!(f, "the place is longer than {PLACE_MAX_CHARS} characters")
            }
            MeetingError::PlaceHasControlCharacter => {
                f.write_str("the place holds a control character")
            }
        }
    }
}

impl std::error::Error for MeetingError {}

/// Why a stored value could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MeetingDecodeError {
    /// The text is not a JSON object of the expected shape (fields missing, foreign fields…).
    Malformed,
    /// The value was written by another version of the format.
    UnknownVersion(u32),
    /// The value has the right shape but breaks a rule of the form.
    Invalid(MeetingError),
}

impl std::fmt::Display for MeetingDecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MeetingDecodeError::Malformed => f.write_str("the stored meeting is malformed"),
            MeetingDecodeError::UnknownVersion(version) => {
                write!(f, "the stored meeting has unknown version {version}")
            }
            MeetingDecodeError::Invalid(error) => {
                write!(f, "the stored meeting is invalid: {error}")
            }
        }
    }
}

impl std::error::Error for MeetingDecodeError {}

/// The stored form: `{"version":1,"date":"2026-03-12","place":"Médiathèque"}`, with `date`
/// `null` when not set.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredMeeting {
    version: u32,
    /// Required even when `null` (serde would otherwise read a missing field as `None`).
    #[serde(deserialize_with = "Option::deserialize")]
    date: Option<String>,
    place: String,
}

/// Turns the form's values into a meeting: `date_text` is empty or `YYYY-MM-DD`, `place_text` is
/// trimmed and may be empty.
pub fn validate_meeting(date_text: &str, place_text: &str) -> Result<Meeting, MeetingError> {
    let date = parse_date(date_text.trim())?;
    let place = place_text.trim();
    if place.chars().any(char::is_control) {
        return Err(MeetingError::PlaceHasControlCharacter);
    }
    if place.chars().count() > PLACE_MAX_CHARS {
        return Err(MeetingError::PlaceTooLong);
    }
    Ok(Meeting {
        date,
        place: place.to_owned(),
    })
}

fn parse_date(text: &str) -> Result<Option<NaiveDate>, MeetingError> {
    if text.is_empty() {
        return Ok(None);
    }
    let well_formed = text.len() == 10
        && text.char_indices().all(|(index, c)| match index {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        });
    if !well_formed {
        return Err(MeetingError::InvalidDate);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| MeetingError::InvalidDate)
}

/// The meeting as `<input type="date">` wants it: `YYYY-MM-DD`, or empty.
pub fn date_input_value(meeting: &Meeting) -> String {
    meeting
        .date
        .map(|date| date.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// The stored text of a meeting.
pub fn encode_meeting(meeting: &Meeting) -> String {
    let stored = StoredMeeting {
        version: MEETING_FORMAT_VERSION,
        date: meeting.date.map(|date| date.format("%Y-%m-%d").to_string()),
        place: meeting.place.clone(),
    };
    serde_json::to_string(&stored).expect("a meeting always serializes")
}

/// Decodes a stored meeting strictly: the shape, the version and the form's rules must all hold.
pub fn decode_meeting(stored: &str) -> Result<Meeting, MeetingDecodeError> {
    if !stored.trim_start().starts_with('{') {
        // serde would also read a struct from a JSON array.
        return Err(MeetingDecodeError::Malformed);
    }
    let stored: StoredMeeting =
        serde_json::from_str(stored).map_err(|_| MeetingDecodeError::Malformed)?;
    if stored.version != MEETING_FORMAT_VERSION {
        return Err(MeetingDecodeError::UnknownVersion(stored.version));
    }
    let date_text = match &stored.date {
        Some(text) if text.is_empty() => return Err(MeetingDecodeError::Malformed),
        Some(text) => text.as_str(),
        None => "",
    };
    let meeting =
        validate_meeting(date_text, &stored.place).map_err(MeetingDecodeError::Invalid)?;
    if meeting.place != stored.place {
        // The encoder always writes a trimmed place: anything else was not written by it.
        return Err(MeetingDecodeError::Malformed);
    }
    Ok(meeting)
}

/// The text that replaces a meeting placeholder on a slide (« jeudi 12 mars », the place), or
/// `None` when the advisor has not set it (or for a placeholder that is not the meeting's).
pub fn meeting_placeholder_text(
    meeting: &Meeting,
    placeholder: Placeholder,
    language: Language,
) -> Option<String> {
    match placeholder {
        Placeholder::MeetingDate => meeting.date.map(|date| format_long_date(date, language)),
        Placeholder::MeetingPlace => (!meeting.place.is_empty()).then(|| meeting.place.clone()),
        Placeholder::AppAddress => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device_settings::StoredSetting;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("a valid test date")
    }

    fn check_decode(stored: &str, expected: Result<Meeting, MeetingDecodeError>) {
        assert_eq!(decode_meeting(stored), expected, "decoding {stored:?}");
    }

    #[test]
    fn the_form_values_are_validated() {
        assert_eq!(
            validate_meeting("2026-03-12", "  Médiathèque, salle 2 "),
            Ok(Meeting {
                date: Some(date(2026, 3, 12)),
                place: "Médiathèque, salle 2".to_owned(),
            })
        );
        assert_eq!(validate_meeting("", ""), Ok(Meeting::default()));
        for bad_date in [
            "2026-02-30",
            "12/03/2026",
            "2026-3-12",
            "+2026-03-12",
            "tomorrow",
        ] {
            assert_eq!(
                validate_meeting(bad_date, "Mairie"),
                Err(MeetingError::InvalidDate),
                "{bad_date:?}"
            );
        }
        let long_place = "é".repeat(PLACE_MAX_CHARS + 1);
        assert_eq!(
            validate_meeting("", &long_place),
            Err(MeetingError::PlaceTooLong)
        );
        assert!(validate_meeting("", &"é".repeat(PLACE_MAX_CHARS)).is_ok());
        assert_eq!(
            validate_meeting("", "Salle\ndes fêtes"),
            Err(MeetingError::PlaceHasControlCharacter)
        );
    }

    #[test]
    fn text_stays_text() {
        let meeting = validate_meeting("", "<script>alert(1)</script> & « salle »").unwrap();
        assert_eq!(meeting.place, "<script>alert(1)</script> & « salle »");
        assert_eq!(decode_meeting(&encode_meeting(&meeting)), Ok(meeting));
    }

    #[test]
    fn meetings_round_trip_through_the_stored_form() {
        for meeting in [
            Meeting::default(),
            Meeting {
                date: Some(date(2026, 12, 3)),
                place: String::new(),
            },
            Meeting {
                date: None,
                place: "Salle des fêtes".to_owned(),
            },
            Meeting {
                date: Some(date(2027, 1, 1)),
                place: "Bibliothèque « Les Tilleuls »".to_owned(),
            },
        ] {
            assert_eq!(decode_meeting(&encode_meeting(&meeting)), Ok(meeting));
        }
        assert_eq!(
            encode_meeting(&Meeting {
                date: Some(date(2026, 3, 12)),
                place: "Mairie".to_owned(),
            }),
            r#"{"version":1,"date":"2026-03-12","place":"Mairie"}"#
        );
    }

    #[test]
    fn stored_values_decode_strictly() {
        check_decode(
            r#"{"version":1,"date":"2026-03-12","place":"Mairie"}"#,
            Ok(Meeting {
                date: Some(date(2026, 3, 12)),
                place: "Mairie".to_owned(),
            }),
        );
        check_decode(
            r#"{"version":1,"date":null,"place":""}"#,
            Ok(Meeting::default()),
        );
        for malformed in [
            "",
            "null",
            "{]",
            "\"Mairie\"",
            r#"{"version":1,"place":"Mairie"}"#,
            r#"{"version":1,"date":null}"#,
            r#"{"version":1,"date":"","place":""}"#,
            r#"{"version":1,"date":null,"place":"Mairie","time":"18:00"}"#,
            r#"{"version":"1","date":null,"place":""}"#,
            r#"{"version":1,"date":null,"place":" Mairie"}"#,
            r#"[1,null,""]"#,
        ] {
            check_decode(malformed, Err(MeetingDecodeError::Malformed));
        }
        check_decode(
            r#"{"version":2,"date":null,"place":""}"#,
            Err(MeetingDecodeError::UnknownVersion(2)),
        );
        check_decode(
            r#"{"version":1,"date":"2026-13-01","place":""}"#,
            Err(MeetingDecodeError::Invalid(MeetingError::InvalidDate)),
        );
        check_decode(
            r#"{"version":1,"date":null,"place":"a\tb"}"#,
            Err(MeetingDecodeError::Invalid(
                MeetingError::PlaceHasControlCharacter,
            )),
        );
    }

    #[test]
    fn a_missing_or_corrupt_stored_value_starts_with_nothing_set() {
        let start =
            |stored: Option<&str>| StoredSetting::<Meeting>::read(stored).value_or_default();
        assert_eq!(start(None), Meeting::default());
        assert_eq!(start(Some("{corrupt")), Meeting::default());
        assert_eq!(
            start(Some(
                r#"{"version":1,"date":"2026-06-04","place":"Mairie"}"#
            )),
            Meeting {
                date: Some(date(2026, 6, 4)),
                place: "Mairie".to_owned(),
            }
        );
    }

    #[test]
    fn placeholders_show_the_meeting_or_nothing() {
        let meeting = Meeting {
            date: Some(date(2026, 3, 12)),
            place: "Médiathèque".to_owned(),
        };
        let text = |meeting: &Meeting, placeholder, language| {
            meeting_placeholder_text(meeting, placeholder, language)
        };
        assert_eq!(
            text(&meeting, Placeholder::MeetingDate, Language::Fr).as_deref(),
            Some("jeudi 12 mars")
        );
        assert_eq!(
            text(&meeting, Placeholder::MeetingDate, Language::En).as_deref(),
            Some("Thursday 12 March")
        );
        assert_eq!(
            text(&meeting, Placeholder::MeetingPlace, Language::Fr).as_deref(),
            Some("Médiathèque")
        );
        assert_eq!(text(&meeting, Placeholder::AppAddress, Language::Fr), None);
        let unset = Meeting::default();
        assert_eq!(text(&unset, Placeholder::MeetingDate, Language::Fr), None);
        assert_eq!(text(&unset, Placeholder::MeetingPlace, Language::En), None);
        assert_eq!(date_input_value(&meeting), "2026-03-12");
        assert_eq!(date_input_value(&unset), "");
    }
}
