//! Developer commands for Écrans en famille, run as `cargo xtask <command>`.
//!
//! Each command first installs what it needs and is missing (the wasm target, the
//! wasm-bindgen CLI matching `Cargo.lock`, wasm-opt from npm, Chromium and its driver, the npm
//! test packages), skipping what is already there, so a fresh clone needs nothing else.
//! Where something cannot be installed, the command stops with one sentence saying what to do.

mod command;
mod compression;
mod http_connection;
mod part_contents;
mod prerender;
mod server;
mod setup;
mod site;
mod size;
mod test_run;
mod wasm_build;

use std::path::PathBuf;
use std::process::ExitCode;

/// A failure explained in one sentence for the person at the terminal.
#[derive(Debug)]
pub struct Failure(pub String);

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub type Outcome<T = ()> = Result<T, Failure>;

const USAGE: &str = "\
usage: cargo xtask <command>

  serve   install what is missing, build the release app, serve it at http://127.0.0.1:8080
          ($XTASK_PORT and $XTASK_DIST_DIR change the port and the output folder;
          `serve --no-build` serves the site already built)
  test    install what is missing, run every test (core, browser, end-to-end)
  dist    install what is missing, write the deployable static site to dist/
  size    build, then print the brotli size of everything a first visit downloads
  bench   run the core's criterion benchmarks and the browser timings
  e2e     build, serve on a free port and run Playwright with the arguments that follow
          (spec files, --grep, --project), e.g. `cargo xtask e2e tests/deck.spec.ts`";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = project_root();
    let outcome = match args.first().map(String::as_str) {
        Some("serve") if args.get(1).is_some_and(|arg| arg == "--no-build") => {
            server::serve_built(&site::dist_dir(&root), port_from_env("XTASK_PORT", 8080))
        }
        Some("serve") => server::serve_release(&root, port_from_env("XTASK_PORT", 8080)),
        Some("test") => test_run::run_every_test(&root),
        Some("dist") => site::build_dist(&root).map(|_| ()),
        Some("size") => size::print_first_visit_size(&root),
        Some("bench") => test_run::run_benchmarks(&root),
        Some("e2e") => test_run::run_some_end_to_end_tests(&root, &args[1..]),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("\nxtask: {failure}");
            ExitCode::FAILURE
        }
    }
}

/// A port number from the environment, or `default`.
pub fn port_from_env(name: &str, default: u16) -> u16 {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

/// The workspace root: the folder above `xtask/`.
fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}
