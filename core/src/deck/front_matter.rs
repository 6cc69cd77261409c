//! The settings block at the top of a slide file: `id`, `layout`, `minutes`, `agenda` and
//! `pictograms`.
//!
//! The block sits between a `---` line on the very first line and the next `---` line, one
//! `name: value` per line (`#` starts a comment line). This module only cuts the block off and
//! reads those three settings; the Markdown after it is `markdown.rs`'s job.

use super::{is_valid_id, DeckError, Pictogram, SlideLayout};

/// A slide file cut in two: its settings lines and the Markdown that follows.
pub(super) struct FrontMatter<'a> {
    /// The settings lines with their 1-based line numbers in the file.
    pub lines: Vec<(usize, &'a str)>,
    /// The Markdown after the closing `---` (the whole text when there is no settings block).
    pub body: &'a str,
    /// The line number, in the file, of the body's first line.
    pub body_first_line: usize,
}

/// The settings a slide file may give; missing ones are `None`.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Settings {
    pub id: Option<String>,
    pub layout: Option<SlideLayout>,
    pub minutes: Option<u32>,
    pub agenda: Option<String>,
    pub pictograms: Vec<Pictogram>,
}

/// Cuts the settings block off the top of `text`, if the first line is `---`.
pub(super) fn split_front_matter<'a>(
    file_name: &str,
    text: &'a str,
) -> Result<FrontMatter<'a>, DeckError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let first_line = lines.next().unwrap_or("");
    if first_line.trim_end() != "---" {
        return Ok(FrontMatter {
            lines: Vec::new(),
            body: text,
            body_first_line: 1,
        });
    }

    let mut offset = first_line.len();
    let mut settings_lines = Vec::new();
    for (line_number, line) in (2..).zip(lines) {
        offset += line.len();
        if line.trim_end() == "---" {
            return Ok(FrontMatter {
                lines: settings_lines,
                body: &text[offset..],
                body_first_line: line_number + 1,
            });
        }
        settings_lines.push((line_number, line.trim()));
    }
    Err(DeckError::UnclosedSettings {
        file: file_name.to_owned(),
    })
}

/// Reads the settings from the settings lines.
pub(super) fn parse_settings(
    file_name: &str,
    front_matter: &FrontMatter<'_>,
) -> Result<Settings, DeckError> {
    let file = || file_name.to_owned();
    let mut settings = Settings::default();
    for &(line, text) in &front_matter.lines {
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let (name, value) = text
            .split_once(':')
            .ok_or_else(|| DeckError::MalformedSetting { file: file(), line })?;
        let name = name.trim();
        let value = value.trim().trim_matches('"');
        match name {
            "id" if is_valid_id(value) => settings.id = Some(value.to_owned()),
            "id" => {
                return Err(DeckError::InvalidId {
                    file: file(),
                    id: value.to_owned(),
                })
            }
            "layout" => {
                let layout =
                    SlideLayout::from_code(value).ok_or_else(|| DeckError::UnknownLayout {
                        file: file(),
                        line,
                        value: value.to_owned(),
                    })?;
                settings.layout = Some(layout);
            }
            "minutes" => {
                let minutes = value.parse().map_err(|_| DeckError::InvalidMinutes {
                    file: file(),
                    line,
                    value: value.to_owned(),
                })?;
                settings.minutes = Some(minutes);
            }
            "agenda" if !value.is_empty() => settings.agenda = Some(value.to_owned()),
            "pictograms" => {
                for name in value.split(',').map(str::trim) {
                    let pictogram =
                        Pictogram::from_code(name).ok_or_else(|| DeckError::UnknownPictogram {
                            file: file(),
                            line,
                            name: name.to_owned(),
                        })?;
                    settings.pictograms.push(pictogram);
                }
            }
            _ => {
                return Err(DeckError::UnknownSetting {
                    file: file(),
                    line,
                    name: name.to_owned(),
                })
            }
        }
    }
    Ok(settings)
}
