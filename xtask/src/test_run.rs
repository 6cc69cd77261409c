//! `cargo xtask test` and `cargo xtask bench`.
//!
//! The test run goes in layers, cheapest first, and stops at the first failing layer:
//! formatting and lints; the core's native tests; the browser tests (wasm-bindgen-test in
//! headless Chromium); then the Playwright end-to-end suite against the release build served
//! on 127.0.0.1. It ends with one line `summary: N passed, N failed`.
//!
//! `cargo xtask bench` runs the core's criterion benchmarks, then the browser timings: the
//! Playwright tests tagged `@bench` (in `tests/e2e/benchmarks/`, their own projects of the
//! Playwright config), which measure and print instead of checking.

use crate::command::{npm_dir, run, run_and_capture, tool};
use crate::setup::{ensure_browser, ensure_build_tools, ensure_lighthouse, lighthouse_dir};
use crate::{part_contents, server, site, wasm_build, Failure, Outcome};
use ecrans_core::site_map::Page;
use std::path::Path;

/// The port of the server the end-to-end tests talk to: 0, a free port the system chooses, so
/// the suite runs beside any other server on the machine (`$XTASK_E2E_PORT` picks one).
const E2E_PORT: u16 = 0;

#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
}

impl Tally {
    /// Adds the counts of every `test result: ok. N passed; M failed` line cargo printed.
    fn add_cargo_output(&mut self, output: &str) {
        for line in output.lines() {
            if let Some(rest) = line.trim().strip_prefix("test result: ") {
                self.passed += count_before(rest, " passed");
                self.failed += count_before(rest, " failed");
            }
        }
    }
}

fn count_before(text: &str, label: &str) -> usize {
    text.find(label)
        .and_then(|end| text[..end].rsplit([' ', ';', '.']).next())
        .and_then(|number| number.parse().ok())
        .unwrap_or(0)
}

pub fn run_every_test(root: &Path) -> Outcome {
    ensure_build_tools(root)?;
    ensure_browser()?;
    let mut tally = Tally::default();

    let mut fmt = tool(root, "cargo", root);
    fmt.args(["fmt", "--all", "--check"]);
    run(fmt, "cargo fmt --check (run `cargo fmt --all` to fix)")?;

    let mut clippy_native = tool(root, "cargo", root);
    clippy_native.args([
        "clippy",
        "-p",
        "ecrans-core",
        "-p",
        "ecrans-scrypt-steps",
        "-p",
        "ecrans-i18n",
        "-p",
        "xtask",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]);
    run(
        clippy_native,
        "cargo clippy (core, scrypt steps, i18n, xtask)",
    )?;
    let mut clippy_app = tool(root, "cargo", root);
    clippy_app.args([
        "clippy",
        "-p",
        "ecrans",
        "--target",
        "wasm32-unknown-unknown",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]);
    run(clippy_app, "cargo clippy (app, wasm32)")?;

    let mut native = tool(root, "cargo", root);
    native.args([
        "test",
        "-p",
        "ecrans-core",
        "-p",
        "ecrans-scrypt-steps",
        "-p",
        "ecrans-i18n",
        "-p",
        "xtask",
    ]);
    let (ok, output) = run_and_capture(native, "core tests")?;
    tally.add_cargo_output(&output);
    if !ok {
        return finish(tally, Some("the core's native tests failed"));
    }

    let mut browser = tool(root, "cargo", root);
    browser
        .args([
            "test",
            "-p",
            "ecrans",
            "--target",
            "wasm32-unknown-unknown",
            "--tests",
        ])
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    let (ok, output) = run_and_capture(browser, "browser tests (wasm-bindgen-test)")?;
    tally.add_cargo_output(&output);
    if !ok {
        return finish(tally, Some("the browser tests failed"));
    }

    let dist = site::build_dist(root)?;
    match part_contents::check_heavy_code_placement(&wasm_build::split_work_dir(root)) {
        Ok(checked) => {
            println!("xtask: heavy code stays in its pages' parts ({checked} crates checked)");
            tally.passed += checked;
        }
        Err(Failure(why)) => {
            println!("xtask: {why}");
            tally.failed += 1;
            return finish(tally, Some("a part holds code it should not"));
        }
    }
    let server = server::start(&dist, crate::port_from_env("XTASK_E2E_PORT", E2E_PORT))?;
    let port = server.port;
    let report = npm_dir(root).join("test-results/results.json");
    let _ = std::fs::remove_file(&report);
    // The browser timings are benchmarks (`cargo xtask bench`), not tests.
    let playwright = playwright_against(root, &dist, port, &report, &["--grep-invert", BENCH_TAG]);
    let (ok, _) = run_and_capture(playwright, "end-to-end tests (Playwright)")?;
    let (passed, failed) = playwright_counts(&report);
    tally.passed += passed;
    tally.failed += failed;
    finish(tally, (!ok).then_some("the end-to-end tests failed"))
}

/// The tag of the Playwright tests that measure rather than check.
const BENCH_TAG: &str = "@bench";

