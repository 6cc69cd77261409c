//! When: a grid of the week's days × the moments of the day, plus a row for the bedroom, that
//! makes the « 4 pas » visible. The rows of the four « pas » (morning, meals, bedtime, bedroom)
//! have bold labels; in them a cell with screen time is dark and marked « × » with its minutes,
//! and a day without is marked « ✓ » (the « pas » was kept). Other moments show their minutes on a
//! pale cell. A day not filled in shows « — » all down its column. Every mark is a symbol or a
//! number, so nothing rests on colour alone.

use super::canvas::{render_svg, Anchor, Canvas, Font, CHART_WIDTH};
use super::palette::{GRID, INK, PALE_BLUE, PALE_GREEN, PAPER, VERMILLION};
use super::{
    bedroom_label, short_day_label, short_moment_label, week_who_and_span, Chart, ChartError,
    DataTable, TableCell, TableRow,
};
use crate::diary::Moment;
use crate::duration_text::format_days_filled_in;
use crate::language::Language;
use crate::statistics::{DayStatistics, StepDays, WeekStatistics};

const LABEL_LEFT: i32 = 16;
const GRID_LEFT: i32 = 166;
const COLUMN: i32 = 66;
const ROW: i32 = 44;
const HEADER: i32 = 40;
const ROWS: i32 = 7;
const LEGEND_ROW: i32 = 26;

/// The moments chart: SVG, table and sentence.
pub fn moments_chart(week: &WeekStatistics, language: Language) -> Result<Chart, ChartError> {
    Ok(Chart {
        svg: render_moments_chart_svg(week, language)?,
        table: moments_chart_table(week, language),
        summary: moments_chart_summary(week, language),
    })
}

/// A row of the grid: a moment, or the bedroom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GridRow {
    Moment(Moment),
    Bedroom,
}

impl GridRow {
    pub(crate) const ALL: [GridRow; 7] = [
        GridRow::Moment(Moment::Morning),
        GridRow::Moment(Moment::Daytime),
        GridRow::Moment(Moment::Meal),
        GridRow::Moment(Moment::AfterSchool),
        GridRow::Moment(Moment::Evening),
        GridRow::Moment(Moment::Bedtime),
        GridRow::Bedroom,
    ];

    /// Whether the row is one of the « 4 pas ».
    pub(crate) fn is_step(self) -> bool {
        matches!(
            self,
            GridRow::Bedroom | GridRow::Moment(Moment::Morning | Moment::Meal | Moment::Bedtime)
        )
    }

    pub(crate) fn label(self, language: Language) -> &'static str {
        match self {
            GridRow::Moment(moment) => short_moment_label(moment, language),
            GridRow::Bedroom => bedroom_label(language),
        }
    }

    /// The day's minutes in this row.
    pub(crate) fn minutes(self, day: &DayStatistics) -> u32 {
        match self {
            GridRow::Moment(moment) => day.totals.breakdown.moment(moment),
            GridRow::Bedroom => day.totals.in_bedroom_minutes,
        }
    }
}

/// The height of one grid with its column headings.
pub(crate) const GRID_HEIGHT: i32 = HEADER + ROWS * ROW;

