//! The heading of a page, which also names the window (« Carnet · Écrans en famille »).

use crate::browser::page;
use crate::i18n::Texts;
use crate::state::preferences::use_texts;
use leptos::prelude::*;

/// The page's `<h1>`, kept in step with the window title.
#[component]
pub fn PageHeading(
    /// Picks the heading from the interface strings.
    title: fn(&Texts) -> &'static str,
) -> impl IntoView {
    let texts = use_texts();
    Effect::new(move |_| {
        let texts = texts.get();
        let heading = title(texts);
        if heading == texts.app_name {
            page::set_window_title(heading);
        } else {
            page::set_window_title(&format!("{heading} · {}", texts.app_name));
        }
    });
    view! { <h1 id="page-title" tabindex="-1">{move || title(texts.get())}</h1> }
}
