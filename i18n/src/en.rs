//! The English interface strings.

use super::Texts;

pub(crate) const EN: Texts = Texts {
    app_name: "Screens in the family",
    skip_to_content: "Skip to content",
    main_navigation: "Main menu",
    switch_language: "Français",
    switch_language_label: "Passer en français",

    nav_home: "Home",
    nav_deck: "Workshop",
    nav_diary: "Diary",
    nav_charts: "Charts",
    nav_compare: "Compare",
    nav_settings: "Settings",

    home_title: "Screens in the family",
    home_intro: "A simple diary to note the family's screen time for a week, \
                 and the slides of the parents' workshop.",
    home_privacy: "Your family's data stays on this phone: nothing is sent to anyone.",
    home_deck_hint: "The workshop slides, for the digital-mediation advisor.",
    home_diary_hint: "Note each time your children use a screen, in three taps.",
    home_charts_hint: "See your week at a glance.",
    home_compare_hint: "Compare two weeks, before and after the workshop.",

    deck_title: "Workshop",
    diary_title: "Diary",
    charts_title: "Charts",
    compare_title: "Compare",

    settings_title: "Settings",
    settings_language: "Language",
    settings_language_help: "The language of the whole app. This choice stays on this phone.",
    settings_text_size: "Text size",
    settings_text_size_help: "Make the text larger if it is hard to read.",
    text_size_normal: "Normal (100%)",
    text_size_large: "Large (125%)",
    text_size_larger: "Very large (150%)",
    settings_text_size_sample: "Here is some sample text at this size.",

    not_found_title: "Page not found",
    not_found_body: "This page does not exist. The link may be incomplete.",
    not_found_home: "Back to the home page",

    part_missing_title: "This page could not be loaded",
    part_missing_body: "The phone did not receive this part of the app, perhaps because the \
                        connection dropped. Your data is not affected.",
    retry: "Try again",
    start_failed_title: "The app could not start",
    start_failed_body: "The phone did not receive the whole app, or could not start it. Check \
                        the connection, then press “Try again”. Your data is not affected.",
    browser_unsupported: "This browser is too old for Écrans en famille. It needs Chrome, Edge \
                          or Samsung Internet from 2021 or later, Firefox 79 or later, or \
                          Safari 15 or later (iPhone and iPad: iOS 15).",
    update_available: "A new version is available",
    update_now: "Update",
    setting_not_saved: "This setting could not be saved on this phone (storage full or private browsing). It applies while this page stays open.",
};
