//! Comparing two weeks, for one child or the whole family, and judging the family's commitments
//! in the second week.
//!
//! Week A is the « before » and week B the « after ». Each figure of [`crate::statistics`] is
//! given for both weeks with its [`Difference`]: in minutes (or days) and in percent of week A,
//! with a [`Direction`] and a [`Verdict`] (less screen time is better; more days keeping a « pas »
//! is better). The rules:
//!
//! - The daily averages are compared as shown, rounded to the minute, so that « 2 h 05 → 1 h 30 »
//!   reads as 35 minutes less. A week with no day filled in has no average, and then there is no
//!   average difference.
//! - A percentage is of week A's figure, rounded half away from zero; there is none when week A's
//!   figure is 0.
//! - A week with fewer than [`MIN_DAYS_FOR_COMPARISON`] days filled in is flagged
//!   ([`WeekComparison::few_days`]) so the app says so plainly instead of pretending.
//! - Commitments are judged on week B's days filled in. A « pas » is kept on a day when no entry
//!   of the scope that day breaks it; a child's daily limit is kept on a day filled in for that
//!   child when the minutes that count towards a limit are at or under the commitment's minutes
//!   (the diary's own rule). Kept: every day judged; partly kept: some; not kept: none. A
//!   commitment in the family's own words cannot be judged from entries: it is « not measurable »,
//!   and so is one with no day to judge, or for a child no longer in the diary.
//!
//! Default weeks: the first week logged and the last complete week (the week before `today`'s).
//! Nothing here reads the clock.

mod rows;

use chrono::NaiveDate;

use crate::calendar::{format_week_span, week_of, IsoWeek};
use crate::commitments::Commitment;
use crate::diary::{Activity, Diary, Entry, Moment, Scope, Screen};
use crate::duration_text::{
    format_days_filled_in, format_duration, format_duration_in_words, format_percent,
};
use crate::four_steps::Step;
use crate::language::Language;
use crate::statistics::{scope_children, week_statistics, WeekStatistics};
use crate::typography::typeset;

pub use rows::{comparison_rows, ComparisonFigure, ComparisonRow, FigureGroup, RowGroup};

/// Fewer days filled in than this, and a week is flagged as too thin to compare.
pub const MIN_DAYS_FOR_COMPARISON: u32 = 3;

/// Which way a figure went from week A to week B.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Lower in week B.
    Less,
    /// Higher in week B.
    More,
    /// The same.
    Same,
}

/// Which way is an improvement for a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Goal {
    /// Less is better (screen time, days above the limit).
    Less,
    /// More is better (days a « pas » was kept).
    More,
}

/// Whether a change is an improvement, for the arrow's colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// The figure moved the way the family wants.
    Better,
    /// It moved the other way.
    Worse,
    /// It did not move.
    Unchanged,
}

/// A figure in week A and week B, and how it changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Difference {
    /// Week A's figure.
    pub a: u32,
    /// Week B's figure.
    pub b: u32,
    /// `b - a`.
    pub change: i64,
    /// The change in percent of `a`, rounded half away from zero; `None` when `a` is 0.
    pub percent: Option<i64>,
    /// Which way it went.
    pub direction: Direction,
    /// Which way is better.
    pub goal: Goal,
}

/// The lines of a breakdown (by screen, activity or moment) that either week has time in:
/// figures and tables leave out the lines at zero in both weeks.
pub fn lines_with_time<K>(lines: &[(K, Difference)]) -> impl Iterator<Item = &(K, Difference)> {
    lines.iter().filter(|(_, d)| d.a > 0 || d.b > 0)
}

impl Difference {
    /// The difference from `a` to `b`.
    pub fn between(a: u32, b: u32, goal: Goal) -> Difference {
        let change = i64::from(b) - i64::from(a);
        let percent = (a > 0).then(|| {
            let a = i64::from(a);
            let doubled = change * 200;
            (doubled + doubled.signum() * a) / (2 * a)
        });
        Difference {
            a,
            b,
            change,
            percent,
            direction: match change {
                0 => Direction::Same,
                c if c < 0 => Direction::Less,
                _ => Direction::More,
            },
            goal,
        }
    }

