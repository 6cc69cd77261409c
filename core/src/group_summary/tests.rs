//! The group picture: a share computed from the demo family, its code out and back, every way a
//! code is refused, the tally (each token once, the three-family threshold, averages over
//! families with missing days), the saved bilan, the sentences and the chart.

use chrono::NaiveDate;

use super::*;
use crate::calendar::{week_of, IsoWeek};
use crate::comparison::{compare_weeks, WeekPair};
use crate::demo_family::demo_family;
use crate::diary::{Moment, Scope};
use crate::language::Language;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

fn demo_weeks() -> WeekPair {
    let this = week_of(today());
    WeekPair {
        a: this.previous().previous().previous(),
        b: this.previous(),
    }
}

fn demo_share(token: u8) -> FamilyShare {
    share_of_comparison(
        &demo_family(today()),
        demo_weeks(),
        today(),
        ShareToken([token, 2, 3, 4, 5]),
        true,
    )
    .unwrap()
}

fn week(year: i32, number: u32) -> IsoWeek {
    IsoWeek::new(year, number).unwrap()
}

/// A week of `days` days filled in with `total` minutes, all in the evening, each « pas » kept
/// `kept` days.
fn plain_week(number: u32, days: u8, total: u32, kept: u8) -> WeekShare {
    let mut by_moment = [0; Moment::ALL.len()];
    by_moment[Moment::Evening as usize] = total;
    WeekShare {
        week: week(2026, number),
        days_filled_in: days,
        daily_average: if days == 0 {
            0
        } else {
            ((total + u32::from(days) / 2) / u32::from(days)) as u16
        },
        by_moment,
        steps_kept: [kept; 4],
    }
}

fn family(token: u8, a: WeekShare, b: WeekShare) -> FamilyShare {
    FamilyShare {
        token: ShareToken([token; 5]),
        children: 2,
        age_bands: [0, 0, 0, 1, 1, 0, 0],
        a,
        b,
        commitments: Vec::new(),
    }
}

#[test]
fn the_demo_familys_share_holds_its_comparison_and_nothing_else() {
    let diary = demo_family(today());
    let share = demo_share(1);
    let comparison = compare_weeks(&diary, &Scope::Family, demo_weeks());
    assert_eq!(share.children, 3);
    // Léa is 13, Hugo 8 and Inès 4.
    assert_eq!(share.age_bands, [0, 0, 0, 1, 1, 1, 0]);
    assert_eq!(share.a.week, demo_weeks().a);
    assert_eq!(share.b.week, demo_weeks().b);
    assert_eq!(
        u32::from(share.a.days_filled_in),
        comparison.a.days_filled_in()
    );
    assert_eq!(
        Some(u32::from(share.b.daily_average)),
        comparison.b.daily_average.minutes
    );
    assert_eq!(share.a.total_minutes(), comparison.a.totals.minutes);
    for (index, (step, d)) in comparison.steps_kept.iter().enumerate() {
        assert_eq!(u32::from(share.a.steps_kept[index]), d.a, "{step:?}");
        assert_eq!(u32::from(share.b.steps_kept[index]), d.b, "{step:?}");
    }
    assert!(
        share.a.daily_average > share.b.daily_average,
        "the demo gets lighter"
    );
    let without = share_of_comparison(&diary, demo_weeks(), today(), share.token, false).unwrap();
    assert!(without.commitments.is_empty());
    assert_eq!(
        FamilyShare {
            commitments: Vec::new(),
            ..share
        },
        without
    );
}

#[test]
fn a_diary_without_children_or_entries_has_nothing_to_share() {
    let empty = crate::diary::Diary::new();
    assert_eq!(
        share_of_comparison(&empty, demo_weeks(), today(), ShareToken([0; 5]), false),
        Err(ShareError::NoChild)
    );
    let far = WeekPair {
        a: week(2020, 1),
        b: week(2020, 2),
    };
    assert_eq!(
        share_of_comparison(
            &demo_family(today()),
            far,
            today(),
            ShareToken([0; 5]),
            false
        ),
        Err(ShareError::NothingFilledIn)
    );
}

