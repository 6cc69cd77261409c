//! The device's small settings and their stored text: the language and the text size
//! (Réglages), the speaker notes' size, the workshop session chosen last on the Atelier's start
//! screen, the date of the last backup made from this device, and the next meeting.
//!
//! Each setting is a type that says how it is written ([`DeviceSetting::encode`]) and reads a
//! stored text strictly ([`DeviceSetting::decode`]): a text that is foreign or corrupt reads as
//! [`StoredSetting::Foreign`], which the app treats as "no choice made" (the default) and leaves
//! as it is until the person chooses again. Where each one is kept on the device is the app's
//! business (`src/state/device_settings.rs`); this module reads no storage.

use chrono::NaiveDate;

use crate::language::Language;
use crate::meeting::{decode_meeting, encode_meeting, Meeting};
use crate::preferences::TextSize;

/// A small setting of the device, with its stored text.
pub trait DeviceSetting: Sized {
    /// The text stored for this value.
    fn encode(&self) -> String;
    /// The value a stored text holds, or `None` when the text is not one this app writes.
    fn decode(text: &str) -> Option<Self>;
}

/// What the device holds for one setting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredSetting<T> {
    /// Nothing is stored: no choice was made on this device.
    Missing,
    /// Something is stored that this app does not write (another version, a corrupt value).
    Foreign,
    /// A value this app wrote.
    Set(T),
}

impl<T: DeviceSetting> StoredSetting<T> {
    /// Reads what storage gave for the setting (`None`: nothing stored).
    pub fn read(stored: Option<&str>) -> StoredSetting<T> {
        match stored {
            None => StoredSetting::Missing,
            Some(text) => T::decode(text).map_or(StoredSetting::Foreign, StoredSetting::Set),
        }
    }

    /// The value stored, if one could be read.
    pub fn value(self) -> Option<T> {
        match self {
            StoredSetting::Set(value) => Some(value),
            StoredSetting::Missing | StoredSetting::Foreign => None,
        }
    }

    /// The value stored, else `default` (nothing stored, or a foreign value).
    pub fn value_or(self, default: T) -> T {
        self.value().unwrap_or(default)
    }

    /// The value stored, else the setting's default: what the app starts with.
    pub fn value_or_default(self) -> T
    where
        T: Default,
    {
        self.value().unwrap_or_default()
    }

    /// Whether something is stored that could not be read.
    pub fn is_foreign(&self) -> bool {
        matches!(self, StoredSetting::Foreign)
    }
}

impl DeviceSetting for Language {
    /// `"fr"` or `"en"`.
    fn encode(&self) -> String {
        self.code().to_owned()
    }

    fn decode(text: &str) -> Option<Language> {
        Language::from_code(text)
    }
}

impl DeviceSetting for TextSize {
    /// `"100"`, `"125"` or `"150"`.
    fn encode(&self) -> String {
        self.code().to_owned()
    }

    fn decode(text: &str) -> Option<TextSize> {
        TextSize::from_code(text)
    }
}

impl DeviceSetting for Meeting {
    /// The meeting's versioned JSON (`crate::meeting`).
    fn encode(&self) -> String {
        encode_meeting(self)
    }

    fn decode(text: &str) -> Option<Meeting> {
        decode_meeting(text).ok()
    }
}

/// The size of the speaker notes, one of [`NotesSize::PERCENTS`] of their base size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotesSize {
    /// An index into [`NotesSize::PERCENTS`].
    index: usize,
}

impl NotesSize {
    /// The notes' sizes, in percent of their base size, smallest first.
    pub const PERCENTS: [u16; 7] = [80, 100, 125, 150, 175, 200, 250];

    /// The size in percent of the notes' base size.
    pub fn percent(self) -> u16 {
        NotesSize::PERCENTS[self.index]
    }

    /// The next size up; the largest stays as it is.
    pub fn larger(self) -> NotesSize {
        NotesSize {
            index: (self.index + 1).min(NotesSize::PERCENTS.len() - 1),
        }
    }

    /// The next size down; the smallest stays as it is.
    pub fn smaller(self) -> NotesSize {
        NotesSize {
            index: self.index.saturating_sub(1),
        }
    }

    /// Whether the notes can still grow.
    pub fn can_grow(self) -> bool {
        self.index + 1 < NotesSize::PERCENTS.len()
    }

    /// Whether the notes can still shrink.
    pub fn can_shrink(self) -> bool {
        self.index > 0
    }
}

impl Default for NotesSize {
    /// The notes' base size, 100 %.
    fn default() -> NotesSize {
        NotesSize { index: 1 }
    }
}

impl DeviceSetting for NotesSize {
    /// The percentage, `"150"`.
    fn encode(&self) -> String {
        self.percent().to_string()
    }

    /// A percentage of the list, blanks around it allowed.
    fn decode(text: &str) -> Option<NotesSize> {
        let percent: u16 = text.trim().parse().ok()?;
        NotesSize::PERCENTS
            .iter()
            .position(|&size| size == percent)
            .map(|index| NotesSize { index })
    }
}

/// The workshop session chosen last on the Atelier's start screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SessionChoice {
    /// Every slide of the deck.
    #[default]
    EverySlide,
    /// The session with this code (`essentiel`); the app shows every slide if the deck no
    /// longer has it.
    Session(String),
}

