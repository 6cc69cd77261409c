//! Why a slide the advisor typed, a change, a stored adapted deck or a deck file is refused: one
//! variant per reason, each with a sentence in French and English for the advisor
//! (`message(language)`, typeset), and a developer's line in [`std::fmt::Display`].

use std::fmt;

use crate::deck::{DeckError, Placeholder, Unshowable};
use crate::language::Language;
use crate::typography::typeset;

/// A field of the slide editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlideField {
    /// « Titre ».
    Title,
    /// « Texte » (the body shown on the stage).
    Text,
    /// « Notes » (for the speaker only).
    Notes,
    /// « Sources ».
    Sources,
}

impl SlideField {
    /// The field's name in `language`, as the editor labels it.
    pub fn label(self, language: Language) -> &'static str {
        match (self, language) {
            (SlideField::Title, Language::Fr) => "Titre",
            (SlideField::Title, Language::En) => "Title",
            (SlideField::Text, Language::Fr) => "Texte projeté",
            (SlideField::Text, Language::En) => "Text shown",
            (SlideField::Notes, _) => "Notes",
            (SlideField::Sources, _) => "Sources",
        }
    }
}

/// What is wrong with a slide the advisor typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlideProblem {
    /// The field is longer than its limit in characters (`super::FIELD_LIMITS`).
    TooLong { characters: usize, limit: usize },
    /// The field has more lines than its limit.
    TooManyLines { lines: usize, limit: usize },
    /// The title holds a line break (`\n` or `\r`).
    TitleOnSeveralLines,
    /// A `#` or `##` heading inside a field (it would cut the slide's sections).
    SectionHeading,
    /// An image whose address is another site (or a `data:` address): nothing is ever fetched
    /// from elsewhere.
    ImageFromElsewhere { address: String },
    /// Raw HTML (`<script>`, `<b>`…), never shown.
    RawHtml,
    /// Markdown the stage cannot show (an image, a table, code, a nested list…).
    UnsupportedMarkdown { what: Unshowable },
    /// A link that is not `https:`, `http:`, `mailto:` or `tel:`.
    UnsafeLink { href: String },
    /// A `(+)` marker outside a paragraph, list item or quote of the text.
    MisplacedStep,
    /// A `(+N)` marker that skips a step.
    StepOutOfOrder { step: usize, highest_allowed: usize },
    /// A quiz whose answers are not marked `(+)`.
    QuizWithoutSteps,
    /// A `{word}` that is not `{date}`, `{lieu}` or `{adresse}`.
    UnknownPlaceholder { name: String },
    /// A placeholder inside bold, italic or a link.
    StyledPlaceholder,
    /// A follow-up slide without its `{date}` or `{lieu}`.
    MissingPlaceholder { placeholder: Placeholder },
    /// The title is empty.
    EmptyTitle,
    /// The notes are empty.
    EmptyNotes,
    /// The slide shows a figure (a digit in its title or text) without a source.
    MissingSources,
    /// A `bars` slide without two durations in bold.
    BarsWithoutDurations,
    /// A `big-figure` slide without a figure in bold.
    BigFigureWithoutFigure,
    /// A `pictograms` slide whose pictograms and list items are not as many.
    PictogramCount { pictograms: usize, items: usize },
    /// The planned minutes are 0 or more than three hours.
    MinutesOutOfRange { minutes: u32 },
    /// The agenda label is empty, on several lines or too long.
    InvalidAgenda,
    /// Anything else the slide parser refused (its English message).
    Other { detail: String },
}

