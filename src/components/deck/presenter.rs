//! The presenting page (`/atelier/7`): starts the presentation, keeps the address on the slide
//! shown, keeps the screen awake, turns keys into commands, and shows the view this window is
//! for: the projected slides, the speaker view (`?vue=orateur`, a second window) or one screen
//! with the notes under the slide (`?vue=notes`). `?seance=essentiel` presents one session's
//! slides only, in its order; every view and window keeps it in its address. The browser's
//! print gives the handouts here too: the slides from the projected window, the slides and
//! notes from the speaker's views.
//!
//! The shell's bars are hidden while this page is shown (`style/deck.css`); the toolbar's
//! « Quitter » link leads back to the Atelier's start screen on every screen size.

use crate::browser::{deck_window, focus, fullscreen, page, wake_lock};
use crate::components::deck::audience_view::AudienceView;
use crate::components::deck::handout::DeckHandout;
use crate::components::deck::presentation::{session_by_code, Presentation};
use crate::components::deck::speaker_view::SpeakerView;
use crate::i18n::deck::deck_texts;
use crate::state::device_settings;
use crate::state::preferences::{expect_preferences, use_localized, use_texts, Preferences};
use ecrans_core::deck::key_command::{command_for_key, KeyCommand};
use ecrans_core::deck::Session;
use ecrans_core::device_settings::NotesSize;
use ecrans_core::site_map::Page;
use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// Which view of the presentation this window shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeckView {
    /// The projected slides, full window.
    Audience,
    /// The speaker view, in its own window: current and next slide, notes, clock.
    Speaker,
    /// One screen: a small slide with the notes under it, on the same device.
    OneScreen,
}

impl DeckView {
    /// Reads the `vue` parameter of the address (`orateur`, `notes`); anything else is the
    /// projected slides.
    pub fn from_query(value: Option<&str>) -> DeckView {
        match value {
            Some("orateur") => DeckView::Speaker,
            Some("notes") => DeckView::OneScreen,
            _ => DeckView::Audience,
        }
    }

    /// The address of slide `number` (from 1) of `session` in this view:
    /// `/atelier/7?vue=orateur&seance=essentiel`. The session stays in the address, so the
    /// speaker window and a reload show the same session.
    pub fn path(self, number: usize, session: Option<&Session>) -> String {
        let mut query: Vec<String> = Vec::new();
        match self {
            DeckView::Audience => {}
            DeckView::Speaker => query.push("vue=orateur".to_owned()),
            DeckView::OneScreen => query.push("vue=notes".to_owned()),
        }
        if let Some(session) = session {
            query.push(format!("seance={}", session.code));
        }
        let path = Page::deck_slide_path(number);
        if query.is_empty() {
            path
        } else {
            format!("{path}?{}", query.join("&"))
        }
    }
}

/// Goes to an address of the app in this window, replacing the current history entry.
type GoTo = Box<dyn Fn(&str)>;

/// What the views and toolbars of a presenting window can do, shared as a context.
#[derive(Clone, Copy)]
pub struct PresenterControls {
    /// The running presentation.
    pub presentation: Presentation,
    /// The view this window shows.
    pub view: Memo<DeckView>,
    /// The size of the speaker notes.
    notes_size: RwSignal<NotesSize>,
    /// Where the notes' size is remembered (and a failed write is told).
    preferences: Preferences,
    /// Whether the browser blocked the speaker view's window.
    pub speaker_window_blocked: RwSignal<bool>,
    navigate: StoredValue<GoTo, LocalStorage>,
}

impl PresenterControls {
    /// Runs a command from a key or a toolbar button; returns whether it did something, so
    /// the key's default action (scrolling…) can be prevented.
    pub fn run(&self, command: KeyCommand) -> bool {
        let presentation = self.presentation;
        if !matches!(command, KeyCommand::Digit(_) | KeyCommand::Enter) {
            presentation.cancel_typed_number();
        }
        match command {
            KeyCommand::Forward => presentation.forward(),
            KeyCommand::Backward => presentation.backward(),
            KeyCommand::First => presentation.go_to_first(),
            KeyCommand::Last => presentation.go_to_last(),
            KeyCommand::Digit(digit) => presentation.type_digit(digit),
            KeyCommand::Enter => {
                if !presentation.go_to_typed_number() {
                    return false;
                }
                presentation.close_overview();
            }
            KeyCommand::Overview => presentation.toggle_overview(),
            KeyCommand::Escape => {
                if !presentation.close_overview() {
                    presentation.toggle_overview();
                }
            }
            KeyCommand::Blackout => presentation.toggle_blackout(),
            KeyCommand::Fullscreen => fullscreen::toggle_fullscreen(),
            KeyCommand::SpeakerView => {
                if self.view.get_untracked() == DeckView::Speaker {
                    return false;
                }
                self.open_speaker_window();
            }
            KeyCommand::OneScreen => match self.view.get_untracked() {
                DeckView::Audience => self.switch_view(DeckView::OneScreen),
                DeckView::OneScreen => self.switch_view(DeckView::Audience),
                DeckView::Speaker => return false,
            },
            KeyCommand::NotesLarger => {
                self.set_notes_size(self.notes_size.get_untracked().larger());
            }
            KeyCommand::NotesSmaller => {
                self.set_notes_size(self.notes_size.get_untracked().smaller());
            }
        }
        true
    }

