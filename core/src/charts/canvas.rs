//! A thin layer over plotters' SVG backend: shapes and text placed in pixels of a 640-wide
//! viewBox, hatching patterns, and the value axis shared by the bar and trend charts.
//!
//! Every chart lays itself out in whole pixels with its own arithmetic and draws plain plotters
//! elements (rectangles, paths, circles, text). Nothing here asks plotters to measure text: text
//! is anchored (start, middle, end) and the SVG viewer places it, so the same chart comes out
//! byte for byte natively and in the browser, and no DOM is needed to draw. Where a layout needs a
//! text's width (a legend), it uses [`estimated_width`], a generous estimate.

use plotters::backend::SVGBackend;
use plotters::coord::Shift;
use plotters::element::{Circle, DashedPathElement, PathElement, Rectangle};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, IntoDrawingArea};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBColor, TextStyle};

use super::palette::{Pattern, Swatch, GRID, INK, PAPER};
use super::svg_text::finish_svg;
use super::ChartError;
use crate::duration_text::format_duration_compact;
use crate::language::Language;
use crate::preferences::TextSize;
use crate::typography::typeset;

/// The width of every chart's viewBox.
pub const CHART_WIDTH: u32 = 640;

/// The smallest chart text at 100 %, in viewBox pixels, for the charts laid out for phones: a
/// chart 640 wide is shown about 300 CSS pixels wide on a 390 px phone (a scale of about 0.47),
/// so 30 viewBox pixels read as 14 CSS pixels there.
pub const PHONE_TEXT: u32 = 30;

/// The size of a chart's text, which follows the app's text size (100, 125 or 150 %).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartText {
    /// The smallest text, in viewBox pixels.
    pub small: u32,
}

impl ChartText {
    /// The chart text for the app's text size: [`PHONE_TEXT`] at 100 %, rounded up above.
    pub fn for_text_size(size: TextSize) -> ChartText {
        ChartText {
            small: (PHONE_TEXT * u32::from(size.percent())).div_ceil(100),
        }
    }

    /// A length that grows with the text (`ratio` of the small text), in viewBox pixels.
    pub(crate) fn scaled(self, ratio: f64) -> i32 {
        (f64::from(self.small) * ratio).round() as i32
    }

    pub(crate) fn font(self, bold: bool) -> Font {
        Font {
            size: self.small,
            bold,
            colour: INK,
        }
    }
}

