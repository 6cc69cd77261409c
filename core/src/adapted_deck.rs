//! The advisor's adapted deck: their changes to the bundled workshop deck, kept as data over it
//! (issue 15). This is the model only; the Atelier's editor (« Adapter le diaporama ») is not
//! built yet.
//!
//! An [`AdaptedDeck`] holds the session it adapts (or none: the whole deck) and, per language, a
//! [`LanguageAdaptation`]: an ordered list of [`Entry`]s, each a bundled slide (by its stable id,
//! `sommeil` for `09-sommeil.md`, hidden or not, with the fields the advisor edited) or one of
//! the advisor's own slides (added from a layout, or a duplicate). [`present`] turns a
//! [`BaseDeck`] (the slides bundled with this version of the app) and an adaptation into the
//! [`PresentedDeck`]: a plain [`Deck`] the stage shows unchanged, with each slide's
//! [`SlideOrigin`] beside it. The rules:
//!
//! - no entry: the base deck, exactly (the session's slides, or every slide);
//! - a bundled slide the advisor did not edit shows the bundled text of this version, so a new
//!   version's corrections reach the room; an edited one keeps the advisor's fields, and takes
//!   the bundled text for the fields they did not touch;
//! - a bundled slide the entries do not mention (a slide new in this version) comes right after
//!   the slide that precedes it in the base deck;
//! - a bundled slide that no longer exists: dropped if the advisor only moved or hid it, kept as
//!   the advisor's own slide if they edited it (from the text they saw, kept in the edit);
//! - an entry for a bundled slide outside the chosen session is kept but not shown.
//!
//! The operations (`editing.rs`) return a new adaptation; the slide text the advisor types is
//! checked by `slide_text.rs` with the bundled deck's own parser and rules; `stored.rs` is the
//! versioned stored form, `exchange_file.rs` the export file and the import preview, `error.rs`
//! the errors with their sentences in French and English. Nothing here touches the browser.

mod editing;
mod error;
mod exchange_file;
mod slide_text;
mod stored;
mod wire;

pub use editing::{NewSlideLayout, SlideFields, OWN_ID_PREFIX};
pub use error::{EditError, FileError, SlideField, SlideProblem, SlideTextError, StoredDeckError};
pub use exchange_file::{
    check_deck_file_size, deck_file_name, decode_deck_file, encode_deck_file, preview_import,
    ImportPreview, LanguagePreview, SlideChange, DECK_FILE_FORMAT, DECK_FILE_MEDIA_TYPE,
    MAX_DECK_FILE_BYTES,
};
pub use slide_text::{preview_slide, validate_slide, FIELD_LIMITS};
pub use stored::{
    decode_stored_deck, encode_stored_deck, plan_deck_load, plan_deck_save, DeckLoad, DeckSavePlan,
    DECK_STORAGE_KEY, STORED_DECK_VERSION,
};

use crate::deck::{
    bundled_deck_as_written, bundled_files, bundled_sessions, typeset_deck, Deck, DeckError,
    Pictogram, Session, Slide, SlideLayout,
};
use crate::language::Language;

/// The most slides a language of an adapted deck may hold (the bundled deck has about thirty).
pub const MAX_SLIDES: usize = 200;

/// The advisor's whole adaptation: the session it starts from and the changes in each language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AdaptedDeck {
    /// The code of the session adapted (`essentiel`), or `None` for the whole deck. A code this
    /// version does not know shows the whole deck.
    pub session: Option<String>,
    /// The changes to the French deck.
    pub french: LanguageAdaptation,
    /// The changes to the English deck.
    pub english: LanguageAdaptation,
}

impl AdaptedDeck {
    /// The changes in `language`.
    pub fn language(&self, language: Language) -> &LanguageAdaptation {
        match language {
            Language::Fr => &self.french,
            Language::En => &self.english,
        }
    }

    /// The same adaptation with the changes in `language` replaced.
    pub fn with_language(&self, language: Language, changes: LanguageAdaptation) -> AdaptedDeck {
        let mut adapted = self.clone();
        match language {
            Language::Fr => adapted.french = changes,
            Language::En => adapted.english = changes,
        }
        adapted
    }

