//! « Masquer les prénoms »: a copy of the diary in which the children are called « Enfant 1 »,
//! « Enfant 2 »… (or "Child 1"… in English), for showing charts and sentences in a workshop or on
//! a projector without naming anyone.
//!
//! Children are numbered in the diary's order (oldest first), so the numbers stay the same from
//! one chart to the next. Emoji badges go too (a child's chosen emoji can identify them); colours
//! stay. A name written in a note or in a commitment in the family's own words is replaced as
//! well (whole words, ignoring case: « Léa » and « léa », not « Léandre »). Every statistic, chart,
//! table and sentence computed from the copy is then free of the names.
//!
//! The copy is for display only: the app must never save it, or it would overwrite the names.

use crate::diary::{ChildBadge, Diary};
use crate::language::Language;

/// The masked name of the child at `position` (from 1): « Enfant 1 », "Child 1".
pub fn masked_name(position: usize, language: Language) -> String {
    match language {
        Language::Fr => format!("Enfant {position}"),
        Language::En => format!("Child {position}"),
    }
}

/// A copy of the diary with the children's names masked, for display only (never save it).
pub fn mask_child_names(diary: &Diary, language: Language) -> Diary {
    let mut masked = diary.clone();
    let mut names: Vec<(String, String)> = Vec::new();
    for (index, child) in diary.children().into_iter().enumerate() {
        let mut renamed = child.clone();
        renamed.name = masked_name(index + 1, language);
        if matches!(renamed.badge, Some(ChildBadge::Emoji(_))) {
            renamed.badge = None;
        }
        names.push((child.name.trim().to_owned(), renamed.name.clone()));
        masked
            .put_child(renamed)
            .expect("a masked name keeps the child valid");
    }
    // Longer names first, so « Marie-Lou » is replaced before « Marie ».
    names.sort_by_key(|(name, _)| std::cmp::Reverse(name.chars().count()));
    let with_notes: Vec<_> = diary
        .entries()
        .filter(|entry| !entry.note.is_empty())
        .cloned()
        .collect();
    for mut entry in with_notes {
        let note = replace_names(&entry.note, &names);
        if note != entry.note && note.chars().count() <= crate::diary::NOTE_MAX_CHARS {
            entry.note = note;
            masked
                .put_entry(entry)
                .expect("a masked note keeps the entry valid");
        }
    }
    let commitments = diary
        .commitments()
        .with_texts_changed(|text| replace_names(text, &names));
    masked
        .restore_commitments(commitments)
        .expect("masking names keeps the commitments valid");
    masked
}

