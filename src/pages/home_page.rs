//! Accueil (`/`): what the app is, the promise that data stays on the phone, and the ways in.

use crate::components::backup::BackupReminder;
use crate::components::icon::Icon;
use crate::components::page_heading::PageHeading;
use crate::state::preferences::use_texts;
use ecrans_core::site_map::Page;
use leptos::prelude::*;
use leptos_router::components::A;

/// The pages the home page offers a card for, in this order.
const DOORWAYS: [Page; 4] = [Page::Diary, Page::Charts, Page::Compare, Page::Deck];

#[component]
pub fn HomePage() -> impl IntoView {
    let texts = use_texts();
    let doorways = DOORWAYS
        .into_iter()
        .map(|page| {
            view! {
                <li>
                    <A href=page.path() attr:class="doorway">
                        <Icon page=page/>
                        <span class="doorway-title">{move || texts.get().page_label(page)}</span>
                        <span class="doorway-hint">
                            {move || texts.get().page_description(page).unwrap_or_default()}
                        </span>
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageHeading title=|t| t.home_title/>
        <p class="lead">{move || texts.get().home_intro}</p>
        <p class="privacy-note">{move || texts.get().home_privacy}</p>
        <crate::components::commitments::CommitmentsReminder/>
        <BackupReminder/>
        <ul class="doorways">{doorways}</ul>
    }
}
