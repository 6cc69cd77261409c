//! The main navigation: a bottom tab bar on phones, a side bar on wide screens (the stylesheet
//! decides which). Links mark the current page with `aria-current`.

use crate::components::icon::{Icon, IconName};
use crate::i18n::Texts;
use crate::state::preferences::use_texts;
use leptos::prelude::*;
use leptos_router::components::A;

/// One destination of the main navigation.
struct Destination {
    href: &'static str,
    icon: IconName,
    label: fn(&Texts) -> &'static str,
}

const DESTINATIONS: [Destination; 6] = [
    Destination {
        href: "/",
        icon: IconName::Home,
        label: |t| t.nav_home,
    },
    Destination {
        href: "/atelier",
        icon: IconName::Deck,
        label: |t| t.nav_deck,
    },
    Destination {
        href: "/carnet",
        icon: IconName::Diary,
        label: |t| t.nav_diary,
    },
    Destination {
        href: "/graphiques",
        icon: IconName::Charts,
        label: |t| t.nav_charts,
    },
    Destination {
        href: "/comparer",
        icon: IconName::Compare,
        label: |t| t.nav_compare,
    },
    Destination {
        href: "/reglages",
        icon: IconName::Settings,
        label: |t| t.nav_settings,
    },
];

/// The app's main navigation.
#[component]
pub fn NavBar() -> impl IntoView {
    let texts = use_texts();
    let links = DESTINATIONS
        .iter()
        .map(|destination| {
            let label = destination.label;
            view! {
                <li>
                    <A href=destination.href exact=destination.href == "/">
                        <Icon name=destination.icon/>
                        <span class="nav-label">{move || label(texts.get())}</span>
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