impl SlideProblem {
    /// The problem of a parser error, and the line of the composed file it names.
    pub(super) fn from_deck_error(error: DeckError) -> (SlideProblem, Option<usize>) {
        match error {
            DeckError::RawHtml { line, .. } => (SlideProblem::RawHtml, Some(line)),
            DeckError::UnsupportedMarkdown { line, what, .. } => {
                (SlideProblem::UnsupportedMarkdown { what }, Some(line))
            }
            DeckError::UnsafeLink { line, href, .. } => {
                (SlideProblem::UnsafeLink { href }, Some(line))
            }
            DeckError::MisplacedStep { line, .. } => (SlideProblem::MisplacedStep, Some(line)),
            DeckError::StepOutOfOrder {
                line,
                step,
                highest_allowed,
                ..
            } => (
                SlideProblem::StepOutOfOrder {
                    step,
                    highest_allowed,
                },
                Some(line),
            ),
            DeckError::QuizWithoutSteps { .. } => (SlideProblem::QuizWithoutSteps, None),
            DeckError::UnknownPlaceholder { line, name, .. } => {
                (SlideProblem::UnknownPlaceholder { name }, Some(line))
            }
            DeckError::StyledPlaceholder { line, .. } => {
                (SlideProblem::StyledPlaceholder, Some(line))
            }
            DeckError::MissingPlaceholder { placeholder, .. } => {
                (SlideProblem::MissingPlaceholder { placeholder }, None)
            }
            DeckError::MissingTitle { .. } => (SlideProblem::EmptyTitle, None),
            DeckError::MissingNotes { .. } => (SlideProblem::EmptyNotes, None),
            DeckError::MissingSources { .. } => (SlideProblem::MissingSources, None),
            DeckError::BarsWithoutDurations { .. } => (SlideProblem::BarsWithoutDurations, None),
            DeckError::BigFigureWithoutFigure { .. } => {
                (SlideProblem::BigFigureWithoutFigure, None)
            }
            DeckError::PictogramCount {
                pictograms, items, ..
            } => (SlideProblem::PictogramCount { pictograms, items }, None),
            DeckError::SecondTitle { line, .. } | DeckError::UnknownSection { line, .. } => {
                (SlideProblem::SectionHeading, Some(line))
            }
            other => (
                SlideProblem::Other {
                    detail: other.to_string(),
                },
                None,
            ),
        }
    }

    /// The field a problem found on the whole slide belongs to, if one.
    pub(super) fn field_without_line(&self) -> Option<SlideField> {
        match self {
            SlideProblem::EmptyTitle => Some(SlideField::Title),
            SlideProblem::EmptyNotes => Some(SlideField::Notes),
            SlideProblem::MissingSources => Some(SlideField::Sources),
            SlideProblem::QuizWithoutSteps
            | SlideProblem::BarsWithoutDurations
            | SlideProblem::BigFigureWithoutFigure
            | SlideProblem::PictogramCount { .. }
            | SlideProblem::MissingPlaceholder { .. } => Some(SlideField::Text),
            _ => None,
        }
    }

