//! A child's daily limit: the figure proposed for their age band, with where it comes from (an
//! official guideline, or the family's own choice where no body gives a number), accepted in one
//! tap, replaced by the parent's own number, or no limit at all.

use super::dom_id_prefix;
use crate::browser::clock;
use crate::components::diary::demo_removal::DemoFormNotice;
use crate::i18n::family::family_texts;
use crate::state::diary_store::{expect_diary_store, ChangeKind};
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::diary::{parse_typed_minutes, Child, ChildId, TypedMinutesError};
use ecrans_core::guidelines::{
    age_band_of, propose_daily_limit, AgeBand, LimitBasis, LimitProposal,
};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// Why a typed limit cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LimitError {
    NotANumber,
    OverADay,
}

/// Reads a limit typed in minutes with the core's rule; a minus sign is « not a number » here.
fn parse_limit(text: &str) -> Result<u16, LimitError> {
    parse_typed_minutes(text).map_err(|error| match error {
        TypedMinutesError::NotANumber | TypedMinutesError::Negative => LimitError::NotANumber,
        TypedMinutesError::OverADay => LimitError::OverADay,
    })
}

/// The limit part of a child's card.
#[component]
pub fn DailyLimit(id: ChildId, child: Memo<Option<Child>>) -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(family_texts);
    let today = clock::today();
    let limit = Memo::new(move |_| child.with(|c| c.as_ref().and_then(|c| c.daily_limit)));
    let proposal = Memo::new(move |_| {
        child.with(|c| {
            c.as_ref()
                .and_then(|c| age_band_of(c.birth, today))
                .map(|band| (band, propose_daily_limit(band)))
        })
    });
    let own_open = RwSignal::new(false);
    let own_text = RwSignal::new(String::new());
    let own_error = RwSignal::new(None::<LimitError>);
    let save_failed = RwSignal::new(false);
    let own_button = NodeRef::<leptos::html::Button>::new();
    let own_input = NodeRef::<leptos::html::Input>::new();

    let prefix = dom_id_prefix();
    let title_id = format!("{prefix}-limit");
    let labelled_by = title_id.clone();
    let own_id = format!("{prefix}-own");
    let own_hint_id = format!("{prefix}-own-hint");
    let own_error_id = format!("{prefix}-own-error");

    let set_limit = move |minutes: Option<u16>| {
        let id = id.clone();
        let result = store.change(ChangeKind::PlanChanged, move |diary| {
            diary.set_daily_limit(&id, minutes, clock::now_millis())
        });
        save_failed.set(result.is_err());
        result.is_ok()
    };
    let set_limit = StoredValue::new(set_limit);

    let on_own_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match parse_limit(&own_text.get_untracked()) {
            Ok(minutes) => {
                own_error.set(None);
                if set_limit.with_value(|set| set(Some(minutes))) {
                    own_open.set(false);
                    own_text.set(String::new());
                    if let Some(button) = own_button.get_untracked() {
                        let _ = button.focus();
                    }
                }
            }
            Err(error) => {
                own_error.set(Some(error));
                if let Some(input) = own_input.get_untracked() {
                    let _ = input.focus();
                }
            }
        }
    };

    let proposal_text = move || {
        let language = preferences.language();
        let texts = texts.get();
        match proposal.get() {
            None => view! { <p class="limit-proposal">{texts.no_band}</p> }.into_any(),
            Some((band, proposal)) => proposal_view(texts, language, band, proposal).into_any(),
        }
    };

    // The buttons are rebuilt only when the proposal changes (the birth month was edited), so a
    // tapped button keeps the focus; their pressed state follows the limit.
    let pressed = move |minutes: Option<u16>| {
        move || {
            if limit.get() == minutes {
                "true"
            } else {
                "false"
            }
        }
    };
    let choices = move || {
        let proposed = proposal.get().map(|(_, proposal)| proposal);
        let accept = proposed.map(|proposal| {
            let minutes = proposal.minutes;
            view! {
                <button
                    type="button"
                    class="button button-secondary"
                    aria-pressed=pressed(Some(minutes))
                    on:click=move |_| {
                        set_limit.with_value(|set| set(Some(minutes)));
                    }
                >
                    {move || (texts.get().accept)(minutes)}
                </button>
            }
        });
        let alternative = proposed
            .and_then(|proposal| proposal.alternative)
            .map(|alternative| {
                let minutes = alternative.minutes;
                view! {
                    <button
                        type="button"
                        class="button button-secondary"
                        aria-pressed=pressed(Some(minutes))
                        on:click=move |_| {
                            set_limit.with_value(|set| set(Some(minutes)));
                        }
                    >
                        {move || {
                            let label = alternative.label(preferences.language());
                            (texts.get().accept_alternative)(label, minutes)
                        }}
                    </button>
                }
            });
        view! { {accept} {alternative} }
    };

    view! {
        <div class="limit-box" role="group" aria-labelledby=labelled_by>
            <h4 id=title_id>{move || texts.get().limit_title}</h4>
            <p class="limit-current" role="status">
                {move || (texts.get().limit_chosen)(limit.get())}
            </p>
            {proposal_text}
            <p class="hint">{move || texts.get().limit_counts}</p>
            <div class="family-actions">
                {choices}
                <button
                    type="button"
                    class="button button-secondary"
                    aria-pressed=pressed(None)
                    on:click=move |_| {
                        set_limit.with_value(|set| set(None));
                    }
                >
                    {move || texts.get().no_limit}
                </button>
                <button
                    type="button"
                    class="button button-secondary"
                    aria-expanded=move || if own_open.get() { "true" } else { "false" }
                    node_ref=own_button
                    on:click=move |_| {
                        own_open.update(|open| *open = !*open);
                        own_error.set(None);
                    }
                >
                    {move || texts.get().own_number}
                </button>
            </div>
            <Show when=move || own_open.get()>
                <form class="limit-own" novalidate on:submit=on_own_submit>
                    <label for=own_id.clone()>{move || texts.get().own_label}</label>
                    <p class="hint" id=own_hint_id.clone()>{move || texts.get().own_hint}</p>
                    <div class="limit-own-row">
                        <input
                            id=own_id.clone()
                            type="text"
                            inputmode="numeric"
                            autocomplete="off"
                            node_ref=own_input
                            aria-invalid=move || own_error.get().map(|_| "true")
                            aria-describedby={
                                let (hint, error) = (own_hint_id.clone(), own_error_id.clone());
                                move || {
                                    if own_error.get().is_some() {
                                        format!("{hint} {error}")
                                    } else {
                                        hint.clone()
                                    }
                                }
                            }
                            prop:value=move || own_text.get()
                            on:input=move |ev| own_text.set(event_target_value(&ev))
                        />
                        <span class="limit-unit" aria-hidden="true">"min"</span>
                        <button type="submit" class="button button-primary">
                            {move || texts.get().own_save}
                        </button>
                    </div>
                    <DemoFormNotice/>
                    {
                        let own_error_id = own_error_id.clone();
                        move || {
                            own_error
                                .get()
                                .map(|error| {
                                    let texts = texts.get();
                                    let message = match error {
                                        LimitError::NotANumber => texts.err_limit_not_a_number,
                                        LimitError::OverADay => texts.err_limit_over_a_day,
                                    };
                                    view! {
                                        <p class="field-error" id=own_error_id.clone()>
                                            {message}
                                        </p>
                                    }
                                })
                        }
                    }
                </form>
            </Show>
            <Show when=move || save_failed.get()>
                <p class="family-form-problem" role="alert">{move || texts.get().save_failed}</p>
            </Show>
        </div>
    }
}

