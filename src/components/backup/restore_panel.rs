//! « Charger une sauvegarde »: choose a file, refuse it before reading when it is too large,
//! read it and let the core check it completely, show what it holds, ask about children who may
//! be the same, then « Fusionner » or « Remplacer » (after offering to back up first).
//!
//! A protected file (`ecrans_core::backup::is_protected`) has its header checked as soon as it
//! is chosen, then its passphrase is asked for; once it opens, its preview is the same as a
//! plain file's. A wrong passphrase says so and the parent can try again, as often as they
//! like. The passphrase is read from its input on « Ouvrir le fichier », the input emptied, and
//! the text dropped once the derivation has started (which keeps its copy until the key is
//! derived). The key is derived in chunks of ~12 ms, each a task of its own (`paint::work_in_chunks`), so the page
//! answers meanwhile and « Ouverture du fichier… 40 % » counts up; « Annuler » stops it.
//!
//! Nothing on the phone changes before the parent's choice; the core's `decide_restore` turns the
//! choice and the « Même enfant ? » answers into the new diary (or says what is missing), and the
//! change goes through
//! `replace_real(ChangeKind::Restored, …)`, which saves, merges with other tabs and offers undo,
//! and always lands in the real diary, even while the demo family is shown.

use super::restore_preview::{preview_lines, PreviewSummary};
use super::{expect_last_backup, progress_step, save_backup, SaveOutcome, Via};
use crate::browser::file_picker::take_chosen_file;
use crate::browser::{clock, paint};
use crate::i18n::backup::backup_texts;
use crate::state::diary_store::{expect_diary_store, ChangeKind};
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::backup::{
    check_backup_size, decide_restore, decode_backup, is_protected, preview_restore,
    ProtectedBackup, RestoreChoice, RestoreError, RestoreProblem, SameChildAnswers,
};
use ecrans_core::diary::Diary;
use ecrans_core::duration_text::format_percent;
use ecrans_core::site_map::Page;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// Why a chosen file is not shown.
#[derive(Clone, Debug, PartialEq)]
enum PickProblem {
    /// The core refused it (too large, not a backup, damaged, newer version…).
    Refused(RestoreError),
    /// The browser could not read it.
    Unreadable,
}

/// A valid backup file, read and checked.
#[derive(Clone, Debug, PartialEq)]
struct LoadedFile {
    name: String,
    diary: Diary,
}

/// A protected file whose header was checked, waiting for its passphrase.
#[derive(Clone, Debug, PartialEq)]
struct LockedFile {
    name: String,
    file: ProtectedBackup,
}

