//! What a deck file would change on this device, in words, before the advisor chooses: the
//! file's session against this device's, and per language the slides it shows, the slides added,
//! changed and removed, and whether their order changes.
//!
//! The core computes the preview (`ecrans_core::adapted_deck::preview_import`); this module turns
//! it into sentences once, and the view shows them as text: a title from a file is never HTML.

use crate::components::deck::presentation::session_by_code;
use crate::i18n::deck_exchange::DeckExchangeTexts;
use ecrans_core::adapted_deck::{ImportPreview, LanguagePreview, SlideChange, SlideOrigin};
use ecrans_core::language::Language;
use leptos::prelude::*;

/// One slide the file shows, with its mark when it is not the bundled one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlideLine {
    pub title: String,
    pub mark: Option<&'static str>,
}

/// The preview of one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageLines {
    /// The language's code, for the ids of its headings.
    pub code: &'static str,
    pub heading: &'static str,
    pub slide_count: String,
    /// « 3 changements par rapport à cet appareil : », or « Aucun changement… ».
    pub changes_intro: String,
    pub changes: Vec<String>,
    pub order_changes: Option<&'static str>,
    pub see_slides: String,
    pub slides: Vec<SlideLine>,
}

/// The whole preview in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreviewLines {
    pub session: String,
    pub session_change: String,
    /// French, then English.
    pub languages: Vec<LanguageLines>,
}

/// A session's name in `language`: its bundled name, « toutes les diapositives » without one, or
/// the code of a session this version does not know (a code is letters, digits and dashes).
fn session_name(code: Option<&str>, language: Language, texts: &DeckExchangeTexts) -> String {
    match (code, session_by_code(code)) {
        (_, Some(session)) => match language {
            Language::Fr => session.french_name.clone(),
            Language::En => session.english_name.clone(),
        },
        (None, None) => texts.every_slide.to_owned(),
        (Some(code), None) => (texts.unknown_session)(code),
    }
}

fn language_lines(
    preview: &LanguagePreview,
    code: &'static str,
    heading: &'static str,
    texts: &DeckExchangeTexts,
) -> LanguageLines {
    let changes: Vec<String> = preview
        .changes
        .iter()
        .map(|change| match change {
            SlideChange::Added { title, .. } => (texts.change_added)(title),
            SlideChange::Changed { title, .. } => (texts.change_changed)(title),
            SlideChange::Removed { title, .. } => (texts.change_removed)(title),
        })
        .collect();
    let changes_intro = if changes.is_empty() && !preview.order_changes {
        texts.no_change.to_owned()
    } else {
        (texts.changes_intro)(changes.len() + usize::from(preview.order_changes))
    };
    LanguageLines {
        code,
        heading,
        slide_count: (texts.slide_count)(preview.slides.len()),
        changes_intro,
        changes,
        order_changes: preview.order_changes.then_some(texts.order_changes),
        see_slides: (texts.see_slides)(preview.slides.len()),
        slides: preview
            .slides
            .iter()
            .map(|(_, title, origin)| SlideLine {
                title: title.clone(),
                mark: match origin {
                    SlideOrigin::Bundled => None,
                    SlideOrigin::Edited => Some(texts.origin_edited),
                    SlideOrigin::Own => Some(texts.origin_own),
                },
            })
            .collect(),
    }
}

/// The preview of a file against this device's deck (whose session is `device_session`), in
/// words.
pub fn import_preview_lines(
    preview: &ImportPreview,
    device_session: Option<&str>,
    language: Language,
    texts: &DeckExchangeTexts,
) -> ImportPreviewLines {
    ImportPreviewLines {
        session: (texts.session_is)(&session_name(preview.session.as_deref(), language, texts)),
        session_change: if preview.session_changes {
            (texts.session_replaces)(&session_name(device_session, language, texts))
        } else {
            texts.session_same.to_owned()
        },
        languages: vec![
            language_lines(&preview.french, "fr", texts.in_french, texts),
            language_lines(&preview.english, "en", texts.in_english, texts),
        ],
    }
}

/// One language's part of the preview: how many slides, what changes, and the slides in order
/// (folded, under « Voir les 12 diapositives »).
#[component]
fn LanguageSummary(lines: LanguageLines) -> impl IntoView {
    let heading_id = format!("deck-import-{}", lines.code);
    let changes = (!lines.changes.is_empty()).then(|| {
        let items = lines
            .changes
            .into_iter()
            .map(|change| view! { <li>{change}</li> })
            .collect_view();
        view! { <ul class="deck-import-changes">{items}</ul> }
    });
    let slides = lines
        .slides
        .into_iter()
        .map(|slide| {
            view! {
                <li>
                    <span class="deck-import-slide-title">{slide.title}</span>
                    " "
                    {slide.mark.map(|mark| view! { <span class="backup-tag">{mark}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="deck-import-language" aria-labelledby=heading_id.clone()>
            <h4 id=heading_id.clone()>{lines.heading}</h4>
            <p>{lines.slide_count}</p>
            <p class="deck-import-changes-intro">{lines.changes_intro}</p>
            {changes}
            {lines.order_changes.map(|line| view! { <p class="deck-import-order">{line}</p> })}
            <details class="deck-import-slides">
                <summary>{lines.see_slides}</summary>
                <ol>{slides}</ol>
            </details>
        </section>
    }
}

/// The summary of the file: its session, then each language.
#[component]
pub fn ImportPreviewSummary(lines: Memo<Option<ImportPreviewLines>>) -> impl IntoView {
    move || {
        lines.with(|lines| {
            lines.as_ref().map(|lines| {
                let languages = lines
                    .languages
                    .iter()
                    .cloned()
                    .map(|language| view! { <LanguageSummary lines=language/> })
                    .collect_view();
                view! {
                    <p class="deck-import-session">{lines.session.clone()}</p>
                    <p>{lines.session_change.clone()}</p>
                    {languages}
                }
            })
        })
    }
}
