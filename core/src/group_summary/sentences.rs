//! The group picture in plain words, in French and English: what a family's code holds (shown to
//! the family before the code), what happened to a code read, and the bilan's sentences for the
//! room.

use crate::comparison::{Difference, Direction, Goal};
use crate::diary::Moment;
use crate::duration_text::{
    format_days_filled_in, format_duration, format_duration_in_words, format_percent, lower_first,
};
use crate::four_steps::Step;
use crate::guidelines::AgeBand;
use crate::language::Language;
use crate::statistics::WEEK_DAYS;
use crate::typography::typeset;

use super::bilan::GroupBilan;
use super::share::{CommitmentKind, FamilyShare, SharedOutcome, WeekShare};
use super::tally::TallyOutcome;

/// « Encore 2 familles pour afficher le bilan. »
pub fn families_missing_sentence(missing: usize, language: Language) -> String {
    typeset(
        &families_missing_sentence_written(missing, language),
        language,
    )
}

/// [`families_missing_sentence`] as written, before typography.
fn families_missing_sentence_written(missing: usize, language: Language) -> String {
    match (language, missing) {
        (Language::Fr, 1) => "Encore 1 famille pour afficher le bilan.".to_owned(),
        (Language::Fr, n) => format!("Encore {n} familles pour afficher le bilan."),
        (Language::En, 1) => "1 more family to show the summary.".to_owned(),
        (Language::En, n) => format!("{n} more families to show the summary."),
    }
}

fn families(count: usize, language: Language) -> String {
    match (language, count) {
        (Language::Fr, 0 | 1) => format!("{count} famille"),
        (Language::Fr, _) => format!("{count} familles"),
        (Language::En, 1) => "1 family".to_owned(),
        (Language::En, _) => format!("{count} families"),
    }
}

fn children(count: u32, language: Language) -> String {
    match (language, count) {
        (Language::Fr, 0 | 1) => format!("{count} enfant"),
        (Language::Fr, _) => format!("{count} enfants"),
        (Language::En, 1) => "1 child".to_owned(),
        (Language::En, _) => format!("{count} children"),
    }
}

/// What happened to a code read: « Famille comptée : 4 familles en tout. »
pub fn tally_message(outcome: TallyOutcome, language: Language) -> String {
    typeset(&tally_message_written(outcome, language), language)
}

/// [`tally_message`] as written, before typography.
fn tally_message_written(outcome: TallyOutcome, language: Language) -> String {
    match (outcome, language) {
        (TallyOutcome::Counted { families: n }, Language::Fr) => {
            format!("Famille comptée : {} en tout.", families(n, language))
        }
        (TallyOutcome::Counted { families: n }, Language::En) => {
            format!("Family counted: {} in all.", families(n, language))
        }
        (TallyOutcome::AlreadyCounted { families: n }, Language::Fr) => format!(
            "Cette famille est déjà comptée : elle ne l'est pas deux fois ({} en tout).",
            families(n, language)
        ),
        (TallyOutcome::AlreadyCounted { families: n }, Language::En) => format!(
            "This family is already counted: it is not counted twice ({} in all).",
            families(n, language)
        ),
        (TallyOutcome::Full, Language::Fr) => {
            "Le bilan compte déjà le plus de familles possible : ce code n'a pas été compté."
                .to_owned()
        }
        (TallyOutcome::Full, Language::En) => {
            "The summary already counts as many families as it can: this code was not counted."
                .to_owned()
        }
    }
}

/// The bilan in one sentence: « 5 familles, 9 enfants. Avant : en moyenne 2 h 10 d'écrans par
/// jour et par famille ; après : 1 h 35, soit 35 minutes de moins (27 % de moins). »
pub fn bilan_headline(bilan: &GroupBilan, language: Language) -> String {
    typeset(&bilan_headline_written(bilan, language), language)
}

