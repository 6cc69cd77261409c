//! The group's aggregate, and the stored form the advisor keeps with « Enregistrer le bilan ».
//!
//! The stored form is a small JSON document: the app, what it is (`"kind": "group_bilan"`), a
//! format version, the day it was saved (passed in) and the aggregate's figures, nothing else:
//! no token, no line per family. Reading it is strict: another app's document, a future version,
//! an unknown or repeated field, a missing one, and figures the tally could never give (fewer
//! than [`MIN_FAMILIES`] families, a percentage over 100, more than 24 hours a day) are each
//! refused with a [`SavedBilanError`], and then nothing is shown.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::IsoWeek;
use crate::diary::{Moment, DAY_MINUTES};
use crate::four_steps::Step;
use crate::guidelines::AgeBand;
use crate::language::Language;
use crate::typography::typeset;

use super::share::{MAX_SHARED_CHILDREN, MAX_SHARED_COMMITMENTS};
use super::tally::{MAX_FAMILIES, MIN_FAMILIES};

/// The stored bilan's format version.
pub const SAVED_BILAN_VERSION: u32 = 1;
const APP: &str = "ecrans-en-famille";
const KIND: &str = "group_bilan";
/// A stored bilan is a few hundred bytes; anything much larger is not one.
const MAX_SAVED_BYTES: usize = 16 * 1024;

/// The group's figures for one week (A or B).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupWeek {
    /// The families with at least one day filled in that week.
    pub families_filled_in: u32,
    /// The days filled in, all those families together.
    pub days_filled_in: u32,
    /// The figures, when at least [`MIN_FAMILIES`] families filled in a day that week.
    pub figures: Option<WeekFigures>,
}

/// A week's figures for the group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekFigures {
    /// The mean over the families of their average minutes per day filled in, rounded.
    pub daily_average: u32,
    /// The same for each moment, in [`Moment::ALL`] order.
    pub by_moment: [u32; Moment::ALL.len()],
    /// For each « pas » (in [`Step::ALL`] order), the share of the days filled in on which it
    /// was kept, all families together, in whole percent.
    pub steps_kept_percent: [u32; Step::ALL.len()],
}

/// How the commitments shared went, all families together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CommitmentTally {
    /// The families who shared their commitments.
    pub families: u32,
    /// Commitments kept every day.
    pub kept: u32,
    /// Commitments kept some days.
    pub partly_kept: u32,
    /// Commitments kept no day.
    pub not_kept: u32,
    /// Commitments that cannot be told from the diary.
    pub not_measurable: u32,
}

impl CommitmentTally {
    /// All the commitments shared.
    pub fn total(&self) -> u32 {
        self.kept + self.partly_kept + self.not_kept + self.not_measurable
    }
}

/// The group's bilan: the aggregate only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupBilan {
    /// The families counted.
    pub families: u32,
    /// Their children.
    pub children: u32,
    /// The children in each age band, in [`AgeBand::ALL`] order.
    pub age_bands: [u32; AgeBand::ALL.len()],
    /// The earliest week compared.
    pub first_week: IsoWeek,
    /// The latest week compared.
    pub last_week: IsoWeek,
    /// Week A (before).
    pub a: GroupWeek,
    /// Week B (after).
    pub b: GroupWeek,
    /// The commitments, when at least [`MIN_FAMILIES`] families shared theirs.
    pub commitments: Option<CommitmentTally>,
}

/// A bilan as the advisor saved it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SavedBilan {
    /// The day it was saved.
    pub saved_on: NaiveDate,
    /// The figures.
    pub bilan: GroupBilan,
}

/// Why a stored bilan cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedBilanError {
    /// The text is too large to be a bilan.
    TooLarge,
    /// Not JSON, or not this app's bilan.
    NotABilan,
    /// Saved by a newer version of the app.
    FutureVersion {
        /// The stored version.
        version: u64,
    },
    /// A field is missing, unknown, repeated or of the wrong type.
    Malformed {
        /// What the JSON reader said (for the developer; not shown to people).
        detail: String,
    },
    /// The figures are impossible.
    Absurd,
}