/// Draws the grid of `week` from `top` down ([`GRID_HEIGHT`] pixels).
pub(crate) fn draw_grid(
    canvas: &Canvas<'_, '_>,
    week: &WeekStatistics,
    top: i32,
    language: Language,
) -> Result<(), ChartError> {
    for (index, day) in week.days.iter().enumerate() {
        let centre = GRID_LEFT + index as i32 * COLUMN + COLUMN / 2;
        let label = short_day_label(day.date, language);
        canvas.text(
            &label,
            (centre, top + HEADER / 2),
            Font::SMALL,
            Anchor::MIDDLE,
        )?;
    }
    for (row_index, row) in GridRow::ALL.into_iter().enumerate() {
        let row_top = top + HEADER + row_index as i32 * ROW;
        let font = if row.is_step() {
            Font::SMALL_BOLD
        } else {
            Font::SMALL
        };
        canvas.text(
            row.label(language),
            (LABEL_LEFT, row_top + ROW / 2),
            font,
            Anchor::START,
        )?;
        for (index, day) in week.days.iter().enumerate() {
            let left = GRID_LEFT + index as i32 * COLUMN;
            let (top_left, bottom_right) = (
                (left + 2, row_top + 2),
                (left + COLUMN - 2, row_top + ROW - 2),
            );
            let centre = (left + COLUMN / 2, row_top + ROW / 2);
            let minutes = row.minutes(day);
            if !day.is_filled_in() {
                canvas.outline(top_left, bottom_right, GRID, 1)?;
                canvas.text("—", centre, Font::MUTED, Anchor::MIDDLE)?;
            } else if row.is_step() && minutes > 0 {
                canvas.rect(top_left, bottom_right, VERMILLION)?;
                let mark = format!("× {minutes}");
                let font = Font::SMALL_BOLD.coloured(PAPER);
                canvas.text(&mark, centre, font, Anchor::MIDDLE)?;
            } else if row.is_step() {
                canvas.rect(top_left, bottom_right, PALE_GREEN)?;
                canvas.text("✓", centre, Font::SMALL_BOLD.coloured(INK), Anchor::MIDDLE)?;
            } else if minutes > 0 {
                canvas.rect(top_left, bottom_right, PALE_BLUE)?;
                canvas.text(&minutes.to_string(), centre, Font::SMALL, Anchor::MIDDLE)?;
            } else {
                canvas.outline(top_left, bottom_right, GRID, 1)?;
            }
        }
    }
    Ok(())
}

/// The legend under the grid: what each mark means.
pub(crate) fn legend_lines(language: Language) -> [&'static str; 3] {
    match language {
        Language::Fr => [
            "✓ : pas tenu ; × 20 : 20 minutes d'écran à éviter",
            "En gras : les 4 pas ; — : jour non renseigné",
            "Autres cases : minutes d'écran",
        ],
        Language::En => [
            "✓: step kept; × 20: 20 minutes of screens to avoid",
            "In bold: the 4 steps; —: day not filled in",
            "Other cells: minutes of screens",
        ],
    }
}

/// Draws the legend from `top` down and returns the bottom.
pub(crate) fn draw_legend(
    canvas: &Canvas<'_, '_>,
    top: i32,
    language: Language,
) -> Result<i32, ChartError> {
    for (index, line) in legend_lines(language).iter().enumerate() {
        let y = top + index as i32 * LEGEND_ROW;
        canvas.text(line, (LABEL_LEFT, y), Font::MUTED, Anchor::START_BELOW)?;
    }
    Ok(top + 3 * LEGEND_ROW)
}

/// The moments chart as SVG.
pub fn render_moments_chart_svg(
    week: &WeekStatistics,
    language: Language,
) -> Result<String, ChartError> {
    let legend_top = 12 + GRID_HEIGHT + 16;
    let height = legend_top + 3 * LEGEND_ROW + 8;
    let title = moments_chart_title(week, language);
    let desc = format!(
        "{} {}",
        moments_chart_summary(week, language),
        match language {
            Language::Fr => "Une colonne par jour, une ligne par moment ; ✓ : pas tenu, × : écran à un moment des 4 pas.",
            Language::En => "A column per day, a row per moment; ✓: step kept, ×: screens at one of the 4 steps.",
        }
    );
    render_svg(
        (CHART_WIDTH, height as u32),
        language,
        &title,
        &desc,
        |canvas| {
            draw_grid(canvas, week, 12, language)?;
            draw_legend(canvas, legend_top, language)?;
            Ok(())
        },
    )
}

fn moments_chart_title(week: &WeekStatistics, language: Language) -> String {
    let (who, span) = week_who_and_span(week, language);
    match language {
        Language::Fr => format!("Les 4 pas, jour par jour : {who}, {span}"),
        Language::En => format!("The 4 steps, day by day: {who}, {span}"),
    }
}