/// [`bilan_headline`] as written, before typography.
fn bilan_headline_written(bilan: &GroupBilan, language: Language) -> String {
    let fr = language == Language::Fr;
    let who = format!(
        "{}, {}",
        families(bilan.families as usize, language),
        children(bilan.children, language)
    );
    let (Some(a), Some(b)) = (bilan.a.figures, bilan.b.figures) else {
        let (week, filled) = if bilan.a.figures.is_none() {
            (
                if fr { "A (avant)" } else { "A (before)" },
                bilan.a.families_filled_in,
            )
        } else {
            (
                if fr { "B (après)" } else { "B (after)" },
                bilan.b.families_filled_in,
            )
        };
        return if fr {
            format!(
                "{who}. Trop peu de familles ont rempli leur semaine {week} pour la montrer ({filled} sur {}).",
                bilan.families
            )
        } else {
            format!(
                "{who}. Too few families filled in their week {week} to show it ({filled} of {}).",
                bilan.families
            )
        };
    };
    let d = Difference::between(a.daily_average, b.daily_average, Goal::Less);
    let (before, after) = (
        format_duration(d.a, language),
        format_duration(d.b, language),
    );
    let amount = format_duration_in_words(d.change.unsigned_abs() as u32, language);
    let percent = d.percent.map(|p| format_percent(p.abs(), language));
    match (d.direction, percent, fr) {
        (Direction::Same, _, true) => format!(
            "{who}. En moyenne {before} d'écrans par jour et par famille, avant comme après."
        ),
        (Direction::Same, _, false) => format!(
            "{who}. On average {before} of screens a day per family, before and after alike."
        ),
        (direction, percent, true) => {
            let word = if direction == Direction::Less {
                "moins"
            } else {
                "plus"
            };
            let percent = percent.map_or(String::new(), |p| format!(" ({p} de {word})"));
            format!(
                "{who}. Avant : en moyenne {before} d'écrans par jour et par famille ; après : {after}, soit {amount} de {word}{percent}."
            )
        }
        (direction, percent, false) => {
            let word = if direction == Direction::Less {
                "less"
            } else {
                "more"
            };
            let percent = percent.map_or(String::new(), |p| format!(" ({p} {word})"));
            format!(
                "{who}. Before: on average {before} of screens a day per family; after: {after}, {amount} {word}{percent}."
            )
        }
    }
}

/// The moment that changed most, in one sentence; `None` without both weeks' figures.
pub fn bilan_moment_sentence(bilan: &GroupBilan, language: Language) -> Option<String> {
    bilan_moment_sentence_written(bilan, language).map(|text| typeset(&text, language))
}

/// [`bilan_moment_sentence`] as written, before typography.
fn bilan_moment_sentence_written(bilan: &GroupBilan, language: Language) -> Option<String> {
    let (a, b) = (bilan.a.figures?, bilan.b.figures?);
    let changes: Vec<(Moment, Difference)> = Moment::ALL
        .into_iter()
        .enumerate()
        .map(|(i, moment)| {
            (
                moment,
                Difference::between(a.by_moment[i], b.by_moment[i], Goal::Less),
            )
        })
        .collect();
    let largest_drop = changes
        .iter()
        .filter(|(_, d)| d.direction == Direction::Less)
        .max_by_key(|(_, d)| d.change.unsigned_abs());
    let largest_rise = changes
        .iter()
        .filter(|(_, d)| d.direction == Direction::More)
        .max_by_key(|(_, d)| d.change);
    let fr = language == Language::Fr;
    let Some((moment, d)) = largest_drop.or(largest_rise) else {
        return Some(if fr {
            "Moment par moment, rien n'a changé.".to_owned()
        } else {
            "Moment by moment, nothing changed.".to_owned()
        });
    };
    let label = moment.label(language);
    let amount = format_duration_in_words(d.change.unsigned_abs() as u32, language);
    let (before, after) = (
        format_duration(d.a, language),
        format_duration(d.b, language),
    );
    Some(match (d.direction, fr) {
        (Direction::Less, true) => format!(
            "Le plus grand recul : {}, {amount} de moins par jour ({before} puis {after}).",
            lower_first(label)
        ),
        (Direction::Less, false) => format!(
            "The largest drop: {}, {amount} less a day ({before} then {after}).",
            lower_first(label)
        ),
        (_, true) => format!(
            "Aucun moment n'a baissé ; le plus en hausse : {}, {amount} de plus par jour ({before} puis {after}).",
            lower_first(label)
        ),
        (_, false) => format!(
            "No moment went down; the largest rise: {}, {amount} more a day ({before} then {after}).",
            lower_first(label)
        ),
    })
}

