//! Two weeks side by side: day by day (a pair of bars per weekday, week A solid blue and week B
//! hatched orange, with the child's limit as a dashed line), and the moments grid of each week one
//! above the other.

use super::canvas::{
    estimated_width, render_svg, wrap_words, Anchor, ChartText, MinutesScale, CHART_WIDTH,
};
use super::moments_chart::{draw_grid, draw_legend, wrapped_legend, GridLayout, GridRow};
use super::palette::{Swatch, INK, MUTED, WEEK_A, WEEK_B};
use super::week_chart::limit_label;
use super::{Chart, ChartError, DataTable, TableCell, TableRow};
use crate::calendar::{day_name, format_week_span, short_day_name};
use crate::comparison::{comparison_summary, comparison_title, week_name, WeekComparison};
use crate::duration_text::{format_duration_compact, upper_first};
use crate::language::Language;

const LEFT: i32 = 16;
const RIGHT: i32 = CHART_WIDTH as i32 - 16;

/// The day-by-day comparison: SVG, table and sentence.
pub fn comparison_days_chart(
    comparison: &WeekComparison,
    language: Language,
    text: ChartText,
) -> Result<Chart, ChartError> {
    Ok(Chart {
        svg: render_comparison_days_svg(comparison, language, text)?,
        table: comparison_days_table(comparison, language),
        summary: comparison_days_summary(comparison, language),
    }
    .typeset(language))
}

/// The comparison's main finding (the daily averages; see
/// [`crate::comparison::comparison_summary`]).
pub fn comparison_days_summary(comparison: &WeekComparison, language: Language) -> String {
    comparison_summary(comparison, language)
}

