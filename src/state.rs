//! The app's shared state, provided as contexts: each one a newtype with a `provide_…`
//! function called once by the app, and an `expect_…` function for components.

pub mod device_settings;
pub mod diary_store;
pub mod preferences;
pub mod saved_bilan;
pub mod update;