/// A sentence per « pas »: « Pas d'écran pendant les repas : tenu 40 % des jours renseignés
/// avant, 75 % après. »; none without both weeks' figures.
pub fn bilan_step_sentences(bilan: &GroupBilan, language: Language) -> Vec<String> {
    bilan_step_sentences_written(bilan, language)
        .iter()
        .map(|text| typeset(text, language))
        .collect()
}

/// [`bilan_step_sentences`] as written, before typography.
fn bilan_step_sentences_written(bilan: &GroupBilan, language: Language) -> Vec<String> {
    let (Some(a), Some(b)) = (bilan.a.figures, bilan.b.figures) else {
        return Vec::new();
    };
    Step::ALL
        .into_iter()
        .enumerate()
        .map(|(i, step)| {
            let (before, after) = (
                format_percent(a.steps_kept_percent[i].into(), language),
                format_percent(b.steps_kept_percent[i].into(), language),
            );
            match language {
                Language::Fr => format!(
                    "{} : tenu {before} des jours renseignés avant, {after} après.",
                    step.label(language)
                ),
                Language::En => format!(
                    "{}: kept on {before} of the days filled in before, {after} after.",
                    step.label(language)
                ),
            }
        })
        .collect()
}

/// The commitments shared, in one sentence; `None` when too few families shared theirs.
pub fn bilan_commitments_sentence(bilan: &GroupBilan, language: Language) -> Option<String> {
    bilan_commitments_sentence_written(bilan, language).map(|text| typeset(&text, language))
}

/// [`bilan_commitments_sentence`] as written, before typography.
fn bilan_commitments_sentence_written(bilan: &GroupBilan, language: Language) -> Option<String> {
    let c = bilan.commitments?;
    Some(match language {
        Language::Fr => format!(
            "Engagements : {} partagés par {} ; {} tenus, {} tenus en partie, {} pas tenus, {} impossibles à mesurer avec le journal.",
            c.total(),
            families(c.families as usize, language),
            c.kept,
            c.partly_kept,
            c.not_kept,
            c.not_measurable
        ),
        Language::En => format!(
            "Commitments: {} shared by {}; {} kept, {} partly kept, {} not kept, {} that the diary cannot measure.",
            c.total(),
            families(c.families as usize, language),
            c.kept,
            c.partly_kept,
            c.not_kept,
            c.not_measurable
        ),
    })
}

fn day_count(days: u32, language: Language) -> String {
    match (language, days) {
        (Language::Fr, 0 | 1) => format!("{days} jour"),
        (Language::Fr, _) => format!("{days} jours"),
        (Language::En, 1) => "1 day".to_owned(),
        (Language::En, _) => format!("{days} days"),
    }
}

fn week_lines(letter: char, week: &WeekShare, language: Language) -> [String; 3] {
    let fr = language == Language::Fr;
    let days = u32::from(week.days_filled_in);
    let heading = if fr {
        format!(
            "Semaine {letter} (semaine {} de {})",
            week.week.week(),
            week.week.year()
        )
    } else {
        format!(
            "Week {letter} (week {} of {})",
            week.week.week(),
            week.week.year()
        )
    };
    let average = format_duration(u32::from(week.daily_average), language);
    let first = match (fr, days) {
        (true, 0) => format!("{heading} : aucun jour renseigné."),
        (false, 0) => format!("{heading}: no day filled in."),
        (true, _) => format!(
            "{heading} : {}, en moyenne {average} d'écrans par jour.",
            format_days_filled_in(days, WEEK_DAYS, language)
        ),
        (false, _) => format!(
            "{heading}: {}, on average {average} of screens a day.",
            format_days_filled_in(days, WEEK_DAYS, language)
        ),
    };
    let moments: Vec<String> = Moment::ALL
        .into_iter()
        .zip(week.by_moment)
        .map(|(moment, minutes)| {
            let label = lower_first(moment.label(language));
            format!("{label} {}", format_duration(minutes, language))
        })
        .collect();
    let steps: Vec<String> = Step::ALL
        .into_iter()
        .zip(week.steps_kept)
        .map(|(step, kept)| {
            let label = lower_first(step.label(language));
            format!("{label} {}", day_count(kept.into(), language))
        })
        .collect();
    if fr {
        [
            first,
            format!(
                "Minutes de la semaine {letter} par moment : {}.",
                moments.join(", ")
            ),
            format!(
                "Jours où chacun des 4 pas a été tenu, semaine {letter} : {}.",
                steps.join(", ")
            ),
        ]
    } else {
        [
            first,
            format!("Week {letter}'s minutes by moment: {}.", moments.join(", ")),
            format!(
                "Days each of the 4 steps was kept, week {letter}: {}.",
                steps.join(", ")
            ),
        ]
    }
}

