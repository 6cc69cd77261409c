//! Graphiques (`/graphiques`): charts of the diary.
//!
//! For now the page says in plain words what will come here.

use crate::components::page_heading::PageHeading;
use crate::state::preferences::use_texts;
use leptos::prelude::*;

#[component]
pub fn ChartsPage() -> impl IntoView {
    let texts = use_texts();
    view! {
        <PageHeading title=|t| t.charts_title/>
        <p class="lead">{move || texts.get().charts_coming}</p>
    }
}
