//! What for: the week's minutes by activity, one horizontal bar per activity with its label above
//! and its duration and share written at its end, so the bars read without their colours.
//! Activities that do not count towards the limit (school, family video calls) are hatched, and
//! a note says so.

use super::canvas::{estimated_width, render_svg, wrap_words, Anchor, ChartText, CHART_WIDTH};
use super::palette::{activity_swatch, Pattern, Swatch, MUTED};
use super::{week_who_and_span, Chart, ChartError, DataTable, TableCell, TableRow};
use crate::diary::Activity;
use crate::duration_text::{format_duration, format_percent, lower_first};
use crate::language::Language;
use crate::statistics::{rounded_percent, WeekStatistics};

const LEFT: i32 = 16;
const RIGHT: i32 = CHART_WIDTH as i32 - 16;
const TOP: i32 = 16;

/// The activity chart: SVG, table and sentence, its text sized for the app's text size.
pub fn activity_chart(
    week: &WeekStatistics,
    language: Language,
    text: ChartText,
) -> Result<Chart, ChartError> {
    Ok(Chart {
        svg: render_activity_chart_svg(week, language, text)?,
        table: activity_chart_table(week, language),
        summary: activity_chart_summary(week, language),
    }
    .typeset(language))
}

/// « 9 h 45 (36 %) », or the duration alone when there is no share to give.
fn value_label(minutes: u32, total: u32, language: Language) -> String {
    match rounded_percent(minutes, total) {
        Some(percent) if minutes > 0 => format!(
            "{} ({})",
            format_duration(minutes, language),
            format_percent(percent.into(), language)
        ),
        _ => format_duration(minutes, language),
    }
}

/// The activity chart as SVG: for each activity its label (on as many lines as it needs at
/// this text size), then its bar with the value at its end; the bars' room is what the widest
/// value leaves.
pub fn render_activity_chart_svg(
    week: &WeekStatistics,
    language: Language,
    text: ChartText,
) -> Result<String, ChartError> {
    let total = week.totals.minutes;
    let largest = week
        .totals
        .breakdown
        .activities()
        .map(|(_, minutes)| minutes)
        .max()
        .unwrap_or(0);
    let widest_value = week
        .totals
        .breakdown
        .activities()
        .map(|(_, minutes)| estimated_width(&value_label(minutes, total, language), text.small))
        .max()
        .unwrap_or(0);
    let bar_room = (RIGHT - LEFT - widest_value - 10).max(text.scaled(2.0));
    let line = text.scaled(1.25);
    let bar_height = text.scaled(0.9);
    let rows: Vec<(Activity, u32, Vec<String>)> = week
        .totals
        .breakdown
        .activities()
        .map(|(activity, minutes)| {
            let lines = wrap_words(activity.label(language), text.small, RIGHT - LEFT);
            (activity, minutes, lines)
        })
        .collect();
    let row_height = |lines: usize| lines as i32 * line + bar_height + text.scaled(0.7);
    let note = match language {
        Language::Fr => "Hachuré : ne compte pas dans la limite",
        Language::En => "Hatched: does not count towards the limit",
    };
    let swatch_room = text.scaled(1.1) + 10;
    let note_lines = wrap_words(note, text.small, RIGHT - LEFT - swatch_room);
    let note_top = TOP + rows.iter().map(|row| row_height(row.2.len())).sum::<i32>();
    let height = note_top + note_lines.len() as i32 * line + 16;
    let title = activity_chart_title(week, language);
    let desc = format!(
        "{} {}",
        activity_chart_summary(week, language),
        match language {
            Language::Fr => "Une barre par activité, la durée écrite au bout.",
            Language::En => "One bar per activity, its duration written at its end.",
        }
    );
    render_svg(
        (CHART_WIDTH, height as u32),
        language,
        &title,
        &desc,
        |canvas| {
            let mut top = TOP;
            for (activity, minutes, lines) in &rows {
                for (index, label) in lines.iter().enumerate() {
                    let at = (LEFT, top + index as i32 * line);
                    canvas.text(label, at, text.font(false), Anchor::START_BELOW)?;
                }
                let width = if largest == 0 {
                    0
                } else {
                    (f64::from(*minutes) * f64::from(bar_room) / f64::from(largest)).round() as i32
                };
                let bar_top = top + lines.len() as i32 * line;
                canvas.swatch_rect(
                    (LEFT, bar_top),
                    (LEFT + width, bar_top + bar_height),
                    activity_swatch(*activity),
                )?;
                canvas.text(
                    &value_label(*minutes, total, language),
                    (LEFT + width + 10, bar_top + bar_height / 2),
                    text.font(true),
                    Anchor::START,
                )?;
                top += row_height(lines.len());
            }
            let example = Swatch {
                colour: MUTED,
                pattern: Pattern::DiagonalUp,
            };
            let swatch_bottom = (LEFT + text.scaled(1.1), note_top + text.scaled(0.75));
            canvas.swatch_rect((LEFT, note_top), swatch_bottom, example)?;
            for (index, words) in note_lines.iter().enumerate() {
                let at = (LEFT + swatch_room, note_top + index as i32 * line);
                canvas.text(words, at, text.font(false), Anchor::START_BELOW)?;
            }
            Ok(())
        },
    )
}

