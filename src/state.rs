//! The app's shared state, provided as contexts: each one a newtype with a `provide_…`
//! function called once by the app, and an `expect_…` function for components.

pub mod diary_store;
pub mod preferences;
pub mod update;
