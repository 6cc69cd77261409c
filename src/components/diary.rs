//! The Carnet's components: quick logging, the full entry form, the day and week views, and the
//! app-wide pieces that belong to the diary (undo toast, storage and demo banners, the data
//! section of Réglages).

pub mod banners;
pub mod choice_group;
pub mod data_settings;
pub mod day_entries;
pub mod demo_removal;
pub mod entry_form;
pub mod entry_labels;
pub mod quick_log;
pub mod undo_toast;
pub mod week_days;
