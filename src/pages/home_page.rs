//! Accueil (`/`): what the app is, the promise that data stays on the phone, and the ways in.

use crate::components::backup::BackupReminder;
use crate::components::icon::{Icon, IconName};
use crate::components::page_heading::PageHeading;
use crate::i18n::Texts;
use crate::state::preferences::use_texts;
use leptos::prelude::*;
use leptos_router::components::A;

/// A way into the app from the home page.
struct Doorway {
    href: &'static str,
    icon: IconName,
    title: fn(&Texts) -> &'static str,
    hint: fn(&Texts) -> &'static str,
}

const DOORWAYS: [Doorway; 4] = [
    Doorway {
        href: "/carnet",
        icon: IconName::Diary,
        title: |t| t.nav_diary,
        hint: |t| t.home_diary_hint,
    },
    Doorway {
        href: "/graphiques",
        icon: IconName::Charts,
        title: |t| t.nav_charts,
        hint: |t| t.home_charts_hint,
    },
    Doorway {
        href: "/comparer",
        icon: IconName::Compare,
        title: |t| t.nav_compare,
        hint: |t| t.home_compare_hint,
    },
    Doorway {
        href: "/atelier",
        icon: IconName::Deck,
        title: |t| t.nav_deck,
        hint: |t| t.home_deck_hint,
    },
];

#[component]
pub fn HomePage() -> impl IntoView {
    let texts = use_texts();
    let doorways = DOORWAYS
        .iter()
        .map(|doorway| {
            let (title, hint) = (doorway.title, doorway.hint);
            view! {
                <li>
                    <A href=doorway.href attr:class="doorway">
                        <Icon name=doorway.icon/>
                        <span class="doorway-title">{move || title(texts.get())}</span>
                        <span class="doorway-hint">{move || hint(texts.get())}</span>
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
