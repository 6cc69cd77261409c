//! What can be wrong in a slide file, said in plain words for the advisor who edited it.
//!
//! Every variant names the file (and the line, where one is known) and says what to change.
//! The messages are English sentences for the developer's console and the test output; the app
//! never shows them to parents, because the bundled content is checked by the tests first.

use std::fmt;

use super::{Pictogram, Placeholder};

/// Why a slide file or a deck could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeckError {
    /// The file name is not like `01-accueil.md`: it must end in `.md` and hold a slide id.
    InvalidFileName { file: String },
    /// The settings block opened by `---` on the first line is never closed by a second `---`.
    UnclosedSettings { file: String },
    /// A line of the settings block is not `name: value`.
    MalformedSetting { file: String, line: usize },
    /// The settings block names a setting other than `id`, `layout` and `minutes`.
    UnknownSetting {
        file: String,
        line: usize,
        name: String,
    },
    /// `id:` holds something other than lowercase letters, digits and dashes.
    InvalidId { file: String, id: String },
    /// `layout:` names no known layout.
    UnknownLayout {
        file: String,
        line: usize,
        value: String,
    },
    /// The settings block has no `minutes:` line.
    MissingMinutes { file: String },
    /// `minutes:` is not a whole number.
    InvalidMinutes {
        file: String,
        line: usize,
        value: String,
    },
    /// The slide has no `# Title` line, or an empty one.
    MissingTitle { file: String },
    /// The slide has a second `# ` title line.
    SecondTitle { file: String, line: usize },
    /// Something comes before the `# Title` line.
    ContentBeforeTitle { file: String, line: usize },
    /// A `## ` section other than `## Notes` and `## Sources`.
    UnknownSection {
        file: String,
        line: usize,
        name: String,
    },
    /// The same `## ` section appears twice.
    RepeatedSection {
        file: String,
        line: usize,
        name: String,
    },
    /// The slide has no `## Notes` section, or an empty one.
    MissingNotes { file: String },
    /// The slide shows a number (a digit) but has no `## Sources` section to back it.
    MissingSources { file: String },
    /// The slide contains raw HTML, which is never shown.
    RawHtml { file: String, line: usize },
    /// The slide uses Markdown the stage cannot show (an image, a table, a nested list…).
    UnsupportedMarkdown {
        file: String,
        line: usize,
        what: Unshowable,
    },
    /// A link address that is not `https:`, `http:`, `mailto:` or `tel:`.
    UnsafeLink {
        file: String,
        line: usize,
        href: String,
    },
    /// A `(+)` step marker outside a paragraph, list item or quote of the slide body.
    MisplacedStep { file: String, line: usize },
    /// A `(+N)` step marker skips a step (or is `(+0)`).
    StepOutOfOrder {
        file: String,
        line: usize,
        step: usize,
        highest_allowed: usize,
    },
    /// A quiz slide whose answers are not marked with `(+)`, so nothing would be revealed.
    QuizWithoutSteps { file: String },
    /// A `{word}` between braces that is not a known placeholder.
    UnknownPlaceholder {
        file: String,
        line: usize,
        name: String,
    },
    /// A placeholder inside bold, italic or a link, where the app cannot fill it in.
    StyledPlaceholder { file: String, line: usize },
    /// A follow-up slide without `{date}` or `{lieu}`, so the meeting would not be shown.
    MissingPlaceholder {
        file: String,
        placeholder: Placeholder,
    },
    /// Two files give the same slide id.
    DuplicateId {
        id: String,
        first_file: String,
        second_file: String,
    },
    /// The deck has no slide file at all.
    EmptyDeck,
    /// A `bars` slide with fewer than two list items whose bold text is a duration.
    BarsWithoutDurations { file: String },
    /// A `big-figure` slide without bold text to show as the figure.
    BigFigureWithoutFigure { file: String },
    /// A `pictograms:` name that is not one of the project's pictograms.
    UnknownPictogram {
        file: String,
        line: usize,
        name: String,
    },
    /// A `pictograms` slide whose pictograms and list items are not as many.
    PictogramCount {
        file: String,
        pictograms: usize,
        items: usize,
    },
}

