//! The bilan's chart for the projector: the group's average per day, in all and at each moment,
//! before (solid blue) and after (hatched orange), one pair of horizontal bars per line with the
//! durations written at their ends, so it reads without its colours. Drawn with the core's chart
//! code (plotters' SVG backend), like every chart of [`crate::charts`].

use crate::charts::canvas::{render_svg, Anchor, ChartText, Font, CHART_WIDTH};
use crate::charts::palette::{INK, WEEK_A, WEEK_B};
use crate::charts::{Chart, ChartError, DataTable, TableCell, TableRow};
use crate::comparison::{Difference, Goal};
use crate::diary::Moment;
use crate::duration_text::format_duration;
use crate::four_steps::Step;
use crate::language::Language;

use super::bilan::{GroupBilan, WeekFigures};
use super::sentences::bilan_headline;

/// The bilan is projected for the room, not read on a phone: its text keeps fixed sizes, in
/// viewBox pixels of a chart shown about a metre wide.
const LEGEND_TEXT: ChartText = ChartText { small: 16 };
const SMALL_BOLD: Font = Font {
    size: 16,
    bold: true,
    colour: INK,
};
const LABEL: Font = Font {
    size: 18,
    bold: false,
    colour: INK,
};
const LABEL_BOLD: Font = Font {
    size: 18,
    bold: true,
    colour: INK,
};

const LEFT: i32 = 16;
const BAR_MAX: i32 = 440;
const BAR: i32 = 26;
const ROW: i32 = 26 + 2 * BAR + 18;
const TOP: i32 = 16;

fn title(language: Language) -> &'static str {
    match language {
        Language::Fr => "Bilan du groupe : temps d'écran par jour, avant et après",
        Language::En => "Group summary: screen time a day, before and after",
    }
}

fn lines(figures: &WeekFigures, language: Language) -> Vec<(String, u32)> {
    let mut lines = vec![(
        match language {
            Language::Fr => "En tout".to_owned(),
            Language::En => "In all".to_owned(),
        },
        figures.daily_average,
    )];
    lines.extend(
        Moment::ALL
            .into_iter()
            .zip(figures.by_moment)
            .map(|(moment, minutes)| (moment.label(language).to_owned(), minutes)),
    );
    lines
}

/// The chart, its table and its sentence; `None` while either week has no figures.
pub fn bilan_moments_chart(
    bilan: &GroupBilan,
    language: Language,
) -> Option<Result<Chart, ChartError>> {
    let svg = render_bilan_moments_svg(bilan, language)?;
    Some(svg.map(|svg| {
        Chart {
            svg,
            table: bilan_moments_table(bilan, language),
            summary: bilan_headline(bilan, language),
        }
        .typeset(language)
    }))
}

/// The chart as SVG; `None` while either week has no figures.
pub fn render_bilan_moments_svg(
    bilan: &GroupBilan,
    language: Language,
) -> Option<Result<String, ChartError>> {
    let (a, b) = (bilan.a.figures?, bilan.b.figures?);
    let (lines_a, lines_b) = (lines(&a, language), lines(&b, language));
    let largest = lines_a
        .iter()
        .chain(&lines_b)
        .map(|(_, minutes)| *minutes)
        .max()
        .unwrap_or(0);
    let legend_top = TOP + lines_a.len() as i32 * ROW + 8;
    let height = legend_top + 2 * 34 + 12;
    let desc = format!(
        "{} {}",
        bilan_headline(bilan, language),
        match language {
            Language::Fr =>
                "Deux barres par ligne : pleine avant, hachurée après, la durée écrite au bout.",
            Language::En =>
                "Two bars a line: solid before, hatched after, the duration written at the end.",
        }
    );
    let width = |minutes: u32| {
        if largest == 0 {
            0
        } else {
            (f64::from(minutes) * f64::from(BAR_MAX) / f64::from(largest)).round() as i32
        }
    };
    Some(render_svg(
        (CHART_WIDTH, height as u32),
        language,
        title(language),
        &desc,
        |canvas| {
            for (index, ((label, before), (_, after))) in lines_a.iter().zip(&lines_b).enumerate() {
                let top = TOP + index as i32 * ROW;
                let font = if index == 0 { LABEL_BOLD } else { LABEL };
                canvas.text(label, (LEFT, top), font, Anchor::START_BELOW)?;
                for (row, (minutes, swatch)) in [(*before, WEEK_A), (*after, WEEK_B)]
                    .into_iter()
                    .enumerate()
                {
                    let bar_top = top + 26 + row as i32 * BAR;
                    let end = LEFT + width(minutes);
                    canvas.swatch_rect((LEFT, bar_top), (end, bar_top + BAR - 4), swatch)?;
                    canvas.text(
                        &format_duration(minutes, language),
                        (end + 10, bar_top + (BAR - 4) / 2),
                        SMALL_BOLD,
                        Anchor::START,
                    )?;
                }
            }
            let (before, after) = match language {
                Language::Fr => ("Avant (semaine A)", "Après (semaine B)"),
                Language::En => ("Before (week A)", "After (week B)"),
            };
            canvas.legend_entry((LEFT, legend_top), Some(WEEK_A), before, LEGEND_TEXT)?;
            canvas.legend_entry((LEFT, legend_top + 34), Some(WEEK_B), after, LEGEND_TEXT)
        },
    ))
}

