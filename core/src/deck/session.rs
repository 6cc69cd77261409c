//! The workshop's sessions: which slides an evening shows, in which order.
//!
//! `content/sessions.txt` lists them, so an editor changes a session without code. One block
//! per session: a `[code]` line, its name in each language (`fr: Essentiel (1 h)`,
//! `en: Essentials (1 h)`), then one slide id per line (`- accueil`). `#` starts a comment line.
//! The planned minutes are not written here: they are the sum of the slides' own `minutes`.
//!
//! This file uses nothing but `std`, because `build.rs` compiles it too: the build checks the
//! sessions against the slide files and fails with the file and the line of a mistake (an
//! unknown id, a session without slides), before any test runs.

use std::fmt;

/// One session of the workshop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// The code in addresses (`/atelier/1?seance=essentiel`): lowercase letters, digits, dashes.
    pub code: String,
    /// The name shown in French (« Essentiel (1 h) »).
    pub french_name: String,
    /// The name shown in English.
    pub english_name: String,
    /// The slide ids, in the order the session shows them.
    pub slide_ids: Vec<String>,
}

/// A mistake in the sessions file, with its line (from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionError {
    /// A slide line before any `[code]` line.
    SlideOutsideSession { file: String, line: usize },
    /// A `[code]` with something other than lowercase letters, digits and dashes.
    InvalidCode { file: String, line: usize },
    /// Two sessions with the same code.
    DuplicateCode { file: String, line: usize },
    /// A session without its `fr:` or `en:` name (`line`: its `[code]` line).
    MissingName {
        file: String,
        line: usize,
        language: &'static str,
    },
    /// A line that is neither a name, a slide, a comment nor a `[code]`.
    UnreadableLine { file: String, line: usize },
    /// A slide id that no slide file has.
    UnknownSlide {
        file: String,
        line: usize,
        id: String,
    },
    /// The same slide twice in one session.
    RepeatedSlide {
        file: String,
        line: usize,
        id: String,
    },
    /// A session without any slide (`line`: its `[code]` line).
    EmptySession { file: String, line: usize },
    /// A file without any session.
    NoSession { file: String },
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionError::SlideOutsideSession { file, line } => write!(
                f,
                "{file}, line {line}: a slide comes before any session; start a session with a \
                 `[code]` line, for example `[essentiel]`"
            ),
            SessionError::InvalidCode { file, line } => write!(
                f,
                "{file}, line {line}: a session code may only use lowercase letters, digits \
                 and dashes, between brackets: `[essentiel]`"
            ),
            SessionError::DuplicateCode { file, line } => {
                write!(f, "{file}, line {line}: this session code is already used")
            }
            SessionError::MissingName {
                file,
                line,
                language,
            } => write!(
                f,
                "{file}, line {line}: the session needs a `{language}:` line with its name"
            ),
            SessionError::UnreadableLine { file, line } => write!(
                f,
                "{file}, line {line}: write `fr: name`, `en: name`, `- slide-id`, `[code]` or \
                 a `#` comment"
            ),
            SessionError::UnknownSlide { file, line, id } => write!(
                f,
                "{file}, line {line}: no slide has the id `{id}` (the id is the file name \
                 without its number and `.md`, for example `accueil` for `01-accueil.md`)"
            ),
            SessionError::RepeatedSlide { file, line, id } => write!(
                f,
                "{file}, line {line}: the slide `{id}` is already in this session"
            ),
            SessionError::EmptySession { file, line } => write!(
                f,
                "{file}, line {line}: this session has no slide; add `- slide-id` lines"
            ),
            SessionError::NoSession { file } => write!(f, "{file}: no session is declared"),
        }
    }
}

impl std::error::Error for SessionError {}

/// Reads the sessions file `text` (named `file` in errors); every slide id must be one of
/// `known_ids`.
pub fn parse_sessions(
    file: &str,
    text: &str,
    known_ids: &[&str],
) -> Result<Vec<Session>, SessionError> {
    let mut sessions: Vec<(usize, Session)> = Vec::new();
    let file_name = || file.to_owned();
    for (line, raw) in (1..).zip(text.lines()) {
        let content = raw.trim().trim_start_matches('\u{feff}');
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        if let Some(code) = content
            .strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
        {
            let code = code.trim();
            if !is_valid_code(code) {
                return Err(SessionError::InvalidCode {
                    file: file_name(),
                    line,
                });
            }
            if sessions.iter().any(|(_, session)| session.code == code) {
                return Err(SessionError::DuplicateCode {
                    file: file_name(),
                    line,
                });
            }
            close_session(file, sessions.last())?;
            sessions.push((
                line,
                Session {
                    code: code.to_owned(),
                    french_name: String::new(),
                    english_name: String::new(),
                    slide_ids: Vec::new(),
                },
            ));
            continue;
        }
        let Some((_, session)) = sessions.last_mut() else {
            return Err(SessionError::SlideOutsideSession {
                file: file_name(),
                line,
            });
        };
        if let Some(name) = content.strip_prefix("fr:") {
            session.french_name = name.trim().to_owned();
        } else if let Some(name) = content.strip_prefix("en:") {
            session.english_name = name.trim().to_owned();
        } else if let Some(id) = content.strip_prefix("- ") {
            let id = id.trim();
            if !known_ids.contains(&id) {
                return Err(SessionError::UnknownSlide {
                    file: file_name(),
                    line,
                    id: id.to_owned(),
                });
            }
            if session.slide_ids.iter().any(|known| known == id) {
                return Err(SessionError::RepeatedSlide {
                    file: file_name(),
                    line,
                    id: id.to_owned(),
                });
            }
            session.slide_ids.push(id.to_owned());
        } else {
            return Err(SessionError::UnreadableLine {
                file: file_name(),
                line,
            });
        }
    }
    close_session(file, sessions.last())?;
    if sessions.is_empty() {
        return Err(SessionError::NoSession {
            file: file.to_owned(),
        });
    }
    Ok(sessions.into_iter().map(|(_, session)| session).collect())
}

/// Checks a finished session (`line`: its `[code]` line): both names, at least one slide.
fn close_session(file: &str, last: Option<&(usize, Session)>) -> Result<(), SessionError> {
    let Some((line, session)) = last else {
        return Ok(());
    };
    let (file, line) = (file.to_owned(), *line);
    if session.french_name.is_empty() {
        return Err(SessionError::MissingName {
            file,
            line,
            language: "fr",
        });
    }
    if session.english_name.is_empty() {
        return Err(SessionError::MissingName {
            file,
            line,
            language: "en",
        });
    }
    if session.slide_ids.is_empty() {
        return Err(SessionError::EmptySession { file, line });
    }
    Ok(())
}

fn is_valid_code(code: &str) -> bool {
    !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