/// « sur 3 jours renseignés, les 4 pas ont été tenus : matin 3 jours, repas 1, coucher 2,
/// chambre 2 ».
pub(crate) fn steps_phrase(steps: &StepDays, language: Language) -> String {
    let days = steps.days_counted();
    if days == 0 {
        return format_days_filled_in(0, 7, language);
    }
    let counts: Vec<String> = [
        GridRow::Moment(Moment::Morning),
        GridRow::Moment(Moment::Meal),
        GridRow::Moment(Moment::Bedtime),
        GridRow::Bedroom,
    ]
    .into_iter()
    .zip(steps.iter())
    .enumerate()
    .map(|(index, (row, (_, kept)))| {
        let label = row.label(language).to_lowercase();
        match (index, language) {
            (0, Language::Fr) if kept > 1 => format!("{label} {kept} jours"),
            (0, Language::Fr) => format!("{label} {kept} jour"),
            (0, Language::En) if kept == 1 => format!("{label} 1 day"),
            (0, Language::En) => format!("{label} {kept} days"),
            _ => format!("{label} {kept}"),
        }
    })
    .collect();
    match (language, days) {
        (Language::Fr, 1) => format!(
            "sur 1 jour renseigné, les 4 pas ont été tenus : {}",
            counts.join(", ")
        ),
        (Language::Fr, _) => format!(
            "sur {days} jours renseignés, les 4 pas ont été tenus : {}",
            counts.join(", ")
        ),
        (Language::En, 1) => format!(
            "of 1 day filled in, the 4 steps were kept: {}",
            counts.join(", ")
        ),
        (Language::En, _) => format!(
            "of {days} days filled in, the 4 steps were kept: {}",
            counts.join(", ")
        ),
    }
}

/// On how many of the days filled in each « pas » was kept.
pub fn moments_chart_summary(week: &WeekStatistics, language: Language) -> String {
    let (who, span) = week_who_and_span(week, language);
    let steps = steps_phrase(&week.steps_kept, language);
    match language {
        Language::Fr => format!("{who}, {span} : {steps}."),
        Language::En => format!("{who}, {span}: {steps}."),
    }
}

