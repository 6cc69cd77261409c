//! What the deck's visual layouts draw: the bars of a `bars` slide and the pictograms of a
//! `pictograms` slide.
//!
//! [`bar_chart`] reads the durations written in bold in a slide's list items (« **1 h 20** »)
//! and gives each bar its length as a share of the longest, so the app only sets widths; the
//! bars keep their items' steps and appear one by one. The pictograms are small SVG files drawn
//! for this project (`content/pictograms/`, stroke in `currentColor`, no text inside), bundled
//! here; their text alternatives are the app's (`src/i18n/deck.rs`), in each language.

use super::{plain_text, Block, Inline, Slide};

/// One bar of a `bars` slide.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// What the bar stands for: the item's text without its bold duration (« à 2 ans »).
    pub label: String,
    /// The duration as written (« 1 h 20 »).
    pub value: String,
    /// The duration in minutes.
    pub minutes: u32,
    /// The bar's length, from 0 to 1, the longest bar being 1.
    pub length: f64,
    /// The step that reveals it (`None`: always shown).
    pub step: Option<usize>,
}

/// The bars of `slide`: one per list item whose bold text reads as a duration.
pub fn bar_chart(slide: &Slide) -> Vec<Bar> {
    let mut bars: Vec<Bar> = slide
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::List { items, .. } => Some(items),
            _ => None,
        })
        .flatten()
        .filter_map(|item| {
            let (value, minutes) = item.inlines.iter().find_map(|inline| match inline {
                Inline::Strong(text) => minutes_of(text).map(|minutes| (text.clone(), minutes)),
                _ => None,
            })?;
            let rest: Vec<Inline> = item
                .inlines
                .iter()
                .filter(|inline| !matches!(inline, Inline::Strong(text) if *text == value))
                .cloned()
                .collect();
            let label = plain_text(&rest)
                .trim_end_matches(|c: char| c.is_whitespace() || c == ':')
                .to_owned();
            Some(Bar {
                label,
                value,
                minutes,
                length: 0.0,
                step: item.step,
            })
        })
        .collect();
    let longest = bars.iter().map(|bar| bar.minutes).max().unwrap_or(0).max(1);
    for bar in &mut bars {
        bar.length = f64::from(bar.minutes) / f64::from(longest);
    }
    bars
}

/// Reads « 56 min », « 1 h 20 », « 2 h » or « 1 h 34 min » (any spaces) as minutes.
fn minutes_of(text: &str) -> Option<u32> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let number = |word: &str| word.parse::<u32>().ok();
    match words.as_slice() {
        [minutes, "min"] => number(minutes),
        [hours, "h"] => Some(number(hours)? * 60),
        [hours, "h", minutes] | [hours, "h", minutes, "min"] => {
            let minutes = number(minutes)?;
            (minutes < 60).then_some(number(hours)? * 60 + minutes)
        }
        _ => None,
    }
}

/// A pictogram drawn for the project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pictogram {
    /// A sun rising: the morning.
    Morning,
    /// A plate between a fork and a knife: meals.
    Meal,
    /// A crescent moon and stars: going to sleep.
    Bedtime,
    /// A bed: the child's bedroom.
    Bedroom,
    /// A smartphone.
    Phone,
}

impl Pictogram {
    /// Every pictogram, in the order the README lists them.
    pub const ALL: [Pictogram; 5] = [
        Pictogram::Morning,
        Pictogram::Meal,
        Pictogram::Bedtime,
        Pictogram::Bedroom,
        Pictogram::Phone,
    ];

    /// The name written after `pictograms:`, which is also the SVG file's name.
    pub fn code(self) -> &'static str {
        match self {
            Pictogram::Morning => "matin",
            Pictogram::Meal => "repas",
            Pictogram::Bedtime => "coucher",
            Pictogram::Bedroom => "chambre",
            Pictogram::Phone => "telephone",
        }
    }

    /// Reads a name written after `pictograms:` exactly; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Pictogram> {
        Pictogram::ALL
            .into_iter()
            .find(|pictogram| pictogram.code() == code)
    }
}

/// The SVG of `pictogram`, hidden from assistive technology: the app gives the picture its
/// text alternative on the element around it.
pub fn pictogram_svg(pictogram: Pictogram) -> &'static str {
    match pictogram {
        Pictogram::Morning => include_str!("../../../content/pictograms/matin.svg"),
        Pictogram::Meal => include_str!("../../../content/pictograms/repas.svg"),
        Pictogram::Bedtime => include_str!("../../../content/pictograms/coucher.svg"),
        Pictogram::Bedroom => include_str!("../../../content/pictograms/chambre.svg"),
        Pictogram::Phone => include_str!("../../../content/pictograms/telephone.svg"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_durations_written_in_bold() {
        for (text, expected) in [
            ("56 min", Some(56)),
            ("1 h 20", Some(80)),
            ("1\u{a0}h\u{a0}34", Some(94)),
            ("2 h", Some(120)),
            ("1 h 05 min", Some(65)),
            ("1 h 75", None),
            ("26 %", None),
            ("beaucoup", None),
        ] {
            assert_eq!(minutes_of(text), expected, "{text:?}");
        }
    }

    #[test]
    fn bars_are_as_long_as_their_share_of_the_longest() {
        let slide = crate::deck::parse_slide(
            "fr/03-quiz.md",
            "---\nlayout: bars\nminutes: 5\n---\n# Combien ?\n\n- (+) à 2 ans : **56 min**\n- (+) à 3 ans et demi : **1 h 20**\n- (+) à 5 ans et demi : **1 h 34**\n\n## Notes\n\nN\n\n## Sources\n\n- Elfe\n",
        )
        .expect("a valid bars slide");
        let bars = bar_chart(&slide);
        let summary: Vec<(&str, u32, Option<usize>)> = bars
            .iter()
            .map(|bar| (bar.label.as_str(), bar.minutes, bar.step))
            .collect();
        assert_eq!(
            summary,
            [
                ("à 2 ans", 56, Some(1)),
                ("à 3 ans et demi", 80, Some(2)),
                ("à 5 ans et demi", 94, Some(3)),
            ]
        );
        assert!((bars[0].length - 56.0 / 94.0).abs() < 1e-9);
        assert!((bars[2].length - 1.0).abs() < 1e-9);
    }

    #[test]
    fn every_pictogram_is_an_svg_hidden_from_assistive_technology() {
        for pictogram in Pictogram::ALL {
            let svg = pictogram_svg(pictogram);
            assert!(svg.trim_start().starts_with("<svg"), "{pictogram:?}");
            assert!(svg.contains("aria-hidden=\"true\""), "{pictogram:?}");
            assert!(svg.contains("viewBox=\"0 0 64 64\""), "{pictogram:?}");
            assert!(!svg.contains("<script"), "{pictogram:?}");
            assert_eq!(Pictogram::from_code(pictogram.code()), Some(pictogram));
        }
    }
}
