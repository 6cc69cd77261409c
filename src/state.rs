//! The app's shared state, provided as contexts: each one a newtype with a `provide_…`
//! function called once by the app, and an `expect_…` function for components; and the small
//! settings and values stored beside them (`device_settings`, `saved_bilan`), and a page's
//! choice over the diary (`scope_choice`). The advisor's adapted deck (`adapted_deck_store`) is
//! one store for the app's life, made the first time a deck page needs it.

pub mod adapted_deck_store;
pub mod device_settings;
pub mod diary_store;
pub mod preferences;
pub mod saved_bilan;
pub mod scope_choice;
pub mod update;
