//! The workshop deck: the slides an advisor projects during the parents' workshop.
//!
//! The slides are Markdown files under `content/fr/` and `content/en/` (one file per slide,
//! sorted by name; `content/README.md` explains the format to advisors). `build.rs` bundles
//! them into the crate, and this module turns them into plain data: a [`Deck`] of [`Slide`]s
//! whose text is made of [`Block`]s and [`Inline`]s. No HTML string ever comes out of here: raw
//! HTML in a slide is refused with a [`DeckError`], and links keep their text and address apart,
//! so the app builds every element itself. This module also draws the QR code of the install
//! slide as an SVG string ([`render_qr_svg`]). It knows nothing of the browser, the stage or the
//! Réglages page; the app fills in the [`Placeholder`]s.

mod bundled;
pub mod elapsed;
mod error;
mod front_matter;
pub mod key_command;
mod markdown;
pub mod navigation;
mod qr;
pub mod session;
pub mod swipe;
mod typeset;
mod visuals;

pub use error::{DeckError, Unshowable};
pub use qr::render_qr_svg;
pub use session::{Session, SessionError};
pub use visuals::{bar_chart, pictogram_svg, Bar, Pictogram};

use crate::language::Language;
pub(crate) use typeset::typeset_deck;

/// The whole deck in one language, slides in the order they are shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deck {
    /// The slides, sorted by file name.
    pub slides: Vec<Slide>,
}

impl Deck {
    /// The planned length of the workshop: the sum of every slide's minutes.
    pub fn total_minutes(&self) -> u32 {
        self.slides.iter().map(|slide| slide.minutes).sum()
    }

    /// The position of the slide with this id, if there is one.
    pub fn position_of(&self, id: &str) -> Option<usize> {
        self.slides.iter().position(|slide| slide.id == id)
    }

    /// The deck a session shows: its slides only, in the session's order (ids this deck does
    /// not have are left out; `build.rs` and the tests make sure there are none).
    pub fn for_session(&self, session: &Session) -> Deck {
        Deck {
            slides: session
                .slide_ids
                .iter()
                .filter_map(|id| self.slides.iter().find(|slide| &slide.id == id).cloned())
                .collect(),
        }
    }

    /// The agenda of this deck: each slide with an `agenda:` label starts a part, which lasts
    /// until the next slide with another label (slides in a row with the same label make one
    /// part); slides before the first label belong to no part.
    pub fn agenda(&self) -> Vec<AgendaItem> {
        let mut items: Vec<AgendaItem> = Vec::new();
        for slide in &self.slides {
            match (&slide.agenda, items.last_mut()) {
                (Some(label), Some(item)) if *label == item.label => item.minutes += slide.minutes,
                (Some(label), _) => items.push(AgendaItem {
                    label: label.clone(),
                    minutes: slide.minutes,
                }),
                (None, Some(item)) => item.minutes += slide.minutes,
                (None, None) => {}
            }
        }
        items
    }
}

/// One part of a session's agenda, as the agenda slide shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    /// The part's name, from the `agenda:` setting of the slide that starts it.
    pub label: String,
    /// The planned minutes of the part: its slides' minutes added up.
    pub minutes: u32,
}

impl Session {
    /// The session's name in `language`, typeset for it (« Essentiel (1 h) »).
    pub fn name(&self, language: Language) -> String {
        let name = match language {
            Language::Fr => &self.french_name,
            Language::En => &self.english_name,
        };
        crate::typography::typeset(name, language)
    }
}

/// The sessions declared in `content/sessions.txt`, their slide ids checked against `deck`
/// (`build.rs` already refused the file if one was unknown).
pub fn bundled_sessions(deck: &Deck) -> Vec<Session> {
    let ids: Vec<&str> = deck.slides.iter().map(|slide| slide.id.as_str()).collect();
    session::parse_sessions("content/sessions.txt", bundled::SESSIONS, &ids)
        .unwrap_or_else(|error| panic!("the bundled sessions are invalid: {error}"))
}

