//! The editor's changes, as pure functions: each takes the adaptation and the base deck of the
//! language being edited and returns a new adaptation (or says why not, leaving it as it was).
//! Undo is the app keeping the previous value.
//!
//! A change first writes out the whole arrangement (`arranged_entries`: every slide shown or
//! hidden, in order), so that later versions' new slides still find their place after their
//! predecessor. A bundled slide's edit keeps only the fields that differ from the bundled text.

use super::error::EditError;
use super::slide_text::validate_slide;
use super::{
    arranged_entries, AdaptedDeck, BaseDeck, BundledEntry, Entry, LanguageAdaptation, OwnSlide,
    SlideEdit, SlideSource, MAX_SLIDES,
};
use crate::deck::{Pictogram, SlideLayout};
use crate::language::Language;

/// The start of every id of the advisor's own slides (`perso-1`); no bundled id starts so.
pub const OWN_ID_PREFIX: &str = "perso-";

/// The layouts a new slide can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NewSlideLayout {
    /// Title, text and sources.
    Standard,
    /// One figure, very large.
    BigFigure,
    /// A question whose answers appear one by one.
    Quiz,
    /// Each list item with a pictogram.
    Pictograms,
}

impl NewSlideLayout {
    /// Every layout offered, in the editor's order.
    pub const ALL: [NewSlideLayout; 4] = [
        NewSlideLayout::Standard,
        NewSlideLayout::BigFigure,
        NewSlideLayout::Quiz,
        NewSlideLayout::Pictograms,
    ];

    /// The starting slide of this layout in `language`: valid as it is, with no figure (so it
    /// needs no source until the advisor writes one).
    pub fn template(self, language: Language) -> SlideSource {
        let french = language == Language::Fr;
        let pick = |fr: &str, en: &str| if french { fr } else { en }.to_owned();
        let notes = pick(
            "Ce que vous direz pendant cette diapositive.",
            "What you will say during this slide.",
        );
        let (layout, title, text, pictograms) = match self {
            NewSlideLayout::Standard => (
                SlideLayout::Standard,
                pick("Nouvelle diapositive", "New slide"),
                pick("- Une idée\n- Une autre idée", "- One idea\n- Another idea"),
                Vec::new(),
            ),
            NewSlideLayout::BigFigure => (
                SlideLayout::BigFigure,
                pick("Un chiffre à retenir", "A figure to remember"),
                pick(
                    "**Votre chiffre**\n\nCe qu'il veut dire.",
                    "**Your figure**\n\nWhat it means.",
                ),
                Vec::new(),
            ),
            NewSlideLayout::Quiz => (
                SlideLayout::Quiz,
                pick("Vrai ou faux ?", "True or false?"),
                pick(
                    "Une affirmation à discuter.\n\n(+) **Réponse** : l'explication.",
                    "A statement to discuss.\n\n(+) **Answer**: the explanation.",
                ),
                Vec::new(),
            ),
            NewSlideLayout::Pictograms => (
                SlideLayout::Pictograms,
                pick("Les quatre pas", "The four steps"),
                pick(
                    "- Le matin\n- Les repas\n- Le coucher\n- La chambre",
                    "- Mornings\n- Meals\n- Bedtime\n- Bedrooms",
                ),
                vec![
                    Pictogram::Morning,
                    Pictogram::Meal,
                    Pictogram::Bedtime,
                    Pictogram::Bedroom,
                ],
            ),
        };
        SlideSource {
            layout,
            minutes: 3,
            agenda: None,
            pictograms,
            title,
            text,
            notes,
            sources: String::new(),
        }
    }
}

/// The fields the editor sends back when the advisor saves a slide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlideFields {
    pub title: String,
    pub text: String,
    pub notes: String,
    pub sources: String,
    pub minutes: u32,
}

impl SlideFields {
    /// The fields of a slide, as the editor fills them in.
    pub fn of(source: &SlideSource) -> SlideFields {
        SlideFields {
            title: source.title.clone(),
            text: source.text.clone(),
            notes: source.notes.clone(),
            sources: source.sources.clone(),
            minutes: source.minutes,
        }
    }
}