/// `playwright test` with `arguments`, against the site in `dist` served on `port`, writing its
/// JSON report to `report`.
fn playwright_against(
    root: &Path,
    dist: &Path,
    port: u16,
    report: &Path,
    arguments: &[&str],
) -> std::process::Command {
    let mut playwright = tool(root, "playwright", &npm_dir(root));
    playwright
        .arg("test")
        .args(arguments)
        .env("E2E_BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("E2E_DIST_DIR", dist)
        .env("PLAYWRIGHT_JSON_OUTPUT_NAME", report)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    playwright
}

/// Reads `stats.expected` (passed) and `stats.unexpected` + `stats.flaky` (failed) from
/// Playwright's JSON report.
fn playwright_counts(report: &Path) -> (usize, usize) {
    let whole = std::fs::read_to_string(report).unwrap_or_default();
    let text = whole.rfind("\"stats\"").map_or("", |at| &whole[at..]);
    let number = |key: &str| {
        text.find(&format!("\"{key}\":"))
            .map(|at| &text[at + key.len() + 3..])
            .and_then(|rest| {
                rest.trim_start()
                    .split(|c: char| !c.is_ascii_digit())
                    .next()
                    .and_then(|digits| digits.parse::<usize>().ok())
            })
            .unwrap_or(0)
    };
    (number("expected"), number("unexpected") + number("flaky"))
}

fn finish(tally: Tally, failure: Option<&str>) -> Outcome {
    println!(
        "\nsummary: {} passed, {} failed",
        tally.passed, tally.failed
    );
    match failure {
        Some(what) => Err(Failure(format!("{what}; see the output above."))),
        None if tally.failed > 0 => Err(Failure("some tests failed.".into())),
        None => Ok(()),
    }
}

/// The pages Lighthouse scores: the home page and the three an advisor or a parent opens first.
const LIGHTHOUSE_PAGES: [Page; 4] = [Page::Home, Page::Diary, Page::Charts, Page::Deck];

/// The core's criterion benchmarks, then the browser timings (the Playwright tests tagged
/// `@bench`, one at a time so they do not compete for the processor) against the release build,
/// then Lighthouse's first-visit scores of [`LIGHTHOUSE_PAGES`] on the same server (which sends
/// the precompressed files, as a production host does).
pub fn run_benchmarks(root: &Path) -> Outcome {
    ensure_build_tools(root)?;
    ensure_browser()?;
    ensure_lighthouse(root)?;
    let mut bench = tool(root, "cargo", root);
    bench.args(["bench", "-p", "ecrans-core"]);
    run(bench, "criterion benchmarks")?;

    let dist = site::build_dist(root)?;
    let server = server::start(&dist, crate::port_from_env("XTASK_E2E_PORT", E2E_PORT))?;
    let port = server.port;
    let report = npm_dir(root).join("test-results/bench-results.json");
    let playwright = playwright_against(
        root,
        &dist,
        port,
        &report,
        &["--grep", BENCH_TAG, "--workers", "1"],
    );
    run(playwright, "browser timings (Playwright, @bench)")?;

    let mut lighthouse = tool(root, "node", &lighthouse_dir(root));
    lighthouse
        .arg("first-visits.mjs")
        .args(LIGHTHOUSE_PAGES.iter().map(|page| page.path()))
        .env("LIGHTHOUSE_BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("CHROME_PATH", "/usr/bin/chromium");
    run(
        lighthouse,
        "Lighthouse 12.2.3 (first visits, mobile defaults)",
    )
}

/// `cargo xtask e2e [playwright arguments]`: builds the release site, serves it on a free
/// port and runs Playwright with the given arguments (spec files, `--grep`, `--project`…), for
/// working on a few end-to-end tests without the whole suite.
pub fn run_some_end_to_end_tests(root: &Path, arguments: &[String]) -> Outcome {
    ensure_build_tools(root)?;
    ensure_browser()?;
    let dist = site::build_dist(root)?;
    let server = server::start(&dist, crate::port_from_env("XTASK_E2E_PORT", E2E_PORT))?;
    let report = npm_dir(root).join("test-results/some-results.json");
    let arguments: Vec<&str> = arguments.iter().map(String::as_str).collect();
    let playwright = playwright_against(root, &dist, server.port, &report, &arguments);
    run(playwright, "end-to-end tests (Playwright)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_result_lines_are_added_up() {
        let mut tally = Tally::default();
        tally.add_cargo_output(
            "test result: ok. 12 passed; 0 failed; 0 ignored\n\
             noise\n   test result: FAILED. 3 passed; 2 failed; 1 ignored\n",
        );
        assert_eq!((tally.passed, tally.failed), (15, 2));
    }

    #[test]
    fn playwright_stats_are_read_from_the_report() {
        let dir = std::env::temp_dir().join(format!("xtask-report-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let report = dir.join("results.json");
        std::fs::write(
            &report,
            r#"{"suites":[],"stats":{"expected": 41, "skipped":0,"unexpected":2,"flaky":1}}"#,
        )
        .unwrap();
        assert_eq!(playwright_counts(&report), (41, 3));
        assert_eq!(playwright_counts(&dir.join("missing.json")), (0, 0));
    }

    #[test]
    fn the_end_to_end_server_takes_a_free_port_beside_another_server() {
        use std::io::{Read, Write};
        let dist = std::env::temp_dir().join(format!("xtask-dist-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(
            dist.join("index.html"),
            r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'"><p>ok</p>"#,
        )
        .unwrap();
        let other = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let taken = other.local_addr().unwrap().port();

        let first = server::start(&dist, E2E_PORT).unwrap();
        let second = server::start(&dist, E2E_PORT).unwrap();
        assert!(first.port != 0 && second.port != 0);
        assert!(first.port != taken && second.port != taken && first.port != second.port);
        assert!(
            server::start(&dist, taken).is_err(),
            "a port in use is refused"
        );

        let mut stream = std::net::TcpStream::connect(("127.0.0.1", first.port)).unwrap();
        stream
            .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        assert!(answer.ends_with("<p>ok</p>"), "{answer}");
    }
}
