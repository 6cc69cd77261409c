//! The Markdown of one slide: the `# Title`, the body shown on the stage, then the `## Notes`
//! and `## Sources` sections.
//!
//! It walks pulldown-cmark's events and builds [`Block`]s and [`Inline`]s, reading the two marks
//! an advisor may add: `(+)` at the start of a paragraph, list item or quote of the body (shown
//! at the next step; `(+N)` shows it at step N), and placeholders such as `{date}` that the app
//! fills in. Whatever the stage cannot show safely (raw HTML, images, code, nested lists, links
//! other than web, mail and phone) is refused with a [`DeckError`] naming the line, never passed
//! through. The rules about the whole slide (notes present, sources for figures) live in
//! `deck.rs`.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::{plain_text, Block, DeckError, Inline, ListItem, Placeholder, Unshowable};

/// The Markdown part of a slide file, read but not yet checked as a whole.
#[derive(Debug, Default)]
pub(super) struct SlideBody {
    /// The `# Title` text, `None` when missing or empty.
    pub title: Option<String>,
    pub blocks: Vec<Block>,
    pub notes: Vec<Block>,
    pub sources: Vec<String>,
    /// The highest step used in the body.
    pub steps: usize,
}

/// Reads the Markdown after the settings block; `first_line` is its first line in the file.
pub(super) fn parse_body(
    file: &str,
    text: &str,
    first_line: usize,
) -> Result<SlideBody, DeckError> {
    // Tables are recognised only to be refused with a clear message.
    let events: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(text, Options::ENABLE_TABLES)
        .into_offset_iter()
        .collect();
    let mut reader = Reader {
        file,
        text,
        first_line,
        events: events.into_iter(),
        section: Section::BeforeTitle,
        sections_seen: Vec::new(),
        steps: 0,
        body: SlideBody::default(),
    };
    while let Some((event, range)) = reader.events.next() {
        let line = reader.line_at(range.start);
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => reader.read_title(line)?,
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) => reader.read_section_heading(line)?,
            event => reader.read_section_block(event, line)?,
        }
    }
    reader.body.steps = reader.steps;
    Ok(reader.body)
}

/// Where the reader is in the file; step markers are allowed only in the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    BeforeTitle,
    Body,
    Notes,
    Sources,
}

/// A `(+)` or `(+N)` marker found at the start of a paragraph, list item or quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StepMarker {
    /// `(+)`: one step after the highest step so far.
    Next,
    /// `(+N)`: step N, to show something together with an earlier step.
    At(usize),
}

/// Walks the events of one slide, keeping the section, the step count and what it has read.
struct Reader<'a> {
    file: &'a str,
    text: &'a str,
    first_line: usize,
    events: std::vec::IntoIter<(Event<'a>, Range<usize>)>,
    section: Section,
    sections_seen: Vec<Section>,
    steps: usize,
    body: SlideBody,
}

impl<'a> Reader<'a> {
    /// The line number, in the file, of a byte offset of the body.
    fn line_at(&self, offset: usize) -> usize {
        self.first_line + self.text[..offset].matches('\n').count()
    }

    /// Reads the `# Title` line, which must come first and only once.
    fn read_title(&mut self, line: usize) -> Result<(), DeckError> {
        let mut inlines = self.read_inlines(TagEnd::Heading(HeadingLevel::H1), line)?;
        self.refuse_step(&mut inlines, line)?;
        if self.section != Section::BeforeTitle {
            return Err(DeckError::SecondTitle {
                file: self.file.to_owned(),
                line,
            });
        }
        let title = plain_text(&inlines);
        self.body.title = Some(title).filter(|title| !title.is_empty());
        self.section = Section::Body;
        Ok(())
    }

    /// Reads a `## Notes` or `## Sources` line and moves into that section.
    fn read_section_heading(&mut self, line: usize) -> Result<(), DeckError> {
        let mut inlines = self.read_inlines(TagEnd::Heading(HeadingLevel::H2), line)?;
        self.refuse_step(&mut inlines, line)?;
        let file = self.file.to_owned();
        if self.section == Section::BeforeTitle {
            return Err(DeckError::ContentBeforeTitle { file, line });
        }
        let name = plain_text(&inlines);
        let section = match name.to_lowercase().as_str() {
            "notes" => Section::Notes,
            "sources" => Section::Sources,
            _ => return Err(DeckError::UnknownSection { file, line, name }),
        };
        if self.sections_seen.contains(&section) {
            return Err(DeckError::RepeatedSection { file, line, name });
        }
        self.sections_seen.push(section);
        self.section = section;
        Ok(())
    }

