//! The one place the device's small settings are read and written: the language, the text size,
//! the speaker notes' size, the workshop session chosen last, the last backup's date and the next
//! meeting. Each is a type of `ecrans_core::device_settings`, which encodes and strictly decodes
//! it; here each is paired with its localStorage key.
//!
//! A stored value that is missing or foreign reads as the default and is left as it is; storage
//! is written only when a person chooses a value (through [`Preferences::remember`], which tells
//! a refused write in the shell's banner, or [`write`] where a form says it itself).
//!
//! [`Preferences::remember`]: crate::state::preferences::Preferences::remember

use crate::browser::local_store::{self, keys, StoreWriteError};
use ecrans_core::device_settings::{
    DeviceSetting, LastBackupDate, NotesSize, SessionChoice, StoredSetting,
};
use ecrans_core::language::Language;
use ecrans_core::meeting::Meeting;
use ecrans_core::preferences::TextSize;

/// A small setting of the device and the key it is kept under.
pub trait KeptSetting: DeviceSetting {
    /// Its localStorage key (`crate::browser::local_store::keys`).
    const KEY: &'static str;
}

impl KeptSetting for Language {
    const KEY: &'static str = keys::LANGUAGE;
}

impl KeptSetting for TextSize {
    const KEY: &'static str = keys::TEXT_SIZE;
}

impl KeptSetting for NotesSize {
    const KEY: &'static str = keys::NOTES_SIZE;
}

impl KeptSetting for SessionChoice {
    const KEY: &'static str = keys::DECK_SESSION;
}

impl KeptSetting for LastBackupDate {
    const KEY: &'static str = keys::LAST_BACKUP;
}

impl KeptSetting for Meeting {
    const KEY: &'static str = keys::MEETING;
}

/// What this device holds for the setting `T`.
pub fn read<T: KeptSetting>() -> StoredSetting<T> {
    StoredSetting::read(local_store::read_text(T::KEY).as_deref())
}

/// The setting `T` as stored, or its default when none is stored or the stored one is foreign.
pub fn read_or_default<T: KeptSetting + Default>() -> T {
    read::<T>().value_or_default()
}

/// Writes `value`; the caller says a refused write to the person.
pub fn write<T: KeptSetting>(value: &T) -> Result<(), StoreWriteError> {
    local_store::write_text(T::KEY, &value.encode())
}
