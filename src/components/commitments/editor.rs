//! The « Mes engagements » editor: the list with a « Retirer » button for each, and a form to add
//! one (a « pas », a daily limit for a child, or the family's own words) while there are fewer
//! than three. The core checks the new list first; when it refuses, the reason is shown next to
//! the field and nothing is saved.

use super::commitment_labels;
use crate::browser::clock;
use crate::components::charts::dom_id;
use crate::components::diary::demo_removal::DemoFormNotice;
use crate::i18n::compare::compare_texts;
use crate::state::diary_store::{expect_diary_store, ChangeKind};
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::commitments::{
    Commitment, CommitmentError, Commitments, COMMITMENT_TEXT_MAX_CHARS, MAX_COMMITMENTS,
};
use ecrans_core::diary::{parse_typed_minutes, ChildId, TypedMinutesError};
use ecrans_core::four_steps::Step;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// The kind of commitment being added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Step,
    Limit,
    Text,
}

/// Where a problem is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Step,
    Child,
    Minutes,
    Text,
    Form,
}

/// The field a refusal of the core is about (`added` is the field of the commitment being added).
fn field_of(error: &CommitmentError, added: Field) -> Field {
    match error {
        CommitmentError::EmptyText | CommitmentError::TextTooLong { .. } => Field::Text,
        CommitmentError::LimitOutOfRange { .. } => Field::Minutes,
        CommitmentError::Duplicate { .. } => added,
        CommitmentError::TooMany { .. } => Field::Form,
    }
}

