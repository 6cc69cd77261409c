//! Removing a child, in the child's card: a plain confirmation, or, when the child has entries,
//! the choice of what becomes of them (deleted too, or given to another child).

use super::dom_id_prefix;
use crate::browser::clock;
use crate::i18n::family::family_texts;
use crate::state::diary_store::{expect_diary_store, ChangeKind};
use crate::state::preferences::use_localized;
use ecrans_core::diary::{ChildId, EntriesOfRemovedChild};
use leptos::prelude::*;

/// What the question needs to know about the child's entries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Removal {
    name: String,
    /// The entries that cover the child.
    entries: usize,
    /// Those of them that also cover another child still in the diary.
    shared: usize,
    /// The other children, who may take the entries.
    heirs: Vec<(ChildId, String)>,
}

/// Asks how to remove the child `id`, and does it. `on_removed` runs once the child is gone.
#[component]
pub fn RemoveChild(
    id: ChildId,
    on_cancel: Callback<()>,
    on_removed: Callback<()>,
) -> impl IntoView {
    let store = expect_diary_store();
    let texts = use_localized(family_texts);
    let removal = Memo::new({
        let id = id.clone();
        move |_| {
            store.with(|diary| {
                let Some(child) = diary.child(&id) else {
                    return Removal::default();
                };
                let theirs: Vec<_> = diary.entries().filter(|entry| entry.covers(&id)).collect();
                let shared = theirs
                    .iter()
                    .filter(|entry| {
                        entry
                            .children
                            .iter()
                            .any(|other| *other != id && diary.child(other).is_some())
                    })
                    .count();
                Removal {
                    name: child.name.clone(),
                    entries: theirs.len(),
                    shared,
                    heirs: diary
                        .children()
                        .into_iter()
                        .filter(|other| other.id != id)
                        .map(|other| (other.id.clone(), other.name.clone()))
                        .collect(),
                }
            })
        }
    });
    let failed = RwSignal::new(false);
    let question = NodeRef::<leptos::html::P>::new();
    question.on_load(|question| {
        let _ = question.focus();
    });
    let question_id = dom_id_prefix() + "-question";
    let labelled_by = question_id.clone();

    let remove = StoredValue::new(move |entries: EntriesOfRemovedChild| {
        let id = id.clone();
        let result = store.change(ChangeKind::ChildRemoved, move |diary| {
            diary.remove_child(&id, entries, clock::now_millis())
        });
        match result {
            Ok(()) => on_removed.run(()),
            Err(_) => failed.set(true),
        }
    });

    // Rebuilt only if the entries or the other children change while the question is open.
    let actions = move || {
        let Removal { entries, heirs, .. } = removal.get();
        if entries == 0 {
            return view! {
                <button
                    type="button"
                    class="button button-danger"
                    on:click=move |_| remove.with_value(|remove| remove(EntriesOfRemovedChild::Remove))
                >
                    {move || texts.get().remove_confirm}
                </button>
            }
            .into_any();
        }
        let reassign = heirs
            .into_iter()
            .map(|(heir, name)| {
                let label = move || (texts.get().reassign_to)(&name, entries);
                view! {
                    <button
                        type="button"
                        class="button button-secondary"
                        on:click=move |_| {
                            let heir = heir.clone();
                            remove.with_value(|remove| remove(EntriesOfRemovedChild::ReassignTo(heir)))
                        }
                    >
                        {label}
                    </button>
                }
            })
            .collect_view();
        view! {
            <button
                type="button"
                class="button button-danger"
                on:click=move |_| remove.with_value(|remove| remove(EntriesOfRemovedChild::Remove))
            >
                {move || (texts.get().remove_entries_too)(entries)}
            </button>
            {reassign}
        }
        .into_any()
    };

    view! {
        <div class="family-confirm" role="group" aria-labelledby=labelled_by>
            <p id=question_id class="family-confirm-question" tabindex="-1" node_ref=question>
                {move || {
                    let texts = texts.get();
                    removal.with(|r| match r.entries {
                        0 => (texts.remove_question)(&r.name),
                        n => (texts.remove_with_entries_question)(&r.name, n),
                    })
                }}
            </p>
            {move || {
                removal.with(|r| {
                    (r.shared > 0).then(|| {
                        view! {
                            <p>{(texts.get().remove_shared_note)(&r.name, r.shared, r.entries)}</p>
                        }
                    })
                })
            }}
            <div class="family-actions">
                {actions}
                <button
                    type="button"
                    class="button button-secondary"
                    on:click=move |_| on_cancel.run(())
                >
                    {move || texts.get().cancel}
                </button>
            </div>
            <Show when=move || failed.get()>
                <p class="family-form-problem" role="alert">{move || texts.get().save_failed}</p>
            </Show>
        </div>
    }
}
