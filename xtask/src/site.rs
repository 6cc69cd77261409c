//! Building the deployable static site in `dist/`.
//!
//! Trunk compiles the app, runs wasm-opt and hashes the file names. Then this module:
//! copies `public/` (manifest, icons) beside them; moves Trunk's inline start-up script into a
//! file of its own, because the Content-Security-Policy allows no inline script; and writes the
//! service worker from `public/sw.js` with the list of every file the build wrote and a version
//! derived from their bytes, so each new build makes a new cache.

use crate::command::{run, tool};
use crate::setup::ensure_build_tools;
use crate::{Failure, Outcome};
use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

/// Installs what is missing, builds the release site and returns the `dist/` folder.
pub fn build_dist(root: &Path) -> Result<PathBuf, Failure> {
    ensure_build_tools(root)?;
    let dist = dist_dir(root);
    let mut trunk = tool(root, "trunk", root);
    trunk.args(["build", "--release", "--offline", "--dist"]);
    trunk.arg(&dist);
    run(trunk, "trunk build --release")?;
    copy_public_files(&root.join("public"), &dist)?;
    move_start_script_to_file(&dist)?;
    write_service_worker(root, &dist)?;
    println!("xtask: the static site is in {}", dist.display());
    Ok(dist)
}

/// Where the site is written: `dist/`, or `$XTASK_DIST_DIR` when set (so two builds on one
/// machine do not overwrite each other).
pub fn dist_dir(root: &Path) -> PathBuf {
    std::env::var_os("XTASK_DIST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("dist"))
}

/// The Content-Security-Policy, read from the `<meta>` tag of the built `index.html`, so the
/// header the server sends and the tag can never disagree.
pub fn content_security_policy(dist: &Path) -> Result<String, Failure> {
    let html = read_text(&dist.join("index.html"))?;
    let marker = "http-equiv=\"Content-Security-Policy\" content=\"";
    let start = html
        .find(marker)
        .map(|at| at + marker.len())
        .ok_or_else(|| Failure("index.html has no Content-Security-Policy meta tag.".into()))?;
    let end = html[start..]
        .find('"')
        .ok_or_else(|| Failure("index.html has an unterminated CSP meta tag.".into()))?;
    Ok(html[start..start + end].to_string())
}

/// Every file of the site as a URL path (`/index.html`, `/icons/icon-192.png`…), sorted.
pub fn site_files(dist: &Path) -> Result<Vec<String>, Failure> {
    let mut files = Vec::new();
    collect_files(dist, dist, &mut files)?;
    files.sort();
    Ok(files)
}

fn collect_files(base: &Path, dir: &Path, files: &mut Vec<String>) -> Outcome {
    for entry in std::fs::read_dir(dir).map_err(|e| io_failure(dir, e))? {
        let path = entry.map_err(|e| io_failure(dir, e))?.path();
        if path.is_dir() {
            collect_files(base, &path, files)?;
        } else if let Ok(relative) = path.strip_prefix(base) {
            files.push(format!(
                "/{}",
                relative.to_string_lossy().replace('\\', "/")
            ));
        }
    }
    Ok(())
}

fn copy_public_files(public: &Path, dist: &Path) -> Outcome {
    for entry in std::fs::read_dir(public).map_err(|e| io_failure(public, e))? {
        let path = entry.map_err(|e| io_failure(public, e))?.path();
        let name = path.file_name().unwrap_or_default();
        let target = dist.join(name);
        if path.is_dir() {
            std::fs::create_dir_all(&target).map_err(|e| io_failure(&target, e))?;
            copy_public_files(&path, &target)?;
        } else if name != "sw.js" && name != "README.md" {
            std::fs::copy(&path, &target).map_err(|e| io_failure(&target, e))?;
        }
    }
    Ok(())
}

fn move_start_script_to_file(dist: &Path) -> Outcome {
    let index = dist.join("index.html");
    let html = read_text(&index)?;
    let open = "<script type=\"module\"";
    let Some(start) = html.find(open) else {
        return Err(Failure(
            "Trunk's start-up script was not found in index.html.".into(),
        ));
    };
    let body_start = start
        + html[start..]
            .find('>')
            .ok_or_else(|| Failure("index.html: unterminated script tag.".into()))?
        + 1;
    let body_end = body_start
        + html[body_start..]
            .find("</script>")
            .ok_or_else(|| Failure("index.html: unterminated script.".into()))?;
    let script = html[body_start..body_end].trim().to_string();
    let name = format!("boot-{:016x}.js", hash_bytes(script.as_bytes()));
    std::fs::write(dist.join(&name), format!("{script}\n")).map_err(|e| io_failure(dist, e))?;
    let tag = format!("<script type=\"module\" src=\"/{name}\"></script>");
    let rewritten = format!(
        "{}{}{}",
        &html[..start],
        tag,
        &html[body_end + "</script>".len()..]
    );
    std::fs::write(&index, rewritten).map_err(|e| io_failure(&index, e))
}

fn write_service_worker(root: &Path, dist: &Path) -> Outcome {
    let template = read_text(&root.join("public/sw.js"))?;
    let files: Vec<String> = site_files(dist)?
        .into_iter()
        .filter(|file| file != "/sw.js")
        .collect();
    let mut hasher = DefaultHasher::new();
    for file in &files {
        hasher.write(file.as_bytes());
        let bytes = std::fs::read(dist.join(&file[1..])).map_err(|e| io_failure(dist, e))?;
        hasher.write(&bytes);
    }
    let version = format!("{:016x}", hasher.finish());
    let list = files
        .iter()
        .map(|file| format!("  \"{file}\""))
        .collect::<Vec<_>>()
        .join(",\n");
    if !template.contains("\"__BUILD_VERSION__\"") || !template.contains("[/* __PRECACHE__ */]") {
        return Err(Failure(
            "public/sw.js lost its __BUILD_VERSION__ or __PRECACHE__ placeholder.".into(),
        ));
    }
    let worker = template
        .replace("\"__BUILD_VERSION__\"", &format!("\"{version}\""))
        .replace("[/* __PRECACHE__ */]", &format!("[\n{list}\n]"));
    std::fs::write(dist.join("sw.js"), worker).map_err(|e| io_failure(dist, e))?;
    println!(
        "xtask: service worker version {version} precaches {} files",
        files.len()
    );
    Ok(())
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

fn read_text(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| io_failure(path, e))
}

fn io_failure(path: &Path, error: std::io::Error) -> Failure {
    Failure(format!("{}: {error}.", path.display()))
}