    /// Whether the advisor changed nothing at all (then the bundled deck is shown).
    pub fn is_unchanged(&self) -> bool {
        self.session.is_none() && self.french.entries.is_empty() && self.english.entries.is_empty()
    }
}

/// The advisor's changes in one language: the slides in the order shown, as far as the advisor
/// arranged them (see the module's rules for the slides they do not mention).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LanguageAdaptation {
    /// The entries, in the order shown; each bundled id and each own id at most once.
    pub entries: Vec<Entry>,
}

/// One slide of an adaptation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A slide bundled with the app.
    Bundled(BundledEntry),
    /// A slide the advisor wrote (from a layout, or a duplicate).
    Own(OwnSlide),
}

impl Entry {
    /// The slide's id: the bundled id, or the own slide's `perso-…` id.
    pub fn id(&self) -> &str {
        match self {
            Entry::Bundled(entry) => &entry.id,
            Entry::Own(own) => &own.id,
        }
    }

    /// Whether the advisor hid the slide.
    pub fn hidden(&self) -> bool {
        match self {
            Entry::Bundled(entry) => entry.hidden,
            Entry::Own(own) => own.hidden,
        }
    }
}

/// A bundled slide as the advisor left it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundledEntry {
    /// The bundled slide's stable id (`sommeil`).
    pub id: String,
    /// Whether it is left out when presenting.
    pub hidden: bool,
    /// The fields the advisor edited, if any.
    pub edit: Option<SlideEdit>,
}

/// The fields of a bundled slide the advisor edited; `None` follows the bundled text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlideEdit {
    /// The title, one line.
    pub title: Option<String>,
    /// The body shown on the stage, in Markdown.
    pub text: Option<String>,
    /// The speaker notes, in Markdown.
    pub notes: Option<String>,
    /// The sources, one per line, in Markdown.
    pub sources: Option<String>,
    /// The planned minutes.
    pub minutes: Option<u32>,
    /// The bundled slide as the advisor saw it when they first edited it: what the slide
    /// becomes (with the edits) if a later version of the app no longer has it.
    pub original: SlideSource,
}

impl SlideEdit {
    /// The slide this edit makes over `bundled` (the current bundled text of the slide).
    pub fn applied_to(&self, bundled: &SlideSource) -> SlideSource {
        SlideSource {
            title: self.title.clone().unwrap_or_else(|| bundled.title.clone()),
            text: self.text.clone().unwrap_or_else(|| bundled.text.clone()),
            notes: self.notes.clone().unwrap_or_else(|| bundled.notes.clone()),
            sources: self
                .sources
                .clone()
                .unwrap_or_else(|| bundled.sources.clone()),
            minutes: self.minutes.unwrap_or(bundled.minutes),
            ..bundled.clone()
        }
    }
}

/// A slide as editable text: the settings and the four fields of the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlideSource {
    /// How the stage lays it out.
    pub layout: SlideLayout,
    /// The planned minutes.
    pub minutes: u32,
    /// The agenda part it starts, if any.
    pub agenda: Option<String>,
    /// The pictograms of a `pictograms` slide.
    pub pictograms: Vec<Pictogram>,
    /// The title, one line.
    pub title: String,
    /// The body, in the Markdown subset of `content/`.
    pub text: String,
    /// The speaker notes, in Markdown.
    pub notes: String,
    /// The sources, in Markdown (one per line or list item); may be empty.
    pub sources: String,
}

/// A slide the advisor wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnSlide {
    /// `perso-1`, `perso-2`…: never a bundled id.
    pub id: String,
    /// Whether it is left out when presenting.
    pub hidden: bool,
    /// The bundled slide it was copied from, if it is a duplicate (or an edited bundled slide
    /// kept after a new version removed it).
    pub copied_from: Option<String>,
    /// Its text and settings.
    pub source: SlideSource,
}

/// The slides bundled with this version of the app, in one language, as the adaptation sees
/// them: each parsed slide with its editable text, and the sessions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseDeck {
    /// The language of the slides.
    pub language: Language,
    /// The slides in bundled order.
    pub slides: Vec<BaseSlide>,
    /// The sessions, from `content/sessions.txt`.
    pub sessions: Vec<Session>,
}