    fn message_fr(&self) -> String {
        match self {
            SlideProblem::TooLong { limit, .. } => {
                format!("Ce champ est trop long : {limit} caractères au plus.")
            }
            SlideProblem::TooManyLines { limit, .. } => {
                format!("Ce champ a trop de lignes : {limit} au plus.")
            }
            SlideProblem::TitleOnSeveralLines => "Le titre tient sur une seule ligne.".into(),
            SlideProblem::SectionHeading => "Un titre « # » ou « ## » coupe la diapositive : \
                 écrivez « ### » pour un intertitre."
                .into(),
            SlideProblem::ImageFromElsewhere { .. } => "Une image d'un autre site n'est jamais \
                 chargée : l'application ne va rien chercher ailleurs. Retirez-la."
                .into(),
            SlideProblem::RawHtml => "Le HTML n'est pas permis : écrivez du texte simple, avec \
                 la mise en forme expliquée à côté du texte."
                .into(),
            SlideProblem::UnsupportedMarkdown { what } => unshowable_fr(*what).into(),
            SlideProblem::UnsafeLink { .. } => "Un lien commence par « https:// », « http:// », \
                 « mailto: » ou « tel: »."
                .into(),
            SlideProblem::MisplacedStep => "Le repère « (+) » se met au début d'un paragraphe, \
                 d'un élément de liste ou d'une citation du texte."
                .into(),
            SlideProblem::StepOutOfOrder {
                highest_allowed, ..
            } => format!(
                "Ce repère saute une étape : ici, {highest_allowed} au plus, ou « (+) » pour \
                 la suivante."
            ),
            SlideProblem::QuizWithoutSteps => "Un quiz dévoile ses réponses une à une : \
                 commencez chaque réponse par « (+) »."
                .into(),
            SlideProblem::UnknownPlaceholder { name } => format!(
                "« {{{name}}} » n'est pas une valeur connue : écrivez {{date}}, {{lieu}} ou \
                 {{adresse}}."
            ),
            SlideProblem::StyledPlaceholder => "Écrivez {date}, {lieu} et {adresse} hors du \
                 gras, de l'italique et des liens."
                .into(),
            SlideProblem::MissingPlaceholder { placeholder } => format!(
                "Cette diapositive de rendez-vous doit montrer « {{{}}} ».",
                match placeholder {
                    Placeholder::MeetingDate => "date",
                    Placeholder::MeetingPlace => "lieu",
                    Placeholder::AppAddress => "adresse",
                }
            ),
            SlideProblem::EmptyTitle => "La diapositive a besoin d'un titre.".into(),
            SlideProblem::EmptyNotes => {
                "Écrivez quelques notes pour l'animateur ou l'animatrice.".into()
            }
            SlideProblem::MissingSources => "Cette diapositive montre un chiffre : \
                 indiquez sa source dans « Sources »."
                .into(),
            SlideProblem::BarsWithoutDurations => "Une diapositive en barres a besoin d'au moins \
                 deux éléments de liste avec une durée en gras (« **1 h 20** »)."
                .into(),
            SlideProblem::BigFigureWithoutFigure => "Écrivez le chiffre à montrer en gras \
                 (« **2 h** »)."
                .into(),
            SlideProblem::PictogramCount { pictograms, items } => format!(
                "{pictograms} pictogrammes pour {items} éléments de liste : il en faut un \
                 par élément."
            ),
            SlideProblem::MinutesOutOfRange { .. } => {
                "La durée prévue va de 1 à 180 minutes.".into()
            }
            SlideProblem::InvalidAgenda => {
                "La partie du programme tient sur une ligne de 100 caractères au plus.".into()
            }
            SlideProblem::Other { .. } => "Cette diapositive ne peut pas être lue.".into(),
        }
    }

    fn message_en(&self) -> String {
        match self {
            SlideProblem::TooLong { limit, .. } => {
                format!("This field is too long: {limit} characters at most.")
            }
            SlideProblem::TooManyLines { limit, .. } => {
                format!("This field has too many lines: {limit} at most.")
            }
            SlideProblem::TitleOnSeveralLines => "The title fits on one line.".into(),
            SlideProblem::SectionHeading => {
                "A \"#\" or \"##\" heading cuts the slide: write \"###\" for a subheading.".into()
            }
            SlideProblem::ImageFromElsewhere { .. } => "An image from another site is never \
                 loaded: the app fetches nothing from elsewhere. Remove it."
                .into(),
            SlideProblem::RawHtml => {
                "HTML is not allowed: write plain text, with the formatting explained beside the \
                 text."
                    .into()
            }
            SlideProblem::UnsupportedMarkdown { what } => unshowable_en(*what).into(),
            SlideProblem::UnsafeLink { .. } => {
                "A link starts with https://, http://, mailto: or tel:.".into()
            }
            SlideProblem::MisplacedStep => "The \"(+)\" mark goes at the start of a paragraph, \
                 a list item or a quote of the text."
                .into(),
            SlideProblem::StepOutOfOrder {
                highest_allowed, ..
            } => format!(
                "This mark skips a step: {highest_allowed} at most here, or \"(+)\" for the \
                 next one."
            ),
            SlideProblem::QuizWithoutSteps => {
                "A quiz reveals its answers one by one: start each answer with \"(+)\".".into()
            }
            SlideProblem::UnknownPlaceholder { name } => format!(
                "\"{{{name}}}\" is not a known value: write {{date}}, {{place}} or {{address}}."
            ),
            SlideProblem::StyledPlaceholder => {
                "Write {date}, {place} and {address} outside bold, italic and links.".into()
            }
            SlideProblem::MissingPlaceholder { placeholder } => format!(
                "This meeting slide must show \"{{{}}}\".",
                placeholder.code()
            ),
            SlideProblem::EmptyTitle => "The slide needs a title.".into(),
            SlideProblem::EmptyNotes => "Write a few notes for the speaker.".into(),
            SlideProblem::MissingSources => {
                "This slide shows a figure: give its source under \"Sources\".".into()
            }
            SlideProblem::BarsWithoutDurations => "A bars slide needs at least two list items \
                 with a duration in bold (\"**1 h 20**\")."
                .into(),
            SlideProblem::BigFigureWithoutFigure => {
                "Write the figure to show in bold (\"**2 h**\").".into()
            }
            SlideProblem::PictogramCount { pictograms, items } => {
                format!("{pictograms} pictograms for {items} list items: give one per item.")
            }
            SlideProblem::MinutesOutOfRange { .. } => {
                "The planned time is from 1 to 180 minutes.".into()
            }
            SlideProblem::InvalidAgenda => {
                "The agenda part fits on one line of 100 characters at most.".into()
            }
            SlideProblem::Other { .. } => "This slide cannot be read.".into(),
        }
    }
}