/// Splits `text` into lines at spaces so that each line's [`estimated_width`] stays within
/// `width` (a word longer than the line gets a line of its own: words are never cut).
///
/// A mark French sets after a space (« : », « ? », « » »…) stays with the word before it, and
/// « « » with the word after it, so a line never starts with one (the text is typeset as drawn).
pub(crate) fn wrap_words(text: &str, size: u32, width: i32) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut opening_quote = false;
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        let follows = matches!(word, ":" | ";" | "!" | "?" | "»" | "%");
        match words.last_mut() {
            Some(last) if follows || opening_quote => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
        opening_quote = word == "«";
    }
    let mut lines: Vec<String> = Vec::new();
    for word in words {
        let word = word.as_str();
        match lines.last_mut() {
            Some(line) if estimated_width(&format!("{line} {word}"), size) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// plotters' SVG backend writes `font-size` as the font's size divided by 1.24.
const PLOTTERS_FONT_SCALE: f64 = 1.24;

/// A point in viewBox pixels.
pub(crate) type Point = (i32, i32);

/// Where a text sits relative to its point, across and up-down.
#[derive(Clone, Copy)]
pub(crate) struct Anchor {
    across: HPos,
    vertical: VPos,
}

impl Anchor {
    pub(crate) const START: Anchor = Anchor::new(HPos::Left, VPos::Center);
    pub(crate) const END: Anchor = Anchor::new(HPos::Right, VPos::Center);
    pub(crate) const MIDDLE: Anchor = Anchor::new(HPos::Center, VPos::Center);
    pub(crate) const ABOVE: Anchor = Anchor::new(HPos::Center, VPos::Bottom);
    pub(crate) const BELOW: Anchor = Anchor::new(HPos::Center, VPos::Top);
    pub(crate) const START_BELOW: Anchor = Anchor::new(HPos::Left, VPos::Top);
    pub(crate) const END_BELOW: Anchor = Anchor::new(HPos::Right, VPos::Top);

    const fn new(across: HPos, vertical: VPos) -> Anchor {
        Anchor { across, vertical }
    }
}

/// How a text looks.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Font {
    pub size: u32,
    pub bold: bool,
    pub colour: RGBColor,
}

impl Font {
    pub(crate) fn coloured(self, colour: RGBColor) -> Font {
        Font { colour, ..self }
    }
}

/// A generous estimate of a text's width in pixels (0.6 em a character), for layout only.
pub(crate) fn estimated_width(text: &str, size: u32) -> i32 {
    (text.chars().count() as f64 * f64::from(size) * 0.6).ceil() as i32
}

/// The drawing surface handed to a chart.
pub(crate) struct Canvas<'a, 'b> {
    area: &'b DrawingArea<SVGBackend<'a>, Shift>,
    /// The chart's language: every text drawn is typeset for it.
    language: Language,
}

type Drawn = Result<(), ChartError>;

impl Canvas<'_, '_> {
    /// A filled rectangle between two corners.
    pub(crate) fn rect(&self, top_left: Point, bottom_right: Point, colour: RGBColor) -> Drawn {
        if bottom_right.0 <= top_left.0 || bottom_right.1 <= top_left.1 {
            return Ok(());
        }
        self.area
            .draw(&Rectangle::new([top_left, bottom_right], colour.filled()))?;
        Ok(())
    }

    /// A rectangle's outline.
    pub(crate) fn outline(
        &self,
        top_left: Point,
        bottom_right: Point,
        colour: RGBColor,
        width: u32,
    ) -> Drawn {
        let style = colour.stroke_width(width);
        self.area
            .draw(&Rectangle::new([top_left, bottom_right], style))?;
        Ok(())
    }

    /// A rectangle in a series' colour, hatched with its pattern in white.
    pub(crate) fn swatch_rect(
        &self,
        top_left: Point,
        bottom_right: Point,
        swatch: Swatch,
    ) -> Drawn {
        self.rect(top_left, bottom_right, swatch.colour)?;
        for path in hatch_paths(top_left, bottom_right, swatch.pattern) {
            self.area
                .draw(&PathElement::new(path, PAPER.stroke_width(2)))?;
        }
        Ok(())
    }

    /// A straight line.
    pub(crate) fn line(&self, from: Point, to: Point, colour: RGBColor, width: u32) -> Drawn {
        self.area.draw(&PathElement::new(
            vec![from, to],
            colour.stroke_width(width),
        ))?;
        Ok(())
    }

    /// A dashed straight line (10 px dashes, 6 px gaps).
    pub(crate) fn dashed_line(
        &self,
        from: Point,
        to: Point,
        colour: RGBColor,
        width: u32,
    ) -> Drawn {
        self.area.draw(&DashedPathElement::new(
            vec![from, to],
            10,
            6,
            colour.stroke_width(width),
        ))?;
        Ok(())
    }

    /// A line through several points.
    pub(crate) fn polyline(&self, points: Vec<Point>, colour: RGBColor, width: u32) -> Drawn {
        self.area
            .draw(&PathElement::new(points, colour.stroke_width(width)))?;
        Ok(())
    }

    /// A dot: filled, or a ring on white.
    pub(crate) fn dot(&self, centre: Point, radius: u32, colour: RGBColor, filled: bool) -> Drawn {
        if filled {
            self.area
                .draw(&Circle::new(centre, radius, colour.filled()))?;
        } else {
            self.area
                .draw(&Circle::new(centre, radius, PAPER.filled()))?;
            self.area
                .draw(&Circle::new(centre, radius, colour.stroke_width(3)))?;
        }
        Ok(())
    }

    /// A text, typeset for the chart's language (plotters escapes it).
    pub(crate) fn text(&self, text: &str, at: Point, font: Font, anchor: Anchor) -> Drawn {
        let style = if font.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        let desc = FontDesc::new(
            FontFamily::SansSerif,
            f64::from(font.size) * PLOTTERS_FONT_SCALE,
            style,
        );
        let text_style = TextStyle::from(desc)
            .color(&font.colour)
            .pos(Pos::new(anchor.across, anchor.vertical));
        self.area
            .draw_text(&typeset(text, self.language), &text_style, at)?;
        Ok(())
    }

    /// A text on a white box, so that it reads over lines and bars.
    pub(crate) fn text_on_paper(&self, text: &str, at: Point, font: Font, anchor: Anchor) -> Drawn {
        let width = estimated_width(text, font.size);
        let height = font.size as i32 + 6;
        let left = match anchor.across {
            HPos::Left => at.0,
            HPos::Center => at.0 - width / 2,
            HPos::Right => at.0 - width,
        };
        let top = match anchor.vertical {
            VPos::Top => at.1 - 3,
            VPos::Center => at.1 - height / 2,
            VPos::Bottom => at.1 - height + 3,
        };
        self.rect((left - 3, top), (left + width + 3, top + height), PAPER)?;
        self.text(text, at, font, anchor)
    }

    /// A legend item sized for `text`: a swatch or a dashed line (no swatch), then its label.
    pub(crate) fn legend_entry(
        &self,
        at: Point,
        swatch: Option<Swatch>,
        label: &str,
        text: ChartText,
    ) -> Drawn {
        let (width, height) = (text.scaled(1.1), text.scaled(0.75));
        let middle = at.1 + height / 2;
        match swatch {
            Some(swatch) => self.swatch_rect(at, (at.0 + width, at.1 + height), swatch)?,
            None => self.dashed_line((at.0, middle), (at.0 + width, middle), INK, 3)?,
        }
        let font = text.font(swatch.is_none());
        self.text(label, (at.0 + width + 10, middle), font, Anchor::START)
    }
}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(error: DrawingAreaErrorKind<E>) -> ChartError {
        ChartError::new(error.to_string())
    }
}

