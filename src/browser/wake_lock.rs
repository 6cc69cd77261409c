//! Keeping the screen awake while the deck is shown (the Screen Wake Lock API).
//!
//! The browser drops a wake lock whenever the page is hidden (another tab, a minimised window),
//! so [`keep_screen_awake`] asks again each time the page becomes visible. The API is reached
//! through `js_sys::Reflect` because web-sys marks it unstable; where it is missing or refused
//! (an old browser, no secure origin, a low battery) the screen simply follows its usual
//! settings, and a warning goes to the console for developers.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Holds the screen awake until it is dropped, then lets it sleep again.
pub struct ScreenWakeLock {
    sentinel: Rc<RefCell<Option<JsValue>>>,
    on_visibility_change: Option<Closure<dyn Fn()>>,
}

/// Asks the browser to keep the screen on, now and whenever the page becomes visible again.
pub fn keep_screen_awake() -> ScreenWakeLock {
    let sentinel: Rc<RefCell<Option<JsValue>>> = Rc::new(RefCell::new(None));
    request_wake_lock(Rc::clone(&sentinel));
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return ScreenWakeLock {
            sentinel,
            on_visibility_change: None,
        };
    };
    let watched = Rc::clone(&sentinel);
    let visible_document = document.clone();
    let on_visibility_change = Closure::<dyn Fn()>::new(move || {
        let visible = visible_document.visibility_state() == web_sys::VisibilityState::Visible;
        if visible && !holds_lock(&watched) {
            request_wake_lock(Rc::clone(&watched));
        }
    });
    let _ = document.add_event_listener_with_callback(
        "visibilitychange",
        on_visibility_change.as_ref().unchecked_ref(),
    );
    ScreenWakeLock {
        sentinel,
        on_visibility_change: Some(on_visibility_change),
    }
}

impl Drop for ScreenWakeLock {
    fn drop(&mut self) {
        if let (Some(listener), Some(document)) = (
            self.on_visibility_change.take(),
            web_sys::window().and_then(|window| window.document()),
        ) {
            let _ = document.remove_event_listener_with_callback(
                "visibilitychange",
                listener.as_ref().unchecked_ref(),
            );
        }
        if let Some(sentinel) = self.sentinel.borrow_mut().take() {
            if let Some(promise) = call_method(&sentinel, "release", &[]) {
                swallow_rejection(promise);
            }
        }
    }
}

/// Whether a lock is held and not yet released by the browser.
fn holds_lock(sentinel: &Rc<RefCell<Option<JsValue>>>) -> bool {
    sentinel.borrow().as_ref().is_some_and(|sentinel| {
        js_sys::Reflect::get(sentinel, &JsValue::from_str("released"))
            .map(|released| released.as_bool() == Some(false))
            .unwrap_or(false)
    })
}

fn request_wake_lock(sentinel: Rc<RefCell<Option<JsValue>>>) {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return;
    };
    let wake_lock = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock"))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null());
    let Some(wake_lock) = wake_lock else {
        super::page::log_warning("screen wake lock not supported: the screen may go to sleep");
        return;
    };
    let Some(request) = call_method(&wake_lock, "request", &[JsValue::from_str("screen")]) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(request).await {
            Ok(granted) => *sentinel.borrow_mut() = Some(granted),
            Err(error) => {
                super::page::log_warning(&format!("screen wake lock refused: {error:?}"));
            }
        }
    });
}

/// Calls `target[name](...arguments)` and returns the promise it gives, if it gives one.
fn call_method(target: &JsValue, name: &str, arguments: &[JsValue]) -> Option<js_sys::Promise> {
    let method = js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let arguments: js_sys::Array = arguments.iter().collect();
    js_sys::Reflect::apply(&method, target, &arguments)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Waits for a promise and ignores its failure, so it never shows as an unhandled rejection.
fn swallow_rejection(promise: js_sys::Promise) {
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}
