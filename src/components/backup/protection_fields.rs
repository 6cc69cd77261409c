//! « Protéger par un mot de passe », offered under each way of making a backup file: a box to
//! tick, then the passphrase typed twice, what protection means, and that a forgotten passphrase
//! is lost for good.
//!
//! The passphrase is never put in a signal, stored or logged: it stays in the two password
//! inputs until the tap that uses it, which reads it with [`Protection::take_passphrase`] and
//! empties both inputs at once.

use crate::i18n::backup::{backup_texts, BackupTexts};
use crate::state::preferences::use_localized;
use leptos::html::Input;
use leptos::prelude::*;

/// Why the typed passphrase cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PassphraseProblem {
    Empty,
    Mismatch,
}

/// The state of one panel's « Protéger par un mot de passe ».
#[derive(Clone, Copy)]
pub(super) struct Protection {
    chosen: RwSignal<bool>,
    first: NodeRef<Input>,
    second: NodeRef<Input>,
    problem: RwSignal<Option<PassphraseProblem>>,
}

impl Protection {
    pub(super) fn new() -> Protection {
        Protection {
            chosen: RwSignal::new(false),
            first: NodeRef::new(),
            second: NodeRef::new(),
            problem: RwSignal::new(None),
        }
    }

    /// Whether the parent ticked the box.
    pub(super) fn is_chosen(&self) -> bool {
        self.chosen.get()
    }

    /// The passphrase to protect the file with: `Ok(None)` when the box is not ticked, `Err`
    /// (and a message under the inputs) when it is empty or the two differ. Both inputs are
    /// emptied when it is taken.
    pub(super) fn take_passphrase(&self) -> Result<Option<String>, ()> {
        if !self.chosen.get_untracked() {
            return Ok(None);
        }
        let (Some(first), Some(second)) = (self.first.get_untracked(), self.second.get_untracked())
        else {
            return Err(());
        };
        let (typed, again) = (first.value(), second.value());
        let problem = if typed.is_empty() {
            Some(PassphraseProblem::Empty)
        } else if typed != again {
            Some(PassphraseProblem::Mismatch)
        } else {
            None
        };
        self.problem.set(problem);
        if let Some(problem) = problem {
            if problem == PassphraseProblem::Mismatch {
                second.set_value("");
            }
            let _ = first.focus();
            return Err(());
        }
        first.set_value("");
        second.set_value("");
        Ok(Some(typed))
    }
}

/// The box and, once ticked, the two inputs. `id` keeps the inputs of two panels apart.
#[component]
pub(super) fn ProtectionFields(protection: Protection, id: &'static str) -> impl IntoView {
    let texts = use_localized(backup_texts);
    let Protection {
        chosen,
        first,
        second,
        problem,
    } = protection;
    let problem_text = move || {
        problem.get().map(|problem| match problem {
            PassphraseProblem::Empty => texts.get().protect_empty,
            PassphraseProblem::Mismatch => texts.get().protect_mismatch,
        })
    };
    let first_id = format!("{id}-passphrase");
    let second_id = format!("{id}-passphrase-again");
    let problem_id = format!("{id}-passphrase-problem");
    let explain_id = format!("{id}-passphrase-explain");
    let label = move |text: fn(&BackupTexts) -> &'static str| move || text(texts.get());
    view! {
        <div class="backup-protection">
            <label class="choice">
                <input
                    type="checkbox"
                    prop:checked=move || chosen.get()
                    on:change=move |event| {
                        chosen.set(event_target_checked(&event));
                        problem.set(None);
                    }
                />
                <span>{label(|t| t.protect_choice)}</span>
            </label>
            <Show when=move || chosen.get()>
                <div class="backup-passphrase">
                    <div id=explain_id.clone()>
                        <p class="hint">{label(|t| t.protect_explain)}</p>
                        <p class="backup-warning">{label(|t| t.protect_forgotten)}</p>
                    </div>
                    <label for=first_id.clone()>{label(|t| t.protect_passphrase)}</label>
                    <input
                        id=first_id.clone()
                        node_ref=first
                        type="password"
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby=format!("{explain_id} {problem_id}")
                        on:input=move |_| problem.set(None)
                    />
                    <label for=second_id.clone()>{label(|t| t.protect_passphrase_again)}</label>
                    <input
                        id=second_id.clone()
                        node_ref=second
                        type="password"
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby=problem_id.clone()
                        on:input=move |_| problem.set(None)
                    />
                    <div id=problem_id.clone()>
                        <Show when=move || problem_text().is_some()>
                            <p class="backup-problem" role="alert">{problem_text}</p>
                        </Show>
                    </div>
                </div>
            </Show>
        </div>
    }
}
