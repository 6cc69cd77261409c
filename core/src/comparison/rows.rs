//! The rows of a comparison, described once, in the order every view shows them: the main
//! figures (average per day filled in, week's total, days filled in, days above the limit), then
//! by screen, by activity and by moment (only the lines either week has time in), then the days
//! each « pas » was kept. The comparison table ([`super::comparison_table`]) and the app's
//! figures both walk [`comparison_rows`]; each writes its own labels.

use crate::diary::{Activity, Moment, Screen};
use crate::four_steps::Step;

use super::{lines_with_time, Difference, WeekComparison};

/// One figure of a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComparisonFigure {
    /// The average per day filled in, in minutes.
    DailyAverage,
    /// The week's total, in minutes.
    Total,
    /// The days filled in.
    DaysFilledIn,
    /// The days above the limit.
    DaysOverLimit,
    /// A screen's minutes.
    Screen(Screen),
    /// An activity's minutes.
    Activity(Activity),
    /// A moment's minutes.
    Moment(Moment),
    /// The days a « pas » was kept.
    StepKept(Step),
}

impl ComparisonFigure {
    /// Whether the figure counts days (else minutes).
    pub fn counts_days(self) -> bool {
        matches!(
            self,
            ComparisonFigure::DaysFilledIn
                | ComparisonFigure::DaysOverLimit
                | ComparisonFigure::StepKept(_)
        )
    }
}

/// A group of rows, under its heading (none for the main figures).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FigureGroup {
    /// Average, total, days filled in, days above the limit.
    Main,
    /// « Par écran ».
    ByScreen,
    /// « Par activité ».
    ByActivity,
    /// « Par moment ».
    ByMoment,
    /// « Jours où chaque pas a été tenu ».
    StepsKept,
}

/// One row: a figure and its difference; `None` for the average when a week has no day filled
/// in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComparisonRow {
    /// The figure.
    pub figure: ComparisonFigure,
    /// Both weeks' values and the change.
    pub difference: Option<Difference>,
}

/// A group and its rows, in order; a group may be empty (no time by screen in either week).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowGroup {
    /// The group.
    pub group: FigureGroup,
    /// Its rows.
    pub rows: Vec<ComparisonRow>,
}

/// The rows of `comparison`, grouped, in the order every view shows them.
pub fn comparison_rows(comparison: &WeekComparison) -> Vec<RowGroup> {
    let row = |figure, difference: &Difference| ComparisonRow {
        figure,
        difference: Some(*difference),
    };
    let main = vec![
        ComparisonRow {
            figure: ComparisonFigure::DailyAverage,
            difference: comparison.daily_average,
        },
        row(ComparisonFigure::Total, &comparison.total),
        row(ComparisonFigure::DaysFilledIn, &comparison.days_filled_in),
        row(ComparisonFigure::DaysOverLimit, &comparison.days_over_limit),
    ];
    let screens = lines_with_time(&comparison.by_screen)
        .map(|(screen, d)| row(ComparisonFigure::Screen(*screen), d))
        .collect();
    let activities = lines_with_time(&comparison.by_activity)
        .map(|(activity, d)| row(ComparisonFigure::Activity(*activity), d))
        .collect();
    let moments = lines_with_time(&comparison.by_moment)
        .map(|(moment, d)| row(ComparisonFigure::Moment(*moment), d))
        .collect();
    let steps = comparison
        .steps_kept
        .iter()
        .map(|(step, d)| row(ComparisonFigure::StepKept(*step), d))
        .collect();
    [
        (FigureGroup::Main, main),
        (FigureGroup::ByScreen, screens),
        (FigureGroup::ByActivity, activities),
        (FigureGroup::ByMoment, moments),
        (FigureGroup::StepsKept, steps),
    ]
    .into_iter()
    .map(|(group, rows)| RowGroup { group, rows })
    .collect()
}
