//! Simple line icons drawn inline (no icon font, no external file), decorative only: every
//! icon stands beside a visible label.

use leptos::prelude::*;

/// Which icon to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IconName {
    Home,
    Deck,
    Diary,
    Charts,
    Compare,
    Settings,
}

impl IconName {
    fn path(self) -> &'static str {
        match self {
            IconName::Home => "M3 11 12 3l9 8M5 10v10h5v-6h4v6h5V10",
            IconName::Deck => "M3 4h18v12H3zM12 16v4M8 20h8",
            IconName::Diary => "M6 3h11a2 2 0 0 1 2 2v16H7a2 2 0 0 1-2-2V4a1 1 0 0 1 1-1zM9 8h6M9 12h6M5 19a2 2 0 0 1 2-2h12",
            IconName::Charts => "M4 20V10M10 20V4M16 20v-7M22 20H2",
            IconName::Compare => "M4 20V9h5v11M15 20V5h5v15M2 20h20",
            IconName::Settings => "M12 8a4 4 0 1 1 0 8 4 4 0 0 1 0-8zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9 7 7M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1",
        }
    }
}

/// A 24-unit line icon, hidden from assistive technology.
#[component]
pub fn Icon(
    /// The icon to draw.
    name: IconName,
) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=name.path()></path>
        </svg>
    }
}
