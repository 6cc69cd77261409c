//! Registering the service worker and offering updates.
//!
//! On the first visit the worker installs and takes control without a reload. When a later
//! build is deployed, its worker waits; `on_update_waiting` lets the page show « Nouvelle
//! version disponible — Mettre à jour », and `activate_waiting_worker` tells the waiting worker
//! to take over, then reloads once it has.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

const WORKER_URL: &str = "/sw.js";

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let has_workers = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    has_workers.then(|| navigator.service_worker())
}

/// Registers `/sw.js` and calls `on_update_waiting` whenever a new worker is installed and
/// waiting to replace the one in control.
pub fn register(on_update_waiting: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    let on_update_waiting: Rc<dyn Fn()> = Rc::new(on_update_waiting);
    wasm_bindgen_futures::spawn_local(async move {
        let registration = match JsFuture::from(container.register(WORKER_URL)).await {
            Ok(value) => value.unchecked_into::<ServiceWorkerRegistration>(),
            Err(error) => {
                super::page::log_warning(&format!("service worker not registered: {error:?}"));
                return;
            }
        };
        let has_controller = container.controller().is_some();
        if registration.waiting().is_some() && has_controller {
            on_update_waiting();
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            if let Some(installing) = watched.installing() {
                watch_installing_worker(installing, Rc::clone(&on_update_waiting));
            }
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

fn watch_installing_worker(worker: ServiceWorker, on_update_waiting: Rc<dyn Fn()>) {
    let watched = worker.clone();
    let on_state = Closure::<dyn Fn()>::new(move || {
        let controlled = container().and_then(|c| c.controller()).is_some();
        if watched.state() == ServiceWorkerState::Installed && controlled {
            on_update_waiting();
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Asks the waiting worker to take over, and reloads the page once it controls it.
pub fn activate_waiting_worker() {
    let Some(container) = container() else {
        return;
    };
    let reloading = Rc::new(Cell::new(false));
    let on_change = Closure::<dyn Fn()>::new(move || {
        if !reloading.replace(true) {
            super::page::reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(value) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Some(registration) = value.dyn_into::<ServiceWorkerRegistration>().ok() else {
            return;
        };
        match registration.waiting() {
            Some(waiting) => {
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
                let _ = waiting.post_message(&message);
            }
            None => super::page::reload(),
        }
    });
}
