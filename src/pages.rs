//! One module per route, each exporting a `…Page` component.

pub mod charts_page;
pub mod compare_page;
pub mod deck_editor_page;
pub mod deck_page;
pub mod diary_page;
pub mod group_summary_page;
pub mod home_page;
pub mod not_found_page;
pub mod settings_page;
