//! « Mes engagements »: up to three commitments a family writes down, each one of the « 4 pas », a
//! daily limit for one child, or a sentence in the family's own words (« pas de tablette à
//! table »).
//!
//! The commitments are stored with the diary as one record: the list and the time it was last
//! changed. Two copies merge like the family plan: the list written last wins whole (ties broken
//! by content), so a merge never holds more than three commitments and stays commutative,
//! associative and idempotent. Free text is plain text: it is shown as text, never as HTML.
//! Whether a commitment was kept is judged by [`crate::comparison`].

use std::fmt;

use crate::diary::{ChildId, DAY_MINUTES};
use crate::duration_text::format_duration;
use crate::four_steps::Step;
use crate::language::Language;
use crate::typography::typeset;

/// The most commitments a family records.
pub const MAX_COMMITMENTS: usize = 3;
/// The longest commitment in the family's own words, in characters.
pub const COMMITMENT_TEXT_MAX_CHARS: usize = 120;

/// One commitment.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Commitment {
    /// Keep one of the « 4 pas ».
    Step(Step),
    /// Keep a child's screen time (the minutes that count against a limit) at or under `minutes`
    /// a day.
    DailyLimit {
        /// The child.
        child: ChildId,
        /// The most minutes a day, 0 to [`DAY_MINUTES`].
        minutes: u16,
    },
    /// A sentence in the family's own words, 1 to [`COMMITMENT_TEXT_MAX_CHARS`] characters,
    /// trimmed. It cannot be judged from the diary's entries.
    Text(String),
}

impl Commitment {
    /// What the commitment says, for a list: the « pas » (« Pas d'écran pendant les repas »), the
    /// limit with the child's name (« Léa : 1 h par jour au plus »), or the family's own words as
    /// typed. `child_name` is the name shown for a limit's child (a masked name when names are
    /// hidden, « un enfant retiré » when `None`).
    pub fn label(&self, child_name: Option<&str>, language: Language) -> String {
        typeset(&self.label_written(child_name, language), language)
    }

    /// [`Self::label`] as written, before typography.
    fn label_written(&self, child_name: Option<&str>, language: Language) -> String {
        match self {
            Commitment::Step(step) => step.label(language).to_owned(),
            Commitment::DailyLimit { minutes, .. } => {
                let duration = format_duration(u32::from(*minutes), language);
                match (language, child_name) {
                    (Language::Fr, Some(name)) => format!("{name} : {duration} par jour au plus"),
                    (Language::Fr, None) => {
                        format!("Un enfant retiré : {duration} par jour au plus")
                    }
                    (Language::En, Some(name)) => format!("{name}: at most {duration} a day"),
                    (Language::En, None) => format!("A removed child: at most {duration} a day"),
                }
            }
            Commitment::Text(text) => text.clone(),
        }
    }
}

/// Why a list of commitments cannot be recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommitmentError {
    /// More than [`MAX_COMMITMENTS`] commitments.
    TooMany {
        /// How many were given.
        count: usize,
    },
    /// A commitment in the family's words is empty once spaces are trimmed.
    EmptyText,
    /// A commitment in the family's words is longer than [`COMMITMENT_TEXT_MAX_CHARS`].
    TextTooLong {
        /// Its length in characters.
        chars: usize,
    },
    /// A daily limit is more than [`DAY_MINUTES`].
    LimitOutOfRange {
        /// The minutes given.
        minutes: i64,
    },
    /// The same « pas », the same child's limit or the same words appear twice.
    Duplicate {
        /// The position of the second one in the list, from 0.
        index: usize,
    },
}

impl fmt::Display for CommitmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommitmentError::TooMany { count } => {
                write!(f, "{count} commitments (at most {MAX_COMMITMENTS})")
            }
            CommitmentError::EmptyText => write!(f, "a commitment's text is empty"),
            CommitmentError::TextTooLong { chars } => write!(
                f,
                "a commitment's text has {chars} characters (at most {COMMITMENT_TEXT_MAX_CHARS})"
            ),
            CommitmentError::LimitOutOfRange { minutes } => {
                write!(f, "a daily limit of {minutes} minutes is out of range")
            }
            CommitmentError::Duplicate { index } => write!(f, "commitment {index} repeats another"),
        }
    }
}

impl std::error::Error for CommitmentError {}

/// The family's commitments: at most [`MAX_COMMITMENTS`], each valid, none repeated, with the
/// time the list was last changed. Always valid: build it with [`Commitments::new`].
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Commitments {
    /// When the list was last changed, in milliseconds since the Unix epoch (0: never). First, so
    /// that the derived order is the merge's order: newest, then content.
    modified_at: i64,
    items: Vec<Commitment>,
}

impl Commitments {
    /// Checks a list of commitments (texts are trimmed) changed at `modified_at`. Whether a
    /// limit's child is in the diary is checked by [`crate::diary::Diary::set_commitments`].
    pub fn new(items: Vec<Commitment>, modified_at: i64) -> Result<Commitments, CommitmentError> {
        if items.len() > MAX_COMMITMENTS {
            return Err(CommitmentError::TooMany { count: items.len() });
        }
        let mut checked: Vec<Commitment> = Vec::with_capacity(items.len());
        for (index, item) in items.into_iter().enumerate() {
            let item = match item {
                Commitment::Text(text) => {
                    let trimmed = text.trim();
                    let chars = trimmed.chars().count();
                    if chars == 0 {
                        return Err(CommitmentError::EmptyText);
                    }
                    if chars > COMMITMENT_TEXT_MAX_CHARS {
                        return Err(CommitmentError::TextTooLong { chars });
                    }
                    Commitment::Text(trimmed.to_owned())
                }
                Commitment::DailyLimit { minutes, .. } if minutes > DAY_MINUTES => {
                    return Err(CommitmentError::LimitOutOfRange {
                        minutes: minutes.into(),
                    });
                }
                other => other,
            };
            let repeats = |earlier: &Commitment| match (earlier, &item) {
                (
                    Commitment::DailyLimit { child: a, .. },
                    Commitment::DailyLimit { child: b, .. },
                ) => a == b,
                (a, b) => a == b,
            };
            if checked.iter().any(repeats) {
                return Err(CommitmentError::Duplicate { index });
            }
            checked.push(item);
        }
        Ok(Commitments {
            modified_at,
            items: checked,
        })
    }

