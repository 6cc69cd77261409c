//! The QR code on the install slide, drawn as an SVG string.
//!
//! The `qrcode` crate computes the modules; this module writes them as one SVG path, dark on a
//! white square with the standard quiet zone of four modules. The SVG has a `viewBox` and no
//! fixed size (the stage sizes it), no `style` attribute (the app's Content Security Policy
//! forbids inline styles) and `role="img"` with the encoded text as its title. The caller passes
//! the text in (the page's origin); nothing here reads the browser.

use std::fmt::Write;

use crate::xml_text::escape_xml;
use qrcode::{Color, EcLevel, QrCode};

/// The blank border around the code, in modules, that scanners need (ISO/IEC 18004).
const QUIET_ZONE: usize = 4;

/// Draws `text` as a QR code (error correction level M) in an SVG string.
///
/// Text too long for any QR code (over about 2,300 bytes) gives an empty string; a web
/// address is far shorter.
pub fn render_qr_svg(text: &str) -> String {
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) else {
        return String::new();
    };
    let width = code.width();
    let side = width + 2 * QUIET_ZONE;
    let colors = code.to_colors();

    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Light {
                x += 1;
                continue;
            }
            let run_start = x;
            while x < width && row[x] == Color::Dark {
                x += 1;
            }
            let run = x - run_start;
            let left = run_start + QUIET_ZONE;
            let top = y + QUIET_ZONE;
            write!(path, "M{left} {top}h{run}v1h-{run}z").expect("writing to a String cannot fail");
        }
    }

    format!(
        concat!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" "##,
            r##"role="img" shape-rendering="crispEdges">"##,
            r##"<title>{title}</title>"##,
            r##"<rect width="{side}" height="{side}" fill="#fff"/>"##,
            r##"<path fill="#000" d="{path}"/>"##,
            r##"</svg>"##,
        ),
        side = side,
        title = escape_xml(text),
        path = path,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks that the SVG's tags nest properly and that it has exactly one root `<svg>`.
    fn assert_well_formed(svg: &str) {
        let mut open_tags: Vec<&str> = Vec::new();
        let mut roots = 0;
        for tag in svg.split('<').skip(1) {
            let tag = &tag[..tag.find('>').expect("every tag is closed by `>`")];
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(open_tags.pop(), Some(name), "closing tag </{name}> matches");
                continue;
            }
            let name = tag.split_whitespace().next().expect("tag has a name");
            if open_tags.is_empty() {
                roots += 1;
            }
            if !tag.ends_with('/') {
                open_tags.push(name);
            }
        }
        assert!(open_tags.is_empty(), "unclosed tags: {open_tags:?}");
        assert_eq!(roots, 1, "one root element");
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
    }

    #[test]
    fn draws_a_well_formed_scalable_svg_without_style() {
        let svg = render_qr_svg("https://ecrans.example.org");
        assert_well_formed(&svg);
        let opening_tag = &svg[..svg.find('>').unwrap()];
        assert!(opening_tag.contains(r#"role="img""#), "{opening_tag}");
        assert!(
            !opening_tag.contains("width="),
            "no fixed width: {opening_tag}"
        );
        assert!(
            !opening_tag.contains("height="),
            "no fixed height: {opening_tag}"
        );
        assert!(!svg.contains("style"), "no style attribute or element");
        // A 26-byte address at level M fits in version 2 (25 modules), plus two quiet zones.
        assert!(
            opening_tag.contains(r#"viewBox="0 0 33 33""#),
            "{opening_tag}"
        );
        assert!(svg.contains(r#"<title>https://ecrans.example.org</title>"#));
    }

    #[test]
    fn is_deterministic_and_depends_on_the_text() {
        let first = render_qr_svg("https://a.example");
        assert_eq!(first, render_qr_svg("https://a.example"));
        assert_ne!(first, render_qr_svg("https://b.example"));
    }

    #[test]
    fn leaves_the_quiet_zone_blank() {
        let svg = render_qr_svg("https://ecrans.example.org");
        let path = svg.split(r#" d=""#).nth(1).unwrap();
        let path = &path[..path.find('"').unwrap()];
        for run in path.split('M').skip(1) {
            let mut coordinates = run.split(['h', ' ', 'v']);
            let left: usize = coordinates.next().unwrap().parse().unwrap();
            let top: usize = coordinates.next().unwrap().parse().unwrap();
            let length: usize = coordinates.next().unwrap().parse().unwrap();
            assert!(left >= QUIET_ZONE && top >= QUIET_ZONE, "run {run}");
            assert!(
                left + length <= 33 - QUIET_ZONE && top < 33 - QUIET_ZONE,
                "run {run}"
            );
        }
    }

    #[test]
    fn escapes_the_title() {
        let svg = render_qr_svg(r#"https://x.example/?a=1&b="<'>""#);
        assert_well_formed(&svg);
        assert!(
            svg.contains("<title>https://x.example/?a=1&amp;b=&quot;&lt;&apos;&gt;&quot;</title>")
        );
    }

    #[test]
    fn gives_an_empty_string_for_text_too_long_for_a_qr_code() {
        assert_eq!(render_qr_svg(&"a".repeat(4000)), "");
    }
}
