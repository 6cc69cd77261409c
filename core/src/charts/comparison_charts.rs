//! Two weeks side by side: day by day (a pair of bars per weekday, week A solid blue and week B
//! hatched orange, with the child's limit as a dashed line), and the moments grid of each week one
//! above the other.

use super::canvas::{render_svg, Anchor, Font, MinutesAxis, CHART_WIDTH};
use super::moments_chart::{draw_grid, draw_legend, GridRow, GRID_HEIGHT};
use super::palette::{INK, WEEK_A, WEEK_B};
use super::week_chart::{day_centre, limit_label};
use super::{Chart, ChartError, DataTable, TableCell, TableRow};
use crate::calendar::{day_name, format_week_span, short_day_name};
use crate::comparison::{comparison_summary, comparison_title, week_name, WeekComparison};
use crate::duration_text::upper_first;
use crate::language::Language;

const LEFT: i32 = 84;
const RIGHT: i32 = 624;
const TOP: i32 = 40;
const BOTTOM: i32 = 300;
const BAR_WIDTH: i32 = 28;
const NOTE_ROW: i32 = 26;

/// The day-by-day comparison: SVG, table and sentence.
pub fn comparison_days_chart(
    comparison: &WeekComparison,
    language: Language,
) -> Result<Chart, ChartError> {
    Ok(Chart {
        svg: render_comparison_days_svg(comparison, language)?,
        table: comparison_days_table(comparison, language),
        summary: comparison_days_summary(comparison, language),
    })
}

/// The comparison's main finding (the daily averages; see
/// [`crate::comparison::comparison_summary`]).
pub fn comparison_days_summary(comparison: &WeekComparison, language: Language) -> String {
    comparison_summary(comparison, language)
}

/// The day-by-day comparison as SVG.
pub fn render_comparison_days_svg(
    comparison: &WeekComparison,
    language: Language,
) -> Result<String, ChartError> {
    let (a, b) = (&comparison.a, &comparison.b);
    let limit = b.daily_limit().or(a.daily_limit());
    let largest = a
        .days
        .iter()
        .chain(&b.days)
        .map(|day| day.totals.minutes)
        .chain(limit.map(u32::from))
        .max()
        .unwrap_or(0);
    let axis = MinutesAxis::fitting(largest, BOTTOM, TOP);
    let legend_top = BOTTOM + 44;
    let legend_rows = 2 + i32::from(limit.is_some());
    let notes_top = legend_top + legend_rows * 34 + 4;
    let mut notes = vec![match language {
        Language::Fr => "— : jour non renseigné",
        Language::En => "—: day not filled in",
    }];
    if limit.is_some() {
        notes.push(match language {
            Language::Fr => "La limite ne compte ni l'école ni les appels vidéo en famille.",
            Language::En => "The limit leaves out school and family video calls.",
        });
    }
    let height = notes_top + notes.len() as i32 * NOTE_ROW + 12;
    let title = format!(
        "{} — {}",
        match language {
            Language::Fr => "Jour par jour",
            Language::En => "Day by day",
        },
        comparison_title(comparison, language)
    );
    let desc = format!(
        "{} {}",
        comparison_days_summary(comparison, language),
        match language {
            Language::Fr =>
                "Deux barres par jour : pleine pour la première semaine, hachurée pour la seconde.",
            Language::En => "Two bars a day: solid for the first week, hatched for the second.",
        }
    );
    render_svg(
        (CHART_WIDTH, height as u32),
        language,
        &title,
        &desc,
        |canvas| {
            axis.draw(canvas, LEFT, RIGHT, language)?;
            for index in 0..7 {
                let centre = day_centre(index);
                for (week, swatch, left) in
                    [(a, WEEK_A, centre - BAR_WIDTH - 2), (b, WEEK_B, centre + 2)]
                {
                    let day = &week.days[index];
                    let middle = left + BAR_WIDTH / 2;
                    if day.is_filled_in() {
                        let top = axis.y(day.totals.minutes);
                        canvas.swatch_rect((left, top), (left + BAR_WIDTH, BOTTOM), swatch)?;
                    } else {
                        canvas.text("—", (middle, BOTTOM - 6), Font::MUTED, Anchor::ABOVE)?;
                    }
                }
                let weekday = a.days[index].date;
                let label = short_day_name(chrono::Datelike::weekday(&weekday), language);
                canvas.text(label, (centre, BOTTOM + 10), Font::SMALL, Anchor::BELOW)?;
            }
            if let Some(limit) = limit {
                let y = axis.y(limit.into());
                canvas.dashed_line((LEFT, y), (RIGHT, y), INK, 3)?;
                let label = limit_label(limit.into(), language);
                canvas.legend_dashed_line((16, legend_top + 2 * 34), &label)?;
            }
            for (row, (week, other, swatch)) in
                [(a, b, WEEK_A), (b, a, WEEK_B)].into_iter().enumerate()
            {
                let label = upper_first(&format!(
                    "{} ({})",
                    week_name(week.week, other.week, language),
                    format_week_span(week.week, language)
                ));
                canvas.legend_item((16, legend_top + row as i32 * 34), swatch, &label)?;
            }
            for (index, note) in notes.iter().enumerate() {
                let at = (16, notes_top + index as i32 * NOTE_ROW);
                canvas.text(note, at, Font::MUTED, Anchor::START_BELOW)?;
            }
            Ok(())
        },
    )
}

