//! Comparer (`/comparer`): two weeks side by side.
//!
//! For now the page says in plain words what will come here.

use crate::components::page_heading::PageHeading;
use crate::state::preferences::use_texts;
use leptos::prelude::*;

#[component]
pub fn ComparePage() -> impl IntoView {
    let texts = use_texts();
    view! {
        <PageHeading title=|t| t.compare_title/>
        <p class="lead">{move || texts.get().compare_coming}</p>
    }
}
