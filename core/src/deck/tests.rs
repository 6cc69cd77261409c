//! Unit tests of the slide parser, data-driven: a Markdown input and the slide, blocks or error
//! it must give. `check_blocks` and `check_error` are the only places that call the parser.

use super::*;

/// A small valid slide around `body`, with notes and a source: the body starts on line 6.
fn slide_text(body: &str) -> String {
    format!("---\nminutes: 2\n---\n# Titre\n\n{body}\n\n## Notes\n\nDire bonjour.\n\n## Sources\n\n- OMS\n")
}

fn parse(text: &str) -> Slide {
    parse_slide("fr/01-exemple.md", text).unwrap_or_else(|error| panic!("{error}\n{text}"))
}

/// Parses `body` inside a valid slide and compares its blocks and step count.
fn check_blocks(body: &str, expected_blocks: Vec<Block>, expected_steps: usize) {
    let slide = parse(&slide_text(body));
    assert_eq!(slide.blocks, expected_blocks, "{body}");
    assert_eq!(slide.steps, expected_steps, "steps of {body}");
}

/// Parses a whole slide file that must fail, and checks the error and that it names the file.
fn check_error(text: &str, expected: DeckError) {
    let error = parse_slide("fr/01-exemple.md", text).expect_err(text);
    assert_eq!(error, expected, "{text}");
    assert!(error.to_string().starts_with("fr/01-exemple.md"), "{error}");
}

fn file() -> String {
    "fr/01-exemple.md".to_owned()
}

fn text(text: &str) -> Inline {
    Inline::Text(text.to_owned())
}

fn paragraph(inlines: Vec<Inline>, step: Option<usize>) -> Block {
    Block::Paragraph { inlines, step }
}

fn item(step: Option<usize>, words: &str) -> ListItem {
    ListItem {
        inlines: vec![text(words)],
        step,
    }
}

fn bullets(items: Vec<ListItem>) -> Block {
    Block::List {
        ordered: false,
        items,
    }
}