impl DeviceSetting for SessionChoice {
    /// The session's code, or an empty text for every slide.
    fn encode(&self) -> String {
        match self {
            SessionChoice::EverySlide => String::new(),
            SessionChoice::Session(code) => code.clone(),
        }
    }

    /// An empty text, or a code of lowercase letters, digits and dashes.
    fn decode(text: &str) -> Option<SessionChoice> {
        if text.is_empty() {
            return Some(SessionChoice::EverySlide);
        }
        text.chars()
            .all(|character| {
                character.is_ascii_lowercase() || character.is_ascii_digit() || character == '-'
            })
            .then(|| SessionChoice::Session(text.to_owned()))
    }
}

/// The day the last backup was made or shared from this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LastBackupDate(pub NaiveDate);

impl DeviceSetting for LastBackupDate {
    /// The ISO date, `2026-03-09`.
    fn encode(&self) -> String {
        self.0.format("%Y-%m-%d").to_string()
    }

    /// An ISO date, blanks around it allowed.
    fn decode(text: &str) -> Option<LastBackupDate> {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .ok()
            .map(LastBackupDate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value written reads back as itself.
    fn check_round_trip<T: DeviceSetting + PartialEq + std::fmt::Debug>(values: &[T]) {
        for value in values {
            let text = value.encode();
            assert_eq!(
                T::decode(&text).as_ref(),
                Some(value),
                "{value:?} written as {text:?}"
            );
            assert_eq!(
                StoredSetting::<T>::read(Some(&text)),
                StoredSetting::Set(T::decode(&text).expect("just read"))
            );
        }
    }

    /// Foreign texts read as foreign, hold no value, and `default` (when the setting has one)
    /// is used in their place; nothing stored reads as missing.
    fn check_foreign<T>(texts: &[&str], default: Option<T>)
    where
        T: DeviceSetting + PartialEq + std::fmt::Debug + Clone,
    {
        for text in texts {
            let stored = StoredSetting::<T>::read(Some(text));
            assert!(stored.is_foreign(), "{text:?} should be foreign");
            assert_eq!(stored.clone().value(), None, "{text:?}");
            if let Some(default) = &default {
                assert_eq!(&stored.value_or(default.clone()), default, "{text:?}");
            }
        }
        let missing = StoredSetting::<T>::read(None);
        assert_eq!(missing, StoredSetting::Missing);
        assert!(!missing.is_foreign());
        assert_eq!(missing.value(), None);
    }

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("valid date")
    }

    #[test]
    fn every_setting_round_trips() {
        check_round_trip(&[Language::Fr, Language::En]);
        check_round_trip(&TextSize::ALL);
        let mut sizes = vec![NotesSize::default()];
        while sizes.last().is_some_and(|size| size.can_grow()) {
            let next = sizes.last().expect("not empty").larger();
            sizes.push(next);
        }
        check_round_trip(&sizes);
        check_round_trip(&[
            SessionChoice::EverySlide,
            SessionChoice::Session("essentiel".to_owned()),
            SessionChoice::Session("suivi-2".to_owned()),
        ]);
        check_round_trip(&[
            LastBackupDate(date(2026, 3, 9)),
            LastBackupDate(date(1999, 12, 31)),
        ]);
        check_round_trip(&[
            Meeting::default(),
            Meeting {
                date: Some(date(2026, 6, 4)),
                place: "Mairie, salle 2".to_owned(),
            },
        ]);
    }

    #[test]
    fn a_foreign_stored_value_falls_back_to_the_default() {
        check_foreign(&["", "english", "\"en\"", "FR", " fr"], Some(Language::Fr));
        check_foreign(&["", "200", "125%", " 125", "null"], Some(TextSize::Normal));
        check_foreign(
            &["", "90", "150%", "abc", "-100", "1e2"],
            Some(NotesSize::default()),
        );
        check_foreign(
            &["Essentiel", "séance", "a b", "../x", "{\"code\":1}"],
            Some(SessionChoice::EverySlide),
        );
        check_foreign::<LastBackupDate>(
            &["", "09/03/2026", "2026-02-30", "2026-3-9x", "demain"],
            None,
        );
        check_foreign(
            &["", "{corrupt", r#"{"version":9,"date":null,"place":""}"#],
            Some(Meeting::default()),
        );
    }

    #[test]
    fn stored_texts_written_by_earlier_versions_still_read() {
        // Before this module, the notes' size and the backup date were read with blanks trimmed.
        assert_eq!(
            NotesSize::decode(" 150\n").map(NotesSize::percent),
            Some(150)
        );
        assert_eq!(
            LastBackupDate::decode("2026-03-09\n"),
            Some(LastBackupDate(date(2026, 3, 9)))
        );
    }

    #[test]
    fn the_notes_grow_and_shrink_within_their_sizes() {
        let base = NotesSize::default();
        assert_eq!(base.percent(), 100);
        assert_eq!(base.larger().percent(), 125);
        assert_eq!(base.smaller().percent(), 80);
        assert!(!base.smaller().can_shrink());
        assert_eq!(base.smaller().smaller(), base.smaller());
        let mut largest = base;
        for _ in 0..NotesSize::PERCENTS.len() {
            largest = largest.larger();
        }
        assert_eq!(largest.percent(), 250);
        assert!(!largest.can_grow());
        assert!(largest.can_shrink());
        assert_eq!(largest.larger(), largest);
    }
}
