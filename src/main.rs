//! Mounts the app on the page's `<body>`.

fn main() {
    leptos::mount::mount_to_body(ecrans::app::App);
}
