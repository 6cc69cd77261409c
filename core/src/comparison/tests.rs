//! Comparisons checked against weeks computed by hand.
//!
//! Week A is the statistics fixture (2025-W10, see `statistics/tests.rs`): family 285 minutes
//! over 4 days (71 a day), Léa 230 over 3 (77), Hugo 165 over 3 (55). Week B is 2025-W13
//! (24 – 30 March):
//!
//! | day | entry | children | minutes | moment, screen, activity |
//! |---|---|---|---|---|
//! | Mon 24 | b-mon | Léa | 30 | after school, TV, videos |
//! | Tue 25 | b-tue | Léa | 70 | meal, tablet, games (Léa 10 over her 60) |
//! | Sat 29 | b-sat | Léa, Hugo | 60 | evening, TV, videos, with an adult (Hugo 15 over his 45) |
//! | Sun 30 | b-sun | Hugo | 20 | morning, tablet, videos |
//!
//! Family B: 180 over 4 days, 45 a day: 26 minutes less than 71, −36.6 → −37 %. Léa B: 160 over
//! 3 days, 53 a day (−24, −31 %). Hugo B: 80 over 2 days, 40 a day (−15, −27 %), a thin week.

use super::*;
use crate::commitments::Commitments;
use crate::diary::tests::child;
use crate::diary::{ChildId, EntriesOfRemovedChild};
use crate::language::Language;
use crate::statistics::tests::{fixture, logged, plain, Logged};

fn w(week: u32) -> IsoWeek {
    IsoWeek::new(2025, week).unwrap()
}

fn pair() -> WeekPair {
    WeekPair { a: w(10), b: w(13) }
}

fn lea() -> Scope {
    Scope::Child(ChildId::new("lea"))
}

fn hugo() -> Scope {
    Scope::Child(ChildId::new("hugo"))
}

fn diary() -> Diary {
    let mut diary = fixture();
    for entry in [
        plain(
            "b-mon",
            &["lea"],
            "2025-03-24",
            30,
            Moment::AfterSchool,
            Screen::Tv,
            Activity::Videos,
        ),
        plain(
            "b-tue",
            &["lea"],
            "2025-03-25",
            70,
            Moment::Meal,
            Screen::Tablet,
            Activity::Games,
        ),
        Logged {
            with_adult: true,
            ..plain(
                "b-sat",
                &["lea", "hugo"],
                "2025-03-29",
                60,
                Moment::Evening,
                Screen::Tv,
                Activity::Videos,
            )
        },
        plain(
            "b-sun",
            &["hugo"],
            "2025-03-30",
            20,
            Moment::Morning,
            Screen::Tablet,
            Activity::Videos,
        ),
    ] {
        diary.put_entry(logged(&entry)).unwrap();
    }
    diary
}

fn with_commitments(mut diary: Diary, items: Vec<Commitment>) -> Diary {
    diary
        .set_commitments(Commitments::new(items, 10).unwrap())
        .unwrap();
    diary
}

#[test]
fn differences_go_in_minutes_and_percent_of_week_a() {
    let check =
        |a: u32, b: u32, goal: Goal, change: i64, percent: Option<i64>, verdict: Verdict| {
            let d = Difference::between(a, b, goal);
            assert_eq!(
                (d.change, d.percent, d.verdict()),
                (change, percent, verdict),
                "{a} → {b}"
            );
        };
    check(71, 45, Goal::Less, -26, Some(-37), Verdict::Better);
    check(0, 30, Goal::Less, 30, None, Verdict::Worse);
    check(2, 3, Goal::More, 1, Some(50), Verdict::Better);
    check(3, 3, Goal::More, 0, Some(0), Verdict::Unchanged);
    check(8, 9, Goal::Less, 1, Some(13), Verdict::Worse);
    check(8, 7, Goal::Less, -1, Some(-13), Verdict::Better);
    check(5, 0, Goal::More, -5, Some(-100), Verdict::Worse);
    let d = Difference::between(125, 90, Goal::Less);
    assert_eq!(d.format_minutes(Language::Fr), "↓ 35\u{a0}min");
    assert_eq!(d.format_percent(Language::Fr), "↓ 28\u{202f}%");
    assert_eq!(d.direction, Direction::Less);
    let up = Difference::between(60, 125, Goal::Less);
    assert_eq!(
        up.format_minutes(Language::En),
        "↑ 1\u{a0}h\u{a0}5\u{a0}min"
    );
    assert_eq!(up.format_percent(Language::En), "↑ 108%");
    assert_eq!(
        Difference::between(0, 3, Goal::More).format_percent(Language::En),
        "—"
    );
    assert_eq!(Difference::between(4, 4, Goal::More).format_count(), "=");
    assert_eq!(Difference::between(4, 2, Goal::More).format_count(), "↓ 2");
}

