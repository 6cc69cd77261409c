//! `ecrans-core`: the pure domain of Écrans en famille.
//!
//! Everything that can be decided without a browser lives here: the diary model and its rules,
//! the calendar, the guidelines by age, the stored format and its migrations, statistics,
//! charts rendered to SVG strings, and the workshop deck's content model.
//!
//! Architecture invariant: this crate knows nothing of the browser (no leptos, web-sys, js-sys,
//! gloo or wasm-bindgen), reads no clock and draws no random numbers. Callers pass `today` and
//! new ids in, so every function here is deterministic and tested natively.

pub mod adapted_deck;
pub mod backup;
pub mod calendar;
pub mod charts;
pub mod commitments;
pub mod comparison;
pub mod deck;
pub mod demo_additions;
pub mod demo_family;
pub mod device_settings;
pub mod diary;
pub mod duration_text;
pub mod four_steps;
pub mod group_summary;
pub mod guidelines;
pub mod language;
pub mod masked_names;
pub mod meeting;
pub mod preferences;
pub mod saved_diary;
pub mod site_map;
pub mod statistics;
pub mod typography;
mod xml_text;
