//! Installing what the build and the tests need, skipping what is already there.
//!
//! Versions come from ../shared/toolchain.md: the
//! wasm-bindgen CLI at exactly the version of the `wasm-bindgen` crate in `Cargo.lock` (installed
//! without `--locked`), wasm-opt from the npm package `binaryen`, and Debian's Chromium.

use crate::command::{cargo_bin_dir, echo, npm_dir, run, tool, version_of};
use crate::{Failure, Outcome};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Everything `cargo xtask dist` needs: the wasm target, Node and the npm packages (wasm-opt)
/// and the wasm-bindgen CLI. Trunk is not needed: the xtask builds the site itself.
pub fn ensure_build_tools(root: &Path) -> Outcome {
    ensure_wasm_target(root)?;
    ensure_npm_packages(root)?;
    let bindgen = wasm_bindgen_version_in_lock(root)?;
    ensure_cargo_tool(root, "wasm-bindgen", "wasm-bindgen-cli", &bindgen)
}

/// What the browser tests need on top of the build tools: Chromium, ChromeDriver, and ffmpeg
/// for the fake camera's video.
pub fn ensure_browser() -> Outcome {
    let present = |path: &str| Path::new(path).exists();
    if present("/usr/bin/chromium")
        && present("/usr/bin/chromedriver")
        && present("/usr/bin/ffmpeg")
    {
        return Ok(());
    }
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
        .unwrap_or(false);
    if !is_root || !present("/usr/bin/apt-get") {
        return Err(Failure(
            "Chromium or ffmpeg is missing: install the Debian packages `chromium`, \
             `chromium-driver` and `ffmpeg` (as root: apt-get install -y chromium chromium-driver \
             ffmpeg), then run this command again."
                .into(),
        ));
    }
    // ffmpeg turns the families' QR codes into the fake camera's video (group.spec.ts).
    println!("xtask: installing Chromium, ChromeDriver and ffmpeg with apt-get");
    run_apt("apt-get", &["update"], LOCK_WAIT)?;
    run_apt(
        "apt-get",
        &["install", "-y", "chromium", "chromium-driver", "ffmpeg"],
        LOCK_WAIT,
    )
}

/// How long set-up waits for another install (unattended upgrades, a second terminal) to release
/// the package lock.
const LOCK_WAIT: Duration = Duration::from_secs(300);

/// Runs `apt` with `arguments`, waiting up to `wait` for the package lock. apt waits for the dpkg
/// lock itself (`DPkg::Lock::Timeout`); `apt-get update`'s lists lock has no such option, so an
/// attempt refused for that lock is made again every few seconds until `wait` has passed. apt's
/// own waiting lines are replaced by one line of ours.
fn run_apt(apt: &str, arguments: &[&str], wait: Duration) -> Outcome {
    let what = format!("apt-get {}", arguments.join(" "));
    let started = Instant::now();
    let said_waiting = AtomicBool::new(false);
    loop {
        // Each attempt waits only for what is left of `wait`, so the whole stays within it.
        let left = wait
            .saturating_sub(started.elapsed())
            .as_millis()
            .div_ceil(1000)
            .max(1);
        let mut command = Command::new(apt);
        command
            .args(["-o", &format!("DPkg::Lock::Timeout={left}")])
            .args(arguments)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .env("LC_ALL", "C");
        let attempt = run_watching_lock(command, &what, wait, &said_waiting)?;
        match attempt {
            AptAttempt::Succeeded => return Ok(()),
            AptAttempt::LockHeld if started.elapsed() < wait => {
                std::thread::sleep(Duration::from_secs(2).min(wait));
            }
            AptAttempt::LockHeld => {
                return Err(Failure(format!(
                    "another program held the package lock for {}, so `{what}` could not run: let \
                     that install finish, then run this command again.",
                    minutes_in_words(wait)
                )))
            }
            AptAttempt::Failed(status) => {
                return Err(Failure(format!("{what} failed ({status}).")))
            }
        }
    }
}

/// « 5 minutes », « 1 minute » (rounded up).
fn minutes_in_words(wait: Duration) -> String {
    match wait.as_secs().div_ceil(60) {
        1 => "1 minute".to_owned(),
        minutes => format!("{minutes} minutes"),
    }
}

/// How one run of apt-get ended.
enum AptAttempt {
    Succeeded,
    /// It stopped because another program held a package lock.
    LockHeld,
    Failed(ExitStatus),
}

/// Whether apt printed this line because a lock is held by someone else.
fn is_lock_line(line: &str) -> bool {
    [
        "Could not get lock",
        "Waiting for cache lock",
        "Unable to lock directory",
    ]
    .iter()
    .any(|sign| line.contains(sign))
}

