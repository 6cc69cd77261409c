//! The state of one running presentation, shared by the deck's components as a context: the
//! deck in the language in force, where the presentation stands (slide and step), the black
//! screen, the overview, and the slide number being typed.
//!
//! Every change made here by the user is also sent to the presentation's other windows through
//! `browser::deck_channel`; a change received from another window is applied without being sent
//! back, so two windows never echo each other. The position follows the core's rules
//! (`ecrans_core::deck::navigation`); this module only holds it in signals.

use crate::browser::deck_channel::{DeckChannel, DeckMessage};
use crate::browser::deck_window;
use crate::state::adapted_deck_store::{parsed_bundled_deck, use_shown_deck};
use crate::state::device_settings;
use crate::state::preferences::{expect_preferences, Preferences};
use ecrans_core::adapted_deck::SlideOrigin;
use ecrans_core::deck::navigation::slide_index_from_number;
use ecrans_core::deck::navigation::{progress, DeckPosition};
use ecrans_core::deck::{
    bundled_sessions, render_qr_svg, AgendaItem, Deck, Placeholder, Session, Slide,
};
use ecrans_core::device_settings::SessionChoice;
use ecrans_core::language::Language;
use ecrans_core::meeting::{meeting_placeholder_text, Meeting};
use ecrans_core::typography::typeset;
use leptos::prelude::*;
use std::sync::{Arc, OnceLock};

/// The sessions of `content/sessions.txt`, read once for the app's life (their slide ids are
/// checked against the French deck; every language has the same ids).
pub fn workshop_sessions() -> &'static [Session] {
    static SESSIONS: OnceLock<Vec<Session>> = OnceLock::new();
    SESSIONS.get_or_init(|| bundled_sessions(&parsed_bundled_deck(Language::Fr)))
}

/// The session with this code (`essentiel`…); `None` for no code or an unknown one.
pub fn session_by_code(code: Option<&str>) -> Option<&'static Session> {
    let code = code?;
    workshop_sessions()
        .iter()
        .find(|session| session.code == code)
}

/// The deck a session shows in the language in force (every slide without a session), with
/// the advisor's changes.
pub fn use_session_deck(session: Signal<Option<&'static Session>>) -> Memo<Arc<Deck>> {
    let shown = use_shown_deck(session);
    Memo::new(move |_| shown.with(|shown| Arc::clone(&shown.deck)))
}

/// The session chosen last on this device, for the start screen (none stored: every slide).
pub fn remembered_session() -> Option<&'static Session> {
    match device_settings::read_or_default::<SessionChoice>() {
        SessionChoice::EverySlide => None,
        SessionChoice::Session(code) => session_by_code(Some(&code)),
    }
}

/// Remembers the session chosen on the start screen (`None`: every slide). A failed write
/// only loses the remembering (the address still carries the choice), and is told in the
/// shell's banner.
pub fn remember_session(preferences: Preferences, session: Option<&'static Session>) {
    let choice = session.map_or(SessionChoice::EverySlide, |session| {
        SessionChoice::Session(session.code.clone())
    });
    preferences.remember(&choice);
}

/// What the app writes in place of the deck's placeholders, and the install slide's QR code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlideFill {
    /// The meeting's date in the language in force (« jeudi 12 mars »), if set.
    pub meeting_date: Option<String>,
    /// The meeting's place, if set.
    pub meeting_place: Option<String>,
    /// The app's own address, `https://…/`.
    pub app_address: String,
    /// The QR code of the app's address, an SVG string drawn by the core.
    pub qr_svg: Arc<str>,
    /// The agenda of the deck shown (its session's parts and their minutes).
    pub agenda: Arc<[AgendaItem]>,
    /// The planned minutes of the deck shown.
    pub total_minutes: u32,
}

impl SlideFill {
    /// The text that stands for `placeholder`, or `None` when the advisor has not set it.
    pub fn text(&self, placeholder: Placeholder) -> Option<&str> {
        match placeholder {
            Placeholder::MeetingDate => self.meeting_date.as_deref(),
            Placeholder::MeetingPlace => self.meeting_place.as_deref(),
            Placeholder::AppAddress => Some(&self.app_address),
        }
    }
}

/// The meeting stored on this device (nothing set when missing or unreadable).
pub fn stored_meeting() -> Meeting {
    device_settings::read_or_default::<Meeting>()
}

/// The placeholders' texts in the language in force, and the agenda of `deck`: the meeting
/// is read once from storage, the address and its QR code once from the page.
pub fn use_slide_fill(deck: Memo<Arc<Deck>>) -> Memo<SlideFill> {
    let preferences = expect_preferences();
    let meeting = stored_meeting();
    let app_address = deck_window::app_address();
    let qr_svg: Arc<str> = Arc::from(render_qr_svg(&app_address));
    Memo::new(move |_| {
        let language = preferences.language();
        SlideFill {
            meeting_date: meeting_placeholder_text(&meeting, Placeholder::MeetingDate, language)
                .map(|text| typeset(&text, language)),
            meeting_place: meeting_placeholder_text(&meeting, Placeholder::MeetingPlace, language)
                .map(|text| typeset(&text, language)),
            app_address: app_address.clone(),
            qr_svg: Arc::clone(&qr_svg),
            agenda: deck.with(|deck| deck.agenda().into()),
            total_minutes: deck.with(|deck| deck.total_minutes()),
        }
    })
}