/// The id an edited bundled slide takes when a new version no longer has it.
pub(super) fn kept_id(bundled_id: &str) -> String {
    format!("{OWN_ID_PREFIX}{bundled_id}")
}

impl AdaptedDeck {
    /// Hides a slide from the presentation, or shows it again.
    pub fn with_hidden(&self, base: &BaseDeck, id: &str, hidden: bool) -> Result<Self, EditError> {
        self.rearranged(base, |entries| {
            let entry = find(entries, id)?;
            match &mut entries[entry] {
                Entry::Bundled(bundled) => bundled.hidden = hidden,
                Entry::Own(own) => own.hidden = hidden,
            }
            Ok(())
        })
    }

    /// Moves a slide one place up (nothing changes for the first one).
    pub fn moved_up(&self, base: &BaseDeck, id: &str) -> Result<Self, EditError> {
        self.rearranged(base, |entries| {
            let index = find(entries, id)?;
            if index > 0 {
                entries.swap(index - 1, index);
            }
            Ok(())
        })
    }

    /// Moves a slide one place down (nothing changes for the last one).
    pub fn moved_down(&self, base: &BaseDeck, id: &str) -> Result<Self, EditError> {
        self.rearranged(base, |entries| {
            let index = find(entries, id)?;
            if index + 1 < entries.len() {
                entries.swap(index, index + 1);
            }
            Ok(())
        })
    }

    /// Copies a slide, as the advisor's own, right after it; the copy is shown.
    pub fn with_duplicate(&self, base: &BaseDeck, id: &str) -> Result<Self, EditError> {
        self.rearranged(base, |entries| {
            let index = find(entries, id)?;
            let (source, copied_from) = match &entries[index] {
                Entry::Bundled(bundled) => {
                    let current = current_source(base, bundled)
                        .ok_or_else(|| EditError::UnknownSlide { id: id.to_owned() })?;
                    (current, Some(bundled.id.clone()))
                }
                Entry::Own(own) => (own.source.clone(), own.copied_from.clone()),
            };
            let copy = OwnSlide {
                id: next_own_id(entries),
                hidden: false,
                copied_from,
                source,
            };
            insert(entries, index + 1, Entry::Own(copy))
        })
    }

    /// Saves the fields the advisor typed for a slide, once they pass the typed slide's checks.
    /// For a bundled slide, only the fields that differ from the bundled text are kept.
    pub fn with_fields(
        &self,
        base: &BaseDeck,
        id: &str,
        fields: &SlideFields,
    ) -> Result<Self, EditError> {
        self.rearranged(base, |entries| {
            let index = find(entries, id)?;
            match &mut entries[index] {
                Entry::Bundled(bundled) => {
                    let bundled_source = base
                        .slide(&bundled.id)
                        .map(|slide| slide.source.clone())
                        .ok_or_else(|| EditError::UnknownSlide { id: id.to_owned() })?;
                    let differs = |typed: &str, bundled: &str| {
                        (typed.trim() != bundled.trim()).then(|| typed.to_owned())
                    };
                    let original = bundled
                        .edit
                        .as_ref()
                        .map_or_else(|| bundled_source.clone(), |edit| edit.original.clone());
                    let edit = SlideEdit {
                        title: differs(&fields.title, &bundled_source.title),
                        text: differs(&fields.text, &bundled_source.text),
                        notes: differs(&fields.notes, &bundled_source.notes),
                        sources: differs(&fields.sources, &bundled_source.sources),
                        minutes: (fields.minutes != bundled_source.minutes)
                            .then_some(fields.minutes),
                        original,
                    };
                    validate_slide(
                        &bundled.id,
                        &edit.applied_to(&bundled_source),
                        base.language,
                    )?;
                    validate_slide(&bundled.id, &edit.applied_to(&edit.original), base.language)?;
                    let touched = edit.title.is_some()
                        || edit.text.is_some()
                        || edit.notes.is_some()
                        || edit.sources.is_some()
                        || edit.minutes.is_some();
                    bundled.edit = touched.then_some(edit);
                }
                Entry::Own(own) => {
                    let source = SlideSource {
                        title: fields.title.clone(),
                        text: fields.text.clone(),
                        notes: fields.notes.clone(),
                        sources: fields.sources.clone(),
                        minutes: fields.minutes,
                        ..own.source.clone()
                    };
                    validate_slide(&own.id, &source, base.language)?;
                    own.source = source;
                }
            }
            Ok(())
        })
    }

