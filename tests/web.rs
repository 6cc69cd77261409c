//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts, and values
//! round-trip through the storage adapter on the real localStorage.
#![cfg(target_arch = "wasm32")]

use ecrans::browser::local_store;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_host() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

#[wasm_bindgen_test]
async fn the_app_mounts_with_its_heading_and_navigation_in_french() {
    local_store::write_text(local_store::keys::LANGUAGE, "fr").unwrap();
    let host = fresh_host();
    let _mounted = leptos::mount::mount_to(host.clone(), ecrans::app::App);
    leptos::task::tick().await;

    let heading = host.query_selector("h1").unwrap().expect("a page heading");
    assert_eq!(heading.text_content().unwrap(), "Écrans en famille");
    let links = host.query_selector_all("nav.nav-bar a").unwrap();
    assert_eq!(links.length(), 6, "six destinations in the main navigation");
    let root = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("fr"));
    local_store::remove(local_store::keys::LANGUAGE);
}

#[wasm_bindgen_test]
fn text_round_trips_through_local_storage() {
    let key = "ecrans.test.round-trip";
    let value = "« lundi » <b>&</b> 😀";
    local_store::write_text(key, value).unwrap();
    assert_eq!(local_store::read_text(key).as_deref(), Some(value));
    local_store::remove(key);
    assert_eq!(local_store::read_text(key), None);
}

#[wasm_bindgen_test]
async fn an_unreadable_stored_diary_is_kept_aside_and_reported() {
    let corrupt = r#"{"app":"ecrans-en-famille","schema":2,"diary":{"children":[{"#;
    local_store::write_text(local_store::keys::LANGUAGE, "fr").unwrap();
    local_store::write_text(local_store::keys::DIARY, corrupt).unwrap();
    let host = fresh_host();
    let _mounted = leptos::mount::mount_to(host.clone(), ecrans::app::App);
    leptos::task::tick().await;

    assert_eq!(
        local_store::read_text(local_store::keys::DIARY_UNREADABLE_PREFIX).as_deref(),
        Some(corrupt),
        "the unreadable value is copied aside"
    );
    assert_eq!(
        local_store::read_text(local_store::keys::DIARY).as_deref(),
        Some(corrupt),
        "and the original is not overwritten"
    );
    let text = host.text_content().unwrap_or_default();
    assert!(
        text.contains("Des données n'ont pas pu être lues"),
        "{text}"
    );

    local_store::remove(local_store::keys::DIARY);
    local_store::remove(local_store::keys::DIARY_UNREADABLE_PREFIX);
    local_store::remove(local_store::keys::LANGUAGE);
}
