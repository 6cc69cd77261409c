//! Building the app's WebAssembly, split by page.
//!
//! Trunk cannot split a wasm (trunk-rs/trunk#1022: the split must happen on cargo's raw output,
//! before wasm-bindgen), so this module runs the pipeline itself, as cargo-leptos does:
//! 1. `cargo rustc --release --target wasm32-unknown-unknown --features split`, linked with
//!    `--emit-relocs` so the splitter can move code between modules;
//! 2. the splitter (`wasm_split_cli_support`) cuts the raw wasm at the app's split points
//!    (`src/page_parts.rs`): the main module, one `split_<page>.wasm` per page, a
//!    `chunk_<n>.wasm` for code several pages share, and the link module `__wasm_split.js`;
//! 3. wasm-bindgen (`--target web`) on the main module only;
//! 4. wasm-opt `-Oz` on every `.wasm`.
//!
//! Everything lands in one folder, because the link module fetches each part next to itself
//! (`new URL("./split_x.wasm", import.meta.url)`); the site gives that folder a name made from
//! the parts' bytes, so a new build's parts never mix with an old build's main module.

use crate::command::{run, tool};
use crate::{Failure, Outcome};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The name wasm-bindgen gives the main module's files (`ecrans.js`, `ecrans_bg.wasm`).
pub const MAIN_NAME: &str = "ecrans";

/// The split app, in one folder.
pub struct SplitApp {
    /// The folder holding every part.
    pub folder: PathBuf,
    /// For each split point (`diary_page`…), the parts it needs besides the main module, as
    /// file names in `folder` (`split_diary_page.wasm`, `chunk_0.wasm`…).
    pub parts_of_split: BTreeMap<String, Vec<String>>,
}

/// Builds the release wasm with the split points and splits it into `folder` (emptied first).
pub fn build_split_app(root: &Path, folder: &Path) -> Result<SplitApp, Failure> {
    let raw = compile_release_wasm(root)?;
    // The splitter's output keeps the functions' names: it stays in `target/xtask-split/` so
    // `twiggy top target/xtask-split/<part>.wasm` can say what each part holds.
    let work = split_work_dir(root);
    recreate_dir(&work)?;
    recreate_dir(folder)?;
    let input = std::fs::read(&raw).map_err(|e| io_failure(&raw, e))?;
    let main_path = work.join(format!("{MAIN_NAME}.wasm"));
    let main_module = format!("./{MAIN_NAME}.js");
    let split = {
        let mut options = wasm_split_cli_support::Options::new(&input);
        options.output_dir = &work;
        options.main_out_path = &main_path;
        options.main_module = &main_module;
        wasm_split_cli_support::transform(options)
            .map_err(|error| Failure(format!("splitting the wasm failed: {error:#}")))?
    };
    run_wasm_bindgen(root, &main_path, folder)?;
    for entry in std::fs::read_dir(&work).map_err(|e| io_failure(&work, e))? {
        let path = entry.map_err(|e| io_failure(&work, e))?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if name == format!("{MAIN_NAME}.wasm") {
            continue;
        }
        let target = folder.join(&*name);
        std::fs::copy(&path, &target).map_err(|e| io_failure(&target, e))?;
    }
    let mut parts = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(|e| io_failure(folder, e))? {
        let path = entry.map_err(|e| io_failure(folder, e))?.path();
        if path.extension().is_some_and(|ext| ext == "wasm") {
            parts.push(path);
        }
    }
    optimize_all(root, &parts)?;
    let link = folder.join("__wasm_split.js");
    let parts_of_split =
        parts_from_link_module(&std::fs::read_to_string(&link).map_err(|e| io_failure(&link, e))?);
    let split_points_written = split
        .split_modules
        .iter()
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with("split_"))
        })
        .count();
    if parts_of_split.len() != split_points_written {
        return Err(Failure(format!(
            "the link module names {} split points, the splitter wrote {split_points_written}: \
             did its format change?",
            parts_of_split.len(),
        )));
    }
    Ok(SplitApp {
        folder: folder.to_path_buf(),
        parts_of_split,
    })
}

/// For each split point, the files it loads, read from the splitter's link module, where each
/// one is `export const __wasm_split_load_<name> = wrapAsyncCb(makeLoad(() => { … fetch(new
/// URL("./split_<name>.wasm" … }, [__chunk_3, __chunk_8]))`: its own file, then its chunks.
pub fn parts_from_link_module(link: &str) -> BTreeMap<String, Vec<String>> {
    let marker = "export const __wasm_split_load_";
    let mut parts = BTreeMap::new();
    for (at, _) in link.match_indices(marker) {
        let rest = &link[at + marker.len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let end = rest.find(marker).unwrap_or(rest.len());
        let declaration = &rest[..end];
        let mut files = vec![format!("split_{name}.wasm")];
        if let Some(list) = declaration
            .rfind('[')
            .map(|open| &declaration[open + 1..])
            .and_then(|list| list.split(']').next())
        {
            files.extend(
                list.split(',')
                    .map(str::trim)
                    .filter_map(|dep| dep.strip_prefix("__"))
                    .filter(|dep| dep.starts_with("chunk_"))
                    .map(|dep| format!("{dep}.wasm")),
            );
        }
        parts.insert(name, files);
    }
    parts
}

/// Where the splitter writes its parts with their function names (`target/xtask-split/`).
pub fn split_work_dir(root: &Path) -> PathBuf {
    target_dir(root).join("xtask-split")
}

/// The target folder cargo writes to (`$CARGO_TARGET_DIR`, else `target/`).
fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|dir| {
            if dir.is_absolute() {
                dir
            } else {
                root.join(dir)
            }
        })
        .unwrap_or_else(|| root.join("target"))
}