/// A slide the advisor typed, refused: the problem, and the field and line it is in, if known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlideTextError {
    /// The field, when the problem is in one.
    pub field: Option<SlideField>,
    /// The line within the field (from 1), when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub problem: SlideProblem,
}

impl SlideTextError {
    pub(super) fn in_field(field: SlideField, problem: SlideProblem) -> SlideTextError {
        SlideTextError {
            field: Some(field),
            line: None,
            problem,
        }
    }

    pub(super) fn at(field: SlideField, line: usize, problem: SlideProblem) -> SlideTextError {
        SlideTextError {
            field: Some(field),
            line: Some(line),
            problem,
        }
    }

    pub(super) fn whole(problem: SlideProblem) -> SlideTextError {
        SlideTextError {
            field: None,
            line: None,
            problem,
        }
    }

    /// The sentence for the advisor in `language`: where, then what.
    pub fn message(&self, language: Language) -> String {
        let place = match (self.field, self.line, language) {
            (Some(field), Some(line), Language::Fr) => {
                format!("{}, ligne {line} : ", field.label(language))
            }
            (Some(field), Some(line), Language::En) => {
                format!("{}, line {line}: ", field.label(language))
            }
            (Some(field), None, Language::Fr) => format!("{} : ", field.label(language)),
            (Some(field), None, Language::En) => format!("{}: ", field.label(language)),
            (None, _, _) => String::new(),
        };
        let what = match language {
            Language::Fr => self.problem.message_fr(),
            Language::En => self.problem.message_en(),
        };
        typeset(&format!("{place}{what}"), language)
    }
}

impl fmt::Display for SlideTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.problem)?;
        if let Some(field) = self.field {
            write!(f, " in {field:?}")?;
        }
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SlideTextError {}

/// A change the editor asked for that cannot be made; the adaptation stays as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// No slide of the adaptation has this id.
    UnknownSlide { id: String },
    /// Only the advisor's own slides can be deleted (a bundled one can be hidden).
    NotOwnSlide { id: String },
    /// The deck already has [`super::MAX_SLIDES`] slides.
    TooManySlides,
    /// The typed slide is refused.
    Slide(SlideTextError),
}

