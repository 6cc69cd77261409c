//! Unit tests of the adapted deck over the real bundled deck: the empty adaptation, each
//! editing operation, the typed slide's checks, the stored form.

use super::editing::SlideFields;
use super::*;
use crate::deck::{bundled_deck, Inline, Unshowable};

fn base(language: Language) -> BaseDeck {
    BaseDeck::bundled(language)
}

fn ids(presented: &PresentedDeck) -> Vec<&str> {
    presented
        .deck
        .slides
        .iter()
        .map(|s| s.id.as_str())
        .collect()
}

#[test]
fn bundled_plus_nothing_is_the_bundled_deck() {
    for language in Language::ALL {
        let presented = present(&base(language), &AdaptedDeck::default());
        assert_eq!(presented.deck, bundled_deck(language));
        assert!(presented.origins.iter().all(|o| *o == SlideOrigin::Bundled));
    }
}

#[test]
fn every_bundled_slide_reads_back_from_its_editable_text() {
    for language in Language::ALL {
        for base_slide in base(language).slides {
            let again = validate_slide(&base_slide.slide.id, &base_slide.source, language)
                .unwrap_or_else(|error| panic!("{}: {error}", base_slide.slide.id));
            assert_eq!(again, base_slide.slide, "{}", base_slide.slide.id);
        }
    }
}

#[test]
fn a_session_alone_shows_the_session() {
    let base = base(Language::Fr);
    let adapted = AdaptedDeck::default().with_session(Some("essentiel"));
    let session = base
        .sessions
        .iter()
        .find(|s| s.code == "essentiel")
        .unwrap();
    let expected = bundled_deck(Language::Fr).for_session(session);
    assert_eq!(present(&base, &adapted).deck, expected);
}

#[test]
fn hide_move_and_show_again() {
    let base = base(Language::Fr);
    let adapted = AdaptedDeck::default()
        .with_hidden(&base, "quiz", true)
        .unwrap()
        .moved_up(&base, "sommeil")
        .unwrap();
    let presented = present(&base, &adapted);
    assert_eq!(presented.deck.slides.len(), base.slides.len() - 1);
    assert!(presented.deck.position_of("quiz").is_none());
    let sommeil = presented.deck.position_of("sommeil").unwrap();
    assert_eq!(presented.deck.slides[sommeil + 1].id, "quatre-pas");
    // The English deck is untouched.
    assert_eq!(
        present(&BaseDeck::bundled(Language::En), &adapted).deck,
        bundled_deck(Language::En)
    );
    let shown_again = adapted.with_hidden(&base, "quiz", false).unwrap();
    assert!(present(&base, &shown_again)
        .deck
        .position_of("quiz")
        .is_some());
    // Moving the first slide up changes nothing.
    let first = &base.slides[0].slide.id;
    let same = AdaptedDeck::default().moved_up(&base, first).unwrap();
    assert_eq!(present(&base, &same).deck, bundled_deck(Language::Fr));
}

#[test]
fn an_edited_slide_keeps_the_advisors_text_and_follows_the_rest() {
    let base = base(Language::Fr);
    let sommeil = base.slide("sommeil").unwrap();
    let mut fields = SlideFields::of(&sommeil.source);
    fields.title = "Le sommeil d'abord".into();
    let adapted = AdaptedDeck::default()
        .with_fields(&base, "sommeil", &fields)
        .unwrap();
    let Entry::Bundled(entry) = adapted
        .french
        .entries
        .iter()
        .find(|entry| entry.id() == "sommeil")
        .unwrap()
    else {
        panic!("sommeil stays a bundled slide");
    };
    let edit = entry.edit.as_ref().unwrap();
    assert_eq!(edit.title.as_deref(), Some("Le sommeil d'abord"));
    assert_eq!(
        (&edit.text, &edit.notes, &edit.sources),
        (&None, &None, &None)
    );
    let presented = present(&base, &adapted);
    let index = presented.deck.position_of("sommeil").unwrap();
    assert_eq!(presented.deck.slides[index].title, "Le sommeil d’abord");
    assert_eq!(presented.origins[index], SlideOrigin::Edited);

    // Typing the bundled text back removes the edit.
    let back = adapted
        .with_fields(&base, "sommeil", &SlideFields::of(&sommeil.source))
        .unwrap();
    assert_eq!(
        present(&base, &back),
        present(&base, &AdaptedDeck::default())
    );
}

