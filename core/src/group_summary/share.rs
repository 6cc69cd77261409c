//! What one family shares with the group, computed from its diary and the two weeks it compares.
//!
//! The figures are the family's (each entry once, as [`crate::comparison`] counts them); the
//! children are only counted, by age band on `today`. A share is checked by the same rules as a
//! decoded one ([`check_share`]), so a diary whose figures would be refused is never shown as a
//! code.

use chrono::NaiveDate;

use crate::calendar::IsoWeek;
use crate::commitments::Commitment;
use crate::comparison::{compare_weeks, CommitmentOutcome, WeekPair};
use crate::diary::{Diary, Moment, Scope, DAY_MINUTES};
use crate::four_steps::Step;
use crate::guidelines::{age_band_of, AgeBand};
use crate::statistics::{WeekStatistics, WEEK_DAYS};

use super::code::AbsurdFigure;

/// The random token's length in bytes (40 bits: two families of a group of 300 draw the same
/// token about once in 25,000 groups).
pub const TOKEN_BYTES: usize = 5;
/// The most children a share counts (the code has 5 bits for them).
pub const MAX_SHARED_CHILDREN: u8 = 31;
/// The most commitments a share carries ([`crate::commitments::MAX_COMMITMENTS`]).
pub(crate) const MAX_SHARED_COMMITMENTS: usize = 3;

/// A random token drawn by the family's device for one share, so that the advisor counts the
/// family once when its code is read twice. It says nothing about the family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ShareToken(pub [u8; TOKEN_BYTES]);

/// One week of a family, as shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekShare {
    /// The ISO week.
    pub week: IsoWeek,
    /// The days filled in, 0 to 7.
    pub days_filled_in: u8,
    /// The average minutes per day filled in, rounded (0 when no day was filled in).
    pub daily_average: u16,
    /// The week's minutes at each moment, in [`Moment::ALL`] order.
    pub by_moment: [u32; Moment::ALL.len()],
    /// The days each « pas » was kept, in [`Step::ALL`] order.
    pub steps_kept: [u8; Step::ALL.len()],
}

impl WeekShare {
    /// The week's minutes (every moment).
    pub fn total_minutes(&self) -> u32 {
        self.by_moment.iter().sum()
    }

    fn of(week: &WeekStatistics) -> WeekShare {
        let breakdown = &week.totals.breakdown;
        WeekShare {
            week: week.week,
            days_filled_in: week.days_filled_in() as u8,
            daily_average: week.daily_average.minutes.unwrap_or(0) as u16,
            by_moment: Moment::ALL.map(|moment| breakdown.moment(moment)),
            steps_kept: Step::ALL.map(|step| week.steps_kept.days_kept(step) as u8),
        }
    }
}

/// What a commitment was, without its words or its child.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CommitmentKind {
    /// One of the « 4 pas ».
    Step(Step),
    /// A daily limit for a child.
    DailyLimit,
    /// A sentence in the family's own words (the words are not shared).
    OwnWords,
}

/// How a shared commitment went in week B.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SharedOutcome {
    /// Kept every day judged.
    Kept,
    /// Kept some days.
    PartlyKept,
    /// Kept no day.
    NotKept,
    /// Cannot be told from the diary.
    NotMeasurable,
}

/// One commitment, as shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CommitmentShare {
    /// What it was.
    pub kind: CommitmentKind,
    /// How it went.
    pub outcome: SharedOutcome,
}

/// Everything a family's code holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FamilyShare {
    /// The random token.
    pub token: ShareToken,
    /// How many children, 1 to [`MAX_SHARED_CHILDREN`].
    pub children: u8,
    /// How many children in each age band, in [`AgeBand::ALL`] order (a child of 18 or more is
    /// in no band).
    pub age_bands: [u8; AgeBand::ALL.len()],
    /// Week A (before).
    pub a: WeekShare,
    /// Week B (after).
    pub b: WeekShare,
    /// How the family's commitments went, when it chose to share them (at most three).
    pub commitments: Vec<CommitmentShare>,
}

/// Why a diary cannot be shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The diary has no child.
    NoChild,
    /// More children than a code can count.
    TooManyChildren,
    /// Neither week has a day filled in: there is nothing to share.
    NothingFilledIn,
    /// The figures break a rule the advisor's device checks (the diary holds more than 24 hours
    /// a day for a child, for instance).
    Absurd(AbsurdFigure),
}

