//! The advisor's adapted deck (« Adapter le diaporama ») on this device: the one place that
//! loads, changes and saves it, and the deck every presenting view shows from it.
//!
//! The rules are the core's (`ecrans_core::adapted_deck`): this module holds the value in a
//! signal and keeps the same promises as the diary's store:
//! - a stored deck that cannot be read is never overwritten: the bundled deck is shown, the
//!   advisor is told why, and the first save copies the text to a recovery key first (and writes
//!   nothing if that copy fails);
//! - a write the browser refuses changes nothing shown and is said where the change was made;
//! - every change can be undone for eight seconds ([`UNDO_DELAY`]);
//! - a change saved in another tab (the editor beside the presenting windows) is followed at once.
//!
//! There is one store for the app's life, made the first time a deck page needs it, so that a
//! presentation and the editor, mounted one after the other, never listen twice to storage.

use crate::browser::local_store::{self, StoreWriteError};
use crate::state::diary_store::UNDO_DELAY;
use crate::state::preferences::expect_preferences;
use ecrans_core::adapted_deck::{
    plan_deck_load, plan_deck_save, present, AdaptedDeck, BaseDeck, DeckLoad, DeckSavePlan,
    SlideOrigin, StoredDeckError, DECK_STORAGE_KEY,
};
use ecrans_core::deck::{bundled_deck, Deck, Session};
use ecrans_core::language::Language;
use leptos::prelude::*;
use std::cell::OnceCell;
use std::sync::{Arc, OnceLock};

/// Where a stored deck that could not be read is copied before the first save.
const UNREADABLE_KEY: &str = "ecrans.deck.unreadable";

/// What a change to the adapted deck did, for the undo message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeckChange {
    SlideEdited,
    SlideHidden,
    SlideShown,
    SlideMoved,
    SlideDuplicated,
    SlideAdded,
    SlideDeleted,
    Reset,
    Imported,
}

/// The « Annuler » offer after a change: the deck before it.
#[derive(Clone, Debug, PartialEq)]
pub struct DeckUndoOffer {
    /// What the change did.
    pub change: DeckChange,
    /// Tells one offer from the next, so an old offer's timer does not close a newer one.
    pub serial: u64,
    before: AdaptedDeck,
}

/// The adapted deck as a context-free store. Cheap to copy: it is made of signals.
#[derive(Clone, Copy)]
pub struct AdaptedDeckStore {
    adapted: RwSignal<AdaptedDeck>,
    unreadable: RwSignal<Option<StoredDeckError>>,
    undo_offer: RwSignal<Option<DeckUndoOffer>>,
}

thread_local! {
    /// The store and the reactive owner its signals live in, kept for the app's life.
    static STORE: OnceCell<(Owner, AdaptedDeckStore)> = const { OnceCell::new() };
}

/// The adapted deck's store, loaded from storage the first time it is asked for.
pub fn adapted_deck_store() -> AdaptedDeckStore {
    STORE.with(|cell| {
        cell.get_or_init(|| {
            // `Owner::new_root` also makes the new owner the current one: the caller's owner is
            // put back, or the component that asked first would lose its contexts (a panic on
            // its next `expect_context`).
            let caller = Owner::current();
            let owner = Owner::new_root(None);
            let store = owner.with(load_store);
            if let Some(caller) = caller {
                caller.set();
            }
            (owner, store)
        })
        .1
    })
}

fn load_store() -> AdaptedDeckStore {
    let stored = local_store::read_text(DECK_STORAGE_KEY);
    let (adapted, unreadable) = match plan_deck_load(stored.as_deref()) {
        DeckLoad::Nothing => (AdaptedDeck::default(), None),
        DeckLoad::Adapted(deck) => (deck, None),
        DeckLoad::Unreadable { error } => (AdaptedDeck::default(), Some(error)),
    };
    let store = AdaptedDeckStore {
        adapted: RwSignal::new(adapted),
        unreadable: RwSignal::new(unreadable),
        undo_offer: RwSignal::new(None),
    };
    local_store::watch_other_tabs(DECK_STORAGE_KEY, move |text| {
        // Another tab saved (or a restore removed) the deck: show what it wrote. An unreadable
        // text is left where it is, as at start.
        match plan_deck_load(text.as_deref()) {
            DeckLoad::Nothing => store.adapted.set(AdaptedDeck::default()),
            DeckLoad::Adapted(deck) => store.adapted.set(deck),
            DeckLoad::Unreadable { error } => store.unreadable.set(Some(error)),
        }
        store.undo_offer.set(None);
    });
    store
}

impl AdaptedDeckStore {
    /// The adapted deck (tracked).
    pub fn adapted(&self) -> AdaptedDeck {
        self.adapted.get()
    }

