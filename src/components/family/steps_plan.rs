//! The « 4 pas » the family commits to: four big checkboxes with the core's plain labels.

use crate::browser::clock;
use crate::i18n::family::family_texts;
use crate::state::diary_store::{expect_diary_store, ChangeKind};
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::four_steps::{Step, StepSet};
use leptos::prelude::*;

/// The family's committed « pas », saved as soon as a box is ticked or unticked.
#[component]
pub fn StepsPlan() -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(family_texts);
    let committed = Memo::new(move |_| store.with(|diary| diary.plan().committed_steps));

    let toggle = move |step: Step, ticked: bool| {
        let steps = committed.get_untracked();
        let changed = if ticked {
            steps.with(step)
        } else {
            steps.without(StepSet::EMPTY.with(step))
        };
        if changed != steps {
            let _ = store.change(ChangeKind::PlanChanged, move |diary| {
                diary.set_committed_steps(changed, clock::now_millis());
                Ok(())
            });
        }
    };

    let boxes = Step::ALL
        .into_iter()
        .map(|step| {
            view! {
                <label class="choice step-choice">
                    <input
                        type="checkbox"
                        value=step.code()
                        prop:checked=move || committed.get().contains(step)
                        on:change=move |ev| toggle(step, event_target_checked(&ev))
                    />
                    <span>{move || step.label(preferences.language())}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <div class="card family-steps">
            <fieldset>
                <legend>{move || texts.get().steps_legend}</legend>
                <p class="hint">{move || texts.get().steps_hint}</p>
                <div class="choices step-choices">{boxes}</div>
            </fieldset>
        </div>
    }
}
