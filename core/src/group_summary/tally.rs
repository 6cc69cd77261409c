//! The advisor's count of the families whose codes were read during the session: each token
//! once, and the group's figures only from [`MIN_FAMILIES`] families on.

use crate::guidelines::AgeBand;
use crate::statistics::rounded_percent;

use super::bilan::{CommitmentTally, GroupBilan, GroupWeek, WeekFigures};
use super::share::{FamilyShare, ShareToken, SharedOutcome, WeekShare};

/// Fewer families than this, and the bilan shows no figure (so no one family's figures are on
/// the screen).
pub const MIN_FAMILIES: usize = 3;
/// The most families one bilan counts (a workshop group is a few dozen at most).
pub const MAX_FAMILIES: usize = 300;

/// The least common multiple of 1 to 7: each family's average per day is exact in 420ths of a
/// minute, so the mean over families is rounded once, at the end.
const DAYS_LCM: u64 = 420;

/// What happened to a code read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TallyOutcome {
    /// A new family was counted; `families` are now counted.
    Counted {
        /// The families counted, this one included.
        families: usize,
    },
    /// This family's code was already counted: it is not counted again.
    AlreadyCounted {
        /// The families counted.
        families: usize,
    },
    /// [`MAX_FAMILIES`] families are already counted.
    Full,
}

/// Too few families for a bilan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotEnoughFamilies {
    /// How many more families are needed.
    pub missing: usize,
}

/// The families counted during the session, in memory only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupTally {
    shares: Vec<FamilyShare>,
}

impl GroupTally {
    /// No family yet.
    pub fn new() -> GroupTally {
        GroupTally::default()
    }

    /// Counts `share`'s family, unless its token was already counted (the first code read stays)
    /// or the tally is full.
    pub fn add(&mut self, share: FamilyShare) -> TallyOutcome {
        if self.has_token(share.token) {
            return TallyOutcome::AlreadyCounted {
                families: self.families(),
            };
        }
        if self.shares.len() >= MAX_FAMILIES {
            return TallyOutcome::Full;
        }
        self.shares.push(share);
        TallyOutcome::Counted {
            families: self.families(),
        }
    }

    /// Whether a family with `token` is counted.
    pub fn has_token(&self, token: ShareToken) -> bool {
        self.shares.iter().any(|share| share.token == token)
    }

    /// How many families are counted.
    pub fn families(&self) -> usize {
        self.shares.len()
    }

    /// How many more families the bilan needs (0 once it can be shown).
    pub fn missing(&self) -> usize {
        MIN_FAMILIES.saturating_sub(self.families())
    }

    /// The group's figures, from [`MIN_FAMILIES`] families on.
    pub fn bilan(&self) -> Result<GroupBilan, NotEnoughFamilies> {
        let missing = self.missing();
        if missing > 0 {
            return Err(NotEnoughFamilies { missing });
        }
        let shares = &self.shares;
        let mut age_bands = [0u32; AgeBand::ALL.len()];
        for share in shares {
            for (total, count) in age_bands.iter_mut().zip(share.age_bands) {
                *total += u32::from(count);
            }
        }
        let weeks = shares.iter().flat_map(|share| [share.a.week, share.b.week]);
        let first_week = weeks.clone().min().expect("at least three families");
        let last_week = weeks.max().expect("at least three families");
        Ok(GroupBilan {
            families: shares.len() as u32,
            children: shares.iter().map(|share| u32::from(share.children)).sum(),
            age_bands,
            first_week,
            last_week,
            a: group_week(shares.iter().map(|share| &share.a)),
            b: group_week(shares.iter().map(|share| &share.b)),
            commitments: commitment_tally(shares),
        })
    }
}

fn group_week<'a>(weeks: impl Iterator<Item = &'a WeekShare>) -> GroupWeek {
    let filled: Vec<&WeekShare> = weeks.filter(|week| week.days_filled_in > 0).collect();
    let families = filled.len() as u32;
    let days_filled_in = filled.iter().map(|w| u32::from(w.days_filled_in)).sum();
    let figures = (filled.len() >= MIN_FAMILIES).then(|| {
        let mean = |minutes: &dyn Fn(&WeekShare) -> u32| -> u32 {
            let sum: u64 = filled
                .iter()
                .map(|week| u64::from(minutes(week)) * DAYS_LCM / u64::from(week.days_filled_in))
                .sum();
            let whole = u64::from(families) * DAYS_LCM;
            ((sum * 2 + whole) / (2 * whole)) as u32
        };
        let steps_kept_percent = std::array::from_fn(|step| {
            let kept = filled.iter().map(|w| u32::from(w.steps_kept[step])).sum();
            rounded_percent(kept, days_filled_in).unwrap_or(0)
        });
        WeekFigures {
            daily_average: mean(&|week| week.total_minutes()),
            by_moment: std::array::from_fn(|moment| mean(&|week| week.by_moment[moment])),
            steps_kept_percent,
        }
    });
    GroupWeek {
        families_filled_in: families,
        days_filled_in,
        figures,
    }
}

fn commitment_tally(shares: &[FamilyShare]) -> Option<CommitmentTally> {
    let sharing: Vec<&FamilyShare> = shares
        .iter()
        .filter(|share| !share.commitments.is_empty())
        .collect();
    if sharing.len() < MIN_FAMILIES {
        return None;
    }
    let mut tally = CommitmentTally {
        families: sharing.len() as u32,
        ..CommitmentTally::default()
    };
    for commitment in sharing.iter().flat_map(|share| &share.commitments) {
        match commitment.outcome {
            SharedOutcome::Kept => tally.kept += 1,
            SharedOutcome::PartlyKept => tally.partly_kept += 1,
            SharedOutcome::NotKept => tally.not_kept += 1,
            SharedOutcome::NotMeasurable => tally.not_measurable += 1,
        }
    }
    Some(tally)
}
