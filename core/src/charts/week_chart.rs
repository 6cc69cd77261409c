//! The week: minutes per day, stacked by screen, with the child's daily limit as a dashed line.
//!
//! Each day is a row: its name, its total and (for a child) the minutes above their limit
//! (« +30 min ») on a line, then its bar across, its segments the screens in [`Screen::ALL`] order
//! from the left, each with its colour and hatching; « — » marks a day not filled in. The limit counts only the minutes that count towards it (school and family video calls
//! left out), so a bar may rise above the line without the day being over: the note under the
//! legend says so. In the family's scope there is no limit line (see [`crate::charts`]).

use chrono::Datelike;

use super::canvas::{
    estimated_width, render_svg, wrap_words, Anchor, ChartText, MinutesScale, Point, CHART_WIDTH,
};
use super::palette::{screen_swatch, Swatch, INK, MUTED};
use super::{
    short_day_label, week_who_and_span, Chart, ChartError, DataTable, TableCell, TableRow,
};
use crate::calendar::{day_name, format_long_date};
use crate::diary::{Scope, Screen};
use crate::duration_text::{
    format_day_count, format_days_filled_in, format_duration, format_duration_compact,
    format_duration_in_words, upper_first,
};
use crate::language::Language;
use crate::statistics::{minutes_over_limit, WeekStatistics};

/// The chart's margin on each side.
const MARGIN: i32 = 16;

/// The week chart: SVG, table and sentence, its text sized for the app's text size.
pub fn week_chart(
    week: &WeekStatistics,
    language: Language,
    text: ChartText,
) -> Result<Chart, ChartError> {
    Ok(Chart {
        svg: render_week_chart_svg(week, language, text)?,
        table: week_chart_table(week, language),
        summary: week_chart_summary(week, language),
    }
    .typeset(language))
}

/// Where the parts of the week chart go, from the size of its text: one row per day (its name,
/// its total and the minutes above the limit on a line, the stacked bar under it), then the
/// minutes scale, the legend and the notes. Drawn across rather than up, so that at 150 % on a
/// phone no label has to share a seventh of the width with its neighbours.
#[derive(Clone, Copy, Debug)]
struct WeekLayout {
    text: ChartText,
    /// Where the day's total is written (after the longest day name).
    value_x: i32,
    row: i32,
    bar_top: i32,
    bar_height: i32,
    bars_top: i32,
}

impl WeekLayout {
    fn new(week: &WeekStatistics, language: Language, text: ChartText) -> WeekLayout {
        let longest_day = week
            .days
            .iter()
            .map(|day| estimated_width(&short_day_label(day.date, language), text.small))
            .max()
            .unwrap_or(0);
        WeekLayout {
            text,
            value_x: MARGIN + longest_day + text.scaled(0.6),
            row: text.scaled(2.6),
            bar_top: text.scaled(1.3),
            bar_height: text.scaled(0.9),
            bars_top: MARGIN,
        }
    }

    fn row_top(&self, index: usize) -> i32 {
        self.bars_top + index as i32 * self.row
    }

    fn bars_bottom(&self) -> i32 {
        self.row_top(7) - self.text.scaled(0.3)
    }
}