#[test]
fn a_code_goes_out_and_back_in_every_written_form() {
    let share = demo_share(7);
    let code = encode_share(&share);
    assert_eq!(code.len(), 6 + 1 + 88);
    assert!(code.starts_with("ECRANS1"));
    assert_eq!(share_qr_text(&share), code);
    assert_eq!(decode_share(&code), Ok(share.clone()));
    let typed = format_share_code(&share);
    assert!(typed.starts_with("ECRANS1-"));
    assert_eq!(typed.split('-').count(), 1 + 88usize.div_ceil(5));
    assert_eq!(decode_share(&typed), Ok(share.clone()));
    // As a person may type it: lower case, spaces, O for 0, I or L for 1.
    let sloppy = typed
        .to_lowercase()
        .replace('-', " ")
        .replace('0', "o")
        .replace('1', "l");
    assert_eq!(decode_share(&sloppy), Ok(share.clone()));
    let mut with_commitments = share.clone();
    with_commitments.commitments = vec![
        CommitmentShare {
            kind: CommitmentKind::Step(crate::four_steps::Step::Bedroom),
            outcome: SharedOutcome::PartlyKept,
        },
        CommitmentShare {
            kind: CommitmentKind::DailyLimit,
            outcome: SharedOutcome::NotKept,
        },
        CommitmentShare {
            kind: CommitmentKind::OwnWords,
            outcome: SharedOutcome::NotMeasurable,
        },
    ];
    assert_eq!(
        decode_share(&encode_share(&with_commitments)),
        Ok(with_commitments)
    );
}

