//! Carnet (`/carnet`): the family screen-time diary.
//!
//! For now the page says in plain words what will come here.

use crate::components::page_heading::PageHeading;
use crate::state::preferences::use_texts;
use leptos::prelude::*;

#[component]
pub fn DiaryPage() -> impl IntoView {
    let texts = use_texts();
    view! {
        <PageHeading title=|t| t.diary_title/>
        <p class="lead">{move || texts.get().diary_coming}</p>
    }
}
