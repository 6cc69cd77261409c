//! The forms' rules: a draft holds what the parent typed, and validation turns it into a record or
//! into a list of errors, each naming its field so the app shows the message next to it.
//!
//! Text stays text: `<script>` in a name or note is accepted and kept as typed; the app shows it
//! as text, and nothing in the core turns it into HTML. `today` is passed in.

use chrono::{Datelike, NaiveDate, NaiveTime};

use super::typed_minutes::{parse_typed_minutes, TypedMinutesError};
use super::{
    Activity, BirthMonth, Child, ChildBadge, ChildId, Diary, Entry, EntryId, Moment, Screen,
    DAY_MINUTES, EMOJI_MAX_CHARS, NAME_MAX_CHARS, NOTE_MAX_CHARS, SUPPORTED_YEARS,
};

/// An entry as typed in the form, before validation. Text fields hold what the inputs give
/// (`<input type="date">`, `<input type="time">`, a number field).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryDraft {
    /// A new id from the app, or the id of the entry being edited.
    pub id: EntryId,
    /// The children selected.
    pub children: Vec<ChildId>,
    /// The date, `YYYY-MM-DD`.
    pub date: String,
    /// The moment of the day, once chosen.
    pub moment: Option<Moment>,
    /// The start time, `HH:MM`, or empty.
    pub start: String,
    /// The duration in minutes, as typed.
    pub minutes: String,
    /// The screen, once chosen.
    pub screen: Option<Screen>,
    /// The activity, once chosen.
    pub activity: Option<Activity>,
    /// With an adult (`false`: alone).
    pub with_adult: bool,
    /// In the child's bedroom.
    pub in_bedroom: bool,
    /// The note, possibly empty.
    pub note: String,
    /// The time of this change, in milliseconds since the Unix epoch.
    pub modified_at: i64,
}

impl EntryDraft {
    /// The draft that edits `entry` (the app sets `modified_at` to now before validating).
    pub fn from_entry(entry: &Entry) -> EntryDraft {
        EntryDraft {
            id: entry.id.clone(),
            children: entry.children.clone(),
            date: entry.date.format("%Y-%m-%d").to_string(),
            moment: Some(entry.moment),
            start: entry
                .start
                .map(|time| time.format("%H:%M").to_string())
                .unwrap_or_default(),
            minutes: entry.minutes.to_string(),
            screen: Some(entry.screen),
            activity: Some(entry.activity),
            with_adult: entry.with_adult,
            in_bedroom: entry.in_bedroom,
            note: entry.note.clone(),
            modified_at: entry.modified_at,
        }
    }
}

/// A field of the entry form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryField {
    /// The children.
    Children,
    /// The date.
    Date,
    /// The moment of the day.
    Moment,
    /// The start time.
    Start,
    /// The duration.
    Minutes,
    /// The screen.
    Screen,
    /// The activity.
    Activity,
    /// The note.
    Note,
}

/// Why an entry draft cannot be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryFieldError {
    /// No child is selected.
    NoChild,
    /// A selected child is not in the diary (removed meanwhile, in another tab for example).
    UnknownChild {
        /// The child.
        child: ChildId,
    },
    /// The date is empty or not a real date.
    DateNotADate,
    /// The date is after today.
    DateInFuture,
    /// The date is before the earliest year the diary accepts.
    DateTooOld,
    /// The date is before a selected child's birth month.
    DateBeforeBirth {
        /// The child.
        child: ChildId,
    },
    /// No moment of the day is chosen.
    MomentMissing,
    /// The start time is neither empty nor a time `HH:MM`.
    StartNotATime,
    /// The duration is empty or not a whole number.
    MinutesNotANumber,
    /// The duration is zero.
    MinutesZero,
    /// The duration is negative.
    MinutesNegative,
    /// The duration is more than 24 hours.
    MinutesOverADay,
    /// With this entry, a child's screen time that day would be more than 24 hours.
    DayTotalOverADay {
        /// The child.
        child: ChildId,
        /// That day's total with this entry, in minutes.
        total_minutes: u32,
    },
    /// No screen is chosen.
    ScreenMissing,
    /// No activity is chosen.
    ActivityMissing,
    /// The note is longer than [`NOTE_MAX_CHARS`].
    NoteTooLong {
        /// The note's length in characters.
        chars: usize,
    },
}