#[test]
fn the_family_weeks_side_by_side() {
    let comparison = compare_weeks(&diary(), &Scope::Family, pair());
    let average = comparison.daily_average.unwrap();
    assert_eq!(
        (average.a, average.b, average.change, average.percent),
        (71, 45, -26, Some(-37))
    );
    assert_eq!(
        (comparison.days_filled_in.a, comparison.days_filled_in.b),
        (4, 4)
    );
    assert_eq!((comparison.total.a, comparison.total.b), (285, 180));
    let screens: Vec<(i64, Option<i64>)> = comparison
        .by_screen
        .iter()
        .map(|(_, d)| (d.change, d.percent))
        .collect();
    assert_eq!(
        screens,
        [
            (-30, Some(-25)),
            (90, None),
            (-80, Some(-100)),
            (-25, Some(-100)),
            (-60, Some(-100)),
            (0, None)
        ]
    );
    let moments: Vec<u32> = comparison.by_moment.iter().map(|(_, d)| d.b).collect();
    assert_eq!(moments, [20, 0, 70, 30, 60, 0]);
    assert_eq!(comparison.by_activity[1].1.b, 70, "games");
    assert_eq!(
        (
            comparison.days_over_limit.a,
            comparison.days_over_limit.b,
            comparison.days_over_limit.direction
        ),
        (2, 2, Direction::Same)
    );
    let steps: Vec<(u32, u32, Verdict)> = comparison
        .steps_kept
        .iter()
        .map(|(_, d)| (d.a, d.b, d.verdict()))
        .collect();
    assert_eq!(
        steps,
        [
            (3, 3, Verdict::Unchanged),
            (2, 3, Verdict::Better),
            (3, 4, Verdict::Better),
            (3, 4, Verdict::Better)
        ]
    );
    assert!(!comparison.few_days.any());
    assert_eq!(
        comparison_summary(&comparison, Language::Fr),
        "La famille\u{a0}: en moyenne 26\u{a0}minutes de moins par jour, soit 37\u{202f}% de moins (45\u{a0}min au lieu de 1\u{a0}h\u{a0}11)."
    );
    assert_eq!(
        comparison_summary(&comparison, Language::En),
        "The family: on average 26\u{a0}minutes less a day, 37% less (45\u{a0}min instead of 1\u{a0}h\u{a0}11\u{a0}min)."
    );
}

#[test]
fn a_thin_week_is_flagged_and_said_plainly() {
    let comparison = compare_weeks(&diary(), &hugo(), pair());
    assert_eq!(comparison.few_days, FewDays { a: false, b: true });
    assert_eq!(
        comparison_summary(&comparison, Language::Fr),
        "Hugo\u{a0}: en moyenne 15\u{a0}minutes de moins par jour, soit 27\u{202f}% de moins (40\u{a0}min au lieu de 55\u{a0}min). Attention\u{a0}: seulement 2\u{a0}jours renseignés sur 7 la semaine du 24 mars."
    );
    let lea = compare_weeks(&diary(), &lea(), pair());
    assert!(!lea.few_days.any());
    let average = lea.daily_average.unwrap();
    assert_eq!((average.a, average.b, average.percent), (77, 53, Some(-31)));
    assert_eq!((lea.days_over_limit.a, lea.days_over_limit.b), (1, 1));
}

