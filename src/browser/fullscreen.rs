//! Full screen for the deck (the Fullscreen API), entered and left with one key.
//!
//! Browsers allow it only after a key press or a click, and may refuse it (an embedded frame, a
//! kiosk); a refusal is logged as a warning and the deck goes on in the window.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Whether an element of the page is shown full screen.
pub fn is_fullscreen() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.fullscreen_element())
        .is_some()
}

/// Shows the whole page full screen, or leaves full screen if it already is.
pub fn toggle_fullscreen() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let request = if document.fullscreen_element().is_some() {
        call_returning_promise(document.as_ref(), "exitFullscreen")
    } else {
        document
            .document_element()
            .and_then(|root| call_returning_promise(root.as_ref(), "requestFullscreen"))
    };
    if let Some(promise) = request {
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(error) = JsFuture::from(promise).await {
                super::page::log_warning(&format!("full screen refused: {error:?}"));
            }
        });
    }
}

/// Calls a method without arguments that returns a promise (web-sys drops the promise, so a
/// refusal would show as an unhandled rejection).
fn call_returning_promise(target: &JsValue, name: &str) -> Option<js_sys::Promise> {
    let method = js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    method
        .call0(target)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}
