//! The deck's text made ready to show: every title, body, note and source goes through
//! [`crate::typography::typeset`] in the deck's language, so an advisor types ordinary spaces
//! and straight apostrophes and the stage still shows « 1 h 20 » on one line and « ? » with its
//! narrow no-break space. Runs of inlines are typeset piece by piece with their neighbours'
//! characters in view, so bold or a link in the middle of a phrase changes nothing.

use super::{Block, Deck, Inline, ListItem, Slide};
use crate::language::Language;
use crate::typography::{typeset, typeset_between};

/// The same deck with its text typeset for `language`.
pub(crate) fn typeset_deck(deck: Deck, language: Language) -> Deck {
    Deck {
        slides: deck
            .slides
            .into_iter()
            .map(|slide| typeset_slide(slide, language))
            .collect(),
    }
}

fn typeset_slide(slide: Slide, language: Language) -> Slide {
    Slide {
        title: typeset(&slide.title, language),
        blocks: typeset_blocks(slide.blocks, language),
        notes: typeset_blocks(slide.notes, language),
        agenda: slide
            .agenda
            .as_deref()
            .map(|label| typeset(label, language)),
        sources: slide
            .sources
            .iter()
            .map(|source| typeset(source, language))
            .collect(),
        ..slide
    }
}

fn typeset_blocks(blocks: Vec<Block>, language: Language) -> Vec<Block> {
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Heading(inlines) => Block::Heading(typeset_inlines(&inlines, language)),
            Block::Paragraph { inlines, step } => Block::Paragraph {
                inlines: typeset_inlines(&inlines, language),
                step,
            },
            Block::Quote { inlines, step } => Block::Quote {
                inlines: typeset_inlines(&inlines, language),
                step,
            },
            Block::List { ordered, items } => Block::List {
                ordered,
                items: items
                    .into_iter()
                    .map(|item| ListItem {
                        inlines: typeset_inlines(&item.inlines, language),
                        step: item.step,
                    })
                    .collect(),
            },
        })
        .collect()
}

/// The text of an inline, if it has text of its own (a placeholder has none yet).
fn text_of(inline: &Inline) -> Option<&str> {
    match inline {
        Inline::Text(text) | Inline::Strong(text) | Inline::Emphasis(text) => Some(text),
        Inline::Link { text, .. } => Some(text),
        Inline::Placeholder(_) => None,
    }
}

/// Typesets each piece of a run, seeing the last character before it and the first after it.
pub(crate) fn typeset_inlines(inlines: &[Inline], language: Language) -> Vec<Inline> {
    (0..inlines.len())
        .map(|index| {
            let before = index
                .checked_sub(1)
                .and_then(|i| text_of(&inlines[i]))
                .and_then(|text| text.chars().last());
            let after = inlines
                .get(index + 1)
                .and_then(text_of)
                .and_then(|text| text.chars().next());
            let set = |text: &str| typeset_between(text, language, before, after);
            match &inlines[index] {
                Inline::Text(text) => Inline::Text(set(text)),
                Inline::Strong(text) => Inline::Strong(set(text)),
                Inline::Emphasis(text) => Inline::Emphasis(set(text)),
                Inline::Link { text, href } => Inline::Link {
                    text: set(text),
                    href: href.clone(),
                },
                Inline::Placeholder(placeholder) => Inline::Placeholder(*placeholder),
            }
        })
        .collect()
}
