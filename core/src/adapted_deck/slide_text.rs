//! A slide as the editor shows it (settings, title, text, notes, sources), read from a bundled
//! slide file and written back as one, and the checks on what the advisor types.
//!
//! The advisor's slide goes through the bundled deck's own parser and rules (`crate::deck`): the
//! same Markdown subset, raw HTML (`<script>` included) refused with its own error, links to the
//! web, mail or phone only, and the figure rule: a slide whose title or body shows a digit needs
//! a source. Before that, cheap checks on each field: its size and its number of lines, a title
//! on one line, no `#` or `##` heading inside a field (it would cut the slide's sections), and an
//! image pointing to another origin refused with its own error (nothing is ever fetched from
//! elsewhere; a local image is refused like in `content/`). Errors name the field and the line
//! within it.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag};

use super::error::{SlideField, SlideProblem, SlideTextError};
use super::SlideSource;
use crate::deck::{parse_slide, DeckError, Slide};
use crate::language::Language;

/// The limits of each field: (field, most characters, most lines).
pub const FIELD_LIMITS: [(SlideField, usize, usize); 4] = [
    (SlideField::Title, 300, 1),
    (SlideField::Text, 6_000, 60),
    (SlideField::Notes, 12_000, 150),
    (SlideField::Sources, 3_000, 30),
];

/// The most minutes a slide may plan.
const MAX_MINUTES: u32 = 180;

/// The slide the stage would show for what the advisor typed, typeset for `language`, or why it
/// is refused: the editor's live preview. The same checks as [`validate_slide`].
pub fn preview_slide(
    id: &str,
    source: &SlideSource,
    language: Language,
) -> Result<Slide, SlideTextError> {
    let slide = validate_slide(id, source, language)?;
    let mut typeset = crate::deck::typeset_deck(
        crate::deck::Deck {
            slides: vec![slide],
        },
        language,
    );
    Ok(typeset.slides.pop().expect("typesetting keeps every slide"))
}

/// Checks a slide the advisor typed, and gives the slide the stage would show (before
/// typesetting). `id` is the slide's id; `language` the deck's.
pub fn validate_slide(
    id: &str,
    source: &SlideSource,
    language: Language,
) -> Result<Slide, SlideTextError> {
    for (field, max_characters, max_lines) in FIELD_LIMITS {
        let text = field_text(source, field);
        let characters = text.chars().count();
        if characters > max_characters {
            return Err(SlideTextError::in_field(
                field,
                SlideProblem::TooLong {
                    characters,
                    limit: max_characters,
                },
            ));
        }
        let lines = text.lines().count();
        if field == SlideField::Title && text.trim().contains(['\n', '\r']) {
            return Err(SlideTextError::in_field(
                field,
                SlideProblem::TitleOnSeveralLines,
            ));
        }
        if lines > max_lines {
            return Err(SlideTextError::in_field(
                field,
                SlideProblem::TooManyLines {
                    lines,
                    limit: max_lines,
                },
            ));
        }
    }
    if source.minutes == 0 || source.minutes > MAX_MINUTES {
        return Err(SlideTextError::whole(SlideProblem::MinutesOutOfRange {
            minutes: source.minutes,
        }));
    }
    if source.agenda.as_deref().is_some_and(|label| {
        label.len() > 100 || label.contains(['\n', '\r']) || label.trim().is_empty()
    }) {
        return Err(SlideTextError::whole(SlideProblem::InvalidAgenda));
    }
    for (field, _, _) in FIELD_LIMITS {
        check_field_markdown(field, field_text(source, field))?;
    }
    let composed = compose(id, source, language);
    parse_slide(&composed.file_name, &composed.text).map_err(|error| composed.locate(error))
}

/// The text of one field.
pub(super) fn field_text(source: &SlideSource, field: SlideField) -> &str {
    match field {
        SlideField::Title => &source.title,
        SlideField::Text => &source.text,
        SlideField::Notes => &source.notes,
        SlideField::Sources => &source.sources,
    }
}

/// Refuses a `#`/`##` heading and an image to another origin inside one field.
fn check_field_markdown(field: SlideField, text: &str) -> Result<(), SlideTextError> {
    for (event, range) in Parser::new(text).into_offset_iter() {
        let line = line_at(text, range.start);
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1 | HeadingLevel::H2,
                ..
            }) if field != SlideField::Title => {
                return Err(SlideTextError::at(
                    field,
                    line,
                    SlideProblem::SectionHeading,
                ));
            }
            Event::Start(Tag::Image { dest_url, .. }) if is_other_origin(&dest_url) => {
                return Err(SlideTextError::at(
                    field,
                    line,
                    SlideProblem::ImageFromElsewhere {
                        address: dest_url.into_string(),
                    },
                ));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Whether an image address names a scheme or a host (`https://…`, `//…`, `data:…`).
fn is_other_origin(address: &str) -> bool {
    let address = address.trim();
    address.starts_with("//")
        || address.starts_with("\\\\")
        || address
            .split_once(':')
            .is_some_and(|(scheme, _)| !scheme.is_empty() && !scheme.contains('/'))
}

/// The 1-based line of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    1 + text[..offset.min(text.len())].matches('\n').count()
}