impl EntryFieldError {
    /// The field to show the message next to.
    pub fn field(&self) -> EntryField {
        match self {
            EntryFieldError::NoChild | EntryFieldError::UnknownChild { .. } => EntryField::Children,
            EntryFieldError::DateNotADate
            | EntryFieldError::DateInFuture
            | EntryFieldError::DateTooOld
            | EntryFieldError::DateBeforeBirth { .. } => EntryField::Date,
            EntryFieldError::MomentMissing => EntryField::Moment,
            EntryFieldError::StartNotATime => EntryField::Start,
            EntryFieldError::MinutesNotANumber
            | EntryFieldError::MinutesZero
            | EntryFieldError::MinutesNegative
            | EntryFieldError::MinutesOverADay
            | EntryFieldError::DayTotalOverADay { .. } => EntryField::Minutes,
            EntryFieldError::ScreenMissing => EntryField::Screen,
            EntryFieldError::ActivityMissing => EntryField::Activity,
            EntryFieldError::NoteTooLong { .. } => EntryField::Note,
        }
    }
}

/// Turns a draft into an entry that [`Diary::put_entry`] accepts, or lists every error found.
///
/// Beyond the diary's own rules, it refuses a date after `today`, a date before a selected
/// child's birth month, and a day over 24 hours for any selected child (that child's other
/// entries that day, plus this one; when editing, the entry's previous version is not counted
/// twice). The note is trimmed.
pub fn validate_entry(
    draft: &EntryDraft,
    diary: &Diary,
    today: NaiveDate,
) -> Result<Entry, Vec<EntryFieldError>> {
    let mut errors = Vec::new();

    let mut children = draft.children.clone();
    children.sort();
    children.dedup();
    if children.is_empty() {
        errors.push(EntryFieldError::NoChild);
    }
    for child in children.iter().filter(|c| diary.child(c).is_none()) {
        errors.push(EntryFieldError::UnknownChild {
            child: child.clone(),
        });
    }

    let date = match NaiveDate::parse_from_str(draft.date.trim(), "%Y-%m-%d") {
        Err(_) => Err(EntryFieldError::DateNotADate),
        Ok(date) if date > today => Err(EntryFieldError::DateInFuture),
        Ok(date) if date.year() < *SUPPORTED_YEARS.start() => Err(EntryFieldError::DateTooOld),
        Ok(date) => Ok(date),
    };
    let start = match draft.start.trim() {
        "" => Ok(None),
        text => NaiveTime::parse_from_str(text, "%H:%M")
            .map(Some)
            .map_err(|_| EntryFieldError::StartNotATime),
    };
    let minutes = parse_minutes(&draft.minutes);
    let note = draft.note.trim();
    let note_chars = note.chars().count();

    let date = date.map_err(|error| errors.push(error)).ok();
    if let Some(date) = date {
        for child in &children {
            let born_later = diary
                .child(child)
                .is_some_and(|known| known.birth.age_in_months(date) < 0);
            if born_later {
                errors.push(EntryFieldError::DateBeforeBirth {
                    child: child.clone(),
                });
            }
        }
    }
    let start = start.map_err(|error| errors.push(error)).ok();
    let minutes = minutes.map_err(|error| errors.push(error)).ok();
    if draft.moment.is_none() {
        errors.push(EntryFieldError::MomentMissing);
    }
    if draft.screen.is_none() {
        errors.push(EntryFieldError::ScreenMissing);
    }
    if draft.activity.is_none() {
        errors.push(EntryFieldError::ActivityMissing);
    }
    if note_chars > NOTE_MAX_CHARS {
        errors.push(EntryFieldError::NoteTooLong { chars: note_chars });
    }
    if let (Some(date), Some(minutes)) = (date, minutes) {
        for child in &children {
            let others: u32 = diary
                .entries_between(date, date)
                .filter(|entry| entry.id != draft.id && entry.covers(child))
                .map(|entry| u32::from(entry.minutes))
                .sum();
            let total_minutes = others + u32::from(minutes);
            if total_minutes > u32::from(DAY_MINUTES) {
                errors.push(EntryFieldError::DayTotalOverADay {
                    child: child.clone(),
                    total_minutes,
                });
            }
        }
    }

    match (
        date,
        start,
        minutes,
        draft.moment,
        draft.screen,
        draft.activity,
    ) {
        (Some(date), Some(start), Some(minutes), Some(moment), Some(screen), Some(activity))
            if errors.is_empty() =>
        {
            Ok(Entry {
                id: draft.id.clone(),
                children,
                date,
                moment,
                start,
                minutes,
                screen,
                activity,
                with_adult: draft.with_adult,
                in_bedroom: draft.in_bedroom,
                note: note.to_owned(),
                modified_at: draft.modified_at,
            })
        }
        _ => Err(errors),
    }
}

