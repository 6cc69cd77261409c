//! Simple line icons drawn inline (no icon font, no external file), decorative only: every
//! icon stands beside a visible label. The drawings belong to the route table
//! (`ecrans_core::site_map::Page::icon_path`), so the pre-rendered pages draw the same ones.

use ecrans_core::site_map::Page;
use leptos::prelude::*;

/// A page's 24-unit line icon, hidden from assistive technology.
#[component]
pub fn Icon(
    /// The page whose icon to draw.
    page: Page,
) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=page.icon_path()></path>
        </svg>
    }
}