/// A row per weekday: week A, week B, and the change.
pub fn comparison_days_table(comparison: &WeekComparison, language: Language) -> DataTable {
    let fr = language == Language::Fr;
    let (a, b) = (&comparison.a, &comparison.b);
    let cell = |day: &crate::statistics::DayStatistics| {
        if day.is_filled_in() {
            TableCell::minutes(day.totals.minutes, language)
        } else {
            TableCell::text(if fr {
                "non renseigné"
            } else {
                "not filled in"
            })
        }
    };
    let rows = a
        .days
        .iter()
        .zip(&b.days)
        .map(|(day_a, day_b)| {
            let change = if day_a.is_filled_in() && day_b.is_filled_in() {
                let d = crate::comparison::Difference::between(
                    day_a.totals.minutes,
                    day_b.totals.minutes,
                    crate::comparison::Goal::Less,
                );
                TableCell::text_with_value(d.format_minutes(language), d.change)
            } else {
                TableCell::missing()
            };
            TableRow {
                heading: upper_first(day_name(chrono::Datelike::weekday(&day_a.date), language)),
                cells: vec![cell(day_a), cell(day_b), change],
            }
        })
        .collect();
    let span = |week| format_week_span(week, language);
    DataTable {
        caption: comparison_title(comparison, language),
        columns: if fr {
            vec![
                "Jour".to_owned(),
                format!("Semaine A ({})", span(a.week)),
                format!("Semaine B ({})", span(b.week)),
                "Écart".to_owned(),
            ]
        } else {
            vec![
                "Day".to_owned(),
                format!("Week A ({})", span(a.week)),
                format!("Week B ({})", span(b.week)),
                "Change".to_owned(),
            ]
        },
        rows,
    }
}

/// The moments of both weeks: SVG, table and sentence.
pub fn comparison_moments_chart(
    comparison: &WeekComparison,
    language: Language,
) -> Result<Chart, ChartError> {
    Ok(Chart {
        svg: render_comparison_moments_svg(comparison, language)?,
        table: comparison_moments_table(comparison, language),
        summary: comparison_moments_summary(comparison, language),
    })
}

/// The moments grids of both weeks, one above the other, as SVG.
pub fn render_comparison_moments_svg(
    comparison: &WeekComparison,
    language: Language,
) -> Result<String, ChartError> {
    let (a, b) = (&comparison.a, &comparison.b);
    let heading = 36;
    let block = heading + GRID_HEIGHT + 20;
    let legend_top = 12 + 2 * block;
    let height = legend_top + 3 * NOTE_ROW + 8;
    let title = format!(
        "{} — {}",
        match language {
            Language::Fr => "Les 4 pas",
            Language::En => "The 4 steps",
        },
        comparison_title(comparison, language)
    );
    let desc = format!(
        "{} {}",
        comparison_moments_summary(comparison, language),
        match language {
            Language::Fr =>
                "Deux grilles, une par semaine ; ✓ : pas tenu, × : écran à un moment des 4 pas.",
            Language::En =>
                "Two grids, one per week; ✓: step kept, ×: screens at one of the 4 steps.",
        }
    );
    render_svg(
        (CHART_WIDTH, height as u32),
        language,
        &title,
        &desc,
        |canvas| {
            for (index, (week, letter)) in [(a, 'A'), (b, 'B')].into_iter().enumerate() {
                let top = 12 + index as i32 * block;
                let label = match language {
                    Language::Fr => format!(
                        "Semaine {letter} : {}",
                        format_week_span(week.week, language)
                    ),
                    Language::En => {
                        format!("Week {letter}: {}", format_week_span(week.week, language))
                    }
                };
                canvas.text(
                    &label,
                    (16, top + heading / 2),
                    Font::LABEL_BOLD,
                    Anchor::START,
                )?;
                draw_grid(canvas, week, top + heading, language)?;
            }
            draw_legend(canvas, legend_top, language)?;
            Ok(())
        },
    )
}