    /// Reads the adapted deck without cloning it (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&AdaptedDeck) -> R) -> R {
        self.adapted.with(read)
    }

    /// The adapted deck, untracked (to start a change from it).
    pub fn adapted_untracked(&self) -> AdaptedDeck {
        self.adapted.get_untracked()
    }

    /// Why the deck stored on this device could not be read, if it could not (tracked).
    pub fn unreadable(&self) -> Option<StoredDeckError> {
        self.unreadable.get()
    }

    /// The undo offer while it lasts (tracked).
    pub fn undo_offer(&self) -> Option<DeckUndoOffer> {
        self.undo_offer.get()
    }

    /// Saves `deck` as the advisor's, and offers to undo `change` for eight seconds. Nothing
    /// changes (shown or stored) if the browser refuses the write.
    pub fn change(&self, change: DeckChange, deck: AdaptedDeck) -> Result<(), StoreWriteError> {
        let before = self.adapted.get_untracked();
        self.save(deck)?;
        let serial = self
            .undo_offer
            .with_untracked(|offer| offer.as_ref().map_or(1, |offer| offer.serial + 1));
        self.undo_offer.set(Some(DeckUndoOffer {
            change,
            serial,
            before,
        }));
        let store = *self;
        set_timeout(
            move || {
                if store
                    .undo_offer
                    .try_with_untracked(|offer| offer.as_ref().map(|offer| offer.serial))
                    .flatten()
                    == Some(serial)
                {
                    store.undo_offer.set(None);
                }
            },
            UNDO_DELAY,
        );
        Ok(())
    }

    /// Puts back the deck from before the last change.
    pub fn undo(&self) -> Result<(), StoreWriteError> {
        let Some(offer) = self.undo_offer.get_untracked() else {
            return Ok(());
        };
        self.save(offer.before)?;
        self.undo_offer.set(None);
        Ok(())
    }

    /// Closes the undo offer.
    pub fn dismiss_undo(&self) {
        self.undo_offer.set(None);
    }

    /// Writes `deck` following the core's plan (an unreadable text is copied aside first), then
    /// shows it.
    fn save(&self, deck: AdaptedDeck) -> Result<(), StoreWriteError> {
        let stored = local_store::read_text(DECK_STORAGE_KEY);
        let text = match plan_deck_save(stored.as_deref(), &deck) {
            DeckSavePlan::Write { text } => text,
            DeckSavePlan::KeepAsideThenWrite { unreadable, text } => {
                keep_aside(&unreadable)?;
                text
            }
        };
        local_store::write_text(DECK_STORAGE_KEY, &text)?;
        self.adapted.set(deck);
        Ok(())
    }
}

/// Copies an unreadable stored deck to the recovery key (or a numbered one beside it if that
/// one already holds another text).
fn keep_aside(unreadable: &str) -> Result<(), StoreWriteError> {
    let taken = local_store::keys_with_prefix(UNREADABLE_KEY);
    if taken
        .iter()
        .any(|key| local_store::read_text(key).as_deref() == Some(unreadable))
    {
        return Ok(());
    }
    let key = if taken.is_empty() {
        UNREADABLE_KEY.to_owned()
    } else {
        format!("{UNREADABLE_KEY}.{}", taken.len() + 1)
    };
    local_store::write_text(&key, unreadable)
}

/// The bundled deck in `language`, every slide, parsed and typeset once for the app's life.
pub fn parsed_bundled_deck(language: Language) -> Arc<Deck> {
    static FRENCH: OnceLock<Arc<Deck>> = OnceLock::new();
    static ENGLISH: OnceLock<Arc<Deck>> = OnceLock::new();
    let parsed = match language {
        Language::Fr => &FRENCH,
        Language::En => &ENGLISH,
    };
    Arc::clone(parsed.get_or_init(|| Arc::new(bundled_deck(language))))
}

/// The bundled slides in `language` as the adaptation sees them (with their editable text),
/// parsed once for the app's life, the first time an adapted deck needs them.
pub fn base_deck(language: Language) -> Arc<BaseDeck> {
    static FRENCH: OnceLock<Arc<BaseDeck>> = OnceLock::new();
    static ENGLISH: OnceLock<Arc<BaseDeck>> = OnceLock::new();
    let parsed = match language {
        Language::Fr => &FRENCH,
        Language::En => &ENGLISH,
    };
    Arc::clone(parsed.get_or_init(|| Arc::new(BaseDeck::bundled(language))))
}

/// The deck a presentation shows: the slides and where each comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownDeck {
    /// The slides, in order.
    pub deck: Arc<Deck>,
    /// The origin of each slide, at the same index.
    pub origins: Arc<[SlideOrigin]>,
}

/// The deck shown for `session` (every slide when `None`) in `language`: the advisor's
/// adaptation of it. With no change in this language, the bundled deck parsed once (the same
/// deck: `present` over no change gives exactly the bundled deck, a core test says so).
pub fn shown_deck(
    adapted: &AdaptedDeck,
    language: Language,
    session: Option<&Session>,
) -> ShownDeck {
    if adapted.language(language).entries.is_empty() {
        let full = parsed_bundled_deck(language);
        let deck = match session {
            Some(session) => Arc::new(full.for_session(session)),
            None => full,
        };
        let origins = vec![SlideOrigin::Bundled; deck.slides.len()].into();
        return ShownDeck { deck, origins };
    }
    let adapted = adapted.with_session(session.map(|session| session.code.as_str()));
    let presented = present(&base_deck(language), &adapted);
    ShownDeck {
        deck: Arc::new(presented.deck),
        origins: presented.origins.into(),
    }
}

/// The deck shown for `session` in the language in force, following the advisor's changes.
pub fn use_shown_deck(session: Signal<Option<&'static Session>>) -> Memo<ShownDeck> {
    let preferences = expect_preferences();
    let store = adapted_deck_store();
    Memo::new(move |_| {
        let language = preferences.language();
        let session = session.get();
        store.with(|adapted| shown_deck(adapted, language, session))
    })
}
