//! Mounts the app on the page's `<body>`, beside the page pre-rendered at build time, which
//! the first route replaces once it is ready (`browser::page::reveal_app`).

fn main() {
    leptos::mount::mount_to_body(ecrans::app::App);
}
