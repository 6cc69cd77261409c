//! Écrans en famille: the Leptos app (client-side WebAssembly).
//!
//! The app is thin: pages and components show what the core (`ecrans-core`) computes, contexts
//! in `state` hold plain core values in signals, and `browser` is the only module that touches
//! browser APIs. `main.rs` only mounts [`app::App`]; tests mount it too.

pub mod app;
pub mod browser;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod state;