/// Draws a chart of `size` with `draw` on a white page and finishes the SVG (opening tag, title,
/// description).
pub(crate) fn render_svg(
    size: (u32, u32),
    language: Language,
    title: &str,
    desc: &str,
    draw: impl FnOnce(&Canvas<'_, '_>) -> Drawn,
) -> Result<String, ChartError> {
    let mut raw = String::with_capacity(16 * 1024);
    {
        let root = SVGBackend::with_string(&mut raw, size).into_drawing_area();
        root.fill(&PAPER)?;
        draw(&Canvas {
            area: &root,
            language,
        })?;
        root.present()?;
    }
    Ok(finish_svg(&raw, size, language, title, desc))
}

/// The hatching lines of `pattern` inside a rectangle, each direction as one zigzag path that
/// runs along the rectangle's edges between lines (which also outlines the bar in white).
pub(crate) fn hatch_paths(
    top_left: Point,
    bottom_right: Point,
    pattern: Pattern,
) -> Vec<Vec<Point>> {
    let (x0, y0) = top_left;
    let (x1, y1) = bottom_right;
    if x1 - x0 < 2 || y1 - y0 < 2 {
        return Vec::new();
    }
    let straight = 8;
    let diagonal = 12;
    let segments = |direction: Pattern| -> Vec<(Point, Point)> {
        match direction {
            Pattern::Horizontal => (y0 + straight / 2..y1)
                .step_by(straight as usize)
                .map(|y| ((x0, y), (x1, y)))
                .collect(),
            Pattern::Vertical => (x0 + straight / 2..x1)
                .step_by(straight as usize)
                .map(|x| ((x, y1), (x, y0)))
                .collect(),
            // Lines x + y = c, from the lower-left end to the upper-right end.
            Pattern::DiagonalUp => (x0 + y0 + diagonal / 2..x1 + y1)
                .step_by(diagonal as usize)
                .map(|c| {
                    let start = x0.max(c - y1);
                    let end = x1.min(c - y0);
                    ((start, c - start), (end, c - end))
                })
                .collect(),
            // Lines y - x = c, from the upper-left end to the lower-right end.
            Pattern::DiagonalDown => (y0 - x1 + diagonal / 2..y1 - x0)
                .step_by(diagonal as usize)
                .map(|c| {
                    let start = x0.max(y0 - c);
                    let end = x1.min(y1 - c);
                    ((start, start + c), (end, end + c))
                })
                .collect(),
            Pattern::Solid | Pattern::Cross => Vec::new(),
        }
    };
    let zigzag = |lines: Vec<(Point, Point)>| -> Vec<Point> {
        let mut path = Vec::with_capacity(lines.len() * 2);
        for (index, (start, end)) in lines.into_iter().enumerate() {
            if index % 2 == 0 {
                path.extend([start, end]);
            } else {
                path.extend([end, start]);
            }
        }
        path
    };
    let directions: &[Pattern] = match pattern {
        Pattern::Solid => &[],
        Pattern::Cross => &[Pattern::DiagonalUp, Pattern::DiagonalDown],
        Pattern::DiagonalUp => &[Pattern::DiagonalUp],
        Pattern::DiagonalDown => &[Pattern::DiagonalDown],
        Pattern::Horizontal => &[Pattern::Horizontal],
        Pattern::Vertical => &[Pattern::Vertical],
    };
    directions
        .iter()
        .map(|direction| zigzag(segments(*direction)))
        .filter(|path| path.len() >= 2)
        .collect()
}