    /// Reads a block and files it under the current section.
    fn read_section_block(&mut self, event: Event<'a>, line: usize) -> Result<(), DeckError> {
        if self.section == Section::BeforeTitle {
            return Err(DeckError::ContentBeforeTitle {
                file: self.file.to_owned(),
                line,
            });
        }
        let block = self.read_block(event, line)?;
        match self.section {
            Section::BeforeTitle | Section::Body => self.body.blocks.push(block),
            Section::Notes => self.body.notes.push(block),
            Section::Sources => {
                let sources = self.source_lines(block, line)?;
                self.body.sources.extend(sources);
            }
        }
        Ok(())
    }

    /// Reads one block that starts with `event` (headings of level 3 and below included).
    fn read_block(&mut self, event: Event<'a>, line: usize) -> Result<Block, DeckError> {
        match event {
            Event::Start(Tag::Paragraph) => {
                let mut inlines = self.read_inlines(TagEnd::Paragraph, line)?;
                let step = self.take_step(&mut inlines, line)?;
                Ok(Block::Paragraph { inlines, step })
            }
            Event::Start(Tag::Heading { level, .. }) => {
                let mut inlines = self.read_inlines(TagEnd::Heading(level), line)?;
                self.refuse_step(&mut inlines, line)?;
                Ok(Block::Heading(inlines))
            }
            Event::Start(Tag::List(first_number)) => {
                let mut items = Vec::new();
                while let Some((event, range)) = self.events.next() {
                    match event {
                        Event::Start(Tag::Item) => {
                            let item_line = self.line_at(range.start);
                            let mut inlines = self.read_container(TagEnd::Item, item_line)?;
                            let step = self.take_step(&mut inlines, item_line)?;
                            items.push(ListItem { inlines, step });
                        }
                        Event::End(TagEnd::List(_)) => break,
                        other => return Err(self.refuse(&other, line)),
                    }
                }
                Ok(Block::List {
                    ordered: first_number.is_some(),
                    items,
                })
            }
            Event::Start(Tag::BlockQuote(kind)) => {
                let mut inlines = self.read_container(TagEnd::BlockQuote(kind), line)?;
                let step = self.take_step(&mut inlines, line)?;
                Ok(Block::Quote { inlines, step })
            }
            other => Err(self.refuse(&other, line)),
        }
    }

    /// Reads the inlines of a paragraph or heading up to its `end`.
    fn read_inlines(&mut self, end: TagEnd, line: usize) -> Result<Vec<Inline>, DeckError> {
        let mut inlines = Vec::new();
        self.read_raw_inlines(end, &mut inlines)?;
        self.finish_inlines(inlines, line)
    }

