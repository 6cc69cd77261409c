//! The adapted deck as stored on the device: a versioned envelope,
//! `{"app": "ecrans-en-famille", "version": 1, "deck": {...}}` (the body is `wire.rs`'s), under
//! its own key [`DECK_STORAGE_KEY`]; a pure encoder, a strict decoder with one migration hook,
//! and the decisions for loading and saving.
//!
//! As for the diary (`saved_diary/save_plan.rs`): a stored text that cannot be read (cut short,
//! edited by hand, written by a newer version) is never overwritten. Loading reports it and shows
//! the bundled deck; saving keeps it aside first, and writes only once the copy is safe.

use serde_json::Value;

use super::error::StoredDeckError;
use super::wire::WireDeck;
use super::AdaptedDeck;
use crate::saved_diary::APP_NAME;

/// The localStorage key of the adapted deck.
pub const DECK_STORAGE_KEY: &str = "ecrans.deck";

/// The version this app writes, and the newest it reads.
pub const STORED_DECK_VERSION: u32 = 1;

/// Writes the adapted deck in the current version (compact JSON).
pub fn encode_stored_deck(deck: &AdaptedDeck) -> String {
    serde_json::json!({
        "app": APP_NAME,
        "version": STORED_DECK_VERSION,
        "deck": WireDeck::of(deck),
    })
    .to_string()
}

/// Reads a stored adapted deck of any version up to [`STORED_DECK_VERSION`], every rule
/// checked (unknown fields refused).
pub fn decode_stored_deck(text: &str) -> Result<AdaptedDeck, StoredDeckError> {
    decode_envelope(text, "app", APP_NAME)
}

/// Reads an envelope whose `name_key` must be `name` (shared with the export file).
pub(super) fn decode_envelope(
    text: &str,
    name_key: &str,
    name: &str,
) -> Result<AdaptedDeck, StoredDeckError> {
    let value: Value = serde_json::from_str(text).map_err(|_| StoredDeckError::NotJson)?;
    let Value::Object(mut object) = value else {
        return Err(StoredDeckError::NotOurs);
    };
    if object.get(name_key).and_then(Value::as_str) != Some(name) {
        return Err(StoredDeckError::NotOurs);
    }
    let version = object
        .get("version")
        .and_then(Value::as_u64)
        .filter(|version| *version >= 1)
        .ok_or(StoredDeckError::NotOurs)?;
    if version > u64::from(STORED_DECK_VERSION) {
        return Err(StoredDeckError::NewerVersion {
            found: version,
            supported: STORED_DECK_VERSION,
        });
    }
    let header_keys = ["version", "deck", name_key];
    if let Some(unknown) = object
        .keys()
        .find(|key| !header_keys.contains(&key.as_str()))
    {
        return Err(StoredDeckError::Malformed {
            detail: format!("unknown field `{unknown}` in the envelope"),
        });
    }
    let body = object.remove("deck").ok_or(StoredDeckError::NotOurs)?;
    if !body.is_object() {
        return Err(StoredDeckError::NotOurs);
    }
    let current = upgrade_to_current(version, body)?;
    let wire: WireDeck =
        serde_json::from_value(current).map_err(|error| StoredDeckError::Malformed {
            detail: error.to_string(),
        })?;
    wire.into_model()
}

/// The migration hook: turns a body of `version` into the current version's. Version 1 is the
/// first, so there is nothing to change yet; a version 2 adds its step here, tested against a
/// version 1 fixture.
fn upgrade_to_current(version: u64, body: Value) -> Result<Value, StoredDeckError> {
    match version {
        1 => Ok(body),
        found => Err(StoredDeckError::NewerVersion {
            found,
            supported: STORED_DECK_VERSION,
        }),
    }
}

/// What the app finds under [`DECK_STORAGE_KEY`] when it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeckLoad {
    /// Nothing stored: the bundled deck, unchanged.
    Nothing,
    /// The advisor's adapted deck.
    Adapted(AdaptedDeck),
    /// A text that cannot be read: the bundled deck is shown, the advisor is told why, and the
    /// text stays where it is until a save keeps it aside.
    Unreadable {
        /// Why it cannot be read.
        error: StoredDeckError,
    },
}

/// Reads what is stored (`None` when the key is empty).
pub fn plan_deck_load(stored: Option<&str>) -> DeckLoad {
    match stored {
        None => DeckLoad::Nothing,
        Some(text) => match decode_stored_deck(text) {
            Ok(deck) => DeckLoad::Adapted(deck),
            Err(error) => DeckLoad::Unreadable { error },
        },
    }
}

/// What saving the adapted deck must do with the text stored now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeckSavePlan {
    /// Nothing stored, or a readable deck (the latest change wins: another tab's adaptation is
    /// replaced, as two editors of one deck would expect): write the new text.
    Write {
        /// The text to write.
        text: String,
    },
    /// The stored text cannot be read: copy it aside first, and write only once the copy is
    /// kept (otherwise write nothing).
    KeepAsideThenWrite {
        /// The stored text, exactly as found.
        unreadable: String,
        /// The text to write once it is kept.
        text: String,
    },
}

/// The plan for saving `deck` over `stored` (`None` when the key is empty).
pub fn plan_deck_save(stored: Option<&str>, deck: &AdaptedDeck) -> DeckSavePlan {
    let text = encode_stored_deck(deck);
    match stored {
        Some(stored) if decode_stored_deck(stored).is_err() => DeckSavePlan::KeepAsideThenWrite {
            unreadable: stored.to_owned(),
            text,
        },
        _ => DeckSavePlan::Write { text },
    }
}
