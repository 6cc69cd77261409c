//! « Adapter le diaporama »: the pieces of the advisor's deck editor (`pages::deck_editor_page`).
//! `deck_editing.rs` is the editor's state and the one way a change reaches the store; the list,
//! the chosen slide (actions, live 16:9 preview, form), the new slide's layouts, the reset and
//! the undo offer each have their file; `exchange.rs` is the export and import of the deck.

pub mod chosen_slide;
pub mod deck_editing;
pub mod deck_reset;
pub mod deck_undo_toast;
pub mod exchange;
pub mod import_preview;
pub mod new_slide;
pub mod slide_draft;
pub mod slide_list;