/// The day-by-day comparison as SVG: a band per weekday, its name on a line, then week A's bar
/// (solid) and week B's (hatched) across, each with its total at its end; the limit is a dashed
/// line down the bands.
pub fn render_comparison_days_svg(
    comparison: &WeekComparison,
    language: Language,
    text: ChartText,
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
    let value = |day: &crate::statistics::DayStatistics| {
        if day.is_filled_in() {
            format_duration_compact(day.totals.minutes, language)
        } else {
            "—".to_owned()
        }
    };
    let widest_value = a
        .days
        .iter()
        .chain(&b.days)
        .map(|day| estimated_width(&value(day), text.small))
        .max()
        .unwrap_or(0);
    let bars_right = RIGHT - widest_value - 10;
    let tick_room = estimated_width("10 h 30", text.small) + text.scaled(0.8);
    let most_steps = ((bars_right - LEFT) / tick_room).clamp(1, 5) as u32;
    let scale = MinutesScale::fitting(largest, most_steps, LEFT, bars_right);
    let line = text.scaled(1.3);
    let bar = text.scaled(0.9);
    // The two bars' totals are a text's height apart at least (its box is about 1.2 em tall).
    let between = text.scaled(0.4);
    let band = line + 2 * bar + between + text.scaled(0.5);
    let top = 16;
    let bars_bottom = top + 7 * band;
    let ticks_top = bars_bottom + 4;
    let swatch_room = text.scaled(1.1) + 10;
    let mut legend: Vec<(Option<Swatch>, Vec<String>)> = [(a, b, WEEK_A), (b, a, WEEK_B)]
        .into_iter()
        .map(|(week, other, swatch)| {
            let label = upper_first(&format!(
                "{} ({})",
                week_name(week.week, other.week, language),
                format_week_span(week.week, language)
            ));
            let lines = wrap_words(&label, text.small, RIGHT - LEFT - swatch_room);
            (Some(swatch), lines)
        })
        .collect();
    if let Some(limit) = limit {
        legend.push((None, vec![limit_label(limit.into(), language)]));
    }
    let legend_top = ticks_top + line + text.scaled(0.5);
    let legend_height: i32 = legend
        .iter()
        .map(|(_, lines)| lines.len() as i32 * line + text.scaled(0.2))
        .sum();
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
    let notes: Vec<String> = notes
        .iter()
        .flat_map(|note| wrap_words(note, text.small, RIGHT - LEFT))
        .collect();
    let notes_top = legend_top + legend_height + text.scaled(0.3);
    let height = notes_top + notes.len() as i32 * line + 12;
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
            let bands: Vec<(i32, i32)> = (0..7)
                .map(|index| (top + index * band + line - 2, 2 * bar + between + 4))
                .collect();
            scale.draw(canvas, &bands, ticks_top, language, text.font(false))?;
            for index in 0..7 {
                let band_top = top + index as i32 * band;
                let weekday = a.days[index].date;
                let label = short_day_name(chrono::Datelike::weekday(&weekday), language);
                canvas.text(
                    label,
                    (LEFT, band_top),
                    text.font(false),
                    Anchor::START_BELOW,
                )?;
                for (row, (week, swatch)) in [(a, WEEK_A), (b, WEEK_B)].into_iter().enumerate() {
                    let day = &week.days[index];
                    let bar_top = band_top + line + row as i32 * (bar + between);
                    let end = scale.x(if day.is_filled_in() {
                        day.totals.minutes
                    } else {
                        0
                    });
                    if day.is_filled_in() {
                        canvas.swatch_rect((LEFT, bar_top), (end, bar_top + bar), swatch)?;
                    }
                    let font = if day.is_filled_in() {
                        text.font(true)
                    } else {
                        text.font(false).coloured(MUTED)
                    };
                    let at = (end + 10, bar_top + bar / 2);
                    canvas.text(&value(day), at, font, Anchor::START)?;
                }
            }
            if let Some(limit) = limit {
                let x = scale.x(limit.into());
                canvas.dashed_line((x, top + line - 6), (x, bars_bottom), INK, 3)?;
            }
            let mut y = legend_top;
            for (swatch, lines) in &legend {
                match swatch {
                    Some(swatch) => {
                        canvas.legend_entry((LEFT, y), Some(*swatch), &lines[0], text)?;
                        for (index, words) in lines.iter().enumerate().skip(1) {
                            let at = (LEFT + swatch_room, y + index as i32 * line);
                            canvas.text(words, at, text.font(false), Anchor::START_BELOW)?;
                        }
                    }
                    None => canvas.legend_entry((LEFT, y), None, &lines[0], text)?,
                }
                y += lines.len() as i32 * line + text.scaled(0.2);
            }
            let muted = text.font(false).coloured(MUTED);
            for (index, note) in notes.iter().enumerate() {
                let at = (LEFT, notes_top + index as i32 * line);
                canvas.text(note, at, muted, Anchor::START_BELOW)?;
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
    text: ChartText,
) -> Result<Chart, ChartError> {
    Ok(Chart {
        svg: render_comparison_moments_svg(comparison, language, text)?,
        table: comparison_moments_table(comparison, language),
        summary: comparison_moments_summary(comparison, language),
    }
    .typeset(language))
}

/// The moments grids of both weeks, one above the other, as SVG.
pub fn render_comparison_moments_svg(
    comparison: &WeekComparison,
    language: Language,
    text: ChartText,
) -> Result<String, ChartError> {
    let (a, b) = (&comparison.a, &comparison.b);
    let grid = GridLayout::new(text);
    let line = text.scaled(1.3);
    let heading_label = |week: &crate::statistics::WeekStatistics, letter: char| match language {
        Language::Fr => format!(
            "Semaine {letter} : {}",
            format_week_span(week.week, language)
        ),
        Language::En => format!("Week {letter}: {}", format_week_span(week.week, language)),
    };
    let headings: Vec<Vec<String>> = [(a, 'A'), (b, 'B')]
        .into_iter()
        .map(|(week, letter)| wrap_words(&heading_label(week, letter), text.small, RIGHT - LEFT))
        .collect();
    let legend = wrapped_legend(language, text);
    let block_height = |lines: usize| lines as i32 * line + text.scaled(0.3) + grid.height() + 20;
    let legend_top = 12 + headings.iter().map(|h| block_height(h.len())).sum::<i32>();
    let height = legend_top + legend.len() as i32 * line + 8;
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
            let mut top = 12;
            for (week, lines) in [a, b].into_iter().zip(&headings) {
                for (index, words) in lines.iter().enumerate() {
                    let at = (LEFT, top + index as i32 * line);
                    canvas.text(words, at, text.font(true), Anchor::START_BELOW)?;
                }
                let grid_top = top + lines.len() as i32 * line + text.scaled(0.3);
                draw_grid(canvas, week, grid_top, language, grid)?;
                top += block_height(lines.len());
            }
            draw_legend(canvas, legend_top, &legend, text)?;
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
        assert_chart_rules, assert_escaped, assert_text_grows_and_stays_apart, rects_of, texts,
        HOSTILE_NAME,
    };
    use super::*;
    use crate::preferences::TextSize;

    fn normal() -> ChartText {
        ChartText::for_text_size(TextSize::Normal)
    }
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
        let svg = render_comparison_days_svg(&comparison, Language::Fr, normal()).unwrap();
        assert_chart_rules(&svg);
        // Week A: Léa on Mon, Sat, Sun; week B: Mon, Tue, Sat (the legend's swatches are lower).
        let bars = |colour| {
            rects_of(&svg, &hex(colour))
                .into_iter()
                .filter(|r| r.3 == f64::from(normal().scaled(0.9)))
                .count()
        };
        assert_eq!(bars(WEEK_A.colour), 3);
        assert_eq!(bars(WEEK_B.colour), 3);
        let texts = texts(&svg);
        for day in ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."] {
            assert!(texts.contains(&day.to_owned()), "{day}");
        }
        assert!(texts.contains(&"Limite\u{a0}: 1\u{a0}h".to_owned()));
        let words = texts.join(" ");
        assert!(
            words.contains("Semaine du 3 mars (3 – 9 mars 2025)"),
            "{texts:?}"
        );
        assert!(words.contains("Semaine du 24 mars (24 – 30 mars 2025)"));
        for total in ["1\u{a0}h\u{a0}30", "30\u{a0}min", "20\u{a0}min"] {
            assert!(
                texts.contains(&total.to_owned()),
                "{total} at the end of its bar"
            );
        }
        assert_eq!(texts.iter().filter(|t| *t == "—").count(), 4 + 4);
        let table = comparison_days_table(&comparison, Language::Fr);
        assert_eq!(table.rows.len(), 7);
        let monday: Vec<&str> = table.rows[0]
            .cells
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(monday, ["1\u{a0}h\u{a0}30", "30\u{a0}min", "↓ 1\u{a0}h"]);
        let tuesday: Vec<&str> = table.rows[1]
            .cells
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(tuesday, ["non renseigné", "20\u{a0}min", "—"]);
    }

    #[test]
    fn the_moments_of_both_weeks_are_two_grids() {
        let comparison = compare_weeks(&diary(), &Scope::Family, weeks());
        let svg = render_comparison_moments_svg(&comparison, Language::En, normal()).unwrap();
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
            table.rows[3].cells[1].text, "2\u{a0}h",
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
            render_comparison_days_svg(&comparison, Language::Fr, normal()).unwrap(),
            render_comparison_moments_svg(&comparison, Language::En, normal()).unwrap(),
        ] {
            assert_chart_rules(&svg);
            assert_escaped(&svg);
        }
    }

    #[test]
    fn the_text_grows_with_the_text_size_and_never_overlaps() {
        for scope in [Scope::Child(ChildId::new("lea")), Scope::Family] {
            let comparison = compare_weeks(&diary(), &scope, weeks());
            assert_text_grows_and_stays_apart(|_, language, text| {
                vec![
                    render_comparison_days_svg(&comparison, language, text).unwrap(),
                    render_comparison_moments_svg(&comparison, language, text).unwrap(),
                ]
            });
        }
    }
}