/// Runs one apt-get, passing its output through except the lines about a held lock, for which
/// one line is printed (once for every attempt together).
fn run_watching_lock(
    mut command: Command,
    what: &str,
    wait: Duration,
    said_waiting: &AtomicBool,
) -> Result<AptAttempt, Failure> {
    echo(&command);
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| Failure(format!("{what}: could not start it ({error}).")))?;
    let saw_lock = AtomicBool::new(false);
    let pass_through = |stream: Box<dyn Read + Send>, to_stderr: bool| {
        // apt redraws its progress with carriage returns: split on both.
        for line in BufReader::new(stream)
            .split(b'\n')
            .map_while(Result::ok)
            .flat_map(|bytes| {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                text.split('\r').map(str::to_owned).collect::<Vec<_>>()
            })
        {
            if is_lock_line(&line) {
                saw_lock.store(true, Ordering::Relaxed);
                if !said_waiting.swap(true, Ordering::Relaxed) {
                    println!(
                        "xtask: another program holds the package lock; waiting for it (at most {})",
                        minutes_in_words(wait)
                    );
                }
            } else if to_stderr {
                eprintln!("{line}");
            } else if !line.is_empty() {
                println!("{line}");
            }
        }
    };
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    std::thread::scope(|scope| {
        if let Some(stderr) = stderr {
            scope.spawn(|| pass_through(Box::new(stderr), true));
        }
        if let Some(stdout) = stdout {
            pass_through(Box::new(stdout), false);
        }
    });
    let status = child
        .wait()
        .map_err(|error| Failure(format!("{what}: could not wait for it ({error}).")))?;
    Ok(if status.success() {
        AptAttempt::Succeeded
    } else if saw_lock.load(Ordering::Relaxed) {
        AptAttempt::LockHeld
    } else {
        AptAttempt::Failed(status)
    })
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

/// The folder of the Lighthouse package, used by `cargo xtask bench` only (kept apart from the
/// test packages so `cargo xtask test` never installs it).
pub fn lighthouse_dir(root: &Path) -> PathBuf {
    root.join("tests/lighthouse")
}

/// Installs Lighthouse 12.2.3 from its lock file, once (`npm ci`); Chromium is Debian's.
pub fn ensure_lighthouse(root: &Path) -> Outcome {
    let dir = lighthouse_dir(root);
    if dir.join("node_modules/lighthouse/package.json").exists()
        && dir
            .join("node_modules/chrome-launcher/package.json")
            .exists()
    {
        return Ok(());
    }
    let mut install = tool(root, "npm", &dir);
    install.args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"]);
    run(install, "npm ci (Lighthouse 12.2.3, for the benchmarks)")
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;
    use std::path::PathBuf;

    /// A stand-in for apt-get: a shell script in its own folder, which records its arguments.
    fn fake_apt(name: &str, body: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-apt-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join("apt-get");
        let text = format!(
            "#!/bin/sh\necho \"$@\" >> '{}'\n{body}\n",
            dir.join("calls").display()
        );
        std::fs::write(&script, text).unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        script
    }

    fn calls(script: &Path) -> Vec<String> {
        let text = std::fs::read_to_string(script.with_file_name("calls")).unwrap_or_default();
        text.lines().map(str::to_owned).collect()
    }

    const HELD: &str = "echo 'E: Could not get lock /var/lib/apt/lists/lock. It is held by process 7 (apt-get)' >&2\n\
                        echo 'E: Unable to lock directory /var/lib/apt/lists/' >&2\nexit 100";

    #[test]
    fn apt_waits_for_a_held_lock_then_runs() {
        let script = fake_apt(
            "released",
            &format!(
                "if [ $(wc -l < \"$(dirname \"$0\")/calls\") -le 2 ]; then\n{HELD}\nfi\nexit 0"
            ),
        );
        let started = Instant::now();
        let outcome = run_apt(
            script.to_str().unwrap(),
            &["update"],
            Duration::from_secs(60),
        );
        assert!(outcome.is_ok(), "{outcome:?}");
        let calls = calls(&script);
        assert_eq!(calls.len(), 3, "{calls:?}");
        // Every attempt is told to wait only for what is left of the minute.
        let timeouts: Vec<u64> = calls
            .iter()
            .map(|call| {
                let rest = call
                    .strip_prefix("-o DPkg::Lock::Timeout=")
                    .and_then(|rest| rest.strip_suffix(" update"))
                    .unwrap_or_else(|| panic!("unexpected call {call:?}"));
                rest.parse().unwrap()
            })
            .collect();
        assert_eq!(timeouts[0], 60, "{calls:?}");
        assert!(
            timeouts.windows(2).all(|pair| pair[1] < pair[0]),
            "{calls:?}"
        );
        assert!(started.elapsed() >= Duration::from_secs(4));
    }

    #[test]
    fn apt_stops_with_one_sentence_when_the_lock_stays_held() {
        let script = fake_apt("held", HELD);
        let outcome = run_apt(
            script.to_str().unwrap(),
            &["install", "-y", "chromium"],
            Duration::from_secs(1),
        );
        let Err(Failure(sentence)) = outcome else {
            panic!("a lock held past the wait must fail");
        };
        assert!(
            sentence.starts_with("another program held the package lock for 1 minute,"),
            "{sentence}"
        );
        assert!(
            sentence.contains("apt-get install -y chromium"),
            "{sentence}"
        );
        assert!(!calls(&script).is_empty());
    }

    #[test]
    fn apt_failing_for_another_reason_is_not_waited_for() {
        let script = fake_apt(
            "broken",
            "echo 'E: Unable to locate package chromium' >&2\nexit 100",
        );
        let outcome = run_apt(
            script.to_str().unwrap(),
            &["install", "chromium"],
            Duration::from_secs(60),
        );
        let Err(Failure(sentence)) = outcome else {
            panic!("a failed install must fail");
        };
        assert!(
            sentence.starts_with("apt-get install chromium failed"),
            "{sentence}"
        );
        assert_eq!(calls(&script).len(), 1);
    }
}