#[test]
fn reads_a_whole_slide() {
    let input = "\
---
id: quiz-temps
layout: quiz
minutes: 8
---
# À votre avis, combien de temps ?

### Par jour

- (+) À 2 ans : **56 min**
- (+) À 5 ans et demi : **1 h 34**

> (+2) Une *moyenne*.

## Notes

Demander aux parents de **deviner**.

- Laisser répondre.

## Sources

- Bernard et al., BEH 2023 n°6
- [Santé publique France](https://beh.santepubliquefrance.fr)
";
    let expected = Slide {
        id: "quiz-temps".to_owned(),
        layout: SlideLayout::Quiz,
        title: "À votre avis, combien de temps ?".to_owned(),
        blocks: vec![
            Block::Heading(vec![text("Par jour")]),
            Block::List {
                ordered: false,
                items: vec![
                    ListItem {
                        inlines: vec![text("À 2 ans : "), Inline::Strong("56 min".to_owned())],
                        step: Some(1),
                    },
                    ListItem {
                        inlines: vec![
                            text("À 5 ans et demi : "),
                            Inline::Strong("1 h 34".to_owned()),
                        ],
                        step: Some(2),
                    },
                ],
            },
            Block::Quote {
                inlines: vec![
                    text("Une "),
                    Inline::Emphasis("moyenne".to_owned()),
                    text("."),
                ],
                step: Some(2),
            },
        ],
        notes: vec![
            paragraph(
                vec![
                    text("Demander aux parents de "),
                    Inline::Strong("deviner".to_owned()),
                    text("."),
                ],
                None,
            ),
            bullets(vec![item(None, "Laisser répondre.")]),
        ],
        sources: vec![
            "Bernard et al., BEH 2023 n°6".to_owned(),
            "Santé publique France (https://beh.santepubliquefrance.fr)".to_owned(),
        ],
        minutes: 8,
        steps: 2,
        agenda: None,
        pictograms: Vec::new(),
    };
    assert_eq!(parse(input), expected);
}

#[test]
fn takes_the_id_from_the_file_name_unless_the_settings_give_one() {
    let check = |file_name: &str, settings: &str, expected: Option<&str>| {
        let text = format!("---\n{settings}minutes: 1\n---\n# T\n## Notes\nN\n");
        let id = parse_slide(file_name, &text).map(|slide| slide.id);
        match expected {
            Some(expected) => assert_eq!(id, Ok(expected.to_owned()), "{file_name}"),
            None => assert_eq!(
                id,
                Err(DeckError::InvalidFileName {
                    file: file_name.to_owned()
                }),
                "{file_name}"
            ),
        }
    };
    check("fr/01-accueil.md", "", Some("accueil"));
    check("en/07-les-4-pas.md", "", Some("les-4-pas"));
    check("accueil.md", "", Some("accueil"));
    check("fr/05b-ma-diapo.md", "", Some("ma-diapo"));
    check("fr/01.md", "", None);
    check("fr/01-accueil.md", "id: bienvenue\n", Some("bienvenue"));
    check("fr/01-.md", "", None);
    check("fr/01-Accueil.md", "", None);
    check("fr/01-accueil.txt", "", None);
    check("fr/01-accueil.txt", "id: accueil\n", Some("accueil"));
}

#[test]
fn reads_layouts_and_defaults_to_standard() {
    for layout in SlideLayout::ALL {
        let text = format!(
            "---\nlayout: {}\nminutes: 1\n---\n# T\n\n(+) {{date}} {{lieu}} **beaucoup**\n\n- (+) un : **5 min**\n- (+) deux : **1 h**\n\n## Notes\n\nN\n\n## Sources\n\n- S\n",
            layout.code()
        );
        let text = if layout == SlideLayout::Pictograms {
            text.replace("minutes: 1", "minutes: 1\npictograms: lit, repas")
                .replace("lit", "chambre")
        } else {
            text
        };
        assert_eq!(parse(&text).layout, layout);
    }
    assert_eq!(
        parse("---\nminutes: 1\n---\n# T\n## Notes\nN\n").layout,
        SlideLayout::Standard
    );
}

#[test]
fn reads_inline_styles_as_structured_text() {
    check_blocks(
        "Un **gras**, un *italique*, un `code`,\nune [adresse](https://3018.fr) et <https://pegi.info>.",
        vec![paragraph(
            vec![
                text("Un "),
                Inline::Strong("gras".to_owned()),
                text(", un "),
                Inline::Emphasis("italique".to_owned()),
                text(", un code, une "),
                Inline::Link {
                    text: "adresse".to_owned(),
                    href: "https://3018.fr".to_owned(),
                },
                text(" et "),
                Inline::Link {
                    text: "https://pegi.info".to_owned(),
                    href: "https://pegi.info".to_owned(),
                },
                text("."),
            ],
            None,
        )],
        0,
    );
    check_blocks(
        "**Tout *en* gras** et [appeler le **3018**](tel:3018)",
        vec![paragraph(
            vec![
                Inline::Strong("Tout en gras".to_owned()),
                text(" et "),
                Inline::Link {
                    text: "appeler le 3018".to_owned(),
                    href: "tel:3018".to_owned(),
                },
            ],
            None,
        )],
        0,
    );
}

#[test]
fn reads_lists_and_quotes() {
    check_blocks(
        "1. un\n2. deux",
        vec![Block::List {
            ordered: true,
            items: vec![item(None, "un"), item(None, "deux")],
        }],
        0,
    );
    check_blocks(
        "- un\n\n  suite\n\n- deux",
        vec![bullets(vec![item(None, "un suite"), item(None, "deux")])],
        0,
    );
    check_blocks(
        "> une citation\n> sur deux lignes",
        vec![Block::Quote {
            inlines: vec![text("une citation sur deux lignes")],
            step: None,
        }],
        0,
    );
}

#[test]
fn numbers_step_markers_in_reading_order() {
    check_blocks(
        "- toujours\n- (+) un\n- (+)deux",
        vec![bullets(vec![
            item(None, "toujours"),
            item(Some(1), "un"),
            item(Some(2), "deux"),
        ])],
        2,
    );
    check_blocks(
        "(+) un\n\n1. (+) deux\n\n> (+) trois",
        vec![
            paragraph(vec![text("un")], Some(1)),
            Block::List {
                ordered: true,
                items: vec![item(Some(2), "deux")],
            },
            Block::Quote {
                inlines: vec![text("trois")],
                step: Some(3),
            },
        ],
        3,
    );
    // `(+N)` shows an item together with an earlier step; `(+)` then goes on after the highest.
    check_blocks(
        "- (+) un\n- (+1) avec un\n- (+) deux\n- (+3) trois",
        vec![bullets(vec![
            item(Some(1), "un"),
            item(Some(1), "avec un"),
            item(Some(2), "deux"),
            item(Some(3), "trois"),
        ])],
        3,
    );
    // Only a marker at the very start counts; other brackets stay text.
    check_blocks(
        "- pas (+) ici\n- (+x) non\n- (plus) non",
        vec![bullets(vec![
            item(None, "pas (+) ici"),
            item(None, "(+x) non"),
            item(None, "(plus) non"),
        ])],
        0,
    );
    check_blocks(
        "- (+) **56 min**",
        vec![bullets(vec![ListItem {
            inlines: vec![Inline::Strong("56 min".to_owned())],
            step: Some(1),
        }])],
        1,
    );
}

#[test]
fn turns_placeholders_into_values_the_app_fills_in() {
    check_blocks(
        "Le {date}, à {lieu} ({place}) : {adresse} {address}",
        vec![paragraph(
            vec![
                text("Le "),
                Inline::Placeholder(Placeholder::MeetingDate),
                text(", à "),
                Inline::Placeholder(Placeholder::MeetingPlace),
                text(" ("),
                Inline::Placeholder(Placeholder::MeetingPlace),
                text(") : "),
                Inline::Placeholder(Placeholder::AppAddress),
                text(" "),
                Inline::Placeholder(Placeholder::AppAddress),
            ],
            None,
        )],
        0,
    );
    check_blocks(
        "{Date} { lieu } {} {date",
        vec![paragraph(vec![text("{Date} { lieu } {} {date")], None)],
        0,
    );
}

#[test]
fn reads_sources_one_per_paragraph_or_list_item() {
    let slide = parse(
        "---\nminutes: 1\n---\n# 3 ans\n## Notes\nN\n## Sources\nOMS 2019\n\n- HCSP, *avis* 2019\n- <https://3018.fr>\n",
    );
    assert_eq!(
        slide.sources,
        ["OMS 2019", "HCSP, avis 2019", "https://3018.fr"]
    );
}

#[test]
fn accepts_windows_line_endings_and_a_byte_order_mark() {
    let slide = parse("\u{feff}---\r\nminutes: 3\r\nlayout: title\r\n---\r\n# Bonjour\r\n\r\n## Notes\r\n\r\nN\r\n");
    assert_eq!(
        (slide.title.as_str(), slide.minutes, slide.layout),
        ("Bonjour", 3, SlideLayout::Title)
    );
}

#[test]
fn refuses_bad_settings() {
    check_error(
        "# T\n## Notes\nN\n",
        DeckError::MissingMinutes { file: file() },
    );
    check_error(
        "---\nminutes: 2\n# T\n## Notes\nN\n",
        DeckError::UnclosedSettings { file: file() },
    );
    check_error(
        "---\nminutes: cinq\n---\n# T\n## Notes\nN\n",
        DeckError::InvalidMinutes {
            file: file(),
            line: 2,
            value: "cinq".to_owned(),
        },
    );
    check_error(
        "---\nminutes: 2\nlayout: diapo\n---\n# T\n## Notes\nN\n",
        DeckError::UnknownLayout {
            file: file(),
            line: 3,
            value: "diapo".to_owned(),
        },
    );
    check_error(
        "---\nminutes: 2\nduree: 3\n---\n# T\n## Notes\nN\n",
        DeckError::UnknownSetting {
            file: file(),
            line: 3,
            name: "duree".to_owned(),
        },
    );
    check_error(
        "---\nminutes 2\n---\n# T\n## Notes\nN\n",
        DeckError::MalformedSetting {
            file: file(),
            line: 2,
        },
    );
    check_error(
        "---\nid: Mon Accueil\nminutes: 2\n---\n# T\n## Notes\nN\n",
        DeckError::InvalidId {
            file: file(),
            id: "Mon Accueil".to_owned(),
        },
    );
}

#[test]
fn refuses_a_slide_without_title_or_notes() {
    check_error(
        "---\nminutes: 2\n---\nBonjour\n## Notes\nN\n",
        DeckError::ContentBeforeTitle {
            file: file(),
            line: 4,
        },
    );
    check_error(
        "---\nminutes: 2\n---\n## Notes\nN\n",
        DeckError::ContentBeforeTitle {
            file: file(),
            line: 4,
        },
    );
    check_error(
        "---\nminutes: 2\n---\n",
        DeckError::MissingTitle { file: file() },
    );
    check_error(
        "---\nminutes: 2\n---\n#\n## Notes\nN\n",
        DeckError::MissingTitle { file: file() },
    );
    check_error(
        "---\nminutes: 2\n---\n# Un\n# Deux\n## Notes\nN\n",
        DeckError::SecondTitle {
            file: file(),
            line: 5,
        },
    );
    check_error(
        "---\nminutes: 2\n---\n# T\n\nCorps\n",
        DeckError::MissingNotes { file: file() },
    );
    check_error(
        "---\nminutes: 2\n---\n# T\n## Notes\n",
        DeckError::MissingNotes { file: file() },
    );
}

#[test]
fn refuses_unknown_or_repeated_sections() {
    check_error(
        "---\nminutes: 2\n---\n# T\n## Note\nN\n",
        DeckError::UnknownSection {
            file: file(),
            line: 5,
            name: "Note".to_owned(),
        },
    );
    check_error(
        "---\nminutes: 2\n---\n# T\n## Notes\nN\n## notes\nM\n",
        DeckError::RepeatedSection {
            file: file(),
            line: 7,
            name: "notes".to_owned(),
        },
    );
}

#[test]
fn refuses_raw_html() {
    for body in [
        "<div>Bonjour</div>",
        "Un <b>gras</b> en HTML",
        "<!-- commentaire -->",
        "- <script>alert(1)</script>",
        "**<i>x</i>**",
    ] {
        check_error(
            &slide_text(body),
            DeckError::RawHtml {
                file: file(),
                line: 6,
            },
        );
    }
    // An HTML-looking sign written as an entity is plain text.
    check_blocks(
        "moins de 3 ans &lt;b&gt;",
        vec![paragraph(vec![text("moins de 3 ans <b>")], None)],
        0,
    );
}

#[test]
fn refuses_markdown_the_stage_cannot_show() {
    let check = |body: &str, line: usize, what: Unshowable| {
        check_error(
            &slide_text(body),
            DeckError::UnsupportedMarkdown {
                file: file(),
                line,
                what,
            },
        );
    };
    check("![logo](logo.png)", 6, Unshowable::Image);
    check("```\ncode\n```", 6, Unshowable::CodeBlock);
    check("***", 6, Unshowable::HorizontalLine);
    check("- un\n  - sous-point", 7, Unshowable::NestedList);
    check("> - un", 6, Unshowable::NestedList);
    check("**[lien](https://3018.fr)**", 6, Unshowable::LinkInEmphasis);
    check("| a | b |\n|---|---|\n| 1 | 2 |", 6, Unshowable::Table);
}

#[test]
fn refuses_links_other_than_web_mail_and_phone() {
    for href in [
        "javascript:alert(1)",
        "data:text/html,x",
        "/carnet",
        "ftp://x.example",
    ] {
        check_error(
            &slide_text(&format!("[ici]({href})")),
            DeckError::UnsafeLink {
                file: file(),
                line: 6,
                href: href.to_owned(),
            },
        );
    }
    check_blocks(
        "[écrire](mailto:atelier@example.org)",
        vec![paragraph(
            vec![Inline::Link {
                text: "écrire".to_owned(),
                href: "mailto:atelier@example.org".to_owned(),
            }],
            None,
        )],
        0,
    );
}

#[test]
fn refuses_steps_outside_the_body_or_out_of_order() {
    check_error(
        "---\nminutes: 2\n---\n# T\n## Notes\n- (+) dire\n",
        DeckError::MisplacedStep {
            file: file(),
            line: 6,
        },
    );
    check_error(
        "---\nminutes: 2\n---\n# T\n## Notes\nN\n## Sources\n(+) OMS\n",
        DeckError::MisplacedStep {
            file: file(),
            line: 8,
        },
    );
    check_error(
        "---\nminutes: 2\n---\n# (+) T\n## Notes\nN\n",
        DeckError::MisplacedStep {
            file: file(),
            line: 4,
        },
    );
    check_error(
        &slide_text("### (+) Titre"),
        DeckError::MisplacedStep {
            file: file(),
            line: 6,
        },
    );
    check_error(
        &slide_text("- (+) un\n- (+3) trois"),
        DeckError::StepOutOfOrder {
            file: file(),
            line: 7,
            step: 3,
            highest_allowed: 2,
        },
    );
    check_error(
        &slide_text("(+0) zéro"),
        DeckError::StepOutOfOrder {
            file: file(),
            line: 6,
            step: 0,
            highest_allowed: 1,
        },
    );
}

#[test]
fn refuses_unknown_or_styled_placeholders() {
    check_error(
        &slide_text("Rendez-vous le {jour}"),
        DeckError::UnknownPlaceholder {
            file: file(),
            line: 6,
            name: "jour".to_owned(),
        },
    );
    check_error(
        &slide_text("Rendez-vous le **{date}**"),
        DeckError::StyledPlaceholder {
            file: file(),
            line: 6,
        },
    );
}

#[test]
fn enforces_the_rules_of_each_slide() {
    check_error(
        "---\nminutes: 2\n---\n# T\n\nAvant 3 ans\n\n## Notes\nN\n",
        DeckError::MissingSources { file: file() },
    );
    check_error(
        "---\nminutes: 2\n---\n# Les repères 3-6-9-12\n## Notes\nN\n",
        DeckError::MissingSources { file: file() },
    );
    check_error(
        "---\nlayout: quiz\nminutes: 2\n---\n# Combien ?\n\n- beaucoup\n\n## Notes\nN\n",
        DeckError::QuizWithoutSteps { file: file() },
    );
    check_error(
        "---\nlayout: follow-up\nminutes: 2\n---\n# On se revoit\n\nÀ {lieu}\n\n## Notes\nN\n",
        DeckError::MissingPlaceholder {
            file: file(),
            placeholder: Placeholder::MeetingDate,
        },
    );
    check_error(
        "---\nlayout: follow-up\nminutes: 2\n---\n# On se revoit\n\nLe {date}\n\n## Notes\nN\n",
        DeckError::MissingPlaceholder {
            file: file(),
            placeholder: Placeholder::MeetingPlace,
        },
    );
    // A number in the notes alone needs no source: the audience does not see it.
    parse("---\nminutes: 2\n---\n# T\n## Notes\nCompter 5 minutes.\n");
}

#[test]
fn sorts_a_deck_by_file_name_and_refuses_duplicate_ids() {
    let slide = |title: &str| format!("---\nminutes: 2\n---\n# {title}\n## Notes\nN\n");
    let (first, second) = (slide("Un"), slide("Deux"));
    let deck = parse_deck(&[("fr/02-deux.md", &second), ("fr/01-un.md", &first)]).unwrap();
    let ids: Vec<&str> = deck.slides.iter().map(|slide| slide.id.as_str()).collect();
    assert_eq!(ids, ["un", "deux"]);
    assert_eq!(deck.total_minutes(), 4);
    assert_eq!(deck.position_of("deux"), Some(1));

    assert_eq!(
        parse_deck(&[("fr/01-un.md", &first), ("fr/02-un.md", &second)]),
        Err(DeckError::DuplicateId {
            id: "un".to_owned(),
            first_file: "fr/01-un.md".to_owned(),
            second_file: "fr/02-un.md".to_owned(),
        })
    );
    assert_eq!(parse_deck(&[]), Err(DeckError::EmptyDeck));
}

#[test]
fn refuses_visual_layouts_without_what_they_draw() {
    check_error(
        "---\nlayout: bars\nminutes: 2\n---\n# T\n\n- (+) un : **56 min**\n- (+) deux : **beaucoup**\n\n## Notes\nN\n\n## Sources\n\n- S\n",
        DeckError::BarsWithoutDurations { file: file() },
    );
    check_error(
        "---\nlayout: big-figure\nminutes: 2\n---\n# T\n\nRien en gras\n\n## Notes\nN\n",
        DeckError::BigFigureWithoutFigure { file: file() },
    );
    check_error(
        "---\nlayout: pictograms\npictograms: matin, soleil\nminutes: 2\n---\n# T\n## Notes\nN\n",
        DeckError::UnknownPictogram {
            file: file(),
            line: 3,
            name: "soleil".to_owned(),
        },
    );
    check_error(
        "---\nlayout: pictograms\npictograms: matin, repas\nminutes: 2\n---\n# T\n\n- un\n\n## Notes\nN\n",
        DeckError::PictogramCount {
            file: file(),
            pictograms: 2,
            items: 1,
        },
    );
    let slide = parse(
        "---\nlayout: pictograms\npictograms: matin, telephone\nagenda: Les pas\nminutes: 2\n---\n# T\n\n- un\n- deux\n\n## Notes\nN\n",
    );
    assert_eq!(slide.pictograms, [Pictogram::Morning, Pictogram::Phone]);
    assert_eq!(slide.agenda.as_deref(), Some("Les pas"));
}

/// A deck of slides `(id, minutes, agenda label)`.
fn agenda_deck(slides: &[(&str, u32, Option<&str>)]) -> Deck {
    let texts: Vec<(String, String)> = slides
        .iter()
        .enumerate()
        .map(|(index, (id, minutes, label))| {
            let label = label.map_or(String::new(), |label| format!("agenda: {label}\n"));
            (
                format!("fr/{index:02}-{id}.md"),
                format!("---\nminutes: {minutes}\n{label}---\n# {id}\n## Notes\nN\n"),
            )
        })
        .collect();
    let files: Vec<(&str, &str)> = texts
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    parse_deck(&files).expect("a valid agenda deck")
}

#[test]
fn a_session_shows_its_slides_in_its_order_and_its_agenda_follows() {
    let deck = agenda_deck(&[
        ("accueil", 5, None),
        ("quiz", 8, Some("Les chiffres")),
        ("ados", 4, None),
        ("oms", 4, Some("Les repères")),
        ("commission", 6, Some("Les repères")),
        ("pause", 10, Some("Pause")),
    ]);
    let session = Session {
        code: "court".to_owned(),
        french_name: "Court".to_owned(),
        english_name: "Short".to_owned(),
        slide_ids: ["accueil", "commission", "quiz", "oms"]
            .map(String::from)
            .to_vec(),
    };
    let short = deck.for_session(&session);
    let ids: Vec<&str> = short.slides.iter().map(|slide| slide.id.as_str()).collect();
    assert_eq!(ids, ["accueil", "commission", "quiz", "oms"]);
    assert_eq!(short.total_minutes(), 23);
    let agenda = |deck: &Deck| -> Vec<(String, u32)> {
        deck.agenda()
            .into_iter()
            .map(|item| (item.label, item.minutes))
            .collect()
    };
    assert_eq!(
        agenda(&short),
        [
            ("Les repères".to_owned(), 6),
            ("Les chiffres".to_owned(), 8),
            ("Les repères".to_owned(), 4)
        ]
    );
    assert_eq!(
        agenda(&deck),
        [
            ("Les chiffres".to_owned(), 12),
            ("Les repères".to_owned(), 10),
            ("Pause".to_owned(), 10)
        ]
    );
    assert_eq!(session.name(Language::En), "Short");
}

#[test]
fn the_sessions_file_is_checked_line_by_line() {
    let known = ["accueil", "quiz", "suite"];
    let file = "content/sessions.txt";
    let check = |text: &str, expected: SessionError| {
        let error = session::parse_sessions(file, text, &known).expect_err(text);
        assert_eq!(error, expected, "{text}");
        assert!(error.to_string().starts_with(file), "{error}");
    };
    let name = || file.to_owned();
    check(
        "[court]\nfr: Court\nen: Short\n- accueil\n- quizz\n",
        SessionError::UnknownSlide {
            file: name(),
            line: 5,
            id: "quizz".to_owned(),
        },
    );
    check(
        "# deux séances\n[court]\nfr: Court\nen: Short\n\n[long]\nfr: Long\nen: Long\n- quiz\n",
        SessionError::EmptySession {
            file: name(),
            line: 2,
        },
    );
    check(
        "[court]\nfr: Court\nen: Short\n- quiz\n[long]\nfr: Long\nen: Long\n",
        SessionError::EmptySession {
            file: name(),
            line: 5,
        },
    );
    check(
        "- accueil\n",
        SessionError::SlideOutsideSession {
            file: name(),
            line: 1,
        },
    );
    check(
        "[Court]\n",
        SessionError::InvalidCode {
            file: name(),
            line: 1,
        },
    );
    check(
        "[court]\nfr: Court\n- quiz\n",
        SessionError::MissingName {
            file: name(),
            line: 1,
            language: "en",
        },
    );
    check(
        "[court]\nfr: C\nen: S\n- quiz\n- quiz\n",
        SessionError::RepeatedSlide {
            file: name(),
            line: 5,
            id: "quiz".to_owned(),
        },
    );
    check(
        "[court]\nfr: C\nen: S\n- quiz\n[court]\n",
        SessionError::DuplicateCode {
            file: name(),
            line: 5,
        },
    );
    check(
        "[court]\nfr: C\nen: S\nquiz\n",
        SessionError::UnreadableLine {
            file: name(),
            line: 4,
        },
    );
    check("# rien\n", SessionError::NoSession { file: name() });
    let sessions = session::parse_sessions(
        file,
        "[court]\nfr: Court (1 h)\nen: Short\n- quiz\n- accueil\n",
        &known,
    )
    .expect("a valid sessions file");
    assert_eq!(sessions[0].slide_ids, ["quiz", "accueil"]);
    assert_eq!(sessions[0].name(Language::Fr), "Court (1\u{a0}h)");
}
