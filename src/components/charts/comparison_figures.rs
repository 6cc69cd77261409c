//! Two weeks side by side, figure by figure: week A, week B, and the change in minutes (or days)
//! and in percent, with an arrow and words (« ↓ 35 min de moins, soit 28 % de moins · mieux »).
//! The colour only repeats what the arrow and the words say.

use crate::i18n::compare::{compare_texts, CompareTexts};
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::comparison::{
    comparison_rows, ComparisonFigure, ComparisonRow, Difference, Direction, FigureGroup, Verdict,
    WeekComparison,
};
use ecrans_core::duration_text::{
    format_day_count, format_days_filled_in, format_duration, format_percent,
};
use ecrans_core::language::Language;
use ecrans_core::statistics::WEEK_DAYS;
use leptos::prelude::*;

/// How a figure changed, in words.
struct Change {
    text: String,
    percent: Option<String>,
    verdict: Option<&'static str>,
    class: &'static str,
}

/// One figure of both weeks.
struct Figure {
    key: String,
    label: String,
    a: String,
    a_note: Option<String>,
    b: String,
    b_note: Option<String>,
    change: Option<Change>,
}

/// A group of figures under a heading (« Par écran »).
struct Group {
    heading: Option<&'static str>,
    figures: Vec<Figure>,
}

fn direction_word(direction: Direction, texts: &CompareTexts) -> &'static str {
    match direction {
        Direction::Less => texts.less,
        Direction::More => texts.more,
        Direction::Same => texts.same,
    }
}

fn arrow(direction: Direction) -> &'static str {
    match direction {
        Direction::Less => "↓",
        Direction::More => "↑",
        Direction::Same => "=",
    }
}

/// The change, written with `amount` (« 35 min », « 2 jours »).
fn change(
    difference: &Difference,
    amount: String,
    language: Language,
    texts: &CompareTexts,
) -> Change {
    let word = direction_word(difference.direction, texts);
    let text = match difference.direction {
        Direction::Same => format!("= {word}"),
        direction => format!("{} {amount} {word}", arrow(direction)),
    };
    let percent = match (difference.percent, difference.direction) {
        (Some(percent), Direction::Less | Direction::More) => Some((texts.percent_change)(
            &format_percent(percent.abs(), language),
            word,
        )),
        _ => None,
    };
    let (verdict, class) = match difference.verdict() {
        Verdict::Better => (Some(texts.better), "diff diff-better"),
        Verdict::Worse => (Some(texts.worse), "diff diff-worse"),
        Verdict::Unchanged => (None, "diff diff-same"),
    };
    Change {
        text,
        percent,
        verdict,
        class,
    }
}

fn minutes_change(difference: &Difference, language: Language, texts: &CompareTexts) -> Change {
    let amount = format_duration(difference.change.unsigned_abs() as u32, language);
    change(difference, amount, language, texts)
}

fn days_change(difference: &Difference, language: Language, texts: &CompareTexts) -> Change {
    let amount = format_day_count(difference.change.unsigned_abs() as u32, language);
    change(difference, amount, language, texts)
}

fn minutes_figure(
    key: String,
    label: String,
    d: &Difference,
    language: Language,
    texts: &CompareTexts,
) -> Figure {
    Figure {
        key,
        label,
        a: format_duration(d.a, language),
        a_note: None,
        b: format_duration(d.b, language),
        b_note: None,
        change: Some(minutes_change(d, language, texts)),
    }
}

fn days_figure(
    key: String,
    label: String,
    d: &Difference,
    language: Language,
    texts: &CompareTexts,
) -> Figure {
    Figure {
        key,
        label,
        a: format_day_count(d.a, language),
        a_note: None,
        b: format_day_count(d.b, language),
        b_note: None,
        change: Some(days_change(d, language, texts)),
    }
}