/// One bundled slide: as parsed (before typesetting) and as editable text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseSlide {
    /// The slide as its authors wrote it.
    pub slide: Slide,
    /// Its settings and sections as text, as the editor shows them.
    pub source: SlideSource,
}

impl BaseDeck {
    /// The deck bundled with this version of the app in `language`. Parsed on each call: call
    /// it once and keep it. It panics only if the bundled content is invalid, which
    /// `tests/deck_content.rs` rules out before any release.
    pub fn bundled(language: Language) -> BaseDeck {
        let deck = bundled_deck_as_written(language);
        let sessions = bundled_sessions(&deck);
        BaseDeck::from_files(language, bundled_files(language), sessions).unwrap_or_else(|error| {
            panic!("the bundled {} deck is invalid: {error}", language.code())
        })
    }

    /// A base deck from slide files (`(file name, text)`, as in `content/`) and sessions: the
    /// bundled one, or another version's in the tests.
    pub fn from_files(
        language: Language,
        files: &[(&str, &str)],
        sessions: Vec<Session>,
    ) -> Result<BaseDeck, DeckError> {
        let deck = crate::deck::parse_deck(files)?;
        let mut sorted: Vec<&(&str, &str)> = files.iter().collect();
        sorted.sort_by_key(|(file_name, _)| *file_name);
        let slides = deck
            .slides
            .into_iter()
            .zip(sorted)
            .map(|(slide, (_, text))| BaseSlide {
                source: slide_text::source_of_file(&slide, text),
                slide,
            })
            .collect();
        Ok(BaseDeck {
            language,
            slides,
            sessions,
        })
    }

    /// The bundled slide with this id.
    pub fn slide(&self, id: &str) -> Option<&BaseSlide> {
        self.slides.iter().find(|base| base.slide.id == id)
    }

    /// The ids shown when nothing is adapted: the session's, in its order, or every slide's.
    pub fn base_order(&self, session: Option<&str>) -> Vec<&str> {
        let session = session.and_then(|code| self.sessions.iter().find(|s| s.code == code));
        match session {
            Some(session) => session
                .slide_ids
                .iter()
                .map(String::as_str)
                .filter(|id| self.slide(id).is_some())
                .collect(),
            None => self
                .slides
                .iter()
                .map(|base| base.slide.id.as_str())
                .collect(),
        }
    }
}

/// Where a presented slide comes from; the speaker view marks the advisor's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlideOrigin {
    /// The bundled slide, as this version of the app has it.
    Bundled,
    /// A bundled slide with fields the advisor edited.
    Edited,
    /// A slide the advisor wrote, a duplicate, or an edited slide a new version removed.
    Own,
}

/// The deck the room sees: a plain [`Deck`] (typeset for its language) and each slide's origin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PresentedDeck {
    /// The slides shown, in order.
    pub deck: Deck,
    /// The origin of each slide of `deck`, at the same index.
    pub origins: Vec<SlideOrigin>,
}

/// One line of the editor's list: every slide of the adaptation, hidden ones included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditorRow {
    /// The entry as it stands (an untouched bundled slide as a bundled entry without edit; an
    /// edited slide the base no longer has as an own slide).
    pub entry: Entry,
    /// The slide as it would be shown (typeset), hidden or not.
    pub slide: Slide,
    /// Its text as the editor's fields show it (a bundled slide's current text with the
    /// advisor's edit over it).
    pub source: SlideSource,
    /// Where it comes from.
    pub origin: SlideOrigin,
}

/// The deck presented in `base.language`: the base deck with the advisor's changes (see the
/// module's rules). It never fails: an entry that cannot be shown any more is left out.
pub fn present(base: &BaseDeck, adapted: &AdaptedDeck) -> PresentedDeck {
    let rows = editor_rows(base, adapted);
    let shown: Vec<EditorRow> = rows.into_iter().filter(|row| !row.entry.hidden()).collect();
    PresentedDeck {
        origins: shown.iter().map(|row| row.origin).collect(),
        deck: Deck {
            slides: shown.into_iter().map(|row| row.slide).collect(),
        },
    }
}