    /// Whether the change is an improvement.
    pub fn verdict(&self) -> Verdict {
        match (self.direction, self.goal) {
            (Direction::Same, _) => Verdict::Unchanged,
            (Direction::Less, Goal::Less) | (Direction::More, Goal::More) => Verdict::Better,
            _ => Verdict::Worse,
        }
    }

    /// The change in minutes with an arrow: « ↓ 35 min », « ↑ 1 h 05 », « = ».
    pub fn format_minutes(&self, language: Language) -> String {
        let amount = format_duration(self.change.unsigned_abs() as u32, language);
        match self.direction {
            Direction::Less => format!("↓ {amount}"),
            Direction::More => format!("↑ {amount}"),
            Direction::Same => "=".to_owned(),
        }
    }

    /// The change as a count with an arrow: « ↓ 2 », « ↑ 1 », « = ».
    pub fn format_count(&self) -> String {
        match self.direction {
            Direction::Less => format!("↓ {}", self.change.unsigned_abs()),
            Direction::More => format!("↑ {}", self.change),
            Direction::Same => "=".to_owned(),
        }
    }

    /// The change in percent with an arrow: « ↓ 28 % »; « — » when there is no percentage.
    pub fn format_percent(&self, language: Language) -> String {
        match (self.percent, self.direction) {
            (None, _) => "—".to_owned(),
            (Some(_), Direction::Same) => "=".to_owned(),
            (Some(percent), Direction::Less) => {
                format!("↓ {}", format_percent(percent.abs(), language))
            }
            (Some(percent), Direction::More) => format!("↑ {}", format_percent(percent, language)),
        }
    }
}

/// Two weeks to compare: A (before) and B (after).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WeekPair {
    /// The « before » week.
    pub a: IsoWeek,
    /// The « after » week.
    pub b: IsoWeek,
}

/// Which weeks have fewer than [`MIN_DAYS_FOR_COMPARISON`] days filled in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FewDays {
    /// Week A is thin.
    pub a: bool,
    /// Week B is thin.
    pub b: bool,
}

impl FewDays {
    /// Whether either week is thin.
    pub fn any(self) -> bool {
        self.a || self.b
    }
}

/// Why a commitment cannot be judged from the diary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NotMeasurable {
    /// It is in the family's own words: only the family can say.
    FreeText,
    /// Week B has no day filled in (for the scope, or for the limit's child).
    NoDayFilledIn,
    /// The limit's child is no longer in the diary.
    ChildRemoved,
}

/// How a commitment went in week B.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommitmentOutcome {
    /// Kept on every day judged.
    Kept,
    /// Kept on some of the days judged.
    PartlyKept,
    /// Kept on none of the days judged.
    NotKept,
    /// Cannot be judged from the diary.
    NotMeasurable(NotMeasurable),
}

/// One commitment judged on week B.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommitmentCheck {
    /// The commitment.
    pub commitment: Commitment,
    /// For a daily limit, the child's name (`None` once the child is removed).
    pub child_name: Option<String>,
    /// How it went.
    pub outcome: CommitmentOutcome,
    /// The days it was kept.
    pub days_kept: u32,
    /// The days it was judged on (the days filled in).
    pub days_judged: u32,
}

impl CommitmentCheck {
    /// What the commitment says (see [`Commitment::label`]).
    pub fn label(&self, language: Language) -> String {
        typeset(&self.label_written(language), language)
    }

    /// [`Self::label`] as written, before typography.
    fn label_written(&self, language: Language) -> String {
        self.commitment.label(self.child_name.as_deref(), language)
    }

    /// How it went, in plain words: « Tenu tous les jours renseignés (5 sur 5) ».
    pub fn outcome_text(&self, language: Language) -> String {
        typeset(&self.outcome_text_written(language), language)
    }