/// The « pas » kept in each week.
pub fn comparison_moments_summary(comparison: &WeekComparison, language: Language) -> String {
    let (a, b) = (&comparison.a, &comparison.b);
    let who = super::scope_title(
        comparison.scope_name.as_deref(),
        comparison.scope == crate::diary::Scope::Family,
        language,
    );
    if a.days_filled_in() == 0 || b.days_filled_in() == 0 {
        return comparison_summary(comparison, language);
    }
    let rows = [
        GridRow::Moment(crate::diary::Moment::Morning),
        GridRow::Moment(crate::diary::Moment::Meal),
        GridRow::Moment(crate::diary::Moment::Bedtime),
        GridRow::Bedroom,
    ];
    let parts: Vec<String> = rows
        .into_iter()
        .zip(&comparison.steps_kept)
        .enumerate()
        .map(|(index, (row, (_, d)))| {
            let label = row.label(language).to_lowercase();
            match (index, language) {
                (0, Language::Fr) => format!("{label} {} puis {} jours", d.a, d.b),
                (0, Language::En) => format!("{label} {} then {} days", d.a, d.b),
                (_, Language::Fr) => format!("{label} {} puis {}", d.a, d.b),
                (_, Language::En) => format!("{label} {} then {}", d.a, d.b),
            }
        })
        .collect();
    let (name_a, name_b) = (
        week_name(a.week, b.week, language),
        week_name(b.week, a.week, language),
    );
    let (days_a, days_b) = (a.days_filled_in(), b.days_filled_in());
    match language {
        Language::Fr => format!(
            "{who}, pas tenus la {name_a} puis la {name_b} : {} (sur {days_a} puis {days_b} jours renseignés).",
            parts.join(", ")
        ),
        Language::En => format!(
            "{who}, steps kept in the {name_a}, then the {name_b}: {} (of {days_a} then {days_b} days filled in).",
            parts.join(", ")
        ),
    }
}