/// One slide: what the stage shows, and what only the advisor sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slide {
    /// Stable id, the same in both languages (`accueil`), taken from the file name or `id:`.
    pub id: String,
    /// How the stage lays the slide out.
    pub layout: SlideLayout,
    /// The `# Title` line.
    pub title: String,
    /// The body shown on the stage.
    pub blocks: Vec<Block>,
    /// The speaker notes, never empty.
    pub notes: Vec<Block>,
    /// The sources, shown in small type at the bottom of the slide.
    pub sources: Vec<String>,
    /// The planned speaking time, in minutes.
    pub minutes: u32,
    /// How many step-by-step reveals the slide has (0: everything is shown at once).
    pub steps: usize,
    /// The part of the agenda this slide starts (`agenda: Le premier smartphone`), if any.
    pub agenda: Option<String>,
    /// The pictograms of a `pictograms` slide, one per list item, in order.
    pub pictograms: Vec<Pictogram>,
}

impl Slide {
    /// The text the audience can read (title and body), as plain text without any marker.
    pub fn visible_text(&self) -> String {
        let mut text = self.title.clone();
        for block in &self.blocks {
            text.push('\n');
            text.push_str(&block.plain_text());
        }
        text
    }

    /// Whether the body asks the app to fill this value in somewhere.
    pub fn uses_placeholder(&self, placeholder: Placeholder) -> bool {
        self.blocks.iter().any(|block| {
            block
                .inline_runs()
                .flatten()
                .any(|inline| *inline == Inline::Placeholder(placeholder))
        })
    }
}

/// How the stage lays a slide out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlideLayout {
    /// A cover slide: big title, little text (`layout: title`).
    Title,
    /// Title, body and sources (`layout: standard`, the default).
    Standard,
    /// A question to the room whose answers appear one step at a time (`layout: quiz`).
    Quiz,
    /// The follow-up meeting: shows the date and place set in Réglages (`layout: follow-up`).
    FollowUp,
    /// Shows the QR code of the app's own address, to install it (`layout: install-qr`).
    InstallQr,
    /// The session's agenda, made from the `agenda:` labels of its slides (`layout: agenda`).
    Agenda,
    /// One figure, very large: the first bold text of the body (`layout: big-figure`).
    BigFigure,
    /// A comparison of durations drawn as bars, revealed one by one (`layout: bars`): each
    /// list item is a bar whose bold text is a duration (« **1 h 20** »).
    Bars,
    /// Each list item with a pictogram drawn for the project (`layout: pictograms`, with
    /// `pictograms: matin, repas, coucher, chambre`).
    Pictograms,
}

impl SlideLayout {
    /// Every layout, in the order the README lists them.
    pub const ALL: [SlideLayout; 9] = [
        SlideLayout::Title,
        SlideLayout::Standard,
        SlideLayout::Quiz,
        SlideLayout::FollowUp,
        SlideLayout::InstallQr,
        SlideLayout::Agenda,
        SlideLayout::BigFigure,
        SlideLayout::Bars,
        SlideLayout::Pictograms,
    ];

    /// The word written after `layout:` in a slide file.
    pub fn code(self) -> &'static str {
        match self {
            SlideLayout::Title => "title",
            SlideLayout::Standard => "standard",
            SlideLayout::Quiz => "quiz",
            SlideLayout::FollowUp => "follow-up",
            SlideLayout::InstallQr => "install-qr",
            SlideLayout::Agenda => "agenda",
            SlideLayout::BigFigure => "big-figure",
            SlideLayout::Bars => "bars",
            SlideLayout::Pictograms => "pictograms",
        }
    }

    /// Reads the word written after `layout:` exactly; anything else is `None`.
    pub fn from_code(code: &str) -> Option<SlideLayout> {
        SlideLayout::ALL
            .into_iter()
            .find(|layout| layout.code() == code)
    }
}

/// A piece of a slide's body or notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A small heading inside the body (`### …`).
    Heading(Vec<Inline>),
    /// A paragraph; `step` is its 1-based reveal index, `None` when always visible.
    Paragraph {
        inlines: Vec<Inline>,
        step: Option<usize>,
    },
    /// A bulleted (`- …`) or numbered (`1. …`) list.
    List { ordered: bool, items: Vec<ListItem> },
    /// A quotation (`> …`); `step` as for a paragraph.
    Quote {
        inlines: Vec<Inline>,
        step: Option<usize>,
    },
}