    /// [`Self::outcome_text`] as written, before typography.
    fn outcome_text_written(&self, language: Language) -> String {
        let (kept, judged) = (self.days_kept, self.days_judged);
        match (self.outcome, language) {
            (CommitmentOutcome::Kept, Language::Fr) => {
                format!("Tenu tous les jours renseignés ({kept} sur {judged})")
            }
            (CommitmentOutcome::Kept, Language::En) => {
                format!("Kept on every day filled in ({kept} of {judged})")
            }
            (CommitmentOutcome::PartlyKept, Language::Fr) => {
                format!("Tenu en partie : {kept} jours sur {judged} renseignés")
            }
            (CommitmentOutcome::PartlyKept, Language::En) => {
                format!("Partly kept: {kept} of {judged} days filled in")
            }
            (CommitmentOutcome::NotKept, Language::Fr) => {
                format!("Pas tenu (0 jour sur {judged} renseignés)")
            }
            (CommitmentOutcome::NotKept, Language::En) => {
                format!("Not kept (0 of {judged} days filled in)")
            }
            (CommitmentOutcome::NotMeasurable(reason), Language::Fr) => match reason {
                NotMeasurable::FreeText => {
                    "Ne se mesure pas avec le journal : c'est à la famille de dire".to_owned()
                }
                NotMeasurable::NoDayFilledIn => {
                    "Aucun jour renseigné : impossible à dire".to_owned()
                }
                NotMeasurable::ChildRemoved => "Cet enfant n'est plus dans le journal".to_owned(),
            },
            (CommitmentOutcome::NotMeasurable(reason), Language::En) => match reason {
                NotMeasurable::FreeText => {
                    "Cannot be measured from the diary: the family can say".to_owned()
                }
                NotMeasurable::NoDayFilledIn => "No day filled in: cannot tell".to_owned(),
                NotMeasurable::ChildRemoved => "This child is no longer in the diary".to_owned(),
            },
        }
    }
}

/// Two weeks side by side, for a scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekComparison {
    /// The scope.
    pub scope: Scope,
    /// The child's name for a child's scope.
    pub scope_name: Option<String>,
    /// Week A's statistics.
    pub a: WeekStatistics,
    /// Week B's statistics.
    pub b: WeekStatistics,
    /// The days filled in of each week (more is better: the figures say more).
    pub days_filled_in: Difference,
    /// The daily averages over the days filled in; `None` when a week has no day filled in.
    pub daily_average: Option<Difference>,
    /// The weeks' totals.
    pub total: Difference,
    /// By screen, in [`Screen::ALL`] order.
    pub by_screen: Vec<(Screen, Difference)>,
    /// By activity, in [`Activity::ALL`] order.
    pub by_activity: Vec<(Activity, Difference)>,
    /// By moment, in [`Moment::ALL`] order.
    pub by_moment: Vec<(Moment, Difference)>,
    /// Days above the limit (for the family: days a child was above theirs).
    pub days_over_limit: Difference,
    /// Days each « pas » was kept, in [`Step::ALL`] order.
    pub steps_kept: Vec<(Step, Difference)>,
    /// Which weeks are too thin to compare.
    pub few_days: FewDays,
    /// The family's commitments, judged on week B.
    pub commitments: Vec<CommitmentCheck>,
}

/// Compares week `weeks.a` with week `weeks.b` for a scope: two range queries on the date index
/// (one more per daily-limit commitment).
pub fn compare_weeks(diary: &Diary, scope: &Scope, weeks: WeekPair) -> WeekComparison {
    let a = week_statistics(diary, weeks.a, scope);
    let b = week_statistics(diary, weeks.b, scope);
    let minutes = |x: u32, y: u32| Difference::between(x, y, Goal::Less);
    let daily_average = match (a.daily_average.minutes, b.daily_average.minutes) {
        (Some(x), Some(y)) => Some(minutes(x, y)),
        _ => None,
    };
    let (ta, tb) = (&a.totals.breakdown, &b.totals.breakdown);
    let commitments = diary
        .commitments()
        .items()
        .iter()
        .map(|commitment| check_commitment(diary, &b, commitment))
        .collect();
    WeekComparison {
        scope: scope.clone(),
        scope_name: a.scope_name.clone(),
        days_filled_in: Difference::between(a.days_filled_in(), b.days_filled_in(), Goal::More),
        daily_average,
        total: minutes(a.totals.minutes, b.totals.minutes),
        by_screen: Screen::ALL
            .into_iter()
            .map(|s| (s, minutes(ta.screen(s), tb.screen(s))))
            .collect(),
        by_activity: Activity::ALL
            .into_iter()
            .map(|x| (x, minutes(ta.activity(x), tb.activity(x))))
            .collect(),
        by_moment: Moment::ALL
            .into_iter()
            .map(|m| (m, minutes(ta.moment(m), tb.moment(m))))
            .collect(),
        days_over_limit: minutes(a.days_over_limit, b.days_over_limit),
        steps_kept: Step::ALL
            .into_iter()
            .map(|step| {
                let kept = |week: &WeekStatistics| week.steps_kept.days_kept(step);
                (step, Difference::between(kept(&a), kept(&b), Goal::More))
            })
            .collect(),
        few_days: FewDays {
            a: a.days_filled_in() < MIN_DAYS_FOR_COMPARISON,
            b: b.days_filled_in() < MIN_DAYS_FOR_COMPARISON,
        },
        commitments,
        a,
        b,
    }
}

