//! The only code that touches browser APIs: localStorage, the document, the service worker, the camera.
//!
//! Everything above this layer works with plain Rust values and core types; everything here is
//! a thin adapter that turns browser failures into typed errors instead of panics.

pub mod camera;
pub mod clock;
pub mod deck_channel;
pub mod deck_window;
pub mod download;
pub mod file_picker;
pub mod focus;
pub mod fullscreen;
pub mod local_store;
pub mod page;
pub mod paint;
pub mod persistence;
pub mod print;
pub mod secure_random;
pub mod service_worker;
pub mod share;
pub mod storage_health;
pub mod touch;
pub mod wake_lock;
