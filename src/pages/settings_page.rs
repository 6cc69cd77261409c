//! Réglages (`/reglages`): language and text size, remembered on this device.

use crate::components::backup::BackupSettings;
use crate::components::deck::meeting_form::MeetingForm;
use crate::components::diary::data_settings::DataSettings;
use crate::components::page_heading::PageHeading;
use crate::i18n::{language_name, Texts};
use crate::state::preferences::{expect_preferences, use_texts};
use ecrans_core::language::Language;
use ecrans_core::preferences::TextSize;
use leptos::prelude::*;

fn text_size_label(size: TextSize) -> fn(&Texts) -> &'static str {
    match size {
        TextSize::Normal => |t| t.text_size_normal,
        TextSize::Large => |t| t.text_size_large,
        TextSize::Larger => |t| t.text_size_larger,
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let preferences = expect_preferences();
    let texts = use_texts();
    let language_choices = Language::ALL
        .into_iter()
        .map(|language| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="language"
                        value=language.code()
                        prop:checked=move || preferences.language() == language
                        on:change=move |_| preferences.choose_language(language)
                    />
                    <span lang=language.code()>{language_name(language)}</span>
                </label>
            }
        })
        .collect_view();
    let size_choices = TextSize::ALL
        .into_iter()
        .map(|size| {
            let label = text_size_label(size);
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="text-size"
                        value=size.code()
                        prop:checked=move || preferences.text_size() == size
                        on:change=move |_| preferences.choose_text_size(size)
                    />
                    <span>{move || label(texts.get())}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <PageHeading title=|t| t.settings_title/>
        <section class="card">
            <fieldset>
                <legend>{move || texts.get().settings_language}</legend>
                <p class="hint">{move || texts.get().settings_language_help}</p>
                <div class="choices">{language_choices}</div>
            </fieldset>
        </section>
        <section class="card">
            <fieldset>
                <legend>{move || texts.get().settings_text_size}</legend>
                <p class="hint">{move || texts.get().settings_text_size_help}</p>
                <div class="choices">{size_choices}</div>
                <p class="sample">{move || texts.get().settings_text_size_sample}</p>
            </fieldset>
        </section>
        <MeetingForm/>
        <BackupSettings/>
        <DataSettings/>
    }
}
