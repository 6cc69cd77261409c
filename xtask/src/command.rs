//! Running external programs with the project's tool folders first on `PATH`.
//!
//! wasm-opt must be the npm `binaryen` build (Debian's older one produces broken output), so
//! `tests/e2e/node_modules/.bin` comes first, then cargo's bin folder where the
//! wasm-bindgen CLI is installed.

use crate::{Failure, Outcome};
use std::ffi::OsString;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Cargo's folder of installed binaries (`$CARGO_HOME/bin`, by default `~/.cargo/bin`).
pub fn cargo_bin_dir() -> PathBuf {
    match std::env::var_os("CARGO_HOME") {
        Some(home) => PathBuf::from(home).join("bin"),
        None => PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo/bin"),
    }
}

/// The folder holding the npm test packages and the npm wasm-opt.
pub fn npm_dir(root: &Path) -> PathBuf {
    root.join("tests/e2e")
}

/// `PATH` with the npm binaries and cargo's binaries in front.
pub fn tool_path(root: &Path) -> OsString {
    let mut folders = vec![npm_dir(root).join("node_modules/.bin"), cargo_bin_dir()];
    if let Some(path) = std::env::var_os("PATH") {
        folders.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(folders).unwrap_or_default()
}

/// A command for `program` run in `dir` with the tool `PATH`.
pub fn tool(root: &Path, program: &str, dir: &Path) -> Command {
    let mut command = Command::new(program);
    command.current_dir(dir).env("PATH", tool_path(root));
    command
}

/// Runs a command, letting it print to the terminal; fails with `what` if it fails.
pub fn run(mut command: Command, what: &str) -> Outcome {
    echo(&command);
    let status = command
        .status()
        .map_err(|error| Failure(format!("{what}: could not start it ({error}).")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure(format!("{what} failed ({status}).")))
    }
}

/// Runs a command, printing its output as it comes, and returns everything it printed on
/// standard output so the caller can read test counts from it.
pub fn run_and_capture(mut command: Command, what: &str) -> Result<(bool, String), Failure> {
    echo(&command);
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|error| Failure(format!("{what}: could not start it ({error}).")))?;
    let mut captured = String::new();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            captured.push_str(&line);
            captured.push('\n');
        }
    }
    let status = child
        .wait()
        .map_err(|error| Failure(format!("{what}: {error}.")))?;
    Ok((status.success(), captured))
}

/// The first line a program prints for `--version`, or `None` when it is not installed.
pub fn version_of(root: &Path, program: &str) -> Option<String> {
    let output = tool(root, program, root).arg("--version").output().ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines().next().map(|line| line.trim().to_string())
}

pub fn echo(command: &Command) {
    let args: Vec<String> = command
        .get_args()
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    println!(
        "xtask: running {} {}",
        command.get_program().to_string_lossy(),
        args.join(" ")
    );
}