/// The week chart as SVG.
pub fn render_week_chart_svg(
    week: &WeekStatistics,
    language: Language,
    text: ChartText,
) -> Result<String, ChartError> {
    let limit = week.daily_limit();
    let largest = week
        .days
        .iter()
        .map(|day| day.totals.minutes)
        .chain(limit.map(u32::from))
        .max()
        .unwrap_or(0);
    let layout = WeekLayout::new(week, language, text);
    let (left, right) = (MARGIN, CHART_WIDTH as i32 - MARGIN);
    // As many round steps as their labels (« 1 h 30 ») leave room for, five at most.
    let tick_room = estimated_width("10 h 30", text.small) + text.scaled(0.8);
    let most_steps = ((right - left) / tick_room).clamp(1, 5) as u32;
    let scale = MinutesScale::fitting(largest, most_steps, left, right);
    let screens: Vec<Screen> = week
        .totals
        .breakdown
        .screens()
        .filter(|(_, minutes)| *minutes > 0)
        .map(|(screen, _)| screen)
        .collect();
    let mut legend: Vec<(Option<Swatch>, String)> = Vec::new();
    if let Some(limit) = limit {
        legend.push((None, limit_label(limit.into(), language)));
    }
    legend.extend(screens.iter().map(|screen| {
        (
            Some(screen_swatch(*screen)),
            screen.label(language).to_owned(),
        )
    }));
    let half = (right - left) / 2;
    let swatch_room = text.scaled(1.1) + 10;
    let two_columns = legend
        .iter()
        .all(|(_, label)| swatch_room + estimated_width(label, text.small) < half - 8);
    let columns = if two_columns { 2 } else { 1 };
    let legend_row = text.scaled(1.4);
    let ticks_top = layout.bars_bottom() + text.scaled(0.4);
    let legend_top = ticks_top + text.scaled(2.0);
    let legend_rows = legend.len().div_ceil(columns) as i32;
    let notes: Vec<String> = notes(week, language)
        .iter()
        .flat_map(|note| wrap_words(note, text.small, right - left))
        .collect();
    let note_row = text.scaled(1.3);
    let notes_top = legend_top + legend_rows * legend_row + text.scaled(0.4);
    let height = notes_top + notes.len() as i32 * note_row + MARGIN;
    let title = week_chart_title(week, language);
    let desc = format!(
        "{} {}",
        week_chart_summary(week, language),
        encoding_sentence(limit, language)
    );
    render_svg(
        (CHART_WIDTH, height as u32),
        language,
        &title,
        &desc,
        |canvas| {
            let bands: Vec<(i32, i32)> = (0..7)
                .map(|index| {
                    let top = layout.row_top(index) + layout.bar_top - 4;
                    (top, layout.bar_height + 8)
                })
                .collect();
            scale.draw(canvas, &bands, ticks_top, language, text.font(false))?;
            for (index, day) in week.days.iter().enumerate() {
                let top = layout.row_top(index);
                canvas.text(
                    &short_day_label(day.date, language),
                    (left, top),
                    text.font(false),
                    Anchor::START_BELOW,
                )?;
                if !day.is_filled_in() {
                    let muted = text.font(false).coloured(MUTED);
                    canvas.text("—", (layout.value_x, top), muted, Anchor::START_BELOW)?;
                    continue;
                }
                let total = format_duration_compact(day.totals.minutes, language);
                canvas.text(
                    &total,
                    (layout.value_x, top),
                    text.font(true),
                    Anchor::START_BELOW,
                )?;
                if limit.is_some() {
                    let over = day.children.first().map_or(0, minutes_over_limit);
                    if over > 0 {
                        let excess = format!("+{}", format_duration_compact(over, language));
                        canvas.text(&excess, (right, top), text.font(true), Anchor::END_BELOW)?;
                    }
                }
                let bar_top = top + layout.bar_top;
                let mut stacked = 0;
                for (screen, minutes) in day.totals.breakdown.screens() {
                    if minutes == 0 {
                        continue;
                    }
                    let top_left: Point = (scale.x(stacked), bar_top);
                    let bottom_right: Point =
                        (scale.x(stacked + minutes), bar_top + layout.bar_height);
                    canvas.swatch_rect(top_left, bottom_right, screen_swatch(screen))?;
                    stacked += minutes;
                }
            }
            if let Some(limit) = limit {
                let x = scale.x(limit.into());
                canvas.dashed_line(
                    (x, layout.bars_top + layout.bar_top - 6),
                    (x, layout.bars_bottom()),
                    INK,
                    3,
                )?;
            }
            for (index, (swatch, label)) in legend.iter().enumerate() {
                let column = (index % columns) as i32;
                let row = (index / columns) as i32;
                let at = (left + column * half, legend_top + row * legend_row);
                canvas.legend_entry(at, *swatch, label, text)?;
            }
            let muted = text.font(false).coloured(MUTED);
            for (index, note) in notes.iter().enumerate() {
                let at = (left, notes_top + index as i32 * note_row);
                canvas.text(note, at, muted, Anchor::START_BELOW)?;
            }
            Ok(())
        },
    )
}