#[test]
fn a_refused_edit_changes_nothing() {
    let base = base(Language::Fr);
    let mut fields = SlideFields::of(&base.slide("sommeil").unwrap().source);
    fields.notes = "<script>alert(1)</script>".into();
    let error = AdaptedDeck::default()
        .with_fields(&base, "sommeil", &fields)
        .unwrap_err();
    let EditError::Slide(error) = error else {
        panic!("a slide error");
    };
    assert_eq!(error.problem, SlideProblem::RawHtml);
    assert_eq!(error.field, Some(SlideField::Notes));
    assert_eq!(error.line, Some(1));
}

#[test]
fn duplicate_add_and_delete_own_slides() {
    let base = base(Language::En);
    let adapted = AdaptedDeck::default()
        .with_duplicate(&base, "sommeil")
        .unwrap();
    let presented = present(&base, &adapted);
    let index = presented.deck.position_of("sommeil").unwrap();
    assert_eq!(presented.deck.slides[index + 1].id, "perso-1");
    assert_eq!(presented.origins[index + 1], SlideOrigin::Own);
    assert_eq!(
        presented.deck.slides[index + 1].blocks,
        presented.deck.slides[index].blocks
    );
    for layout in NewSlideLayout::ALL {
        let (with_new, id) = adapted
            .with_new_slide(&base, Some("perso-1"), layout)
            .unwrap();
        assert_eq!(id, "perso-2");
        let shown = present(&base, &with_new);
        assert_eq!(shown.deck.position_of("perso-2"), Some(index + 2));
        assert_eq!(shown.deck.slides.len(), base.slides.len() + 2);
        let without = with_new.without_own_slide(&base, "perso-2").unwrap();
        assert_eq!(present(&base, &without), presented);
    }
    assert_eq!(
        adapted.without_own_slide(&base, "sommeil"),
        Err(EditError::NotOwnSlide {
            id: "sommeil".into()
        })
    );
    assert_eq!(
        adapted.moved_down(&base, "nope"),
        Err(EditError::UnknownSlide { id: "nope".into() })
    );
}

#[test]
fn reset_brings_back_the_original_in_that_language_only() {
    let french = base(Language::Fr);
    let english = base(Language::En);
    let adapted = AdaptedDeck::default()
        .with_hidden(&french, "quiz", true)
        .unwrap()
        .with_hidden(&english, "quiz", true)
        .unwrap();
    let reset = adapted.reset(Language::Fr);
    assert_eq!(present(&french, &reset).deck, bundled_deck(Language::Fr));
    assert!(present(&english, &reset).deck.position_of("quiz").is_none());
}

/// A small base deck: three slides, as a version of the app could bundle them.
fn small_base(files: &[(&str, &str)]) -> BaseDeck {
    BaseDeck::from_files(Language::Fr, files, Vec::new()).unwrap()
}

const A: (&str, &str) = (
    "fr/01-a.md",
    "---\nminutes: 1\n---\n# A\n\nTexte A.\n\n## Notes\n\nN.\n",
);
const B: (&str, &str) = (
    "fr/02-b.md",
    "---\nminutes: 1\n---\n# B\n\nTexte B.\n\n## Notes\n\nN.\n",
);
const B2: (&str, &str) = (
    "fr/02-b.md",
    "---\nminutes: 1\n---\n# B corrigé\n\nTexte B corrigé.\n\n## Notes\n\nN.\n",
);
const C: (&str, &str) = (
    "fr/03-c.md",
    "---\nminutes: 1\n---\n# C\n\nTexte C.\n\n## Notes\n\nN.\n",
);
const NEW: (&str, &str) = (
    "fr/02a-nouvelle.md",
    "---\nminutes: 1\n---\n# Nouvelle\n\nTexte.\n\n## Notes\n\nN.\n",
);

