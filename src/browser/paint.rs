//! Letting the page paint and answer during a long computation on the main thread (a
//! protected backup's key derivation): [`work_in_chunks`] runs it in chunks of about
//! [`CHUNK_MILLISECONDS`], each after a paint, so that taps, scrolling and the progress message
//! go on between them. A hidden page gets no frames, so the work waits until it is shown again.

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

/// Runs `step` in chunks until it says it is finished: `step(units)` does at most `units` units
/// of work ([`FIRST_CHUNK_UNITS`] first, then as many as took about [`CHUNK_MILLISECONDS`] in the last
/// chunk) and returns whether the work is done. Each chunk runs after the next paint.
pub async fn work_in_chunks(mut step: impl FnMut(u32) -> bool) {
    let mut units = FIRST_CHUNK_UNITS;
    loop {
        after_next_paint().await;
        let started = super::clock::now_millis();
        if step(units as u32) {
            return;
        }
        // The clock counts whole milliseconds: a chunk that took "0 ms" at most quadruples.
        let took = ((super::clock::now_millis() - started) as f64).max(CHUNK_MILLISECONDS / 4.0);
        units = (units * CHUNK_MILLISECONDS / took).clamp(*CHUNK_UNITS.start(), *CHUNK_UNITS.end());
    }
}