/// « Limite : 1 h », "Limit: 1 h".
pub(crate) fn limit_label(limit: u32, language: Language) -> String {
    match language {
        Language::Fr => format!("Limite : {}", format_duration(limit, language)),
        Language::En => format!("Limit: {}", format_duration(limit, language)),
    }
}

/// What the marks mean, written under the legend.
fn notes(week: &WeekStatistics, language: Language) -> Vec<&'static str> {
    let mut notes = Vec::new();
    if week.days.iter().any(|day| !day.is_filled_in()) {
        notes.push(match language {
            Language::Fr => "— : jour non renseigné",
            Language::En => "—: day not filled in",
        });
    }
    if week.daily_limit().is_some() {
        notes.extend(match language {
            Language::Fr => [
                "+30 min sous un jour : minutes au-dessus de la limite",
                "La limite ne compte ni l'école ni les appels vidéo en famille.",
            ],
            Language::En => [
                "+30 min under a day: minutes above the limit",
                "The limit leaves out school and family video calls.",
            ],
        });
    }
    notes
}

fn encoding_sentence(limit: Option<u16>, language: Language) -> String {
    match (language, limit) {
        (Language::Fr, Some(limit)) => format!(
            "Une barre par jour, empilée par écran ; ligne pointillée : la limite de {}.",
            format_duration(limit.into(), language)
        ),
        (Language::Fr, None) => "Une barre par jour, empilée par écran.".to_owned(),
        (Language::En, Some(limit)) => format!(
            "One bar a day, stacked by screen; dashed line: the {} limit.",
            format_duration(limit.into(), language)
        ),
        (Language::En, None) => "One bar a day, stacked by screen.".to_owned(),
    }
}

fn week_chart_title(week: &WeekStatistics, language: Language) -> String {
    let (who, span) = week_who_and_span(week, language);
    match language {
        Language::Fr => format!("Temps d'écran par jour : {who}, {span}"),
        Language::En => format!("Screen time per day: {who}, {span}"),
    }
}

/// The week in one sentence: the days filled in and the daily average, then the limits
/// (« Mardi, Léa a passé 40 minutes de plus que sa limite. »).
pub fn week_chart_summary(week: &WeekStatistics, language: Language) -> String {
    let (who, span) = week_who_and_span(week, language);
    let average = &week.daily_average;
    let days = format_days_filled_in(average.days_filled_in, average.days, language);
    let mut summary = match (average.minutes, language) {
        (Some(minutes), Language::Fr) => format!(
            "{who}, {span} : {days} ; en moyenne {} par jour.",
            format_duration(minutes, language)
        ),
        (Some(minutes), Language::En) => format!(
            "{who}, {span}: {days}; on average {} a day.",
            format_duration(minutes, language)
        ),
        (None, Language::Fr) => format!("{who}, {span} : {days}."),
        (None, Language::En) => format!("{who}, {span}: {days}."),
    };
    if let Some(limits) = limits_sentence(week, language) {
        summary.push(' ');
        summary.push_str(&limits);
    }
    summary
}

