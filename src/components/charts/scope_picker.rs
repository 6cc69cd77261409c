//! « Pour qui ? »: the whole family or one child, as big radio buttons.

use super::dom_id;
use crate::i18n::charts::charts_texts;
use crate::state::preferences::use_localized;
use crate::state::scope_choice::ScopeChoice;
use ecrans_core::diary::Scope;
use leptos::prelude::*;

/// The scope picker. `choices` come from [`super::scope_choices`] on the diary shown.
#[component]
pub fn ScopePicker(
    /// The scope picked, and the scope shown.
    scope: ScopeChoice,
    /// The scopes offered, with their names (plain text).
    #[prop(into)]
    choices: Signal<Vec<(Scope, String)>>,
) -> impl IntoView {
    let texts = use_localized(charts_texts);
    let name = dom_id("scope");
    view! {
        <fieldset class="scope-choices">
            <legend>{move || texts.get().who}</legend>
            <div class="choices">
                {move || {
                    choices
                        .get()
                        .into_iter()
                        .map(|(choice, label)| {
                            let chosen = choice.clone();
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name=name.clone()
                                        prop:checked=move || scope.with(|scope| *scope == choice)
                                        on:change=move |_| scope.pick(chosen.clone())
                                    />
                                    <span>{label}</span>
                                </label>
                            }
                        })
                        .collect_view()
                }}
            </div>
        </fieldset>
    }
}
