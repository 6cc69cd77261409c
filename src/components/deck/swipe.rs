//! Swiping on a touch screen: this module follows one finger from touch to release and turns the
//! presentation as the core's rule says ([`ecrans_core::deck::swipe`]: a horizontal stroke goes
//! forward or back like turning a page; taps and mostly vertical strokes are left alone).
//! Multi-finger gestures (pinch to zoom) are left alone here.

use crate::browser::touch;
use crate::components::deck::presentation::Presentation;
use ecrans_core::deck::swipe::{swipe_turn, SwipeTurn, TouchPoint};
use leptos::ev::TouchEvent;
use leptos::prelude::*;

/// Follows one finger from touch to release; cheap to copy.
#[derive(Clone, Copy)]
pub struct SwipeTracker {
    presentation: Presentation,
    start: StoredValue<Option<TouchPoint>>,
}

impl SwipeTracker {
    /// A tracker that moves `presentation`.
    pub fn new(presentation: Presentation) -> SwipeTracker {
        SwipeTracker {
            presentation,
            start: StoredValue::new(None),
        }
    }

    /// A finger touched the screen (`touchstart`).
    pub fn start(&self, event: &TouchEvent) {
        self.start.set_value(touch::single_touch_start(event));
    }

    /// The finger left the screen (`touchend`): a swipe moves the presentation.
    pub fn end(&self, event: &TouchEvent) {
        let Some(start) = self.start.get_value() else {
            return;
        };
        self.start.set_value(None);
        let Some(end) = touch::touch_end(event) else {
            return;
        };
        match swipe_turn(start, end) {
            Some(SwipeTurn::Forward) => self.presentation.forward(),
            Some(SwipeTurn::Backward) => self.presentation.backward(),
            None => {}
        }
    }
}