/// The round step and the top of a scale that holds `largest` minutes in at most `most_steps`
/// steps (one step of a day at least).
pub(crate) fn round_steps(largest: u32, most_steps: u32) -> (u32, u32) {
    const STEPS: [u32; 10] = [15, 30, 60, 120, 180, 240, 360, 480, 720, 1440];
    let step = STEPS
        .into_iter()
        .find(|step| largest.div_ceil(*step) <= most_steps)
        .unwrap_or(1440);
    (step, step * largest.div_ceil(step).max(1))
}

/// A horizontal scale of minutes: from 0 to `top` between two x, a tick every `step`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MinutesScale {
    pub step: u32,
    pub top: u32,
    left: i32,
    right: i32,
}

impl MinutesScale {
    /// The scale that holds `largest` minutes in at most `most_steps` steps of a round size.
    pub(crate) fn fitting(largest: u32, most_steps: u32, left: i32, right: i32) -> MinutesScale {
        let (step, top) = round_steps(largest, most_steps);
        MinutesScale {
            step,
            top,
            left,
            right,
        }
    }

    pub(crate) fn x(&self, minutes: u32) -> i32 {
        let span = f64::from(self.right - self.left);
        self.left + (f64::from(minutes.min(self.top)) * span / f64::from(self.top)).round() as i32
    }

    pub(crate) fn ticks(&self) -> impl Iterator<Item = u32> {
        (0..=self.top).step_by(self.step as usize)
    }

    /// Draws the ticks' labels at `labels_top` and grid lines across each band (top, height).
    pub(crate) fn draw(
        &self,
        canvas: &Canvas<'_, '_>,
        bands: &[(i32, i32)],
        labels_top: i32,
        language: Language,
        font: Font,
    ) -> Drawn {
        for tick in self.ticks() {
            let x = self.x(tick);
            let colour = if tick == 0 { INK } else { GRID };
            for (top, height) in bands {
                let width = if tick == 0 { 2 } else { 1 };
                canvas.line((x, *top), (x, top + height), colour, width)?;
            }
            let label = if tick == 0 {
                "0".to_owned()
            } else {
                format_duration_compact(tick, language)
            };
            let anchor = if tick == 0 {
                Anchor::START_BELOW
            } else if tick == self.top {
                Anchor::END_BELOW
            } else {
                Anchor::BELOW
            };
            canvas.text(&label, (x, labels_top), font, anchor)?;
        }
        Ok(())
    }
}

