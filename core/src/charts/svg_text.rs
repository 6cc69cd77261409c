//! The finishing touches plotters' SVG backend does not write: the opening tag with `role="img"`,
//! the language and a `viewBox` only (no fixed width or height, so the chart fills its container
//! and keeps its proportions), then `<title>` and `<desc>` right after it, typeset for the
//! chart's language (`crate::typography`) and escaped here.
//!
//! Text drawn by plotters is escaped by plotters itself (`<`, `>`, `&`, quotes); the title and
//! description are escaped by `crate::xml_text::escape_xml`. Nothing here writes a `style`
//! attribute: the app's Content-Security-Policy forbids inline styles.

use crate::language::Language;
use crate::typography::typeset;
use crate::xml_text::escape_xml;

/// Replaces plotters' opening `<svg …>` tag of `raw` by ours and puts the title and description
/// right after it.
pub(crate) fn finish_svg(
    raw: &str,
    size: (u32, u32),
    language: Language,
    title: &str,
    desc: &str,
) -> String {
    let body = raw.find('>').map_or(raw, |end| &raw[end + 1..]);
    let body = body.strip_prefix('\n').unwrap_or(body);
    let (width, height) = size;
    let mut svg = String::with_capacity(body.len() + title.len() + desc.len() + 200);
    svg.push_str(&format!(
        "<svg viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\" \
         role=\"img\" lang=\"{}\" class=\"chart\">\n",
        language.code()
    ));
    svg.push_str("<title>");
    svg.push_str(&escape_xml(&typeset(title, language)));
    svg.push_str("</title>\n<desc>");
    svg.push_str(&escape_xml(&typeset(desc, language)));
    svg.push_str("</desc>\n");
    svg.push_str(body);
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_opening_tag_is_ours_and_the_title_comes_first() {
        let raw = "<svg width=\"640\" height=\"300\" viewBox=\"0 0 640 300\" \
                   xmlns=\"http://www.w3.org/2000/svg\">\n<rect x=\"0\"/>\n</svg>\n";
        let svg = finish_svg(
            raw,
            (640, 300),
            Language::Fr,
            "Léa <img src=x onerror=alert(1)>",
            "« 1 h » & 'co'",
        );
        assert_eq!(
            svg,
            "<svg viewBox=\"0 0 640 300\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" lang=\"fr\" class=\"chart\">\n<title>Léa &lt;img src=x onerror=alert(1)&gt;</title>\n<desc>«\u{202f}1\u{a0}h\u{202f}» &amp; &apos;co’</desc>\n<rect x=\"0\"/>\n</svg>\n"
        );
    }
}