/// The figures of a comparison, in the core's order of rows ([`comparison_rows`]).
fn groups(comparison: &WeekComparison, language: Language, texts: &CompareTexts) -> Vec<Group> {
    let (a, b) = (&comparison.a, &comparison.b);
    let average = |minutes: Option<u32>| {
        minutes.map_or_else(
            || texts.no_average.to_owned(),
            |m| format_duration(m, language),
        )
    };
    let figure = |row: ComparisonRow| -> Figure {
        let (key, label): (String, String) = match row.figure {
            ComparisonFigure::DailyAverage => ("average".into(), texts.daily_average.into()),
            ComparisonFigure::Total => ("total".into(), texts.total.into()),
            ComparisonFigure::DaysFilledIn => {
                ("days-filled-in".into(), texts.days_filled_in.into())
            }
            ComparisonFigure::DaysOverLimit => {
                ("days-over-limit".into(), texts.days_over_limit.into())
            }
            ComparisonFigure::Screen(screen) => (
                format!("screen-{}", screen.code()),
                screen.label(language).into(),
            ),
            ComparisonFigure::Activity(activity) => (
                format!("activity-{}", activity.code()),
                activity.label(language).into(),
            ),
            ComparisonFigure::Moment(moment) => (
                format!("moment-{}", moment.code()),
                moment.label(language).into(),
            ),
            ComparisonFigure::StepKept(step) => {
                (format!("step-{}", step.code()), step.label(language).into())
            }
        };
        match (row.figure, row.difference) {
            (ComparisonFigure::DailyAverage, difference) => Figure {
                key,
                label,
                a: average(a.daily_average.minutes),
                a_note: Some(format_days_filled_in(
                    a.days_filled_in(),
                    WEEK_DAYS,
                    language,
                )),
                b: average(b.daily_average.minutes),
                b_note: Some(format_days_filled_in(
                    b.days_filled_in(),
                    WEEK_DAYS,
                    language,
                )),
                change: difference.map(|d| minutes_change(&d, language, texts)),
            },
            (figure, Some(d)) if figure.counts_days() => {
                days_figure(key, label, &d, language, texts)
            }
            (_, Some(d)) => minutes_figure(key, label, &d, language, texts),
            (_, None) => Figure {
                key,
                label,
                a: String::new(),
                a_note: None,
                b: String::new(),
                b_note: None,
                change: None,
            },
        }
    };
    comparison_rows(comparison)
        .into_iter()
        .map(|group| Group {
            heading: match group.group {
                FigureGroup::Main => None,
                FigureGroup::ByScreen => Some(texts.by_screen),
                FigureGroup::ByActivity => Some(texts.by_activity),
                FigureGroup::ByMoment => Some(texts.by_moment),
                FigureGroup::StepsKept => Some(texts.steps_kept),
            },
            figures: group.rows.into_iter().map(figure).collect(),
        })
        .collect()
}

fn figure_view(figure: Figure, texts: &'static CompareTexts) -> impl IntoView {
    let change = figure.change.map(|change| {
        view! {
            <p class=change.class>
                <span class="diff-main">{change.text}</span>
                {change.percent.map(|percent| view! { <span class="diff-percent">{format!(", {percent}")}</span> })}
                {change.verdict.map(|verdict| view! { <span class="diff-verdict">{verdict}</span> })}
            </p>
        }
    });
    view! {
        <li class="figure-row" data-figure=figure.key>
            <p class="figure-label">{figure.label}</p>
            <dl class="figure-values">
                <div class="figure-a">
                    <dt>{texts.week_a}</dt>
                    <dd>
                        <span class="figure-value">{figure.a}</span>
                        {figure.a_note.map(|note| view! { <span class="figure-note">{note}</span> })}
                    </dd>
                </div>
                <div class="figure-b">
                    <dt>{texts.week_b}</dt>
                    <dd>
                        <span class="figure-value">{figure.b}</span>
                        {figure.b_note.map(|note| view! { <span class="figure-note">{note}</span> })}
                    </dd>
                </div>
            </dl>
            {change}
        </li>
    }
}

/// The figures of both weeks side by side.
#[component]
pub fn ComparisonFigures(
    /// The comparison from the core.
    #[prop(into)]
    comparison: Signal<WeekComparison>,
) -> impl IntoView {
    let preferences = expect_preferences();
    let texts = use_localized(compare_texts);
    move || {
        let language = preferences.language();
        let texts = texts.get();
        comparison.with(|comparison| {
            groups(comparison, language, texts)
                .into_iter()
                .filter(|group| !group.figures.is_empty())
                .map(|group| {
                    let figures = group
                        .figures
                        .into_iter()
                        .map(|figure| figure_view(figure, texts))
                        .collect_view();
                    view! {
                        <div class="figure-group">
                            {group.heading.map(|heading| view! { <h3>{heading}</h3> })}
                            <ul class="figure-list">{figures}</ul>
                        </div>
                    }
                })
                .collect_view()
        })
    }
}
