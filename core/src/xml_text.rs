//! Text put into the SVG markup the core writes (chart titles and descriptions, the QR code's
//! title): the five characters that are special in XML text and attributes become entities, so
//! a child's name or an address can never become markup.

/// `text` with the five XML special characters replaced by entities.
pub(crate) fn escape_xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            other => escaped.push(other),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_special_characters_become_entities_and_the_rest_stays() {
        assert_eq!(
            escape_xml(r#"<b>Léa & "Zoé"</b> l'été"#),
            "&lt;b&gt;Léa &amp; &quot;Zoé&quot;&lt;/b&gt; l&apos;été"
        );
    }
}
