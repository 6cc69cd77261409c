//! A small reader of the SVG the charts write, for tests: plotters writes one element per line,
//! so reading tags and attributes is enough to check a chart's structure without comparing bytes
//! (natively plotters only estimates text, so bytes are not what the browser would get).

use super::canvas::{ChartText, PHONE_TEXT};
use crate::language::Language;
use crate::preferences::TextSize;

/// One element of the SVG.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    /// The text inside a `<text>`, `<title>` or `<desc>`, trimmed (still escaped).
    pub text: String,
}

impl Element {
    pub(crate) fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    pub(crate) fn number(&self, name: &str) -> f64 {
        self.attribute(name)
            .and_then(|value| value.parse().ok())
            .unwrap_or_else(|| panic!("{} has no number {name}: {self:?}", self.name))
    }
}

/// Every element, in document order.
pub(crate) fn elements(svg: &str) -> Vec<Element> {
    let mut found = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        if rest.starts_with('/') {
            continue;
        }
        let end = rest.find('>').expect("every tag closes");
        let tag = &rest[..end];
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let (name, mut attributes_text) = tag.split_once(' ').unwrap_or((tag, ""));
        let mut attributes = Vec::new();
        while let Some(equals) = attributes_text.find("=\"") {
            let key = attributes_text[..equals].trim().to_owned();
            let after = &attributes_text[equals + 2..];
            let close = after.find('"').expect("attribute values are quoted");
            attributes.push((key, after[..close].to_owned()));
            attributes_text = &after[close + 1..];
        }
        rest = &rest[end + 1..];
        let mut text = String::new();
        if !self_closing && matches!(name, "text" | "title" | "desc") {
            let close = rest
                .find(&format!("</{name}>"))
                .expect("text elements close");
            text = rest[..close].trim().to_owned();
            rest = &rest[close..];
        }
        found.push(Element {
            name: name.to_owned(),
            attributes,
            text,
        });
    }
    found
}

/// The texts drawn, in order.
pub(crate) fn texts(svg: &str) -> Vec<String> {
    elements(svg)
        .into_iter()
        .filter(|element| element.name == "text")
        .map(|element| element.text)
        .collect()
}

/// The rules every chart keeps: our opening tag with a viewBox 640 wide and `role="img"`, a
/// title and a description right after it (not empty), no `style` attribute, no fixed size, text
/// of [`PHONE_TEXT`] viewBox pixels at least (14 CSS px on a 390 px phone), balanced text elements, and a closing tag.
pub(crate) fn assert_chart_rules(svg: &str) {
    assert!(
        svg.starts_with("<svg viewBox=\"0 0 640 "),
        "opening tag: {}",
        &svg[..80.min(svg.len())]
    );
    let all = elements(svg);
    let root = &all[0];
    assert_eq!(root.attribute("role"), Some("img"));
    assert_eq!(root.attribute("width"), None, "no fixed width");
    assert_eq!(root.attribute("height"), None, "no fixed height");
    assert_eq!(all[1].name, "title");
    assert!(!all[1].text.is_empty());
    assert_eq!(all[2].name, "desc");
    assert!(!all[2].text.is_empty());
    assert!(!svg.contains("style="), "no inline style");
    assert!(!svg.contains("<script"), "no script");
    for element in &all {
        if element.name == "text" {
            assert!(
                element.number("font-size") >= f64::from(PHONE_TEXT) - 0.01,
                "{element:?}"
            );
            assert!(!element.text.is_empty(), "{element:?}");
        }
    }
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    assert!(svg.trim_end().ends_with("</svg>"));
}

/// The smallest font size of the chart's texts, in viewBox pixels.
pub(crate) fn smallest_text(svg: &str) -> f64 {
    elements(svg)
        .iter()
        .filter(|element| element.name == "text")
        .map(|element| element.number("font-size"))
        .fold(f64::INFINITY, f64::min)
}

/// Each text's box (left, top, right, bottom), from its anchor, its font size and the generous
/// width estimate the layouts use (0.6 em a character).
fn text_boxes(svg: &str) -> Vec<(String, [f64; 4])> {
    elements(svg)
        .into_iter()
        .filter(|element| element.name == "text")
        .map(|element| {
            let size = element.number("font-size");
            let mut plain = element.text.clone();
            for entity in ["&apos;", "&quot;", "&amp;", "&lt;", "&gt;"] {
                plain = plain.replace(entity, "'");
            }
            let width = plain.chars().count() as f64 * size * 0.6;
            let (x, y) = (element.number("x"), element.number("y"));
            let left = match element.attribute("text-anchor") {
                Some("middle") => x - width / 2.0,
                Some("end") => x - width,
                _ => x,
            };
            let top = match element.attribute("dy") {
                Some("0.76em") => y,
                Some("-0.5ex") => y - size,
                _ => y - size / 2.0,
            };
            (element.text, [left, top, left + width, top + size])
        })
        .collect()
}

/// No two texts of the chart overlap, and every text lies inside the viewBox's width.
pub(crate) fn assert_texts_apart(svg: &str) {
    let boxes = text_boxes(svg);
    for (index, (text, [left, top, right, bottom])) in boxes.iter().enumerate() {
        assert!(
            *left >= 0.0 && *right <= 640.0,
            "{text:?} leaves the chart: {left}..{right}"
        );
        for (other, [l, t, r, b]) in &boxes[index + 1..] {
            let across = right.min(*r) - left.max(*l);
            let down = bottom.min(*b) - top.max(*t);
            assert!(
                across <= 0.5 || down <= 0.5,
                "{text:?} overlaps {other:?} ({across} × {down})"
            );
        }
    }
}

/// The filled rectangles of a colour (`#RRGGBB`), as (x, y, width, height).
/// Renders charts at every text size, in French then English (`render` returns the pictures
/// of one size and language), checks each with [`assert_chart_rules`] and
/// [`assert_texts_apart`], then that the smallest text of the first picture is [`PHONE_TEXT`]
/// at 100 % and grows from each text size to the next.
pub(crate) fn assert_text_grows_and_stays_apart(
    render: impl Fn(TextSize, Language, ChartText) -> Vec<String>,
) {
    let mut smallest = Vec::new();
    for size in TextSize::ALL {
        for language in [Language::Fr, Language::En] {
            for svg in render(size, language, ChartText::for_text_size(size)) {
                assert_chart_rules(&svg);
                assert_texts_apart(&svg);
                smallest.push(smallest_text(&svg));
            }
        }
    }
    let per_size = smallest.len() / TextSize::ALL.len();
    assert!(
        (smallest[0] - f64::from(PHONE_TEXT)).abs() < 0.01,
        "{smallest:?}"
    );
    assert!(
        smallest[per_size] > smallest[0] && smallest[2 * per_size] > smallest[per_size],
        "{smallest:?}"
    );
}

pub(crate) fn rects_of(svg: &str, colour: &str) -> Vec<(f64, f64, f64, f64)> {
    elements(svg)
        .into_iter()
        .filter(|element| element.name == "rect" && element.attribute("fill") == Some(colour))
        .map(|element| {
            (
                element.number("x"),
                element.number("y"),
                element.number("width"),
                element.number("height"),
            )
        })
        .collect()
}

/// The hostile name used in tests.
pub(crate) const HOSTILE_NAME: &str = "<img src=x onerror=alert(1)>";

/// Checks that the hostile name appears only escaped.
pub(crate) fn assert_escaped(svg: &str) {
    assert!(!svg.contains("<img"), "a name became markup");
    assert!(
        svg.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "the name is shown, escaped"
    );
}