/// A vertical axis of minutes: from 0 to `top`, a tick every `step`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MinutesAxis {
    pub step: u32,
    pub top: u32,
    /// The pixel rows of 0 and `top`.
    pub bottom_y: i32,
    pub top_y: i32,
}

impl MinutesAxis {
    /// The axis that holds `largest` minutes in at most `most_steps` steps of a round size.
    pub(crate) fn fitting(largest: u32, most_steps: u32, bottom_y: i32, top_y: i32) -> MinutesAxis {
        let (step, top) = round_steps(largest, most_steps);
        MinutesAxis {
            step,
            top,
            bottom_y,
            top_y,
        }
    }

    /// The ticks' labels (« 0 », « 30 min », « 1 h 30 »).
    pub(crate) fn labels(&self, language: Language) -> Vec<(u32, String)> {
        (0..=self.top)
            .step_by(self.step as usize)
            .map(|tick| {
                let label = if tick == 0 {
                    "0".to_owned()
                } else {
                    format_duration_compact(tick, language)
                };
                (tick, label)
            })
            .collect()
    }

    /// The pixel row of `minutes`.
    pub(crate) fn y(&self, minutes: u32) -> i32 {
        let span = f64::from(self.bottom_y - self.top_y);
        self.bottom_y
            - (f64::from(minutes.min(self.top)) * span / f64::from(self.top)).round() as i32
    }

    /// Draws the ticks' labels in `font` at the left of `left_x`, and grid lines from `left_x`
    /// to `right_x`.
    pub(crate) fn draw(
        &self,
        canvas: &Canvas<'_, '_>,
        (left_x, right_x): (i32, i32),
        language: Language,
        font: Font,
    ) -> Drawn {
        for (tick, label) in self.labels(language) {
            let y = self.y(tick);
            let colour = if tick == 0 { INK } else { GRID };
            canvas.line(
                (left_x, y),
                (right_x, y),
                colour,
                if tick == 0 { 2 } else { 1 },
            )?;
            canvas.text(&label, (left_x - 8, y), font, Anchor::END)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_never_starts_with_a_mark_french_spaces_from_its_word() {
        // Each word alone fills a line: the marks stay with their neighbours.
        let lines = wrap_words("Hachuré : ne « compte » pas ?", 16, 1);
        assert_eq!(
            lines,
            ["Hachuré :", "ne", "« compte »", "pas ?"],
            "{lines:?}"
        );
    }

    #[test]
    fn axes_take_round_steps() {
        let check = |largest: u32, step: u32, top: u32| {
            let axis = MinutesAxis::fitting(largest, 5, 300, 50);
            assert_eq!((axis.step, axis.top), (step, top), "{largest}");
            assert_eq!(axis.y(0), 300);
            assert_eq!(axis.y(top), 50);
        };
        check(0, 15, 15);
        check(50, 15, 60);
        check(90, 30, 90);
        check(151, 60, 180);
        check(290, 60, 300);
        check(301, 120, 360);
        check(1440, 360, 1440);
    }

    #[test]
    fn hatching_stays_inside_its_rectangle() {
        for pattern in [
            Pattern::DiagonalUp,
            Pattern::DiagonalDown,
            Pattern::Horizontal,
            Pattern::Vertical,
            Pattern::Cross,
        ] {
            for (top_left, bottom_right) in [
                ((10, 20), (58, 140)),
                ((0, 0), (30, 5)),
                ((5, 5), (200, 30)),
            ] {
                let paths = hatch_paths(top_left, bottom_right, pattern);
                assert!(!paths.is_empty(), "{pattern:?}");
                for point in paths.iter().flatten() {
                    assert!(
                        (top_left.0..=bottom_right.0).contains(&point.0)
                            && (top_left.1..=bottom_right.1).contains(&point.1),
                        "{pattern:?} {point:?} outside {top_left:?} {bottom_right:?}"
                    );
                }
            }
        }
        assert!(hatch_paths((0, 0), (40, 40), Pattern::Solid).is_empty());
        assert!(hatch_paths((0, 0), (1, 40), Pattern::Horizontal).is_empty());
    }
}