#[test]
fn commitments_are_judged_on_the_days_filled_in_of_week_b() {
    let diary = with_commitments(
        diary(),
        vec![
            Commitment::Step(Step::Meal),
            Commitment::DailyLimit {
                child: ChildId::new("lea"),
                minutes: 60,
            },
            Commitment::Text("pas de tablette à table".into()),
        ],
    );
    let comparison = compare_weeks(&diary, &Scope::Family, pair());
    let outcomes: Vec<(CommitmentOutcome, u32, u32)> = comparison
        .commitments
        .iter()
        .map(|c| (c.outcome, c.days_kept, c.days_judged))
        .collect();
    assert_eq!(
        outcomes,
        [
            (CommitmentOutcome::PartlyKept, 3, 4),
            (CommitmentOutcome::PartlyKept, 2, 3),
            (
                CommitmentOutcome::NotMeasurable(NotMeasurable::FreeText),
                0,
                0
            ),
        ],
        "meals broken on Tuesday; Léa 70 > 60 on Tuesday, 60 on Saturday is kept"
    );
    let texts: Vec<(String, String)> = comparison
        .commitments
        .iter()
        .map(|c| (c.label(Language::Fr), c.outcome_text(Language::Fr)))
        .collect();
    assert_eq!(
        texts,
        [
            (
                "Pas d’écran pendant les repas".to_owned(),
                "Tenu en partie\u{a0}: 3\u{a0}jours sur 4 renseignés".to_owned()
            ),
            (
                "Léa\u{a0}: 1\u{a0}h par jour au plus".to_owned(),
                "Tenu en partie\u{a0}: 2\u{a0}jours sur 3 renseignés".to_owned()
            ),
            (
                "pas de tablette à table".to_owned(),
                "Ne se mesure pas avec le journal\u{a0}: c’est à la famille de dire".to_owned()
            ),
        ]
    );

    let diary = with_commitments(
        self::diary(),
        vec![
            Commitment::Step(Step::Morning),
            Commitment::DailyLimit {
                child: ChildId::new("hugo"),
                minutes: 10,
            },
            Commitment::Step(Step::Bedroom),
        ],
    );
    let outcomes = |scope: &Scope| -> Vec<CommitmentOutcome> {
        compare_weeks(&diary, scope, pair())
            .commitments
            .iter()
            .map(|c| c.outcome)
            .collect()
    };
    assert_eq!(
        outcomes(&lea()),
        [
            CommitmentOutcome::Kept,
            CommitmentOutcome::NotKept,
            CommitmentOutcome::Kept
        ],
        "a « pas » is judged on the scope; a limit on its own child"
    );
    assert_eq!(
        outcomes(&Scope::Family),
        [
            CommitmentOutcome::PartlyKept,
            CommitmentOutcome::NotKept,
            CommitmentOutcome::Kept
        ]
    );
    let checks = compare_weeks(&diary, &lea(), pair()).commitments;
    assert_eq!(
        checks[0].outcome_text(Language::En),
        "Kept on every day filled in (3 of 3)"
    );
    assert_eq!(
        checks[1].outcome_text(Language::En),
        "Not kept (0 of 2 days filled in)"
    );
}