/// `cargo rustc` of the app's binary with the split points and relocations kept. The extra
/// link argument applies to the final binary only, so every dependency is built exactly as
/// for `cargo check` and clippy (same `.cargo/config.toml` flags) and stays cached.
fn compile_release_wasm(root: &Path) -> Result<PathBuf, Failure> {
    let mut cargo = tool(root, "cargo", root);
    cargo.args([
        "rustc",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        "ecrans",
        "--bin",
        MAIN_NAME,
        "--features",
        "split",
        "--",
        "-C",
        "link-args=--emit-relocs",
    ]);
    run(cargo, "cargo rustc (release wasm with split points)")?;
    let raw = target_dir(root).join(format!("wasm32-unknown-unknown/release/{MAIN_NAME}.wasm"));
    if raw.is_file() {
        Ok(raw)
    } else {
        Err(Failure(format!(
            "cargo finished but {} is missing.",
            raw.display()
        )))
    }
}

fn run_wasm_bindgen(root: &Path, main_wasm: &Path, out_dir: &Path) -> Outcome {
    let mut bindgen = tool(root, "wasm-bindgen", root);
    bindgen
        .args([
            "--target",
            "web",
            "--keep-lld-exports",
            "--no-demangle",
            "--no-typescript",
            "--out-name",
            MAIN_NAME,
            "--out-dir",
        ])
        .arg(out_dir)
        .arg(main_wasm);
    run(bindgen, "wasm-bindgen (main module)")
}

/// wasm-opt on every part, two at a time (the build machines have two cores).
fn optimize_all(root: &Path, parts: &[PathBuf]) -> Outcome {
    let (left, right) = parts.split_at(parts.len() / 2);
    std::thread::scope(|scope| {
        let other = scope.spawn(|| left.iter().try_for_each(|part| optimize_wasm(root, part)));
        let mine = right.iter().try_for_each(|part| optimize_wasm(root, part));
        other
            .join()
            .unwrap_or_else(|_| Err(Failure("wasm-opt's thread panicked.".into())))
            .and(mine)
    })
}

/// The WebAssembly features rustc 1.95 uses by default for wasm32-unknown-unknown, as wasm-opt
/// names them (without them wasm-opt rejects the parts). A browser without one of them cannot
/// run the app: `public/boot.js` checks each (`WASM_FEATURES`, same names) before starting and
/// otherwise says which browsers work.
pub const WASM_FEATURES: [&str; 6] = [
    "bulk-memory",
    "nontrapping-float-to-int",
    "sign-ext",
    "mutable-globals",
    "reference-types",
    "multivalue",
];

/// wasm-opt `-Oz` in place, with [`WASM_FEATURES`].
fn optimize_wasm(root: &Path, wasm: &Path) -> Outcome {
    let mut opt = tool(root, "wasm-opt", root);
    opt.arg("-Oz")
        .args(
            WASM_FEATURES
                .iter()
                .map(|feature| format!("--enable-{feature}")),
        )
        .arg("-o")
        .arg(wasm)
        .arg(wasm);
    run(
        opt,
        &format!(
            "wasm-opt {}",
            wasm.file_name().unwrap_or_default().to_string_lossy()
        ),
    )
}

fn recreate_dir(dir: &Path) -> Outcome {
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| io_failure(dir, e))?;
    }
    std::fs::create_dir_all(dir).map_err(|e| io_failure(dir, e))
}

fn io_failure(path: &Path, error: std::io::Error) -> Failure {
    Failure(format!("{}: {error}.", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_script_checks_every_feature_the_build_uses() {
        let boot = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/boot.js"),
        )
        .unwrap();
        let start = boot
            .find("const WASM_FEATURES = {")
            .expect("boot.js lists WASM_FEATURES");
        let end = start + boot[start..].find("};").unwrap();
        let checked: Vec<&str> = boot[start..end]
            .lines()
            .filter_map(|line| line.trim().strip_prefix('"'))
            .filter_map(|line| line.split('"').next())
            .collect();
        assert_eq!(
            checked, WASM_FEATURES,
            "boot.js must check exactly the build's features"
        );
    }

    #[test]
    fn each_split_point_loads_its_file_and_its_chunks() {
        let link = r#"
const __chunk_6 = makeLoad(() => {
    const src = fetch(new URL("./chunk_6.wasm", import.meta.url));
}
, []);
export const __wasm_split_load_settings_page = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_settings_page.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_6, __chunk_10]));
export const __wasm_split_load_diary_page = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_diary_page.wasm", import.meta.url));
}
, []));
"#;
        let parts = parts_from_link_module(link);
        assert_eq!(
            parts["settings_page"],
            ["split_settings_page.wasm", "chunk_6.wasm", "chunk_10.wasm"]
        );
        assert_eq!(parts["diary_page"], ["split_diary_page.wasm"]);
        assert_eq!(parts.len(), 2);
    }
}
