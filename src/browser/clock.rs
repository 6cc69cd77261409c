//! The device's clock and random ids: the core never reads either, so the app passes them in.

use chrono::{NaiveDate, NaiveDateTime};

/// Milliseconds since the Unix epoch, used as the last-modified time of records.
pub fn now_millis() -> i64 {
    js_sys::Date::now() as i64
}

/// The local date and time of the device.
pub fn local_now() -> NaiveDateTime {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .and_then(|date| date.and_hms_opt(now.get_hours(), now.get_minutes(), now.get_seconds()))
    .unwrap_or_default()
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
