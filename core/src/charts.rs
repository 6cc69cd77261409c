//! Charts as SVG strings, each with its data as a plain table (for « Voir les données ») and one
//! plain sentence that says what it shows, in French or English.
//!
//! - [`week_chart`]: minutes per day, stacked by screen, with the child's limit as a dashed line.
//! - [`activity_chart`]: minutes by activity, as horizontal bars with their values written out.
//! - [`moments_chart`]: a grid of days × moments that shows the « 4 pas » kept or not.
//! - [`trend_chart`]: the daily average of each week logged, with the limit.
//! - [`comparison_days_chart`] and [`comparison_moments_chart`]: two weeks side by side.
//!
//! Every chart is drawn by plotters' SVG backend in a viewBox 640 pixels wide (no fixed width or
//! height, so it fills its container), its text sized by a [`ChartText`] for the text size chosen
//! in Réglages: 30 viewBox pixels at 100 %, which is about 14 CSS pixels on a 390 px phone, more
//! at 125 and 150 %. Each layout follows the text's size (rows across rather than columns, labels
//! wrapped at words, fewer ticks), so no two texts overlap at 150 %. Colours are the Okabe–Ito palette, and each series also has a hatching pattern or
//! a written label: no meaning rests on colour alone. Each SVG has `role="img"`, a `<title>` and a
//! `<desc>` stating the main finding, and no `style` attribute (the app's Content-Security-Policy
//! forbids inline styles). Names and all other text are escaped.
//!
//! Decisions: in the family's scope the week and trend charts draw **no limit line**, because the
//! family's screen time (each entry once) cannot be held against any one child's limit; the
//! sentence and the table name the children who went over theirs instead. To hide the children's
//! names (« Masquer les prénoms »), compute the statistics from
//! [`crate::masked_names::mask_child_names`]'s copy of the diary.

mod activity_chart;
pub(crate) mod canvas;
mod comparison_charts;
mod moments_chart;
pub(crate) mod palette;
mod svg_text;
#[cfg(test)]
mod test_svg;
mod trend_chart;
mod week_chart;

use std::fmt;

pub use activity_chart::{
    activity_chart, activity_chart_summary, activity_chart_table, render_activity_chart_svg,
};
pub use canvas::{ChartText, CHART_WIDTH, PHONE_TEXT};
pub use comparison_charts::{
    comparison_days_chart, comparison_days_summary, comparison_days_table,
    comparison_moments_chart, comparison_moments_summary, comparison_moments_table,
    render_comparison_days_svg, render_comparison_moments_svg,
};
pub use moments_chart::{
    moments_chart, moments_chart_summary, moments_chart_table, render_moments_chart_svg,
};
pub use trend_chart::{
    render_trend_chart_svg, trend_chart, trend_chart_summary, trend_chart_table,
};
pub use week_chart::{render_week_chart_svg, week_chart, week_chart_summary, week_chart_table};

use crate::duration_text::format_duration;
use crate::language::Language;
use crate::typography::typeset;

/// A chart ready for the page: the SVG, its data as a table, and one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    /// The SVG document (`<svg …>…</svg>`), safe to put in the page as markup.
    pub svg: String,
    /// The same data as a table.
    pub table: DataTable,
    /// One plain sentence saying what the chart shows.
    pub summary: String,
}

impl Chart {
    /// The chart with its sentence and its table typeset for `language`
    /// (`crate::typography`); the SVG's own text is typeset as it is drawn.
    pub fn typeset(self, language: Language) -> Chart {
        Chart {
            svg: self.svg,
            summary: typeset(&self.summary, language),
            table: self.table.typeset(language),
        }
    }
}

/// A chart's data as a plain table. The first column holds the row headings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataTable {
    /// What the table shows (for `<caption>`).
    pub caption: String,
    /// The column headings, the row headings' column first.
    pub columns: Vec<String>,
    /// The rows.
    pub rows: Vec<TableRow>,
}

