//! « Mes engagements »: the editor on the Comparer page (up to three commitments: one of the
//! « 4 pas », a daily limit for a child, or the family's own words) and the reminder on the home
//! page. Commitments are saved with the diary through the store (validated by the core first:
//! nothing is saved when they are not valid), and always shown as text.

mod editor;
mod reminder;

pub use editor::CommitmentsEditor;
pub use reminder::CommitmentsReminder;

use ecrans_core::commitments::Commitment;
use ecrans_core::diary::Diary;
use ecrans_core::language::Language;

/// What each commitment of `diary` says, in the family's order (plain text).
pub(crate) fn commitment_labels(diary: &Diary, language: Language) -> Vec<String> {
    diary
        .commitments()
        .items()
        .iter()
        .map(|commitment| {
            let child_name = match commitment {
                Commitment::DailyLimit { child, .. } => {
                    diary.child(child).map(|child| child.name.as_str())
                }
                _ => None,
            };
            commitment.label(child_name, language)
        })
        .collect()
}
