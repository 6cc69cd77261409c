//! Installing what the build and the tests need, skipping what is already there.
//!
//! Versions come from ../shared/toolchain.md: the
//! wasm-bindgen CLI at exactly the version of the `wasm-bindgen` crate in `Cargo.lock` (installed
//! without `--locked`), wasm-opt from the npm package `binaryen`, and Debian's Chromium.

use crate::command::{cargo_bin_dir, npm_dir, run, tool, version_of};
use crate::{Failure, Outcome};
use std::path::Path;
use std::process::Command;

/// Everything `cargo xtask dist` needs: the wasm target, Node and the npm packages (wasm-opt)
/// and the wasm-bindgen CLI. Trunk is not needed: the xtask builds the site itself.
pub fn ensure_build_tools(root: &Path) -> Outcome {
    ensure_wasm_target(root)?;
    ensure_npm_packages(root)?;
    let bindgen = wasm_bindgen_version_in_lock(root)?;
    ensure_cargo_tool(root, "wasm-bindgen", "wasm-bindgen-cli", &bindgen)
}

/// What the browser tests need on top of the build tools: Chromium and ChromeDriver.
pub fn ensure_browser() -> Outcome {
    let present = |path: &str| Path::new(path).exists();
    if present("/usr/bin/chromium") && present("/usr/bin/chromedriver") {
        return Ok(());
    }
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
        .unwrap_or(false);
    if !is_root || !present("/usr/bin/apt-get") {
        return Err(Failure(
            "Chromium is missing: install the Debian packages `chromium` and `chromium-driver` \
             (as root: apt-get install -y chromium chromium-driver), then run this command again."
                .into(),
        ));
    }
    println!("xtask: installing Chromium and ChromeDriver with apt-get");
    let mut update = Command::new("apt-get");
    update.arg("update");
    run(update, "apt-get update")?;
    let mut install = Command::new("apt-get");
    install.args(["install", "-y", "chromium", "chromium-driver"]);
    install.env("DEBIAN_FRONTEND", "noninteractive");
    run(install, "apt-get install chromium chromium-driver")
}

/// The `wasm-bindgen` crate version recorded in `Cargo.lock`; the CLI must match it exactly.
pub fn wasm_bindgen_version_in_lock(root: &Path) -> Result<String, Failure> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|_| Failure("Cargo.lock is missing: run `cargo generate-lockfile`.".into()))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    Err(Failure(
        "Cargo.lock names no wasm-bindgen version: run `cargo generate-lockfile`.".into(),
    ))
}

fn ensure_wasm_target(root: &Path) -> Outcome {
    let installed = tool(root, "rustup", root)
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|_| {
            Failure("rustup is missing: install Rust with rustup (https://rustup.rs).".into())
        })?;
    if String::from_utf8_lossy(&installed.stdout).contains("wasm32-unknown-unknown") {
        return Ok(());
    }
    let mut add = tool(root, "rustup", root);
    add.args(["target", "add", "wasm32-unknown-unknown"]);
    run(add, "rustup target add wasm32-unknown-unknown")
}

fn ensure_npm_packages(root: &Path) -> Outcome {
    let dir = npm_dir(root);
    if version_of(root, "node").is_none() || version_of(root, "npm").is_none() {
        return Err(Failure(
            "Node.js 20 and npm are missing: install them (Debian: apt-get install -y nodejs npm), \
             then run this command again."
                .into(),
        ));
    }
    let lock = dir.join("package-lock.json");
    let installed = dir.join("node_modules/.package-lock.json");
    let up_to_date = match (std::fs::read(&lock), std::fs::read(&installed)) {
        (Ok(_), Ok(_)) => {
            let changed = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).ok();
            changed(&installed) >= changed(&lock)
        }
        _ => false,
    };
    if up_to_date && dir.join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    let mut install = tool(root, "npm", &dir);
    install
        .args(["ci", "--no-audit", "--no-fund"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    run(install, "npm ci (test packages and wasm-opt)")
}

fn ensure_cargo_tool(root: &Path, program: &str, package: &str, version: &str) -> Outcome {
    let wanted = format!("{program} {version}");
    if version_of(root, program).is_some_and(|found| found == wanted) {
        return Ok(());
    }
    println!(
        "xtask: installing {package} {version} into {} (this takes a few minutes once)",
        cargo_bin_dir().display()
    );
    let mut install = tool(root, "cargo", root);
    // Without `--locked`: the registry lacks one of wasm-bindgen-cli's locked dependencies
    // (../shared/toolchain.md).
    install.args(["install", package, "--version", version]);
    run(install, &format!("cargo install {package} {version}"))
}