    /// Adds a new slide of the advisor's from a layout, after the slide `after` (or first).
    /// Gives the new adaptation and the new slide's id.
    pub fn with_new_slide(
        &self,
        base: &BaseDeck,
        after: Option<&str>,
        layout: NewSlideLayout,
    ) -> Result<(Self, String), EditError> {
        let mut new_id = String::new();
        let adapted = self.rearranged(base, |entries| {
            let index = match after {
                Some(id) => find(entries, id)? + 1,
                None => 0,
            };
            new_id = next_own_id(entries);
            let slide = OwnSlide {
                id: new_id.clone(),
                hidden: false,
                copied_from: None,
                source: layout.template(base.language),
            };
            insert(entries, index, Entry::Own(slide))
        })?;
        Ok((adapted, new_id))
    }

    /// Deletes one of the advisor's own slides (a bundled slide can only be hidden).
    pub fn without_own_slide(&self, base: &BaseDeck, id: &str) -> Result<Self, EditError> {
        self.rearranged(base, |entries| {
            let index = find(entries, id)?;
            if matches!(entries[index], Entry::Bundled(_)) {
                return Err(EditError::NotOwnSlide { id: id.to_owned() });
            }
            entries.remove(index);
            Ok(())
        })
    }

    /// « Revenir au diaporama d'origine »: every change in `language` dropped (the session
    /// chosen stays).
    pub fn reset(&self, language: Language) -> AdaptedDeck {
        self.with_language(language, LanguageAdaptation::default())
    }

    /// The same changes, for another session (`None`: the whole deck). Entries of slides outside
    /// the new session are kept but not shown.
    pub fn with_session(&self, session: Option<&str>) -> AdaptedDeck {
        AdaptedDeck {
            session: session.map(str::to_owned),
            ..self.clone()
        }
    }

    /// Writes out the arrangement in `base.language`, lets `change` work on it, and keeps it.
    fn rearranged(
        &self,
        base: &BaseDeck,
        change: impl FnOnce(&mut Vec<Entry>) -> Result<(), EditError>,
    ) -> Result<AdaptedDeck, EditError> {
        let (mut entries, outside_session) = arranged_entries(base, self);
        change(&mut entries)?;
        entries.extend(outside_session);
        Ok(self.with_language(base.language, LanguageAdaptation { entries }))
    }
}

/// The bundled slide's text with the advisor's edit, if any.
pub(super) fn current_source(base: &BaseDeck, bundled: &BundledEntry) -> Option<SlideSource> {
    let source = &base.slide(&bundled.id)?.source;
    Some(match &bundled.edit {
        Some(edit) => edit.applied_to(source),
        None => source.clone(),
    })
}

fn find(entries: &[Entry], id: &str) -> Result<usize, EditError> {
    entries
        .iter()
        .position(|entry| entry.id() == id)
        .ok_or_else(|| EditError::UnknownSlide { id: id.to_owned() })
}

fn insert(entries: &mut Vec<Entry>, index: usize, entry: Entry) -> Result<(), EditError> {
    if entries.len() >= MAX_SLIDES {
        return Err(EditError::TooManySlides);
    }
    entries.insert(index.min(entries.len()), entry);
    Ok(())
}

/// `perso-N`, one more than the highest N used.
fn next_own_id(entries: &[Entry]) -> String {
    let highest = entries
        .iter()
        .filter_map(|entry| entry.id().strip_prefix(OWN_ID_PREFIX)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{OWN_ID_PREFIX}{}", highest.saturating_add(1))
}
