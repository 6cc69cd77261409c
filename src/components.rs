//! Reusable pieces of the interface.

pub mod family;
pub mod diary;
pub mod deck;
pub mod icon;
pub mod language_switch;
pub mod nav_bar;
pub mod page_heading;
pub mod update_banner;