impl fmt::Display for DeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeckError::InvalidFileName { file } => write!(
                f,
                "{file}: the file name must look like `01-accueil.md` (a number, a dash, \
                 lowercase letters, digits or dashes, then `.md`)"
            ),
            DeckError::UnclosedSettings { file } => write!(
                f,
                "{file}: the settings block that starts with `---` on line 1 has no closing \
                 `---` line"
            ),
            DeckError::MalformedSetting { file, line } => write!(
                f,
                "{file}, line {line}: a setting must be written `name: value`, \
                 for example `minutes: 5`"
            ),
            DeckError::UnknownSetting { file, line, name } => write!(
                f,
                "{file}, line {line}: unknown setting `{name}`; \
                 the settings are `id`, `layout`, `minutes`, `agenda` and `pictograms`"
            ),
            DeckError::InvalidId { file, id } => write!(
                f,
                "{file}: the id `{id}` may only use lowercase letters, digits and dashes"
            ),
            DeckError::UnknownLayout { file, line, value } => write!(
                f,
                "{file}, line {line}: unknown layout `{value}`; the layouts are {}",
                super::SlideLayout::ALL
                    .map(|layout| layout.code())
                    .join(", ")
            ),
            DeckError::MissingMinutes { file } => write!(
                f,
                "{file}: the settings block at the top needs a `minutes:` line \
                 (the planned speaking time)"
            ),
            DeckError::InvalidMinutes { file, line, value } => write!(
                f,
                "{file}, line {line}: `minutes: {value}` must be a whole number, \
                 for example `minutes: 5`"
            ),
            DeckError::MissingTitle { file } => {
                write!(f, "{file}: the slide needs a title line starting with `# `")
            }
            DeckError::SecondTitle { file, line } => write!(
                f,
                "{file}, line {line}: a slide has only one `# ` title; \
                 use `### ` for a heading inside the slide"
            ),
            DeckError::ContentBeforeTitle { file, line } => write!(
                f,
                "{file}, line {line}: nothing may come before the `# ` title line \
                 (only the settings block)"
            ),
            DeckError::UnknownSection { file, line, name } => write!(
                f,
                "{file}, line {line}: unknown section `## {name}`; the sections are \
                 `## Notes` and `## Sources` (use `### ` for a heading inside the slide)"
            ),
            DeckError::RepeatedSection { file, line, name } => write!(
                f,
                "{file}, line {line}: the section `## {name}` appears twice"
            ),
            DeckError::MissingNotes { file } => write!(
                f,
                "{file}: the slide needs a `## Notes` section with the speaker notes"
            ),
            DeckError::MissingSources { file } => write!(
                f,
                "{file}: the slide shows a number, so it needs a `## Sources` section \
                 saying where the number comes from"
            ),
            DeckError::RawHtml { file, line } => write!(
                f,
                "{file}, line {line}: HTML is not allowed in slides; write plain Markdown \
                 (write `&lt;` for a lone `<` sign)"
            ),
            DeckError::UnsupportedMarkdown { file, line, what } => {
                write!(f, "{file}, line {line}: slides cannot show {what}")
            }
            DeckError::UnsafeLink { file, line, href } => write!(
                f,
                "{file}, line {line}: the link `{href}` must start with `https://`, \
                 `http://`, `mailto:` or `tel:`"
            ),
            DeckError::MisplacedStep { file, line } => write!(
                f,
                "{file}, line {line}: a `(+)` marker only works at the start of a paragraph, \
                 a list item or a quote of the slide itself (not in a title, the notes or \
                 the sources)"
            ),
            DeckError::StepOutOfOrder {
                file,
                line,
                step,
                highest_allowed,
            } => write!(
                f,
                "{file}, line {line}: `(+{step})` skips a step; the highest step allowed \
                 here is {highest_allowed} (or write `(+)` to take the next one)"
            ),
            DeckError::QuizWithoutSteps { file } => write!(
                f,
                "{file}: a quiz slide must reveal its answers one by one: start each answer \
                 with `(+)`"
            ),
            DeckError::UnknownPlaceholder { file, line, name } => write!(
                f,
                "{file}, line {line}: `{{{name}}}` is not a known value; \
                 write `{{date}}`, `{{lieu}}` or `{{adresse}}`"
            ),
            DeckError::StyledPlaceholder { file, line } => write!(
                f,
                "{file}, line {line}: write `{{date}}`, `{{lieu}}` and `{{adresse}}` outside \
                 bold, italic and links; the app already shows them in bold"
            ),
            DeckError::MissingPlaceholder { file, placeholder } => write!(
                f,
                "{file}: a follow-up slide must show `{{{}}}`, which the app fills in from \
                 Réglages",
                placeholder.code()
            ),
            DeckError::DuplicateId {
                id,
                first_file,
                second_file,
            } => write!(
                f,
                "{second_file}: the slide id `{id}` is already used by {first_file}"
            ),
            DeckError::EmptyDeck => write!(f, "the deck has no slide file"),
            DeckError::BarsWithoutDurations { file } => write!(
                f,
                "{file}: a `bars` slide needs at least two list items with a duration in bold, \
                 for example `- à 2 ans : **56 min**`"
            ),
            DeckError::BigFigureWithoutFigure { file } => write!(
                f,
                "{file}: a `big-figure` slide shows its first **bold** text very large; \
                 write the figure in bold"
            ),
            DeckError::UnknownPictogram { file, line, name } => write!(
                f,
                "{file}, line {line}: unknown pictogram `{name}`; the pictograms are {}",
                Pictogram::ALL.map(Pictogram::code).join(", ")
            ),
            DeckError::PictogramCount {
                file,
                pictograms,
                items,
            } => write!(
                f,
                "{file}: the slide names {pictograms} pictograms for {items} list items; \
                 give one pictogram per item"
            ),
        }
    }
}