    /// Reads a list item or a quote: its paragraphs are joined into one run of inlines.
    fn read_container(&mut self, end: TagEnd, line: usize) -> Result<Vec<Inline>, DeckError> {
        let mut inlines = Vec::new();
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::End(tag_end) if tag_end == end => break,
                Event::Start(Tag::Paragraph) => {
                    push_text(&mut inlines, " ");
                    self.read_raw_inlines(TagEnd::Paragraph, &mut inlines)?;
                }
                event => self.push_inline(&mut inlines, event, range)?,
            }
        }
        self.finish_inlines(inlines, line)
    }

    /// Pushes inline events up to `end` onto `inlines`, without trimming or placeholders.
    fn read_raw_inlines(
        &mut self,
        end: TagEnd,
        inlines: &mut Vec<Inline>,
    ) -> Result<(), DeckError> {
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::End(tag_end) if tag_end == end => break,
                event => self.push_inline(inlines, event, range)?,
            }
        }
        Ok(())
    }

    /// Turns one inline event (and, for bold, italic and links, the events inside) into inlines.
    fn push_inline(
        &mut self,
        inlines: &mut Vec<Inline>,
        event: Event<'a>,
        range: Range<usize>,
    ) -> Result<(), DeckError> {
        let line = self.line_at(range.start);
        match event {
            Event::Text(text) | Event::Code(text) => push_text(inlines, &text),
            Event::SoftBreak | Event::HardBreak => push_text(inlines, " "),
            Event::Start(Tag::Strong) => {
                inlines.push(Inline::Strong(self.read_plain(TagEnd::Strong, line)?));
            }
            Event::Start(Tag::Emphasis) => {
                inlines.push(Inline::Emphasis(self.read_plain(TagEnd::Emphasis, line)?));
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let text = self.read_plain(TagEnd::Link, line)?;
                let href = dest_url.into_string();
                if !is_safe_href(&href) {
                    return Err(DeckError::UnsafeLink {
                        file: self.file.to_owned(),
                        line,
                        href,
                    });
                }
                inlines.push(Inline::Link { text, href });
            }
            other => return Err(self.refuse(&other, line)),
        }
        Ok(())
    }

    /// Reads the text inside bold, italic or a link, dropping nested bold and italic.
    fn read_plain(&mut self, end: TagEnd, line: usize) -> Result<String, DeckError> {
        let mut text = String::new();
        let mut depth: usize = 0;
        while let Some((event, _)) = self.events.next() {
            match event {
                Event::End(tag_end) if depth == 0 && tag_end == end => break,
                Event::End(_) => depth = depth.saturating_sub(1),
                Event::Start(Tag::Strong | Tag::Emphasis) => depth += 1,
                Event::Text(part) | Event::Code(part) => text.push_str(&part),
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                other => return Err(self.refuse(&other, line)),
            }
        }
        Ok(text.trim().to_owned())
    }

    /// Trims the run, then cuts placeholders out of its plain text.
    fn finish_inlines(&self, inlines: Vec<Inline>, line: usize) -> Result<Vec<Inline>, DeckError> {
        let last_index = inlines.len().saturating_sub(1);
        let mut finished = Vec::with_capacity(inlines.len());
        for (index, inline) in inlines.into_iter().enumerate() {
            match inline {
                Inline::Text(text) => {
                    let text = if index == 0 { text.trim_start() } else { &text };
                    let text = if index == last_index {
                        text.trim_end()
                    } else {
                        text
                    };
                    self.split_placeholders(text, line, &mut finished)?;
                }
                Inline::Strong(ref text)
                | Inline::Emphasis(ref text)
                | Inline::Link { ref text, .. } => {
                    if find_placeholder(text).is_some() {
                        return Err(DeckError::StyledPlaceholder {
                            file: self.file.to_owned(),
                            line,
                        });
                    }
                    finished.push(inline);
                }
                Inline::Placeholder(_) => finished.push(inline),
            }
        }
        Ok(finished)
    }

    /// Pushes `text` onto `out`, with each `{word}` turned into an [`Inline::Placeholder`].
    fn split_placeholders(
        &self,
        text: &str,
        line: usize,
        out: &mut Vec<Inline>,
    ) -> Result<(), DeckError> {
        let mut rest = text;
        while let Some((range, name)) = find_placeholder(rest) {
            let placeholder =
                Placeholder::from_code(name).ok_or_else(|| DeckError::UnknownPlaceholder {
                    file: self.file.to_owned(),
                    line,
                    name: name.to_owned(),
                })?;
            if range.start > 0 {
                out.push(Inline::Text(rest[..range.start].to_owned()));
            }
            out.push(Inline::Placeholder(placeholder));
            rest = &rest[range.end..];
        }
        if !rest.is_empty() {
            out.push(Inline::Text(rest.to_owned()));
        }
        Ok(())
    }

    /// Takes a leading `(+)` or `(+N)` off `inlines` and gives its step, if allowed here.
    fn take_step(
        &mut self,
        inlines: &mut Vec<Inline>,
        line: usize,
    ) -> Result<Option<usize>, DeckError> {
        let Some(marker) = take_step_marker(inlines) else {
            return Ok(None);
        };
        if self.section != Section::Body {
            return Err(DeckError::MisplacedStep {
                file: self.file.to_owned(),
                line,
            });
        }
        let highest_allowed = self.steps + 1;
        let step = match marker {
            StepMarker::Next => highest_allowed,
            StepMarker::At(step) => step,
        };
        if step == 0 || step > highest_allowed {
            return Err(DeckError::StepOutOfOrder {
                file: self.file.to_owned(),
                line,
                step,
                highest_allowed,
            });
        }
        self.steps = self.steps.max(step);
        Ok(Some(step))
    }

    /// Refuses a step marker where steps make no sense (titles and headings).
    fn refuse_step(&self, inlines: &mut Vec<Inline>, line: usize) -> Result<(), DeckError> {
        match take_step_marker(inlines) {
            Some(_) => Err(DeckError::MisplacedStep {
                file: self.file.to_owned(),
                line,
            }),
            None => Ok(()),
        }
    }

    /// One line of the `## Sources` section per paragraph or list item.
    fn source_lines(&self, block: Block, line: usize) -> Result<Vec<String>, DeckError> {
        match block {
            Block::Paragraph { inlines, .. } => Ok(vec![source_text(&inlines)]),
            Block::List { items, .. } => Ok(items
                .iter()
                .map(|item| source_text(&item.inlines))
                .collect()),
            Block::Heading(_) | Block::Quote { .. } => Err(DeckError::UnsupportedMarkdown {
                file: self.file.to_owned(),
                line,
                what: Unshowable::SourceNotAList,
            }),
        }
    }

    /// The error for an event the stage cannot show.
    fn refuse(&self, event: &Event<'_>, line: usize) -> DeckError {
        let file = self.file.to_owned();
        let what = match event {
            Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::HtmlBlock) => {
                return DeckError::RawHtml { file, line };
            }
            Event::Start(Tag::Image { .. }) => Unshowable::Image,
            Event::Start(Tag::Table(_)) => Unshowable::Table,
            Event::Start(Tag::CodeBlock(_)) => Unshowable::CodeBlock,
            Event::Rule => Unshowable::HorizontalLine,
            Event::Start(Tag::List(_)) => Unshowable::NestedList,
            Event::Start(Tag::Heading { .. }) => Unshowable::NestedHeading,
            Event::Start(Tag::BlockQuote(_)) => Unshowable::NestedQuote,
            Event::Start(Tag::Link { .. }) => Unshowable::LinkInEmphasis,
            _ => Unshowable::Other,
        };
        DeckError::UnsupportedMarkdown { file, line, what }
    }
}