impl Block {
    /// The block's text without styling, one line per list item.
    pub fn plain_text(&self) -> String {
        self.inline_runs()
            .map(plain_text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The block's runs of inlines: one for a heading, paragraph or quote, one per list item.
    fn inline_runs(&self) -> impl Iterator<Item = &[Inline]> {
        let runs: Vec<&[Inline]> = match self {
            Block::Heading(inlines)
            | Block::Paragraph { inlines, .. }
            | Block::Quote { inlines, .. } => vec![inlines],
            Block::List { items, .. } => items.iter().map(|item| &item.inlines[..]).collect(),
        };
        runs.into_iter()
    }
}

/// One item of a list; `step` is its 1-based reveal index, `None` when always visible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListItem {
    pub inlines: Vec<Inline>,
    pub step: Option<usize>,
}

/// A run of text inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Bold text (`**…**`); on a quiz slide the stage shows it as the big figure.
    Strong(String),
    /// Italic text (`*…*`).
    Emphasis(String),
    /// A link (`[text](https://…)`); the address is `https:`, `http:`, `mailto:` or `tel:`.
    Link { text: String, href: String },
    /// A value the app fills in when it shows the slide (`{date}`, `{lieu}`, `{adresse}`).
    Placeholder(Placeholder),
}

/// A value that is not in the content but filled in by the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Placeholder {
    /// The date of the follow-up meeting, typed in Réglages (`{date}`).
    MeetingDate,
    /// The place of the follow-up meeting, typed in Réglages (`{lieu}` or `{place}`).
    MeetingPlace,
    /// The app's own address, the page's origin (`{adresse}` or `{address}`).
    AppAddress,
}

impl Placeholder {
    /// Reads the word between braces, in French or in English; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Placeholder> {
        match code {
            "date" => Some(Placeholder::MeetingDate),
            "lieu" | "place" => Some(Placeholder::MeetingPlace),
            "adresse" | "address" => Some(Placeholder::AppAddress),
            _ => None,
        }
    }

    /// The English word between braces, used when a slide is shown as plain text.
    pub fn code(self) -> &'static str {
        match self {
            Placeholder::MeetingDate => "date",
            Placeholder::MeetingPlace => "place",
            Placeholder::AppAddress => "address",
        }
    }
}

/// Joins inlines into plain text: styling dropped, links as their text, placeholders as `{code}`.
pub fn plain_text(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) | Inline::Strong(text) | Inline::Emphasis(text) => text.clone(),
            Inline::Link { text, .. } => text.clone(),
            Inline::Placeholder(placeholder) => format!("{{{}}}", placeholder.code()),
        })
        .collect()
}

/// The deck bundled into the app at build time, in one language, its text typeset for that
/// language (`crate::typography`), ready to show.
///
/// It is parsed again on each call: call it once and keep the result. It panics only if the
/// bundled content is invalid, which `tests/deck_content.rs` rules out before any release.
pub fn bundled_deck(language: Language) -> Deck {
    typeset_deck(bundled_deck_as_written(language), language)
}

/// The bundled deck as its authors wrote it, before typesetting (for checks on the files).
pub fn bundled_deck_as_written(language: Language) -> Deck {
    let files = match language {
        Language::Fr => bundled::FRENCH,
        Language::En => bundled::ENGLISH,
    };
    parse_deck(files)
        .unwrap_or_else(|error| panic!("the bundled {} deck is invalid: {error}", language.code()))
}

/// The bundled slide files of `language`, as `(file name, text)` pairs sorted by file name (the
/// advisor's adapted deck reads their sections back as editable text).
pub(crate) fn bundled_files(language: Language) -> &'static [(&'static str, &'static str)] {
    match language {
        Language::Fr => bundled::FRENCH,
        Language::En => bundled::ENGLISH,
    }
}

/// Parses a deck from `(file name, text)` pairs; the slides are sorted by file name.
pub fn parse_deck(files: &[(&str, &str)]) -> Result<Deck, DeckError> {
    let mut sorted: Vec<&(&str, &str)> = files.iter().collect();
    sorted.sort_by_key(|(file_name, _)| *file_name);
    let mut slides: Vec<Slide> = Vec::with_capacity(sorted.len());
    let mut file_of_slide: Vec<&str> = Vec::with_capacity(sorted.len());
    for (file_name, text) in sorted {
        let slide = parse_slide(file_name, text)?;
        if let Some(first) = slides.iter().position(|earlier| earlier.id == slide.id) {
            return Err(DeckError::DuplicateId {
                id: slide.id,
                first_file: file_of_slide[first].to_owned(),
                second_file: (*file_name).to_owned(),
            });
        }
        slides.push(slide);
        file_of_slide.push(file_name);
    }
    if slides.is_empty() {
        return Err(DeckError::EmptyDeck);
    }
    Ok(Deck { slides })
}

