//! Asking the browser to keep the app's storage (`navigator.storage.persist()`), so it is not
//! cleared when the device runs low on space.

use wasm_bindgen_futures::JsFuture;

/// Asks once for persistent storage; the answer is logged for developers only.
pub fn request_persistent_storage() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let storage = window.navigator().storage();
    let Ok(promise) = storage.persist() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}
