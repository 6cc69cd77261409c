//! The friendly « page introuvable » for any unknown address, with a way home.

use crate::components::page_heading::PageHeading;
use crate::state::preferences::use_texts;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let texts = use_texts();
    view! {
        <PageHeading title=|t| t.not_found_title/>
        <p class="lead">{move || texts.get().not_found_body}</p>
        <p>
            <A href="/" attr:class="button button-primary">{move || texts.get().not_found_home}</A>
        </p>
    }
}