/// Parses one slide file: its settings block, then its Markdown.
pub fn parse_slide(file_name: &str, text: &str) -> Result<Slide, DeckError> {
    let file = file_name.to_owned();
    let front_matter = front_matter::split_front_matter(file_name, text)?;
    let settings = front_matter::parse_settings(file_name, &front_matter)?;
    let id = match settings.id {
        Some(id) => id,
        None => id_from_file_name(file_name)?,
    };
    let layout = settings.layout.unwrap_or(SlideLayout::Standard);
    let minutes = settings
        .minutes
        .ok_or_else(|| DeckError::MissingMinutes { file: file.clone() })?;
    let body = markdown::parse_body(file_name, front_matter.body, front_matter.body_first_line)?;
    let title = body
        .title
        .ok_or_else(|| DeckError::MissingTitle { file: file.clone() })?;

    let slide = Slide {
        id,
        layout,
        title,
        blocks: body.blocks,
        notes: body.notes,
        sources: body.sources,
        minutes,
        steps: body.steps,
        agenda: settings.agenda,
        pictograms: settings.pictograms.clone(),
    };
    check_slide_rules(&file, &slide)?;
    Ok(slide)
}

/// The rules every slide follows beyond well-formed Markdown.
fn check_slide_rules(file: &str, slide: &Slide) -> Result<(), DeckError> {
    let file = file.to_owned();
    if slide.notes.is_empty() {
        return Err(DeckError::MissingNotes { file });
    }
    let shows_a_figure = slide.visible_text().chars().any(|c| c.is_ascii_digit());
    if shows_a_figure && slide.sources.is_empty() {
        return Err(DeckError::MissingSources { file });
    }
    if slide.layout == SlideLayout::Quiz && slide.steps == 0 {
        return Err(DeckError::QuizWithoutSteps { file });
    }
    if slide.layout == SlideLayout::Bars && bar_chart(slide).len() < 2 {
        return Err(DeckError::BarsWithoutDurations { file });
    }
    if slide.layout == SlideLayout::BigFigure
        && !slide.blocks.iter().any(|block| {
            block
                .inline_runs()
                .flatten()
                .any(|inline| matches!(inline, Inline::Strong(_)))
        })
    {
        return Err(DeckError::BigFigureWithoutFigure { file });
    }
    let list_items: usize = slide
        .blocks
        .iter()
        .map(|block| match block {
            Block::List { items, .. } => items.len(),
            _ => 0,
        })
        .sum();
    if slide.layout == SlideLayout::Pictograms && slide.pictograms.len() != list_items {
        return Err(DeckError::PictogramCount {
            file,
            pictograms: slide.pictograms.len(),
            items: list_items,
        });
    }
    if slide.layout == SlideLayout::FollowUp {
        for placeholder in [Placeholder::MeetingDate, Placeholder::MeetingPlace] {
            if !slide.uses_placeholder(placeholder) {
                return Err(DeckError::MissingPlaceholder { file, placeholder });
            }
        }
    }
    Ok(())
}

/// `fr/01-accueil.md` gives `accueil`: folder, `.md` and the numbering prefix up to the first
/// dash (`01-`, `05b-`) removed.
fn id_from_file_name(file_name: &str) -> Result<String, DeckError> {
    let invalid = || DeckError::InvalidFileName {
        file: file_name.to_owned(),
    };
    let base_name = file_name.rsplit('/').next().unwrap_or(file_name);
    let stem = base_name.strip_suffix(".md").ok_or_else(invalid)?;
    let id = if stem.starts_with(|c: char| c.is_ascii_digit()) {
        stem.split_once('-').map_or("", |(_, id)| id)
    } else {
        stem
    };
    if is_valid_id(id) {
        Ok(id.to_owned())
    } else {
        Err(invalid())
    }
}

/// Ids are lowercase ASCII letters, digits and dashes, so they stay the same everywhere.
pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests;