/// Reads a duration typed in minutes (the rule is [`parse_typed_minutes`]'s; zero is refused).
fn parse_minutes(text: &str) -> Result<u16, EntryFieldError> {
    match parse_typed_minutes(text) {
        Ok(0) => Err(EntryFieldError::MinutesZero),
        Ok(minutes) => Ok(minutes),
        Err(TypedMinutesError::NotANumber) => Err(EntryFieldError::MinutesNotANumber),
        Err(TypedMinutesError::Negative) => Err(EntryFieldError::MinutesNegative),
        Err(TypedMinutesError::OverADay) => Err(EntryFieldError::MinutesOverADay),
    }
}

/// A child as typed in the form, before validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChildDraft {
    /// A new id from the app, or the id of the child being edited.
    pub id: ChildId,
    /// The first name or nickname, as typed.
    pub name: String,
    /// The emoji or colour, if any.
    pub badge: Option<ChildBadge>,
    /// The birth month, `YYYY-MM` (as `<input type="month">` gives it).
    pub birth: String,
    /// The time of this change, in milliseconds since the Unix epoch.
    pub modified_at: i64,
}

impl ChildDraft {
    /// The draft that edits `child`.
    pub fn from_child(child: &Child) -> ChildDraft {
        ChildDraft {
            id: child.id.clone(),
            name: child.name.clone(),
            badge: child.badge.clone(),
            birth: child.birth.code(),
            modified_at: child.modified_at,
        }
    }
}

/// A field of the child form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChildField {
    /// The name.
    Name,
    /// The emoji or colour.
    Badge,
    /// The birth month.
    Birth,
}

/// Why a child draft cannot be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChildFieldError {
    /// The name is empty once spaces are trimmed.
    NameEmpty,
    /// The name is longer than [`NAME_MAX_CHARS`].
    NameTooLong {
        /// The name's length in characters, once trimmed.
        chars: usize,
    },
    /// The emoji is empty.
    EmojiEmpty,
    /// The emoji is longer than [`EMOJI_MAX_CHARS`].
    EmojiTooLong,
    /// The birth month is empty or not a month.
    BirthNotAMonth,
    /// The birth month is after today's month.
    BirthInFuture,
    /// The birth month is more than 18 years before today's month.
    BirthOver18YearsAgo,
}

impl ChildFieldError {
    /// The field to show the message next to.
    pub fn field(&self) -> ChildField {
        match self {
            ChildFieldError::NameEmpty | ChildFieldError::NameTooLong { .. } => ChildField::Name,
            ChildFieldError::EmojiEmpty | ChildFieldError::EmojiTooLong => ChildField::Badge,
            ChildFieldError::BirthNotAMonth
            | ChildFieldError::BirthInFuture
            | ChildFieldError::BirthOver18YearsAgo => ChildField::Birth,
        }
    }
}

