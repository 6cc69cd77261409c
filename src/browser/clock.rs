//! The device's clock and random ids: the core never reads either, so the app passes them in.
//!
//! The one place that reads the time: [`now_millis`] (record times, the speaker's elapsed time,
//! the toolbar's rest), and the device's local date and time, which only the browser knows
//! ([`local_date_time`] of any record time, [`local_now`] and [`today`]).

use chrono::{NaiveDate, NaiveDateTime};

/// Milliseconds since the Unix epoch, as the diary stores its records' modification times.
pub fn now_millis() -> i64 {
    js_sys::Date::now() as i64
}

/// The local date and time of `millis` (milliseconds since the Unix epoch) on this device, or
/// `None` for a time out of range.
pub fn local_date_time(millis: i64) -> Option<NaiveDateTime> {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    if !date.get_time().is_finite() {
        return None;
    }
    NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )?
    .and_hms_opt(date.get_hours(), date.get_minutes(), date.get_seconds())
}

/// The local date and time of the device.
pub fn local_now() -> NaiveDateTime {
    local_date_time(now_millis()).unwrap_or_default()
}

/// The local date of the device.
pub fn today() -> NaiveDate {
    local_now().date()
}

/// A new random id (a UUID from the browser's cryptographic generator).
pub fn new_id() -> String {
    web_sys::window()
        .and_then(|window| window.crypto().ok())
        .map(|crypto| crypto.random_uuid())
        .unwrap_or_else(|| format!("id-{}-{}", now_millis(), js_sys::Math::random().to_bits()))
}

/// `N` random bytes from the browser's cryptographic generator (Math.random only if the browser
/// has none, which no supported browser lacks).
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    let drawn = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !drawn {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}
