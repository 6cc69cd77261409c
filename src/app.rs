//! The app shell and its routes.
//!
//! The routes follow the route table (`ecrans_core::site_map::Page`): the home page is part of
//! the shell; every other page is a part of its own (`page_parts`), fetched when first opened.

use crate::components::diary::banners::{DemoBanner, SaveFailedBanner, UnreadableDataBanner};
use crate::components::diary::undo_toast::UndoToast;
use crate::components::language_switch::LanguageSwitch;
use crate::components::nav_bar::NavBar;
use crate::components::setting_banner::SettingNotSavedBanner;
use crate::components::update_banner::UpdateBanner;
use crate::page_parts::{
    ChartsPart, ComparePart, DeckEditorPart, DeckPart, DiaryPart, GroupSummaryPart, HomePart,
    SettingsPart,
};
use crate::pages::not_found_page::NotFoundPage;
use crate::state::diary_store::provide_diary_store;
use crate::state::preferences::provide_preferences;
use crate::state::update::provide_update_waiting;
use ecrans_core::site_map::{Page, DECK_EDITOR_SEGMENT, GROUP_SUMMARY_SEGMENT};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::{path, Lazy, ParamSegment, StaticSegment};

/// The whole app: contexts, the shell (top bar, navigation, update banner) and the routes.
#[component]
pub fn App() -> impl IntoView {
    let preferences = provide_preferences();
    provide_update_waiting();
    provide_diary_store();
    let texts = preferences.texts();
    let page = |page: Page| StaticSegment(page.segment());
    view! {
        <Router>
            <a class="skip-link" href="#main">{move || texts.get().skip_to_content}</a>
            <div class="app-shell">
                <header class="top-bar">
                    <A href=Page::Home.path() attr:class="brand">{move || texts.get().app_name}</A>
                    <LanguageSwitch/>
                </header>
                <NavBar/>
                <main id="main" class="page">
                    <UpdateBanner/>
                    <DemoBanner/>
                    <UnreadableDataBanner/>
                    <SaveFailedBanner/>
                    <SettingNotSavedBanner/>
                    <Routes fallback=|| {
                        crate::browser::page::reveal_app();
                        view! { <NotFoundPage/> }
                    }>
                        <Route path=path!("/") view={Lazy::<HomePart>::new()}/>
                        <Route path={page(Page::Deck)} view={Lazy::<DeckPart>::new()}/>
                        <Route
                            path={(page(Page::Deck), StaticSegment(GROUP_SUMMARY_SEGMENT))}
                            view={Lazy::<GroupSummaryPart>::new()}
                        />
                        <Route
                            path={(page(Page::Deck), StaticSegment(DECK_EDITOR_SEGMENT))}
                            view={Lazy::<DeckEditorPart>::new()}
                        />
                        <Route
                            path={(page(Page::Deck), ParamSegment("n"))}
                            view={Lazy::<DeckPart>::new()}
                        />
                        <Route path={page(Page::Diary)} view={Lazy::<DiaryPart>::new()}/>
                        <Route path={page(Page::Charts)} view={Lazy::<ChartsPart>::new()}/>
                        <Route path={page(Page::Compare)} view={Lazy::<ComparePart>::new()}/>
                        <Route path={page(Page::Settings)} view={Lazy::<SettingsPart>::new()}/>
                    </Routes>
                </main>
                <UndoToast/>
            </div>
        </Router>
    }
}