/// Everything the family's code holds, line by line, before it is shown.
pub fn share_in_words(share: &FamilyShare, language: Language) -> Vec<String> {
    share_in_words_written(share, language)
        .iter()
        .map(|text| typeset(text, language))
        .collect()
}

/// [`share_in_words`] as written, before typography.
fn share_in_words_written(share: &FamilyShare, language: Language) -> Vec<String> {
    let fr = language == Language::Fr;
    let mut bands: Vec<String> = AgeBand::ALL
        .into_iter()
        .zip(share.age_bands)
        .filter(|(_, count)| *count > 0)
        .map(|(band, count)| {
            if fr {
                format!("{count} de {}", band.label(language))
            } else {
                format!("{count} aged {}", band.label(language))
            }
        })
        .collect();
    let in_bands: u8 = share.age_bands.iter().sum();
    let older = share.children.saturating_sub(in_bands);
    if older > 0 {
        bands.push(if fr {
            format!("{older} de 18 ans ou plus")
        } else {
            format!("{older} aged 18 or more")
        });
    }
    let mut lines = vec![if fr {
        format!(
            "Nombre d'enfants : {} ({}), sans prénom ni date de naissance.",
            share.children,
            bands.join(", ")
        )
    } else {
        format!(
            "Number of children: {} ({}), with no name or date of birth.",
            share.children,
            bands.join(", ")
        )
    }];
    lines.extend(week_lines('A', &share.a, language));
    lines.extend(week_lines('B', &share.b, language));
    if share.commitments.is_empty() {
        lines.push(if fr {
            "Engagements : non partagés.".to_owned()
        } else {
            "Commitments: not shared.".to_owned()
        });
    } else {
        let items: Vec<String> = share
            .commitments
            .iter()
            .map(|c| {
                let kind = match (c.kind, fr) {
                    (CommitmentKind::Step(step), _) => lower_first(step.label(language)),
                    (CommitmentKind::DailyLimit, true) => "une limite par jour".to_owned(),
                    (CommitmentKind::DailyLimit, false) => "a daily limit".to_owned(),
                    (CommitmentKind::OwnWords, true) => {
                        "un engagement à vous (sans ses mots)".to_owned()
                    }
                    (CommitmentKind::OwnWords, false) => {
                        "one in your own words (without the words)".to_owned()
                    }
                };
                let outcome = match (c.outcome, fr) {
                    (SharedOutcome::Kept, true) => "tenu",
                    (SharedOutcome::Kept, false) => "kept",
                    (SharedOutcome::PartlyKept, true) => "tenu en partie",
                    (SharedOutcome::PartlyKept, false) => "partly kept",
                    (SharedOutcome::NotKept, true) => "pas tenu",
                    (SharedOutcome::NotKept, false) => "not kept",
                    (SharedOutcome::NotMeasurable, true) => "impossible à mesurer",
                    (SharedOutcome::NotMeasurable, false) => "cannot be measured",
                };
                if fr {
                    format!("{kind} : {outcome}")
                } else {
                    format!("{kind}: {outcome}")
                }
            })
            .collect();
        lines.push(if fr {
            format!("Engagements (semaine B) : {}.", items.join(" ; "))
        } else {
            format!("Commitments (week B): {}.", items.join("; "))
        });
    }
    let token = token_text(share);
    lines.push(if fr {
        format!("Un numéro tiré au hasard ({token}), pour que votre famille ne soit comptée qu'une fois.")
    } else {
        format!("A number drawn at random ({token}), so that your family is counted only once.")
    });
    lines.push(if fr {
        "Rien d'autre : ni prénom, ni note, ni date en dehors des numéros des deux semaines."
            .to_owned()
    } else {
        "Nothing else: no name, no note, no date beyond the two weeks' numbers.".to_owned()
    });
    lines
}

/// The token as the family reads it: the eight base-32 digits after the version in its code.
fn token_text(share: &FamilyShare) -> String {
    let code = super::code::encode_share(share);
    code[super::code::CODE_PREFIX.len() + 1..][..8].to_owned()
}