/// The editor, for the Comparer page.
#[component]
pub fn CommitmentsEditor() -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(compare_texts);
    let items = Memo::new(move |_| store.with(|diary| diary.commitments().items().to_vec()));
    let labels = Memo::new(move |_| {
        let language = preferences.language();
        store.with(|diary| commitment_labels(diary, language))
    });
    let children = Memo::new(move |_| {
        store.with(|diary| {
            diary
                .children()
                .into_iter()
                .map(|child| (child.id.clone(), child.name.clone()))
                .collect::<Vec<(ChildId, String)>>()
        })
    });

    let kind = RwSignal::new(Kind::Step);
    let step = RwSignal::new(None::<Step>);
    let child_index = RwSignal::new(0usize);
    let minutes = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<(Field, String)>);

    let prefix = dom_id("commitment");
    let title_id = format!("{prefix}-title");
    let child_id = format!("{prefix}-child");
    let minutes_id = format!("{prefix}-minutes");
    let minutes_hint_id = format!("{prefix}-minutes-hint");
    let text_id = format!("{prefix}-text");
    let text_hint_id = format!("{prefix}-text-hint");
    let kind_name = format!("{prefix}-kind");
    let step_name = format!("{prefix}-step");

    // Checks the list with the core, then saves it; false (and a message) if it was refused.
    let save = move |list: Vec<Commitment>, added: Field| -> bool {
        let texts = texts.get_untracked();
        match Commitments::new(list, clock::now_millis()) {
            Err(error) => {
                problem.set(Some((
                    field_of(&error, added),
                    texts.commitment_error(&error),
                )));
                false
            }
            Ok(checked) => {
                let saved = store.change(ChangeKind::PlanChanged, move |diary| {
                    diary.set_commitments(checked)
                });
                match saved {
                    Ok(()) => {
                        problem.set(None);
                        true
                    }
                    Err(_) => {
                        problem.set(Some((Field::Form, texts.save_failed.to_owned())));
                        false
                    }
                }
            }
        }
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let texts = texts.get_untracked();
        let refuse = |field: Field, message: &str| problem.set(Some((field, message.to_owned())));
        let (commitment, field) = match kind.get_untracked() {
            Kind::Step => match step.get_untracked() {
                Some(step) => (Commitment::Step(step), Field::Step),
                None => return refuse(Field::Step, texts.err_step_missing),
            },
            Kind::Limit => {
                let chosen = children.with_untracked(|children| {
                    children
                        .get(child_index.get_untracked())
                        .map(|(id, _)| id.clone())
                });
                let Some(child) = chosen else {
                    return refuse(Field::Child, texts.err_child_missing);
                };
                let minutes = match parse_typed_minutes(&minutes.get_untracked()) {
                    Ok(minutes) => minutes,
                    Err(TypedMinutesError::NotANumber | TypedMinutesError::Negative) => {
                        return refuse(Field::Minutes, texts.err_minutes_not_a_number)
                    }
                    Err(TypedMinutesError::OverADay) => {
                        return refuse(Field::Minutes, texts.err_limit_out_of_range)
                    }
                };
                (Commitment::DailyLimit { child, minutes }, Field::Child)
            }
            Kind::Text => (Commitment::Text(text.get_untracked()), Field::Text),
        };
        let mut list = items.get_untracked();
        list.push(commitment);
        if save(list, field) {
            step.set(None);
            minutes.set(String::new());
            text.set(String::new());
        }
    };

    let remove = move |index: usize| {
        let mut list = items.get_untracked();
        if index < list.len() {
            list.remove(index);
            save(list, Field::Form);
        }
    };

    let error_for = move |field: Field| {
        move || {
            problem.with(|problem| match problem {
                Some((at, message)) if *at == field => {
                    Some(view! { <p class="field-error" role="alert">{message.clone()}</p> })
                }
                _ => None,
            })
        }
    };
    let invalid = move |field: Field| {
        move || {
            problem
                .with(|problem| matches!(problem, Some((at, _)) if *at == field).then_some("true"))
        }
    };

    let kind_choice =
        move |choice: Kind, label: fn(&crate::i18n::compare::CompareTexts) -> &'static str| {
            let name = kind_name.clone();
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name
                        prop:checked=move || kind.get() == choice
                        on:change=move |_| {
                            kind.set(choice);
                            problem.set(None);
                        }
                    />
                    <span>{move || label(texts.get())}</span>
                </label>
            }
        };
    let step_fields = {
        let step_name = step_name.clone();
        move || {
            let choices = Step::ALL
                .into_iter()
                .map(|choice| {
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name=step_name.clone()
                                prop:checked=move || step.get() == Some(choice)
                                on:change=move |_| step.set(Some(choice))
                            />
                            <span>{move || choice.label(preferences.language())}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field" aria-invalid=invalid(Field::Step)>
                    <legend>{move || texts.get().step_legend}</legend>
                    <div class="choices">{choices}</div>
                    {error_for(Field::Step)}
                </fieldset>
            }
        }
    };

    let limit_fields = {
        let (child_id, minutes_id, minutes_hint_id) = (
            child_id.clone(),
            minutes_id.clone(),
            minutes_hint_id.clone(),
        );
        move || {
            let options = move || {
                children
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, (_, name))| {
                        view! {
                            <option value=index.to_string() selected=move || child_index.get() == index>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()
            };
            view! {
                <div class="field">
                    <label for=child_id.clone()>{move || texts.get().child_label}</label>
                    <select
                        id=child_id.clone()
                        class="select"
                        aria-invalid=invalid(Field::Child)
                        on:change=move |ev| child_index.set(event_target_value(&ev).parse().unwrap_or(0))
                    >
                        {options}
                    </select>
                    {error_for(Field::Child)}
                </div>
                <div class="field">
                    <label for=minutes_id.clone()>{move || texts.get().minutes_label}</label>
                    <p class="hint" id=minutes_hint_id.clone()>{move || texts.get().minutes_hint}</p>
                    <input
                        id=minutes_id.clone()
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        aria-describedby=minutes_hint_id.clone()
                        aria-invalid=invalid(Field::Minutes)
                        prop:value=move || minutes.get()
                        on:input=move |ev| minutes.set(event_target_value(&ev))
                    />
                    {error_for(Field::Minutes)}
                </div>
            }
        }
    };

    let text_fields = {
        let (text_id, text_hint_id) = (text_id.clone(), text_hint_id.clone());
        move || {
            view! {
                <div class="field">
                    <label for=text_id.clone()>{move || texts.get().text_label}</label>
                    <p class="hint" id=text_hint_id.clone()>
                        {move || (texts.get().text_hint)(COMMITMENT_TEXT_MAX_CHARS)}
                    </p>
                    <input
                        id=text_id.clone()
                        type="text"
                        autocomplete="off"
                        aria-describedby=text_hint_id.clone()
                        aria-invalid=invalid(Field::Text)
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    />
                    {error_for(Field::Text)}
                </div>
            }
        }
    };

    let list = move || {
        let texts = texts.get();
        labels
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, label)| {
                let name = (texts.remove_commitment)(&label);
                view! {
                    <li class="commitment-item">
                        <span class="commitment-label">{label}</span>
                        <button
                            type="button"
                            class="button button-secondary"
                            aria-label=name
                            on:click=move |_| remove(index)
                        >
                            {texts.remove}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    let labelled_by = title_id.clone();
    let can_add = Memo::new(move |_| items.with(|items| items.len() < MAX_COMMITMENTS));
    let form = move || {
        let (step_fields, limit_fields, text_fields) = (
            step_fields.clone(),
            limit_fields.clone(),
            text_fields.clone(),
        );
        view! {
            <form class="commitment-form" novalidate on:submit=on_submit>
                <h3>{move || texts.get().add_title}</h3>
                <fieldset class="field">
                    <legend>{move || texts.get().kind_legend}</legend>
                    <div class="choices">
                        {kind_choice(Kind::Step, |t| t.kind_step)}
                        {kind_choice(Kind::Limit, |t| t.kind_limit)}
                        {kind_choice(Kind::Text, |t| t.kind_text)}
                    </div>
                </fieldset>
                {move || match kind.get() {
                    Kind::Step => step_fields().into_any(),
                    Kind::Limit => limit_fields().into_any(),
                    Kind::Text => text_fields().into_any(),
                }}
                <DemoFormNotice/>
                <button type="submit" class="button button-primary">{move || texts.get().add}</button>
                {error_for(Field::Form)}
            </form>
        }
    };

    view! {
        <section class="card commitments-editor screen-only" aria-labelledby=labelled_by>
            <h2 id=title_id>{move || texts.get().commitments_title}</h2>
            <p class="hint">{move || texts.get().commitments_intro}</p>
            <Show when=move || items.with(Vec::is_empty)>
                <p class="empty-note">{move || texts.get().commitments_none}</p>
            </Show>
            <ol class="commitment-list commitment-items">{list}</ol>
            <Show
                when=move || can_add.get()
                fallback=move || view! { <p class="hint">{move || texts.get().commitments_full}</p> }
            >
                {form()}
            </Show>
        </section>
    }
}