/// One running presentation. Cheap to copy: it is made of signals.
#[derive(Clone, Copy)]
pub struct Presentation {
    session: Option<&'static Session>,
    deck: Memo<Arc<Deck>>,
    origins: Memo<Arc<[SlideOrigin]>>,
    fill: Memo<SlideFill>,
    position: RwSignal<DeckPosition>,
    slide_index: Memo<usize>,
    step: Memo<usize>,
    blackout: RwSignal<bool>,
    overview_open: RwSignal<bool>,
    typed_number: RwSignal<String>,
    channel: StoredValue<Option<DeckChannel>, LocalStorage>,
}

impl Presentation {
    /// Starts a presentation of `session` (every slide when `None`) at the slide numbered
    /// `start_number` in the address (numbers past the end give the last slide, anything else
    /// the first), and provides it to the components below. The windows of the presentation
    /// start following each other at once.
    pub fn provide(start_number: &str, session: Option<&'static Session>) -> Presentation {
        let shown = use_shown_deck(Signal::stored(session));
        let deck = Memo::new(move |_| shown.with(|shown| Arc::clone(&shown.deck)));
        let origins = Memo::new(move |_| shown.with(|shown| Arc::clone(&shown.origins)));
        let start = deck.with_untracked(|deck| {
            DeckPosition::at_slide(
                slide_index_from_number(start_number, deck.slides.len()),
                deck,
            )
        });
        let position = RwSignal::new(start);
        let presentation = Presentation {
            session,
            deck,
            origins,
            fill: use_slide_fill(deck),
            position,
            slide_index: Memo::new(move |_| position.get().slide),
            step: Memo::new(move |_| position.get().step),
            blackout: RwSignal::new(false),
            overview_open: RwSignal::new(false),
            typed_number: RwSignal::new(String::new()),
            channel: StoredValue::new_local(None),
        };
        let channel = DeckChannel::open(move |message| presentation.follow(message));
        if let Some(channel) = &channel {
            channel.post(DeckMessage::WhereAreWe);
        }
        presentation.channel.set_value(channel);
        // The deck changes with the language: keep the position valid for it.
        Effect::new(move |_| {
            let clamped = deck.with(|deck| presentation.position.get_untracked().clamped(deck));
            if clamped != presentation.position.get_untracked() {
                presentation.position.set(clamped);
            }
        });
        on_cleanup(move || presentation.channel.set_value(None));
        provide_context(presentation);
        presentation
    }

    /// The deck being shown: the session's slides (tracked).
    pub fn deck(&self) -> Memo<Arc<Deck>> {
        self.deck
    }