#[test]
fn a_new_version_brings_corrections_and_new_slides_in_place() {
    let version_1 = small_base(&[A, B, C]);
    let adapted = AdaptedDeck::default().moved_down(&version_1, "a").unwrap();
    let version_2 = small_base(&[A, B2, NEW, C]);
    let presented = present(&version_2, &adapted);
    // « nouvelle » follows « b », its predecessor in the new version.
    assert_eq!(ids(&presented), ["b", "nouvelle", "a", "c"]);
    assert_eq!(presented.deck.slides[0].title, "B corrigé");
}

#[test]
fn an_edited_slide_a_new_version_removed_is_kept_as_the_advisors_own() {
    let version_1 = small_base(&[A, B, C]);
    let mut fields = SlideFields::of(&version_1.slide("b").unwrap().source);
    fields.text = "Mon texte.".into();
    let adapted = AdaptedDeck::default()
        .with_fields(&version_1, "b", &fields)
        .unwrap()
        .with_hidden(&version_1, "c", true)
        .unwrap();
    let version_2 = small_base(&[A]);
    let presented = present(&version_2, &adapted);
    assert_eq!(ids(&presented), ["a", "perso-b"]);
    assert_eq!(presented.origins, [SlideOrigin::Bundled, SlideOrigin::Own]);
    assert_eq!(presented.deck.slides[1].title, "B");
    assert_eq!(
        presented.deck.slides[1].blocks[0].plain_text(),
        "Mon texte."
    );
}

#[test]
fn an_edit_follows_the_new_bundled_text_of_the_fields_it_did_not_touch() {
    let version_1 = small_base(&[A, B, C]);
    let mut fields = SlideFields::of(&version_1.slide("b").unwrap().source);
    fields.notes = "Mes notes.".into();
    let adapted = AdaptedDeck::default()
        .with_fields(&version_1, "b", &fields)
        .unwrap();
    let presented = present(&small_base(&[A, B2, C]), &adapted);
    let b = &presented.deck.slides[1];
    assert_eq!(b.title, "B corrigé");
    assert_eq!(b.notes[0].plain_text(), "Mes notes.");
    assert_eq!(presented.origins[1], SlideOrigin::Edited);
}

fn own(text: &str) -> SlideSource {
    let mut source = NewSlideLayout::Standard.template(Language::Fr);
    source.text = text.to_owned();
    source
}

fn problem(source: &SlideSource) -> SlideTextError {
    validate_slide("perso-1", source, Language::Fr).unwrap_err()
}

#[test]
fn markdown_a_slide_cannot_show_says_what_to_change_in_plain_words() {
    let cases = [
        (
            "Texte\n\n    en retrait",
            Unshowable::CodeBlock,
            "quatre espaces",
        ),
        (
            "Texte\n\n---\n\nSuite",
            Unshowable::HorizontalLine,
            "retirez-la",
        ),
        (
            "- un\n  - sous-point",
            Unshowable::NestedList,
            "au tout début",
        ),
        (
            "| a | b |\n|---|---|\n| 1 | 2 |",
            Unshowable::Table,
            "une liste",
        ),
        (
            "**[lien](https://3018.fr)**",
            Unshowable::LinkInEmphasis,
            "gras",
        ),
    ];
    for (text, what, words) in cases {
        let error = problem(&own(text));
        assert_eq!(
            error.problem,
            SlideProblem::UnsupportedMarkdown { what },
            "{text}"
        );
        let french = error.message(Language::Fr);
        assert!(french.starts_with("Texte projeté, ligne "), "{french}");
        assert!(french.contains(words), "{french}");
        let english = error.message(Language::En);
        assert!(!english.contains("Slides cannot show"), "{english}");
    }
    // The formatting explained to the advisor names the construct, with French spacing.
    let rule = problem(&own("Texte\n\n***")).message(Language::Fr);
    assert!(rule.contains("«\u{202f}***\u{202f}»"), "{rule}");
}

