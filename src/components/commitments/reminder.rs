//! The family's commitments on the home page, as a reminder; nothing when there are none.

use super::commitment_labels;
use crate::components::charts::dom_id;
use crate::i18n::compare::compare_texts;
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::site_map::Page;
use leptos::prelude::*;
use leptos_router::components::A;

/// « Nos engagements »: the list, and a link to see whether they are kept.
#[component]
pub fn CommitmentsReminder() -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(compare_texts);
    let labels = Memo::new(move |_| {
        let language = preferences.language();
        store.with(|diary| commitment_labels(diary, language))
    });
    let heading_id = dom_id("reminder");
    let labelled_by = heading_id.clone();
    view! {
        <Show when=move || !labels.with(Vec::is_empty)>
            <section class="card commitments-reminder" aria-labelledby=labelled_by.clone()>
                <h2 id=heading_id.clone()>{move || texts.get().reminder_title}</h2>
                <ul class="commitment-list">
                    {move || {
                        labels
                            .get()
                            .into_iter()
                            .map(|label| view! { <li>{label}</li> })
                            .collect_view()
                    }}
                </ul>
                <A href=Page::Compare.path()>{move || texts.get().reminder_link}</A>
            </section>
        </Show>
    }
}