    /// The session being presented; `None` when every slide is.
    pub fn session(&self) -> Option<&'static Session> {
        self.session
    }

    /// The planned minutes of the whole session, and of the slides before the one shown
    /// (tracked): `(before, total)`.
    pub fn planned_minutes(&self) -> (u32, u32) {
        let index = self.slide_index.get();
        self.deck.with(|deck| {
            let before = deck
                .slides
                .iter()
                .take(index)
                .map(|slide| slide.minutes)
                .sum();
            (before, deck.total_minutes())
        })
    }

    /// The placeholders' texts (tracked).
    pub fn fill(&self) -> Memo<SlideFill> {
        self.fill
    }

    /// Where the presentation stands (tracked).
    pub fn position(&self) -> DeckPosition {
        self.position.get()
    }

    /// The position as a signal, for memos that only need part of it.
    pub fn position_signal(&self) -> ReadSignal<DeckPosition> {
        self.position.read_only()
    }

    /// The index of the slide shown, from 0 (changes only when the slide does).
    pub fn slide_index(&self) -> Memo<usize> {
        self.slide_index
    }

    /// How many steps of the slide shown are revealed (changes only when that does).
    pub fn step(&self) -> Memo<usize> {
        self.step
    }

    /// The slide shown, cloned (tracked).
    pub fn slide_at(&self, index: usize) -> Option<Slide> {
        self.deck.with(|deck| deck.slides.get(index).cloned())
    }

    /// Where the slide at `index` comes from: bundled, edited or the advisor's own (tracked).
    pub fn origin_at(&self, index: usize) -> SlideOrigin {
        self.origins
            .with(|origins| origins.get(index).copied())
            .unwrap_or(SlideOrigin::Bundled)
    }

    /// How many slides the deck has (tracked).
    pub fn slide_count(&self) -> usize {
        self.deck.with(|deck| deck.slides.len())
    }

    /// `(done, total)` states of the deck, for the progress bar (tracked).
    pub fn progress(&self) -> (usize, usize) {
        let position = self.position.get();
        self.deck.with(|deck| progress(deck, position))
    }

    /// The state one "next" press away (tracked), or `None` at the very end.
    pub fn upcoming(&self) -> Option<DeckPosition> {
        let position = self.position.get();
        self.deck.with(|deck| {
            let next = position.forward(deck);
            (next != position.clamped(deck)).then_some(next)
        })
    }

    /// Whether the audience screen is black (tracked).
    pub fn is_black(&self) -> bool {
        self.blackout.get()
    }

    /// Whether the overview grid is open (tracked).
    pub fn is_overview_open(&self) -> bool {
        self.overview_open.get()
    }

    /// The slide number typed so far, before Enter (tracked).
    pub fn typed_number(&self) -> String {
        self.typed_number.get()
    }

    /// Reveals the next step, else shows the next slide. On a black screen, brings the slide
    /// back instead (as a clicker's "next" does on most presentation software).
    pub fn forward(&self) {
        if self.leave_blackout() {
            return;
        }
        self.move_to(|position, deck| position.forward(deck));
    }

    /// Hides the last step, else shows the previous slide complete; on a black screen, brings
    /// the slide back instead.
    pub fn backward(&self) {
        if self.leave_blackout() {
            return;
        }
        self.move_to(|position, deck| position.backward(deck));
    }

    /// Shows the slide at `index` (from 0), nothing revealed yet.
    pub fn go_to_slide(&self, index: usize) {
        self.blackout.set(false);
        self.move_to(|_, deck| DeckPosition::at_slide(index, deck));
    }

    /// Shows the first slide.
    pub fn go_to_first(&self) {
        self.go_to_slide(0);
    }

    /// Shows the last slide.
    pub fn go_to_last(&self) {
        self.blackout.set(false);
        self.move_to(|_, deck| DeckPosition::end(deck));
    }

    /// Blacks the audience screen out, or brings the slide back.
    pub fn toggle_blackout(&self) {
        self.blackout.update(|black| *black = !*black);
        self.announce();
    }

    /// Opens or closes the overview grid (in this window only).
    pub fn toggle_overview(&self) {
        self.overview_open.update(|open| *open = !*open);
    }

    /// Closes the overview grid; returns whether it was open.
    pub fn close_overview(&self) -> bool {
        let was_open = self.overview_open.get_untracked();
        if was_open {
            self.overview_open.set(false);
        }
        was_open
    }

    /// Adds a digit to the slide number being typed (at most three digits).
    pub fn type_digit(&self, digit: char) {
        self.typed_number.update(|typed| {
            if typed.len() >= 3 {
                typed.clear();
            }
            typed.push(digit);
        });
    }

    /// Goes to the typed slide number, if one was typed; returns whether one was.
    pub fn go_to_typed_number(&self) -> bool {
        let typed = self.typed_number.get_untracked();
        if typed.is_empty() {
            return false;
        }
        self.typed_number.set(String::new());
        if let Ok(number) = typed.parse::<usize>() {
            self.go_to_slide(number.saturating_sub(1));
        }
        true
    }

    /// Forgets a half-typed slide number; returns whether there was one.
    pub fn cancel_typed_number(&self) -> bool {
        let had_one = !self.typed_number.get_untracked().is_empty();
        if had_one {
            self.typed_number.set(String::new());
        }
        had_one
    }

    fn leave_blackout(&self) -> bool {
        if self.blackout.get_untracked() {
            self.toggle_blackout();
            true
        } else {
            false
        }
    }

    fn move_to(&self, next: impl FnOnce(DeckPosition, &Deck) -> DeckPosition) {
        let current = self.position.get_untracked();
        let target = self.deck.with_untracked(|deck| next(current, deck));
        if target != current {
            self.position.set(target);
        }
        self.announce();
    }

    /// Tells the other windows what this one shows.
    fn announce(&self) {
        let message = DeckMessage::Showing {
            position: self.position.get_untracked(),
            blackout: self.blackout.get_untracked(),
        };
        self.channel.with_value(|channel| {
            if let Some(channel) = channel {
                channel.post(message);
            }
        });
    }

    /// Applies what another window says, without sending it back.
    fn follow(&self, message: DeckMessage) {
        match message {
            DeckMessage::Showing { position, blackout } => {
                let position = self.deck.with_untracked(|deck| position.clamped(deck));
                if position != self.position.get_untracked() {
                    self.position.set(position);
                }
                if blackout != self.blackout.get_untracked() {
                    self.blackout.set(blackout);
                }
            }
            DeckMessage::WhereAreWe => self.announce(),
        }
    }
}

/// The presentation provided by the deck's presenting page.
pub fn expect_presentation() -> Presentation {
    expect_context::<Presentation>()
}
