//! Handing a file to the phone's share sheet (Web Share with files), with the browser's download
//! as the fallback.
//!
//! `navigator.canShare` and `navigator.share` are reached through `js_sys::Reflect`: web-sys marks
//! them unstable. Which files may be shared is the browser's choice (Chrome on Android, for
//! instance, refuses `.json`), so support is always asked about the actual file type.
//! `navigator.share` must be called while the tap that asked for it is still being handled (the
//! browser's "user activation"), so [`share_or_download`] calls it before any `await`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What became of a file handed to [`share_or_download`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareOutcome {
    /// The share sheet took the file (the parent picked an app or « Enregistrer »).
    Shared,
    /// The parent closed the share sheet: nothing was sent.
    Cancelled,
    /// The browser's download started instead.
    Downloaded,
    /// Neither the share sheet nor the download worked.
    Failed,
}

/// Whether this browser's share sheet accepts a file of type `mime` (checked with a tiny file).
pub fn can_share_file_type(file_name: &str, mime: &str) -> bool {
    make_file(file_name, b"{}", mime).is_some_and(|file| can_share(&file))
}

/// Offers `content` (text as UTF-8, or binary) as the file `file_name` through the share sheet
/// when the browser accepts it, and otherwise as a download. The share sheet (or the download)
/// is started at once, so call it while the tap is being handled; the future returned says how
/// it ended.
pub fn share_or_download(
    file_name: &str,
    content: &[u8],
    mime: &str,
    title: &str,
) -> impl std::future::Future<Output = ShareOutcome> + 'static {
    let download = {
        let (file_name, content, mime) = (file_name.to_owned(), content.to_vec(), mime.to_owned());
        move || {
            if super::download::download_bytes(&file_name, &content, &mime) {
                ShareOutcome::Downloaded
            } else {
                ShareOutcome::Failed
            }
        }
    };
    let started = make_file(file_name, content, mime)
        .filter(can_share)
        .and_then(|file| start_share(&file, title));
    let immediate = match started {
        Some(_) => None,
        None => Some(download()),
    };
    async move {
        let Some(promise) = started else {
            return immediate.unwrap_or(ShareOutcome::Failed);
        };
        match JsFuture::from(promise).await {
            Ok(_) => ShareOutcome::Shared,
            Err(error) if error_name(&error).as_deref() == Some("AbortError") => {
                ShareOutcome::Cancelled
            }
            Err(error) => {
                super::page::log_warning(&format!("share sheet failed, downloading: {error:?}"));
                download()
            }
        }
    }
}

fn make_file(file_name: &str, content: &[u8], mime: &str) -> Option<web_sys::File> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(content));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    web_sys::File::new_with_u8_array_sequence_and_options(&parts, file_name, &options).ok()
}

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|window| window.navigator())
}

fn method(target: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

/// `{ files: [file] }`, with `title` when given.
fn share_data(file: &web_sys::File, title: Option<&str>) -> js_sys::Object {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(file));
    if let Some(title) = title {
        let _ = js_sys::Reflect::set(&data, &"title".into(), &JsValue::from_str(title));
    }
    data
}

fn can_share(file: &web_sys::File) -> bool {
    let Some(navigator) = navigator() else {
        return false;
    };
    if method(&navigator, "share").is_none() {
        return false;
    }
    let Some(can_share) = method(&navigator, "canShare") else {
        return false;
    };
    can_share
        .call1(&navigator, &share_data(file, None))
        .ok()
        .and_then(|answer| answer.as_bool())
        .unwrap_or(false)
}

fn start_share(file: &web_sys::File, title: &str) -> Option<js_sys::Promise> {
    let navigator = navigator()?;
    let share = method(&navigator, "share")?;
    share
        .call1(&navigator, &share_data(file, Some(title)))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// The `name` of a DOMException (`"AbortError"`, `"NotAllowedError"`…).
fn error_name(error: &JsValue) -> Option<String> {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()?
        .as_string()
}