/// « Charger une sauvegarde »: the file picker, the refusal or the preview, and the choice.
#[component]
pub fn RestorePanel() -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let last_backup = expect_last_backup();
    let texts = use_localized(backup_texts);

    let problem = RwSignal::new(None::<PickProblem>);
    let reading = RwSignal::new(false);
    let loaded = RwSignal::new(None::<LoadedFile>);
    let locked = RwSignal::new(None::<LockedFile>);
    let unlock_problem = RwSignal::new(None::<RestoreError>);
    // While the key is derived, how far it is, in percent.
    let unlocking = RwSignal::new(None::<u8>);
    // Counts the files chosen and the « Annuler »: an opening under way for an earlier one stops.
    let unlock_generation = RwSignal::new(0u32);
    let passphrase_input = NodeRef::<leptos::html::Input>::new();
    let focus_passphrase = RwSignal::new(false);
    let answers = RwSignal::new(SameChildAnswers::new());
    let merge_problem = RwSignal::new(None::<RestoreProblem>);
    let confirming_replace = RwSignal::new(false);
    let saved_first = RwSignal::new(None::<SaveOutcome>);
    let done = RwSignal::new(None::<RestoreChoice>);

    let preview = Memo::new(move |_| {
        loaded.with(|loaded| {
            loaded
                .as_ref()
                .map(|file| store.with_real(|phone| preview_restore(phone, &file.diary)))
        })
    });
    let lines =
        Memo::new(move |_| {
            let language = preferences.language();
            let texts = texts.get();
            preview.with(|preview| {
                let preview = preview.as_ref()?;
                loaded.with(|loaded| {
                    let file = loaded.as_ref()?;
                    Some(store.with_real(|phone| {
                        preview_lines(preview, phone, &file.diary, language, texts)
                    }))
                })
            })
        });
    let pair_keys = Memo::new(move |_| {
        preview.with(|preview| {
            preview
                .as_ref()
                .map(|preview| {
                    preview
                        .possible_same_children
                        .iter()
                        .map(|pair| pair.to_match())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });

    let preview_heading = NodeRef::<leptos::html::H4>::new();
    let replace_question = NodeRef::<leptos::html::P>::new();
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
        if focus_passphrase.get() {
            if let Some(input) = passphrase_input.get() {
                let _ = input.focus();
                focus_passphrase.set(false);
            }
        }
    });
    Effect::new(move |_| {
        if confirming_replace.get() {
            if let Some(question) = replace_question.get() {
                let _ = question.focus();
            }
        }
    });
    Effect::new(move |_| {
        if done.get().is_some() {
            if let Some(message) = done_message.get() {
                let _ = message.focus();
            }
        }
    });

    let reset = move || {
        unlock_generation.update(|generation| *generation = generation.wrapping_add(1));
        unlocking.set(None);
        problem.set(None);
        loaded.set(None);
        locked.set(None);
        unlock_problem.set(None);
        answers.set(SameChildAnswers::new());
        merge_problem.set(None);
        confirming_replace.set(false);
        saved_first.set(None);
    };

    let on_chosen = move |event: leptos::ev::Event| {
        let Some(chosen) = take_chosen_file(&event) else {
            return;
        };
        reset();
        done.set(None);
        if let Err(error) = check_backup_size(chosen.size()) {
            problem.set(Some(PickProblem::Refused(error)));
            return;
        }
        reading.set(true);
        spawn_local(async move {
            let bytes = chosen.read_bytes().await;
            reading.set(false);
            match bytes {
                Err(_) => problem.set(Some(PickProblem::Unreadable)),
                Ok(bytes) if is_protected(&bytes) => match ProtectedBackup::read(&bytes) {
                    Ok(file) => {
                        locked.set(Some(LockedFile {
                            name: chosen.name(),
                            file,
                        }));
                        focus_passphrase.set(true);
                    }
                    Err(error) => problem.set(Some(PickProblem::Refused(error))),
                },
                Ok(bytes) => match decode_backup(&bytes) {
                    Ok(diary) => {
                        loaded.set(Some(LoadedFile {
                            name: chosen.name(),
                            diary,
                        }));
                        focus_preview.set(true);
                    }
                    Err(error) => problem.set(Some(PickProblem::Refused(error))),
                },
            }
        });
    };

    let unlock = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (Some(LockedFile { name, file }), Some(input)) =
            (locked.get_untracked(), passphrase_input.get_untracked())
        else {
            return;
        };
        if unlocking.with_untracked(Option::is_some) {
            return;
        }
        let passphrase = input.value();
        input.set_value("");
        unlock_problem.set(None);
        unlocking.set(Some(0));
        let generation = unlock_generation.get_untracked();
        let cancelled = move || unlock_generation.get_untracked() != generation;
        spawn_local(async move {
            let started = file.start_opening(&passphrase);
            drop(passphrase);
            let opened = match started {
                Ok(mut opening) => {
                    paint::work_in_chunks(|units| {
                        if cancelled() {
                            return true;
                        }
                        let progress = opening.advance(units);
                        let shown = progress_step(progress.percent());
                        if unlocking.get_untracked() != Some(shown) {
                            unlocking.set(Some(shown));
                        }
                        progress.is_finished()
                    })
                    .await;
                    if cancelled() {
                        // « Annuler » or another file meanwhile: the derivation is dropped.
                        return;
                    }
                    opening.finish()
                }
                Err(error) => Err(error),
            };
            if cancelled() {
                return;
            }
            let decoded = opened.and_then(|plain| decode_backup(&plain));
            unlocking.set(None);
            match decoded {
                Ok(diary) => {
                    locked.set(None);
                    loaded.set(Some(LoadedFile { name, diary }));
                    focus_preview.set(true);
                }
                Err(error @ (RestoreError::WrongPassphrase | RestoreError::EmptyPassphrase)) => {
                    unlock_problem.set(Some(error));
                    focus_passphrase.set(true);
                }
                Err(error) => {
                    locked.set(None);
                    problem.set(Some(PickProblem::Refused(error)));
                }
            }
        });
    };
    let unlock_problem_text = move || {
        unlock_problem.with(|problem| {
            problem
                .as_ref()
                .map(|error| error.message(preferences.language()))
        })
    };

    let apply = move |choice: RestoreChoice| {
        let Some(file) = loaded.get_untracked() else {
            return;
        };
        let phone = store.real_diary_untracked();
        let now = clock::now_millis();
        let decided =
            answers.with_untracked(|given| decide_restore(&phone, &file.diary, choice, given, now));
        let restored = match decided {
            Ok(restored) => restored,
            Err(problem) => {
                merge_problem.set(Some(problem));
                return;
            }
        };
        store.replace_real(ChangeKind::Restored, restored);
        reset();
        done.set(Some(choice));
    };

    let save_first = move |_| {
        saved_first.set(None);
        let saving = save_backup(store, last_backup, Via::Download, None, |_| {});
        spawn_local(async move { saved_first.set(Some(saving.await)) });
    };

    let problem_text = move || {
        problem.with(|problem| match problem {
            Some(PickProblem::Refused(error)) => Some(error.message(preferences.language())),
            Some(PickProblem::Unreadable) => Some(texts.get().read_failed.to_owned()),
            None => None,
        })
    };
    let merge_problem_text = move || {
        merge_problem.with(|problem| {
            problem.as_ref().map(|problem| match problem {
                RestoreProblem::Unanswered { .. } => texts.get().same_child_unanswered,
                RestoreProblem::Conflicting(_) => texts.get().same_child_failed,
            })
        })
    };
    let saved_first_text = move || {
        saved_first.with(|outcome| match outcome {
            Some(SaveOutcome::Downloaded { file_name }) => {
                Some((texts.get().saved_first)(file_name))
            }
            Some(SaveOutcome::Shared) => Some(texts.get().shared.to_owned()),
            _ => None,
        })
    };
    let saved_first_problem = move || {
        saved_first.with(|outcome| match outcome {
            Some(SaveOutcome::TooBig { bytes }) => {
                Some((texts.get().too_big)(&(texts.get().bytes)(*bytes)))
            }
            Some(SaveOutcome::Failed) => Some(texts.get().save_failed.to_owned()),
            _ => None,
        })
    };

    let pair_questions = move || {
        let keys = pair_keys.get();
        let pairs = lines.with(|lines| lines.as_ref().map(|l| l.pairs.clone()).unwrap_or_default());
        keys.into_iter()
            .zip(pairs)
            .enumerate()
            .map(|(index, (key, pair))| {
                let name = format!("same-child-{index}");
                let answer = {
                    let key = key.clone();
                    move || answers.with(|answers| answers.get(&key).copied())
                };
                let answer_yes = answer.clone();
                let choose = move |value: bool| {
                    let key = key.clone();
                    move |_| {
                        answers.update(|answers| {
                            answers.insert(key.clone(), value);
                        });
                        merge_problem.set(None);
                    }
                };
                view! {
                    <fieldset class="backup-pair">
                        <legend>{pair.question.clone()}</legend>
                        <p class="hint">{pair.phone.clone()}</p>
                        <p class="hint">{pair.file.clone()}</p>
                        <div class="choices">
                            <label class="choice">
                                <input
                                    type="radio"
                                    name=name.clone()
                                    prop:checked=move || answer_yes() == Some(true)
                                    on:change=choose(true)
                                />
                                <span>{move || texts.get().yes}</span>
                            </label>
                            <label class="choice">
                                <input
                                    type="radio"
                                    name=name.clone()
                                    prop:checked=move || answer() == Some(false)
                                    on:change=choose(false)
                                />
                                <span>{move || texts.get().no}</span>
                            </label>
                        </div>
                    </fieldset>
                }
            })
            .collect_view()
    };

    view! {
        <section class="card backup-card" aria-labelledby="backup-restore-title">
            <h3 id="backup-restore-title">{move || texts.get().restore_title}</h3>
            <p>{move || texts.get().restore_body}</p>
            <label class="backup-picker-label" for="backup-file">
                {move || texts.get().restore_pick}
            </label>
            <input
                id="backup-file"
                class="backup-file-input"
                type="file"
                accept=".json,.age,application/json,application/octet-stream"
                aria-describedby="backup-file-problem"
                on:change=on_chosen
            />
            <div id="backup-file-problem">
                <Show when=move || problem_text().is_some()>
                    <p class="backup-problem" role="alert">{problem_text}</p>
                </Show>
            </div>
            <p class="backup-status" role="status">
                {move || reading.get().then(|| texts.get().restore_reading)}
            </p>
            <Show when=move || locked.with(Option::is_some)>
                <form class="backup-unlock" aria-labelledby="backup-unlock-title" on:submit=unlock>
                    <h4 id="backup-unlock-title">{move || texts.get().unlock_title}</h4>
                    <p>
                        {move || {
                            locked
                                .with(|file| {
                                    file.as_ref().map(|file| (texts.get().unlock_body)(&file.name))
                                })
                        }}
                    </p>
                    <p class="hint" id="backup-unlock-hint">{move || texts.get().unlock_forgotten}</p>
                    <label for="backup-unlock-passphrase">{move || texts.get().unlock_passphrase}</label>
                    <input
                        id="backup-unlock-passphrase"
                        node_ref=passphrase_input
                        type="password"
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby="backup-unlock-hint backup-unlock-problem"
                    />
                    <div id="backup-unlock-problem">
                        <Show when=move || unlock_problem_text().is_some()>
                            <p class="backup-problem" role="alert">{unlock_problem_text}</p>
                        </Show>
                    </div>
                    <p class="backup-status" role="status">
                        {move || {
                            unlocking
                                .get()
                                .map(|percent| {
                                    let percent = format_percent(
                                        i64::from(percent),
                                        preferences.language(),
                                    );
                                    (texts.get().unlock_working)(&percent)
                                })
                        }}
                    </p>
                    <div class="button-row">
                        <button type="submit" class="button button-primary" disabled=move || unlocking.with(Option::is_some)>
                            {move || texts.get().unlock_button}
                        </button>
                        <button type="button" class="button button-quiet" on:click=move |_| reset()>
                            {move || texts.get().cancel}
                        </button>
                    </div>
                </form>
            </Show>
            <Show when=move || done.get().is_some()>
                <div class="backup-done">
                    <p class="backup-done-message" tabindex="-1" node_ref=done_message>
                        {move || match done.get() {
                            Some(RestoreChoice::Replace) => texts.get().done_replaced,
                            _ => texts.get().done_merged,
                        }}
                    </p>
                    <Show when=move || store.is_demo()>
                        <p>{move || texts.get().done_demo_note}</p>
                    </Show>
                    <A href=Page::Diary.path() attr:class="button button-secondary">
                        {move || texts.get().see_diary}
                    </A>
                </div>
            </Show>
            <Show when=move || loaded.with(Option::is_some)>
                <section class="backup-preview" aria-labelledby="backup-preview-title">
                    <h4 id="backup-preview-title" tabindex="-1" node_ref=preview_heading>
                        {move || texts.get().preview_title}
                    </h4>
                    <p class="backup-file-name">
                        {move || {
                            loaded
                                .with(|file| {
                                    file.as_ref().map(|file| (texts.get().preview_file)(&file.name))
                                })
                        }}
                    </p>
                    <PreviewSummary lines=lines texts=texts/>
                    <Show when=move || !pair_keys.with(Vec::is_empty)>
                        <div class="backup-pairs">
                            <h5 class="backup-subtitle">{move || texts.get().same_child_title}</h5>
                            <p>{move || texts.get().same_child_intro}</p>
                            {pair_questions}
                        </div>
                    </Show>
                    <Show
                        when=move || confirming_replace.get()
                        fallback=move || {
                            view! {
                                <div class="backup-choices">
                                    <h5 class="backup-subtitle">{move || texts.get().choose_title}</h5>
                                    <p>{move || texts.get().merge_hint}</p>
                                    <p>{move || texts.get().replace_hint}</p>
                                    <div class="button-row">
                                        <button
                                            type="button"
                                            class="button button-primary"
                                            on:click=move |_| apply(RestoreChoice::Merge)
                                        >
                                            {move || texts.get().merge_button}
                                        </button>
                                        <button
                                            type="button"
                                            class="button button-secondary"
                                            on:click=move |_| confirming_replace.set(true)
                                        >
                                            {move || texts.get().replace_button}
                                        </button>
                                        <button
                                            type="button"
                                            class="button button-quiet"
                                            on:click=move |_| reset()
                                        >
                                            {move || texts.get().cancel}
                                        </button>
                                    </div>
                                    <Show when=move || merge_problem.get().is_some()>
                                        <p class="backup-problem" role="alert">{merge_problem_text}</p>
                                    </Show>
                                </div>
                            }
                        }
                    >
                        <div class="backup-confirm">
                            <p class="confirm-question" tabindex="-1" node_ref=replace_question>
                                {move || texts.get().replace_confirm}
                            </p>
                            <p>{move || lines.with(|l| l.as_ref().map(|l| l.replace_loss.clone()))}</p>
                            <button type="button" class="button button-secondary button-wide" on:click=save_first>
                                {move || texts.get().save_first}
                            </button>
                            <p class="backup-status" role="status">{saved_first_text}</p>
                            <Show when=move || saved_first_problem().is_some()>
                                <p class="backup-problem" role="alert">{saved_first_problem}</p>
                            </Show>
                            <div class="button-row">
                                <button
                                    type="button"
                                    class="button button-danger"
                                    on:click=move |_| apply(RestoreChoice::Replace)
                                >
                                    {move || texts.get().replace_yes}
                                </button>
                                <button
                                    type="button"
                                    class="button button-quiet"
                                    on:click=move |_| confirming_replace.set(false)
                                >
                                    {move || texts.get().cancel}
                                </button>
                            </div>
                        </div>
                    </Show>
                </section>
            </Show>
        </section>
    }
}
