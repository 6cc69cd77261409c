//! The charts' colours and patterns: the Okabe–Ito palette, which stays distinct for the common
//! kinds of colour blindness, and one hatching pattern per series, so that no meaning rests on
//! colour alone (each legend shows colour and pattern together, and most values are also written
//! out as text).
//!
//! Okabe, M. and Ito, K. (2008), « Color Universal Design ». Yellow (#F0E442) is left out: it is
//! too pale on white.

use plotters::style::RGBColor;

use crate::diary::{Activity, Screen};

/// Okabe–Ito orange.
pub const ORANGE: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
/// Okabe–Ito sky blue.
pub const SKY_BLUE: RGBColor = RGBColor(0x56, 0xB4, 0xE9);
/// Okabe–Ito bluish green.
pub const BLUISH_GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
/// Okabe–Ito blue.
pub const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
/// Okabe–Ito vermillion.
pub const VERMILLION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
/// Okabe–Ito reddish purple.
pub const REDDISH_PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);

/// Text and lines (near black, 17:1 on white).
pub const INK: RGBColor = RGBColor(0x1A, 0x1A, 0x1A);
/// Secondary text (7:1 on white).
pub const MUTED: RGBColor = RGBColor(0x59, 0x59, 0x59);
/// Grid lines.
pub const GRID: RGBColor = RGBColor(0xD0, 0xD0, 0xD0);
/// The background.
pub const PAPER: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);
/// A pale fill for cells with screen time at an ordinary moment.
pub const PALE_BLUE: RGBColor = RGBColor(0xDC, 0xEE, 0xFA);
/// A pale fill for a « pas » kept.
pub const PALE_GREEN: RGBColor = RGBColor(0xDF, 0xF4, 0xEC);

/// How a bar is hatched on top of its colour (white lines).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// No hatching.
    Solid,
    /// Lines rising to the right: `/`.
    DiagonalUp,
    /// Lines falling to the right: `\`.
    DiagonalDown,
    /// Horizontal lines.
    Horizontal,
    /// Vertical lines.
    Vertical,
    /// Both diagonals.
    Cross,
}

/// A series' look: colour and pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Swatch {
    /// The fill colour.
    pub colour: RGBColor,
    /// The hatching on it.
    pub pattern: Pattern,
}

/// The look of a screen in the week chart.
pub fn screen_swatch(screen: Screen) -> Swatch {
    let (colour, pattern) = match screen {
        Screen::Tv => (BLUE, Pattern::Solid),
        Screen::Tablet => (ORANGE, Pattern::DiagonalUp),
        Screen::Smartphone => (VERMILLION, Pattern::Horizontal),
        Screen::Console => (BLUISH_GREEN, Pattern::DiagonalDown),
        Screen::Computer => (SKY_BLUE, Pattern::Vertical),
        Screen::Other => (REDDISH_PURPLE, Pattern::Cross),
    };
    Swatch { colour, pattern }
}

/// The look of an activity in the activity chart: its own colour; hatched when it does not count
/// towards the limit (school, family video calls).
pub fn activity_swatch(activity: Activity) -> Swatch {
    let colour = match activity {
        Activity::Videos => BLUE,
        Activity::Games => BLUISH_GREEN,
        Activity::Social => VERMILLION,
        Activity::VideoCalls => REDDISH_PURPLE,
        Activity::School => SKY_BLUE,
        Activity::Other => ORANGE,
    };
    let pattern = if activity.counts_towards_limit() {
        Pattern::Solid
    } else {
        Pattern::DiagonalUp
    };
    Swatch { colour, pattern }
}

/// The first week of a comparison (solid blue).
pub const WEEK_A: Swatch = Swatch {
    colour: BLUE,
    pattern: Pattern::Solid,
};

/// The second week of a comparison (orange, hatched).
pub const WEEK_B: Swatch = Swatch {
    colour: ORANGE,
    pattern: Pattern::DiagonalDown,
};

/// The colour as `#RRGGBB`, as plotters writes it.
#[cfg(test)]
pub fn hex(colour: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", colour.0, colour.1, colour.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_series_has_its_own_colour_and_pattern() {
        let screens: Vec<Swatch> = Screen::ALL.into_iter().map(screen_swatch).collect();
        for (i, a) in screens.iter().enumerate() {
            for b in &screens[i + 1..] {
                assert_ne!(a.colour, b.colour);
                assert_ne!(a.pattern, b.pattern);
            }
        }
        let activities: Vec<RGBColor> = Activity::ALL
            .into_iter()
            .map(|a| activity_swatch(a).colour)
            .collect();
        for (i, a) in activities.iter().enumerate() {
            assert!(!activities[i + 1..].contains(a));
        }
        assert_ne!(WEEK_A.pattern, WEEK_B.pattern);
        assert_eq!(hex(VERMILLION), "#D55E00");
    }
}