impl EditError {
    /// The sentence for the advisor in `language`.
    pub fn message(&self, language: Language) -> String {
        let written = match (self, language) {
            (EditError::Slide(error), _) => return error.message(language),
            (EditError::UnknownSlide { .. }, Language::Fr) => {
                "Cette diapositive n'est plus dans le diaporama.".to_owned()
            }
            (EditError::UnknownSlide { .. }, Language::En) => {
                "This slide is no longer in the deck.".to_owned()
            }
            (EditError::NotOwnSlide { .. }, Language::Fr) => {
                "Une diapositive d'origine ne se supprime pas : masquez-la.".to_owned()
            }
            (EditError::NotOwnSlide { .. }, Language::En) => {
                "A slide of the original deck cannot be deleted: hide it.".to_owned()
            }
            (EditError::TooManySlides, Language::Fr) => format!(
                "Le diaporama a déjà {} diapositives, le maximum.",
                super::MAX_SLIDES
            ),
            (EditError::TooManySlides, Language::En) => format!(
                "The deck already has {} slides, the most it can hold.",
                super::MAX_SLIDES
            ),
        };
        typeset(&written, language)
    }
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::UnknownSlide { id } => write!(f, "no slide `{id}` in the adaptation"),
            EditError::NotOwnSlide { id } => write!(f, "`{id}` is not the advisor's own slide"),
            EditError::TooManySlides => write!(f, "too many slides"),
            EditError::Slide(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for EditError {}

impl From<SlideTextError> for EditError {
    fn from(error: SlideTextError) -> EditError {
        EditError::Slide(error)
    }
}

/// Why the content of an adapted deck (stored or in a file) is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredDeckError {
    /// The text is not JSON (cut short, or another kind of text).
    NotJson,
    /// JSON, but not an adapted deck of this app (wrong `app`/`format`, no version, no deck).
    NotOurs,
    /// Written by a newer version of the app.
    NewerVersion { found: u64, supported: u32 },
    /// A field is missing, unknown, or of the wrong type (the parser's message, for developers).
    Malformed { detail: String },
    /// A layout code this version does not know.
    UnknownLayout { found: String },
    /// A pictogram code this version does not know.
    UnknownPictogram { found: String },
    /// An id that is not lowercase letters, digits and dashes, or an own slide's id without
    /// `perso-`.
    InvalidId { id: String },
    /// The same slide twice in one language.
    DuplicateSlide { id: String },
    /// More than [`super::MAX_SLIDES`] slides in one language.
    TooManySlides,
    /// A slide breaks the rules of a typed slide.
    InvalidSlide {
        language: Language,
        id: String,
        error: SlideTextError,
    },
}

impl StoredDeckError {
    /// The sentence for the advisor in `language`.
    pub fn message(&self, language: Language) -> String {
        let written = match language {
            Language::Fr => self.message_fr(),
            Language::En => self.message_en(),
        };
        typeset(&written, language)
    }

    fn message_fr(&self) -> String {
        const DAMAGED: &str = "Ce diaporama est abîmé ou a été modifié à la main";
        match self {
            StoredDeckError::NotJson => {
                "Ce fichier n'est pas un diaporama d'Écrans en famille (ou il est coupé).".into()
            }
            StoredDeckError::NotOurs => {
                "Ce fichier n'est pas un diaporama d'Écrans en famille.".into()
            }
            StoredDeckError::NewerVersion { .. } => "Ce diaporama vient d'une version plus \
                 récente de l'application : mettez-la à jour, puis réessayez."
                .into(),
            StoredDeckError::Malformed { .. } => format!(
                "{DAMAGED} : il manque un champ ou un \
                 champ est inconnu."
            ),
            StoredDeckError::UnknownLayout { found } => {
                format!("{DAMAGED} : la mise en page « {found} » est inconnue.")
            }
            StoredDeckError::UnknownPictogram { found } => {
                format!("{DAMAGED} : le pictogramme « {found} » est inconnu.")
            }
            StoredDeckError::InvalidId { .. } => {
                format!("{DAMAGED} : une diapositive a un identifiant invalide.")
            }
            StoredDeckError::DuplicateSlide { .. } => {
                format!("{DAMAGED} : une diapositive y figure deux fois.")
            }
            StoredDeckError::TooManySlides => format!(
                "Ce diaporama a plus de {} diapositives dans une langue.",
                super::MAX_SLIDES
            ),
            StoredDeckError::InvalidSlide {
                language,
                id,
                error,
            } => format!(
                "La diapositive « {id} » ({}) est refusée. {}",
                match language {
                    Language::Fr => "en français",
                    Language::En => "en anglais",
                },
                error.message(Language::Fr)
            ),
        }
    }

