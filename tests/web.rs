//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts, and values
//! round-trip through the storage adapter and the device settings on the real localStorage, and
//! the diary store and the scope choice follow each other.
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

/// Removes the real diary and the demo family from localStorage, so a test starts, and leaves,
/// with nothing stored.
fn forget_stored_diaries() {
    local_store::remove(local_store::keys::DIARY).unwrap();
    local_store::remove(local_store::keys::DEMO).unwrap();
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
    local_store::remove(local_store::keys::LANGUAGE).unwrap();
}

#[wasm_bindgen_test]
fn text_round_trips_through_local_storage() {
    let key = "ecrans.test.round-trip";
    let value = "« lundi » <b>&</b> 😀";
    local_store::write_text(key, value).unwrap();
    assert_eq!(local_store::read_text(key).as_deref(), Some(value));
    local_store::remove(key).unwrap();
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
        text.contains("Des données n’ont pas pu être lues"),
        "{text}"
    );

    local_store::remove(local_store::keys::DIARY).unwrap();
    local_store::remove(local_store::keys::DIARY_UNREADABLE_PREFIX).unwrap();
    local_store::remove(local_store::keys::LANGUAGE).unwrap();
}

/// The demo never takes what a person typed, and no demo action but « Garder » touches the real
/// diary: « Tout effacer » leaves it as it was, undo brings the demo back, « Garder » moves the
/// typed child and entry (not the fictional family), and keeping again after an undo brings them
/// back under new ids.
#[wasm_bindgen_test]
fn the_demo_gives_back_what_a_person_typed_only_when_asked() {
    use ecrans::state::diary_store::{provide_diary_store, ChangeKind};
    use ecrans_core::diary::{BirthMonth, Child, ChildId, Diary};
    use ecrans_core::saved_diary::decode_saved_diary;
    use local_store::keys;

    forget_stored_diaries();
    let stored_real =
        || local_store::read_text(keys::DIARY).map(|text| decode_saved_diary(&text).unwrap());
    let names = |diary: &Diary| -> Vec<String> {
        diary.children().iter().map(|c| c.name.clone()).collect()
    };
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        let store = provide_diary_store();
        store.show_demo();
        let nina = Child {
            id: ChildId::new("typed-nina"),
            name: "Nina".into(),
            badge: None,
            birth: BirthMonth::new(2019, 4).unwrap(),
            daily_limit: Some(45),
            modified_at: ecrans::browser::clock::now_millis() - 1_000,
        };
        store
            .change(ChangeKind::ChildAdded, move |diary| diary.put_child(nina))
            .unwrap();
        assert_eq!(
            stored_real(),
            None,
            "typing into the demo leaves the real diary alone"
        );
        assert_eq!(store.demo_additions_untracked().children(), 1);

        store.remove_demo();
        assert!(!store.is_demo());
        assert_eq!(local_store::read_text(keys::DEMO), None);
        assert_eq!(
            stored_real(),
            None,
            "« Tout effacer » does not touch the real diary"
        );
        store.undo();
        assert!(store.is_demo());
        assert!(local_store::read_text(keys::DEMO).unwrap().contains("Nina"));
        assert_eq!(stored_real(), None);

        store.keep_demo_additions();
        assert!(!store.is_demo());
        assert_eq!(local_store::read_text(keys::DEMO), None);
        let kept = stored_real().expect("« Garder » writes the real diary");
        assert_eq!(names(&kept), ["Nina"]);
        assert_eq!(kept.children()[0].daily_limit, Some(45));
        assert_eq!(kept.entry_count(), 0, "no fictional entry comes along");

        store.undo();
        assert!(store.is_demo(), "undoing « Garder » shows the demo again");
        assert!(names(&stored_real().unwrap()).is_empty());
        store.keep_demo_additions();
        let again = stored_real().unwrap();
        assert_eq!(names(&again), ["Nina"]);
        assert_ne!(
            again.children()[0].id.as_str(),
            "typed-nina",
            "a new id, past the tombstone"
        );
    });
    forget_stored_diaries();
}

/// Makes the browser refuse `removeItem(key)` until the returned function is called.
fn refuse_removal_of(key: &str) -> js_sys::Function {
    let patch = js_sys::Function::new_with_args(
        "refused",
        "const original = Storage.prototype.removeItem;
         Storage.prototype.removeItem = function (key) {
           if (key === refused) throw new DOMException('refused by the test', 'SecurityError');
           return original.call(this, key);
         };
         return () => { Storage.prototype.removeItem = original; };",
    );
    patch
        .call1(&wasm_bindgen::JsValue::NULL, &key.into())
        .unwrap()
        .unchecked_into()
}

