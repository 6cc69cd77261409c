//! The trend: the daily average of each week logged, as a line of points placed in time (a week
//! without any entry leaves a gap in the line), with the child's limit as a dashed line. A week
//! with fewer than three days filled in is drawn as a ring instead of a dot, and the note under
//! the chart says why. The last week's average is written next to its point.
//!
//! For long histories (more than 60 weeks) the dots are left out and only the line is drawn; the
//! table still has every week.

use chrono::Datelike;

use super::canvas::{
    estimated_width, render_svg, wrap_words, Anchor, ChartText, MinutesAxis, Point, CHART_WIDTH,
};
use super::palette::{BLUE, INK, MUTED};
use super::week_chart::limit_label;
use super::{format_day_month, scope_title, Chart, ChartError, DataTable, TableCell, TableRow};
use crate::calendar::{format_week_span, IsoWeek};
use crate::comparison::MIN_DAYS_FOR_COMPARISON;
use crate::diary::Scope;
use crate::duration_text::{format_duration, format_duration_compact};
use crate::language::Language;
use crate::statistics::Trend;

const MARGIN: i32 = 16;
const TOP: i32 = 24;
const MOST_DOTS: usize = 60;

/// The trend chart: SVG, table and sentence, its text sized for the app's text size.
pub fn trend_chart(
    trend: &Trend,
    language: Language,
    text: ChartText,
) -> Result<Chart, ChartError> {
    Ok(Chart {
        svg: render_trend_chart_svg(trend, language, text)?,
        table: trend_chart_table(trend, language),
        summary: trend_chart_summary(trend, language),
    }
    .typeset(language))
}

/// Weeks from `first` to `week`.
fn weeks_after(first: IsoWeek, week: IsoWeek) -> i64 {
    (week.monday() - first.monday()).num_days() / 7
}