fn activity_chart_title(week: &WeekStatistics, language: Language) -> String {
    let (who, span) = week_who_and_span(week, language);
    match language {
        Language::Fr => format!("À quoi servent les écrans : {who}, {span}"),
        Language::En => format!("What the screens were used for: {who}, {span}"),
    }
}

/// The main activity and its share, then the share of time with an adult.
pub fn activity_chart_summary(week: &WeekStatistics, language: Language) -> String {
    let (who, span) = week_who_and_span(week, language);
    let total = week.totals.minutes;
    let top = week.totals.breakdown.activities().fold(
        None,
        |best: Option<(Activity, u32)>, (activity, minutes)| match best {
            Some((_, most)) if most >= minutes => best,
            _ => Some((activity, minutes)),
        },
    );
    let (Some((activity, minutes)), Some(share), Some(adult)) = (
        top,
        rounded_percent(top.map_or(0, |t| t.1), total),
        week.totals.with_adult_percent(),
    ) else {
        return match language {
            Language::Fr => format!("{who}, {span} : aucun temps d'écran noté."),
            Language::En => format!("{who}, {span}: no screen time written down."),
        };
    };
    let (minutes, total) = (
        format_duration(minutes, language),
        format_duration(total, language),
    );
    let activity = lower_first(activity.label(language));
    match language {
        Language::Fr => format!(
            "{who}, {span} : surtout {activity}, {minutes} sur {total} ({}) ; {} du temps avec un adulte.",
            format_percent(share.into(), language),
            format_percent(adult.into(), language)
        ),
        Language::En => format!(
            "{who}, {span}: mostly {activity}, {minutes} of {total} ({}); {} of the time with an adult.",
            format_percent(share.into(), language),
            format_percent(adult.into(), language)
        ),
    }
}

