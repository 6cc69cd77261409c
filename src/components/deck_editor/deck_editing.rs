//! The editor's state, shared by its pieces as a context: the session adapted, the slide chosen,
//! the rows the list shows (the core's `editor_rows`), and [`DeckEditing::apply`], the one way a
//! change reaches the store: the core's operation over the deck as stored, saved with its undo
//! offer, or the reason it was refused, kept as data so it follows the language.

use crate::components::deck::presentation::{remember_session, remembered_session};
use crate::state::adapted_deck_store::{
    adapted_deck_store, base_deck, AdaptedDeckStore, DeckChange,
};
use crate::state::preferences::{expect_preferences, Preferences};
use ecrans_core::adapted_deck::{editor_rows, AdaptedDeck, BaseDeck, EditError, EditorRow};
use ecrans_core::deck::Session;
use ecrans_core::language::Language;
use leptos::prelude::*;
use std::sync::Arc;

/// What the last change said, if it did not go through.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorNotice {
    /// The core refused the change (a typed slide's problem, too many slides…).
    Refused(EditError),
    /// The browser refused to save; nothing changed.
    SaveFailed,
}

/// The editor's state. Cheap to copy: it is made of signals.
#[derive(Clone, Copy)]
pub struct DeckEditing {
    store: AdaptedDeckStore,
    preferences: Preferences,
    session: RwSignal<Option<&'static Session>>,
    rows: Memo<Arc<Vec<EditorRow>>>,
    chosen: RwSignal<Option<String>>,
    notice: RwSignal<Option<EditorNotice>>,
}

impl DeckEditing {
    /// Starts the editor on the session chosen last, and provides it to the pieces below.
    pub fn provide() -> DeckEditing {
        let store = adapted_deck_store();
        let preferences = expect_preferences();
        let session = RwSignal::new(remembered_session());
        let rows = Memo::new(move |_| {
            let base = base_deck(preferences.language());
            let code = session.get().map(|session| session.code.as_str());
            store.with(|adapted| Arc::new(editor_rows(&base, &adapted.with_session(code))))
        });
        let editing = DeckEditing {
            store,
            preferences,
            session,
            rows,
            chosen: RwSignal::new(None),
            notice: RwSignal::new(None),
        };
        provide_context(editing);
        editing
    }

    /// The store of the adapted deck.
    pub fn store(&self) -> AdaptedDeckStore {
        self.store
    }

    /// The language edited: the one in force (tracked).
    pub fn language(&self) -> Language {
        self.preferences.language()
    }

    /// The session adapted (tracked).
    pub fn session(&self) -> Option<&'static Session> {
        self.session.get()
    }

    /// The session as a signal, for the deck memos that follow it.
    pub fn session_signal(&self) -> Signal<Option<&'static Session>> {
        self.session.into()
    }

    /// Adapts another session: remembered for the start screen, and kept with the adapted deck
    /// (so an exported file says which session it adapts).
    pub fn choose_session(&self, session: Option<&'static Session>) {
        self.session.set(session);
        remember_session(self.preferences, session);
        self.chosen.set(None);
        let code = session.map(|session| session.code.as_str());
        if let Err(_refused) = self.store.set_session(code) {
            self.notice.set(Some(EditorNotice::SaveFailed));
        }
    }

    /// The session adapted, untracked (inside an event handler).
    pub fn session_untracked(&self) -> Option<&'static Session> {
        self.session.get_untracked()
    }

    /// Shows `session`, which the adapted deck already says (an import, or its undo), and
    /// remembers it for the start screen.
    pub fn show_session(&self, session: Option<&'static Session>) {
        self.session.set(session);
        remember_session(self.preferences, session);
        self.chosen.set(None);
    }

    /// Every slide of the adaptation, hidden ones included (tracked).
    pub fn rows(&self) -> Memo<Arc<Vec<EditorRow>>> {
        self.rows
    }

    /// The id of the slide chosen: the one picked, or the first (tracked).
    pub fn chosen_id(&self) -> Option<String> {
        let picked = self.chosen.get();
        self.rows.with(|rows| {
            picked
                .filter(|id| rows.iter().any(|row| row.entry.id() == id))
                .or_else(|| rows.first().map(|row| row.entry.id().to_owned()))
        })
    }

    /// Picks a slide to see and edit.
    pub fn choose(&self, id: &str) {
        self.chosen.set(Some(id.to_owned()));
        self.notice.set(None);
    }

    /// The chosen slide's row, with its index in the list (tracked).
    pub fn chosen_row(&self) -> Option<(usize, EditorRow)> {
        let id = self.chosen_id()?;
        self.rows.with(|rows| {
            rows.iter()
                .enumerate()
                .find(|(_, row)| row.entry.id() == id)
                .map(|(index, row)| (index, row.clone()))
        })
    }

    /// What the last change said (tracked).
    pub fn notice(&self) -> Option<EditorNotice> {
        self.notice.get()
    }

    /// Says that something the editor did was refused.
    pub fn report(&self, notice: EditorNotice) {
        self.notice.set(Some(notice));
    }

    /// Forgets the last change's notice.
    pub fn clear_notice(&self) {
        self.notice.set(None);
    }

    /// Makes a change with the core's `edit` over the deck as stored (in the language and
    /// session edited), and saves it with its undo offer. Returns whether it went through; if
    /// not, the notice says why and nothing changed.
    pub fn apply(
        &self,
        change: DeckChange,
        edit: impl FnOnce(&AdaptedDeck, &BaseDeck) -> Result<AdaptedDeck, EditError>,
    ) -> bool {
        let base = base_deck(self.preferences.language_untracked());
        let code = self
            .session
            .get_untracked()
            .map(|session| session.code.as_str());
        let adapted = self.store.adapted_untracked().with_session(code);
        match edit(&adapted, &base) {
            Err(refused) => {
                self.notice.set(Some(EditorNotice::Refused(refused)));
                false
            }
            Ok(next) => match self.store.change(change, next) {
                Ok(()) => {
                    self.notice.set(None);
                    true
                }
                Err(_refused) => {
                    self.notice.set(Some(EditorNotice::SaveFailed));
                    false
                }
            },
        }
    }
}

/// The editor provided by « Adapter le diaporama ».
pub fn expect_deck_editing() -> DeckEditing {
    expect_context::<DeckEditing>()
}
