//! Mounts the app on the page's `<body>`, in place of the loading notice of `index.html`.

fn main() {
    ecrans::browser::page::remove_loading_notice();
    leptos::mount::mount_to_body(ecrans::app::App);
}