    /// The notes' size in percent of their base size (tracked).
    pub fn notes_percent(&self) -> u16 {
        self.notes_size.get().percent()
    }

    /// Sets the notes' size and remembers it on this device for the next presentation (a
    /// size that cannot be written is still used in this window).
    fn set_notes_size(&self, size: NotesSize) {
        if size != self.notes_size.get_untracked() {
            self.notes_size.set(size);
            self.preferences.remember(&size);
        }
    }

    /// Whether the notes can grow or shrink further (tracked): `(larger, smaller)`.
    pub fn notes_can_change(&self) -> (bool, bool) {
        let size = self.notes_size.get();
        (size.can_grow(), size.can_shrink())
    }

    /// Shows this window's slide in another view, in the same window.
    pub fn switch_view(&self, view: DeckView) {
        let number = self
            .presentation
            .position_signal()
            .get_untracked()
            .slide_number();
        let session = self.presentation.session();
        self.navigate
            .with_value(|navigate| navigate(&view.path(number, session)));
    }

    /// Opens the speaker view in a second window, on the slide shown.
    pub fn open_speaker_window(&self) {
        let number = self
            .presentation
            .position_signal()
            .get_untracked()
            .slide_number();
        let path = DeckView::Speaker.path(number, self.presentation.session());
        let opened = deck_window::open_speaker_window(&path);
        self.speaker_window_blocked.set(!opened);
    }
}

/// The controls provided by the presenting page.
pub fn expect_presenter_controls() -> PresenterControls {
    expect_context::<PresenterControls>()
}

/// The presenting page's content for the slide number in the address.
#[component]
pub fn DeckPresenter(
    /// The slide number as written in the address (`"7"` in `/atelier/7`); numbers past the
    /// end show the last slide, anything else the first.
    start_number: String,
) -> impl IntoView {
    let query = use_query_map();
    // The session is read once, as the slide number is: choosing another one goes through the
    // start screen, which mounts this page again.
    let session = session_by_code(query.with_untracked(|query| query.get("seance")).as_deref());
    let presentation = Presentation::provide(&start_number, session);
    let view =
        Memo::new(move |_| DeckView::from_query(query.with(|query| query.get("vue")).as_deref()));
    let navigate = use_navigate();
    let controls = PresenterControls {
        presentation,
        view,
        // The size remembered on this device; the base size when none is stored or the stored
        // one is not one of the sizes.
        notes_size: RwSignal::new(device_settings::read_or_default::<NotesSize>()),
        preferences: expect_preferences(),
        speaker_window_blocked: RwSignal::new(false),
        navigate: StoredValue::new_local(Box::new(move |path: &str| {
            navigate(
                path,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            )
        })),
    };
    provide_context(controls);

    // The address follows the slide shown, so a reload stays on it; the history is not filled
    // with one entry per slide (Back leaves the deck).
    let location = use_location();
    let slide_number = Memo::new(move |_| presentation.position().slide_number());
    Effect::new(move |_| {
        let number = slide_number.get();
        let view = view.get();
        if location.pathname.get_untracked() != DeckView::Audience.path(number, None) {
            controls.switch_view(view);
        }
    });

    // Each window says what it shows, to tell the projected window from the speaker's.
    let texts = use_localized(deck_texts);
    let shell_texts = use_texts();
    Effect::new(move |_| {
        let view_name = match view.get() {
            DeckView::Audience => shell_texts.get().deck_title,
            DeckView::Speaker => texts.get().speaker_title,
            DeckView::OneScreen => texts.get().one_screen_title,
        };
        page::set_window_title(&format!("{view_name} · {}", shell_texts.get().app_name));
    });

    let wake_lock = StoredValue::new_local(Some(wake_lock::keep_screen_awake()));
    on_cleanup(move || {
        wake_lock.try_update_value(Option::take);
    });

    let keys = window_event_listener(ev::keydown, move |event| {
        if event.default_prevented() || event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        if focus::key_went_to_a_field(&event) {
            return;
        }
        let Some(command) = command_for_key(&event.key(), event.shift_key()) else {
            return;
        };
        if controls.run(command) {
            event.prevent_default();
        }
    });
    on_cleanup(move || keys.remove());

    // The browser's print (Ctrl+P) while presenting gives the handouts, as on the start screen:
    // the slides alone from the projected window, with the notes from the speaker's views.
    let with_notes = Signal::derive(move || view.get() != DeckView::Audience);
    let shown = move || match view.get() {
        DeckView::Audience => view! { <AudienceView/> }.into_any(),
        DeckView::Speaker => view! { <SpeakerView one_screen=false/> }.into_any(),
        DeckView::OneScreen => view! { <SpeakerView one_screen=true/> }.into_any(),
    };
    view! {
        {shown}
        <DeckHandout deck=presentation.deck() fill=presentation.fill() with_notes/>
    }
}