/// What the week says about limits, if anything.
fn limits_sentence(week: &WeekStatistics, language: Language) -> Option<String> {
    if week.days_filled_in() == 0 {
        return None;
    }
    match week.scope {
        Scope::Child(_) => {
            let child = week.children.first()?;
            let limit = child.daily_limit?;
            let name = &child.name;
            match (child.largest_excess, child.days_over_limit, language) {
                (None, _, Language::Fr) => Some(format!(
                    "Aucun jour au-dessus de la limite de {}.",
                    format_duration(limit.into(), language)
                )),
                (None, _, Language::En) => Some(format!(
                    "No day above the {} limit.",
                    format_duration(limit.into(), language)
                )),
                (Some((date, excess)), 1, Language::Fr) => Some(format!(
                    "{}, {name} a passé {} de plus que sa limite.",
                    upper_first(day_name(date.weekday(), language)),
                    format_duration_in_words(excess, language)
                )),
                (Some((date, excess)), 1, Language::En) => Some(format!(
                    "On {}, {name} spent {} more than the limit.",
                    day_name(date.weekday(), language),
                    format_duration_in_words(excess, language)
                )),
                (Some((date, excess)), days, Language::Fr) => Some(format!(
                    "{name} a dépassé sa limite {} ; le plus le {} : {} de plus.",
                    format_day_count(days, language),
                    day_name(date.weekday(), language),
                    format_duration_in_words(excess, language)
                )),
                (Some((date, excess)), days, Language::En) => Some(format!(
                    "{name} went over the limit on {}, most on {}: {} more.",
                    format_day_count(days, language),
                    day_name(date.weekday(), language),
                    format_duration_in_words(excess, language)
                )),
            }
        }
        Scope::Family => {
            if week
                .children
                .iter()
                .all(|child| child.daily_limit.is_none())
            {
                return None;
            }
            let over: Vec<String> = week
                .children
                .iter()
                .filter(|child| child.days_over_limit > 0)
                .map(|child| {
                    format!(
                        "{} {}",
                        child.name,
                        format_day_count(child.days_over_limit, language)
                    )
                })
                .collect();
            Some(match (over.is_empty(), language) {
                (true, Language::Fr) => "Aucun enfant au-dessus de sa limite.".to_owned(),
                (true, Language::En) => "No child above their limit.".to_owned(),
                (false, Language::Fr) => {
                    format!("Au-dessus de leur limite : {}.", over.join(", "))
                }
                (false, Language::En) => format!("Above their limit: {}.", over.join(", ")),
            })
        }
    }
}

