//! The text the advisor is typing for the chosen slide, before it is saved: one signal per
//! field, filled from the slide's saved text whenever another slide is chosen or the saved text
//! changes (a save, an undo, another tab), and the live preview the core makes of it.

use ecrans_core::adapted_deck::{preview_slide, SlideFields, SlideSource, SlideTextError};
use ecrans_core::deck::Slide;
use ecrans_core::language::Language;
use leptos::prelude::*;

/// Why the typed text cannot be shown or saved.
#[derive(Clone, Debug, PartialEq)]
pub enum DraftProblem {
    /// The minutes are not a whole number.
    MinutesNotANumber,
    /// The core refused the slide.
    Slide(SlideTextError),
}

/// The typed fields of the chosen slide. Cheap to copy: it is made of signals.
#[derive(Clone, Copy)]
pub struct SlideDraft {
    pub title: RwSignal<String>,
    pub text: RwSignal<String>,
    pub notes: RwSignal<String>,
    pub sources: RwSignal<String>,
    pub minutes: RwSignal<String>,
}

impl Default for SlideDraft {
    /// Empty fields, filled by [`SlideDraft::fill_from`].
    fn default() -> SlideDraft {
        SlideDraft {
            title: RwSignal::new(String::new()),
            text: RwSignal::new(String::new()),
            notes: RwSignal::new(String::new()),
            sources: RwSignal::new(String::new()),
            minutes: RwSignal::new(String::new()),
        }
    }
}

impl SlideDraft {
    /// Puts the saved text of a slide in the fields.
    pub fn fill_from(&self, source: &SlideSource) {
        self.title.set(source.title.clone());
        self.text.set(source.text.clone());
        self.notes.set(source.notes.clone());
        self.sources.set(source.sources.clone());
        self.minutes.set(source.minutes.to_string());
    }

    /// The fields as typed (tracked), or why the minutes cannot be read.
    pub fn fields(&self) -> Result<SlideFields, DraftProblem> {
        let minutes = self
            .minutes
            .get()
            .trim()
            .parse::<u32>()
            .map_err(|_| DraftProblem::MinutesNotANumber)?;
        Ok(SlideFields {
            title: self.title.get(),
            text: self.text.get(),
            notes: self.notes.get(),
            sources: self.sources.get(),
            minutes,
        })
    }

    /// Whether the fields differ from `saved` (tracked).
    pub fn differs_from(&self, saved: &SlideSource) -> bool {
        self.fields()
            .map_or(true, |fields| fields != SlideFields::of(saved))
    }

    /// The slide the stage would show for the typed fields over `saved`'s settings (layout,
    /// pictograms, agenda), typeset, or why it cannot be shown (tracked).
    pub fn preview(
        &self,
        id: &str,
        saved: &SlideSource,
        language: Language,
    ) -> Result<Slide, DraftProblem> {
        let fields = self.fields()?;
        let typed = SlideSource {
            title: fields.title,
            text: fields.text,
            notes: fields.notes,
            sources: fields.sources,
            minutes: fields.minutes,
            ..saved.clone()
        };
        preview_slide(id, &typed, language).map_err(DraftProblem::Slide)
    }
}