/// The share of the family's comparison of `weeks`, with `token`, counting the children's age
/// bands on `today`. With `with_commitments`, it says how each commitment went (its kind and
/// outcome only).
pub fn share_of_comparison(
    diary: &Diary,
    weeks: WeekPair,
    today: NaiveDate,
    token: ShareToken,
    with_commitments: bool,
) -> Result<FamilyShare, ShareError> {
    let children = diary.children();
    if children.is_empty() {
        return Err(ShareError::NoChild);
    }
    let count = u8::try_from(children.len())
        .ok()
        .filter(|count| *count <= MAX_SHARED_CHILDREN)
        .ok_or(ShareError::TooManyChildren)?;
    let mut age_bands = [0u8; AgeBand::ALL.len()];
    for child in &children {
        if let Some(band) = age_band_of(child.birth, today) {
            age_bands[band as usize] += 1;
        }
    }
    let comparison = compare_weeks(diary, &Scope::Family, weeks);
    if comparison.a.days_filled_in() == 0 && comparison.b.days_filled_in() == 0 {
        return Err(ShareError::NothingFilledIn);
    }
    let commitments = if with_commitments {
        comparison
            .commitments
            .iter()
            .take(MAX_SHARED_COMMITMENTS)
            .map(|check| CommitmentShare {
                kind: match &check.commitment {
                    Commitment::Step(step) => CommitmentKind::Step(*step),
                    Commitment::DailyLimit { .. } => CommitmentKind::DailyLimit,
                    Commitment::Text(_) => CommitmentKind::OwnWords,
                },
                outcome: match check.outcome {
                    CommitmentOutcome::Kept => SharedOutcome::Kept,
                    CommitmentOutcome::PartlyKept => SharedOutcome::PartlyKept,
                    CommitmentOutcome::NotKept => SharedOutcome::NotKept,
                    CommitmentOutcome::NotMeasurable(_) => SharedOutcome::NotMeasurable,
                },
            })
            .collect()
    } else {
        Vec::new()
    };
    let share = FamilyShare {
        token,
        children: count,
        age_bands,
        a: WeekShare::of(&comparison.a),
        b: WeekShare::of(&comparison.b),
        commitments,
    };
    check_share(&share).map_err(ShareError::Absurd)?;
    Ok(share)
}

/// The rules every share keeps, whether computed here or decoded from a code.
pub(crate) fn check_share(share: &FamilyShare) -> Result<(), AbsurdFigure> {
    if share.children == 0 || share.children > MAX_SHARED_CHILDREN {
        return Err(AbsurdFigure::Children);
    }
    let in_bands: u32 = share.age_bands.iter().map(|n| u32::from(*n)).sum();
    if in_bands > u32::from(share.children) {
        return Err(AbsurdFigure::AgeBands);
    }
    for week in [&share.a, &share.b] {
        check_week(week, share.children)?;
    }
    if share.commitments.len() > MAX_SHARED_COMMITMENTS {
        return Err(AbsurdFigure::Commitments);
    }
    Ok(())
}

fn check_week(week: &WeekShare, children: u8) -> Result<(), AbsurdFigure> {
    if !(2000..=2255).contains(&week.week.year()) {
        return Err(AbsurdFigure::Week);
    }
    let days = u32::from(week.days_filled_in);
    if days > WEEK_DAYS {
        return Err(AbsurdFigure::DaysOverSeven);
    }
    let total = week.total_minutes();
    let any_figure =
        total > 0 || week.daily_average > 0 || week.steps_kept.iter().any(|kept| *kept > 0);
    if days == 0 && any_figure {
        return Err(AbsurdFigure::FiguresWithoutDays);
    }
    let day_limit = u32::from(DAY_MINUTES) * u32::from(children);
    if u32::from(week.daily_average) > day_limit
        || total > day_limit * days.max(1)
        || week
            .by_moment
            .iter()
            .any(|minutes| *minutes > day_limit * WEEK_DAYS)
    {
        return Err(AbsurdFigure::MoreThanADay);
    }
    if week.steps_kept.iter().any(|kept| u32::from(*kept) > days) {
        return Err(AbsurdFigure::StepsOverDays);
    }
    let expected_average = (total + days / 2) / days.max(1);
    if u32::from(week.daily_average) != expected_average {
        return Err(AbsurdFigure::AverageDoesNotMatch);
    }
    Ok(())
}
