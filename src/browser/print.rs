//! The browser's own print dialog (print, or save as PDF). Nothing is sent anywhere: the page's
//! print stylesheet lays the report out, and the browser does the rest.

/// Opens the browser's print dialog for the current page.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        if let Err(error) = window.print() {
            super::page::log_warning(&format!("printing failed: {error:?}"));
        }
    }
}
