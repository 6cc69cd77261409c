//! The window a presentation runs in: the app's own address (for the install slide's QR code),
//! the speaker view's second window, keyboard focus, and the clock of the speaker view.

use wasm_bindgen::JsCast;

/// The window name of the speaker view, so pressing S again reuses the same window.
const SPEAKER_WINDOW_NAME: &str = "ecrans-orateur";

/// The app's own address: the page's origin followed by `/` (`https://exemple.fr/`).
pub fn app_address() -> String {
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}/")
}

/// Opens `path` (an address of this app) in the speaker view's own window. Returns `false` when
/// the browser blocked the new window, so the app can say how to allow it.
pub fn open_speaker_window(path: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.open_with_url_and_target_and_features(
        path,
        SPEAKER_WINDOW_NAME,
        "popup,width=1280,height=800",
    ) {
        Ok(Some(_)) => true,
        Ok(None) => false,
        Err(error) => {
            super::page::log_warning(&format!("speaker window not opened: {error:?}"));
            false
        }
    }
}

/// Moves keyboard focus to the element with this id, if there is one (after a dialog closes).
pub fn focus_element(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Milliseconds since the Unix epoch, for the speaker view's elapsed time.
pub fn now_millis() -> f64 {
    js_sys::Date::now()
}

/// The device's local time of day, `(hours, minutes)`, for the speaker view's clock.
pub fn local_time_of_day() -> (u32, u32) {
    let now = js_sys::Date::new_0();
    (now.get_hours(), now.get_minutes())
}
