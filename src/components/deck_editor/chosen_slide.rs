//! The chosen slide: its actions (move up or down, hide or show, duplicate, delete one of the
//! advisor's own), the 16:9 preview as the room will see it, which follows what the advisor
//! types before it is saved, and the form of its four texts and minutes with the formatting
//! explained in plain words beside the text.

use crate::components::deck::presentation::{use_session_deck, use_slide_fill};
use crate::components::deck::slide_view::{SlideUse, SlideView};
use crate::components::deck_editor::deck_editing::{expect_deck_editing, EditorNotice};
use crate::components::deck_editor::slide_draft::{DraftProblem, SlideDraft};
use crate::i18n::deck_editor::deck_editor_texts;
use crate::state::adapted_deck_store::DeckChange;
use crate::state::preferences::use_localized;
use ecrans_core::adapted_deck::{Entry, SlideField};
use leptos::prelude::*;

/// The id of the chosen slide's heading, where the list sends keyboard focus.
pub const CHOSEN_HEADING_ID: &str = "deck-editor-chosen-title";

/// The chosen slide's actions, preview and form.
#[component]
pub fn ChosenSlide() -> impl IntoView {
    let editing = expect_deck_editing();
    let texts = use_localized(deck_editor_texts);
    let deck = use_session_deck(editing.session_signal());
    let fill = use_slide_fill(deck);
    let draft = SlideDraft::default();
    let just_saved = RwSignal::new(false);

    // The chosen slide and its saved text; the fields are filled again only when either changes.
    let chosen = Memo::new(move |_| editing.chosen_row());
    let saved =
        Memo::new(move |_| chosen.with(|row| row.as_ref().map(|(_, row)| row.source.clone())));
    let chosen_id = Memo::new(move |_| {
        chosen.with(|row| row.as_ref().map(|(_, row)| row.entry.id().to_owned()))
    });
    Effect::new(move |shown_before: Option<Option<String>>| {
        let id = chosen_id.get();
        if let Some(source) = saved.get() {
            draft.fill_from(&source);
        }
        // « Enregistré » stays after a save (which changes the saved text), not on another slide.
        if shown_before.is_some_and(|before| before != id) {
            just_saved.set(false);
        }
        id
    });

    let row_count = move || editing.rows().with(|rows| rows.len());
    let index = move || chosen.with(|row| row.as_ref().map(|(index, _)| *index));
    let is_hidden =
        move || chosen.with(|row| row.as_ref().is_some_and(|(_, row)| row.entry.hidden()));
    let is_own = move || {
        chosen.with(|row| {
            row.as_ref()
                .is_some_and(|(_, row)| matches!(row.entry, Entry::Own(_)))
        })
    };
    let id = move || chosen_id.get().unwrap_or_default();

    let move_up = move |_| {
        let id = id();
        editing.apply(DeckChange::SlideMoved, |adapted, base| {
            adapted.moved_up(base, &id)
        });
    };
    let move_down = move |_| {
        let id = id();
        editing.apply(DeckChange::SlideMoved, |adapted, base| {
            adapted.moved_down(base, &id)
        });
    };
    let toggle_hidden = move |_| {
        let id = id();
        let hide = !is_hidden();
        let change = if hide {
            DeckChange::SlideHidden
        } else {
            DeckChange::SlideShown
        };
        editing.apply(change, |adapted, base| adapted.with_hidden(base, &id, hide));
    };
    let duplicate = move |_| {
        let id = id();
        let at = index().unwrap_or_default();
        if editing.apply(DeckChange::SlideDuplicated, |adapted, base| {
            adapted.with_duplicate(base, &id)
        }) {
            // The copy comes right after the slide: show it.
            let copy = editing
                .rows()
                .with_untracked(|rows| rows.get(at + 1).map(|row| row.entry.id().to_owned()));
            if let Some(copy) = copy {
                editing.choose(&copy);
            }
        }
    };
    let delete = move |_| {
        let id = id();
        let at = index().unwrap_or_default();
        if editing.apply(DeckChange::SlideDeleted, |adapted, base| {
            adapted.without_own_slide(base, &id)
        }) {
            let next = editing.rows().with_untracked(|rows| {
                rows.get(at.saturating_sub(1))
                    .map(|row| row.entry.id().to_owned())
            });
            if let Some(next) = next {
                editing.choose(&next);
            }
        }
    };
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let id = id();
        let Ok(fields) = draft.fields() else {
            return;
        };
        let saved_now = editing.apply(DeckChange::SlideEdited, |adapted, base| {
            adapted.with_fields(base, &id, &fields)
        });
        just_saved.set(saved_now);
    };
    let discard = move |_| {
        if let Some(source) = saved.get_untracked() {
            draft.fill_from(&source);
        }
        editing.clear_notice();
    };

    let preview = Memo::new(move |_| {
        let language = editing.language();
        let id = chosen_id.get()?;
        saved.with(|saved| {
            saved
                .as_ref()
                .map(|saved| draft.preview(&id, saved, language))
        })
    });
    let dirty = move || {
        saved.with(|saved| {
            saved
                .as_ref()
                .is_some_and(|saved| draft.differs_from(saved))
        })
    };
    let problem_text = move |problem: &DraftProblem| match problem {
        DraftProblem::MinutesNotANumber => texts.get().minutes_invalid.to_owned(),
        DraftProblem::Slide(error) => error.message(editing.language()),
    };
    let problem_field = move || match preview.get() {
        Some(Err(DraftProblem::Slide(error))) => error.field,
        _ => None,
    };
    let invalid = move |field: SlideField| move || problem_field() == Some(field);

    let stage = move || {
        let fill = fill.get();
        match preview.get() {
            None => None,
            Some(Ok(slide)) => Some(
                view! {
                    <div class="deck-editor-stage" data-testid="deck-editor-stage">
                        <SlideView slide revealed=usize::MAX usage=SlideUse::Preview fill/>
                    </div>
                }
                .into_any(),
            ),
            // The last saved slide stays on the stage while the typed text is refused.
            Some(Err(_)) => chosen.get().map(|(_, row)| {
                view! {
                    <div class="deck-editor-stage is-stale" data-testid="deck-editor-stage">
                        <SlideView slide=row.slide revealed=usize::MAX usage=SlideUse::Preview fill/>
                    </div>
                }
                .into_any()
            }),
        }
    };
    let typed_problem = move || {
        preview.get().and_then(Result::err).map(|problem| {
            view! { <p class="deck-editor-problem" data-testid="deck-editor-problem">{problem_text(&problem)}</p> }
        })
    };
    let notice = move || {
        editing.notice().map(|notice| {
            let message = match notice {
                EditorNotice::Refused(error) => error.message(editing.language()),
                EditorNotice::SaveFailed => texts.get().save_failed.to_owned(),
            };
            view! { <p class="deck-editor-problem" role="alert">{message}</p> }
        })
    };
    let heading = move || {
        chosen.get().map(|(index, row)| {
            let number = editing.rows().with(|rows| {
                rows.iter()
                    .take(index + 1)
                    .filter(|row| !row.entry.hidden())
                    .count()
            });
            (texts.get().chosen_title)(number.max(1), &row.slide.title)
        })
    };
    let formatting = move || {
        texts
            .get()
            .formatting
            .iter()
            .map(|(typed, meaning)| {
                view! {
                    <li><code>{*typed}</code>" : "{*meaning}</li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="deck-editor-chosen" aria-labelledby="deck-editor-chosen-title">
            <h2 id=CHOSEN_HEADING_ID tabindex="-1">{heading}</h2>
            <div class="deck-editor-actions" role="group" aria-label=move || texts.get().actions_label>
                <button
                    type="button"
                    class="button button-secondary"
                    prop:disabled=move || index() == Some(0)
                    on:click=move_up
                >
                    {move || texts.get().move_up}
                </button>
                <button
                    type="button"
                    class="button button-secondary"
                    prop:disabled=move || index().is_some_and(|index| index + 1 >= row_count())
                    on:click=move_down
                >
                    {move || texts.get().move_down}
                </button>
                <button type="button" class="button button-secondary" on:click=toggle_hidden>
                    {move || if is_hidden() { texts.get().show } else { texts.get().hide }}
                </button>
                <button type="button" class="button button-secondary" on:click=duplicate>
                    {move || texts.get().duplicate}
                </button>
                <Show when=is_own>
                    <button type="button" class="button button-danger" on:click=delete>
                        {move || texts.get().delete}
                    </button>
                </Show>
            </div>
            {notice}

            <h3>{move || texts.get().preview_title}</h3>
            <Show when=is_hidden>
                <p class="deck-editor-hidden-note">{move || texts.get().preview_hidden}</p>
            </Show>
            {stage}
            <div aria-live="polite">{typed_problem}</div>

            <form class="deck-editor-form" on:submit=save novalidate>
                <h3>{move || texts.get().form_title}</h3>
                <div class="deck-editor-field">
                    <label for="deck-editor-title">{move || texts.get().field_title}</label>
                    <p class="hint" id="deck-editor-title-help">{move || texts.get().title_help}</p>
                    <input
                        id="deck-editor-title"
                        type="text"
                        aria-describedby="deck-editor-title-help"
                        aria-invalid=move || if invalid(SlideField::Title)() { "true" } else { "false" }
                        prop:value=move || draft.title.get()
                        on:input=move |event| draft.title.set(event_target_value(&event))
                    />
                </div>
                <div class="deck-editor-field deck-editor-text-field">
                    <label for="deck-editor-text">{move || texts.get().field_text}</label>
                    <textarea
                        id="deck-editor-text"
                        rows="8"
                        aria-describedby="deck-editor-formatting"
                        aria-invalid=move || if invalid(SlideField::Text)() { "true" } else { "false" }
                        prop:value=move || draft.text.get()
                        on:input=move |event| draft.text.set(event_target_value(&event))
                    ></textarea>
                    <div class="deck-editor-help" id="deck-editor-formatting">
                        <h4>{move || texts.get().formatting_title}</h4>
                        <ul>{formatting}</ul>
                    </div>
                </div>
                <div class="deck-editor-field">
                    <label for="deck-editor-notes">{move || texts.get().field_notes}</label>
                    <p class="hint" id="deck-editor-notes-help">{move || texts.get().notes_help}</p>
                    <textarea
                        id="deck-editor-notes"
                        rows="6"
                        aria-describedby="deck-editor-notes-help"
                        aria-invalid=move || if invalid(SlideField::Notes)() { "true" } else { "false" }
                        prop:value=move || draft.notes.get()
                        on:input=move |event| draft.notes.set(event_target_value(&event))
                    ></textarea>
                </div>
                <div class="deck-editor-field">
                    <label for="deck-editor-sources">{move || texts.get().field_sources}</label>
                    <p class="hint" id="deck-editor-sources-help">{move || texts.get().sources_help}</p>
                    <textarea
                        id="deck-editor-sources"
                        rows="3"
                        aria-describedby="deck-editor-sources-help"
                        aria-invalid=move || if invalid(SlideField::Sources)() { "true" } else { "false" }
                        prop:value=move || draft.sources.get()
                        on:input=move |event| draft.sources.set(event_target_value(&event))
                    ></textarea>
                </div>
                <div class="deck-editor-field deck-editor-minutes">
                    <label for="deck-editor-minutes">{move || texts.get().field_minutes}</label>
                    <p class="hint" id="deck-editor-minutes-help">{move || texts.get().minutes_help}</p>
                    <input
                        id="deck-editor-minutes"
                        type="text"
                        inputmode="numeric"
                        aria-describedby="deck-editor-minutes-help"
                        prop:value=move || draft.minutes.get()
                        on:input=move |event| draft.minutes.set(event_target_value(&event))
                    />
                </div>
                <p class="deck-editor-status" role="status">
                    {move || {
                        if dirty() {
                            Some(texts.get().unsaved)
                        } else if just_saved.get() {
                            Some(texts.get().saved)
                        } else {
                            None
                        }
                    }}
                </p>
                <div class="button-row">
                    <button
                        type="submit"
                        class="button button-primary"
                        prop:disabled=move || !dirty() || matches!(preview.get(), Some(Err(_)))
                    >
                        {move || texts.get().save}
                    </button>
                    <Show when=dirty>
                        <button type="button" class="button button-secondary" on:click=discard>
                            {move || texts.get().discard}
                        </button>
                    </Show>
                </div>
            </form>
        </section>
    }
}