/// The trend chart as SVG. The plot's height, the room of the minutes' labels at its left and
/// the spacing of the dates under it all follow the text's size, so that at 150 % the labels
/// are fewer rather than crowded.
pub fn render_trend_chart_svg(
    trend: &Trend,
    language: Language,
    text: ChartText,
) -> Result<String, ChartError> {
    let points = &trend.points;
    let largest = points
        .iter()
        .filter_map(|point| point.daily_average.minutes)
        .chain(trend.daily_limit.map(u32::from))
        .max()
        .unwrap_or(0);
    let bottom = TOP + text.scaled(8.0);
    let most_steps = ((bottom - TOP) / text.scaled(1.5)).clamp(1, 5) as u32;
    let axis = MinutesAxis::fitting(largest, most_steps, bottom, TOP);
    let left = MARGIN
        + axis
            .labels(language)
            .iter()
            .map(|(_, label)| estimated_width(label, text.small))
            .max()
            .unwrap_or(0)
        + 12;
    let with_year = years_differ(trend);
    let date_width = points
        .iter()
        .map(|point| {
            estimated_width(
                &format_day_month(point.week.monday(), with_year, language),
                text.small,
            )
        })
        .max()
        .unwrap_or(0);
    let value_room = estimated_width("10 h 30", text.small) / 2 + 8;
    let right = CHART_WIDTH as i32 - MARGIN - value_room;
    let span = match (points.first(), points.last()) {
        (Some(first), Some(last)) => weeks_after(first.week, last.week),
        _ => 0,
    };
    let x_of = |week: IsoWeek| -> i32 {
        match points.first() {
            Some(first) if span > 0 => {
                let offset = weeks_after(first.week, week) as f64;
                left + (offset * f64::from(right - left) / span as f64).round() as i32
            }
            _ => (left + right) / 2,
        }
    };
    let position = |index: usize| -> Point {
        let point = &points[index];
        (
            x_of(point.week),
            axis.y(point.daily_average.minutes.unwrap_or(0)),
        )
    };
    let dots = points.len() <= MOST_DOTS;
    let few_days =
        |index: usize| points[index].daily_average.days_filled_in < MIN_DAYS_FOR_COMPARISON;
    let any_ring = dots && (0..points.len()).any(few_days);
    let mut notes = vec![match language {
        Language::Fr => "Chaque point : la moyenne par jour renseigné d'une semaine",
        Language::En => "Each point: a week's average per day filled in",
    }];
    if any_ring {
        notes.push(match language {
            Language::Fr => "○ : moins de 3 jours renseignés cette semaine-là",
            Language::En => "○: fewer than 3 days filled in that week",
        });
    }
    let notes: Vec<String> = notes
        .iter()
        .flat_map(|note| wrap_words(note, text.small, CHART_WIDTH as i32 - 2 * MARGIN))
        .collect();
    let line = text.scaled(1.3);
    let limit_top = bottom + text.scaled(0.6) + line + text.scaled(0.3);
    let notes_top = limit_top + if trend.daily_limit.is_some() { line } else { 0 };
    let height = notes_top + notes.len() as i32 * line + MARGIN;
    // A date is written under a point only when it stands clear of the one written before it.
    let label_gap = date_width + text.scaled(0.4);
    let title = trend_chart_title(trend, language);
    let desc = format!(
        "{} {}",
        trend_chart_summary(trend, language),
        match language {
            Language::Fr => "Une ligne de points, une semaine chacun.",
            Language::En => "A line of points, one for each week.",
        }
    );
    render_svg(
        (CHART_WIDTH, height as u32),
        language,
        &title,
        &desc,
        |canvas| {
            axis.draw(canvas, (left, right + 24), language, text.font(false))?;
            if points.is_empty() {
                let nothing = match language {
                    Language::Fr => "Aucune semaine renseignée",
                    Language::En => "No week logged",
                };
                canvas.text(
                    nothing,
                    ((left + right) / 2, (TOP + bottom) / 2),
                    text.font(false),
                    Anchor::MIDDLE,
                )?;
            }
            if let Some(limit) = trend.daily_limit {
                let y = axis.y(limit.into());
                canvas.dashed_line((left, y), (right + 24, y), INK, 3)?;
                let label = limit_label(limit.into(), language);
                canvas.legend_entry((MARGIN, limit_top), None, &label, text)?;
            }
            let mut run: Vec<Point> = Vec::new();
            for index in 0..points.len() {
                let follows =
                    index > 0 && weeks_after(points[index - 1].week, points[index].week) == 1;
                if !follows && run.len() >= 2 {
                    canvas.polyline(std::mem::take(&mut run), BLUE, 3)?;
                }
                if !follows {
                    run.clear();
                }
                run.push(position(index));
            }
            if run.len() >= 2 {
                canvas.polyline(run, BLUE, 3)?;
            }
            if dots {
                for index in 0..points.len() {
                    canvas.dot(position(index), 7, BLUE, !few_days(index))?;
                }
            }
            if let Some(last) = points.last() {
                let (x, y) = position(points.len() - 1);
                let label =
                    format_duration_compact(last.daily_average.minutes.unwrap_or(0), language);
                // Below the point when the line comes down to it, above otherwise.
                let coming_down = points.len() > 1 && position(points.len() - 2).1 < y;
                let font = text.font(true);
                if coming_down && y + 14 + text.scaled(1.2) <= bottom {
                    canvas.text_on_paper(&label, (x, y + 14), font, Anchor::BELOW)?;
                } else {
                    canvas.text_on_paper(&label, (x, y - 12), font, Anchor::ABOVE)?;
                }
            }
            let mut labelled: Vec<usize> = Vec::new();
            for index in 0..points.len() {
                let x = position(index).0;
                match labelled.last() {
                    Some(previous) if x - position(*previous).0 < label_gap => {
                        if index == points.len() - 1 && labelled.len() > 1 {
                            labelled.pop();
                            labelled.push(index);
                        }
                    }
                    _ => labelled.push(index),
                }
            }
            for index in labelled {
                let monday = points[index].week.monday();
                let label = format_day_month(monday, with_year, language);
                // Kept inside the chart: a first or last date is moved in, not cut.
                let half = estimated_width(&label, text.small) / 2;
                let x = position(index)
                    .0
                    .clamp(MARGIN + half, CHART_WIDTH as i32 - MARGIN - half);
                let at = (x, bottom + text.scaled(0.6));
                canvas.text(&label, at, text.font(false), Anchor::BELOW)?;
            }
            let muted = text.font(false).coloured(MUTED);
            for (index, note) in notes.iter().enumerate() {
                let at = (MARGIN, notes_top + index as i32 * line);
                canvas.text(note, at, muted, Anchor::START_BELOW)?;
            }
            Ok(())
        },
    )
}

fn years_differ(trend: &Trend) -> bool {
    match (trend.points.first(), trend.points.last()) {
        (Some(first), Some(last)) => first.week.monday().year() != last.week.monday().year(),
        _ => false,
    }
}

fn trend_chart_title(trend: &Trend, language: Language) -> String {
    let who = scope_title(
        trend.scope_name.as_deref(),
        trend.scope == Scope::Family,
        language,
    );
    match language {
        Language::Fr => format!("Moyenne par jour, semaine après semaine : {who}"),
        Language::En => format!("Average per day, week by week: {who}"),
    }
}