/// The week's data: a row per day (and one for the week), a column per screen used.
pub fn week_chart_table(week: &WeekStatistics, language: Language) -> DataTable {
    let screens: Vec<Screen> = week
        .totals
        .breakdown
        .screens()
        .filter(|(_, minutes)| *minutes > 0)
        .map(|(screen, _)| screen)
        .collect();
    let fr = language == Language::Fr;
    let limit = week.daily_limit();
    let family_limits =
        week.scope == Scope::Family && week.children.iter().any(|c| c.daily_limit.is_some());
    let mut columns = vec![
        if fr { "Jour" } else { "Day" }.to_owned(),
        "Total".to_owned(),
    ];
    columns.extend(
        screens
            .iter()
            .map(|screen| screen.label(language).to_owned()),
    );
    if limit.is_some() {
        columns.push(
            if fr {
                "Compte pour la limite"
            } else {
                "Counts towards the limit"
            }
            .into(),
        );
        columns.push(
            if fr {
                "Au-dessus de la limite"
            } else {
                "Above the limit"
            }
            .into(),
        );
    } else if family_limits {
        columns.push(
            if fr {
                "Au-dessus de leur limite"
            } else {
                "Above their limit"
            }
            .into(),
        );
    }
    let mut rows: Vec<TableRow> = week
        .days
        .iter()
        .map(|day| {
            let mut cells = Vec::new();
            if !day.is_filled_in() {
                cells.push(TableCell::text(if fr {
                    "non renseigné"
                } else {
                    "not filled in"
                }));
                cells.extend(screens.iter().map(|_| TableCell::missing()));
                if limit.is_some() {
                    cells.extend([TableCell::missing(), TableCell::missing()]);
                } else if family_limits {
                    cells.push(TableCell::missing());
                }
            } else {
                cells.push(TableCell::minutes(day.totals.minutes, language));
                cells.extend(
                    screens
                        .iter()
                        .map(|s| TableCell::minutes(day.totals.breakdown.screen(*s), language)),
                );
                if limit.is_some() {
                    let child = day.children.first();
                    let limited = child.map_or(0, |c| c.limited_minutes);
                    let over = child.map_or(0, minutes_over_limit);
                    cells.push(TableCell::minutes(limited, language));
                    cells.push(if over > 0 {
                        TableCell::text_with_value(
                            format!("+{}", format_duration(over, language)),
                            over.into(),
                        )
                    } else {
                        TableCell::text_with_value(if fr { "non" } else { "no" }, 0)
                    });
                } else if family_limits {
                    let names: Vec<&str> = day
                        .children
                        .iter()
                        .filter(|c| c.over_limit)
                        .filter_map(|c| {
                            week.children
                                .iter()
                                .find(|w| w.child == c.child)
                                .map(|w| w.name.as_str())
                        })
                        .collect();
                    cells.push(if names.is_empty() {
                        TableCell::text_with_value(if fr { "aucun" } else { "none" }, 0)
                    } else {
                        TableCell::text_with_value(names.join(", "), names.len() as i64)
                    });
                }
            }
            TableRow {
                heading: format_long_date(day.date, language),
                cells,
            }
        })
        .collect();
    let mut week_cells = vec![TableCell::minutes(week.totals.minutes, language)];
    week_cells.extend(
        screens
            .iter()
            .map(|s| TableCell::minutes(week.totals.breakdown.screen(*s), language)),
    );
    if limit.is_some() {
        let limited = week.children.first().map_or(0, |c| c.limited_minutes);
        week_cells.push(TableCell::minutes(limited, language));
        week_cells.push(TableCell::text_with_value(
            format_day_count(week.days_over_limit, language),
            week.days_over_limit.into(),
        ));
    } else if family_limits {
        week_cells.push(TableCell::text_with_value(
            format_day_count(week.days_over_limit, language),
            week.days_over_limit.into(),
        ));
    }
    rows.push(TableRow {
        heading: if fr { "Semaine" } else { "Week" }.to_owned(),
        cells: week_cells,
    });
    DataTable {
        caption: week_chart_title(week, language),
        columns,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::super::palette::{hex, screen_swatch};
    use super::super::test_svg::{
        assert_chart_rules, assert_escaped, assert_text_grows_and_stays_apart, elements, rects_of,
        texts, HOSTILE_NAME,
    };
    use super::*;
    use crate::calendar::IsoWeek;
    use crate::diary::{Child, ChildId, Diary};
    use crate::preferences::TextSize;
    use crate::statistics::tests::fixture;
    use crate::statistics::week_statistics;

    fn w10() -> IsoWeek {
        IsoWeek::new(2025, 10).unwrap()
    }

    fn lea() -> Scope {
        Scope::Child(ChildId::new("lea"))
    }

    fn normal() -> ChartText {
        ChartText::for_text_size(TextSize::Normal)
    }

    /// The bars' segments of each day, by the row their top is in.
    fn segments_per_day(svg: &str) -> [usize; 7] {
        let layout_row = f64::from(normal().scaled(2.6));
        let mut per_day = [0; 7];
        for screen in Screen::ALL {
            for (_, y, _, height) in rects_of(svg, &hex(screen_swatch(screen).colour)) {
                if height != f64::from(normal().scaled(0.9)) {
                    continue;
                }
                let day = ((y - f64::from(MARGIN)) / layout_row).floor() as usize;
                per_day[day] += 1;
            }
        }
        per_day
    }

    #[test]
    fn a_child_week_has_a_bar_per_day_filled_in_and_the_limit_line() {
        let week = week_statistics(&fixture(), w10(), &lea());
        let svg = render_week_chart_svg(&week, Language::Fr, normal()).unwrap();
        assert_chart_rules(&svg);
        // Léa: Monday computer + smartphone, Saturday TV, Sunday computer + smartphone.
        assert_eq!(segments_per_day(&svg), [2, 0, 0, 0, 0, 1, 2]);
        let texts = texts(&svg);
        for label in [
            "lun. 3", "mar. 4", "mer. 5", "jeu. 6", "ven. 7", "sam. 8", "dim. 9",
        ] {
            assert!(
                texts.contains(&label.to_owned()),
                "{label} in {texts\u{a0}:?}"
            );
        }
        for label in [
            "0",
            "30\u{a0}min",
            "1\u{a0}h",
            "1\u{a0}h\u{a0}30",
            "1\u{a0}h\u{a0}30",
            "Limite\u{a0}: 1\u{a0}h",
            "+30\u{a0}min",
        ] {
            assert!(
                texts.contains(&label.to_owned()),
                "{label} in {texts\u{a0}:?}"
            );
        }
        assert_eq!(
            texts.iter().filter(|t| *t == "—").count(),
            4,
            "four days not filled in"
        );
        let dashes = elements(&svg)
            .into_iter()
            .filter(|e| e.name == "polyline" && e.attribute("stroke") == Some("#1A1A1A"))
            .count();
        assert!(dashes > 10, "the limit is a dashed line: {dashes}");
        for legend in ["Ordinateur", "Smartphone", "Télévision"] {
            assert!(texts.contains(&legend.to_owned()), "{legend}");
        }
        assert!(
            !texts.contains(&"Console de jeux".to_owned()),
            "only the screens used"
        );
        let desc = &elements(&svg)[2].text;
        assert!(desc.starts_with("Léa, 3 – 9 mars 2025\u{a0}: 3\u{a0}jours renseignés sur 7\u{202f}; en moyenne 1\u{a0}h\u{a0}17 par jour. Samedi, Léa a passé 30\u{a0}minutes de plus que sa limite."), "{desc}");
    }

    #[test]
    fn the_family_week_has_no_limit_line() {
        let week = week_statistics(&fixture(), w10(), &Scope::Family);
        let svg = render_week_chart_svg(&week, Language::En, normal()).unwrap();
        assert_chart_rules(&svg);
        assert_eq!(segments_per_day(&svg), [2, 2, 0, 0, 0, 1, 2]);
        let texts = texts(&svg);
        assert!(texts.contains(&"Mon 3".to_owned()));
        assert!(!texts.iter().any(|t| t.starts_with("Limit")));
        assert!(!texts.iter().any(|t| t.starts_with('+')));
        assert_eq!(
            week_chart_summary(&week, Language::En),
            "The family, 3 – 9 March 2025: 4 days filled in out of 7; on average 1\u{a0}h\u{a0}11\u{a0}min a day. Above their limit: Léa 1 day, Hugo 2 days."
        );
    }

    #[test]
    fn sentences_say_what_the_week_shows() {
        let diary = fixture();
        let hugo = week_statistics(&diary, w10(), &Scope::Child(ChildId::new("hugo")));
        assert_eq!(
            week_chart_summary(&hugo, Language::Fr),
            "Hugo, 3 – 9 mars 2025 : 3\u{a0}jours renseignés sur 7 ; en moyenne 55\u{a0}min par jour. Hugo a dépassé sa limite 2\u{a0}jours ; le plus le samedi : 45\u{a0}minutes de plus."
        );
        assert_eq!(
            week_chart_summary(&week_statistics(&diary, w10(), &lea()), Language::En),
            "Léa, 3 – 9 March 2025: 3 days filled in out of 7; on average 1\u{a0}h\u{a0}17\u{a0}min a day. On Saturday, Léa spent 30\u{a0}minutes more than the limit."
        );
        let empty = week_statistics(&diary, w10().next(), &lea());
        assert_eq!(
            week_chart_summary(&empty, Language::Fr),
            "Léa, 10 – 16 mars 2025 : aucun jour renseigné sur 7."
        );
        let ines = week_statistics(&diary, w10(), &Scope::Child(ChildId::new("ines")));
        assert_eq!(
            week_chart_summary(&ines, Language::Fr),
            "Inès, 3 – 9 mars 2025 : 1\u{a0}jour renseigné sur 7 ; en moyenne 20\u{a0}min par jour."
        );
    }

    #[test]
    fn the_table_has_a_row_per_day_and_a_column_per_screen_used() {
        let week = week_statistics(&fixture(), w10(), &lea());
        let table = week_chart_table(&week, Language::Fr);
        assert_eq!(
            table.columns,
            [
                "Jour",
                "Total",
                "Télévision",
                "Smartphone",
                "Ordinateur",
                "Compte pour la limite",
                "Au-dessus de la limite"
            ]
        );
        assert_eq!(table.rows.len(), 8);
        assert_eq!(table.rows[0].heading, "lundi 3 mars");
        let texts = |row: usize| -> Vec<&str> {
            table.rows[row]
                .cells
                .iter()
                .map(|c| c.text.as_str())
                .collect()
        };
        assert_eq!(
            texts(0),
            [
                "1\u{a0}h\u{a0}30",
                "0\u{a0}min",
                "50\u{a0}min",
                "40\u{a0}min",
                "50\u{a0}min",
                "non"
            ]
        );
        assert_eq!(texts(1), ["non renseigné", "—", "—", "—", "—", "—"]);
        assert_eq!(
            texts(5),
            [
                "1\u{a0}h\u{a0}30",
                "1\u{a0}h\u{a0}30",
                "0\u{a0}min",
                "0\u{a0}min",
                "1\u{a0}h\u{a0}30",
                "+30\u{a0}min"
            ]
        );
        assert_eq!(
            texts(7),
            [
                "3\u{a0}h\u{a0}50",
                "1\u{a0}h\u{a0}30",
                "1\u{a0}h\u{a0}20",
                "1\u{a0}h",
                "2\u{a0}h\u{a0}50",
                "1\u{a0}jour"
            ]
        );
        assert_eq!(table.rows[5].cells[5].value, Some(30));

        let family = week_chart_table(
            &week_statistics(&fixture(), w10(), &Scope::Family),
            Language::En,
        );
        assert_eq!(family.columns.last().unwrap(), "Above their limit");
        assert_eq!(family.rows[5].cells.last().unwrap().text, "Léa, Hugo");
        assert_eq!(family.rows[1].cells.last().unwrap().text, "Hugo");
    }

    #[test]
    fn names_are_escaped_everywhere() {
        let mut diary = fixture();
        let mut hostile: Child = diary.child(&ChildId::new("lea")).unwrap().clone();
        hostile.name = HOSTILE_NAME.to_owned();
        diary.put_child(hostile).unwrap();
        for scope in [lea(), Scope::Family] {
            let week = week_statistics(&diary, w10(), &scope);
            let chart = week_chart(&week, Language::Fr, normal()).unwrap();
            assert_chart_rules(&chart.svg);
            assert_escaped(&chart.svg);
            assert!(
                chart.summary.contains(HOSTILE_NAME),
                "the sentence is plain text"
            );
        }
        let empty = week_statistics(&Diary::new(), w10(), &Scope::Family);
        assert_chart_rules(&render_week_chart_svg(&empty, Language::Fr, normal()).unwrap());
    }

    #[test]
    fn the_text_grows_with_the_text_size_and_never_overlaps() {
        let diary = fixture();
        for scope in [lea(), Scope::Family] {
            let week = week_statistics(&diary, w10(), &scope);
            assert_text_grows_and_stays_apart(|_, language, text| {
                vec![render_week_chart_svg(&week, language, text).unwrap()]
            });
        }
    }
}
