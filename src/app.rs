//! The app shell and its one route table.

use crate::components::diary::banners::{DemoBanner, SaveFailedBanner, UnreadableDataBanner};
use crate::components::diary::undo_toast::UndoToast;
use crate::components::language_switch::LanguageSwitch;
use crate::components::nav_bar::NavBar;
use crate::components::update_banner::UpdateBanner;
use crate::pages::{
    charts_page::ChartsPage, compare_page::ComparePage, deck_page::DeckPage, diary_page::DiaryPage,
    group_summary_page::GroupSummaryPage, home_page::HomePage, not_found_page::NotFoundPage,
    settings_page::SettingsPage,
};
use crate::state::diary_store::provide_diary_store;
use crate::state::preferences::provide_preferences;
use crate::state::update::provide_update_waiting;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

/// The whole app: contexts, the shell (top bar, navigation, update banner) and the routes.
#[component]
pub fn App() -> impl IntoView {
    let preferences = provide_preferences();
    provide_update_waiting();
    provide_diary_store();
    let texts = preferences.texts();
    view! {
        <Router>
            <a class="skip-link" href="#main">{move || texts.get().skip_to_content}</a>
            <div class="app-shell">
                <header class="top-bar">
                    <A href="/" attr:class="brand">{move || texts.get().app_name}</A>
                    <LanguageSwitch/>
                </header>
                <NavBar/>
                <main id="main" class="page">
                    <UpdateBanner/>
                    <DemoBanner/>
                    <UnreadableDataBanner/>
                    <SaveFailedBanner/>
                    <Routes fallback=|| view! { <NotFoundPage/> }>
                        <Route path=path!("/") view=HomePage/>
                        <Route path=path!("/atelier") view=DeckPage/>
                        <Route path=path!("/atelier/bilan") view=GroupSummaryPage/>
                        <Route path=path!("/atelier/:n") view=DeckPage/>
                        <Route path=path!("/carnet") view=DiaryPage/>
                        <Route path=path!("/graphiques") view=ChartsPage/>
                        <Route path=path!("/comparer") view=ComparePage/>
                        <Route path=path!("/reglages") view=SettingsPage/>
                    </Routes>
                </main>
                <UndoToast/>
            </div>
        </Router>
    }
}