#[test]
fn typed_slides_are_checked_like_the_bundled_deck() {
    let two_megabytes = "a".repeat(2 * 1024 * 1024);
    assert!(matches!(
        problem(&own(&two_megabytes)).problem,
        SlideProblem::TooLong { .. }
    ));
    let three_hundred_lines = "- ligne\n".repeat(300);
    assert!(matches!(
        problem(&own(&three_hundred_lines)).problem,
        SlideProblem::TooManyLines { lines: 300, .. }
    ));
    let html = problem(&own("Bonjour\n\n<script>alert(1)</script>"));
    assert_eq!(
        (html.problem, html.field, html.line),
        (SlideProblem::RawHtml, Some(SlideField::Text), Some(3))
    );
    let mut two_lines = own("Texte");
    two_lines.title = "Un\r## Notes".into();
    assert_eq!(
        problem(&two_lines).problem,
        SlideProblem::TitleOnSeveralLines
    );
    let mut title = own("Texte");
    title.title = "Un <b>titre</b>".into();
    assert_eq!(problem(&title).problem, SlideProblem::RawHtml);
    let image = problem(&own("![chat](https://example.com/chat.png)"));
    assert_eq!(
        image.problem,
        SlideProblem::ImageFromElsewhere {
            address: "https://example.com/chat.png".into()
        }
    );
    assert_eq!(
        problem(&own("![chat](chat.png)")).problem,
        SlideProblem::UnsupportedMarkdown {
            what: Unshowable::Image
        }
    );
    assert_eq!(
        problem(&own("**2 h** par jour")).problem,
        SlideProblem::MissingSources
    );
    let mut sourced = own("**2 h** par jour");
    sourced.sources = "- Santé publique France, 2023".into();
    assert!(validate_slide("perso-1", &sourced, Language::Fr).is_ok());
    let heading = problem(&own("Texte\n\n## Sources\n\n- rien"));
    assert_eq!(
        (heading.problem, heading.line),
        (SlideProblem::SectionHeading, Some(3))
    );
    assert_eq!(
        problem(&own("[lien](javascript:alert(1))")).problem,
        SlideProblem::UnsafeLink {
            href: "javascript:alert(1)".into()
        }
    );
    let mut notes = own("Texte");
    notes.notes = String::new();
    assert_eq!(problem(&notes).problem, SlideProblem::EmptyNotes);
}

#[test]
fn every_template_is_valid_in_both_languages() {
    for language in Language::ALL {
        for layout in NewSlideLayout::ALL {
            let slide = validate_slide("perso-1", &layout.template(language), language).unwrap();
            assert!(slide.sources.is_empty());
            assert!(!slide
                .blocks
                .iter()
                .any(|b| matches!(b, crate::deck::Block::Paragraph { inlines, .. } if inlines.contains(&Inline::Text(String::new())))));
        }
    }
}

#[test]
fn the_stored_form_round_trips_and_never_overwrites_what_it_cannot_read() {
    let base = base(Language::Fr);
    let (adapted, _) = AdaptedDeck::default()
        .with_session(Some("petits"))
        .with_new_slide(&base, None, NewSlideLayout::Quiz)
        .unwrap();
    let text = encode_stored_deck(&adapted);
    assert_eq!(decode_stored_deck(&text), Ok(adapted.clone()));
    assert_eq!(
        plan_deck_load(Some(&text)),
        DeckLoad::Adapted(adapted.clone())
    );
    assert_eq!(plan_deck_load(None), DeckLoad::Nothing);

    let newer = text.replace("\"version\":1", "\"version\":2");
    assert_eq!(
        decode_stored_deck(&newer),
        Err(StoredDeckError::NewerVersion {
            found: 2,
            supported: 1
        })
    );
    let cut = &text[..text.len() / 2];
    assert_eq!(
        plan_deck_load(Some(cut)),
        DeckLoad::Unreadable {
            error: StoredDeckError::NotJson
        }
    );
    assert_eq!(
        plan_deck_save(Some(cut), &adapted),
        DeckSavePlan::KeepAsideThenWrite {
            unreadable: cut.to_owned(),
            text: text.clone()
        }
    );
    assert_eq!(
        plan_deck_save(Some(&newer), &adapted),
        DeckSavePlan::KeepAsideThenWrite {
            unreadable: newer.clone(),
            text: text.clone()
        }
    );
    assert_eq!(
        plan_deck_save(None, &adapted),
        DeckSavePlan::Write { text: text.clone() }
    );
    let unknown_field = text.replace("\"version\":1", "\"version\":1,\"extra\":true");
    assert!(matches!(
        decode_stored_deck(&unknown_field),
        Err(StoredDeckError::Malformed { .. })
    ));
}

