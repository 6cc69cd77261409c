//! Checks the real workshop deck bundled from `content/`: the rules an advisor's edit must keep.
//!
//! These tests read the Markdown files as the app ships them (through `bundled_deck`), so a
//! slide that breaks a rule fails here, with the file named, before any release.

use ecrans_core::deck::{
    bundled_deck, bundled_deck_as_written, bundled_sessions, plain_text, Block, Deck, Inline,
    Placeholder, Slide, SlideLayout,
};
use ecrans_core::language::Language;
use ecrans_core::typography::{NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE};

fn both_decks() -> [(Language, Deck); 2] {
    Language::ALL.map(|language| (language, bundled_deck(language)))
}

#[test]
fn each_deck_has_between_25_and_40_slides() {
    for (language, deck) in both_decks() {
        let count = deck.slides.len();
        assert!((25..=40).contains(&count), "{language:?}: {count} slides");
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
        let count = |layout: SlideLayout| {
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
fn each_session_lasts_what_its_name_promises() {
    for (language, deck) in both_decks() {
        for session in bundled_sessions(&deck) {
            let minutes = deck.for_session(&session).total_minutes();
            let expected = match session.code.as_str() {
                "essentiel" => 50..=65,
                "complet" => 105..=125,
                _ => 75..=120,
            };
            assert!(
                expected.contains(&minutes),
                "{language:?} {}: {minutes} minutes",
                session.code
            );
        }
    }
}

#[test]
fn the_four_sessions_exist_and_their_slides_exist_in_both_languages() {
    let french = bundled_deck(Language::Fr);
    let sessions = bundled_sessions(&french);
    let codes: Vec<&str> = sessions
        .iter()
        .map(|session| session.code.as_str())
        .collect();
    assert_eq!(codes, ["essentiel", "complet", "petits", "grands"]);
    assert_eq!(sessions[0].name(Language::Fr), "Essentiel (1\u{a0}h)");
    for (language, deck) in both_decks() {
        for session in &sessions {
            let shown = deck.for_session(session);
            let ids: Vec<&str> = shown.slides.iter().map(|slide| slide.id.as_str()).collect();
            assert_eq!(ids, session.slide_ids, "{language:?} {}", session.code);
            assert_eq!(
                shown.slides[0].layout,
                SlideLayout::Title,
                "{}",
                session.code
            );
            assert_eq!(
                shown.slides[1].layout,
                SlideLayout::Agenda,
                "{}",
                session.code
            );
            let last = shown.slides.last().expect("a session has slides");
            assert_eq!(last.layout, SlideLayout::FollowUp, "{}", session.code);
            let agenda = shown.agenda();
            assert!(
                (3..=12).contains(&agenda.len()),
                "{language:?} {}: {} parts",
                session.code,
                agenda.len()
            );
            let labels: Vec<&str> = agenda.iter().map(|item| item.label.as_str()).collect();
            for pair in labels.windows(2) {
                assert_ne!(pair[0], pair[1], "{}: a part twice in a row", session.code);
            }
        }
    }
}

#[test]
fn every_slide_belongs_to_a_session() {
    let deck = bundled_deck(Language::Fr);
    let sessions = bundled_sessions(&deck);
    for slide in &deck.slides {
        assert!(
            sessions
                .iter()
                .any(|session| session.slide_ids.contains(&slide.id)),
            "{} is in no session",
            slide.id
        );
    }
}

/// Every piece of text of a slide: title, body, notes, sources.
fn all_text(slide: &Slide) -> String {
    let mut text = slide.visible_text();
    for block in &slide.notes {
        text.push('\n');
        text.push_str(&block.plain_text());
    }
    for source in &slide.sources {
        text.push('\n');
        text.push_str(source);
    }
    if let Some(label) = &slide.agenda {
        text.push('\n');
        text.push_str(label);
    }
    text
}

#[test]
fn no_slide_rests_on_an_unverified_claim() {
    let claims: Vec<String> = include_str!("fixtures/unverified-claims.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_lowercase)
        .collect();
    assert!(
        claims.len() >= 20,
        "the fixture lists {} claims",
        claims.len()
    );
    for language in Language::ALL {
        for slide in &bundled_deck_as_written(language).slides {
            let text = all_text(slide).to_lowercase();
            for claim in &claims {
                assert!(
                    !text.contains(claim.as_str()),
                    "{language:?} {}: rests on an unverified claim: {claim}",
                    slide.id
                );
            }
        }
    }
}

/// The ordinary spaces French typography forbids in `text` (outside addresses), with their
/// context.
fn misplaced_spaces(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut in_address = false;
    for (index, &c) in chars.iter().enumerate() {
        let rest: String = chars[index..chars.len().min(index + 8)].iter().collect();
        if rest.starts_with("http") || rest.starts_with("www.") {
            in_address = true;
        }
        if c.is_whitespace() {
            in_address = false;
        }
        if in_address || c != ' ' {
            continue;
        }
        let next = chars.get(index + 1).copied();
        let previous = index.checked_sub(1).map(|i| chars[i]);
        let bad = matches!(next, Some(';' | ':' | '!' | '?' | '»' | '%')) || previous == Some('«');
        if bad {
            let from = index.saturating_sub(20);
            let to = chars.len().min(index + 20);
            found.push(chars[from..to].iter().collect());
        }
    }
    found
}

#[test]
fn the_french_deck_is_typeset_everywhere() {
    for slide in &bundled_deck(Language::Fr).slides {
        let text = all_text(slide);
        assert_eq!(
            misplaced_spaces(&text),
            Vec::<String>::new(),
            "{}",
            slide.id
        );
        assert!(!text.contains('\''), "{}: a straight apostrophe", slide.id);
    }
    let quiz = bundled_deck(Language::Fr);
    let quiz = &quiz.slides[quiz.position_of("quiz").expect("the quiz")];
    let figures: Vec<String> = quiz
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::List { items, .. } => Some(items.iter().map(|item| plain_text(&item.inlines))),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(
        figures[1].ends_with(&format!("1{NO_BREAK_SPACE}h{NO_BREAK_SPACE}20")),
        "{figures:?}"
    );
    assert!(quiz
        .visible_text()
        .contains(&format!("26{NARROW_NO_BREAK_SPACE}%")));
}

#[test]
fn the_english_deck_keeps_english_rules() {
    for slide in &bundled_deck(Language::En).slides {
        let text = all_text(slide);
        assert!(!text.contains(NARROW_NO_BREAK_SPACE), "{}", slide.id);
        assert!(!text.contains(" %"), "{}: a space before %", slide.id);
        assert!(!text.contains(" ?"), "{}: a space before ?", slide.id);
    }
}

#[test]
fn visual_layouts_have_what_they_draw() {
    for (language, deck) in both_decks() {
        let layouts: Vec<SlideLayout> = deck.slides.iter().map(|slide| slide.layout).collect();
        for layout in [
            SlideLayout::Agenda,
            SlideLayout::BigFigure,
            SlideLayout::Bars,
            SlideLayout::Pictograms,
        ] {
            assert!(
                layouts.contains(&layout),
                "{language:?}: no {layout:?} slide"
            );
        }
        let quiz = &deck.slides[deck.position_of("quiz").expect("the quiz")];
        let bars = ecrans_core::deck::bar_chart(quiz);
        let minutes: Vec<u32> = bars.iter().map(|bar| bar.minutes).collect();
        assert_eq!(minutes, [56, 80, 94], "{language:?}");
        assert!(
            bars.iter().all(|bar| bar.step.is_some()),
            "revealed one by one"
        );
        let steps = &deck.slides[deck.position_of("quatre-pas").expect("the 4 pas")];
        assert_eq!(steps.pictograms.len(), 4, "{language:?}");
        assert!(steps
            .blocks
            .iter()
            .all(|block| !matches!(block, Block::Paragraph { inlines, .. } if inlines.iter().any(|i| matches!(i, Inline::Placeholder(_))))));
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
