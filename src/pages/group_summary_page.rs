//! « Bilan du groupe » (`/atelier/bilan`), the advisor's side of the group picture: read the
//! families' codes with the camera (or type or paste them), count each family once, and show the
//! group's before and after on the projector, from three families on.
//!
//! Everything comes from the core's `group_summary`: decoding each code strictly, the tally, the
//! aggregate, its sentences, its chart and its stored form. The tally lives in memory for the
//! session; « Enregistrer le bilan » keeps the aggregate only (no token, no family) in
//! localStorage, « Effacer » removes it, and a saved bilan can be shown again and printed. The
//! camera is opened only when asked, through `browser::camera`; frames are read here with
//! `quircs` (`qr_reader`), which is why this page is its own lazily loaded chunk.

mod qr_reader;

use std::time::Duration;

use crate::browser::camera::{grab_grey_frame, open_camera, Camera, CameraError};
use crate::browser::{clock, page, print};
use crate::components::charts::ChartFigure;
use crate::i18n::group::group_texts;
use crate::state::preferences::{expect_preferences, use_localized};
use crate::state::saved_bilan::{forget_saved_bilan, read_saved_bilan, save_bilan};
use ecrans_core::calendar::format_long_date;
use ecrans_core::duration_text::format_duration;
use ecrans_core::group_summary::{
    bilan_commitments_sentence, bilan_headline, bilan_moment_sentence, bilan_moments_chart,
    bilan_step_sentences, decode_share, families_missing_sentence, split_pasted_codes,
    tally_message, GroupBilan, GroupTally, ShareCodeError, TallyOutcome,
};
use ecrans_core::language::Language;
use ecrans_core::site_map::Page;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// How often the camera's picture is searched for a code.
const FRAME_INTERVAL: Duration = Duration::from_millis(250);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CameraState {
    Off,
    Starting,
    On,
    Failed(CameraFailure),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CameraFailure {
    Refused,
    Absent,
    Other,
}

/// What the last action said, kept as data so it follows the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Notice {
    Read(Result<TallyOutcome, ShareCodeError>),
    Saved,
    /// The browser refused to save the bilan, or to clear the saved one.
    SaveFailed,
    Cleared,
}