    fn message_en(&self) -> String {
        const DAMAGED: &str = "This deck is damaged or was edited by hand";
        match self {
            StoredDeckError::NotJson => {
                "This file is not an Écrans en famille deck (or it was cut short).".into()
            }
            StoredDeckError::NotOurs => "This file is not an Écrans en famille deck.".into(),
            StoredDeckError::NewerVersion { .. } => "This deck comes from a newer version of \
                 the app: update it, then try again."
                .into(),
            StoredDeckError::Malformed { .. } => {
                format!("{DAMAGED}: a field is missing or unknown.")
            }
            StoredDeckError::UnknownLayout { found } => {
                format!("{DAMAGED}: the layout \"{found}\" is unknown.")
            }
            StoredDeckError::UnknownPictogram { found } => {
                format!("{DAMAGED}: the pictogram \"{found}\" is unknown.")
            }
            StoredDeckError::InvalidId { .. } => {
                format!("{DAMAGED}: a slide has an invalid id.")
            }
            StoredDeckError::DuplicateSlide { .. } => {
                format!("{DAMAGED}: a slide appears twice.")
            }
            StoredDeckError::TooManySlides => format!(
                "This deck has more than {} slides in one language.",
                super::MAX_SLIDES
            ),
            StoredDeckError::InvalidSlide {
                language,
                id,
                error,
            } => format!(
                "The slide \"{id}\" ({}) is refused. {}",
                match language {
                    Language::Fr => "in French",
                    Language::En => "in English",
                },
                error.message(Language::En)
            ),
        }
    }
}

impl fmt::Display for StoredDeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoredDeckError::Malformed { detail } => write!(f, "malformed deck: {detail}"),
            StoredDeckError::InvalidSlide {
                language,
                id,
                error,
            } => write!(f, "slide `{id}` ({}): {error}", language.code()),
            other => write!(f, "{other:?}"),
        }
    }
}

impl std::error::Error for StoredDeckError {}

/// Why a deck file chosen for « Importer » is refused; nothing stored changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Larger than [`super::MAX_DECK_FILE_BYTES`]: refused before being read.
    TooLarge { bytes: u64 },
    /// Nothing, or only blank space.
    Empty,
    /// Not UTF-8 text.
    NotText,
    /// JSON that stops short.
    Truncated,
    /// Arrays or objects nested too deep.
    TooDeeplyNested,
    /// A key twice in one object.
    DuplicateKey { key: String },
    /// The file's deck holds no slide at all in either language.
    EmptyDeck,
    /// What is inside is refused (the same reasons as a stored deck).
    Content(StoredDeckError),
}

impl FileError {
    /// The sentence for the advisor in `language`.
    pub fn message(&self, language: Language) -> String {
        let written = match (self, language) {
            (FileError::Content(error), _) => return error.message(language),
            (FileError::TooLarge { .. }, Language::Fr) => format!(
                "Ce fichier est trop gros pour un diaporama ({} Mo au plus).",
                super::MAX_DECK_FILE_BYTES / (1024 * 1024)
            ),
            (FileError::TooLarge { .. }, Language::En) => format!(
                "This file is too large for a deck ({} MB at most).",
                super::MAX_DECK_FILE_BYTES / (1024 * 1024)
            ),
            (FileError::Empty, Language::Fr) => "Ce fichier est vide.".into(),
            (FileError::Empty, Language::En) => "This file is empty.".into(),
            (FileError::NotText, Language::Fr) => "Ce fichier n'est pas du texte : choisissez \
                 le fichier « ….diaporama.json »."
                .into(),
            (FileError::NotText, Language::En) => {
                "This file is not text: choose the \"….diaporama.json\" file.".into()
            }
            (FileError::Truncated, Language::Fr) => {
                "Ce fichier est coupé : copiez-le ou téléchargez-le à nouveau.".into()
            }
            (FileError::Truncated, Language::En) => {
                "This file is cut short: copy or download it again.".into()
            }
            (FileError::TooDeeplyNested | FileError::DuplicateKey { .. }, Language::Fr) => {
                "Ce fichier est abîmé ou a été modifié à la main.".into()
            }
            (FileError::TooDeeplyNested | FileError::DuplicateKey { .. }, Language::En) => {
                "This file is damaged or was edited by hand.".into()
            }
            (FileError::EmptyDeck, Language::Fr) => {
                "Ce diaporama ne contient aucune diapositive.".into()
            }
            (FileError::EmptyDeck, Language::En) => "This deck holds no slide.".into(),
        };
        typeset(&written, language)
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Content(error) => error.fmt(f),
            other => write!(f, "{other:?}"),
        }
    }
}

