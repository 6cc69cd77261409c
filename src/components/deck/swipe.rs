//! Swiping on a touch screen: a quick horizontal stroke goes forward (right to left) or back
//! (left to right), like turning a page. Short strokes, mostly vertical strokes and multi-finger
//! gestures (pinch to zoom) are left alone, and so are taps, so links still work.

use crate::components::deck::presentation::Presentation;
use leptos::prelude::*;
use web_sys::TouchEvent;

/// The shortest stroke that counts as a swipe, in CSS pixels.
const MIN_SWIPE_PX: f64 = 40.0;

/// Follows one finger from touch to release; cheap to copy.
#[derive(Clone, Copy)]
pub struct SwipeTracker {
    presentation: Presentation,
    start: StoredValue<Option<(f64, f64)>>,
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
        let touches = event.touches();
        let start = if touches.length() == 1 {
            touches
                .get(0)
                .map(|touch| (f64::from(touch.client_x()), f64::from(touch.client_y())))
        } else {
            None
        };
        self.start.set_value(start);
    }

    /// The finger left the screen (`touchend`): a swipe moves the presentation.
    pub fn end(&self, event: &TouchEvent) {
        let Some((start_x, start_y)) = self.start.get_value() else {
            return;
        };
        self.start.set_value(None);
        let Some(touch) = event.changed_touches().get(0) else {
            return;
        };
        let dx = f64::from(touch.client_x()) - start_x;
        let dy = f64::from(touch.client_y()) - start_y;
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