/// A removal the browser refuses is reported and changes nothing: `remove` returns the error,
/// « Tout effacer » leaves the demo shown and stored with the storage problem raised, and
/// « Garder » still moves the typed child into the real diary while the demo stays.
#[wasm_bindgen_test]
fn a_refused_removal_is_said_and_the_demo_stays() {
    use ecrans::browser::local_store::StoreWriteError;
    use ecrans::state::diary_store::{provide_diary_store, ChangeKind, StorageProblem};
    use ecrans_core::diary::{BirthMonth, Child, ChildId};
    use ecrans_core::saved_diary::decode_saved_diary;
    use local_store::keys;

    forget_stored_diaries();
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        let store = provide_diary_store();
        store.show_demo();
        let nina = Child {
            id: ChildId::new("typed-nina"),
            name: "Nina".into(),
            badge: None,
            birth: BirthMonth::new(2019, 4).unwrap(),
            daily_limit: None,
            modified_at: ecrans::browser::clock::now_millis() - 1_000,
        };
        store
            .change(ChangeKind::ChildAdded, move |diary| diary.put_child(nina))
            .unwrap();
        let stored_demo = local_store::read_text(keys::DEMO);
        assert!(stored_demo.as_deref().unwrap().contains("Nina"));

        let restore = refuse_removal_of(keys::DEMO);
        assert!(matches!(
            local_store::remove(keys::DEMO),
            Err(StoreWriteError::Refused(_))
        ));
        assert_eq!(store.problem(), None);
        store.remove_demo();
        assert!(
            matches!(store.problem(), Some(StorageProblem::WriteFailed(_))),
            "the refused removal is said"
        );
        assert!(store.is_demo(), "the demo stays shown");
        assert_eq!(local_store::read_text(keys::DEMO), stored_demo);
        assert_eq!(
            store.undo_offer().map(|offer| offer.kind),
            Some(ChangeKind::ChildAdded),
            "nothing was removed, so no removal to undo"
        );

        store.keep_demo_additions();
        let real = decode_saved_diary(&local_store::read_text(keys::DIARY).unwrap()).unwrap();
        assert_eq!(real.children().len(), 1, "the typed child is kept");
        assert!(store.is_demo(), "the demo stays, its removal refused");
        assert!(matches!(
            store.problem(),
            Some(StorageProblem::WriteFailed(_))
        ));
        restore.call0(&wasm_bindgen::JsValue::NULL).unwrap();

        store.remove_demo();
        assert!(!store.is_demo());
        assert_eq!(local_store::read_text(keys::DEMO), None);
    });
    forget_stored_diaries();
}

/// « Pour qui ? » follows the diary: a picked child who is removed shows the whole family, and
/// the child again when the removal is undone, with no effect rewriting the pick.
#[wasm_bindgen_test]
fn a_scope_naming_a_removed_child_shows_the_whole_family() {
    use ecrans::state::diary_store::{provide_diary_store, ChangeKind};
    use ecrans::state::scope_choice::use_scope_choice;
    use ecrans_core::diary::{BirthMonth, Child, ChildId, EntriesOfRemovedChild, Scope};
    use local_store::keys;

    forget_stored_diaries();
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        let store = provide_diary_store();
        let lea = ChildId::new("scope-lea");
        let child = Child {
            id: lea.clone(),
            name: "Léa".into(),
            badge: None,
            birth: BirthMonth::new(2016, 9).unwrap(),
            daily_limit: None,
            modified_at: ecrans::browser::clock::now_millis() - 1_000,
        };
        store
            .change(ChangeKind::ChildAdded, move |diary| diary.put_child(child))
            .unwrap();
        let scope = use_scope_choice();
        assert_eq!(scope.get(), Scope::Family);
        scope.pick(Scope::Child(lea.clone()));
        assert_eq!(scope.get(), Scope::Child(lea.clone()));

        let removed = lea.clone();
        store
            .change(ChangeKind::ChildRemoved, move |diary| {
                diary.remove_child(
                    &removed,
                    EntriesOfRemovedChild::Remove,
                    // Earlier than the undo's own time, so the undo wins the merge.
                    ecrans::browser::clock::now_millis() - 500,
                )
            })
            .unwrap();
        assert_eq!(scope.get(), Scope::Family);
        store.undo();
        assert_eq!(scope.get(), Scope::Child(lea));
    });
    local_store::remove(keys::DIARY).unwrap();
}

/// The device's small settings go through their keys as the core encodes them, and a foreign
/// stored value reads as the default without being rewritten.
#[wasm_bindgen_test]
fn device_settings_round_trip_and_leave_a_foreign_value_alone() {
    use ecrans::state::device_settings;
    use ecrans_core::device_settings::NotesSize;
    use local_store::keys;

    let larger = NotesSize::default().larger();
    device_settings::write(&larger).unwrap();
    assert_eq!(
        local_store::read_text(keys::NOTES_SIZE).as_deref(),
        Some("125")
    );
    assert_eq!(device_settings::read_or_default::<NotesSize>(), larger);

    local_store::write_text(keys::NOTES_SIZE, "n'importe quoi").unwrap();
    assert!(device_settings::read::<NotesSize>().is_foreign());
    assert_eq!(
        device_settings::read_or_default::<NotesSize>(),
        NotesSize::default()
    );
    assert_eq!(
        local_store::read_text(keys::NOTES_SIZE).as_deref(),
        Some("n'importe quoi")
    );
    local_store::remove(keys::NOTES_SIZE).unwrap();
}

#[wasm_bindgen_test]
fn the_adapted_deck_store_leaves_the_caller_where_it_was() {
    use ecrans::state::adapted_deck_store::adapted_deck_store;
    use leptos::prelude::{provide_context, use_context, Owner};
    let _ = ecrans::browser::local_store::remove("ecrans.deck");
    let owner = Owner::new();
    owner.with(|| {
        provide_context(7_u8);
        // The store is made once for the app's life in an owner of its own; the page that asked
        // for it still finds its contexts afterwards.
        let store = adapted_deck_store();
        assert_eq!(use_context::<u8>(), Some(7));
        assert!(store.adapted_untracked().is_unchanged());
        assert_eq!(Owner::current().map(|current| current == owner), Some(true));
    });
}
