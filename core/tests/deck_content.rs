//! Checks the real workshop deck bundled from `content/`: the rules an advisor's edit must keep.
//!
//! These tests read the Markdown files as the app ships them (through `bundled_deck`), so a
//! slide that breaks a rule fails here, with the file named, before any release.

use ecrans_core::deck::{bundled_deck, Block, Deck, Placeholder, SlideLayout};
use ecrans_core::language::Language;

fn both_decks() -> [(Language, Deck); 2] {
    Language::ALL.map(|language| (language, bundled_deck(language)))
}

#[test]
fn each_deck_has_between_16_and_22_slides() {
    for (language, deck) in both_decks() {
        let count = deck.slides.len();
        assert!((16..=22).contains(&count), "{language:?}: {count} slides");
    }
}

#[test]
fn every_slide_has_a_title_and_speaker_notes() {
    for (language, deck) in both_decks() {
        for slide in &deck.slides {
            assert!(
                !slide.title.trim().is_empty(),
                "{language:?} {}: title",
                slide.id
            );
            let notes: String = slide.notes.iter().map(Block::plain_text).collect();
            assert!(!notes.trim().is_empty(), "{language:?} {}: notes", slide.id);
        }
    }
}

#[test]
fn every_slide_showing_a_number_cites_a_source() {
    for (language, deck) in both_decks() {
        for slide in &deck.slides {
            if slide.visible_text().chars().any(|c| c.is_ascii_digit()) {
                assert!(
                    !slide.sources.is_empty(),
                    "{language:?} {}: shows a number without a source",
                    slide.id
                );
            }
        }
    }
}

#[test]
fn french_and_english_have_the_same_slides_in_the_same_order() {
    let shape = |deck: &Deck| -> Vec<(String, SlideLayout, usize)> {
        deck.slides
            .iter()
            .map(|slide| (slide.id.clone(), slide.layout, slide.steps))
            .collect()
    };
    let french = bundled_deck(Language::Fr);
    let english = bundled_deck(Language::En);
    assert_eq!(shape(&french), shape(&english));
    for (french_slide, english_slide) in french.slides.iter().zip(&english.slides) {
        assert_eq!(
            french_slide.sources.is_empty(),
            english_slide.sources.is_empty(),
            "{}: sources in one language only",
            french_slide.id
        );
    }
}

#[test]
fn there_is_exactly_one_follow_up_slide_last_and_one_install_slide() {
    for (language, deck) in both_decks() {
        let count = |layout| {
            deck.slides
                .iter()
                .filter(|slide| slide.layout == layout)
                .count()
        };
        assert_eq!(count(SlideLayout::FollowUp), 1, "{language:?}");
        assert_eq!(count(SlideLayout::InstallQr), 1, "{language:?}");
        let last = deck.slides.last().expect("a deck has slides");
        assert_eq!(
            last.layout,
            SlideLayout::FollowUp,
            "{language:?}: the last slide"
        );
        assert!(
            last.uses_placeholder(Placeholder::MeetingDate),
            "{language:?}"
        );
        assert!(
            last.uses_placeholder(Placeholder::MeetingPlace),
            "{language:?}"
        );
    }
}

#[test]
fn the_workshop_lasts_between_one_and_a_half_and_two_hours() {
    for (language, deck) in both_decks() {
        let minutes = deck.total_minutes();
        assert!(
            (90..=120).contains(&minutes),
            "{language:?}: {minutes} minutes"
        );
    }
}

#[test]
fn the_quiz_reveals_its_answers_step_by_step() {
    for (language, deck) in both_decks() {
        let quizzes: Vec<_> = deck
            .slides
            .iter()
            .filter(|slide| slide.layout == SlideLayout::Quiz)
            .collect();
        assert!(!quizzes.is_empty(), "{language:?}: no quiz slide");
        for quiz in quizzes {
            assert!(
                quiz.steps >= 2,
                "{language:?} {}: {} steps",
                quiz.id,
                quiz.steps
            );
        }
    }
}

#[test]
fn slides_fit_a_projected_screen() {
    for (language, deck) in both_decks() {
        for slide in &deck.slides {
            let lines = slide.visible_text().lines().count() - 1;
            assert!(
                lines <= 6,
                "{language:?} {}: {lines} lines of body",
                slide.id
            );
            for block in &slide.blocks {
                for line in block.plain_text().lines() {
                    let length = line.chars().count();
                    assert!(
                        length <= 110,
                        "{language:?} {}: {length} characters: {line}",
                        slide.id
                    );
                }
            }
        }
    }
}
