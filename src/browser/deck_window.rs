//! The window a presentation runs in: the app's own address (for the install slide's QR code),
//! and the speaker view's second window.

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