impl SavedBilanError {
    /// What the advisor reads.
    pub fn message(&self, language: Language) -> String {
        typeset(&self.message_written(language), language)
    }

    /// [`Self::message`] as written, before typography.
    fn message_written(&self, language: Language) -> String {
        match (self, language) {
            (SavedBilanError::FutureVersion { .. }, Language::Fr) => {
                "Ce bilan a été enregistré par une version plus récente de l'application : mettez-la à jour pour le voir.".to_owned()
            }
            (SavedBilanError::FutureVersion { .. }, Language::En) => {
                "This summary was saved by a newer version of the app: update it to see it.".to_owned()
            }
            (_, Language::Fr) => {
                "Le bilan enregistré sur cet appareil est illisible : il n'est pas affiché. « Effacer » le retire.".to_owned()
            }
            (_, Language::En) => {
                "The summary saved on this device cannot be read: it is not shown. « Clear » removes it.".to_owned()
            }
        }
    }
}

impl fmt::Display for SavedBilanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedBilanError::Malformed { detail } => write!(f, "malformed saved bilan: {detail}"),
            other => f.write_str(&other.message(Language::En)),
        }
    }
}

impl std::error::Error for SavedBilanError {}

#[derive(Deserialize)]
struct StoredHeader {
    app: Option<String>,
    kind: Option<String>,
    version: Option<serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredBilan {
    app: String,
    kind: String,
    version: u32,
    saved_on: NaiveDate,
    families: u32,
    children: u32,
    age_bands: [u32; AgeBand::ALL.len()],
    first_week: String,
    last_week: String,
    a: StoredWeek,
    b: StoredWeek,
    commitments: Option<StoredCommitments>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredWeek {
    families_filled_in: u32,
    days_filled_in: u32,
    daily_average: Option<u32>,
    by_moment: Option<[u32; Moment::ALL.len()]>,
    steps_kept_percent: Option<[u32; Step::ALL.len()]>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredCommitments {
    families: u32,
    kept: u32,
    partly_kept: u32,
    not_kept: u32,
    not_measurable: u32,
}

impl StoredWeek {
    fn of(week: &GroupWeek) -> StoredWeek {
        StoredWeek {
            families_filled_in: week.families_filled_in,
            days_filled_in: week.days_filled_in,
            daily_average: week.figures.map(|f| f.daily_average),
            by_moment: week.figures.map(|f| f.by_moment),
            steps_kept_percent: week.figures.map(|f| f.steps_kept_percent),
        }
    }

    fn read(self) -> Result<GroupWeek, SavedBilanError> {
        let figures = match (self.daily_average, self.by_moment, self.steps_kept_percent) {
            (Some(daily_average), Some(by_moment), Some(steps_kept_percent)) => Some(WeekFigures {
                daily_average,
                by_moment,
                steps_kept_percent,
            }),
            (None, None, None) => None,
            _ => return Err(SavedBilanError::Absurd),
        };
        Ok(GroupWeek {
            families_filled_in: self.families_filled_in,
            days_filled_in: self.days_filled_in,
            figures,
        })
    }
}

/// The stored text of `bilan`, saved on `saved_on`.
pub fn encode_saved_bilan(bilan: &GroupBilan, saved_on: NaiveDate) -> String {
    let stored = StoredBilan {
        app: APP.to_owned(),
        kind: KIND.to_owned(),
        version: SAVED_BILAN_VERSION,
        saved_on,
        families: bilan.families,
        children: bilan.children,
        age_bands: bilan.age_bands,
        first_week: bilan.first_week.to_string(),
        last_week: bilan.last_week.to_string(),
        a: StoredWeek::of(&bilan.a),
        b: StoredWeek::of(&bilan.b),
        commitments: bilan.commitments.map(|c| StoredCommitments {
            families: c.families,
            kept: c.kept,
            partly_kept: c.partly_kept,
            not_kept: c.not_kept,
            not_measurable: c.not_measurable,
        }),
    };
    serde_json::to_string(&stored).expect("a bilan always serialises")
}

/// Reads a bilan written by [`encode_saved_bilan`], strictly.
pub fn decode_saved_bilan(text: &str) -> Result<SavedBilan, SavedBilanError> {
    if text.len() > MAX_SAVED_BYTES {
        return Err(SavedBilanError::TooLarge);
    }
    let header: StoredHeader =
        serde_json::from_str(text).map_err(|_| SavedBilanError::NotABilan)?;
    if header.app.as_deref() != Some(APP) || header.kind.as_deref() != Some(KIND) {
        return Err(SavedBilanError::NotABilan);
    }
    match header.version.as_ref().and_then(serde_json::Value::as_u64) {
        Some(version) if version > u64::from(SAVED_BILAN_VERSION) => {
            return Err(SavedBilanError::FutureVersion { version });
        }
        Some(version) if version == u64::from(SAVED_BILAN_VERSION) => {}
        _ => {
            return Err(SavedBilanError::Malformed {
                detail: "the version is not a supported number".to_owned(),
            })
        }
    }
    let stored: StoredBilan =
        serde_json::from_str(text).map_err(|error| SavedBilanError::Malformed {
            detail: error.to_string(),
        })?;
    let week = |text: &str| parse_week(text).ok_or(SavedBilanError::Absurd);
    let bilan = GroupBilan {
        families: stored.families,
        children: stored.children,
        age_bands: stored.age_bands,
        first_week: week(&stored.first_week)?,
        last_week: week(&stored.last_week)?,
        a: stored.a.read()?,
        b: stored.b.read()?,
        commitments: stored.commitments.map(|c| CommitmentTally {
            families: c.families,
            kept: c.kept,
            partly_kept: c.partly_kept,
            not_kept: c.not_kept,
            not_measurable: c.not_measurable,
        }),
    };
    if !is_possible(&bilan) {
        return Err(SavedBilanError::Absurd);
    }
    Ok(SavedBilan {
        saved_on: stored.saved_on,
        bilan,
    })
}

/// `2026-W48` exactly, for a week that exists.
fn parse_week(text: &str) -> Option<IsoWeek> {
    let (year, week) = text.split_once("-W")?;
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(year, 4) || !digits(week, 2) {
        return None;
    }
    IsoWeek::new(year.parse().ok()?, week.parse().ok()?)
}

/// Whether a tally of families' codes could have given `bilan`.
fn is_possible(bilan: &GroupBilan) -> bool {
    let families = bilan.families;
    let most_children = families.saturating_mul(u32::from(MAX_SHARED_CHILDREN));
    let in_bands: u64 = bilan.age_bands.iter().map(|n| u64::from(*n)).sum();
    let day_limit = u32::from(DAY_MINUTES) * u32::from(MAX_SHARED_CHILDREN);
    let week_possible = |week: &GroupWeek| {
        let figures_possible = match week.figures {
            None => (week.families_filled_in as usize) < MIN_FAMILIES,
            Some(f) => {
                (week.families_filled_in as usize) >= MIN_FAMILIES
                    && f.daily_average <= day_limit
                    && f.by_moment.iter().all(|m| *m <= day_limit)
                    && f.by_moment.iter().map(|m| u64::from(*m)).sum::<u64>()
                        <= u64::from(f.daily_average) + Moment::ALL.len() as u64
                    && f.steps_kept_percent.iter().all(|p| *p <= 100)
            }
        };
        week.families_filled_in <= families
            && week.days_filled_in <= week.families_filled_in * 7
            && week.days_filled_in >= week.families_filled_in
            && figures_possible
    };
    let commitments_possible = bilan.commitments.is_none_or(|c| {
        c.families as usize >= MIN_FAMILIES
            && c.families <= families
            && c.total() >= c.families
            && c.total() <= c.families * MAX_SHARED_COMMITMENTS as u32
    });
    (MIN_FAMILIES..=MAX_FAMILIES).contains(&(families as usize))
        && bilan.children >= families
        && bilan.children <= most_children
        && in_bands <= u64::from(bilan.children)
        && bilan.first_week <= bilan.last_week
        && week_possible(&bilan.a)
        && week_possible(&bilan.b)
        && commitments_possible
}
