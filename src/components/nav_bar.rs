//! The main navigation: a bottom tab bar on phones, a side bar on wide screens (the stylesheet
//! decides which). One link per page of the route table; links mark the current page with
//! `aria-current`.

use crate::components::icon::Icon;
use crate::state::preferences::use_texts;
use ecrans_core::site_map::Page;
use leptos::prelude::*;
use leptos_router::components::A;

/// The app's main navigation.
#[component]
pub fn NavBar() -> impl IntoView {
    let texts = use_texts();
    let links = Page::ALL
        .into_iter()
        .map(|page| {
            view! {
                <li>
                    <A href=page.path() exact=page == Page::Home>
                        <Icon page=page/>
                        <span class="nav-label">{move || texts.get().page_label(page)}</span>
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="nav-bar" aria-label=move || texts.get().main_navigation>
            <ul>{links}</ul>
        </nav>
    }
}
