//! « Adapter le diaporama » (`/atelier/adapter`): the advisor adapts the workshop deck to the
//! room, on the device, without a build.
//!
//! The list of slides (the session chosen, hidden slides included) beside the chosen slide: its
//! actions, its 16:9 preview as the room will see it, which follows the typing, and the form
//! of its texts with the formatting in plain words. Then « Ajouter une diapositive »,
//! « Revenir au diaporama d'origine » and « Partager mon diaporama » (export and import). Every
//! change is saved at once on this device (`state::adapted_deck_store`) and can be undone for
//! eight seconds; presenting shows the adapted deck everywhere. The language edited is the one in
//! force; the rules are the core's (`ecrans_core::adapted_deck`).

use crate::browser::page;
use crate::components::deck::presentation::workshop_sessions;
use crate::components::deck::presenter::DeckView;
use crate::components::deck_editor::chosen_slide::ChosenSlide;
use crate::components::deck_editor::deck_editing::DeckEditing;
use crate::components::deck_editor::deck_reset::DeckReset;
use crate::components::deck_editor::deck_undo_toast::DeckUndoToast;
use crate::components::deck_editor::exchange::DeckExchange;
use crate::components::deck_editor::new_slide::NewSlide;
use crate::components::deck_editor::slide_list::SlideList;
use crate::i18n::deck::deck_texts;
use crate::i18n::deck_editor::deck_editor_texts;
use crate::state::preferences::{use_localized, use_texts};
use ecrans_core::site_map::Page;
use leptos::prelude::*;
use leptos_router::components::A;

/// The editor page.
#[component]
pub fn DeckEditorPage() -> impl IntoView {
    let editing = DeckEditing::provide();
    let store = editing.store();
    let texts = use_localized(deck_editor_texts);
    let deck_words = use_localized(deck_texts);
    let shell = use_texts();
    Effect::new(move |_| {
        page::set_window_title(&format!("{} · {}", texts.get().title, shell.get().app_name));
    });

    let unreadable = move || {
        store.unreadable().map(|error| {
            let reason = error.message(editing.language());
            view! { <div class="banner banner-warn" role="alert"><p>{(texts.get().unreadable)(&reason)}</p></div> }
        })
    };
    let session_options = move || {
        let language = editing.language();
        let chosen = editing.session().map(|session| session.code.clone());
        workshop_sessions()
            .iter()
            .map(|session| (session.code.clone(), session.name(language)))
            .chain([("tout".to_owned(), deck_words.get().whole_deck.to_owned())])
            .map(|(code, name)| {
                let selected = chosen.as_deref().unwrap_or("tout") == code;
                view! { <option value=code selected=selected>{name}</option> }
            })
            .collect_view()
    };
    let choose_session = move |event: leptos::ev::Event| {
        let code = event_target_value(&event);
        let session = workshop_sessions()
            .iter()
            .find(|session| session.code == code);
        editing.choose_session(session);
    };

    view! {
        <div class="deck-editor">
            <h1 id="page-title" tabindex="-1">{move || texts.get().title}</h1>
            {unreadable}
            <p class="lead">{move || texts.get().intro}</p>
            <p class="hint">{move || texts.get().language_note}</p>
            <div class="deck-editor-top">
                <div class="deck-editor-session">
                    <label for="deck-editor-session">{move || texts.get().session_label}</label>
                    <select id="deck-editor-session" on:change=choose_session>
                        {session_options}
                    </select>
                </div>
                <div class="button-row">
                    <A
                        href=move || DeckView::Audience.path(1, editing.session())
                        attr:class="button button-primary"
                    >
                        {move || texts.get().present}
                    </A>
                    <A href=Page::Deck.path() attr:class="button button-secondary">
                        {move || texts.get().back_to_deck}
                    </A>
                </div>
            </div>
            <div class="deck-editor-layout">
                <SlideList/>
                <ChosenSlide/>
            </div>
            <NewSlide/>
            <DeckReset/>
            <DeckExchange/>
            <DeckUndoToast/>
        </div>
    }
}