impl std::error::Error for FileError {}

impl From<StoredDeckError> for FileError {
    fn from(error: StoredDeckError) -> FileError {
        FileError::Content(error)
    }
}

/// What to change, in French, for Markdown a slide cannot show.
fn unshowable_fr(what: Unshowable) -> &'static str {
    match what {
        Unshowable::Image => "Les diapositives ne montrent pas d'images : retirez le « ![…](…) ».",
        Unshowable::Table => {
            "Un tableau ne s'affiche pas sur une diapositive : écrivez une \
             liste à la place."
        }
        Unshowable::CodeBlock => {
            "Une ligne qui commence par quatre espaces (ou placée entre \
             deux lignes « ``` ») ne s'affiche pas : retirez les espaces au début de la ligne."
        }
        Unshowable::HorizontalLine => {
            "Une ligne faite seulement de « --- », « *** » ou \
             « ___ » ne s'affiche pas : retirez-la."
        }
        Unshowable::NestedList => {
            "Une liste ne se met pas dans une autre liste ni dans une \
             citation : commencez chaque point par « - » au tout début de la ligne."
        }
        Unshowable::NestedHeading => {
            "Un intertitre « ### » ne se met pas dans une liste ni \
             dans une citation : écrivez-le sur une ligne à part, sans « - » ni « > » devant."
        }
        Unshowable::NestedQuote => {
            "Une citation « > » ne se met pas dans une liste ni dans \
             une autre citation."
        }
        Unshowable::LinkInEmphasis => {
            "Un lien ne se met pas en gras ni en italique : retirez \
             les « ** » ou « * » autour."
        }
        Unshowable::SourceNotAList => {
            "Écrivez les sources une par ligne, sans « ### » ni \
             « > »."
        }
        Unshowable::Other => {
            "Cette mise en forme ne s'affiche pas sur une diapositive : \
             écrivez du texte simple."
        }
    }
}

/// What to change, in English, for Markdown a slide cannot show.
fn unshowable_en(what: Unshowable) -> &'static str {
    match what {
        Unshowable::Image => "Slides show no pictures: remove the ![…](…).",
        Unshowable::Table => "A table cannot be shown on a slide: write a list instead.",
        Unshowable::CodeBlock => {
            "A line that starts with four spaces (or sits between two ``` \
             lines) is not shown: remove the spaces at the start of the line."
        }
        Unshowable::HorizontalLine => "A line of only ---, *** or ___ is not shown: remove it.",
        Unshowable::NestedList => {
            "A list cannot go inside another list or a quote: start each \
             point with - at the very start of its line."
        }
        Unshowable::NestedHeading => {
            "A ### heading cannot go inside a list or a quote: write \
             it on a line of its own, with no - or > before it."
        }
        Unshowable::NestedQuote => "A > quote cannot go inside a list or another quote.",
        Unshowable::LinkInEmphasis => {
            "A link cannot be bold or italic: remove the ** or * \
             around it."
        }
        Unshowable::SourceNotAList => "Write the sources one per line, without ### or >.",
        Unshowable::Other => "This formatting cannot be shown on a slide: write plain text.",
    }
}