impl DataTable {
    /// The table with its caption, headings and cells typeset for `language`
    /// (`crate::typography`).
    pub fn typeset(self, language: Language) -> DataTable {
        let typeset_text = |text: String| typeset(&text, language);
        DataTable {
            caption: typeset_text(self.caption),
            columns: self.columns.into_iter().map(typeset_text).collect(),
            rows: self
                .rows
                .into_iter()
                .map(|row| TableRow {
                    heading: typeset_text(row.heading),
                    cells: row
                        .cells
                        .into_iter()
                        .map(|cell| TableCell {
                            text: typeset_text(cell.text),
                            value: cell.value,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// A row of a [`DataTable`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableRow {
    /// The row heading (for `<th scope="row">`).
    pub heading: String,
    /// The cells, one per column after the first.
    pub cells: Vec<TableCell>,
}

/// A cell: the text to show, and the number behind it when there is one (minutes, days, percent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableCell {
    /// The text to show, already in the table's language (plain text: the app shows it as text).
    pub text: String,
    /// The number behind the text, for sorting or reading aloud.
    pub value: Option<i64>,
}

impl TableCell {
    /// A duration (« 1 h 25 »), with its minutes as the value.
    pub fn minutes(minutes: u32, language: Language) -> TableCell {
        TableCell {
            text: format_duration(minutes, language),
            value: Some(minutes.into()),
        }
    }

    /// A count, written as a number.
    pub fn count(count: u32) -> TableCell {
        TableCell {
            text: count.to_string(),
            value: Some(count.into()),
        }
    }

    /// Text with no number behind it.
    pub fn text(text: impl Into<String>) -> TableCell {
        TableCell {
            text: text.into(),
            value: None,
        }
    }

    /// Text with a number behind it.
    pub fn text_with_value(text: impl Into<String>, value: i64) -> TableCell {
        TableCell {
            text: text.into(),
            value: Some(value),
        }
    }

    /// A value that does not exist (a day not filled in): « — ».
    pub fn missing() -> TableCell {
        TableCell::text("—")
    }
}

/// Why a chart could not be drawn (plotters' SVG backend writing into a string does not fail in
/// practice; the error is kept so that nothing panics if it ever did).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartError {
    message: String,
}

impl ChartError {
    fn new(message: String) -> ChartError {
        ChartError { message }
    }
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the chart could not be drawn: {}", self.message)
    }
}

impl std::error::Error for ChartError {}

/// The short names of the moments in the grid, and of the bedroom row.
fn short_moment_label(moment: crate::diary::Moment, language: Language) -> &'static str {
    use crate::diary::Moment;
    match (language, moment) {
        (Language::Fr, Moment::Morning) => "Matin",
        (Language::Fr, Moment::Daytime) => "Journée",
        (Language::Fr, Moment::Meal) => "Repas",
        (Language::Fr, Moment::AfterSchool) => "Après l’école",
        (Language::Fr, Moment::Evening) => "Soirée",
        (Language::Fr, Moment::Bedtime) => "Coucher",
        (Language::En, Moment::Morning) => "Morning",
        (Language::En, Moment::Daytime) => "Daytime",
        (Language::En, Moment::Meal) => "Meals",
        (Language::En, Moment::AfterSchool) => "After school",
        (Language::En, Moment::Evening) => "Evening",
        (Language::En, Moment::Bedtime) => "Bedtime",
    }
}

fn bedroom_label(language: Language) -> &'static str {
    match language {
        Language::Fr => "Chambre",
        Language::En => "Bedroom",
    }
}

/// « lun. 3 », "Mon 3".
fn short_day_label(date: chrono::NaiveDate, language: Language) -> String {
    use chrono::Datelike;
    format!(
        "{} {}",
        crate::calendar::short_day_name(date.weekday(), language),
        date.day()
    )
}

/// Who the figures are about, for a title: « Léa », « la famille ».
/// Who a week's chart is about (« Léa », « La famille ») and the week in words
/// (« 3 – 9 mars 2025 »): the two parts of every week chart's title and sentence.
pub(crate) fn week_who_and_span(
    week: &crate::statistics::WeekStatistics,
    language: Language,
) -> (String, String) {
    let who = scope_title(
        week.scope_name.as_deref(),
        week.scope == crate::diary::Scope::Family,
        language,
    );
    (who, crate::calendar::format_week_span(week.week, language))
}

pub(crate) fn scope_title(scope_name: Option<&str>, family: bool, language: Language) -> String {
    match (scope_name, family, language) {
        (Some(name), _, _) => name.to_owned(),
        (None, true, Language::Fr) => "La famille".to_owned(),
        (None, true, Language::En) => "The family".to_owned(),
        (None, false, Language::Fr) => "Un enfant retiré".to_owned(),
        (None, false, Language::En) => "A removed child".to_owned(),
    }
}

/// « 3 mars », « 1er mars », "3 March" (with the year when asked).
pub(crate) fn format_day_month(
    date: chrono::NaiveDate,
    with_year: bool,
    language: Language,
) -> String {
    use chrono::Datelike;
    let day = match (language, date.day()) {
        (Language::Fr, 1) => "1er".to_owned(),
        (_, day) => day.to_string(),
    };
    let month = crate::calendar::month_name(date.month(), language);
    if with_year {
        format!("{day} {month} {}", date.year())
    } else {
        format!("{day} {month}")
    }
}
