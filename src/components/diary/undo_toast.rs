//! « Moment supprimé — Annuler »: offered for a few seconds after every change.

use crate::i18n::diary::{diary_texts, DiaryTexts};
use crate::state::diary_store::{expect_diary_store, ChangeKind};
use crate::state::preferences::use_localized;
use leptos::prelude::*;

fn message(texts: &DiaryTexts, kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::EntryAdded => texts.undone_entry_added,
        ChangeKind::EntryEdited => texts.undone_entry_edited,
        ChangeKind::EntryDeleted => texts.undone_entry_deleted,
        ChangeKind::ChildAdded => texts.undone_child_added,
        ChangeKind::ChildEdited => texts.undone_child_edited,
        ChangeKind::ChildRemoved => texts.undone_child_removed,
        ChangeKind::PlanChanged => texts.undone_plan_changed,
        ChangeKind::Erased => texts.undone_erased,
        ChangeKind::Restored => texts.undone_restored,
        ChangeKind::DemoRemoved => texts.undone_demo_removed,
        ChangeKind::DemoKept => texts.undone_demo_kept,
    }
}

/// The undo offer, shown above the navigation while it lasts.
#[component]
pub fn UndoToast() -> impl IntoView {
    let store = expect_diary_store();
    let texts = use_localized(diary_texts);
    view! {
        <div class="toast-area" role="status" aria-live="polite">
            {move || {
                store
                    .undo_offer()
                    .map(|offer| {
                        view! {
                            <div class="toast">
                                <p>{message(texts.get(), offer.kind)}</p>
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    on:click=move |_| store.undo()
                                >
                                    {move || texts.get().undo}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