#[component]
pub fn GroupSummaryPage() -> impl IntoView {
    let preferences = expect_preferences();
    let texts = use_localized(group_texts);
    let language = Memo::new(move |_| preferences.language());
    Effect::new(move |_| page::set_window_title(texts.get().window_title));

    let tally = RwSignal::new(GroupTally::new());
    let notice = RwSignal::new(None::<Notice>);
    let typed = RwSignal::new(String::new());
    let typed_errors = RwSignal::new(Vec::<(usize, Result<TallyOutcome, ShareCodeError>)>::new());
    let saved = RwSignal::new(read_saved_bilan());
    let showing_saved = RwSignal::new(false);

    let count = move |text: &str| -> Result<TallyOutcome, ShareCodeError> {
        let share = decode_share(text)?;
        let mut outcome = TallyOutcome::Full;
        tally.update(|tally| outcome = tally.add(share));
        Ok(outcome)
    };

    // The camera: opened on request, searched every FRAME_INTERVAL, closed on leaving.
    let camera_state = RwSignal::new(CameraState::Off);
    let camera = StoredValue::new_local(None::<Camera>);
    let ticker = StoredValue::new(None::<IntervalHandle>);
    let last_seen = StoredValue::new(String::new());
    let video_ref = NodeRef::<leptos::html::Video>::new();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let stop_camera = move || {
        if let Some(handle) = ticker.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if let Some(open) = camera.try_update_value(Option::take).flatten() {
            open.stop();
        }
    };
    on_cleanup(stop_camera);
    let start_camera = move |_| {
        let Some(video) = video_ref.get_untracked() else {
            return;
        };
        camera_state.set(CameraState::Starting);
        spawn_local(async move {
            match open_camera(&video).await {
                Ok(open) => {
                    // The page may have been left while the browser asked.
                    if camera_state.try_set(CameraState::On).is_some() {
                        open.stop();
                        return;
                    }
                    camera.set_value(Some(open));
                    last_seen.set_value(String::new());
                    let tick = move || {
                        let (Some(video), Some(canvas)) =
                            (video_ref.get_untracked(), canvas_ref.get_untracked())
                        else {
                            return;
                        };
                        let Some((width, height, grey)) = grab_grey_frame(&video, &canvas) else {
                            return;
                        };
                        for text in qr_reader::read_qr_texts(width, height, &grey) {
                            // A code held still is seen in every frame: read it once.
                            if last_seen.with_value(|last| *last == text) {
                                continue;
                            }
                            last_seen.set_value(text.clone());
                            notice.set(Some(Notice::Read(count(&text))));
                        }
                    };
                    ticker.set_value(set_interval_with_handle(tick, FRAME_INTERVAL).ok());
                }
                Err(error) => {
                    let failure = match error {
                        CameraError::Refused => CameraFailure::Refused,
                        CameraError::Absent => CameraFailure::Absent,
                        CameraError::Failed(_) => CameraFailure::Other,
                    };
                    let _ = camera_state.try_set(CameraState::Failed(failure));
                }
            }
        });
    };
    let close_camera = move |_| {
        stop_camera();
        camera_state.set(CameraState::Off);
    };

    let count_typed = move |_| {
        let text = typed.get_untracked();
        let mut errors = Vec::new();
        let mut last = None;
        let codes = split_pasted_codes(&text);
        let several = codes.len() > 1;
        for (index, code) in codes.into_iter().enumerate() {
            let result = count(code);
            if !matches!(result, Ok(TallyOutcome::Counted { .. })) {
                errors.push((index + 1, result));
            }
            last = Some(result);
        }
        let last = last.unwrap_or(Err(ShareCodeError::Empty));
        notice.set(Some(Notice::Read(last)));
        if errors.is_empty() && last.is_ok() {
            typed.set(String::new());
        }
        // With one code the notice says it all; with several, each line not counted is listed.
        typed_errors.set(if several { errors } else { Vec::new() });
    };

    let current = Memo::new(move |_| tally.with(GroupTally::bilan));
    let shown = Memo::new(move |_| {
        if showing_saved.get() {
            saved.with(|saved| match saved {
                Some(Ok(saved)) => Some(saved.bilan),
                _ => None,
            })
        } else {
            current.get().ok()
        }
    });

    let save = move |_| {
        let Ok(bilan) = current.get_untracked() else {
            return;
        };
        match save_bilan(&bilan, clock::today()) {
            Ok(read_back) => {
                saved.set(Some(read_back));
                notice.set(Some(Notice::Saved));
            }
            Err(_) => notice.set(Some(Notice::SaveFailed)),
        }
    };
    let clear = move |_| match forget_saved_bilan() {
        Ok(()) => {
            saved.set(None);
            showing_saved.set(false);
            notice.set(Some(Notice::Cleared));
        }
        // The saved bilan stays, shown as it was; the notice of a failed save says why.
        Err(_) => notice.set(Some(Notice::SaveFailed)),
    };
    let start_again = move |_| {
        tally.set(GroupTally::new());
        showing_saved.set(false);
        notice.set(None);
        typed_errors.set(Vec::new());
        last_seen.set_value(String::new());
    };

    let notice_text = move || {
        let (texts, language) = (texts.get(), language.get());
        notice.get().map(|notice| match notice {
            Notice::Read(Ok(outcome)) => (true, tally_message(outcome, language)),
            Notice::Read(Err(error)) => (false, error.message(language)),
            Notice::Saved => (true, texts.saved.to_owned()),
            Notice::SaveFailed => (false, texts.save_failed.to_owned()),
            Notice::Cleared => (true, texts.cleared.to_owned()),
        })
    };

    let camera_message = move || {
        let texts = texts.get();
        match camera_state.get() {
            CameraState::Off => None,
            CameraState::Starting => Some(("hint", texts.camera_starting)),
            CameraState::On => Some(("hint", texts.camera_on)),
            CameraState::Failed(CameraFailure::Refused) => {
                Some(("banner banner-warn", texts.camera_refused))
            }
            CameraState::Failed(CameraFailure::Absent) => {
                Some(("banner banner-warn", texts.camera_absent))
            }
            CameraState::Failed(CameraFailure::Other) => {
                Some(("banner banner-warn", texts.camera_failed))
            }
        }
    };

    view! {
        <div class="group-page">
            <h1 id="page-title" tabindex="-1">{move || texts.get().page_title}</h1>
            <div class="screen-only">
                <p class="lead">{move || texts.get().intro}</p>
                <p>
                    <A href=Page::Deck.path() exact=true attr:class="button button-secondary">
                        {move || texts.get().back_to_deck}
                    </A>
                </p>

                <section class="card group-camera" aria-labelledby="group-camera-title">
                    <h2 id="group-camera-title">{move || texts.get().camera_heading}</h2>
                    <p>{move || texts.get().camera_prompt}</p>
                    <Show
                        when=move || camera_state.get() == CameraState::On
                        fallback=move || {
                            view! {
                                <button
                                    type="button"
                                    class="button button-primary"
                                    disabled=move || camera_state.get() == CameraState::Starting
                                    on:click=start_camera
                                >
                                    {move || texts.get().camera_start}
                                </button>
                            }
                        }
                    >
                        <button type="button" class="button button-secondary" on:click=close_camera>
                            {move || texts.get().camera_stop}
                        </button>
                    </Show>
                    {move || {
                        camera_message()
                            .map(|(class, message)| {
                                let role = if class == "hint" { "status" } else { "alert" };
                                view! { <p class=class role=role>{message}</p> }
                            })
                    }}
                    <video
                        node_ref=video_ref
                        class="group-camera-video"
                        aria-label=move || texts.get().camera_video_label
                        hidden=move || camera_state.get() != CameraState::On
                        muted=true
                        playsinline=true
                    ></video>
                    <canvas node_ref=canvas_ref hidden=true aria-hidden="true"></canvas>
                </section>

                <section class="card group-typed" aria-labelledby="group-typed-title">
                    <h2 id="group-typed-title">{move || texts.get().typed_heading}</h2>
                    <label for="group-typed-codes">{move || texts.get().typed_label}</label>
                    <p class="hint" id="group-typed-hint">{move || texts.get().typed_hint}</p>
                    <textarea
                        id="group-typed-codes"
                        rows="4"
                        spellcheck="false"
                        autocomplete="off"
                        aria-describedby="group-typed-hint"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    ></textarea>
                    <button type="button" class="button button-primary" on:click=count_typed>
                        {move || texts.get().typed_add}
                    </button>
                    <Show when=move || typed_errors.with(|errors| !errors.is_empty())>
                        <ul class="group-typed-errors">
                            {move || {
                                let (texts, language) = (texts.get(), language.get());
                                typed_errors
                                    .get()
                                    .into_iter()
                                    .map(|(line, result)| {
                                        let message = match result {
                                            Ok(outcome) => tally_message(outcome, language),
                                            Err(error) => error.message(language),
                                        };
                                        view! { <li>{(texts.typed_line_error)(line, &message)}</li> }
                                    })
                                    .collect_view()
                            }}
                        </ul>
                    </Show>
                </section>

                <section class="card group-count" aria-labelledby="group-count-title">
                    <h2 id="group-count-title">{move || texts.get().counted_heading}</h2>
                    <p class="group-count-figure">
                        {move || (texts.get().families_counted)(tally.with(GroupTally::families))}
                    </p>
                    <div role="status" aria-live="polite" class="group-notice">
                        {move || {
                            notice_text()
                                .map(|(good, text)| {
                                    let class = if good { "banner banner-info" } else { "banner banner-warn" };
                                    view! { <p class=class>{text}</p> }
                                })
                        }}
                    </div>
                    <Show when=move || !showing_saved.get() && current.with(Result::is_err)>
                        <p class="group-missing">
                            {move || {
                                let missing = current.with(|c| c.err().map_or(0, |e| e.missing));
                                families_missing_sentence(missing, language.get())
                            }}
                        </p>
                    </Show>
                    <p class="hint">{move || texts.get().privacy_note}</p>
                    <div class="button-row">
                        <button
                            type="button"
                            class="button button-primary"
                            disabled=move || current.with(Result::is_err)
                            on:click=save
                        >
                            {move || texts.get().save}
                        </button>
                        <button
                            type="button"
                            class="button button-secondary"
                            disabled=move || shown.with(Option::is_none)
                            on:click=move |_| print::print_page()
                        >
                            {move || texts.get().print}
                        </button>
                        <button type="button" class="button button-secondary" on:click=start_again>
                            {move || texts.get().new_session}
                        </button>
                    </div>
                </section>

                <section class="card group-saved" aria-labelledby="group-saved-title">
                    <h2 id="group-saved-title">{move || texts.get().saved_heading}</h2>
                    {move || {
                        let (texts, language) = (texts.get(), language.get());
                        saved
                            .with(|saved| match saved {
                                None => view! { <p>{texts.saved_none}</p> }.into_any(),
                                Some(Err(error)) => {
                                    view! { <p class="banner banner-warn">{error.message(language)}</p> }
                                        .into_any()
                                }
                                Some(Ok(saved)) => {
                                    let date = format_long_date(saved.saved_on, language);
                                    view! { <p>{(texts.saved_on)(&date)}</p> }.into_any()
                                }
                            })
                    }}
                    <div class="button-row">
                        <Show when=move || saved.with(|s| matches!(s, Some(Ok(_))))>
                            <button
                                type="button"
                                class="button button-secondary"
                                aria-pressed=move || showing_saved.get().to_string()
                                on:click=move |_| showing_saved.update(|on| *on = !*on)
                            >
                                {move || {
                                    if showing_saved.get() { texts.get().hide_saved } else { texts.get().show_saved }
                                }}
                            </button>
                        </Show>
                        <Show when=move || saved.with(Option::is_some)>
                            <button type="button" class="button button-secondary" on:click=clear>
                                {move || texts.get().clear}
                            </button>
                        </Show>
                    </div>
                    <p class="hint">{move || texts.get().clear_confirm_hint}</p>
                </section>
            </div>

            {move || shown.get().map(|bilan| view! { <BilanView bilan=bilan language=language.get()/> })}
        </div>
    }
}

