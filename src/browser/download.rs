//! Saving a file to the device (the browser's download), with no network involved.

use wasm_bindgen::JsCast;

/// Offers `text` as a file named `file_name` of type `mime`. Returns false if the browser
/// could not start the download.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    match web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        Ok(blob) => download_blob(file_name, &blob),
        Err(_) => false,
    }
}

/// Offers `bytes` as a file named `file_name` of type `mime` (a protected backup, which is
/// binary). Returns false if the browser could not start the download.
pub fn download_bytes(file_name: &str, bytes: &[u8], mime: &str) -> bool {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    match web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) {
        Ok(blob) => download_blob(file_name, &blob),
        Err(_) => false,
    }
}

fn download_blob(file_name: &str, blob: &web_sys::Blob) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return false;
    };
    let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}