/// Every slide of the adaptation in `base.language`, in order, hidden ones included: what the
/// editor lists.
pub fn editor_rows(base: &BaseDeck, adapted: &AdaptedDeck) -> Vec<EditorRow> {
    let language = base.language;
    arranged_entries(base, adapted)
        .0
        .into_iter()
        .filter_map(|entry| {
            let (slide, origin) = slide_of_entry(base, &entry)?;
            let source = source_of_entry(base, &entry)?;
            let typeset = typeset_deck(
                Deck {
                    slides: vec![slide],
                },
                language,
            )
            .slides
            .pop()?;
            Some(EditorRow {
                entry,
                slide: typeset,
                source,
                origin,
            })
        })
        .collect()
}

/// The entries in the order shown, hidden ones included, with every base slide the entries do
/// not mention put after its predecessor, edited slides the base no longer has turned into own
/// slides, and other entries of slides the base no longer has left out; then, apart, the
/// entries of bundled slides outside the session (kept, not shown).
pub(crate) fn arranged_entries(base: &BaseDeck, adapted: &AdaptedDeck) -> (Vec<Entry>, Vec<Entry>) {
    let order = base.base_order(adapted.session.as_deref());
    let mut arranged: Vec<Entry> = Vec::new();
    let mut outside_session: Vec<Entry> = Vec::new();
    let entries = &adapted.language(base.language).entries;
    for entry in entries {
        match entry {
            Entry::Bundled(bundled) if base.slide(&bundled.id).is_some() => {
                if order.contains(&bundled.id.as_str()) {
                    arranged.push(entry.clone());
                } else {
                    outside_session.push(entry.clone());
                }
            }
            Entry::Bundled(bundled) => {
                let kept_id = editing::kept_id(&bundled.id);
                let taken = entries.iter().any(|other| other.id() == kept_id);
                if let (Some(edit), false) = (&bundled.edit, taken) {
                    arranged.push(Entry::Own(OwnSlide {
                        id: kept_id,
                        hidden: bundled.hidden,
                        copied_from: Some(bundled.id.clone()),
                        source: edit.applied_to(&edit.original),
                    }));
                }
            }
            Entry::Own(_) => arranged.push(entry.clone()),
        }
    }
    let mut previous: Option<usize> = None;
    for id in order {
        let found = arranged.iter().position(|entry| match entry {
            Entry::Bundled(bundled) => bundled.id == id,
            Entry::Own(_) => false,
        });
        previous = Some(match found {
            Some(index) => index,
            None => {
                let index = previous.map_or(0, |before| before + 1);
                arranged.insert(
                    index,
                    Entry::Bundled(BundledEntry {
                        id: id.to_owned(),
                        hidden: false,
                        edit: None,
                    }),
                );
                index
            }
        });
    }
    (arranged, outside_session)
}

/// The text of an arranged entry, as the editor's fields show it.
fn source_of_entry(base: &BaseDeck, entry: &Entry) -> Option<SlideSource> {
    match entry {
        Entry::Bundled(bundled) => editing::current_source(base, bundled),
        Entry::Own(own) => Some(own.source.clone()),
    }
}

/// The slide (before typesetting) an arranged entry shows, with its origin.
fn slide_of_entry(base: &BaseDeck, entry: &Entry) -> Option<(Slide, SlideOrigin)> {
    match entry {
        Entry::Bundled(bundled) => {
            let base_slide = base.slide(&bundled.id)?;
            let Some(edit) = &bundled.edit else {
                return Some((base_slide.slide.clone(), SlideOrigin::Bundled));
            };
            // The edit over this version's text; if that no longer makes a valid slide (the new
            // version changed what the edit relied on), the slide as the advisor left it.
            let over_new = edit.applied_to(&base_slide.source);
            let slide = slide_text::validate_slide(&bundled.id, &over_new, base.language)
                .or_else(|_| {
                    slide_text::validate_slide(
                        &bundled.id,
                        &edit.applied_to(&edit.original),
                        base.language,
                    )
                })
                .unwrap_or_else(|_| base_slide.slide.clone());
            Some((slide, SlideOrigin::Edited))
        }
        Entry::Own(own) => slide_text::validate_slide(&own.id, &own.source, base.language)
            .ok()
            .map(|slide| (slide, SlideOrigin::Own)),
    }
}

#[cfg(test)]
mod tests;
