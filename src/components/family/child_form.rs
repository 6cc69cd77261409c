//! The form that adds or edits a child: name or nickname, an optional emoji or colour, and the
//! birth month. The core validates it; each error is shown next to its field and nothing is
//! saved until every field is right.

use super::badge::Swatch;
use super::{dom_id_prefix, EMOJIS};
use crate::browser::clock;
use crate::components::diary::demo_removal::DemoFormNotice;
use crate::i18n::family::family_texts;
use crate::state::diary_store::{expect_diary_store, ChangeKind};
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::diary::{
    validate_child, BirthMonth, Child, ChildBadge, ChildDraft, ChildField, ChildFieldError,
    ChildId, Colour,
};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// `aria-describedby` for a field: its hint, and its error when there is one.
fn described_by(hint_id: &str, error_id: &str, has_error: bool) -> String {
    if has_error {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.to_owned()
    }
}

/// Adds a child (`editing` is `None`) or edits `editing`. `on_done` gets the child's id once
/// saved, or `None` when the parent cancels.
#[component]
pub fn ChildForm(editing: Option<Child>, on_done: Callback<Option<ChildId>>) -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(family_texts);
    let is_new = editing.is_none();
    let start = editing
        .as_ref()
        .map(ChildDraft::from_child)
        .unwrap_or_default();
    let edited_id = editing.as_ref().map(|child| child.id.clone());
    let edited_name = editing.map(|child| child.name).unwrap_or_default();

    let name = RwSignal::new(start.name.clone());
    let badge = RwSignal::new(start.badge.clone());
    let birth = RwSignal::new(start.birth.clone());
    let errors = RwSignal::new(Vec::<ChildFieldError>::new());
    let save_failed = RwSignal::new(false);

    let prefix = dom_id_prefix();
    let title_id = format!("{prefix}-title");
    let labelled_by = title_id.clone();
    let name_id = format!("{prefix}-name");
    let name_hint_id = format!("{prefix}-name-hint");
    let name_error_id = format!("{prefix}-name-error");
    let badge_hint_id = format!("{prefix}-badge-hint");
    let badge_error_id = format!("{prefix}-badge-error");
    let birth_id = format!("{prefix}-birth");
    let birth_hint_id = format!("{prefix}-birth-hint");
    let birth_error_id = format!("{prefix}-birth-error");
    let group = format!("{prefix}-badge");

    let name_input = NodeRef::<leptos::html::Input>::new();
    let first_badge = NodeRef::<leptos::html::Input>::new();
    let birth_input = NodeRef::<leptos::html::Input>::new();
    name_input.on_load(|input| {
        let _ = input.focus();
    });

    let error_of = move |field: ChildField| {
        errors.with(|found| found.iter().find(|error| error.field() == field).cloned())
    };
    let has_error = move |field: ChildField| error_of(field).is_some();
    let message_of = move |field: ChildField| {
        error_of(field)
            .map(|error| texts.get().child_error(&error))
            .unwrap_or_default()
    };

    let on_submit = {
        let edited_id = edited_id.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            save_failed.set(false);
            let draft = ChildDraft {
                id: edited_id
                    .clone()
                    .unwrap_or_else(|| ChildId::new(clock::new_id())),
                name: name.get_untracked(),
                badge: badge.get_untracked(),
                birth: birth.get_untracked(),
                modified_at: clock::now_millis(),
            };
            let today = clock::today();
            match store.with(|diary| validate_child(&draft, diary, today)) {
                Err(found) => {
                    let first = found.first().map(ChildFieldError::field);
                    errors.set(found);
                    let target = match first {
                        Some(ChildField::Name) => name_input.get_untracked(),
                        Some(ChildField::Badge) => first_badge.get_untracked(),
                        Some(ChildField::Birth) => birth_input.get_untracked(),
                        None => None,
                    };
                    if let Some(target) = target {
                        request_animation_frame(move || {
                            let _ = target.focus();
                        });
                    }
                }
                Ok(child) => {
                    errors.set(Vec::new());
                    let id = child.id.clone();
                    let kind = if is_new {
                        ChangeKind::ChildAdded
                    } else {
                        ChangeKind::ChildEdited
                    };
                    match store.change(kind, move |diary| diary.put_child(child)) {
                        Ok(()) => on_done.run(Some(id)),
                        Err(_) => save_failed.set(true),
                    }
                }
            }
        }
    };

    let emoji_choices = {
        let group = group.clone();
        move || {
            // An emoji kept from before that is not in the list stays offered, and chosen.
            let kept = match badge.get_untracked() {
                Some(ChildBadge::Emoji(emoji)) if !EMOJIS.contains(&emoji.as_str()) => Some(emoji),
                _ => None,
            };
            let offered = kept.into_iter().map(|emoji| (emoji, None)).chain(
                EMOJIS
                    .iter()
                    .enumerate()
                    .map(|(index, emoji)| ((*emoji).to_owned(), Some(index))),
            );
            offered
                .map(|(emoji, index)| {
                    let value = emoji.clone();
                    let chosen = emoji.clone();
                    let shown = emoji.clone();
                    let spoken = move || match index {
                        Some(index) => texts.get().emoji_names[index],
                        None => texts.get().badge_current_emoji,
                    };
                    view! {
                        <label class="choice emoji-choice">
                            <input
                                type="radio"
                                name=group.clone()
                                value=value
                                prop:checked=move || {
                                    badge.with(|b| {
                                        matches!(b, Some(ChildBadge::Emoji(e)) if *e == emoji)
                                    })
                                }
                                on:change=move |_| {
                                    badge.set(Some(ChildBadge::Emoji(chosen.clone())))
                                }
                            />
                            <span class="emoji" aria-hidden="true">{shown}</span>
                            <span class="sr-only">{spoken}</span>
                        </label>
                    }
                })
                .collect_view()
        }
    };

    let colour_choices = {
        let group = group.clone();
        move || {
            Colour::ALL
                .into_iter()
                .map(|colour| {
                    view! {
                        <label class="choice colour-choice">
                            <input
                                type="radio"
                                name=group.clone()
                                value=colour.code()
                                prop:checked=move || {
                                    badge.with(|b| b == &Some(ChildBadge::Colour(colour)))
                                }
                                on:change=move |_| badge.set(Some(ChildBadge::Colour(colour)))
                            />
                            <Swatch colour=colour/>
                            <span>{move || colour.label(preferences.language())}</span>
                        </label>
                    }
                })
                .collect_view()
        }
    };

    let title = move || {
        if is_new {
            texts.get().form_add_title.to_owned()
        } else {
            (texts.get().form_edit_title)(&edited_name)
        }
    };
    let name_described = {
        let (hint, error) = (name_hint_id.clone(), name_error_id.clone());
        move || described_by(&hint, &error, has_error(ChildField::Name))
    };
    let badge_described = {
        let (hint, error) = (badge_hint_id.clone(), badge_error_id.clone());
        move || described_by(&hint, &error, has_error(ChildField::Badge))
    };
    let birth_described = {
        let (hint, error) = (birth_hint_id.clone(), birth_error_id.clone());
        move || described_by(&hint, &error, has_error(ChildField::Birth))
    };
    let this_month = BirthMonth::of(clock::today()).code();

    view! {
        <form class="family-form" novalidate aria-labelledby=labelled_by on:submit=on_submit>
            <h3 id=title_id>{title}</h3>
            <Show when=move || !errors.with(Vec::is_empty)>
                <p class="family-form-problem" role="alert">
                    {move || texts.get().form_has_errors}
                </p>
            </Show>

            <div class="family-field">
                <label for=name_id.clone()>{move || texts.get().name_label}</label>
                <p class="hint" id=name_hint_id.clone()>{move || texts.get().name_hint}</p>
                <input
                    id=name_id
                    type="text"
                    autocomplete="off"
                    spellcheck="false"
                    node_ref=name_input
                    aria-invalid=move || has_error(ChildField::Name).then_some("true")
                    aria-describedby=name_described
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <Show when=move || has_error(ChildField::Name)>
                    <p class="field-error" id=name_error_id.clone()>
                        {move || message_of(ChildField::Name)}
                    </p>
                </Show>
            </div>

            <fieldset
                class="family-field"
                aria-describedby=badge_described
            >
                <legend>{move || texts.get().badge_legend}</legend>
                <p class="hint" id=badge_hint_id.clone()>{move || texts.get().badge_hint}</p>
                <div class="choices">
                    <label class="choice">
                        <input
                            type="radio"
                            name=group.clone()
                            value="none"
                            node_ref=first_badge
                            prop:checked=move || badge.with(Option::is_none)
                            on:change=move |_| badge.set(None)
                        />
                        <span>{move || texts.get().badge_none}</span>
                    </label>
                </div>
                <p class="family-subgroup" aria-hidden="true">{move || texts.get().badge_emojis}</p>
                <div class="choices emoji-choices">{emoji_choices}</div>
                <p class="family-subgroup" aria-hidden="true">{move || texts.get().badge_colours}</p>
                <div class="choices colour-choices">{colour_choices}</div>
                <Show when=move || has_error(ChildField::Badge)>
                    <p class="field-error" id=badge_error_id.clone()>
                        {move || message_of(ChildField::Badge)}
                    </p>
                </Show>
            </fieldset>

            <div class="family-field">
                <label for=birth_id.clone()>{move || texts.get().birth_label}</label>
                <p class="hint" id=birth_hint_id.clone()>{move || texts.get().birth_hint}</p>
                <input
                    id=birth_id
                    type="month"
                    max=this_month
                    placeholder=move || texts.get().birth_placeholder
                    node_ref=birth_input
                    aria-invalid=move || has_error(ChildField::Birth).then_some("true")
                    aria-describedby=birth_described
                    prop:value=move || birth.get()
                    on:input=move |ev| birth.set(event_target_value(&ev))
                />
                <Show when=move || has_error(ChildField::Birth)>
                    <p class="field-error" id=birth_error_id.clone()>
                        {move || message_of(ChildField::Birth)}
                    </p>
                </Show>
            </div>

            <Show when=move || save_failed.get()>
                <p class="family-form-problem" role="alert">{move || texts.get().save_failed}</p>
            </Show>
            <DemoFormNotice/>
            <div class="family-actions">
                <button type="submit" class="button button-primary">
                    {move || if is_new { texts.get().save_new } else { texts.get().save_edit }}
                </button>
                <button
                    type="button"
                    class="button button-secondary"
                    on:click=move |_| on_done.run(None)
                >
                    {move || texts.get().cancel}
                </button>
            </div>
        </form>
    }
}
