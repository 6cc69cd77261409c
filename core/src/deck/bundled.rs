//! The slide files bundled into the crate: `(file name, text)` pairs, sorted by file name.
//!
//! `build.rs` lists `content/fr/*.md` and `content/en/*.md` and writes one `include_str!` per
//! file, so adding, renaming or editing a slide needs no Rust change. File names keep their
//! language folder (`fr/01-accueil.md`) so that errors name the right file. Nothing is parsed
//! here.

include!(concat!(env!("OUT_DIR"), "/bundled_content.rs"));