/// Where the daily average went from the first week logged to the last.
pub fn trend_chart_summary(trend: &Trend, language: Language) -> String {
    let who = scope_title(
        trend.scope_name.as_deref(),
        trend.scope == Scope::Family,
        language,
    );
    let with_year = years_differ(trend);
    let week_of = |week: IsoWeek| format_day_month(week.monday(), with_year, language);
    let average = |minutes: Option<u32>| format_duration(minutes.unwrap_or(0), language);
    let mut summary = match (trend.points.as_slice(), language) {
        ([], Language::Fr) => format!("{who} : aucune semaine renseignée."),
        ([], Language::En) => format!("{who}: no week logged."),
        ([only], Language::Fr) => format!(
            "{who} : une seule semaine renseignée ({}), en moyenne {} par jour.",
            format_week_span(only.week, language),
            average(only.daily_average.minutes)
        ),
        ([only], Language::En) => format!(
            "{who}: a single week logged ({}), on average {} a day.",
            format_week_span(only.week, language),
            average(only.daily_average.minutes)
        ),
        ([first, .., last], Language::Fr) => format!(
            "{who}, sur {} semaines renseignées : la moyenne par jour est passée de {} (semaine du {}) à {} (semaine du {}).",
            trend.points.len(),
            average(first.daily_average.minutes),
            week_of(first.week),
            average(last.daily_average.minutes),
            week_of(last.week)
        ),
        ([first, .., last], Language::En) => format!(
            "{who}, over {} weeks logged: the daily average went from {} (week of {}) to {} (week of {}).",
            trend.points.len(),
            average(first.daily_average.minutes),
            week_of(first.week),
            average(last.daily_average.minutes),
            week_of(last.week)
        ),
    };
    if let Some(limit) = trend.daily_limit {
        summary.push(' ');
        summary.push_str(&limit_label(limit.into(), language));
        summary.push('.');
    }
    summary
}

