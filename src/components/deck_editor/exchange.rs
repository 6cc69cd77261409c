//! « Partager mon diaporama »: « Exporter mon diaporama » writes the adapted deck as one file (the
//! share sheet where the browser takes a `.json` file, else the download), and « Importer un
//! diaporama » reads a colleague's file and shows what it would change before anything does.
//!
//! Importing meets the backups' standard (`components::backup::restore_panel`): the file's size
//! is checked before it is read, the core decodes it completely and strictly
//! (`ecrans_core::adapted_deck::decode_deck_file`), a refused file is said in the language in
//! force with the core's sentence and nothing stored changes, and the preview
//! (`import_preview.rs`) shows the file's titles as text. « Remplacer mon diaporama par celui-ci »
//! saves through the store (`DeckChange::Imported`, undoable for eight seconds) and remembers the
//! file's session as the start screen's choice; a write the browser refuses is said, and leaves
//! everything as it was.

use super::import_preview::{import_preview_lines, ImportPreviewSummary};
use crate::browser::clock;
use crate::browser::file_picker::take_chosen_file;
use crate::browser::share::{share_or_download, ShareOutcome};
use crate::components::deck::presentation::session_by_code;
use crate::components::deck_editor::deck_editing::expect_deck_editing;
use crate::i18n::deck_exchange::deck_exchange_texts;
use crate::state::adapted_deck_store::{adapted_deck_store, base_deck, DeckChange};
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::adapted_deck::{
    check_deck_file_size, deck_file_name, decode_deck_file, encode_deck_file, preview_import,
    AdaptedDeck, FileError, DECK_FILE_MEDIA_TYPE,
};
use ecrans_core::deck::Session;
use ecrans_core::language::Language;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// How « Exporter mon diaporama » ended.
#[derive(Clone, Debug, PartialEq, Eq)]
enum ExportOutcome {
    Downloaded {
        file_name: String,
    },
    Shared,
    Cancelled,
    Failed,
    /// The deck is the bundled one: a file of it would be refused on import.
    NothingToExport,
    /// Larger than a file can be to be imported.
    TooLarge(FileError),
}

/// Why a chosen file is not shown.
#[derive(Clone, Debug, PartialEq)]
enum PickProblem {
    /// The core refused it (too large, not text, not a deck, newer version, a slide refused…).
    Refused(FileError),
    /// The browser could not read it.
    Unreadable,
}

/// A deck file read and checked, waiting for the advisor's choice.
#[derive(Clone, Debug, PartialEq)]
struct LoadedDeck {
    name: String,
    deck: AdaptedDeck,
}

/// What the card says after « Remplacer… » or « Annuler l'import ».
#[derive(Clone, Debug, PartialEq)]
enum Replaced {
    /// The file's deck is this device's; `previous_session` is the start screen's choice before.
    Done {
        session: Option<String>,
        previous_session: Option<&'static Session>,
    },
    /// « Annuler l'import »: the deck from before is back.
    Undone,
}

/// Whether the deck holds no change at all in either language (its file would be refused).
fn nothing_to_export(deck: &AdaptedDeck) -> bool {
    deck.french.entries.is_empty() && deck.english.entries.is_empty()
}