    /// No commitment, changed at `modified_at` (what clearing the list leaves).
    pub fn none(modified_at: i64) -> Commitments {
        Commitments {
            modified_at,
            items: Vec::new(),
        }
    }

    /// The commitments, in the family's order.
    pub fn items(&self) -> &[Commitment] {
        &self.items
    }

    /// When the list was last changed.
    pub fn modified_at(&self) -> i64 {
        self.modified_at
    }

    /// Whether there is no commitment.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The same list with the texts changed by `change` (used to mask names). A text that would
    /// become empty or too long is kept as it was.
    pub(crate) fn with_texts_changed(&self, change: impl Fn(&str) -> String) -> Commitments {
        let items = self
            .items
            .iter()
            .map(|item| match item {
                Commitment::Text(text) => {
                    let changed = change(text);
                    let chars = changed.trim().chars().count();
                    if chars == 0 || chars > COMMITMENT_TEXT_MAX_CHARS {
                        item.clone()
                    } else {
                        Commitment::Text(changed.trim().to_owned())
                    }
                }
                other => other.clone(),
            })
            .collect();
        Commitments {
            modified_at: self.modified_at,
            items,
        }
    }
}

/// The list written last (ties broken by content), whichever copy it is in: the merge rule.
pub(crate) fn newer_commitments<'a>(a: &'a Commitments, b: &'a Commitments) -> &'a Commitments {
    if a >= b {
        a
    } else {
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(child: &str, minutes: u16) -> Commitment {
        Commitment::DailyLimit {
            child: ChildId::new(child),
            minutes,
        }
    }

    #[test]
    fn a_list_keeps_at_most_three_valid_commitments() {
        let check = |items: Vec<Commitment>, expected: Result<Vec<Commitment>, CommitmentError>| {
            let checked = Commitments::new(items.clone(), 5).map(|c| c.items().to_vec());
            assert_eq!(checked, expected, "{items:?}");
        };
        let text = |t: &str| Commitment::Text(t.to_owned());
        check(
            vec![
                Commitment::Step(Step::Meal),
                limit("lea", 60),
                text("  pas de tablette à table "),
            ],
            Ok(vec![
                Commitment::Step(Step::Meal),
                limit("lea", 60),
                text("pas de tablette à table"),
            ]),
        );
        check(vec![], Ok(vec![]));
        check(
            vec![text("a"), text("b"), text("c"), text("d")],
            Err(CommitmentError::TooMany { count: 4 }),
        );
        check(vec![text("   ")], Err(CommitmentError::EmptyText));
        check(
            vec![text(&"é".repeat(121))],
            Err(CommitmentError::TextTooLong { chars: 121 }),
        );
        check(
            vec![text(&"é".repeat(120))],
            Ok(vec![text(&"é".repeat(120))]),
        );
        check(
            vec![limit("lea", 1441)],
            Err(CommitmentError::LimitOutOfRange { minutes: 1441 }),
        );
        check(
            vec![limit("lea", 60), limit("lea", 30)],
            Err(CommitmentError::Duplicate { index: 1 }),
        );
        check(
            vec![Commitment::Step(Step::Meal), Commitment::Step(Step::Meal)],
            Err(CommitmentError::Duplicate { index: 1 }),
        );
        check(
            vec![text("x"), text(" x ")],
            Err(CommitmentError::Duplicate { index: 1 }),
        );
        check(
            vec![limit("lea", 60), limit("hugo", 60)],
            Ok(vec![limit("lea", 60), limit("hugo", 60)]),
        );
    }

    #[test]
    fn labels_say_what_each_commitment_is() {
        assert_eq!(
            Commitment::Step(Step::Meal).label(None, Language::Fr),
            "Pas d’écran pendant les repas"
        );
        assert_eq!(
            limit("lea", 90).label(Some("Léa"), Language::Fr),
            "Léa\u{a0}: 1\u{a0}h\u{a0}30 par jour au plus"
        );
        assert_eq!(
            limit("lea", 45).label(Some("Léa"), Language::En),
            "Léa: at most 45\u{a0}min a day"
        );
        assert_eq!(
            limit("zoe", 45).label(None, Language::En),
            "A removed child: at most 45\u{a0}min a day"
        );
        let words = Commitment::Text("<b>pas de tablette</b> à table".into());
        assert_eq!(
            words.label(None, Language::Fr),
            "<b>pas de tablette</b> à table",
            "text stays text; the app shows it as text"
        );
    }

    #[test]
    fn the_newest_list_wins_and_ties_go_to_the_content() {
        let older = Commitments::new(vec![Commitment::Step(Step::Meal)], 5).unwrap();
        let newer = Commitments::none(6);
        assert_eq!(newer_commitments(&older, &newer), &newer);
        assert_eq!(newer_commitments(&newer, &older), &newer);
        let tie = Commitments::new(vec![Commitment::Step(Step::Morning)], 5).unwrap();
        assert_eq!(
            newer_commitments(&older, &tie),
            newer_commitments(&tie, &older)
        );
        assert_eq!(newer_commitments(&older, &older), &older);
    }
}
