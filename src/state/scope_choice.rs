//! « Pour qui ? » on the Carnet, Graphiques and Comparer pages: the scope a person picked (the
//! whole family or one child) and the scope shown, which is the whole family while the picked
//! child is not in the diary (removed here or in another tab). The rule is the core's
//! (`Scope::shown_in`); the scope shown is a memo of the pick and the diary, never a signal that
//! an effect rewrites.

use crate::state::diary_store::expect_diary_store;
use ecrans_core::diary::Scope;
use leptos::prelude::*;

/// The scope picked on a page and the scope shown. Cheap to copy: it is made of signals.
#[derive(Clone, Copy)]
pub struct ScopeChoice {
    picked: RwSignal<Scope>,
    shown: Memo<Scope>,
}

impl ScopeChoice {
    /// The scope shown (tracked).
    pub fn get(&self) -> Scope {
        self.shown.get()
    }

    /// Reads the scope shown without cloning it (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&Scope) -> R) -> R {
        self.shown.with(read)
    }

    /// The scope shown, as a memo for components.
    pub fn shown(&self) -> Memo<Scope> {
        self.shown
    }

    /// Picks `scope`.
    pub fn pick(&self, scope: Scope) {
        self.picked.set(scope);
    }
}

/// A page's « Pour qui ? », starting with the whole family, over the diary shown.
pub fn use_scope_choice() -> ScopeChoice {
    let store = expect_diary_store();
    let picked = RwSignal::new(Scope::Family);
    let shown =
        Memo::new(move |_| picked.with(|picked| store.with(|diary| picked.shown_in(diary))));
    ScopeChoice { picked, shown }
}
