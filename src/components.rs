//! Reusable pieces of the interface.

pub mod backup;
pub mod charts;
pub mod commitments;
pub mod deck;
pub mod deck_editor;
pub mod diary;
pub mod family;
pub mod group_share;
pub mod icon;
pub mod language_switch;
pub mod nav_bar;
pub mod page_heading;
pub mod setting_banner;
pub mod update_banner;
