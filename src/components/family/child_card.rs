//! One child in the family panel: badge, name, age and limit, with their daily limit, and the
//! buttons to edit or remove them (the form and the confirmation open in the card).

use super::badge::BadgeView;
use super::child_form::ChildForm;
use super::daily_limit::DailyLimit;
use super::remove_child::RemoveChild;
use super::{dom_id_prefix, focus_when_asked, FocusRequest, FocusTarget};
use crate::browser::clock;
use crate::i18n::family::family_texts;
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::use_localized;
use ecrans_core::diary::{Child, ChildId};
use leptos::prelude::*;

/// What the card shows below the child's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CardMode {
    Summary,
    Editing,
    Removing,
}

/// The card of the child `id`, read live from the diary.
#[component]
pub fn ChildCard(id: ChildId, focus: FocusRequest) -> impl IntoView {
    let store = expect_diary_store();
    let texts = use_localized(family_texts);
    let today = clock::today();
    let child = Memo::new({
        let id = id.clone();
        move |_| store.with(|diary| diary.child(&id).cloned())
    });
    let mode = RwSignal::new(CardMode::Summary);
    let heading = NodeRef::<leptos::html::H3>::new();
    focus_when_asked(focus, FocusTarget::Child(id.clone()), heading);
    let heading_id = dom_id_prefix() + "-name";
    let labelled_by = heading_id.clone();

    let name = move || child.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
    let badge = Signal::derive(move || child.with(|c| c.as_ref().and_then(|c| c.badge.clone())));
    let age = move || {
        child.with(|c| {
            c.as_ref()
                .map(|c| (texts.get().age)(c.birth.age_in_months(today)))
                .unwrap_or_default()
        })
    };
    let limit =
        move || child.with(|c| (texts.get().limit_summary)(c.as_ref().and_then(|c| c.daily_limit)));

    let back_to_card = {
        let id = id.clone();
        Callback::new(move |_: Option<ChildId>| {
            mode.set(CardMode::Summary);
            focus.set(Some(FocusTarget::Child(id.clone())));
        })
    };
    let removed = Callback::new(move |_: ()| focus.set(Some(FocusTarget::AddButton)));
    let cancel_removal = Callback::new(move |_: ()| back_to_card.run(None));

    let below = move || {
        let id = id.clone();
        match mode.get() {
            CardMode::Summary => view! {
                <DailyLimit id=id child=child/>
                <div class="family-actions">
                    <button
                        type="button"
                        class="button button-secondary"
                        on:click=move |_| mode.set(CardMode::Editing)
                    >
                        {move || texts.get().edit}
                        <span class="sr-only">" " {name}</span>
                    </button>
                    <button
                        type="button"
                        class="button button-secondary family-remove"
                        on:click=move |_| mode.set(CardMode::Removing)
                    >
                        {move || texts.get().remove}
                        <span class="sr-only">" " {name}</span>
                    </button>
                </div>
            }
            .into_any(),
            CardMode::Editing => {
                let editing: Option<Child> = child.get_untracked();
                view! { <ChildForm editing=editing on_done=back_to_card/> }.into_any()
            }
            CardMode::Removing => view! {
                <RemoveChild id=id on_cancel=cancel_removal on_removed=removed/>
            }
            .into_any(),
        }
    };

    view! {
        <article class="card child-card" aria-labelledby=labelled_by>
            <header class="child-header">
                <BadgeView badge=badge/>
                <div class="child-identity">
                    <h3 id=heading_id tabindex="-1" node_ref=heading>{name}</h3>
                    <div class="child-meta">
                        <p>{age}</p>
                        <p>{limit}</p>
                    </div>
                </div>
            </header>
            {below}
        </article>
    }
}