/// A row per moment (the week's minutes) and per « pas » (days kept), for both weeks.
pub fn comparison_moments_table(comparison: &WeekComparison, language: Language) -> DataTable {
    let fr = language == Language::Fr;
    let (a, b) = (&comparison.a, &comparison.b);
    let mut rows: Vec<TableRow> = GridRow::ALL
        .into_iter()
        .map(|row| {
            let total = |week: &crate::statistics::WeekStatistics| -> u32 {
                week.days.iter().map(|day| row.minutes(day)).sum()
            };
            TableRow {
                heading: match row {
                    GridRow::Moment(moment) => moment.label(language).to_owned(),
                    GridRow::Bedroom => if fr {
                        "Dans la chambre"
                    } else {
                        "In the bedroom"
                    }
                    .to_owned(),
                },
                cells: vec![
                    TableCell::minutes(total(a), language),
                    TableCell::minutes(total(b), language),
                ],
            }
        })
        .collect();
    for (step, d) in &comparison.steps_kept {
        let days = |kept: u32, of: u32| {
            let text = if fr {
                format!("{kept} jours sur {of}")
            } else {
                format!("{kept} days of {of}")
            };
            TableCell::text_with_value(text, kept.into())
        };
        rows.push(TableRow {
            heading: step.label(language).to_owned(),
            cells: vec![
                days(d.a, a.steps_kept.days_counted()),
                days(d.b, b.steps_kept.days_counted()),
            ],
        });
    }
    let span = |week| format_week_span(week, language);
    DataTable {
        caption: comparison_title(comparison, language),
        columns: if fr {
            vec![
                "Moment".to_owned(),
                format!("Semaine A ({})", span(a.week)),
                format!("Semaine B ({})", span(b.week)),
            ]
        } else {
            vec![
                "Moment".to_owned(),
                format!("Week A ({})", span(a.week)),
                format!("Week B ({})", span(b.week)),
            ]
        },
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::super::palette::hex;
    use super::super::test_svg::{
        assert_chart_rules, assert_escaped, rects_of, texts, HOSTILE_NAME,
    };
    use super::*;
    use crate::calendar::IsoWeek;
    use crate::comparison::{compare_weeks, WeekPair};
    use crate::diary::{ChildId, Scope};
    use crate::statistics::tests::fixture;

    fn weeks() -> WeekPair {
        WeekPair {
            a: IsoWeek::new(2025, 10).unwrap(),
            b: IsoWeek::new(2025, 13).unwrap(),
        }
    }

    fn diary() -> crate::diary::Diary {
        let mut diary = fixture();
        for (id, day, minutes) in [
            ("b1", "2025-03-24", 30),
            ("b2", "2025-03-25", 20),
            ("b3", "2025-03-29", 70),
        ] {
            diary
                .put_entry(crate::diary::tests::entry(id, &["lea"], day, minutes))
                .unwrap();
        }
        diary
    }

    #[test]
    fn each_weekday_has_a_bar_for_each_week_filled_in() {
        let comparison = compare_weeks(&diary(), &Scope::Child(ChildId::new("lea")), weeks());
        let svg = render_comparison_days_svg(&comparison, Language::Fr).unwrap();
        assert_chart_rules(&svg);
        // Week A: Léa on Mon, Sat, Sun; week B: Mon, Tue, Sat. Bars are 28 wide (legend: 32).
        let bars = |colour| {
            rects_of(&svg, &hex(colour))
                .into_iter()
                .filter(|r| r.2 == f64::from(BAR_WIDTH))
                .count()
        };
        assert_eq!(bars(WEEK_A.colour), 3);
        assert_eq!(bars(WEEK_B.colour), 3);
        let texts = texts(&svg);
        for day in ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."] {
            assert!(texts.contains(&day.to_owned()), "{day}");
        }
        assert!(texts.contains(&"Limite : 1 h".to_owned()));
        assert!(
            texts.contains(&"Semaine du 3 mars (3 – 9 mars 2025)".to_owned()),
            "{texts:?}"
        );
        assert!(texts.contains(&"Semaine du 24 mars (24 – 30 mars 2025)".to_owned()));
        assert_eq!(texts.iter().filter(|t| *t == "—").count(), 4 + 4);
        let table = comparison_days_table(&comparison, Language::Fr);
        assert_eq!(table.rows.len(), 7);
        let monday: Vec<&str> = table.rows[0]
            .cells
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(monday, ["1 h 30", "30 min", "↓ 1 h"]);
        let tuesday: Vec<&str> = table.rows[1]
            .cells
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(tuesday, ["non renseigné", "20 min", "—"]);
    }

    #[test]
    fn the_moments_of_both_weeks_are_two_grids() {
        let comparison = compare_weeks(&diary(), &Scope::Family, weeks());
        let svg = render_comparison_moments_svg(&comparison, Language::En).unwrap();
        assert_chart_rules(&svg);
        let texts = texts(&svg);
        assert!(texts.contains(&"Week A: 3 – 9 March 2025".to_owned()));
        assert!(texts.contains(&"Week B: 24 – 30 March 2025".to_owned()));
        assert_eq!(texts.iter().filter(|t| *t == "Bedroom").count(), 2);
        // Week B: Mon, Tue, Sat filled in, no step broken: 12 ticks; week A: 11.
        assert_eq!(texts.iter().filter(|t| *t == "✓").count(), 11 + 12);
        assert_eq!(
            comparison_moments_summary(&comparison, Language::Fr),
            "La famille, pas tenus la semaine du 3 mars puis la semaine du 24 mars : matin 3 puis 3 jours, repas 2 puis 3, coucher 3 puis 3, chambre 3 puis 3 (sur 4 puis 3 jours renseignés)."
        );
        let table = comparison_moments_table(&comparison, Language::Fr);
        assert_eq!(table.rows.len(), 11);
        assert_eq!(
            table.rows[3].cells[1].text, "2 h",
            "after school in week B: 30 + 20 + 70"
        );
    }

    #[test]
    fn hostile_names_are_escaped() {
        let mut diary = diary();
        let mut hostile = diary.child(&ChildId::new("lea")).unwrap().clone();
        hostile.name = HOSTILE_NAME.to_owned();
        diary.put_child(hostile).unwrap();
        let comparison = compare_weeks(&diary, &Scope::Child(ChildId::new("lea")), weeks());
        for svg in [
            render_comparison_days_svg(&comparison, Language::Fr).unwrap(),
            render_comparison_moments_svg(&comparison, Language::En).unwrap(),
        ] {
            assert_chart_rules(&svg);
            assert_escaped(&svg);
        }
    }
}
