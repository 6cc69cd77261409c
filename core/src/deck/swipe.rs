//! The swipe rule of a touch screen: a horizontal stroke of at least [`MIN_SWIPE_PX`] goes forward
//! (right to left) or back (left to right), like turning a page. Short strokes (taps, so links
//! still work) and mostly vertical strokes (scrolling) are left alone.
//!
//! This module only decides from the points where one finger touched and left the screen, in CSS
//! pixels; the app reads them from the touch events and ignores multi-finger gestures (pinch to
//! zoom). No timing is involved: a slow stroke counts as much as a quick one.

/// The shortest stroke that counts as a swipe, in CSS pixels.
pub const MIN_SWIPE_PX: f64 = 40.0;

/// How much more horizontal than vertical a stroke must be to count (1.5: at most about 34° from
/// the horizontal).
pub const HORIZONTAL_RATIO: f64 = 1.5;

/// A point on the screen, in CSS pixels (the touch's `clientX`, `clientY`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TouchPoint {
    /// From the left edge.
    pub x: f64,
    /// From the top edge.
    pub y: f64,
}

/// Where a swipe turns the deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwipeTurn {
    /// Right to left: next step, else next slide.
    Forward,
    /// Left to right: previous step, else previous slide.
    Backward,
}

/// The turn a stroke from `start` to `end` asks for, or `None` for a tap, a short or a mostly
/// vertical stroke.
pub fn swipe_turn(start: TouchPoint, end: TouchPoint) -> Option<SwipeTurn> {
    let dx = end.x - start.x;
    let dy = end.y - start.y;
    if dx.is_nan()
        || dy.is_nan()
        || dx.abs() < MIN_SWIPE_PX
        || dx.abs() < HORIZONTAL_RATIO * dy.abs()
    {
        return None;
    }
    Some(if dx < 0.0 {
        SwipeTurn::Forward
    } else {
        SwipeTurn::Backward
    })
}

#[cfg(test)]
mod tests {
    use super::{swipe_turn, SwipeTurn, TouchPoint};

    fn check(start: (f64, f64), end: (f64, f64), expected: Option<SwipeTurn>) {
        let point = |(x, y)| TouchPoint { x, y };
        assert_eq!(
            swipe_turn(point(start), point(end)),
            expected,
            "{start:?} → {end:?}"
        );
    }

    #[test]
    fn right_to_left_goes_forward_and_left_to_right_goes_back() {
        check((300.0, 200.0), (100.0, 210.0), Some(SwipeTurn::Forward));
        check((100.0, 200.0), (300.0, 190.0), Some(SwipeTurn::Backward));
        check((100.0, 200.0), (60.0, 200.0), Some(SwipeTurn::Forward));
        check((100.0, 200.0), (140.0, 200.0), Some(SwipeTurn::Backward));
    }

    #[test]
    fn taps_and_short_strokes_are_left_alone() {
        check((100.0, 200.0), (100.0, 200.0), None);
        check((100.0, 200.0), (61.0, 200.0), None);
        check((100.0, 200.0), (139.5, 200.0), None);
    }

    #[test]
    fn mostly_vertical_strokes_are_left_alone() {
        check((100.0, 100.0), (100.0, 400.0), None);
        // 60 across, 41 down: less than 1.5 times as wide as high.
        check((100.0, 100.0), (40.0, 141.0), None);
        // 60 across, 40 down: exactly 1.5 times counts.
        check((100.0, 100.0), (40.0, 140.0), Some(SwipeTurn::Forward));
        check((100.0, 100.0), (160.0, 60.0), Some(SwipeTurn::Backward));
    }

    #[test]
    fn points_that_are_not_numbers_are_left_alone() {
        check((f64::NAN, 0.0), (100.0, 0.0), None);
        check((0.0, 0.0), (100.0, f64::NAN), None);
    }
}
