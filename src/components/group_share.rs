//! « Partager avec le groupe (anonyme) » on Comparer: a plain explanation, then, once the family
//! asks, exactly what the code holds in words, the QR code and the same code as text.
//!
//! The share is computed by the core from the diary shown (the demo family while it is shown),
//! for the whole family and the two weeks chosen on the page, with a token drawn once per visit
//! of the app and kept in memory only (so showing the code twice gives the same code, and the
//! advisor counts the family once). `GroupSummaryLink` is the Atelier's way to the advisor's
//! « Bilan du groupe ». Nothing is sent anywhere: the code is only drawn on the screen.

use crate::browser::clock;
use crate::i18n::group::{group_texts, GroupTexts};
use crate::state::diary_store::expect_diary_store;
use crate::state::preferences::{expect_preferences, use_localized};
use ecrans_core::comparison::WeekPair;
use ecrans_core::deck::render_qr_svg;
use ecrans_core::group_summary::{
    format_share_code, share_in_words, share_of_comparison, share_qr_text, ShareError, ShareToken,
    TOKEN_BYTES,
};
use ecrans_core::site_map::Page;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::OnceLock;

/// The token of this visit of the app: drawn once, kept in memory only (a new visit draws anew).
fn visit_token() -> ShareToken {
    static TOKEN: OnceLock<ShareToken> = OnceLock::new();
    *TOKEN.get_or_init(|| ShareToken(clock::random_bytes::<TOKEN_BYTES>()))
}

/// « Bilan du groupe » on the Atelier's first page, for the advisor at the follow-up session.
#[component]
pub fn GroupSummaryLink() -> impl IntoView {
    let texts = use_localized(group_texts);
    view! {
        <section class="card" aria-labelledby="group-link-title">
            <h2 id="group-link-title">{move || texts.get().page_title}</h2>
            <p>{move || texts.get().atelier_link_body}</p>
            <A href=Page::group_summary_path() attr:class="button button-secondary">
                {move || texts.get().atelier_link}
            </A>
        </section>
    }
}

fn share_error_text(texts: &GroupTexts, error: ShareError) -> &'static str {
    match error {
        ShareError::NoChild => texts.share_no_child,
        ShareError::NothingFilledIn => texts.share_nothing_filled_in,
        ShareError::TooManyChildren => texts.share_too_many_children,
        ShareError::Absurd(_) => texts.share_absurd,
    }
}

/// The share of the family's comparison of `weeks`.
#[component]
pub fn GroupShare(
    /// The two weeks compared on the page.
    #[prop(into)]
    weeks: Signal<WeekPair>,
) -> impl IntoView {
    let store = expect_diary_store();
    let preferences = expect_preferences();
    let texts = use_localized(group_texts);
    let language = Memo::new(move |_| preferences.language());
    let today = clock::today();
    let token = visit_token();
    let open = RwSignal::new(false);
    let with_commitments = RwSignal::new(false);
    let has_commitments = Memo::new(move |_| store.with(|d| !d.commitments().is_empty()));

    let share = Memo::new(move |_| {
        let (weeks, with_commitments) = (weeks.get(), with_commitments.get());
        store.with(|diary| share_of_comparison(diary, weeks, today, token, with_commitments))
    });
    let words = move || {
        share.with(|share| {
            share
                .as_ref()
                .map(|share| share_in_words(share, language.get()))
                .unwrap_or_default()
        })
    };
    let qr_svg = move || {
        share.with(|share| {
            share
                .as_ref()
                .map(|share| render_qr_svg(&share_qr_text(share)))
                .unwrap_or_default()
        })
    };
    let text_code =
        move || share.with(|share| share.as_ref().map(format_share_code).unwrap_or_default());
    let error = move || {
        share.with(|share| {
            share
                .as_ref()
                .err()
                .map(|error| share_error_text(texts.get(), *error))
        })
    };

    view! {
        <section class="card group-share" aria-labelledby="group-share-title">
            <h2 id="group-share-title">{move || texts.get().share_heading}</h2>
            <p>{move || texts.get().share_explanation}</p>
            <button
                type="button"
                class="button button-primary"
                aria-expanded=move || open.get().to_string()
                aria-controls="group-share-panel"
                on:click=move |_| open.update(|open| *open = !*open)
            >
                {move || if open.get() { texts.get().share_close } else { texts.get().share_open }}
            </button>
            <Show when=move || open.get()>
                <div id="group-share-panel" class="group-share-panel">
                    {move || error().map(|message| view! { <p class="banner banner-warn" role="alert">{message}</p> })}
                    <Show when=move || share.with(Result::is_ok)>
                        <h3>{move || texts.get().share_content_heading}</h3>
                        <p class="hint">{move || texts.get().share_weeks_note}</p>
                        <ul class="group-share-words">
                            {move || words().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                        </ul>
                        <Show when=move || has_commitments.get()>
                            <label class="switch">
                                <input
                                    type="checkbox"
                                    role="switch"
                                    prop:checked=move || with_commitments.get()
                                    on:change=move |ev| with_commitments.set(event_target_checked(&ev))
                                />
                                <span>{move || texts.get().share_with_commitments}</span>
                            </label>
                        </Show>
                        <h3>{move || texts.get().share_qr_heading}</h3>
                        // The core's SVG: only modules, the code itself as the title, no style.
                        <div
                            class="group-share-qr"
                            role="img"
                            aria-label=move || texts.get().share_qr_label
                            inner_html=qr_svg
                        ></div>
                        <h3>{move || texts.get().share_text_heading}</h3>
                        <p class="group-share-code"><code>{text_code}</code></p>
                        <p class="hint">{move || texts.get().share_text_hint}</p>
                    </Show>
                </div>
            </Show>
        </section>
    }
}
