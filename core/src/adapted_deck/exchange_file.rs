//! « Exporter mon diaporama » and « Importer »: the adapted deck as one file to share with
//! colleagues, and the preview of what importing it would change on this device.
//!
//! The file is JSON, `{"format": "ecrans-en-famille.diaporama", "version": 1, "deck": {...}}`
//! (the body is the stored form's, session included). Reading it meets the backups' standard
//! (`crate::backup`'s restore): the size is checked before reading (the app passes the file's
//! size first), then one byte-order mark is skipped, blank files, bytes that are not UTF-8, deep
//! nesting and repeated keys are refused, then the envelope and every slide are checked strictly
//! (unknown fields refused, raw HTML refused with its own error, a newer version refused). A file
//! whose deck holds no slide is refused too. The decoder never panics, whatever the bytes.

use chrono::NaiveDate;

use super::error::{FileError, StoredDeckError};
use super::stored::decode_envelope;
use super::wire::WireDeck;
use super::{present, AdaptedDeck, BaseDeck, SlideOrigin, STORED_DECK_VERSION};
use crate::backup::{first_repeated_key, nests_deeper_than, RestoreError};
use crate::saved_diary::APP_NAME;

/// The `format` value that marks a deck file.
pub const DECK_FILE_FORMAT: &str = "ecrans-en-famille.diaporama";

/// The media type of a deck file, for the download or the share sheet.
pub const DECK_FILE_MEDIA_TYPE: &str = "application/json";

/// The deck file's name: `ecrans-en-famille-AAAA-MM-JJ.diaporama.json`, the « ….diaporama.json »
/// that the message of a file which is not text asks for, and told apart from a backup
/// (`ecrans-en-famille-AAAA-MM-JJ.json`) at a glance.
pub fn deck_file_name(today: NaiveDate) -> String {
    format!("{APP_NAME}-{}.diaporama.json", today.format("%Y-%m-%d"))
}

/// The largest deck file read (2 MiB): two languages of two hundred long slides fit.
pub const MAX_DECK_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// The deepest nesting accepted (the format nests six levels).
const MAX_NESTING: usize = 16;

/// Refuses a file larger than [`MAX_DECK_FILE_BYTES`], before it is read.
pub fn check_deck_file_size(bytes: u64) -> Result<(), FileError> {
    if bytes > MAX_DECK_FILE_BYTES {
        Err(FileError::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// Writes the deck file (UTF-8, no byte-order mark).
pub fn encode_deck_file(deck: &AdaptedDeck) -> String {
    let file = serde_json::json!({
        "format": DECK_FILE_FORMAT,
        "version": STORED_DECK_VERSION,
        "deck": WireDeck::of(deck),
    });
    serde_json::to_string_pretty(&file).unwrap_or_else(|_| file.to_string())
}

/// Reads a deck file's bytes completely, or says why not (see the module's list of checks).
pub fn decode_deck_file(bytes: &[u8]) -> Result<AdaptedDeck, FileError> {
    check_deck_file_size(u64::try_from(bytes.len()).unwrap_or(u64::MAX))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FileError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileError::NotText)?;
    if nests_deeper_than(text.as_bytes(), MAX_NESTING) {
        return Err(FileError::TooDeeplyNested);
    }
    match first_repeated_key(text) {
        Ok(Some(key)) => return Err(FileError::DuplicateKey { key }),
        Ok(None) => {}
        Err(RestoreError::Truncated) => return Err(FileError::Truncated),
        Err(_) => return Err(FileError::Content(StoredDeckError::NotJson)),
    }
    let deck = decode_envelope(text, "format", DECK_FILE_FORMAT)?;
    if deck.french.entries.is_empty() && deck.english.entries.is_empty() {
        return Err(FileError::EmptyDeck);
    }
    Ok(deck)
}

/// What importing a file would do, per language, against the deck on this device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    /// The file's session code (`None`: the whole deck).
    pub session: Option<String>,
    /// Whether the file's session differs from the device's.
    pub session_changes: bool,
    /// The French deck.
    pub french: LanguagePreview,
    /// The English deck.
    pub english: LanguagePreview,
}

/// The preview in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguagePreview {
    /// The slides the file shows, in order: id, title (typeset) and origin.
    pub slides: Vec<(String, String, SlideOrigin)>,
    /// What changes against the device, in the file's order, then the removed slides.
    pub changes: Vec<SlideChange>,
    /// Whether slides both decks show come in another order.
    pub order_changes: bool,
}

/// One difference between the device's deck and the file's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlideChange {
    /// Shown by the file, not by the device.
    Added { id: String, title: String },
    /// Shown by both, with a different text or settings.
    Changed { id: String, title: String },
    /// Shown by the device, not by the file.
    Removed { id: String, title: String },
}

/// The preview of importing `file` over `device`, against the base decks of both languages.
pub fn preview_import(
    french_base: &BaseDeck,
    english_base: &BaseDeck,
    device: &AdaptedDeck,
    file: &AdaptedDeck,
) -> ImportPreview {
    ImportPreview {
        session: file.session.clone(),
        session_changes: file.session != device.session,
        french: preview_language(french_base, device, file),
        english: preview_language(english_base, device, file),
    }
}

fn preview_language(base: &BaseDeck, device: &AdaptedDeck, file: &AdaptedDeck) -> LanguagePreview {
    let before = present(base, device);
    let after = present(base, file);
    let mut changes = Vec::new();
    for slide in &after.deck.slides {
        let change = match before.deck.slides.iter().find(|old| old.id == slide.id) {
            None => Some(SlideChange::Added {
                id: slide.id.clone(),
                title: slide.title.clone(),
            }),
            Some(old) if old != slide => Some(SlideChange::Changed {
                id: slide.id.clone(),
                title: slide.title.clone(),
            }),
            Some(_) => None,
        };
        changes.extend(change);
    }
    for old in &before.deck.slides {
        if after.deck.position_of(&old.id).is_none() {
            changes.push(SlideChange::Removed {
                id: old.id.clone(),
                title: old.title.clone(),
            });
        }
    }
    let common = |deck: &crate::deck::Deck, other: &crate::deck::Deck| -> Vec<String> {
        deck.slides
            .iter()
            .filter(|slide| other.position_of(&slide.id).is_some())
            .map(|slide| slide.id.clone())
            .collect()
    };
    LanguagePreview {
        order_changes: common(&before.deck, &after.deck) != common(&after.deck, &before.deck),
        slides: after
            .deck
            .slides
            .iter()
            .zip(&after.origins)
            .map(|(slide, origin)| (slide.id.clone(), slide.title.clone(), *origin))
            .collect(),
        changes,
    }
}
