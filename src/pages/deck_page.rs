//! Atelier (`/atelier`, `/atelier/:n`): the workshop deck.
//!
//! `/atelier` is the start screen: the session to present (« Essentiel (1 h) »…, remembered on
//! this device), how to present, the next meeting the last slide will show,
//! the list of slides, the keyboard shortcuts, and the printed handouts. `/atelier/7` presents
//! slide 7 (`components::deck::presenter`); the slide number stays in the address, so a reload
//! keeps the place.

use crate::browser::print;
use crate::components::deck::handout::DeckHandout;
use crate::components::deck::presentation::{
    remember_session, remembered_session, use_session_deck, use_slide_fill, workshop_sessions,
};
use crate::components::deck::presenter::{DeckPresenter, DeckView};
use crate::components::group_share::GroupSummaryLink;
use crate::components::page_heading::PageHeading;
use crate::i18n::deck::deck_texts;
use crate::i18n::deck_editor::deck_editor_texts;
use crate::state::adapted_deck_store::{adapted_deck_store, shown_deck};
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::deck::Session;
use ecrans_core::site_map::Page;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The Atelier: the start screen, or the presentation at the slide in the address.
#[component]
pub fn DeckPage() -> impl IntoView {
    // `/atelier` and `/atelier/:n` are two routes: moving from one to the other mounts this page
    // again, while moving between slides only changes the address, so the number is read once.
    let start_number = use_params_map().with_untracked(|params| params.get("n"));
    match start_number {
        Some(start_number) => view! { <DeckPresenter start_number/> }.into_any(),
        None => view! { <DeckStart/> }.into_any(),
    }
}

