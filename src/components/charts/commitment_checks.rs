//! The family's commitments judged on week B: each one with a mark and a word (« ✓ Tenu »,
//! « ◐ En partie », « ✗ Pas tenu », « ? À dire en famille ») and the core's sentence
//! (« Tenu en partie : 3 jours sur 5 renseignés »). Labels are text, never HTML.

use crate::i18n::compare::compare_texts;
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::comparison::{CommitmentCheck, CommitmentOutcome};
use leptos::prelude::*;

/// The commitments and how they went in week B.
#[component]
pub fn CommitmentChecks(
    /// The checks from the core's comparison.
    #[prop(into)]
    checks: Signal<Vec<CommitmentCheck>>,
) -> impl IntoView {
    let preferences = expect_preferences();
    let texts = use_localized(compare_texts);
    move || {
        let language = preferences.language();
        let texts = texts.get();
        let checks = checks.get();
        if checks.is_empty() {
            return view! { <p class="hint">{texts.checks_none}</p> }.into_any();
        }
        let items = checks
            .into_iter()
            .map(|check| {
                let (mark, word, class) = match check.outcome {
                    CommitmentOutcome::Kept => ("✓", texts.outcome_kept, "check check-kept"),
                    CommitmentOutcome::PartlyKept => {
                        ("◐", texts.outcome_partly, "check check-partly")
                    }
                    CommitmentOutcome::NotKept => {
                        ("✗", texts.outcome_not_kept, "check check-not-kept")
                    }
                    CommitmentOutcome::NotMeasurable(_) => (
                        "?",
                        texts.outcome_not_measurable,
                        "check check-not-measurable",
                    ),
                };
                view! {
                    <li class=class>
                        <span class="check-badge">
                            <span aria-hidden="true">{mark}</span>
                            " "
                            {word}
                        </span>
                        <span class="check-label">{check.label(language)}</span>
                        <span class="check-outcome">{check.outcome_text(language)}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="checks">{items}</ul> }.into_any()
    }
}
