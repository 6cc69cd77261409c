//! Whether a new version of the app is installed and waiting, as a context.

use crate::browser::service_worker;
use leptos::prelude::*;

/// True once a newer service worker is waiting to take over.
#[derive(Clone, Copy)]
pub struct UpdateWaiting(pub ReadSignal<bool>);

/// Registers the service worker and provides [`UpdateWaiting`].
pub fn provide_update_waiting() {
    let (waiting, set_waiting) = signal(false);
    service_worker::register(move || set_waiting.set(true));
    provide_context(UpdateWaiting(waiting));
}

pub fn expect_update_waiting() -> UpdateWaiting {
    expect_context::<UpdateWaiting>()
}
