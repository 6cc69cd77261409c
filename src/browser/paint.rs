//! Letting the page paint and answer during a long computation on the main thread (a
//! protected backup's key derivation): [`work_in_chunks`] runs it in chunks of about
//! [`CHUNK_MILLISECONDS`], each in a task of its own, so that taps, scrolling, paints and the
//! progress message go on between them. The chunks follow each other without waiting for a
//! frame: waiting for one after each chunk left about a quarter of every frame idle.

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

/// About how long one chunk of work runs before the page paints and answers again: under a
/// frame (16.7 ms at 60 Hz), with room for the paint itself.
pub const CHUNK_MILLISECONDS: f64 = 12.0;

/// The fewest and most units of work a chunk is given while its size adapts.
const CHUNK_UNITS: std::ops::RangeInclusive<f64> = 16.0..=65_536.0;

/// The first chunk's units: big enough that the size reaches a frame's work within a chunk or
/// two (each chunk at most quadruples it), where starting from the smallest took five frames of
/// mostly waiting; small enough to stay under a frame on a slow phone (for the key derivation,
/// a unit is one 1 KiB BlockMix).
const FIRST_CHUNK_UNITS: f64 = 1_024.0;

/// Resolves in a new task of the browser's event loop, after what the browser has waiting (a
/// tap, a key, a paint that is due). A message posted to a `MessageChannel` is not held back like
/// a nested `setTimeout` (at least 4 ms) or until the next frame like `requestAnimationFrame`.
/// Resolves at once if the browser has no `MessageChannel`.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve: js_sys::Function, _reject| {
        let Ok(channel) = web_sys::MessageChannel::new() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let receiver = channel.port1();
        // The handler owns the channel, so it lives until its one message has arrived.
        let kept = channel.clone();
        let on_message = Closure::once_into_js(move || {
            drop(kept);
            let _ = resolve.call0(&JsValue::NULL);
        });
        receiver.set_onmessage(Some(on_message.unchecked_ref()));
        if channel.port2().post_message(&JsValue::NULL).is_err() {
            receiver.set_onmessage(None);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Runs `step` in chunks until it says it is finished: `step(units)` does at most `units` units
/// of work ([`FIRST_CHUNK_UNITS`] first, then as many as took about [`CHUNK_MILLISECONDS`] in the last
/// chunk) and returns whether the work is done. The first chunk runs after the next paint (so
/// the « 0 % » message is on screen), each later one in a new task ([`next_task`]).
pub async fn work_in_chunks(mut step: impl FnMut(u32) -> bool) {
    let mut units = FIRST_CHUNK_UNITS;
    after_next_paint().await;
    loop {
        let started = super::clock::now_millis();
        if step(units as u32) {
            return;
        }
        // The clock counts whole milliseconds: a chunk that took "0 ms" at most quadruples.
        let took = ((super::clock::now_millis() - started) as f64).max(CHUNK_MILLISECONDS / 4.0);
        units = (units * CHUNK_MILLISECONDS / took).clamp(*CHUNK_UNITS.start(), *CHUNK_UNITS.end());
        next_task().await;
    }
}
