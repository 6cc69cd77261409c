//! A group of big radio choices (moment, screen, activity, duration…), with its question as the
//! legend and its error message next to it.

use leptos::prelude::*;

/// One question answered by picking one of a few large choices.
#[component]
pub fn ChoiceGroup<T>(
    /// The question the group answers, shown as its legend.
    #[prop(into)]
    legend: Signal<String>,
    /// The choices, each with its visible label.
    #[prop(into)]
    options: Signal<Vec<(T, String)>>,
    /// The chosen value, if any.
    selected: RwSignal<Option<T>>,
    /// The radio group's name, unique in the form (also used for the error's id).
    name: &'static str,
    /// The error to show next to the group, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let error_id = format!("{name}-error");
    let described = error_id.clone();
    view! {
        <fieldset
            class="field"
            aria-invalid=move || error.get().map(|_| "true")
            aria-describedby=move || error.get().map(|_| described.clone())
        >
            <legend>{move || legend.get()}</legend>
            <div class="choices">
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(value, label)| {
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name=name
                                        prop:checked=move || selected.get() == Some(value)
                                        on:change=move |_| selected.set(Some(value))
                                    />
                                    <span>{label}</span>
                                </label>
                            }
                        })
                        .collect_view()
                }}
            </div>
            <Show when=move || error.get().is_some()>
                <p class="field-error" id=error_id.clone()>
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
        </fieldset>
    }
}