/// A row per activity, and one for the time with an adult.
pub fn activity_chart_table(week: &WeekStatistics, language: Language) -> DataTable {
    let fr = language == Language::Fr;
    let total = week.totals.minutes;
    let share = |minutes: u32| match rounded_percent(minutes, total) {
        Some(percent) => {
            TableCell::text_with_value(format_percent(percent.into(), language), percent.into())
        }
        None => TableCell::missing(),
    };
    let yes_no = |yes: bool| {
        TableCell::text(match (fr, yes) {
            (true, true) => "oui",
            (true, false) => "non",
            (false, true) => "yes",
            (false, false) => "no",
        })
    };
    let mut rows: Vec<TableRow> = week
        .totals
        .breakdown
        .activities()
        .map(|(activity, minutes)| TableRow {
            heading: activity.label(language).to_owned(),
            cells: vec![
                TableCell::minutes(minutes, language),
                share(minutes),
                yes_no(activity.counts_towards_limit()),
            ],
        })
        .collect();
    rows.push(TableRow {
        heading: if fr {
            "Avec un adulte"
        } else {
            "With an adult"
        }
        .to_owned(),
        cells: vec![
            TableCell::minutes(week.totals.with_adult_minutes, language),
            share(week.totals.with_adult_minutes),
            TableCell::missing(),
        ],
    });
    DataTable {
        caption: activity_chart_title(week, language),
        columns: if fr {
            [
                "Activité",
                "Durée",
                "Part du temps",
                "Compte pour la limite",
            ]
        } else {
            [
                "Activity",
                "Duration",
                "Share of the time",
                "Counts towards the limit",
            ]
        }
        .map(str::to_owned)
        .to_vec(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_svg::{
        assert_chart_rules, assert_escaped, assert_text_grows_and_stays_apart, elements, texts,
        HOSTILE_NAME,
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
    fn each_activity_has_a_bar_with_its_value_written_out() {
        let week = week_statistics(&fixture(), w10(), &Scope::Family);
        let svg = render_activity_chart_svg(&week, Language::Fr, normal()).unwrap();
        assert_chart_rules(&svg);
        let texts = texts(&svg);
        for activity in Activity::ALL {
            assert!(texts.contains(&activity.label(Language::Fr).replace('\'', "&apos\u{202f};")));
        }
        // 285 minutes: videos 120, games 25, social 80, calls 20, school 40, other 0.
        for value in [
            "2\u{a0}h (42\u{202f}%)",
            "25\u{a0}min (9\u{202f}%)",
            "1\u{a0}h\u{a0}20 (28\u{202f}%)",
            "20\u{a0}min (7\u{202f}%)",
            "40\u{a0}min (14\u{202f}%)",
            "0\u{a0}min",
        ] {
            assert!(texts.contains(&value.to_owned()), "{value} in {texts:?}");
        }
        let bars: Vec<f64> = elements(&svg)
            .iter()
            .filter(|e| {
                e.name == "rect"
                    && e.attribute("x") == Some("16")
                    && e.number("height") == f64::from(normal().scaled(0.9))
            })
            .map(|e| e.number("width"))
            .collect();
        assert_eq!(
            bars,
            [364.0, 76.0, 243.0, 61.0, 121.0],
            "widths in proportion, in the room the widest value leaves; none for 0"
        );
        assert!(
            texts
                .join(" ")
                .contains("Hachuré\u{a0}: ne compte pas dans la limite"),
            "the note, on as many lines as it needs"
        );
    }

    #[test]
    fn the_sentence_names_the_main_activity_and_the_time_with_an_adult() {
        let week = week_statistics(&fixture(), w10(), &Scope::Family);
        assert_eq!(
            activity_chart_summary(&week, Language::Fr),
            "La famille, 3 – 9 mars 2025 : surtout vidéos et dessins animés, 2\u{a0}h sur 4\u{a0}h\u{a0}45 (42\u{202f}%) ; 39\u{202f}% du temps avec un adulte."
        );
        let lea = week_statistics(&fixture(), w10(), &Scope::Child(ChildId::new("lea")));
        assert_eq!(
            activity_chart_summary(&lea, Language::En),
            "Léa, 3 – 9 March 2025: mostly videos and cartoons, 1\u{a0}h\u{a0}30\u{a0}min of 3\u{a0}h\u{a0}50\u{a0}min (39%); 48% of the time with an adult."
        );
        let empty = week_statistics(&fixture(), w10().next(), &Scope::Family);
        assert_eq!(
            activity_chart_summary(&empty, Language::En),
            "The family, 10 – 16 March 2025: no screen time written down."
        );
        let table = activity_chart_table(&week, Language::Fr);
        assert_eq!(table.rows.len(), 7);
        assert_eq!(table.rows[4].heading, "École et devoirs");
        let cells: Vec<&str> = table.rows[4]
            .cells
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(cells, ["40\u{a0}min", "14\u{202f}%", "non"]);
        assert_eq!(table.rows[6].cells[0].value, Some(110));
    }

    #[test]
    fn a_hostile_name_is_escaped() {
        let mut diary = fixture();
        let mut hostile = diary.child(&ChildId::new("lea")).unwrap().clone();
        hostile.name = HOSTILE_NAME.to_owned();
        diary.put_child(hostile).unwrap();
        let week = week_statistics(&diary, w10(), &Scope::Child(ChildId::new("lea")));
        let svg = render_activity_chart_svg(&week, Language::En, normal()).unwrap();
        assert_chart_rules(&svg);
        assert_escaped(&svg);
    }

    #[test]
    fn the_text_grows_with_the_text_size_and_never_overlaps() {
        let week = week_statistics(&fixture(), w10(), &Scope::Family);
        assert_text_grows_and_stays_apart(|_, language, text| {
            vec![render_activity_chart_svg(&week, language, text).unwrap()]
        });
    }
}
