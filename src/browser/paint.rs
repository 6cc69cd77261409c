//! Letting the page paint before a long computation on the main thread (a protected backup's
//! key derivation), so that the message saying it is under way shows first.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Resolves once the next frame was painted: a `requestAnimationFrame` callback runs just
/// before the paint, and the timeout it sets runs after it. Resolves at once without a window.
pub async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve: js_sys::Function, _reject| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let after_frame = Closure::once_into_js(move || {
            let timeout = web_sys::window()
                .map(|window| window.set_timeout_with_callback(&resolve).is_ok())
                .unwrap_or(false);
            if !timeout {
                let _ = resolve.call0(&JsValue::NULL);
            }
        });
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
    });
    let _ = JsFuture::from(promise).await;
}
