//! Each page but the home page is its own part of the wasm, fetched the first time it opens.
//!
//! With the `split` feature (the release build of `cargo xtask dist`), every page below is a
//! split point: the splitter moves the page's code, and what only it uses, into its own
//! `split_<page>.wasm`, and code that several pages share into a `chunk_<n>.wasm`, so a first
//! visit downloads the shell and one page. Without the feature (`cargo check`, clippy, the
//! wasm-bindgen browser tests, whose wasm is not split) the same functions are called
//! directly: an unsplit build with split points could not load.
//!
//! Whichever page comes first, the app is shown in place of the page pre-rendered at build
//! time only once that page is ready (`browser::page::reveal_app`), so nothing moves while a
//! part downloads.
//!
//! A part that cannot be fetched (the network dropped, a host answering 404 or the wrong MIME
//! type) shows [`PartMissing`] with « Réessayer », never an empty page.

use crate::pages::{
    charts_page::ChartsPage, compare_page::ComparePage, deck_editor_page::DeckEditorPage,
    deck_page::DeckPage, diary_page::DiaryPage, group_summary_page::GroupSummaryPage,
    home_page::HomePage, settings_page::SettingsPage,
};
use crate::state::preferences::use_texts;
use leptos::prelude::*;
use leptos_router::LazyRoute;

/// A page's part of the wasm could not be fetched or started.
#[derive(Debug)]
pub struct PartNotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for PartNotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartNotLoaded
    }
}

/// Declares a page as a part of its own: a loader function that is the split point, and the
/// route type the router loads it through.
macro_rules! page_part {
    ($(#[$doc:meta])* $route:ident, $loader:ident, $part:ident, $page:ident) => {
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        fn $loader() -> Result<AnyView, PartNotLoaded> {
            Ok(view! { <$page/> }.into_any())
        }

        $(#[$doc])*
        pub struct $route;

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_: Self) -> AnyView {
                #[cfg(feature = "split")]
                let loaded = $loader().await;
                #[cfg(not(feature = "split"))]
                let loaded = $loader();
                crate::browser::page::reveal_app();
                loaded.unwrap_or_else(|PartNotLoaded| view! { <PartMissing/> }.into_any())
            }
        }
    };
}

/// `/`: the home page, part of the shell (the first page of most visits).
pub struct HomePart;

impl LazyRoute for HomePart {
    fn data() -> Self {
        HomePart
    }

    async fn view(_: Self) -> AnyView {
        crate::browser::page::reveal_app();
        view! { <HomePage/> }.into_any()
    }
}

page_part!(
    /// `/atelier` and `/atelier/:n`: the workshop deck.
    DeckPart, load_deck_page, deck_page, DeckPage
);
page_part!(
    /// `/atelier/bilan`: the advisor's « Bilan du groupe » (with the QR reader).
    GroupSummaryPart, load_group_summary_page, group_summary_page, GroupSummaryPage
);
page_part!(
    /// `/atelier/adapter`: the advisor's « Adapter le diaporama » (the editor, the Markdown
    /// checks, export and import).
    DeckEditorPart, load_deck_editor_page, deck_editor_page, DeckEditorPage
);
page_part!(
    /// `/carnet`: the diary.
    DiaryPart, load_diary_page, diary_page, DiaryPage
);
page_part!(
    /// `/graphiques`: the charts.
    ChartsPart, load_charts_page, charts_page, ChartsPage
);
page_part!(
    /// `/comparer`: two weeks side by side.
    ComparePart, load_compare_page, compare_page, ComparePage
);
page_part!(
    /// `/reglages`: the settings.
    SettingsPart, load_settings_page, settings_page, SettingsPage
);

/// Said in place of a page whose part could not be fetched: what happened, in plain words,
/// and a way to try again (a reload, which asks the network again).
#[component]
pub fn PartMissing() -> impl IntoView {
    let texts = use_texts();
    view! {
        <section class="card part-missing" role="alert">
            <h1>{move || texts.get().part_missing_title}</h1>
            <p>{move || texts.get().part_missing_body}</p>
            <button
                type="button"
                class="button button-primary"
                on:click=|_| crate::browser::page::reload()
            >
                {move || texts.get().retry}
            </button>
        </section>
    }
}
