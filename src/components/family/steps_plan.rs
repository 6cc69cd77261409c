//! The « 4 pas » the family commits to: four big checkboxes with the core's plain labels.

use crate::browser::clock;
use crate::components::diary::demo_removal::DemoFormNotice;
use crate::i18n::diary::diary_texts;
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
    let refused = RwSignal::new(false);
    let diary_texts = use_localized(diary_texts);

    let toggle = move |step: Step, ticked: bool| {
        let steps = committed.get_untracked();
        let changed = if ticked {
            steps.with(step)
        } else {
            steps.without(StepSet::EMPTY.with(step))
        };
        if changed != steps {
            let saved = store.change(ChangeKind::PlanChanged, move |diary| {
                diary.set_committed_steps(changed, clock::now_millis());
                Ok(())
            });
            refused.set(saved.is_err());
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
                <DemoFormNotice/>
                <Show when=move || refused.get()>
                    <p class="family-form-problem" role="alert">{move || diary_texts.get().change_refused}</p>
                </Show>
            </fieldset>
        </div>
    }
}