fn check_commitment(diary: &Diary, b: &WeekStatistics, commitment: &Commitment) -> CommitmentCheck {
    let judged = |kept: u32, judged: u32| {
        if judged == 0 {
            CommitmentOutcome::NotMeasurable(NotMeasurable::NoDayFilledIn)
        } else if kept == judged {
            CommitmentOutcome::Kept
        } else if kept == 0 {
            CommitmentOutcome::NotKept
        } else {
            CommitmentOutcome::PartlyKept
        }
    };
    let check = |child_name, outcome, days_kept, days_judged| CommitmentCheck {
        commitment: commitment.clone(),
        child_name,
        outcome,
        days_kept,
        days_judged,
    };
    match commitment {
        Commitment::Step(step) => {
            let kept = b.steps_kept.days_kept(*step);
            let days = b.steps_kept.days_counted();
            check(None, judged(kept, days), kept, days)
        }
        Commitment::DailyLimit { child, minutes } => {
            let Some(present) = diary.child(child) else {
                return check(
                    None,
                    CommitmentOutcome::NotMeasurable(NotMeasurable::ChildRemoved),
                    0,
                    0,
                );
            };
            let theirs = week_statistics(diary, b.week, &Scope::Child(child.clone()));
            let days: Vec<_> = theirs
                .days
                .iter()
                .filter(|day| day.is_filled_in())
                .filter_map(|day| day.children.first())
                .collect();
            let kept = days
                .iter()
                .filter(|day| day.limited_minutes <= u32::from(*minutes))
                .count() as u32;
            let judged_days = days.len() as u32;
            check(
                Some(present.name.clone()),
                judged(kept, judged_days),
                kept,
                judged_days,
            )
        }
        Commitment::Text(_) => check(
            None,
            CommitmentOutcome::NotMeasurable(NotMeasurable::FreeText),
            0,
            0,
        ),
    }
}

/// The last complete week on `today`: the week before `today`'s (today's week is not over).
pub fn last_complete_week(today: NaiveDate) -> IsoWeek {
    week_of(today).previous()
}

/// « Semaine dernière / cette semaine »: last week as A, this week (so far) as B.
pub fn last_week_and_this_week(today: NaiveDate) -> WeekPair {
    WeekPair {
        a: week_of(today).previous(),
        b: week_of(today),
    }
}

/// The week of the scope's first entry (for the family: of a child present in the diary).
pub fn first_week_logged(diary: &Diary, scope: &Scope) -> Option<IsoWeek> {
    let children = scope_children(diary, scope);
    let in_scope = |entry: &&Entry| children.iter().any(|child| entry.covers(&child.id));
    diary
        .entries()
        .find(in_scope)
        .map(|entry| week_of(entry.date))
}

/// « Première semaine / dernière semaine »: the first week logged as A and the last complete
/// week as B; `None` when nothing is logged or the first week logged is not before the last
/// complete week (then offer [`last_week_and_this_week`]).
pub fn first_and_last_weeks(diary: &Diary, scope: &Scope, today: NaiveDate) -> Option<WeekPair> {
    let first = first_week_logged(diary, scope)?;
    let last = last_complete_week(today);
    (first < last).then_some(WeekPair { a: first, b: last })
}

/// The weeks a comparison opens on: [`first_and_last_weeks`].
pub fn default_weeks(diary: &Diary, scope: &Scope, today: NaiveDate) -> Option<WeekPair> {
    first_and_last_weeks(diary, scope, today)
}

