//! Touch screens: where a finger touched or left the screen, in CSS pixels from the window's
//! top left corner, for the deck's swipes. Gestures of more than one finger give no point.

use ecrans_core::deck::swipe::TouchPoint;

/// The point of the window a touch is at ([`TouchPoint`] is the core's, which decides swipes).
fn point_of(touch: &web_sys::Touch) -> TouchPoint {
    TouchPoint {
        x: f64::from(touch.client_x()),
        y: f64::from(touch.client_y()),
    }
}

/// Where the finger of a one-finger `touchstart` touched; `None` when more fingers are down.
pub fn single_touch_start(event: &web_sys::TouchEvent) -> Option<TouchPoint> {
    let touches = event.touches();
    if touches.length() != 1 {
        return None;
    }
    touches.get(0).as_ref().map(point_of)
}

/// Where the finger of a `touchend` left the screen.
pub fn touch_end(event: &web_sys::TouchEvent) -> Option<TouchPoint> {
    event.changed_touches().get(0).as_ref().map(point_of)
}
