//! Reading and writing text values in localStorage, through gloo-storage.
//!
//! Values are stored as raw text: the core decides how they are encoded and decoded, so this
//! adapter never interprets them. Reads never fail loudly (a missing or unreadable storage reads
//! as "nothing stored"); writes and removals report why they failed, so the user can be told.

use gloo_storage::{LocalStorage, Storage};

/// The keys this app uses, all under one prefix so they are easy to find and clear.
pub mod keys {
    /// The interface language chosen in Réglages (`"fr"` or `"en"`).
    pub const LANGUAGE: &str = "ecrans.language";
    /// The text size chosen in Réglages (`"100"`, `"125"` or `"150"`).
    pub const TEXT_SIZE: &str = "ecrans.text-size";
    /// The next workshop meeting typed in Réglages (the core's `meeting` format).
    pub const MEETING: &str = "ecrans.meeting";
    /// The family's diary: the core's versioned envelope.
    pub const DIARY: &str = "ecrans.diary";
    /// Prefix of the keys holding a stored diary that could not be read, kept until the user
    /// decides (`ecrans.diary.unreadable`, then `….unreadable.<time>` if that one is taken).
    pub const DIARY_UNREADABLE_PREFIX: &str = "ecrans.diary.unreadable";
    /// The demo family while it is shown (the core's envelope), apart from the real diary.
    pub const DEMO: &str = "ecrans.demo";
    /// The date of the last backup or file shared from this device (ISO `AAAA-MM-JJ`).
    pub const LAST_BACKUP: &str = "ecrans.last-backup";
    /// The size of the speaker notes, in percent of their base size (`"150"`).
    pub const NOTES_SIZE: &str = "ecrans.notes-size";
    /// The workshop session chosen last on the Atelier's start screen (`"essentiel"`…).
    pub const DECK_SESSION: &str = "ecrans.deck-session";
    /// The advisor's saved « Bilan du groupe » (the core's aggregate only, `group_summary`).
    pub const GROUP_BILAN: &str = "ecrans.group-bilan";
}

/// Why a value could not be written or removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreWriteError {
    /// The browser gives no localStorage (disabled, or a private mode that blocks it).
    Unavailable,
    /// The browser refused the write (most often because storage is full) or the removal.
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

/// Every stored key that starts with `prefix`, sorted.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut found: Vec<String> = (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect();
    found.sort();
    found
}

/// Calls `on_change(new_value)` whenever another tab of the app changes `key`
/// (`None` when it was removed). The listener lives as long as the page.
pub fn watch_other_tabs(key: &'static str, on_change: impl Fn(Option<String>) + 'static) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            if event.key().as_deref() == Some(key) {
                on_change(event.new_value());
            }
        });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Removes the value under `key`, if any. Without localStorage nothing can be stored, so there is
/// nothing to remove and that is not a failure; a removal the browser refuses is reported.
/// (gloo's `LocalStorage::delete` is not used: it throws when `removeItem` does.)
pub fn remove(key: &str) -> Result<(), StoreWriteError> {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return Ok(());
    };
    storage
        .remove_item(key)
        .map_err(|error| StoreWriteError::Refused(format!("{error:?}")))
}