/// A slide written out as a slide file, with where each field starts in it.
struct Composed {
    file_name: String,
    text: String,
    /// Each field's lines in the file (1-based, end excluded).
    fields: Vec<(SlideField, Range<usize>)>,
}

impl Composed {
    /// The parser's error, said for the advisor: the field and the line within it.
    fn locate(&self, error: DeckError) -> SlideTextError {
        let (problem, line) = SlideProblem::from_deck_error(error);
        let Some(line) = line else {
            return match problem.field_without_line() {
                Some(field) => SlideTextError::in_field(field, problem),
                None => SlideTextError::whole(problem),
            };
        };
        match self.fields.iter().find(|(_, lines)| lines.contains(&line)) {
            Some((field, lines)) => SlideTextError::at(*field, line - lines.start + 1, problem),
            None => SlideTextError::whole(problem),
        }
    }
}

/// Writes the slide as a file of `content/`.
fn compose(id: &str, source: &SlideSource, language: Language) -> Composed {
    let mut text = String::from("---\n");
    text.push_str(&format!("id: {id}\n"));
    text.push_str(&format!("layout: {}\n", source.layout.code()));
    text.push_str(&format!("minutes: {}\n", source.minutes));
    if let Some(agenda) = &source.agenda {
        text.push_str(&format!("agenda: {}\n", agenda.trim()));
    }
    if !source.pictograms.is_empty() {
        let names: Vec<&str> = source.pictograms.iter().map(|p| p.code()).collect();
        text.push_str(&format!("pictograms: {}\n", names.join(", ")));
    }
    text.push_str("---\n");
    let mut fields = Vec::new();
    let mut push_field = |text: &mut String, field: SlideField, heading: &str, body: &str| {
        text.push_str(heading);
        let start = text.matches('\n').count() + 1;
        let body = body.trim_end();
        text.push_str(body);
        text.push('\n');
        let end = text.matches('\n').count() + 1;
        fields.push((field, start..end));
        text.push('\n');
    };
    push_field(&mut text, SlideField::Title, "# ", source.title.trim());
    push_field(&mut text, SlideField::Text, "\n", &source.text);
    push_field(&mut text, SlideField::Notes, "## Notes\n\n", &source.notes);
    if !source.sources.trim().is_empty() {
        push_field(
            &mut text,
            SlideField::Sources,
            "## Sources\n\n",
            &source.sources,
        );
    }
    Composed {
        file_name: format!("{}/{id}.md", language.code()),
        text,
        fields,
    }
}

/// A bundled slide's file read back as editable text: the parsed slide gives the settings, the
/// file's `#` and `##` headings cut the sections.
pub(super) fn source_of_file(slide: &Slide, file_text: &str) -> SlideSource {
    let body = body_after_settings(file_text);
    let mut title = String::new();
    let mut title_end = 0;
    let mut sections: Vec<(String, Range<usize>)> = Vec::new();
    for (event, range) in Parser::new(body).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) if title.is_empty() => {
                title = body[range.clone()]
                    .trim()
                    .trim_start_matches('#')
                    .trim()
                    .to_owned();
                title_end = range.end;
            }
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) => {
                let name = body[range.clone()]
                    .trim()
                    .trim_start_matches('#')
                    .trim()
                    .to_lowercase();
                sections.push((name, range));
            }
            _ => {}
        }
    }
    let section_text = |index: usize| -> String {
        let start = sections[index].1.end;
        let end = sections
            .get(index + 1)
            .map_or(body.len(), |next| next.1.start);
        body[start..end].trim().to_owned()
    };
    let text_end = sections.first().map_or(body.len(), |first| first.1.start);
    let named = |name: &str| {
        sections
            .iter()
            .position(|(section, _)| section == name)
            .map(section_text)
            .unwrap_or_default()
    };
    SlideSource {
        layout: slide.layout,
        minutes: slide.minutes,
        agenda: slide.agenda.clone(),
        pictograms: slide.pictograms.clone(),
        title,
        text: body[title_end.min(text_end)..text_end].trim().to_owned(),
        notes: named("notes"),
        sources: named("sources"),
    }
}

/// The Markdown after the settings block (the whole text without one).
fn body_after_settings(text: &str) -> &str {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return text;
    };
    if first.trim_end() != "---" {
        return text;
    }
    let mut offset = first.len();
    for line in lines {
        offset += line.len();
        if line.trim_end() == "---" {
            return &text[offset..];
        }
    }
    text
}
