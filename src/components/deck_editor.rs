//! « Adapter le diaporama »: the pieces of the advisor's deck editor (`pages::deck_editor_page`).

pub mod exchange;
pub mod import_preview;
