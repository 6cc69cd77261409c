//! Plain-words descriptions of entries and totals, built from the core's labels.

use ecrans_core::diary::{ChildId, Diary, Entry};
use ecrans_core::language::Language;

/// A child's name, or an empty string when the child is gone.
pub fn child_name(diary: &Diary, id: &ChildId) -> String {
    diary
        .child(id)
        .map(|child| child.name.clone())
        .unwrap_or_default()
}

/// The children of an entry, « Léa, Hugo ».
pub fn children_names(diary: &Diary, entry: &Entry) -> String {
    entry
        .children
        .iter()
        .map(|id| child_name(diary, id))
        .filter(|name| !name.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// « Soirée, 18:30 » or « Soirée ».
pub fn when_label(entry: &Entry, language: Language) -> String {
    match entry.start {
        Some(start) => format!(
            "{}, {}",
            entry.moment.label(language),
            start.format("%H:%M")
        ),
        None => entry.moment.label(language).to_string(),
    }
}

/// « Télévision · Vidéos et dessins animés ».
pub fn what_label(entry: &Entry, language: Language) -> String {
    format!(
        "{} · {}",
        entry.screen.label(language),
        entry.activity.label(language)
    )
}

/// A short description for button labels: « Léa, Soirée, Télévision, 45 min ».
pub fn entry_summary(diary: &Diary, entry: &Entry, language: Language) -> String {
    format!(
        "{}, {}, {}, {} min",
        children_names(diary, entry),
        entry.moment.label(language),
        entry.screen.label(language),
        entry.minutes
    )
}