/// A row per week logged.
pub fn trend_chart_table(trend: &Trend, language: Language) -> DataTable {
    let fr = language == Language::Fr;
    let columns = if fr {
        [
            "Semaine",
            "Moyenne par jour renseigné",
            "Jours renseignés",
            "Total",
            "Jours au-dessus de la limite",
        ]
    } else {
        [
            "Week",
            "Average per day filled in",
            "Days filled in",
            "Total",
            "Days above the limit",
        ]
    };
    let rows = trend
        .points
        .iter()
        .map(|point| {
            let filled = point.daily_average.days_filled_in;
            let days = if fr {
                format!("{filled} sur {}", point.daily_average.days)
            } else {
                format!("{filled} of {}", point.daily_average.days)
            };
            TableRow {
                heading: format_week_span(point.week, language),
                cells: vec![
                    point
                        .daily_average
                        .minutes
                        .map_or_else(TableCell::missing, |m| TableCell::minutes(m, language)),
                    TableCell::text_with_value(days, filled.into()),
                    TableCell::minutes(point.total_minutes, language),
                    TableCell::count(point.days_over_limit),
                ],
            }
        })
        .collect();
    DataTable {
        caption: trend_chart_title(trend, language),
        columns: columns.map(str::to_owned).to_vec(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::super::palette::hex;
    use super::super::test_svg::{
        assert_chart_rules, assert_escaped, assert_text_grows_and_stays_apart, elements, texts,
        HOSTILE_NAME,
    };
    use super::*;
    use crate::preferences::TextSize;

    fn normal() -> ChartText {
        ChartText::for_text_size(TextSize::Normal)
    }
    use crate::demo_family::demo_family;
    use crate::diary::tests::date;
    use crate::diary::{ChildId, Diary};
    use crate::statistics::{weekly_trend, weekly_trend_between};

    fn demo() -> Diary {
        demo_family(date("2025-03-30"))
    }

    #[test]
    fn each_week_is_a_point_on_a_line_with_the_limit() {
        let trend = weekly_trend(&demo(), &Scope::Child(ChildId::new("demo-hugo")));
        let svg = render_trend_chart_svg(&trend, Language::Fr, normal()).unwrap();
        assert_chart_rules(&svg);
        let all = elements(&svg);
        let dots = all
            .iter()
            .filter(|e| e.name == "circle" && e.attribute("fill") == Some(hex(BLUE).as_str()))
            .count();
        assert_eq!(dots, 4);
        let lines = all
            .iter()
            .filter(|e| e.name == "polyline" && e.attribute("stroke") == Some(hex(BLUE).as_str()))
            .collect::<Vec<_>>();
        assert_eq!(lines.len(), 1);
        assert_eq!(
            lines[0]
                .attribute("points")
                .unwrap()
                .split_whitespace()
                .count(),
            4
        );
        let texts = texts(&svg);
        assert!(
            texts.contains(&"Limite\u{a0}: 1\u{a0}h".to_owned()),
            "{texts\u{a0}:?}"
        );
        for label in ["3 mars", "10 mars", "17 mars", "24 mars"] {
            assert!(texts.contains(&label.to_owned()), "{label} in {texts:?}");
        }
        let summary = trend_chart_summary(&trend, Language::Fr);
        assert!(
            summary.starts_with(
                "Hugo, sur 4 semaines renseignées : la moyenne par jour est passée de "
            ),
            "{summary}"
        );
        assert!(
            summary.ends_with("(semaine du 24 mars). Limite : 1\u{a0}h."),
            "{summary}"
        );
    }

    #[test]
    fn gaps_break_the_line_and_thin_weeks_are_rings() {
        let mut diary = crate::statistics::tests::fixture();
        let mut later = crate::diary::tests::entry("later", &["lea"], "2025-03-25", 45);
        later.activity = crate::diary::Activity::Games;
        diary.put_entry(later).unwrap();
        let trend = weekly_trend(&diary, &Scope::Child(ChildId::new("lea")));
        assert_eq!(trend.points.len(), 2);
        let svg = render_trend_chart_svg(&trend, Language::En, normal()).unwrap();
        assert_chart_rules(&svg);
        let all = elements(&svg);
        assert!(
            !all.iter()
                .any(|e| e.name == "polyline" && e.attribute("stroke") == Some(hex(BLUE).as_str())),
            "W10 and W13 are not joined"
        );
        let rings = all
            .iter()
            .filter(|e| e.name == "circle" && e.attribute("fill") == Some("none"))
            .count();
        assert_eq!(rings, 1, "W13 has one day filled in");
        assert!(texts(&svg)
            .join(" ")
            .contains("○: fewer than 3 days filled in that week"));
        assert_eq!(
            trend_chart_summary(&trend, Language::En),
            "Léa, over 2 weeks logged: the daily average went from 1\u{a0}h\u{a0}17\u{a0}min (week of 3 March) to 45\u{a0}min (week of 24 March). Limit: 1\u{a0}h."
        );
        let table = trend_chart_table(&trend, Language::Fr);
        assert_eq!(table.rows.len(), 2);
        let cells: Vec<&str> = table.rows[0]
            .cells
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(
            cells,
            ["1\u{a0}h\u{a0}17", "3 sur 7", "3\u{a0}h\u{a0}50", "1"]
        );
    }

    #[test]
    fn empty_and_single_week_trends_say_so() {
        let empty = weekly_trend(&Diary::new(), &Scope::Family);
        let svg = render_trend_chart_svg(&empty, Language::Fr, normal()).unwrap();
        assert_chart_rules(&svg);
        assert!(texts(&svg).contains(&"Aucune semaine renseignée".to_owned()));
        assert_eq!(
            trend_chart_summary(&empty, Language::Fr),
            "La famille : aucune semaine renseignée."
        );
        let diary = crate::statistics::tests::fixture();
        let one = weekly_trend(&diary, &Scope::Family);
        assert_eq!(
            trend_chart_summary(&one, Language::Fr),
            "La famille : une seule semaine renseignée (3 – 9 mars 2025), en moyenne 1\u{a0}h\u{a0}11 par jour."
        );
        assert_chart_rules(&render_trend_chart_svg(&one, Language::Fr, normal()).unwrap());
        let none = weekly_trend_between(
            &diary,
            &Scope::Family,
            one.points[0].week.next(),
            one.points[0].week,
        );
        assert!(none.points.is_empty());
    }

    #[test]
    fn a_hostile_name_is_escaped() {
        let mut diary = demo();
        let mut hostile = diary.child(&ChildId::new("demo-lea")).unwrap().clone();
        hostile.name = HOSTILE_NAME.to_owned();
        diary.put_child(hostile).unwrap();
        let trend = weekly_trend(&diary, &Scope::Child(ChildId::new("demo-lea")));
        let svg = render_trend_chart_svg(&trend, Language::Fr, normal()).unwrap();
        assert_chart_rules(&svg);
        assert_escaped(&svg);
    }

    #[test]
    fn the_text_grows_with_the_text_size_and_never_overlaps() {
        let diary = demo();
        // Four weeks of the demo, and a long history of 30 weeks whose dates must thin out.
        let long = weekly_trend_between(
            &diary,
            &Scope::Family,
            IsoWeek::new(2024, 40).unwrap(),
            IsoWeek::new(2025, 17).unwrap(),
        );
        for trend in [
            weekly_trend(&diary, &Scope::Child(ChildId::new("demo-hugo"))),
            long,
        ] {
            assert_text_grows_and_stays_apart(|_, language, text| {
                vec![render_trend_chart_svg(&trend, language, text).unwrap()]
            });
        }
    }
}
