//! The document and the navigator: language tags, `<html lang>`, the text-size attribute, the
//! window title, and the loading notice `index.html` shows until the app starts.

use wasm_bindgen::JsValue;

/// The browser's preferred language tags (`navigator.languages`, else `navigator.language`).
pub fn browser_language_tags() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if tags.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        tags
    }
}

/// Removes the « Chargement… » notice that `index.html` shows while the app downloads, just
/// before the app is mounted in its place.
pub fn remove_loading_notice() {
    let notice = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("loading-notice"));
    if let Some(notice) = notice {
        notice.remove();
    }
}

fn root_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Sets `<html lang>` so screen readers and hyphenation use the right language.
pub fn set_document_language(code: &str) {
    if let Some(root) = root_element() {
        let _ = root.set_attribute("lang", code);
    }
}

/// Sets `<html data-text-size>`, which the stylesheet turns into the root font size.
pub fn set_text_size_attribute(percent: u16) {
    if let Some(root) = root_element() {
        let _ = root.set_attribute("data-text-size", &percent.to_string());
    }
}

/// Sets the window title, e.g. « Carnet · Écrans en famille ».
pub fn set_window_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Reloads the page.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Logs a message to the console (for developers; never data about the family).
pub fn log_warning(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}