/// « semaine du 3 mars », with the year when the two weeks are in different years.
pub(crate) fn week_name(week: IsoWeek, other: IsoWeek, language: Language) -> String {
    use chrono::Datelike;
    let with_year = week.monday().year() != other.monday().year();
    let day = crate::charts::format_day_month(week.monday(), with_year, language);
    match language {
        Language::Fr => format!("semaine du {day}"),
        Language::En => format!("week of {day}"),
    }
}

/// The comparison in one sentence: « Léa : en moyenne 35 minutes de moins par jour, soit 28 % de
/// moins (1 h 30 au lieu de 2 h 05). », with a warning when a week has few days filled in.
pub fn comparison_summary(comparison: &WeekComparison, language: Language) -> String {
    typeset(&comparison_summary_written(comparison, language), language)
}

/// [`comparison_summary`] as written, before typography.
fn comparison_summary_written(comparison: &WeekComparison, language: Language) -> String {
    let who = crate::charts::scope_title(
        comparison.scope_name.as_deref(),
        comparison.scope == Scope::Family,
        language,
    );
    let (a, b) = (&comparison.a, &comparison.b);
    let name_a = week_name(a.week, b.week, language);
    let name_b = week_name(b.week, a.week, language);
    let fr = language == Language::Fr;
    let mut summary = match comparison.daily_average {
        None => match (a.days_filled_in(), b.days_filled_in(), fr) {
            (0, 0, true) => {
                format!("{who} : aucun jour renseigné ces deux semaines, rien à comparer.")
            }
            (0, 0, false) => format!("{who}: no day filled in either week, nothing to compare."),
            (0, _, true) => {
                format!("{who} : aucun jour renseigné la {name_a}, impossible de comparer.")
            }
            (0, _, false) => {
                format!("{who}: no day filled in during the {name_a}, nothing to compare.")
            }
            (_, _, true) => {
                format!("{who} : aucun jour renseigné la {name_b}, impossible de comparer.")
            }
            (_, _, false) => {
                format!("{who}: no day filled in during the {name_b}, nothing to compare.")
            }
        },
        Some(average) => {
            let (before, after) = (
                format_duration(average.a, language),
                format_duration(average.b, language),
            );
            let amount = format_duration_in_words(average.change.unsigned_abs() as u32, language);
            let percent = average.percent.map(|p| format_percent(p.abs(), language));
            match (average.direction, percent, fr) {
                (Direction::Same, _, true) => {
                    format!("{who} : en moyenne autant de temps par jour ({after}).")
                }
                (Direction::Same, _, false) => {
                    format!("{who}: on average the same time a day ({after}).")
                }
                (direction, Some(percent), true) => {
                    let word = if direction == Direction::Less {
                        "moins"
                    } else {
                        "plus"
                    };
                    format!(
                        "{who} : en moyenne {amount} de {word} par jour, soit {percent} de {word} ({after} au lieu de {before})."
                    )
                }
                (direction, None, true) => {
                    let word = if direction == Direction::Less {
                        "moins"
                    } else {
                        "plus"
                    };
                    format!(
                        "{who} : en moyenne {amount} de {word} par jour ({after} au lieu de {before})."
                    )
                }
                (direction, Some(percent), false) => {
                    let word = if direction == Direction::Less {
                        "less"
                    } else {
                        "more"
                    };
                    format!(
                        "{who}: on average {amount} {word} a day, {percent} {word} ({after} instead of {before})."
                    )
                }
                (direction, None, false) => {
                    let word = if direction == Direction::Less {
                        "less"
                    } else {
                        "more"
                    };
                    format!(
                        "{who}: on average {amount} {word} a day ({after} instead of {before})."
                    )
                }
            }
        }
    };
    for (thin, week, name) in [
        (comparison.few_days.a, a, &name_a),
        (comparison.few_days.b, b, &name_b),
    ] {
        if thin && week.days_filled_in() > 0 {
            let days = format_days_filled_in(week.days_filled_in(), 7, language);
            summary.push_str(&match language {
                Language::Fr => format!(" Attention : seulement {days} la {name}."),
                Language::En => format!(" Note: only {days} in the {name}."),
            });
        }
    }
    summary
}