/// `text` with each whole-word occurrence of a name (any case) replaced by its pseudonym.
fn replace_names(text: &str, names: &[(String, String)]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut replaced = String::with_capacity(text.len());
    let mut index = 0;
    'outer: while index < chars.len() {
        let at_word_start = index == 0 || !chars[index - 1].is_alphanumeric();
        if at_word_start {
            for (name, pseudonym) in names {
                let name: Vec<char> = name.chars().collect();
                let end = index + name.len();
                if name.is_empty() || end > chars.len() {
                    continue;
                }
                let same = chars[index..end]
                    .iter()
                    .zip(&name)
                    .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()));
                let at_word_end = end == chars.len() || !chars[end].is_alphanumeric();
                if same && at_word_end {
                    replaced.push_str(pseudonym);
                    index = end;
                    continue 'outer;
                }
            }
        }
        replaced.push(chars[index]);
        index += 1;
    }
    replaced
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::IsoWeek;
    use crate::charts::{activity_chart, moments_chart, week_chart, ChartText};
    use crate::commitments::{Commitment, Commitments};
    use crate::comparison::{compare_weeks, comparison_summary, WeekPair};
    use crate::diary::{ChildId, Colour, EntryId, Scope};
    use crate::preferences::TextSize;
    use crate::statistics::tests::fixture;
    use crate::statistics::week_statistics;

    fn diary() -> Diary {
        let mut diary = fixture();
        let mut lea = diary.child(&ChildId::new("lea")).unwrap().clone();
        lea.badge = Some(ChildBadge::Emoji("🦊".into()));
        diary.put_child(lea).unwrap();
        let mut hugo = diary.child(&ChildId::new("hugo")).unwrap().clone();
        hugo.badge = Some(ChildBadge::Colour(Colour::Blue));
        diary.put_child(hugo).unwrap();
        let mut film = diary.entry(&EntryId::new("film")).unwrap().clone();
        film.note = "Léa et HUGO, pas Léandre".into();
        diary.put_entry(film).unwrap();
        diary
            .set_commitments(
                Commitments::new(
                    vec![
                        Commitment::Text("Pas de tablette pour Inès à table".into()),
                        Commitment::DailyLimit {
                            child: ChildId::new("lea"),
                            minutes: 60,
                        },
                    ],
                    3,
                )
                .unwrap(),
            )
            .unwrap();
        diary
    }

    #[test]
    fn children_become_numbered_in_the_diary_order() {
        let masked = mask_child_names(&diary(), Language::Fr);
        let names: Vec<&str> = masked.children().iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Enfant 1", "Enfant 2", "Enfant 3"]);
        assert_eq!(masked.child(&ChildId::new("lea")).unwrap().badge, None);
        assert_eq!(
            masked.child(&ChildId::new("hugo")).unwrap().badge,
            Some(ChildBadge::Colour(Colour::Blue))
        );
        assert_eq!(
            masked.entry(&EntryId::new("film")).unwrap().note,
            "Enfant 1 et Enfant 2, pas Léandre"
        );
        assert_eq!(
            masked.commitments().items()[0],
            Commitment::Text("Pas de tablette pour Enfant 3 à table".into())
        );
        assert_eq!(masked.entry_count(), diary().entry_count());
        let english = mask_child_names(&diary(), Language::En);
        assert_eq!(english.children()[1].name, "Child 2");
    }

    #[test]
    fn charts_and_sentences_from_the_masked_copy_name_nobody() {
        let masked = mask_child_names(&diary(), Language::Fr);
        let week = IsoWeek::new(2025, 10).unwrap();
        for scope in [Scope::Family, Scope::Child(ChildId::new("lea"))] {
            let stats = week_statistics(&masked, week, &scope);
            for chart in [
                week_chart(
                    &stats,
                    Language::Fr,
                    ChartText::for_text_size(TextSize::Normal),
                )
                .unwrap(),
                activity_chart(
                    &stats,
                    Language::Fr,
                    ChartText::for_text_size(TextSize::Normal),
                )
                .unwrap(),
                moments_chart(
                    &stats,
                    Language::Fr,
                    ChartText::for_text_size(TextSize::Normal),
                )
                .unwrap(),
            ] {
                for name in ["Léa", "Hugo", "Inès"] {
                    assert!(!chart.svg.contains(name), "{name} in the SVG");
                    assert!(!chart.summary.contains(name), "{name} in {}", chart.summary);
                    assert!(!format!("{:?}", chart.table).contains(name));
                }
            }
        }
        let lea = week_statistics(&masked, week, &Scope::Child(ChildId::new("lea")));
        assert!(week_chart(
            &lea,
            Language::Fr,
            ChartText::for_text_size(TextSize::Normal)
        )
        .unwrap()
        .summary
        .contains("Samedi, Enfant 1 a passé 30\u{a0}minutes de plus que sa limite."));
        let comparison = compare_weeks(
            &masked,
            &Scope::Child(ChildId::new("lea")),
            WeekPair {
                a: week,
                b: week.next(),
            },
        );
        assert!(comparison_summary(&comparison, Language::Fr).starts_with("Enfant 1\u{a0}:"));
        assert_eq!(
            comparison.commitments[1].label(Language::Fr),
            "Enfant 1\u{a0}: 1\u{a0}h par jour au plus"
        );
    }

    #[test]
    fn only_whole_names_are_replaced() {
        let names = vec![
            ("Marie-Lou".to_owned(), "Enfant 1".to_owned()),
            ("Marie".to_owned(), "Enfant 2".to_owned()),
        ];
        assert_eq!(
            replace_names("marie-lou, Marie, Mariette et MARIE.", &names),
            "Enfant 1, Enfant 2, Mariette et Enfant 2."
        );
        assert_eq!(replace_names("", &names), "");
    }
}