#[test]
fn the_code_fits_a_small_qr_code() {
    let svg = crate::deck::render_qr_svg(&share_qr_text(&demo_share(1)));
    // 95 alphanumeric characters at level M fit in version 5 (37 modules) plus the quiet zones.
    assert!(svg.contains(r#"viewBox="0 0 45 45""#), "{}", &svg[..120]);
}

#[test]
fn every_single_character_changed_is_caught() {
    let code = encode_share(&demo_share(3));
    let digits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    for position in 7..code.len() {
        for digit in digits.chars() {
            if code[position..].starts_with(digit) {
                continue;
            }
            let mut changed = code.clone();
            changed.replace_range(position..position + 1, &digit.to_string());
            assert_eq!(
                decode_share(&changed),
                Err(ShareCodeError::Checksum),
                "{position} → {digit}"
            );
        }
    }
}

#[test]
fn codes_that_are_not_ours_or_not_whole_are_refused_with_their_reason() {
    let code = encode_share(&demo_share(4));
    assert_eq!(decode_share(""), Err(ShareCodeError::Empty));
    assert_eq!(decode_share(" - "), Err(ShareCodeError::Empty));
    assert_eq!(
        decode_share("https://ecrans.example.org"),
        Err(ShareCodeError::OtherApp)
    );
    assert_eq!(decode_share("ECR"), Err(ShareCodeError::Truncated));
    assert_eq!(decode_share("ECRANS0ABC"), Err(ShareCodeError::OtherApp));
    assert_eq!(
        decode_share(&code.replacen("ECRANS1", "ECRANS2", 1)),
        Err(ShareCodeError::FutureVersion { version: 2 })
    );
    assert_eq!(
        decode_share(&code[..code.len() - 1]),
        Err(ShareCodeError::Truncated)
    );
    assert_eq!(
        decode_share(&format!("{code}0")),
        Err(ShareCodeError::TooLong)
    );
    assert_eq!(
        decode_share(&format!("{}U{}", &code[..20], &code[21..])),
        Err(ShareCodeError::NotACode)
    );
    assert_eq!(
        decode_share(&format!("{}é{}", &code[..20], &code[21..])),
        Err(ShareCodeError::NotACode)
    );
    assert_eq!(
        decode_share(&"A".repeat(10_000)),
        Err(ShareCodeError::TooLong)
    );
    for error in [
        ShareCodeError::Empty,
        ShareCodeError::OtherApp,
        ShareCodeError::FutureVersion { version: 9 },
        ShareCodeError::NotACode,
        ShareCodeError::Truncated,
        ShareCodeError::TooLong,
        ShareCodeError::Checksum,
        ShareCodeError::Absurd(AbsurdFigure::MoreThanADay),
    ] {
        for language in Language::ALL {
            assert!(error.message(language).ends_with('.'), "{error:?}");
        }
    }
}

#[test]
fn well_formed_codes_with_impossible_figures_are_refused() {
    let good = family(1, plain_week(10, 5, 500, 2), plain_week(12, 5, 300, 3));
    let check = |change: &dyn Fn(&mut FamilyShare), expected: AbsurdFigure| {
        let mut share = good.clone();
        change(&mut share);
        assert_eq!(
            decode_share(&encode_share(&share)),
            Err(ShareCodeError::Absurd(expected)),
            "{share:?}"
        );
    };
    assert_eq!(decode_share(&encode_share(&good)), Ok(good.clone()));
    check(&|s| s.children = 0, AbsurdFigure::Children);
    check(
        &|s| s.age_bands = [1, 1, 1, 0, 0, 0, 0],
        AbsurdFigure::AgeBands,
    );
    // 25 hours a day for each of two children.
    check(
        &|s| s.b = plain_week(12, 1, 25 * 60 * 2, 0),
        AbsurdFigure::MoreThanADay,
    );
    // A negative figure written by another program reads as every bit set.
    check(
        &|s| s.a.by_moment[0] = (1 << 19) - 1,
        AbsurdFigure::MoreThanADay,
    );
    check(
        &|s| s.a.daily_average += 1,
        AbsurdFigure::AverageDoesNotMatch,
    );
    check(&|s| s.a.steps_kept[2] = 6, AbsurdFigure::StepsOverDays);
    check(
        &|s| {
            s.a.days_filled_in = 0;
            s.a.daily_average = 0;
        },
        AbsurdFigure::FiguresWithoutDays,
    );
}

#[test]
fn the_tally_counts_each_token_once_and_shows_nothing_under_three_families() {
    let mut tally = GroupTally::new();
    let first = demo_share(1);
    assert_eq!(
        tally.add(first.clone()),
        TallyOutcome::Counted { families: 1 }
    );
    assert_eq!(
        tally.add(first.clone()),
        TallyOutcome::AlreadyCounted { families: 1 }
    );
    assert_eq!(tally.bilan(), Err(NotEnoughFamilies { missing: 2 }));
    assert_eq!(
        families_missing_sentence(tally.missing(), Language::Fr),
        "Encore 2 familles pour afficher le bilan."
    );
    assert_eq!(
        tally.add(demo_share(2)),
        TallyOutcome::Counted { families: 2 }
    );
    assert_eq!(
        families_missing_sentence(tally.missing(), Language::Fr),
        "Encore 1 famille pour afficher le bilan."
    );
    assert_eq!(
        families_missing_sentence(tally.missing(), Language::En),
        "1 more family to show the summary."
    );
    // The same family's code read 200 times in a row is still one family.
    for _ in 0..200 {
        assert_eq!(
            tally.add(demo_share(2)),
            TallyOutcome::AlreadyCounted { families: 2 }
        );
    }
    assert!(tally.bilan().is_err());
    assert_eq!(
        tally.add(demo_share(3)),
        TallyOutcome::Counted { families: 3 }
    );
    let bilan = tally.bilan().unwrap();
    assert_eq!(bilan.families, 3);
    assert_eq!(bilan.children, 9);
    assert_eq!(bilan.age_bands, [0, 0, 0, 3, 3, 3, 0]);
    // Three identical families: the group's figures are the family's own.
    let a = bilan.a.figures.unwrap();
    assert_eq!(a.daily_average, u32::from(first.a.daily_average));
    // The demo family has no commitments.
    assert_eq!(bilan.commitments, None);
}

#[test]
fn the_tally_stops_at_its_largest_group() {
    let mut tally = GroupTally::new();
    for n in 0..MAX_FAMILIES {
        let mut share = family(0, plain_week(10, 5, 500, 2), plain_week(12, 5, 300, 3));
        share.token = ShareToken([(n >> 8) as u8, n as u8, 0, 0, 0]);
        assert_eq!(tally.add(share), TallyOutcome::Counted { families: n + 1 });
    }
    let one_more = family(9, plain_week(10, 5, 500, 2), plain_week(12, 5, 300, 3));
    assert_eq!(tally.add(one_more), TallyOutcome::Full);
    assert_eq!(tally.families(), MAX_FAMILIES);
    assert_eq!(
        tally_message(TallyOutcome::Full, Language::Fr),
        "Le bilan compte déjà le plus de familles possible\u{a0}: ce code n’a pas été compté."
    );
}

#[test]
fn averages_are_over_the_families_who_filled_in_the_week_each_over_its_days() {
    let mut tally = GroupTally::new();
    // Week A: 100, 50 and 200 minutes a day over 7, 2 and 5 days; week B: the third family
    // filled in no day, so week B has two families only and no figures.
    tally.add(family(
        1,
        plain_week(10, 7, 700, 7),
        plain_week(12, 7, 350, 7),
    ));
    tally.add(family(
        2,
        plain_week(10, 2, 100, 1),
        plain_week(12, 4, 100, 4),
    ));
    tally.add(family(
        3,
        plain_week(10, 5, 1000, 0),
        plain_week(12, 0, 0, 0),
    ));
    let bilan = tally.bilan().unwrap();
    assert_eq!(bilan.a.families_filled_in, 3);
    assert_eq!(bilan.a.days_filled_in, 14);
    let a = bilan.a.figures.unwrap();
    // (100 + 50 + 200) / 3 = 116.7.
    assert_eq!(a.daily_average, 117);
    assert_eq!(a.by_moment[Moment::Evening as usize], 117);
    assert_eq!(a.by_moment[Moment::Morning as usize], 0);
    // Each « pas » kept 7 + 1 + 0 days of 14.
    assert_eq!(a.steps_kept_percent, [57; 4]);
    assert_eq!(bilan.b.families_filled_in, 2);
    assert_eq!(bilan.b.figures, None);
    assert_eq!(bilan.first_week, week(2026, 10));
    assert_eq!(bilan.last_week, week(2026, 12));
    assert_eq!(
        bilan_headline(&bilan, Language::Fr),
        "3 familles, 6\u{a0}enfants. Trop peu de familles ont rempli leur semaine B (après) pour la montrer (2 sur 3)."
    );
    assert!(bilan_step_sentences(&bilan, Language::Fr).is_empty());
    assert_eq!(bilan_moment_sentence(&bilan, Language::Fr), None);
    assert_eq!(bilan_moments_chart(&bilan, Language::Fr), None);
    // A fourth family fills in week B: it now has figures.
    tally.add(family(
        4,
        plain_week(10, 7, 70, 7),
        plain_week(12, 1, 10, 1),
    ));
    let bilan = tally.bilan().unwrap();
    let b = bilan.b.figures.unwrap();
    // (50 + 25 + 10) / 3 = 28.3.
    assert_eq!(b.daily_average, 28);
    let a = bilan.a.figures.unwrap();
    // (100 + 50 + 200 + 10) / 4 = 90.
    assert_eq!(a.daily_average, 90);
}

fn sample_bilan() -> GroupBilan {
    let mut tally = GroupTally::new();
    tally.add(family(
        1,
        plain_week(10, 7, 840, 2),
        plain_week(12, 7, 420, 5),
    ));
    tally.add(family(
        2,
        plain_week(10, 5, 600, 1),
        plain_week(12, 5, 300, 4),
    ));
    tally.add(family(
        3,
        plain_week(10, 6, 720, 0),
        plain_week(12, 6, 360, 3),
    ));
    tally.bilan().unwrap()
}

#[test]
fn the_bilan_says_what_changed_in_plain_words() {
    let bilan = sample_bilan();
    assert_eq!(
        bilan_headline(&bilan, Language::Fr),
        "3 familles, 6\u{a0}enfants. Avant\u{a0}: en moyenne 2\u{a0}h d’écrans par jour et par famille\u{202f}; après\u{a0}: 1\u{a0}h, soit 1\u{a0}h de moins (50\u{202f}% de moins)."
    );
    assert_eq!(
        bilan_headline(&bilan, Language::En),
        "3 families, 6 children. Before: on average 2\u{a0}h of screens a day per family; after: 1\u{a0}h, 1\u{a0}h less (50% less)."
    );
    assert_eq!(
        bilan_moment_sentence(&bilan, Language::Fr).unwrap(),
        "Le plus grand recul\u{a0}: soirée, 1\u{a0}h de moins par jour (2\u{a0}h puis 1\u{a0}h)."
    );
    let steps = bilan_step_sentences(&bilan, Language::Fr);
    assert_eq!(steps.len(), 4);
    // Kept 3 of 18 days, then 12 of 18.
    assert_eq!(
        steps[0],
        "Pas d’écran le matin\u{a0}: tenu 17\u{202f}% des jours renseignés avant, 67\u{202f}% après."
    );
    assert_eq!(
        bilan_step_sentences(&bilan, Language::En)[2],
        "No screens before sleep: kept on 17% of the days filled in before, 67% after."
    );
    assert_eq!(bilan.commitments, None);
    assert_eq!(bilan_commitments_sentence(&bilan, Language::Fr), None);
    assert_eq!(
        tally_message(TallyOutcome::Counted { families: 4 }, Language::Fr),
        "Famille comptée\u{a0}: 4 familles en tout."
    );
    assert_eq!(
        tally_message(TallyOutcome::AlreadyCounted { families: 1 }, Language::En),
        "This family is already counted: it is not counted twice (1 family in all)."
    );
}

#[test]
fn the_family_reads_everything_its_code_holds_and_no_name() {
    let share = FamilyShare {
        commitments: vec![
            CommitmentShare {
                kind: CommitmentKind::Step(crate::four_steps::Step::Meal),
                outcome: SharedOutcome::Kept,
            },
            CommitmentShare {
                kind: CommitmentKind::OwnWords,
                outcome: SharedOutcome::NotMeasurable,
            },
        ],
        ..demo_share(1)
    };
    let lines = share_in_words(&share, Language::Fr);
    assert_eq!(
        lines[0],
        "Nombre d’enfants\u{a0}: 3 (1 de 3 à 5\u{a0}ans, 1 de 6 à 11\u{a0}ans, 1 de 12 à 14\u{a0}ans), sans prénom ni date de naissance."
    );
    let week_a = &lines[1];
    assert!(
        week_a.starts_with(&format!(
            "Semaine A (semaine {} de 2026)\u{a0}: ",
            demo_weeks().a.week()
        )),
        "{week_a}"
    );
    assert!(lines[2].starts_with("Minutes de la semaine A par moment\u{a0}: matin avant l’école "));
    assert!(lines[3].starts_with("Jours où chacun des 4 pas a été tenu, semaine A\u{a0}: "));
    assert!(lines.contains(
        &"Engagements (semaine B)\u{a0}: pas d’écran pendant les repas\u{a0}: tenu\u{202f}; un engagement à vous (sans ses mots)\u{a0}: impossible à mesurer."
            .to_owned()
    ));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("Un numéro tiré au hasard (")));
    let all = lines.join("\n") + &share_in_words(&share, Language::En).join("\n");
    for name in ["Léa", "Hugo", "Inès"] {
        assert!(!all.contains(name), "{name} in {all}");
    }
    let without = FamilyShare {
        commitments: Vec::new(),
        ..share
    };
    assert!(share_in_words(&without, Language::En).contains(&"Commitments: not shared.".to_owned()));
}

