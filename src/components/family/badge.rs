//! A child's badge: their emoji, or a colour swatch with the colour's name as text (never the
//! colour alone).

use crate::state::preferences::expect_preferences;
use ecrans_core::diary::{ChildBadge, Colour};
use leptos::prelude::*;

/// A round swatch of `colour`, decorative: its name is always written beside it.
#[component]
pub fn Swatch(colour: Colour) -> impl IntoView {
    view! {
        <span class="swatch" aria-hidden="true" style:background-color=colour.hex()></span>
    }
}

/// The badge shown beside a child's name; nothing when they have none.
#[component]
pub fn BadgeView(badge: Signal<Option<ChildBadge>>) -> impl IntoView {
    let preferences = expect_preferences();
    move || match badge.get() {
        Some(ChildBadge::Emoji(emoji)) => view! {
            <span class="child-badge child-badge-emoji" aria-hidden="true">{emoji}</span>
        }
        .into_any(),
        Some(ChildBadge::Colour(colour)) => view! {
            <span class="child-badge child-badge-colour">
                <Swatch colour=colour/>
                <span class="swatch-name">{move || colour.label(preferences.language())}</span>
            </span>
        }
        .into_any(),
        None => ().into_any(),
    }
}
