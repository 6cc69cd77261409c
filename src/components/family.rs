//! The family panel of the Carnet: the children (add, edit, remove, each with a badge, an age and
//! a daily limit) and the family plan (each child's limit, proposed from their age band with its
//! source, and the « 4 pas » the family commits to).
//!
//! Every change goes through the diary store, which saves it, merges it with other tabs and
//! offers to undo it. Names are rendered as text nodes only.

mod badge;
mod child_card;
mod child_form;
mod daily_limit;
mod remove_child;
mod steps_plan;

use crate::browser::focus::Focusable;
use crate::i18n::family::family_texts;
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::use_localized;
use child_card::ChildCard;
pub use child_form::ChildForm;
use ecrans_core::diary::ChildId;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use steps_plan::StepsPlan;

/// The emoji offered as a child's badge (their names are in `FamilyTexts::emoji_names`).
pub const EMOJIS: [&str; 8] = ["🦊", "🐢", "🐻", "🐱", "🦁", "🐸", "🐼", "🐰"];

/// Where the keyboard focus should go once the view has caught up with a change.
#[derive(Clone, Debug, PartialEq, Eq)]
enum FocusTarget {
    /// The heading of a child's card (after adding or editing them).
    Child(ChildId),
    /// The « Ajouter un enfant » button (after a removal or a cancelled addition).
    AddButton,
}

/// The panel's focus request, shared by its pieces.
type FocusRequest = RwSignal<Option<FocusTarget>>;

/// Moves the focus to `element` when `request` asks for `target` and the element is on the page.
fn focus_when_asked<E>(request: FocusRequest, target: FocusTarget, element: NodeRef<E>)
where
    E: leptos::html::ElementType + 'static,
    E::Output: Focusable,
{
    Effect::new(move |_| {
        let asked = request.with(|asked| asked.as_ref() == Some(&target));
        if let (true, Some(element)) = (asked, element.get()) {
            element.take_focus();
            request.set(None);
        }
    });
}

/// A prefix for the ids of one form or card, unique on the page (child ids come from storage and
/// are never used as HTML ids).
fn dom_id_prefix() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("family-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// The children of the family and the family plan, for the Carnet page, which gives it its
/// section and heading (« Les enfants et les repères »).
#[component]
pub fn FamilyPanel() -> impl IntoView {
    let store = expect_diary_store();
    let texts = use_localized(family_texts);
    let ids = Memo::new(move |_| {
        store.with(|diary| {
            diary
                .children()
                .iter()
                .map(|child| child.id.clone())
                .collect::<Vec<ChildId>>()
        })
    });
    let adding = RwSignal::new(false);
    let focus: FocusRequest = RwSignal::new(None);
    let add_button = NodeRef::<leptos::html::Button>::new();
    focus_when_asked(focus, FocusTarget::AddButton, add_button);

    let on_form_done = Callback::new(move |saved: Option<ChildId>| {
        adding.set(false);
        focus.set(Some(match saved {
            Some(id) => FocusTarget::Child(id),
            None => FocusTarget::AddButton,
        }));
    });

    view! {
        <div class="family-panel">
            <p class="hint">{move || texts.get().intro}</p>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="family-empty">{move || texts.get().no_children}</p>
            </Show>
            <ul class="family-children">
                <For
                    each=move || ids.get()
                    key=|id| id.clone()
                    children=move |id| view! { <li><ChildCard id=id focus=focus/></li> }
                />
            </ul>
            <Show
                when=move || adding.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button button-primary family-add"
                            node_ref=add_button
                            on:click=move |_| adding.set(true)
                        >
                            <span aria-hidden="true">"+"</span>
                            {move || texts.get().add_child}
                        </button>
                    }
                }
            >
                <div class="card family-form-card">
                    <ChildForm editing=None on_done=on_form_done/>
                </div>
            </Show>
            <StepsPlan/>
        </div>
    }
}
