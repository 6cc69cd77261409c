//! The presenting toolbar: previous and next (large, for a tablet or a phone used as a
//! remote), the overview, the speaker view or one screen, the black screen, full screen, and
//! « Quitter » back to the Atelier's start screen. Each button runs the same command as its key.

use crate::components::deck::presenter::{expect_presenter_controls, DeckView};
use crate::i18n::deck::{deck_texts, DeckTexts};
use crate::state::preferences::use_localized;
use ecrans_core::deck::key_command::KeyCommand;
use ecrans_core::site_map::Page;
use leptos::prelude::*;
use leptos_router::components::A;

/// One button: its label, its key (shown as a hint, and named for assistive technology) and
/// its command.
struct ToolbarButton {
    label: fn(&DeckTexts) -> &'static str,
    key: &'static str,
    key_name: &'static str,
    command: KeyCommand,
}

const PREVIOUS: ToolbarButton = ToolbarButton {
    label: |t| t.previous,
    key: "←",
    key_name: "ArrowLeft",
    command: KeyCommand::Backward,
};
const NEXT: ToolbarButton = ToolbarButton {
    label: |t| t.next,
    key: "→",
    key_name: "ArrowRight",
    command: KeyCommand::Forward,
};
const OVERVIEW: ToolbarButton = ToolbarButton {
    label: |t| t.overview,
    key: "O",
    key_name: "O",
    command: KeyCommand::Overview,
};
const SPEAKER: ToolbarButton = ToolbarButton {
    label: |t| t.speaker_view,
    key: "S",
    key_name: "S",
    command: KeyCommand::SpeakerView,
};
const ONE_SCREEN: ToolbarButton = ToolbarButton {
    label: |t| t.one_screen,
    key: "N",
    key_name: "N",
    command: KeyCommand::OneScreen,
};
const BACK_TO_PROJECTION: ToolbarButton = ToolbarButton {
    label: |t| t.back_to_projection,
    key: "N",
    key_name: "N",
    command: KeyCommand::OneScreen,
};
const BLACKOUT: ToolbarButton = ToolbarButton {
    label: |t| t.blackout,
    key: "B",
    key_name: "B",
    command: KeyCommand::Blackout,
};
const FULLSCREEN: ToolbarButton = ToolbarButton {
    label: |t| t.fullscreen,
    key: "F",
    key_name: "F",
    command: KeyCommand::Fullscreen,
};

/// The toolbar of a presenting window, with the buttons that make sense in its view.
#[component]
pub fn DeckToolbar() -> impl IntoView {
    let controls = expect_presenter_controls();
    let texts = use_localized(deck_texts);
    let view = controls.view.get_untracked();
    let tools: &[ToolbarButton] = match view {
        DeckView::Audience => &[OVERVIEW, SPEAKER, ONE_SCREEN, BLACKOUT, FULLSCREEN],
        DeckView::Speaker => &[OVERVIEW, BLACKOUT, FULLSCREEN],
        DeckView::OneScreen => &[OVERVIEW, BACK_TO_PROJECTION, SPEAKER, BLACKOUT, FULLSCREEN],
    };
    let button = move |tool: &ToolbarButton, class: &'static str| {
        let label = tool.label;
        let command = tool.command;
        view! {
            <button
                type="button"
                class=class
                aria-keyshortcuts=tool.key_name
                on:click=move |_| {
                    controls.run(command);
                }
            >
                {move || label(texts.get())}
                <kbd aria-hidden="true">{tool.key}</kbd>
            </button>
        }
    };
    let tools = tools
        .iter()
        .map(|tool| button(tool, "deck-tool"))
        .collect_view();
    view! {
        <nav class="deck-toolbar" aria-label=move || texts.get().toolbar_label>
            <div class="deck-toolbar-steps">
                {button(&PREVIOUS, "deck-tool deck-tool-step")}
                {button(&NEXT, "deck-tool deck-tool-step")}
            </div>
            <div class="deck-toolbar-tools">
                {tools}
                <A href=Page::Deck.path() exact=true attr:class="deck-tool deck-tool-leave">
                    {move || texts.get().leave}
                </A>
            </div>
        </nav>
        <Show when=move || controls.speaker_window_blocked.get()>
            <div class="deck-notice" role="alert">
                <p>{move || texts.get().speaker_window_blocked}</p>
                <button
                    type="button"
                    class="deck-tool"
                    on:click=move |_| controls.speaker_window_blocked.set(false)
                >
                    {move || texts.get().dismiss}
                </button>
            </div>
        </Show>
    }
}
