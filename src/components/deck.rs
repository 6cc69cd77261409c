//! The workshop deck in the app: drawing slides from the core's model, presenting them (the
//! projected stage, the speaker view, one screen), the overview, the printed handouts, and the
//! « Prochaine rencontre » section of Réglages that the last slide shows.
//!
//! The deck's content and its rules (steps, positions, placeholders) come from
//! `ecrans_core::deck`; the browser's presentation tools (wake lock, full screen, the channel
//! between windows) from `browser`. Nothing here turns deck text into HTML.

pub mod audience_view;
pub mod deck_toolbar;
pub mod handout;
pub mod meeting_form;
pub mod overview_grid;
pub mod presentation;
pub mod presenter;
pub mod slide_view;
pub mod speaker_clock;
pub mod speaker_view;
pub mod swipe;