#[test]
fn a_saved_bilan_goes_out_and_back_with_the_aggregate_only() {
    let bilan = sample_bilan();
    let saved_on = today();
    let text = encode_saved_bilan(&bilan, saved_on);
    assert_eq!(
        decode_saved_bilan(&text),
        Ok(SavedBilan { saved_on, bilan })
    );
    assert!(!text.contains("token"));
    assert!(text.starts_with(r#"{"app":"ecrans-en-famille","kind":"group_bilan","version":1,"#));
    let with_commitments = {
        let mut tally = GroupTally::new();
        for n in 1..=3 {
            tally.add(demo_share(n));
        }
        tally.bilan().unwrap()
    };
    let text = encode_saved_bilan(&with_commitments, saved_on);
    assert_eq!(
        decode_saved_bilan(&text).map(|saved| saved.bilan),
        Ok(with_commitments)
    );
}

#[test]
fn the_chart_draws_both_weeks_at_each_moment_with_their_durations() {
    let bilan = sample_bilan();
    let chart = bilan_moments_chart(&bilan, Language::Fr).unwrap().unwrap();
    assert!(chart.svg.starts_with("<svg viewBox=\"0 0 640 "));
    assert!(chart
        .svg
        .contains("<title>Bilan du groupe\u{a0}: temps d’écran par jour, avant et après</title>"));
    assert!(chart
        .svg
        .contains(&bilan_headline(&bilan, Language::Fr).replace('\'', "&apos;")));
    assert!(!chart.svg.contains("style="));
    assert!(chart.svg.contains(">\nSoirée\n<"));
    assert!(chart.svg.contains(">\n2\u{a0}h\n<") && chart.svg.contains(">\n1\u{a0}h\n<"));
    assert_eq!(chart.table.rows.len(), 3 + 7 + 4);
    assert_eq!(chart.table.rows[3].heading, "En tout (moyenne par jour)");
    assert_eq!(chart.table.rows[3].cells[2].text, "↓ 1\u{a0}h");
    let english = bilan_moments_chart(&bilan, Language::En).unwrap().unwrap();
    assert!(english.svg.contains(">\nEvening\n<"));
}

#[test]
fn commitments_are_added_up_only_from_three_families_sharing_them() {
    let kept = |kind| CommitmentShare {
        kind,
        outcome: SharedOutcome::Kept,
    };
    let mut tally = GroupTally::new();
    for token in 1..=3 {
        let mut share = family(token, plain_week(10, 5, 500, 2), plain_week(12, 5, 300, 3));
        if token < 3 {
            share.commitments = vec![
                kept(CommitmentKind::DailyLimit),
                CommitmentShare {
                    kind: CommitmentKind::OwnWords,
                    outcome: SharedOutcome::NotMeasurable,
                },
            ];
        }
        tally.add(share);
    }
    assert_eq!(tally.bilan().unwrap().commitments, None);
    let mut fourth = family(4, plain_week(10, 5, 500, 2), plain_week(12, 5, 300, 3));
    fourth.commitments = vec![CommitmentShare {
        kind: CommitmentKind::Step(crate::four_steps::Step::Morning),
        outcome: SharedOutcome::PartlyKept,
    }];
    tally.add(fourth);
    let bilan = tally.bilan().unwrap();
    assert_eq!(
        bilan.commitments,
        Some(CommitmentTally {
            families: 3,
            kept: 2,
            partly_kept: 1,
            not_kept: 0,
            not_measurable: 2,
        })
    );
    assert_eq!(
        bilan_commitments_sentence(&bilan, Language::Fr).unwrap(),
        "Engagements\u{a0}: 5 partagés par 3 familles\u{202f}; 2 tenus, 1 tenus en partie, 0 pas tenus, 2 impossibles à mesurer avec le journal."
    );
    let saved = encode_saved_bilan(&bilan, today());
    assert_eq!(decode_saved_bilan(&saved).unwrap().bilan, bilan);
}