/// Appends text, merging it with the text before so markers and placeholders are never split.
fn push_text(inlines: &mut Vec<Inline>, text: &str) {
    match inlines.last_mut() {
        Some(Inline::Text(previous)) => previous.push_str(text),
        _ => inlines.push(Inline::Text(text.to_owned())),
    }
}

/// Takes a leading `(+)` or `(+N)` (and the spaces after it) off the first text of `inlines`.
fn take_step_marker(inlines: &mut Vec<Inline>) -> Option<StepMarker> {
    let Some(Inline::Text(first)) = inlines.first_mut() else {
        return None;
    };
    let after_plus = first.strip_prefix("(+")?;
    let close = after_plus.find(')')?;
    let number = &after_plus[..close];
    let marker = if number.is_empty() {
        StepMarker::Next
    } else {
        StepMarker::At(number.parse().ok()?)
    };
    let rest = after_plus[close + 1..].trim_start().to_owned();
    if rest.is_empty() {
        inlines.remove(0);
    } else {
        *first = rest;
    }
    Some(marker)
}

/// Finds the first `{word}` (lowercase letters and dashes) in `text`: its byte range and word.
fn find_placeholder(text: &str) -> Option<(Range<usize>, &str)> {
    let mut search_from = 0;
    while let Some(found) = text[search_from..].find('{') {
        let open = search_from + found;
        let after_open = &text[open + 1..];
        if let Some(close) = after_open.find('}') {
            let name = &after_open[..close];
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                return Some((open..open + close + 2, name));
            }
        }
        search_from = open + 1;
    }
    None
}

/// Web, mail and phone links only: never `javascript:`, `data:` or a relative address.
fn is_safe_href(href: &str) -> bool {
    let lowercase = href.to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| lowercase.starts_with(scheme))
}

/// A source as one line of text: a link keeps its address in brackets unless it is the text.
fn source_text(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Link { text, href } if text != href => format!("{text} ({href})"),
            other => plain_text(std::slice::from_ref(other)),
        })
        .collect()
}