/// The comparison as a table: a row per figure, the two weeks side by side, and the change.
pub fn comparison_table(
    comparison: &WeekComparison,
    language: Language,
) -> crate::charts::DataTable {
    use crate::charts::{DataTable, TableCell, TableRow};
    let fr = language == Language::Fr;
    let (a, b) = (&comparison.a, &comparison.b);
    let minutes_row = |heading: String, d: &Difference| TableRow {
        heading,
        cells: vec![
            TableCell::minutes(d.a, language),
            TableCell::minutes(d.b, language),
            TableCell::text_with_value(d.format_minutes(language), d.change),
            percent_cell(d, language),
        ],
    };
    let count_row = |heading: String, d: &Difference| TableRow {
        heading,
        cells: vec![
            TableCell::count(d.a),
            TableCell::count(d.b),
            TableCell::text_with_value(d.format_count(), d.change),
            percent_cell(d, language),
        ],
    };
    let average_cell = |minutes: Option<u32>| {
        minutes.map_or_else(TableCell::missing, |m| TableCell::minutes(m, language))
    };
    let mut rows = Vec::new();
    for row in comparison_rows(comparison)
        .into_iter()
        .flat_map(|group| group.rows)
    {
        let heading = table_heading(row.figure, language);
        rows.push(match (row.difference, row.figure.counts_days()) {
            (Some(d), true) => count_row(heading, &d),
            (Some(d), false) => minutes_row(heading, &d),
            (None, _) => TableRow {
                heading,
                cells: vec![
                    average_cell(a.daily_average.minutes),
                    average_cell(b.daily_average.minutes),
                    TableCell::missing(),
                    TableCell::missing(),
                ],
            },
        });
    }
    let span = |week: IsoWeek| format_week_span(week, language);
    let columns = if fr {
        vec![
            "Mesure".to_owned(),
            format!("Semaine A ({})", span(a.week)),
            format!("Semaine B ({})", span(b.week)),
            "Écart".to_owned(),
            "Écart en %".to_owned(),
        ]
    } else {
        vec![
            "Figure".to_owned(),
            format!("Week A ({})", span(a.week)),
            format!("Week B ({})", span(b.week)),
            "Change".to_owned(),
            "Change in %".to_owned(),
        ]
    };
    DataTable {
        caption: comparison_title(comparison, language),
        columns,
        rows,
    }
    .typeset(language)
}

/// A row's heading in the comparison table (« Moyenne par jour renseigné », « Repas (jours
/// tenus) »).
fn table_heading(figure: ComparisonFigure, language: Language) -> String {
    let fr = language == Language::Fr;
    let fixed = |french: &str, english: &str| if fr { french } else { english }.to_owned();
    match figure {
        ComparisonFigure::DaysFilledIn => fixed("Jours renseignés", "Days filled in"),
        ComparisonFigure::DailyAverage => {
            fixed("Moyenne par jour renseigné", "Average per day filled in")
        }
        ComparisonFigure::Total => fixed("Total de la semaine", "Week's total"),
        ComparisonFigure::DaysOverLimit => {
            fixed("Jours au-dessus de la limite", "Days above the limit")
        }
        ComparisonFigure::Screen(screen) => screen.label(language).to_owned(),
        ComparisonFigure::Activity(activity) => activity.label(language).to_owned(),
        ComparisonFigure::Moment(moment) => moment.label(language).to_owned(),
        ComparisonFigure::StepKept(step) if fr => format!("{} (jours tenus)", step.label(language)),
        ComparisonFigure::StepKept(step) => format!("{} (days kept)", step.label(language)),
    }
}

fn percent_cell(d: &Difference, language: Language) -> crate::charts::TableCell {
    use crate::charts::TableCell;
    match d.percent {
        Some(percent) => TableCell::text_with_value(d.format_percent(language), percent),
        None => TableCell::missing(),
    }
}

/// « Léa : semaine du 3 mars et semaine du 24 mars ».
pub(crate) fn comparison_title(comparison: &WeekComparison, language: Language) -> String {
    let who = crate::charts::scope_title(
        comparison.scope_name.as_deref(),
        comparison.scope == Scope::Family,
        language,
    );
    let (a, b) = (comparison.a.week, comparison.b.week);
    match language {
        Language::Fr => format!(
            "{who} : {} et {}",
            week_name(a, b, language),
            week_name(b, a, language)
        ),
        Language::En => format!(
            "{who}: {} and {}",
            week_name(a, b, language),
            week_name(b, a, language)
        ),
    }
}

#[cfg(test)]
mod tests;
