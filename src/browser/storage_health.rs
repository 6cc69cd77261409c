//! What the browser says about the app's storage: whether it promised to keep it
//! (`navigator.storage.persisted()`), how much space the app uses and may use
//! (`navigator.storage.estimate()`), and whether the page is a Safari tab on an iPhone or iPad,
//! where WebKit erases a site's data after seven days without a visit unless the app was added
//! to the home screen.
//!
//! Every answer is optional: a browser without the API, or one that refuses, gives `None`, and
//! the page says nothing rather than something wrong.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The space the app's origin uses and may use, in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpaceEstimate {
    pub usage: u64,
    pub quota: u64,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if storage.is_undefined() || storage.is_null() {
        return None;
    }
    Some(storage.unchecked_into())
}

async fn settle(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Whether the browser granted persistent storage (it will not clear it to free space).
pub async fn is_persisted() -> Option<bool> {
    let manager = storage_manager()?;
    settle(manager.persisted()).await?.as_bool()
}

/// Asks the browser to keep the app's storage, and returns its answer.
pub async fn ask_to_persist() -> Option<bool> {
    let manager = storage_manager()?;
    settle(manager.persist()).await?.as_bool()
}

/// The space used and the space allowed, as the browser estimates them.
pub async fn space_estimate() -> Option<SpaceEstimate> {
    let manager = storage_manager()?;
    let estimate = settle(manager.estimate()).await?;
    let number = |name: &str| {
        js_sys::Reflect::get(&estimate, &JsValue::from_str(name))
            .ok()?
            .as_f64()
            .filter(|value| value.is_finite() && *value >= 0.0)
            .map(|value| value as u64)
    };
    Some(SpaceEstimate {
        usage: number("usage")?,
        quota: number("quota")?,
    })
}

/// Whether the page is open in a Safari tab on an iPhone or iPad (not added to the home screen).
pub fn is_ios_safari_tab() -> bool {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return false;
    };
    let user_agent = navigator.user_agent().unwrap_or_default();
    let standalone = js_sys::Reflect::get(&navigator, &JsValue::from_str("standalone"))
        .ok()
        .and_then(|value| value.as_bool())
        .unwrap_or(false);
    is_ios_safari(&user_agent, navigator.max_touch_points(), standalone)
}

/// The rule behind [`is_ios_safari_tab`]: an iPhone, iPod or iPad (iPadOS also passes for a Mac
/// with a touch screen, which Macs do not have), in Safari rather than another browser's shell
/// (Chrome, Firefox, Edge, Opera name themselves on iOS), and not opened from the home screen.
pub fn is_ios_safari(user_agent: &str, max_touch_points: i32, standalone: bool) -> bool {
    let apple_mobile = ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|device| user_agent.contains(device))
        || (user_agent.contains("Macintosh") && max_touch_points > 1);
    let other_browser = ["CriOS", "FxiOS", "EdgiOS", "OPiOS", "OPT/", "GSA/"]
        .iter()
        .any(|name| user_agent.contains(name));
    apple_mobile && user_agent.contains("Safari") && !other_browser && !standalone
}

#[cfg(test)]
mod tests {
    use super::is_ios_safari;

    const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) \
        AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    const IPAD_DESKTOP_MODE: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) \
        AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
    const IPHONE_CHROME: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) \
        AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0 Mobile/15E148 Safari/604.1";
    const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 \
        (KHTML, like Gecko) Chrome/123.0 Mobile Safari/537.36";

    #[test]
    fn only_safari_tabs_on_iphone_and_ipad_get_the_advice() {
        assert!(is_ios_safari(IPHONE_SAFARI, 5, false));
        assert!(is_ios_safari(IPAD_DESKTOP_MODE, 5, false));
        assert!(!is_ios_safari(IPAD_DESKTOP_MODE, 0, false), "a Mac");
        assert!(
            !is_ios_safari(IPHONE_SAFARI, 5, true),
            "added to the home screen"
        );
        assert!(!is_ios_safari(IPHONE_CHROME, 5, false));
        assert!(!is_ios_safari(ANDROID_CHROME, 5, false));
    }
}
