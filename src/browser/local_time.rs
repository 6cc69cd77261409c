//! Record times (milliseconds since the Unix epoch, as the diary stores them) as the device's
//! local date and time, for showing when each version of a record was last changed. The core
//! knows no time zone; the browser does.

use chrono::{NaiveDate, NaiveDateTime};

/// The local date and time of `millis` on this device, or `None` for a time out of range.
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
