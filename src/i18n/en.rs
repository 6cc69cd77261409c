//! The English interface strings.

use super::Texts;

pub const EN: Texts = Texts {
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
    deck_coming: "Here the advisor will project the workshop slides: landmarks by age, \
                  the « 4 pas », sleep, and ideas without screens.",
    diary_title: "Diary",
    diary_coming: "Here you will note each time your children use a screen: who, how long, \
                   which screen, what for and at what time of day.",
    charts_title: "Charts",
    charts_coming: "Here you will see your week in pictures: time per day, per screen, \
                    per activity and per time of day.",
    compare_title: "Compare",
    compare_coming: "Here you will compare two weeks, for example the week before the workshop \
                     and a recent week.",

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

    update_available: "A new version is available",
    update_now: "Update",
};
