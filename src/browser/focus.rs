//! Keyboard focus: moving it to an element (after a dialog closes, once a form is saved), and
//! whether a key went to a field that takes typing, so a page's own keys leave it alone.

use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with this id, if there is one (after a dialog closes).
pub fn focus_element(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// An element of the page that can take keyboard focus: what a `NodeRef` of any HTML element
/// gives, so that code generic over the element's kind can move focus to it.
pub trait Focusable: JsCast + Clone + 'static {
    /// Moves keyboard focus to this element.
    fn take_focus(&self);
}

impl<T> Focusable for T
where
    T: AsRef<web_sys::HtmlElement> + JsCast + Clone + 'static,
{
    fn take_focus(&self) {
        let _ = AsRef::<web_sys::HtmlElement>::as_ref(self).focus();
    }
}

/// Whether the key went to a text field, a list or a button of a form, or to text being
/// edited (keys are then theirs).
pub fn key_went_to_a_field(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || element
                    .dyn_ref::<web_sys::HtmlElement>()
                    .is_some_and(|element| element.is_content_editable())
        })
}