#[test]
fn a_child_added_between_the_weeks_has_nothing_to_compare_yet() {
    let mut diary = diary();
    diary.put_child(child("noe", "Noé", (2019, 6))).unwrap();
    diary
        .put_entry(logged(&plain(
            "b-noe",
            &["noe"],
            "2025-03-26",
            40,
            Moment::Daytime,
            Screen::Console,
            Activity::Games,
        )))
        .unwrap();
    let noe = Scope::Child(ChildId::new("noe"));
    let comparison = compare_weeks(&diary, &noe, pair());
    assert_eq!(comparison.daily_average, None);
    assert_eq!(comparison.few_days, FewDays { a: true, b: true });
    assert_eq!(
        (
            comparison.total.a,
            comparison.total.b,
            comparison.total.percent
        ),
        (0, 40, None)
    );
    assert_eq!(
        comparison_summary(&comparison, Language::Fr),
        "Noé\u{a0}: aucun jour renseigné la semaine du 3 mars, impossible de comparer. Attention\u{a0}: seulement 1\u{a0}jour renseigné sur 7 la semaine du 24 mars."
    );
    let family = compare_weeks(&diary, &Scope::Family, pair());
    assert_eq!(family.b.totals.minutes, 220);
    assert_eq!(family.daily_average.unwrap().b, 44, "220 over 5 days");
    assert_eq!(family.b.children.len(), 4);
    assert_eq!(family.a.children[2].name, "Noé");
    assert_eq!(family.a.children[2].daily_average.minutes, None);
    assert_eq!(first_week_logged(&diary, &noe), Some(w(13)));
}

#[test]
fn both_weeks_empty_compare_nothing() {
    let diary = with_commitments(
        diary(),
        vec![
            Commitment::Step(Step::Meal),
            Commitment::DailyLimit {
                child: ChildId::new("lea"),
                minutes: 60,
            },
        ],
    );
    let comparison = compare_weeks(&diary, &Scope::Family, WeekPair { a: w(20), b: w(21) });
    assert_eq!(comparison.daily_average, None);
    assert_eq!(comparison.total.direction, Direction::Same);
    assert_eq!(comparison.few_days, FewDays { a: true, b: true });
    assert_eq!(
        comparison_summary(&comparison, Language::En),
        "The family: no day filled in either week, nothing to compare."
    );
    assert!(comparison
        .commitments
        .iter()
        .all(|c| c.outcome == CommitmentOutcome::NotMeasurable(NotMeasurable::NoDayFilledIn)));
    assert_eq!(
        comparison.commitments[0].outcome_text(Language::Fr),
        "Aucun jour renseigné\u{a0}: impossible à dire"
    );
    let table = comparison_table(&comparison, Language::Fr);
    let average = table
        .rows
        .iter()
        .find(|row| row.heading == "Moyenne par jour renseigné")
        .unwrap();
    assert_eq!(average.cells[0].text, "—");
}

#[test]
fn a_limit_for_a_removed_child_is_not_measurable() {
    let mut diary = with_commitments(
        diary(),
        vec![Commitment::DailyLimit {
            child: ChildId::new("ines"),
            minutes: 0,
        }],
    );
    diary
        .remove_child(&ChildId::new("ines"), EntriesOfRemovedChild::Remove, 20)
        .unwrap();
    let check = &compare_weeks(&diary, &Scope::Family, pair()).commitments[0];
    assert_eq!(
        check.outcome,
        CommitmentOutcome::NotMeasurable(NotMeasurable::ChildRemoved)
    );
    assert_eq!(
        check.label(Language::Fr),
        "Un enfant retiré\u{a0}: 0\u{a0}min par jour au plus"
    );
}

#[test]
fn default_weeks_are_the_first_logged_and_the_last_complete() {
    let diary = diary();
    let today = crate::diary::tests::date("2025-04-02");
    assert_eq!(last_complete_week(today), w(13));
    assert_eq!(
        last_week_and_this_week(today),
        WeekPair { a: w(13), b: w(14) }
    );
    assert_eq!(default_weeks(&diary, &Scope::Family, today), Some(pair()));
    assert_eq!(first_and_last_weeks(&diary, &hugo(), today), Some(pair()));
    let early = crate::diary::tests::date("2025-03-12");
    assert_eq!(
        default_weeks(&diary, &Scope::Family, early),
        None,
        "W10 is not before W10"
    );
    assert_eq!(
        default_weeks(&diary, &Scope::Child(ChildId::new("zoe")), today),
        None
    );
    assert_eq!(first_week_logged(&Diary::new(), &Scope::Family), None);
    let sunday = crate::diary::tests::date("2025-03-30");
    assert_eq!(
        last_complete_week(sunday),
        w(12),
        "a Sunday's week is not over yet"
    );
}

