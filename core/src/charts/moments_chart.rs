//! When: a grid of the week's days × the moments of the day, plus a row for the bedroom, that
//! makes the « 4 pas » visible. The rows of the four « pas » (morning, meals, bedtime, bedroom)
//! have bold labels; in them a cell with screen time is dark and marked « × » with its minutes,
//! and a day without is marked « ✓ » (the « pas » was kept). Other moments show their minutes on a
//! pale cell. A day not filled in shows « — » all down its column. Every mark is a symbol or a
//! number, so nothing rests on colour alone.

use chrono::Datelike;

use super::canvas::{
    estimated_width, render_svg, wrap_words, Anchor, Canvas, ChartText, CHART_WIDTH,
};
use super::palette::{GRID, MUTED, PALE_BLUE, PALE_GREEN, PAPER, VERMILLION};
use super::{
    bedroom_label, short_day_label, short_moment_label, week_who_and_span, Chart, ChartError,
    DataTable, TableCell, TableRow,
};
use crate::calendar::short_day_name;
use crate::diary::Moment;
use crate::duration_text::format_days_filled_in;
use crate::language::Language;
use crate::statistics::{DayStatistics, StepDays, WeekStatistics};

const LEFT: i32 = 16;
const RIGHT: i32 = CHART_WIDTH as i32 - 16;
const COLUMN: i32 = (RIGHT - LEFT) / 7;