/// The bilan as a table: a row per figure, before, after and the change.
pub fn bilan_moments_table(bilan: &GroupBilan, language: Language) -> DataTable {
    let fr = language == Language::Fr;
    let count_row = |heading: &str, a: u32, b: u32| TableRow {
        heading: heading.to_owned(),
        cells: vec![TableCell::count(a), TableCell::count(b), {
            let d = Difference::between(a, b, Goal::More);
            TableCell::text_with_value(d.format_count(), d.change)
        }],
    };
    let mut rows = vec![
        count_row(
            if fr { "Familles" } else { "Families" },
            bilan.families,
            bilan.families,
        ),
        count_row(
            if fr {
                "Familles ayant rempli la semaine"
            } else {
                "Families who filled in the week"
            },
            bilan.a.families_filled_in,
            bilan.b.families_filled_in,
        ),
        count_row(
            if fr {
                "Jours renseignés (toutes familles)"
            } else {
                "Days filled in (all families)"
            },
            bilan.a.days_filled_in,
            bilan.b.days_filled_in,
        ),
    ];
    if let (Some(a), Some(b)) = (bilan.a.figures, bilan.b.figures) {
        let minutes_row = |heading: String, x: u32, y: u32| {
            let d = Difference::between(x, y, Goal::Less);
            TableRow {
                heading,
                cells: vec![
                    TableCell::minutes(x, language),
                    TableCell::minutes(y, language),
                    TableCell::text_with_value(d.format_minutes(language), d.change),
                ],
            }
        };
        for ((label, x), (_, y)) in lines(&a, language).into_iter().zip(lines(&b, language)) {
            let heading = if fr {
                format!("{label} (moyenne par jour)")
            } else {
                format!("{label} (average a day)")
            };
            rows.push(minutes_row(heading, x, y));
        }
        for (index, step) in Step::ALL.into_iter().enumerate() {
            let (x, y) = (a.steps_kept_percent[index], b.steps_kept_percent[index]);
            let d = Difference::between(x, y, Goal::More);
            let percent = |p: u32| crate::duration_text::format_percent(p.into(), language);
            rows.push(TableRow {
                heading: if fr {
                    format!("{} (jours tenus)", step.label(language))
                } else {
                    format!("{} (days kept)", step.label(language))
                },
                cells: vec![
                    TableCell::text_with_value(percent(x), x.into()),
                    TableCell::text_with_value(percent(y), y.into()),
                    TableCell::text_with_value(d.format_count(), d.change),
                ],
            });
        }
    }
    DataTable {
        caption: title(language).to_owned(),
        columns: if fr {
            vec![
                "Mesure".to_owned(),
                "Avant (semaine A)".to_owned(),
                "Après (semaine B)".to_owned(),
                "Écart".to_owned(),
            ]
        } else {
            vec![
                "Figure".to_owned(),
                "Before (week A)".to_owned(),
                "After (week B)".to_owned(),
                "Change".to_owned(),
            ]
        },
        rows,
    }
}
