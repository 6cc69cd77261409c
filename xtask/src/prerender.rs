//! The HTML of each page, written at build time so the page paints before the wasm arrives.
//!
//! For every page of the route table (`ecrans_core::site_map::Page`) the site gets a file
//! (`index.html` for `/`, `carnet/index.html` for `/carnet`…) that already holds the shell the
//! app draws (skip link, top bar, navigation with the current page marked) and the page's
//! heading and one-sentence description, in French, the default language. Every word comes from
//! the interface's string tables (`ecrans-i18n`), never from a copy. The elements carry the
//! class `prerendered`: the app, mounted beside them and kept invisible by the `starting` class
//! of `<html>`, replaces them in one frame once its first page is ready.
//!
//! The page also holds, hidden, the two messages the start-up script may need before the app
//! exists (the app could not start, with « Réessayer »; the browser is too old), in French and
//! English; the script shows the one in the browser's language.

use ecrans_core::language::Language;
use ecrans_core::site_map::Page;
use ecrans_i18n::{texts, Texts};

/// What the pages link to: the files of one build.
pub struct PageAssets {
    /// `<link>` and `<script>` tags for the head: stylesheet, start-up script, preloads.
    pub head_tags: String,
}

/// The whole HTML of `page`, from the `<head>` of the template (`index.html` at the root,
/// without its Trunk links) and the build's `assets`. `route_preloads` are extra `<link>`
/// tags for the parts this page needs.
pub fn render_page(
    template_head: &str,
    assets: &PageAssets,
    page: Page,
    route_preloads: &str,
) -> String {
    let fr = texts(Language::Fr);
    let title = if page == Page::Home {
        fr.app_name.to_string()
    } else {
        format!("{} · {}", fr.page_title(page), fr.app_name)
    };
    let head = template_head.replace(
        "<title>Écrans en famille</title>",
        &format!("<title>{}</title>", escape(&title)),
    );
    format!(
        "<!doctype html>\n<html lang=\"fr\" class=\"starting\">\n  <head>\n{head}{}{route_preloads}  </head>\n  <body>\n{}  </body>\n</html>\n",
        assets.head_tags,
        render_body(page),
    )
}

/// The pre-rendered shell and page, then the hidden start-up messages.
fn render_body(page: Page) -> String {
    let fr = texts(Language::Fr);
    let en = texts(Language::En);
    let mut html = String::new();
    html.push_str(&format!(
        "    <a class=\"skip-link prerendered\" href=\"#main\">{}</a>\n",
        escape(fr.skip_to_content)
    ));
    html.push_str("    <div class=\"app-shell prerendered\">\n");
    html.push_str(&format!(
        "      <header class=\"top-bar\"><a class=\"brand\" href=\"/\">{}</a><button type=\"button\" class=\"button button-quiet language-switch\" lang=\"en\" aria-label=\"{}\">{}</button></header>\n",
        escape(fr.app_name),
        escape(fr.switch_language_label),
        escape(ecrans_i18n::language_name(Language::En)),
    ));
    html.push_str(&render_navigation(fr, page));
    html.push_str("      <main id=\"main\" class=\"page\">\n");
    html.push_str(&render_start_problems(fr, en));
    html.push_str(&format!(
        "        <h1 id=\"page-title\" tabindex=\"-1\">{}</h1>\n",
        escape(fr.page_title(page))
    ));
    if let Some(description) = fr.page_description(page) {
        html.push_str(&format!(
            "        <p class=\"lead\">{}</p>\n",
            escape(description)
        ));
    }
    html.push_str("      </main>\n    </div>\n");
    html
}

fn render_navigation(fr: &Texts, current: Page) -> String {
    let mut html = format!(
        "      <nav class=\"nav-bar\" aria-label=\"{}\"><ul>\n",
        escape(fr.main_navigation)
    );
    for page in Page::ALL {
        let current_mark = if page == current {
            " aria-current=\"page\""
        } else {
            ""
        };
        html.push_str(&format!(
            "        <li><a href=\"{}\"{current_mark}><svg class=\"icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"{}\"></path></svg><span class=\"nav-label\">{}</span></a></li>\n",
            page.path(),
            page.icon_path(),
            escape(fr.page_label(page)),
        ));
    }
    html.push_str("      </ul></nav>\n");
    html
}

/// The messages shown by the start-up script when the app cannot start or the browser is too
/// old: hidden, one per language (`data-lang`), each its own alert.
fn render_start_problems(fr: &Texts, en: &Texts) -> String {
    let mut html = String::new();
    for (code, words) in [("fr", fr), ("en", en)] {
        html.push_str(&format!(
            "        <section class=\"card start-problem\" id=\"start-failed-{code}\" lang=\"{code}\" role=\"alert\" hidden><h2>{}</h2><p>{}</p><button type=\"button\" class=\"button button-primary\" data-retry>{}</button></section>\n",
            escape(words.start_failed_title),
            escape(words.start_failed_body),
            escape(words.retry),
        ));
        html.push_str(&format!(
            "        <section class=\"card start-problem\" id=\"browser-unsupported-{code}\" lang=\"{code}\" role=\"alert\" hidden><p>{}</p></section>\n",
            escape(words.browser_unsupported),
        ));
    }
    html
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_html(page: Page) -> String {
        let assets = PageAssets {
            head_tags: "    <link rel=\"stylesheet\" href=\"/style.css\" />\n".into(),
        };
        render_page("    <title>Écrans en famille</title>\n", &assets, page, "")
    }

    #[test]
    fn each_page_holds_the_shell_and_its_own_heading_in_french() {
        let fr = texts(Language::Fr);
        for page in Page::ALL {
            let html = page_html(page);
            assert!(html.contains("<html lang=\"fr\" class=\"starting\">"));
            assert!(html.contains(&format!(
                "<h1 id=\"page-title\" tabindex=\"-1\">{}</h1>",
                escape(fr.page_title(page))
            )));
            for other in Page::ALL {
                assert!(html.contains(&format!("<a href=\"{}\"", other.path())));
            }
            assert_eq!(html.matches("aria-current=\"page\"").count(), 1);
            assert!(html.contains(&format!(
                "<a href=\"{}\" aria-current=\"page\">",
                page.path()
            )));
        }
        assert!(page_html(Page::Diary).contains("<title>Carnet · Écrans en famille</title>"));
    }

    #[test]
    fn start_problems_are_hidden_in_both_languages() {
        let html = page_html(Page::Home);
        for id in [
            "start-failed-fr",
            "start-failed-en",
            "browser-unsupported-fr",
            "browser-unsupported-en",
        ] {
            let at = html.find(&format!("id=\"{id}\"")).expect(id);
            let tag_end = at + html[at..].find('>').unwrap();
            assert!(html[at..tag_end].contains(" hidden"), "{id} starts hidden");
        }
        assert!(html.contains(texts(Language::En).start_failed_title));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<b>\"Tom\" & Zoé</b>"),
            "&lt;b&gt;&quot;Tom&quot; &amp; Zoé&lt;/b&gt;"
        );
    }
}