/// Export and import of the adapted deck.
#[component]
pub fn DeckExchange() -> impl IntoView {
    let store = adapted_deck_store();
    let preferences = expect_preferences();
    let editing = expect_deck_editing();
    let texts = use_localized(deck_exchange_texts);

    let exported = RwSignal::new(None::<ExportOutcome>);
    let problem = RwSignal::new(None::<PickProblem>);
    let reading = RwSignal::new(false);
    let loaded = RwSignal::new(None::<LoadedDeck>);
    let write_failed = RwSignal::new(false);
    let replaced = RwSignal::new(None::<Replaced>);

    let export = move |_| {
        let deck = store.adapted_untracked();
        if nothing_to_export(&deck) {
            exported.set(Some(ExportOutcome::NothingToExport));
            return;
        }
        let text = encode_deck_file(&deck);
        if let Err(error) = check_deck_file_size(u64::try_from(text.len()).unwrap_or(u64::MAX)) {
            exported.set(Some(ExportOutcome::TooLarge(error)));
            return;
        }
        exported.set(None);
        let file_name = deck_file_name(clock::today());
        let sharing = share_or_download(
            &file_name,
            text.as_bytes(),
            DECK_FILE_MEDIA_TYPE,
            texts.get_untracked().export_share_title,
        );
        spawn_local(async move {
            let outcome = match sharing.await {
                ShareOutcome::Shared => ExportOutcome::Shared,
                ShareOutcome::Downloaded => ExportOutcome::Downloaded { file_name },
                ShareOutcome::Cancelled => ExportOutcome::Cancelled,
                ShareOutcome::Failed => ExportOutcome::Failed,
            };
            exported.set(Some(outcome));
        });
    };
    // (a success for `role="status"`, a problem for `role="alert"`)
    let export_message = move || {
        let texts = texts.get();
        exported.with(|outcome| match outcome {
            Some(ExportOutcome::Downloaded { file_name }) => {
                (Some((texts.exported)(file_name)), None)
            }
            Some(ExportOutcome::Shared) => (Some(texts.shared.to_owned()), None),
            Some(ExportOutcome::Failed) => (None, Some(texts.export_failed.to_owned())),
            Some(ExportOutcome::NothingToExport) => {
                (None, Some(texts.nothing_to_export.to_owned()))
            }
            Some(ExportOutcome::TooLarge(error)) => {
                (None, Some(error.message(preferences.language())))
            }
            Some(ExportOutcome::Cancelled) | None => (None, None),
        })
    };

    let preview = Memo::new(move |_| {
        let language = preferences.language();
        let texts = texts.get();
        loaded.with(|loaded| {
            let file = loaded.as_ref()?;
            Some(store.with(|device| {
                let preview = preview_import(
                    &base_deck(Language::Fr),
                    &base_deck(Language::En),
                    device,
                    &file.deck,
                );
                import_preview_lines(&preview, device.session.as_deref(), language, texts)
            }))
        })
    });

    let preview_heading = NodeRef::<leptos::html::H3>::new();
    let done_message = NodeRef::<leptos::html::P>::new();
    let focus_preview = RwSignal::new(false);
    Effect::new(move |_| {
        if focus_preview.get() {
            if let Some(heading) = preview_heading.get() {
                let _ = heading.focus();
                focus_preview.set(false);
            }
        }
    });
    Effect::new(move |_| {
        if replaced.with(Option::is_some) {
            if let Some(message) = done_message.get() {
                let _ = message.focus();
            }
        }
    });

    let reset = move || {
        problem.set(None);
        loaded.set(None);
        write_failed.set(false);
    };

    let on_chosen = move |event: leptos::ev::Event| {
        let Some(chosen) = take_chosen_file(&event) else {
            return;
        };
        reset();
        replaced.set(None);
        if let Err(error) = check_deck_file_size(chosen.size()) {
            problem.set(Some(PickProblem::Refused(error)));
            return;
        }
        reading.set(true);
        spawn_local(async move {
            let bytes = chosen.read_bytes().await;
            reading.set(false);
            match bytes.map(|bytes| decode_deck_file(&bytes)) {
                Err(_) => problem.set(Some(PickProblem::Unreadable)),
                Ok(Err(error)) => problem.set(Some(PickProblem::Refused(error))),
                Ok(Ok(deck)) => {
                    loaded.set(Some(LoadedDeck {
                        name: chosen.name(),
                        deck,
                    }));
                    focus_preview.set(true);
                }
            }
        });
    };

    let replace = move |_| {
        let Some(file) = loaded.get_untracked() else {
            return;
        };
        let previous_session = editing.session_untracked();
        let session = file.deck.session.clone();
        if store.change(DeckChange::Imported, file.deck).is_err() {
            write_failed.set(true);
            return;
        }
        editing.show_session(session_by_code(session.as_deref()));
        reset();
        replaced.set(Some(Replaced::Done {
            session,
            previous_session,
        }));
    };

    let undo = move |_| {
        let Some(Replaced::Done {
            previous_session, ..
        }) = replaced.get_untracked()
        else {
            return;
        };
        if store.undo().is_err() {
            write_failed.set(true);
            return;
        }
        editing.show_session(previous_session);
        replaced.set(Some(Replaced::Undone));
    };
    let can_undo = move || {
        matches!(replaced.get(), Some(Replaced::Done { .. }))
            && store
                .undo_offer()
                .is_some_and(|offer| offer.change == DeckChange::Imported)
    };

    let problem_text = move || {
        problem.with(|problem| match problem {
            Some(PickProblem::Refused(error)) => Some(error.message(preferences.language())),
            Some(PickProblem::Unreadable) => Some(texts.get().read_failed.to_owned()),
            None => None,
        })
    };
    let write_failed_text = move || write_failed.get().then(|| texts.get().save_failed);
    let done_text = move || {
        let texts = texts.get();
        replaced.with(|replaced| match replaced {
            Some(Replaced::Done { session, .. }) => {
                let name = match session_by_code(session.as_deref()) {
                    Some(session) => match preferences.language() {
                        Language::Fr => session.french_name.clone(),
                        Language::En => session.english_name.clone(),
                    },
                    None => texts.every_slide.to_owned(),
                };
                Some(format!("{} {}", texts.done, (texts.done_session)(&name)))
            }
            Some(Replaced::Undone) => Some(texts.undone.to_owned()),
            None => None,
        })
    };

    view! {
        <section class="card deck-exchange" id="partager-diaporama" aria-labelledby="deck-exchange-title">
            <h2 id="deck-exchange-title">{move || texts.get().title}</h2>
            <p>{move || texts.get().intro}</p>
            <p class="hint">{move || texts.get().privacy}</p>
            <button type="button" class="button button-primary" on:click=export>
                {move || texts.get().export_button}
            </button>
            <p class="backup-status" role="status">{move || export_message().0}</p>
            <Show when=move || export_message().1.is_some()>
                <p class="backup-problem" role="alert">{move || export_message().1}</p>
            </Show>

            <div class="deck-import">
                <label class="backup-picker-label" for="deck-import-file">
                    {move || texts.get().import_pick}
                </label>
                <p class="hint" id="deck-import-hint">{move || texts.get().import_hint}</p>
                <input
                    id="deck-import-file"
                    class="backup-file-input"
                    type="file"
                    accept=".json,application/json"
                    aria-describedby="deck-import-hint deck-import-problem"
                    on:change=on_chosen
                />
                <div id="deck-import-problem">
                    <Show when=move || problem_text().is_some()>
                        <p class="backup-problem" role="alert">{problem_text}</p>
                    </Show>
                </div>
                <p class="backup-status" role="status">
                    {move || reading.get().then(|| texts.get().reading)}
                </p>
            </div>

            <Show when=move || replaced.with(Option::is_some)>
                <div class="backup-done">
                    <p class="backup-done-message" tabindex="-1" node_ref=done_message role="status">
                        {done_text}
                    </p>
                    <Show when=can_undo>
                        <button type="button" class="button button-quiet" on:click=undo>
                            {move || texts.get().undo}
                        </button>
                    </Show>
                </div>
            </Show>

            <Show when=move || loaded.with(Option::is_some)>
                <section class="backup-preview deck-import-preview" aria-labelledby="deck-import-preview-title">
                    <h3 id="deck-import-preview-title" tabindex="-1" node_ref=preview_heading>
                        {move || texts.get().preview_title}
                    </h3>
                    <p class="backup-file-name">
                        {move || {
                            loaded
                                .with(|file| {
                                    file.as_ref().map(|file| (texts.get().preview_file)(&file.name))
                                })
                        }}
                    </p>
                    <ImportPreviewSummary lines=preview/>
                    <p class="deck-import-warning">{move || texts.get().replace_warning}</p>
                    <div class="button-row">
                        <button type="button" class="button button-primary" on:click=replace>
                            {move || texts.get().replace_button}
                        </button>
                        <button type="button" class="button button-quiet" on:click=move |_| reset()>
                            {move || texts.get().cancel}
                        </button>
                    </div>
                </section>
            </Show>
            // A refused write is said after the preview or after « Annuler l'import ».
            <Show when=move || write_failed.get()>
                <p class="backup-problem" role="alert">{write_failed_text}</p>
            </Show>
        </section>
    }
}