/// A row per moment (and the bedroom), a column per day, then the « pas » kept each day.
pub fn moments_chart_table(week: &WeekStatistics, language: Language) -> DataTable {
    let fr = language == Language::Fr;
    let mut columns = vec!["Moment".to_owned()];
    columns.extend(
        week.days
            .iter()
            .map(|day| short_day_label(day.date, language)),
    );
    let mut rows: Vec<TableRow> = GridRow::ALL
        .into_iter()
        .map(|row| TableRow {
            heading: match row {
                GridRow::Moment(moment) => moment.label(language).to_owned(),
                GridRow::Bedroom => if fr {
                    "Dans la chambre"
                } else {
                    "In the bedroom"
                }
                .to_owned(),
            },
            cells: week
                .days
                .iter()
                .map(|day| {
                    if day.is_filled_in() {
                        TableCell::minutes(row.minutes(day), language)
                    } else {
                        TableCell::missing()
                    }
                })
                .collect(),
        })
        .collect();
    rows.push(TableRow {
        heading: if fr { "Pas tenus" } else { "Steps kept" }.to_owned(),
        cells: week
            .days
            .iter()
            .map(|day| {
                if day.is_filled_in() {
                    let kept = day.steps_kept.len() as i64;
                    let text = if fr {
                        format!("{kept} sur 4")
                    } else {
                        format!("{kept} of 4")
                    };
                    TableCell::text_with_value(text, kept)
                } else {
                    TableCell::missing()
                }
            })
            .collect(),
    });
    DataTable {
        caption: moments_chart_title(week, language),
        columns,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::super::palette::{hex, PALE_GREEN, VERMILLION};
    use super::super::test_svg::{
        assert_chart_rules, assert_escaped, elements, rects_of, texts, HOSTILE_NAME,
    };
    use super::*;
    use crate::calendar::IsoWeek;
    use crate::diary::ChildId;
    use crate::diary::Scope;
    use crate::statistics::tests::fixture;
    use crate::statistics::week_statistics;

    fn w10() -> IsoWeek {
        IsoWeek::new(2025, 10).unwrap()
    }

    #[test]
    fn the_grid_marks_each_step_kept_or_broken() {
        let week = week_statistics(&fixture(), w10(), &Scope::Family);
        let svg = render_moments_chart_svg(&week, Language::Fr).unwrap();
        assert_chart_rules(&svg);
        let texts = texts(&svg);
        // Family: Mon meal 50; Tue morning 30; Sun meal 20, bedtime 30 in the bedroom.
        let mut broken: Vec<&str> = texts
            .iter()
            .filter(|t| t.starts_with('×'))
            .map(String::as_str)
            .collect();
        broken.sort();
        assert_eq!(broken, ["× 20", "× 30", "× 30", "× 30", "× 50"]);
        // 4 days filled in × 4 steps = 16 cells, 5 broken.
        assert_eq!(texts.iter().filter(|t| *t == "✓").count(), 11);
        assert_eq!(rects_of(&svg, &hex(VERMILLION)).len(), 5);
        assert_eq!(rects_of(&svg, &hex(PALE_GREEN)).len(), 11);
        assert_eq!(
            texts.iter().filter(|t| *t == "—").count(),
            3 * 7,
            "Wed to Fri"
        );
        for label in [
            "Matin", "Repas", "Coucher", "Chambre", "Journée", "lun. 3", "dim. 9",
        ] {
            assert!(texts.contains(&label.to_owned()), "{label}");
        }
        let bold: Vec<String> = elements(&svg)
            .into_iter()
            .filter(|e| e.name == "text" && e.attribute("font-weight") == Some("bold"))
            .map(|e| e.text)
            .filter(|t| t.chars().all(char::is_alphabetic))
            .collect();
        assert_eq!(bold, ["Matin", "Repas", "Coucher", "Chambre"]);
        for ordinary in ["40", "25", "90"] {
            assert!(texts.contains(&ordinary.to_owned()), "{ordinary}");
        }
    }

    #[test]
    fn the_sentence_and_table_count_the_steps_kept() {
        let week = week_statistics(&fixture(), w10(), &Scope::Family);
        assert_eq!(
            moments_chart_summary(&week, Language::Fr),
            "La famille, 3 – 9 mars 2025 : sur 4 jours renseignés, les 4 pas ont été tenus : matin 3 jours, repas 2, coucher 3, chambre 3."
        );
        let lea = week_statistics(&fixture(), w10(), &Scope::Child(ChildId::new("lea")));
        assert_eq!(
            moments_chart_summary(&lea, Language::En),
            "Léa, 3 – 9 March 2025: of 3 days filled in, the 4 steps were kept: morning 3 days, meals 1, bedtime 2, bedroom 2."
        );
        let empty = week_statistics(&fixture(), w10().next(), &Scope::Family);
        assert_eq!(
            moments_chart_summary(&empty, Language::Fr),
            "La famille, 10 – 16 mars 2025 : aucun jour renseigné sur 7."
        );
        let table = moments_chart_table(&week, Language::Fr);
        assert_eq!(table.columns.len(), 8);
        assert_eq!(table.rows.len(), 8);
        assert_eq!(table.rows[6].heading, "Dans la chambre");
        assert_eq!(table.rows[6].cells[6].text, "30 min");
        assert_eq!(table.rows[2].cells[2].text, "—");
        let kept: Vec<&str> = table.rows[7]
            .cells
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(
            kept,
            ["3 sur 4", "3 sur 4", "—", "—", "—", "4 sur 4", "1 sur 4"]
        );
    }

    #[test]
    fn a_hostile_name_is_escaped() {
        let mut diary = fixture();
        let mut hostile = diary.child(&ChildId::new("hugo")).unwrap().clone();
        hostile.name = HOSTILE_NAME.to_owned();
        diary.put_child(hostile).unwrap();
        let week = week_statistics(&diary, w10(), &Scope::Child(ChildId::new("hugo")));
        let svg = render_moments_chart_svg(&week, Language::Fr).unwrap();
        assert_chart_rules(&svg);
        assert_escaped(&svg);
    }
}
