//! Écrans en famille: the Leptos app (client-side WebAssembly).
//!
//! The app is thin: pages and components show what the core (`ecrans-core`) computes, contexts
//! in `state` hold plain core values in signals, and `browser` is the only module that touches
//! browser APIs. `main.rs` only mounts [`app::App`]; tests mount it too.

pub mod app;
pub mod browser;
pub mod components;
pub mod page_parts;
pub mod pages;
pub mod state;

/// Every interface string (the `ecrans-i18n` crate, pure so that the build can pre-render
/// pages from the same tables).
pub use ecrans_i18n as i18n;