/// The start screen of the Atelier.
#[component]
fn DeckStart() -> impl IntoView {
    let texts = use_localized(deck_texts);
    let preferences = expect_preferences();
    let session = RwSignal::new(remembered_session());
    let editor_texts = use_localized(deck_editor_texts);
    let store = adapted_deck_store();
    let deck = use_session_deck(session.into());
    let fill = use_slide_fill(deck);
    let with_notes = RwSignal::new(false);

    let intro =
        move || deck.with(|deck| (texts.get().intro)(deck.slides.len(), deck.total_minutes()));
    let contents = move || {
        let deck = deck.get();
        let chosen = session.get();
        deck.slides
            .iter()
            .enumerate()
            .map(|(index, slide)| {
                let minutes = slide.minutes;
                let title = slide.title.clone();
                view! {
                    <li>
                        <A href=DeckView::Audience.path(index + 1, chosen)>{title}</A>
                        <span class="deck-contents-minutes">
                            {move || (texts.get().minutes)(minutes)}
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    let choose = move |chosen: Option<&'static Session>| {
        session.set(chosen);
        remember_session(preferences, chosen);
        // The adapted deck says which session it adapts (for its exported file); a refused
        // write only loses that, and the next change in the editor writes it again.
        let _kept = store.set_session(chosen.map(|session| session.code.as_str()));
    };
    let adapted_here = move || {
        let language = preferences.language();
        store.with(|adapted| !adapted.language(language).entries.is_empty())
    };
    let session_choices = move || {
        let language = preferences.language();
        let minutes_of = |session: Option<&Session>| {
            store.with(|adapted| shown_deck(adapted, language, session).deck.total_minutes())
        };
        let full_minutes = minutes_of(None);
        let mut choices: Vec<(Option<&'static Session>, String, u32)> = workshop_sessions()
            .iter()
            .map(|choice| {
                (
                    Some(choice),
                    choice.name(language),
                    minutes_of(Some(choice)),
                )
            })
            .collect();
        choices.push((None, texts.get().whole_deck.to_owned(), full_minutes));
        choices
            .into_iter()
            .map(|(choice, name, minutes)| {
                let code = choice.map_or("tout", |choice| choice.code.as_str());
                view! {
                    <label class="choice deck-session-choice">
                        <input
                            type="radio"
                            name="deck-session"
                            value=code
                            prop:checked=move || session.get().map(|s| &s.code) == choice.map(|c| &c.code)
                            on:change=move |_| choose(choice)
                        />
                        <span>
                            {name}
                            " "
                            <span class="deck-session-minutes">
                                {move || (texts.get().planned_total)(minutes)}
                            </span>
                        </span>
                    </label>
                }
            })
            .collect_view()
    };
    let meeting_value = move |value: Option<String>| {
        let is_set = value.is_some();
        view! {
            <dd class:is-unset=!is_set>
                {value.unwrap_or_else(|| texts.get().to_be_announced.to_owned())}
            </dd>
        }
    };
    let shortcuts = move || {
        texts
            .get()
            .shortcuts
            .iter()
            .map(|(keys, action)| {
                view! {
                    <tr>
                        <th scope="row"><kbd>{*keys}</kbd></th>
                        <td>{*action}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    view! {
        <div class="deck-start">
            <PageHeading title=|t| t.deck_title/>
            <fieldset class="deck-sessions">
                <legend>{move || texts.get().session_legend}</legend>
                <p class="hint">{move || texts.get().session_hint}</p>
                {session_choices}
            </fieldset>
            <p class="lead" data-testid="deck-intro">{intro}</p>
            <p>{move || texts.get().offline_note}</p>
            <div class="deck-start-actions">
                <A href=move || DeckView::Audience.path(1, session.get()) attr:class="button button-primary">
                    {move || texts.get().start}
                </A>
                <A href=move || DeckView::OneScreen.path(1, session.get()) attr:class="button button-secondary">
                    {move || texts.get().start_one_screen}
                </A>
            </div>
            <p class="hint">{move || texts.get().start_hint}</p>

            <section class="card" aria-labelledby="deck-meeting-title">
                <h2 id="deck-meeting-title">{move || texts.get().meeting_title}</h2>
                <dl class="deck-meeting">
                    <dt>{move || texts.get().meeting_summary_date}</dt>
                    {move || meeting_value(fill.get().meeting_date)}
                    <dt>{move || texts.get().meeting_summary_place}</dt>
                    {move || meeting_value(fill.get().meeting_place)}
                </dl>
                <A href=Page::Settings.path()>{move || texts.get().meeting_edit_in_settings}</A>
            </section>

            <section class="card" aria-labelledby="deck-adapt-title">
                <h2 id="deck-adapt-title">{move || editor_texts.get().start_card_title}</h2>
                <p class="hint">{move || editor_texts.get().start_card_hint}</p>
                <Show when=adapted_here>
                    <p data-testid="deck-adapted-note">{move || editor_texts.get().start_card_adapted}</p>
                </Show>
                <A href=Page::deck_editor_path() attr:class="button button-secondary">
                    {move || editor_texts.get().start_card_link}
                </A>
            </section>

            <GroupSummaryLink/>

            <section class="card" aria-labelledby="deck-contents-title">
                <h2 id="deck-contents-title">{move || texts.get().contents_title}</h2>
                <ol class="deck-contents">{contents}</ol>
            </section>

            <section class="card" aria-labelledby="deck-shortcuts-title">
                <h2 id="deck-shortcuts-title">{move || texts.get().shortcuts_title}</h2>
                <table class="deck-shortcuts">
                    <thead>
                        <tr>
                            <th scope="col">{move || texts.get().shortcuts_keys}</th>
                            <th scope="col">{move || texts.get().shortcuts_action}</th>
                        </tr>
                    </thead>
                    <tbody>{shortcuts}</tbody>
                </table>
            </section>

            <section class="card" aria-labelledby="deck-handouts-title">
                <h2 id="deck-handouts-title">{move || texts.get().handouts_title}</h2>
                <p class="hint">{move || texts.get().handouts_hint}</p>
                <label class="choice">
                    <input
                        type="checkbox"
                        prop:checked=move || with_notes.get()
                        on:change=move |event| with_notes.set(event_target_checked(&event))
                    />
                    <span>{move || texts.get().handouts_with_notes}</span>
                </label>
                <p>
                    <button
                        type="button"
                        class="button button-secondary"
                        on:click=move |_| print::print_page()
                    >
                        {move || texts.get().handouts_print}
                    </button>
                </p>
            </section>
        </div>
        <DeckHandout deck fill with_notes/>
    }
}