/// What the guidelines say for a child's age band, in plain words, with the sources.
fn proposal_view(
    texts: &'static crate::i18n::family::FamilyTexts,
    language: ecrans_core::language::Language,
    band: AgeBand,
    proposal: LimitProposal,
) -> impl IntoView {
    let band_label = band.label(language);
    let sources = proposal.basis.format_sources(language);
    let kind = proposal.basis.label(language);
    let (kind_class, lines) = match proposal.basis {
        LimitBasis::Guideline { .. } if proposal.minutes == 0 => (
            "limit-basis limit-basis-guideline",
            vec![
                (texts.proposal_zero)(band_label, &sources),
                texts.under_three.to_owned(),
            ],
        ),
        LimitBasis::Guideline { .. } => (
            "limit-basis limit-basis-guideline",
            vec![(texts.proposal)(band_label, proposal.minutes, &sources)],
        ),
        LimitBasis::AbroadGuideline { .. } => (
            "limit-basis limit-basis-abroad",
            vec![
                (texts.proposal)(band_label, proposal.minutes, &sources),
                texts.no_french_figure.to_owned(),
            ],
        ),
        LimitBasis::FamilyChoice { .. } => (
            "limit-basis limit-basis-family",
            vec![
                (texts.family_proposal)(band_label, proposal.minutes),
                (texts.family_choice)(proposal.minutes),
                (texts.informed_by)(&sources),
            ],
        ),
    };
    let alert = proposal
        .alert_minutes
        .map(|minutes| view! { <p>{(texts.alert_at)(minutes)}</p> });
    let alternative = proposal.alternative.map(|alternative| {
        let text = (texts.alternative)(
            alternative.label(language),
            alternative.minutes,
            &alternative.basis.format_sources(language),
        );
        view! { <p class="limit-alternative">{text}</p> }
    });
    view! {
        <div class="limit-proposal">
            <p class=kind_class>{kind}</p>
            {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            {alert}
            {alternative}
        </div>
    }
}
