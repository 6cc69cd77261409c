//! Swiping on a touch screen: a quick horizontal stroke goes forward (right to left) or back
//! (left to right), like turning a page. Short strokes, mostly vertical strokes and multi-finger
//! gestures (pinch to zoom) are left alone, and so are taps, so links still work.

use crate::browser::touch::{self, TouchPoint};
use crate::components::deck::presentation::Presentation;
use leptos::ev::TouchEvent;
use leptos::prelude::*;

/// The shortest stroke that counts as a swipe, in CSS pixels.
const MIN_SWIPE_PX: f64 = 40.0;

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
        let dx = end.x - start.x;
        let dy = end.y - start.y;
        if dx.abs() < MIN_SWIPE_PX || dx.abs() < 1.5 * dy.abs() {
            return;
        }
        if dx < 0.0 {
            self.presentation.forward();
        } else {
            self.presentation.backward();
        }
    }
}
