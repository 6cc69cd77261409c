//! The document and the navigator: language tags, `<html lang>`, the text-size attribute, the
//! window title, and the swap from the pre-rendered page to the app once it is ready.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

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

/// Shows the app in place of the page pre-rendered at build time, before the next frame is
/// painted: removes the pre-rendered elements (`.prerendered`) and the `starting` class of
/// `<html>`, under which the stylesheet keeps the mounted app invisible. The first page's view
/// calls it once it is ready (its part fetched), so the swap happens in one frame and nothing
/// shifts. Calling it again does nothing.
pub fn reveal_app() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let swap = Closure::once_into_js(|| {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        if let Ok(prerendered) = document.query_selector_all(".prerendered") {
            for index in 0..prerendered.length() {
                if let Some(node) = prerendered.item(index) {
                    if let Some(parent) = node.parent_node() {
                        // A node already removed has no parent; nothing else can fail here.
                        let _ = parent.remove_child(&node);
                    }
                }
            }
        }
        if let Some(root) = document.document_element() {
            let _ = root.class_list().remove_1("starting");
        }
    });
    let _ = window.request_animation_frame(swap.unchecked_ref());
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
