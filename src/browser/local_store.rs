//! Reading and writing text values in localStorage, through gloo-storage.
//!
//! Values are stored as raw text: the core decides how they are encoded and decoded, so this
//! adapter never interprets them. Reads never fail loudly (a missing or unreadable storage reads
//! as "nothing stored"); writes report why they failed, so the user can be told.

use gloo_storage::{LocalStorage, Storage};

/// The keys this app uses, all under one prefix so they are easy to find and clear.
pub mod keys {
    /// The interface language chosen in Réglages (`"fr"` or `"en"`).
    pub const LANGUAGE: &str = "ecrans.language";
    /// The text size chosen in Réglages (`"100"`, `"125"` or `"150"`).
    pub const TEXT_SIZE: &str = "ecrans.text-size";
}

/// Why a value could not be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreWriteError {
    /// The browser gives no localStorage (disabled, or a private mode that blocks it).
    Unavailable,
    /// The browser refused the write, most often because storage is full.
    Refused(String),
}

impl std::fmt::Display for StoreWriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreWriteError::Unavailable => f.write_str("localStorage is not available"),
            StoreWriteError::Refused(reason) => {
                write!(f, "the browser refused the write: {reason}")
            }
        }
    }
}

impl std::error::Error for StoreWriteError {}

/// The text stored under `key`, or `None` when there is none or storage cannot be read.
pub fn read_text(key: &str) -> Option<String> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.get_item(key).ok()?
}

/// Stores `value` under `key`.
pub fn write_text(key: &str, value: &str) -> Result<(), StoreWriteError> {
    if web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_none()
    {
        return Err(StoreWriteError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(key, value)
        .map_err(|error| StoreWriteError::Refused(format!("{error:?}")))
}

/// Removes the value under `key`, if any.
pub fn remove(key: &str) {
    if web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
    {
        LocalStorage::delete(key);
    }
}