#[test]
fn every_error_has_words_in_both_languages() {
    let errors = [
        problem(&own("<b>x</b>")),
        problem(&own("**2 h**")),
        problem(&own(&"x".repeat(7_000))),
    ];
    for error in errors {
        let french = error.message(Language::Fr);
        let english = error.message(Language::En);
        let field = error.field.unwrap();
        assert!(french.starts_with(field.label(Language::Fr)), "{french}");
        assert!(english.starts_with(field.label(Language::En)), "{english}");
        assert_ne!(french, english);
    }
}

#[test]
fn no_bundled_id_looks_like_an_own_slide() {
    for language in Language::ALL {
        for base_slide in base(language).slides {
            assert!(!base_slide.slide.id.starts_with(OWN_ID_PREFIX));
        }
    }
}

#[test]
fn an_edit_outside_the_session_is_kept_and_comes_back_with_its_session() {
    let base = base(Language::Fr);
    let mut fields = SlideFields::of(&base.slide("oms").unwrap().source);
    fields.notes = "Mes notes sur l'OMS.".into();
    let edited = AdaptedDeck::default()
        .with_fields(&base, "oms", &fields)
        .unwrap();
    // « Essentiel » has no « oms »: not shown, and a change made there keeps the edit.
    let essentiel = edited
        .with_session(Some("essentiel"))
        .with_hidden(&base, "quiz", true)
        .unwrap();
    assert!(present(&base, &essentiel).deck.position_of("oms").is_none());
    let petits = essentiel.with_session(Some("petits"));
    let presented = present(&base, &petits);
    let index = presented.deck.position_of("oms").unwrap();
    assert_eq!(presented.origins[index], SlideOrigin::Edited);
    assert_eq!(
        presented.deck.slides[index].notes[0].plain_text(),
        "Mes notes sur l’OMS."
    );
}

#[test]
fn the_editor_shows_each_slide_with_the_text_its_fields_hold() {
    let base = base(Language::Fr);
    let sommeil = base.slide("sommeil").unwrap().source.clone();
    let fields = SlideFields {
        title: "Le sommeil, ce soir".to_owned(),
        ..SlideFields::of(&sommeil)
    };
    let adapted = AdaptedDeck::default()
        .with_fields(&base, "sommeil", &fields)
        .unwrap();
    let rows = editor_rows(&base, &adapted);
    let edited = rows.iter().find(|row| row.entry.id() == "sommeil").unwrap();
    assert_eq!(edited.source.title, "Le sommeil, ce soir");
    assert_eq!(
        edited.source.text, sommeil.text,
        "untouched fields follow the bundled text"
    );
    let untouched = rows.iter().find(|row| row.entry.id() == "accueil").unwrap();
    assert_eq!(untouched.source, base.slide("accueil").unwrap().source);
}

#[test]
fn the_live_preview_is_the_typeset_slide_or_the_reason_it_is_refused() {
    let base = base(Language::Fr);
    let mut source = base.slide("sommeil").unwrap().source.clone();
    source.title = "Le sommeil : 1 h sans écran".to_owned();
    let preview = preview_slide("sommeil", &source, Language::Fr).unwrap();
    assert_eq!(
        preview,
        typeset_deck(
            Deck {
                slides: vec![validate_slide("sommeil", &source, Language::Fr).unwrap()]
            },
            Language::Fr
        )
        .slides[0]
    );
    assert!(
        preview.title.contains('\u{a0}'),
        "French spaces: {:?}",
        preview.title
    );
    source.title = "<script>alert(1)</script>".to_owned();
    let refused = preview_slide("sommeil", &source, Language::Fr).unwrap_err();
    assert_eq!(refused.field, Some(SlideField::Title));
}