/// The moments chart: SVG, table and sentence, its text sized for the app's text size.
pub fn moments_chart(
    week: &WeekStatistics,
    language: Language,
    text: ChartText,
) -> Result<Chart, ChartError> {
    Ok(Chart {
        svg: render_moments_chart_svg(week, language, text)?,
        table: moments_chart_table(week, language),
        summary: moments_chart_summary(week, language),
    }
    .typeset(language))
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

/// Where the grid's parts go for a text size. The days are the columns, across the whole width;
/// each moment is a band: its name on a line, then its seven cells. So no label shares its line
/// with the grid, and the cells have a seventh of the width even at 150 %.
#[derive(Clone, Copy, Debug)]
pub(crate) struct GridLayout {
    text: ChartText,
    line: i32,
    cell: i32,
}

impl GridLayout {
    pub(crate) fn new(text: ChartText) -> GridLayout {
        GridLayout {
            text,
            line: text.scaled(1.3),
            cell: text.scaled(2.4),
        }
    }

    fn header(&self) -> i32 {
        2 * self.line + self.text.scaled(0.2)
    }

    fn band(&self) -> i32 {
        self.line + self.cell + self.text.scaled(0.3)
    }

    /// The height of one grid with its column headings.
    pub(crate) fn height(&self) -> i32 {
        self.header() + GridRow::ALL.len() as i32 * self.band()
    }

    fn fits(&self, words: &str) -> bool {
        estimated_width(words, self.text.small) <= COLUMN - 8
    }
}

/// Draws the grid of `week` from `top` down ([`GridLayout::height`] pixels).
pub(crate) fn draw_grid(
    canvas: &Canvas<'_, '_>,
    week: &WeekStatistics,
    top: i32,
    language: Language,
    layout: GridLayout,
) -> Result<(), ChartError> {
    let text = layout.text;
    let (plain, bold) = (text.font(false), text.font(true));
    for (index, day) in week.days.iter().enumerate() {
        let centre = LEFT + index as i32 * COLUMN + COLUMN / 2;
        let name = short_day_name(day.date.weekday(), language);
        let initial: String = name.chars().take(1).flat_map(char::to_uppercase).collect();
        let name = if layout.fits(name) {
            name.to_owned()
        } else {
            initial
        };
        canvas.text(&name, (centre, top), plain, Anchor::BELOW)?;
        let number = day.date.day().to_string();
        canvas.text(&number, (centre, top + layout.line), plain, Anchor::BELOW)?;
    }
    for (row_index, row) in GridRow::ALL.into_iter().enumerate() {
        let band_top = top + layout.header() + row_index as i32 * layout.band();
        let font = if row.is_step() { bold } else { plain };
        canvas.text(
            row.label(language),
            (LEFT, band_top),
            font,
            Anchor::START_BELOW,
        )?;
        let row_top = band_top + layout.line;
        for (index, day) in week.days.iter().enumerate() {
            let left = LEFT + index as i32 * COLUMN;
            let (top_left, bottom_right) = (
                (left + 2, row_top + 2),
                (left + COLUMN - 2, row_top + layout.cell - 2),
            );
            let centre = (left + COLUMN / 2, row_top + layout.cell / 2);
            let minutes = row.minutes(day);
            if !day.is_filled_in() {
                canvas.outline(top_left, bottom_right, GRID, 1)?;
                canvas.text("—", centre, plain.coloured(MUTED), Anchor::MIDDLE)?;
            } else if row.is_step() && minutes > 0 {
                canvas.rect(top_left, bottom_right, VERMILLION)?;
                let font = bold.coloured(PAPER);
                let mark = format!("× {minutes}");
                if layout.fits(&mark) {
                    canvas.text(&mark, centre, font, Anchor::MIDDLE)?;
                } else {
                    // Too wide for one line at this size: the mark above, the minutes under it
                    // (left out only if even they do not fit; the table has them).
                    let half = layout.cell / 4;
                    canvas.text("×", (centre.0, centre.1 - half), font, Anchor::MIDDLE)?;
                    if layout.fits(&minutes.to_string()) {
                        let at = (centre.0, centre.1 + half);
                        canvas.text(&minutes.to_string(), at, font, Anchor::MIDDLE)?;
                    }
                }
            } else if row.is_step() {
                canvas.rect(top_left, bottom_right, PALE_GREEN)?;
                canvas.text("✓", centre, bold, Anchor::MIDDLE)?;
            } else if minutes > 0 {
                canvas.rect(top_left, bottom_right, PALE_BLUE)?;
                let label = minutes.to_string();
                let label = if layout.fits(&label) {
                    label
                } else {
                    "+".to_owned()
                };
                canvas.text(&label, centre, plain, Anchor::MIDDLE)?;
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

/// The legend's lines, wrapped at words for the text size.
pub(crate) fn wrapped_legend(language: Language, text: ChartText) -> Vec<String> {
    legend_lines(language)
        .iter()
        .flat_map(|line| wrap_words(line, text.small, RIGHT - LEFT))
        .collect()
}

/// Draws the legend's lines from `top` down.
pub(crate) fn draw_legend(
    canvas: &Canvas<'_, '_>,
    top: i32,
    lines: &[String],
    text: ChartText,
) -> Result<(), ChartError> {
    let line = GridLayout::new(text).line;
    for (index, words) in lines.iter().enumerate() {
        let y = top + index as i32 * line;
        canvas.text(
            words,
            (LEFT, y),
            text.font(false).coloured(MUTED),
            Anchor::START_BELOW,
        )?;
    }
    Ok(())
}

/// The moments chart as SVG.
pub fn render_moments_chart_svg(
    week: &WeekStatistics,
    language: Language,
    text: ChartText,
) -> Result<String, ChartError> {
    let layout = GridLayout::new(text);
    let legend = wrapped_legend(language, text);
    let legend_top = 12 + layout.height() + text.scaled(0.4);
    let height = legend_top + legend.len() as i32 * layout.line + 12;
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
            draw_grid(canvas, week, 12, language, layout)?;
            draw_legend(canvas, legend_top, &legend, text)?;
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
        assert_chart_rules, assert_escaped, assert_text_grows_and_stays_apart, elements, rects_of,
        texts, HOSTILE_NAME,
    };
    use super::*;
    use crate::preferences::TextSize;

    fn normal() -> ChartText {
        ChartText::for_text_size(TextSize::Normal)
    }
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
        let svg = render_moments_chart_svg(&week, Language::Fr, normal()).unwrap();
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
            "Matin", "Repas", "Coucher", "Chambre", "Journée", "lun.", "3", "dim.", "9",
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
        assert_eq!(table.rows[6].cells[6].text, "30\u{a0}min");
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
        let svg = render_moments_chart_svg(&week, Language::Fr, normal()).unwrap();
        assert_chart_rules(&svg);
        assert_escaped(&svg);
    }

    #[test]
    fn the_text_grows_with_the_text_size_and_never_overlaps() {
        let week = week_statistics(&fixture(), w10(), &Scope::Family);
        assert_text_grows_and_stays_apart(|size, language, text| {
            let svg = render_moments_chart_svg(&week, language, text).unwrap();
            let marks = texts(&svg)
                .into_iter()
                .filter(|t| t.starts_with('×'))
                .count();
            assert_eq!(marks, 5, "every broken step keeps its mark at {size:?}");
            vec![svg]
        });
    }
}