impl std::error::Error for DeckError {}

/// Markdown a slide cannot show, named so each reader's message can say what to change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unshowable {
    /// `![…](…)` with an address on this site: slides hold no pictures.
    Image,
    /// A table (`| a | b |`).
    Table,
    /// A code block: text indented by four spaces, or between ``` lines.
    CodeBlock,
    /// A horizontal line: `---`, `***` or `___` on a line of its own.
    HorizontalLine,
    /// A list inside a list item or a quote.
    NestedList,
    /// A heading inside a list or a quote.
    NestedHeading,
    /// A quote inside a list or a quote.
    NestedQuote,
    /// A link inside bold or italic text.
    LinkInEmphasis,
    /// A heading or a quote among the sources.
    SourceNotAList,
    /// Any other construct the stage has no place for.
    Other,
}

impl fmt::Display for Unshowable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Unshowable::Image => "an image",
            Unshowable::Table => "a table",
            Unshowable::CodeBlock => {
                "a code block (text indented by four spaces, or between ``` lines)"
            }
            Unshowable::HorizontalLine => {
                "a horizontal line (`---`, `***` or `___` on a line of its own)"
            }
            Unshowable::NestedList => "a list inside a list item or a quote",
            Unshowable::NestedHeading => "a heading inside a list or a quote",
            Unshowable::NestedQuote => "a quote inside a list or a quote",
            Unshowable::LinkInEmphasis => "a link inside bold or italic text",
            Unshowable::SourceNotAList => {
                "a heading or a quote among the sources (write one source per line of a list)"
            }
            Unshowable::Other => "this kind of Markdown",
        })
    }
}
