//! The only code that touches browser APIs: localStorage, the document, the service worker.
//!
//! Everything above this layer works with plain Rust values and core types; everything here is
//! a thin adapter that turns browser failures into typed errors instead of panics.

pub mod local_store;
pub mod page;
pub mod service_worker;