/// The group's before and after, large enough for a projector, and printable.
#[component]
fn BilanView(bilan: GroupBilan, language: Language) -> impl IntoView {
    let texts = group_texts(language);
    let averages = bilan.a.figures.zip(bilan.b.figures).map(|(a, b)| {
        (
            format_duration(a.daily_average, language),
            format_duration(b.daily_average, language),
        )
    });
    let (before_label, after_label, per_day, families_label) = match language {
        Language::Fr => ("Avant", "Après", "par jour et par famille", "Familles"),
        Language::En => ("Before", "After", "a day per family", "Families"),
    };
    let chart = bilan_moments_chart(&bilan, language).and_then(Result::ok);
    let has_chart = chart.is_some();
    let weeks = (texts.weeks_span)(bilan.first_week, bilan.last_week);
    view! {
        <section class="card group-bilan" aria-labelledby="group-bilan-title">
            <h2 id="group-bilan-title">{texts.bilan_heading}</h2>
            <p class="group-headline">{bilan_headline(&bilan, language)}</p>
            <dl class="group-figures">
                <div>
                    <dt>{families_label}</dt>
                    <dd>{bilan.families}</dd>
                </div>
                {averages
                    .map(|(before, after)| {
                        view! {
                            <div>
                                <dt>{before_label}</dt>
                                <dd>{before}" "<span class="group-figure-unit">{per_day}</span></dd>
                            </div>
                            <div>
                                <dt>{after_label}</dt>
                                <dd>{after}" "<span class="group-figure-unit">{per_day}</span></dd>
                            </div>
                        }
                    })}
            </dl>
            <p class="hint">{weeks}</p>
            {bilan_moment_sentence(&bilan, language).map(|sentence| view! { <p>{sentence}</p> })}
            <h3>{texts.steps_heading}</h3>
            <ul class="group-steps">
                {bilan_step_sentences(&bilan, language)
                    .into_iter()
                    .map(|sentence| view! { <li>{sentence}</li> })
                    .collect_view()}
            </ul>
            {bilan_commitments_sentence(&bilan, language).map(|sentence| view! { <p>{sentence}</p> })}
        </section>
        <Show when=move || has_chart>
            <ChartFigure
                heading=Signal::derive(move || texts.chart_heading.to_owned())
                chart=Signal::stored(chart.clone())
            />
        </Show>
    }
}