#[test]
fn the_table_lists_every_figure_side_by_side() {
    let comparison = compare_weeks(&diary(), &Scope::Family, pair());
    let table = comparison_table(&comparison, Language::Fr);
    assert_eq!(
        table.columns,
        [
            "Mesure",
            "Semaine A (3 – 9 mars 2025)",
            "Semaine B (24 – 30 mars 2025)",
            "Écart",
            "Écart en\u{202f}%"
        ]
    );
    let row = |heading: &str| -> Vec<String> {
        table
            .rows
            .iter()
            .find(|r| r.heading == heading)
            .unwrap_or_else(|| panic!("{heading}"))
            .cells
            .iter()
            .map(|c| c.text.clone())
            .collect()
    };
    assert_eq!(
        row("Moyenne par jour renseigné"),
        [
            "1\u{a0}h\u{a0}11",
            "45\u{a0}min",
            "↓ 26\u{a0}min",
            "↓ 37\u{202f}%"
        ]
    );
    assert_eq!(row("Jours renseignés"), ["4", "4", "=", "="]);
    assert_eq!(
        row("Tablette"),
        ["0\u{a0}min", "1\u{a0}h\u{a0}30", "↑ 1\u{a0}h\u{a0}30", "—"]
    );
    assert_eq!(
        row("Pas d’écran pendant les repas (jours tenus)"),
        ["2", "3", "↑ 1", "↑ 50\u{202f}%"]
    );
    assert!(
        table.rows.iter().all(|r| r.heading != "Autre"),
        "screens used in neither week are left out"
    );
    assert_eq!(
        table.caption,
        "La famille\u{a0}: semaine du 3 mars et semaine du 24 mars"
    );
}

#[test]
fn the_rows_are_described_once_and_the_table_follows_them() {
    let comparison = compare_weeks(&diary(), &Scope::Family, pair());
    let groups = comparison_rows(&comparison);
    let order: Vec<FigureGroup> = groups.iter().map(|group| group.group).collect();
    assert_eq!(
        order,
        [
            FigureGroup::Main,
            FigureGroup::ByScreen,
            FigureGroup::ByActivity,
            FigureGroup::ByMoment,
            FigureGroup::StepsKept,
        ]
    );
    let main: Vec<ComparisonFigure> = groups[0].rows.iter().map(|row| row.figure).collect();
    assert_eq!(
        main,
        [
            ComparisonFigure::DailyAverage,
            ComparisonFigure::Total,
            ComparisonFigure::DaysFilledIn,
            ComparisonFigure::DaysOverLimit,
        ]
    );
    let rows: Vec<ComparisonRow> = groups.into_iter().flat_map(|group| group.rows).collect();
    let screens = lines_with_time(&comparison.by_screen).count();
    let activities = lines_with_time(&comparison.by_activity).count();
    let moments = lines_with_time(&comparison.by_moment).count();
    assert!(screens > 0 && activities > 0 && moments > 0);
    assert_eq!(
        rows.len(),
        4 + screens + activities + moments + Step::ALL.len()
    );
    assert_eq!(rows[1].difference, Some(comparison.total));
    assert!(ComparisonFigure::StepKept(Step::Meal).counts_days());
    assert!(!ComparisonFigure::Total.counts_days());

    let table = comparison_table(&comparison, Language::En);
    let headings: Vec<&str> = table.rows.iter().map(|row| row.heading.as_str()).collect();
    assert_eq!(headings.len(), rows.len());
    assert_eq!(
        headings[..4],
        [
            "Average per day filled in",
            "Week\u{2019}s total",
            "Days filled in",
            "Days above the limit"
        ]
    );
    assert!(headings[headings.len() - 1].ends_with("(days kept)"));
}
