//! The adapted deck as JSON, shared by the stored form and the export file: plain serde types
//! that refuse unknown fields, and their strict conversion to the model (codes known, ids valid
//! and unique, every slide valid as a typed slide).
//!
//! Version 1:
//! `{"session": "essentiel" | null, "fr": {"slides": [...]}, "en": {"slides": [...]}}`, each
//! slide either `{"bundled": {"id", "hidden", "edit": null | {"title", "text", "notes",
//! "sources", "minutes" (each null when untouched), "original": <source>}}}` or
//! `{"own": {"id", "hidden", "copied_from", "source": <source>}}`, a source being
//! `{"layout", "minutes", "agenda", "pictograms", "title", "text", "notes", "sources"}`.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::error::StoredDeckError;
use super::slide_text::validate_slide;
use super::{
    AdaptedDeck, BundledEntry, Entry, LanguageAdaptation, OwnSlide, SlideEdit, SlideSource,
    MAX_SLIDES, OWN_ID_PREFIX,
};
use crate::deck::{is_valid_id, Pictogram, SlideLayout};
use crate::language::Language;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireDeck {
    session: Option<String>,
    fr: WireLanguage,
    en: WireLanguage,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireLanguage {
    slides: Vec<WireEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
enum WireEntry {
    Bundled(WireBundled),
    Own(WireOwn),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireBundled {
    id: String,
    hidden: bool,
    edit: Option<WireEdit>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireEdit {
    title: Option<String>,
    text: Option<String>,
    notes: Option<String>,
    sources: Option<String>,
    minutes: Option<u32>,
    original: WireSource,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireOwn {
    id: String,
    hidden: bool,
    copied_from: Option<String>,
    source: WireSource,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireSource {
    layout: String,
    minutes: u32,
    agenda: Option<String>,
    pictograms: Vec<String>,
    title: String,
    text: String,
    notes: String,
    sources: String,
}

impl WireDeck {
    pub(super) fn of(deck: &AdaptedDeck) -> WireDeck {
        WireDeck {
            session: deck.session.clone(),
            fr: WireLanguage::of(&deck.french),
            en: WireLanguage::of(&deck.english),
        }
    }

    /// The model, every rule checked.
    pub(super) fn into_model(self) -> Result<AdaptedDeck, StoredDeckError> {
        if let Some(session) = &self.session {
            if !is_valid_id(session) || session.len() > 64 {
                return Err(StoredDeckError::InvalidId {
                    id: session.clone(),
                });
            }
        }
        Ok(AdaptedDeck {
            session: self.session,
            french: self.fr.into_model(Language::Fr)?,
            english: self.en.into_model(Language::En)?,
        })
    }
}

impl WireLanguage {
    fn of(adaptation: &LanguageAdaptation) -> WireLanguage {
        WireLanguage {
            slides: adaptation
                .entries
                .iter()
                .map(|entry| match entry {
                    Entry::Bundled(bundled) => WireEntry::Bundled(WireBundled {
                        id: bundled.id.clone(),
                        hidden: bundled.hidden,
                        edit: bundled.edit.as_ref().map(|edit| WireEdit {
                            title: edit.title.clone(),
                            text: edit.text.clone(),
                            notes: edit.notes.clone(),
                            sources: edit.sources.clone(),
                            minutes: edit.minutes,
                            original: WireSource::of(&edit.original),
                        }),
                    }),
                    Entry::Own(own) => WireEntry::Own(WireOwn {
                        id: own.id.clone(),
                        hidden: own.hidden,
                        copied_from: own.copied_from.clone(),
                        source: WireSource::of(&own.source),
                    }),
                })
                .collect(),
        }
    }

    fn into_model(self, language: Language) -> Result<LanguageAdaptation, StoredDeckError> {
        if self.slides.len() > MAX_SLIDES {
            return Err(StoredDeckError::TooManySlides);
        }
        let mut seen: HashSet<String> = HashSet::new();
        let mut entries = Vec::with_capacity(self.slides.len());
        for wire in self.slides {
            let entry = match wire {
                WireEntry::Bundled(bundled) => {
                    check_id(&bundled.id, false)?;
                    let edit = match bundled.edit {
                        Some(edit) => Some(SlideEdit {
                            title: edit.title,
                            text: edit.text,
                            notes: edit.notes,
                            sources: edit.sources,
                            minutes: edit.minutes,
                            original: edit.original.into_model()?,
                        }),
                        None => None,
                    };
                    if let Some(edit) = &edit {
                        check_slide(language, &bundled.id, &edit.applied_to(&edit.original))?;
                    }
                    Entry::Bundled(BundledEntry {
                        id: bundled.id,
                        hidden: bundled.hidden,
                        edit,
                    })
                }
                WireEntry::Own(own) => {
                    check_id(&own.id, true)?;
                    if let Some(copied_from) = &own.copied_from {
                        check_id(copied_from, false)?;
                    }
                    let source = own.source.into_model()?;
                    check_slide(language, &own.id, &source)?;
                    Entry::Own(OwnSlide {
                        id: own.id,
                        hidden: own.hidden,
                        copied_from: own.copied_from,
                        source,
                    })
                }
            };
            if !seen.insert(entry.id().to_owned()) {
                return Err(StoredDeckError::DuplicateSlide {
                    id: entry.id().to_owned(),
                });
            }
            entries.push(entry);
        }
        Ok(LanguageAdaptation { entries })
    }
}

impl WireSource {
    fn of(source: &SlideSource) -> WireSource {
        WireSource {
            layout: source.layout.code().to_owned(),
            minutes: source.minutes,
            agenda: source.agenda.clone(),
            pictograms: source
                .pictograms
                .iter()
                .map(|p| p.code().to_owned())
                .collect(),
            title: source.title.clone(),
            text: source.text.clone(),
            notes: source.notes.clone(),
            sources: source.sources.clone(),
        }
    }

    fn into_model(self) -> Result<SlideSource, StoredDeckError> {
        let layout =
            SlideLayout::from_code(&self.layout).ok_or(StoredDeckError::UnknownLayout {
                found: self.layout.clone(),
            })?;
        let pictograms = self
            .pictograms
            .iter()
            .map(|code| {
                Pictogram::from_code(code).ok_or_else(|| StoredDeckError::UnknownPictogram {
                    found: code.clone(),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(SlideSource {
            layout,
            minutes: self.minutes,
            agenda: self.agenda,
            pictograms,
            title: self.title,
            text: self.text,
            notes: self.notes,
            sources: self.sources,
        })
    }
}

/// A bundled id is a slide id; an own slide's id is `perso-` and a slide id.
fn check_id(id: &str, own: bool) -> Result<(), StoredDeckError> {
    let valid = id.len() <= 64 && is_valid_id(id) && id.starts_with(OWN_ID_PREFIX) == own;
    if valid {
        Ok(())
    } else {
        Err(StoredDeckError::InvalidId { id: id.to_owned() })
    }
}

fn check_slide(language: Language, id: &str, source: &SlideSource) -> Result<(), StoredDeckError> {
    validate_slide(id, source, language)
        .map(|_| ())
        .map_err(|error| StoredDeckError::InvalidSlide {
            language,
            id: id.to_owned(),
            error,
        })
}