/// Turns a draft into a child that [`Diary::put_child`] accepts, or lists every error found.
/// The name and emoji are trimmed; an edited child keeps their daily limit.
pub fn validate_child(
    draft: &ChildDraft,
    diary: &Diary,
    today: NaiveDate,
) -> Result<Child, Vec<ChildFieldError>> {
    let mut errors = Vec::new();
    let name = draft.name.trim();
    let chars = name.chars().count();
    if name.is_empty() {
        errors.push(ChildFieldError::NameEmpty);
    } else if chars > NAME_MAX_CHARS {
        errors.push(ChildFieldError::NameTooLong { chars });
    }
    let badge = match &draft.badge {
        Some(ChildBadge::Emoji(emoji)) => {
            let emoji = emoji.trim();
            if emoji.is_empty() {
                errors.push(ChildFieldError::EmojiEmpty);
            } else if emoji.chars().count() > EMOJI_MAX_CHARS {
                errors.push(ChildFieldError::EmojiTooLong);
            }
            Some(ChildBadge::Emoji(emoji.to_owned()))
        }
        other => other.clone(),
    };
    let birth = BirthMonth::parse(draft.birth.trim());
    match birth.map(|birth| birth.age_in_months(today)) {
        None => errors.push(ChildFieldError::BirthNotAMonth),
        Some(months) if months < 0 => errors.push(ChildFieldError::BirthInFuture),
        Some(months) if months > 18 * 12 => errors.push(ChildFieldError::BirthOver18YearsAgo),
        Some(_) => {}
    }
    match birth {
        Some(birth) if errors.is_empty() => Ok(Child {
            id: draft.id.clone(),
            name: name.to_owned(),
            badge,
            birth,
            daily_limit: diary.child(&draft.id).and_then(|child| child.daily_limit),
            modified_at: draft.modified_at,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::tests::{date, entry, family};

    const TODAY: &str = "2025-03-12";

    fn draft() -> EntryDraft {
        EntryDraft {
            id: EntryId::new("new"),
            children: vec![ChildId::new("lea")],
            date: "2025-03-10".into(),
            moment: Some(Moment::AfterSchool),
            start: "16:45".into(),
            minutes: "30".into(),
            screen: Some(Screen::Tablet),
            activity: Some(Activity::Games),
            with_adult: true,
            in_bedroom: false,
            note: "  Mario Kart <b>avec</b> papa  ".into(),
            modified_at: 42,
        }
    }

    fn check_entry(change: impl FnOnce(&mut EntryDraft), expected: &[EntryFieldError]) {
        let mut diary = family();
        diary
            .put_entry(entry("film", &["lea", "hugo"], "2025-03-10", 1400))
            .unwrap();
        let mut typed = draft();
        change(&mut typed);
        let errors = validate_entry(&typed, &diary, date(TODAY))
            .err()
            .unwrap_or_default();
        assert_eq!(errors, expected, "{typed:?}");
    }

    #[test]
    fn a_complete_draft_becomes_an_entry_with_its_text_kept_as_typed() {
        let diary = family();
        let entry = validate_entry(&draft(), &diary, date(TODAY)).unwrap();
        assert_eq!(entry.note, "Mario Kart <b>avec</b> papa");
        assert_eq!(entry.start, NaiveTime::from_hms_opt(16, 45, 0));
        assert_eq!((entry.minutes, entry.modified_at), (30, 42));
        assert_eq!(EntryDraft::from_entry(&entry).note, entry.note);
        let mut diary = diary;
        diary.put_entry(entry.clone()).unwrap();
        assert_eq!(
            validate_entry(&EntryDraft::from_entry(&entry), &diary, date(TODAY)),
            Ok(entry)
        );
    }

    #[test]
    fn each_bad_field_is_named() {
        use EntryFieldError as E;
        check_entry(|_| {}, &[]);
        check_entry(|d| d.children.clear(), &[E::NoChild]);
        check_entry(
            |d| d.children.push(ChildId::new("zoe")),
            &[E::UnknownChild {
                child: ChildId::new("zoe"),
            }],
        );
        check_entry(|d| d.date = "2025-03-13".into(), &[E::DateInFuture]);
        check_entry(|d| d.date = TODAY.into(), &[]);
        check_entry(|d| d.date = "2025-02-30".into(), &[E::DateNotADate]);
        check_entry(|d| d.date = String::new(), &[E::DateNotADate]);
        check_entry(|d| d.date = "1970-01-01".into(), &[E::DateTooOld]);
        // Inès was born in January 2021: that month is fine, the month before is not.
        check_entry(
            |d| {
                d.children = vec![ChildId::new("ines"), ChildId::new("lea")];
                d.date = "2021-01-01".into();
            },
            &[],
        );
        check_entry(
            |d| {
                d.children = vec![ChildId::new("lea"), ChildId::new("ines")];
                d.date = "2020-12-31".into();
            },
            &[E::DateBeforeBirth {
                child: ChildId::new("ines"),
            }],
        );
        check_entry(|d| d.moment = None, &[E::MomentMissing]);
        check_entry(|d| d.start = String::new(), &[]);
        check_entry(|d| d.start = "25:00".into(), &[E::StartNotATime]);
        check_entry(|d| d.start = "midi".into(), &[E::StartNotATime]);
        check_entry(|d| d.minutes = "0".into(), &[E::MinutesZero]);
        check_entry(|d| d.minutes = "-0".into(), &[E::MinutesZero]);
        check_entry(|d| d.minutes = "-5".into(), &[E::MinutesNegative]);
        check_entry(|d| d.minutes = "1441".into(), &[E::MinutesOverADay]);
        check_entry(
            |d| {
                d.date = "2025-03-11".into();
                d.minutes = "1440".into();
            },
            &[],
        );
        check_entry(
            |d| d.minutes = "99999999999999999999".into(),
            &[E::MinutesOverADay],
        );
        check_entry(|d| d.minutes = " 025 ".into(), &[]);
        check_entry(|d| d.minutes = "1h30".into(), &[E::MinutesNotANumber]);
        check_entry(|d| d.minutes = String::new(), &[E::MinutesNotANumber]);
        check_entry(|d| d.screen = None, &[E::ScreenMissing]);
        check_entry(|d| d.activity = None, &[E::ActivityMissing]);
        check_entry(
            |d| d.note = "n".repeat(281),
            &[E::NoteTooLong { chars: 281 }],
        );
        check_entry(|d| d.note = format!("  {}  ", "n".repeat(280)), &[]);
        check_entry(
            |d| {
                d.children.push(ChildId::new("hugo"));
                d.minutes = "41".into();
            },
            &[
                E::DayTotalOverADay {
                    child: ChildId::new("hugo"),
                    total_minutes: 1441,
                },
                E::DayTotalOverADay {
                    child: ChildId::new("lea"),
                    total_minutes: 1441,
                },
            ],
        );
        check_entry(|d| d.minutes = "40".into(), &[]);
        check_entry(
            |d| {
                d.id = EntryId::new("film");
                d.minutes = "1440".into();
            },
            &[],
        );
        check_entry(
            |d| {
                d.children.clear();
                d.date = "demain".into();
                d.minutes = "-1".into();
                d.screen = None;
            },
            &[
                E::NoChild,
                E::DateNotADate,
                E::MinutesNegative,
                E::ScreenMissing,
            ],
        );
    }

    #[test]
    fn errors_name_their_fields() {
        let check = |error: EntryFieldError, field: EntryField| assert_eq!(error.field(), field);
        check(EntryFieldError::NoChild, EntryField::Children);
        check(EntryFieldError::DateInFuture, EntryField::Date);
        check(
            EntryFieldError::DateBeforeBirth {
                child: ChildId::new("ines"),
            },
            EntryField::Date,
        );
        check(
            EntryFieldError::DayTotalOverADay {
                child: ChildId::new("lea"),
                total_minutes: 1500,
            },
            EntryField::Minutes,
        );
        check(EntryFieldError::StartNotATime, EntryField::Start);
        check(
            EntryFieldError::NoteTooLong { chars: 300 },
            EntryField::Note,
        );
        assert_eq!(ChildFieldError::BirthInFuture.field(), ChildField::Birth);
        assert_eq!(ChildFieldError::EmojiTooLong.field(), ChildField::Badge);
    }

    #[test]
    fn child_drafts_are_checked_field_by_field() {
        let check = |change: fn(&mut ChildDraft), expected: &[ChildFieldError]| {
            let mut typed = ChildDraft {
                id: ChildId::new("new"),
                name: " Zoé ".into(),
                badge: Some(ChildBadge::Emoji("🦊".into())),
                birth: "2019-05".into(),
                modified_at: 3,
            };
            change(&mut typed);
            let errors = validate_child(&typed, &family(), date(TODAY))
                .err()
                .unwrap_or_default();
            assert_eq!(errors, expected, "{typed:?}");
        };
        use ChildFieldError as E;
        check(|_| {}, &[]);
        check(|d| d.name = "   ".into(), &[E::NameEmpty]);
        check(
            |d| d.name = "x".repeat(200),
            &[E::NameTooLong { chars: 200 }],
        );
        check(|d| d.name = "x".repeat(40), &[]);
        check(|d| d.name = "<script>alert(1)</script>".into(), &[]);
        check(
            |d| d.badge = Some(ChildBadge::Emoji(" ".into())),
            &[E::EmojiEmpty],
        );
        check(
            |d| d.badge = Some(ChildBadge::Emoji("🦊".repeat(17))),
            &[E::EmojiTooLong],
        );
        check(|d| d.badge = Some(ChildBadge::Emoji("👨‍👩‍👧".into())), &[]);
        check(
            |d| d.badge = Some(ChildBadge::Colour(crate::diary::Colour::Blue)),
            &[],
        );
        check(|d| d.birth = String::new(), &[E::BirthNotAMonth]);
        check(|d| d.birth = "2025-03".into(), &[]);
        check(|d| d.birth = "2025-04".into(), &[E::BirthInFuture]);
        check(|d| d.birth = "2007-03".into(), &[]);
        check(|d| d.birth = "2007-02".into(), &[E::BirthOver18YearsAgo]);
        check(|d| d.name = String::new(), &[E::NameEmpty]);
    }

    #[test]
    fn an_edited_child_keeps_their_limit_and_text_is_kept_as_typed() {
        let mut diary = family();
        diary
            .set_daily_limit(&ChildId::new("lea"), Some(90), 5)
            .unwrap();
        let mut typed = ChildDraft::from_child(diary.child(&ChildId::new("lea")).unwrap());
        typed.name = " <b>Léa</b> ".into();
        typed.modified_at = 6;
        let child = validate_child(&typed, &diary, date(TODAY)).unwrap();
        assert_eq!(
            (child.name.as_str(), child.daily_limit, child.modified_at),
            ("<b>Léa</b>", Some(90), 6)
        );
        diary.put_child(child).unwrap();
    }
}
