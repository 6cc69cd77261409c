//! The comparison's own wording, in French and English: the sentence that sums it up, the
//! table's headings and cells, the charts' titles, the commitments' labels and outcomes, and the
//! changes written with an arrow (« ↓ 35 min »). The model ([`super`]) computes the figures; this
//! module only writes them, through [`crate::typography`].

use crate::calendar::{format_week_span, IsoWeek};
use crate::diary::Scope;
use crate::duration_text::{
    format_days_filled_in, format_duration, format_duration_in_words, format_percent,
};
use crate::language::Language;
use crate::typography::typeset;

use super::{
    comparison_rows, CommitmentCheck, CommitmentOutcome, ComparisonFigure, Difference, Direction,
    NotMeasurable, WeekComparison,
};

impl Difference {
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

impl CommitmentCheck {
    /// What the commitment says (see [`crate::commitments::Commitment::label`]).
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
