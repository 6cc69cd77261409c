//! Building the deployable static site in `dist/`.
//!
//! The xtask owns the whole build (Trunk cannot split a wasm; see `wasm_build.rs`):
//! - the app's wasm, split by page, in one folder named from its bytes (`app-<hash>/`);
//! - the stylesheets of `index.html` (the `<link data-trunk rel="css">` tags, in their order)
//!   joined into one `style-<hash>.css`;
//! - the start-up script (`public/boot.js` → `boot-<hash>.js`, a module that imports the app and
//!   shows a message if it cannot start) and `unsupported-<hash>.js` for browsers without
//!   modules;
//! - one pre-rendered HTML file per page (`prerender.rs`): `index.html`, `atelier/index.html`…;
//! - `public/` (manifest, icons) as it is;
//! - the service worker from `public/sw.js`, with the list of every file to precache, the
//!   pages' addresses and a version made from the files' bytes, so each build makes a new cache;
//! - beside every HTML, JS, CSS, wasm, SVG and manifest file, a `.br` and a `.gz` copy
//!   (`compression.rs`), which the server sends when the browser accepts them.

use crate::compression::write_compressed_copies;
use crate::prerender::{render_page, PageAssets};
use crate::setup::ensure_build_tools;
use crate::wasm_build::{build_split_app, SplitApp, MAIN_NAME};
use crate::{Failure, Outcome};
use ecrans_core::site_map::Page;
use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

/// A built site: where it is, and which wasm parts each page needs.
pub struct BuiltSite {
    /// The `dist/` folder.
    pub dist: PathBuf,
    /// The folder of this build's wasm parts, inside `dist` (`app-<hash>`).
    pub app_folder: String,
    /// For each page, the parts it needs besides the main module (`split_diary_page.wasm`,
    /// `chunk_0.wasm`), as file names in `app_folder`; empty for the home page.
    pub parts_of_page: Vec<(Page, Vec<String>)>,
}

/// Installs what is missing, builds the release site and returns the `dist/` folder.
pub fn build_dist(root: &Path) -> Result<PathBuf, Failure> {
    build_site(root).map(|site| site.dist)
}

/// Installs what is missing and builds the release site.
pub fn build_site(root: &Path) -> Result<BuiltSite, Failure> {
    ensure_build_tools(root)?;
    let dist = dist_dir(root);
    let staging = dist.with_file_name(format!(
        "{}.parts",
        dist.file_name().unwrap_or_default().to_string_lossy()
    ));
    let app = build_split_app(root, &staging)?;
    if dist.exists() {
        std::fs::remove_dir_all(&dist).map_err(|e| io_failure(&dist, e))?;
    }
    std::fs::create_dir_all(&dist).map_err(|e| io_failure(&dist, e))?;

    let app_folder = format!("app-{:016x}", hash_folder(&app.folder)?);
    copy_folder(&app.folder, &dist.join(&app_folder))?;
    std::fs::remove_dir_all(&app.folder).map_err(|e| io_failure(&app.folder, e))?;

    let template = read_text(&root.join("index.html"))?;
    let stylesheet = write_hashed(&dist, "style", "css", &join_stylesheets(root, &template)?)?;
    let boot_template = read_text(&root.join("public/boot.js"))?;
    if !boot_template.contains("__APP_FOLDER__") {
        return Err(Failure(
            "public/boot.js lost its __APP_FOLDER__ placeholder.".into(),
        ));
    }
    let boot = write_hashed(
        &dist,
        "boot",
        "js",
        &boot_template.replace("__APP_FOLDER__", &app_folder),
    )?;
    let unsupported = write_hashed(
        &dist,
        "unsupported",
        "js",
        &read_text(&root.join("public/unsupported.js"))?,
    )?;
    copy_public_files(&root.join("public"), &dist)?;

    let assets = PageAssets {
        head_tags: format!(
            "    <link rel=\"stylesheet\" href=\"/{stylesheet}\" />\n    \
             <link rel=\"modulepreload\" href=\"/{app_folder}/{MAIN_NAME}.js\" />\n    \
             <link rel=\"preload\" href=\"/{app_folder}/{MAIN_NAME}_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin />\n    \
             <script type=\"module\" src=\"/{boot}\"></script>\n    \
             <script nomodule src=\"/{unsupported}\"></script>\n"
        ),
    };
    let head = template_head(&template)?;
    for page in Page::ALL {
        let html = render_page(
            &head,
            &assets,
            page,
            &part_preloads(&app, &app_folder, page),
        );
        let file = match page.prerendered_folder() {
            Some(folder) => {
                let dir = dist.join(folder);
                std::fs::create_dir_all(&dir).map_err(|e| io_failure(&dir, e))?;
                dir.join("index.html")
            }
            None => dist.join("index.html"),
        };
        std::fs::write(&file, html).map_err(|e| io_failure(&file, e))?;
    }
    write_service_worker(root, &dist)?;
    write_compressed_copies(&dist)?;
    println!("xtask: the static site is in {}", dist.display());
    let parts_of_page = Page::ALL
        .into_iter()
        .map(|page| (page, parts_of_page(&app, page).to_vec()))
        .collect();
    Ok(BuiltSite {
        dist,
        app_folder,
        parts_of_page,
    })
}

/// Where the site is written: `dist/`, or `$XTASK_DIST_DIR` when set (so two builds on one
/// machine do not overwrite each other).
pub fn dist_dir(root: &Path) -> PathBuf {
    std::env::var_os("XTASK_DIST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("dist"))
}

/// The wasm parts a page needs besides the main module (`chunk_0.wasm`, `split_x.wasm`).
pub fn parts_of_page(app: &SplitApp, page: Page) -> &[String] {
    page.part_name()
        .and_then(|split| app.parts_of_split.get(split))
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// `<link rel="preload">` tags for the parts of `page`, so they download with the main
/// module instead of after it.
fn part_preloads(app: &SplitApp, app_folder: &str, page: Page) -> String {
    parts_of_page(app, page)
        .iter()
        .map(|part| {
            format!(
                "    <link rel=\"preload\" href=\"/{app_folder}/{part}\" as=\"fetch\" type=\"application/wasm\" crossorigin />\n"
            )
        })
        .collect()
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

/// The template's `<head>` content, without the `data-trunk` links (which only Trunk reads).
fn template_head(template: &str) -> Result<String, Failure> {
    let start = template
        .find("<head>")
        .map(|at| at + "<head>".len())
        .ok_or_else(|| Failure("index.html has no <head>.".into()))?;
    let end = template
        .find("</head>")
        .ok_or_else(|| Failure("index.html has no </head>.".into()))?;
    Ok(template[start..end]
        .lines()
        .filter(|line| !line.contains("data-trunk") && !line.trim().is_empty())
        .map(|line| format!("{line}\n"))
        .collect())
}

/// The stylesheets named by the template's `<link data-trunk rel="css" href="…">` tags, joined
/// in their order.
fn join_stylesheets(root: &Path, template: &str) -> Result<String, Failure> {
    let mut css = String::new();
    for line in template.lines().filter(|line| line.contains("rel=\"css\"")) {
        let href = line
            .split("href=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .ok_or_else(|| Failure(format!("index.html: a css link without href: {line}")))?;
        css.push_str(&format!("/* {href} */\n"));
        css.push_str(&read_text(&root.join(href))?);
        css.push('\n');
    }
    if css.is_empty() {
        return Err(Failure("index.html names no stylesheet.".into()));
    }
    Ok(css)
}

/// Writes `contents` as `<stem>-<hash>.<extension>` in `dist` and returns the file name.
fn write_hashed(
    dist: &Path,
    stem: &str,
    extension: &str,
    contents: &str,
) -> Result<String, Failure> {
    let name = format!(
        "{stem}-{:016x}.{extension}",
        hash_bytes(contents.as_bytes())
    );
    let path = dist.join(&name);
    std::fs::write(&path, contents).map_err(|e| io_failure(&path, e))?;
    Ok(name)
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

fn copy_folder(from: &Path, to: &Path) -> Outcome {
    std::fs::create_dir_all(to).map_err(|e| io_failure(to, e))?;
    for entry in std::fs::read_dir(from).map_err(|e| io_failure(from, e))? {
        let path = entry.map_err(|e| io_failure(from, e))?.path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_folder(&path, &target)?;
        } else {
            std::fs::copy(&path, &target).map_err(|e| io_failure(&target, e))?;
        }
    }
    Ok(())
}

/// A hash of every file's name and bytes in `folder`, in name order.
fn hash_folder(folder: &Path) -> Result<u64, Failure> {
    let mut hasher = DefaultHasher::new();
    for file in site_files(folder)? {
        hasher.write(file.as_bytes());
        let bytes = std::fs::read(folder.join(&file[1..])).map_err(|e| io_failure(folder, e))?;
        hasher.write(&bytes);
    }
    Ok(hasher.finish())
}

/// `public/` as it is, except the templates this module fills in.
fn copy_public_files(public: &Path, dist: &Path) -> Outcome {
    for entry in std::fs::read_dir(public).map_err(|e| io_failure(public, e))? {
        let path = entry.map_err(|e| io_failure(public, e))?.path();
        let name = path.file_name().unwrap_or_default();
        let target = dist.join(name);
        if path.is_dir() {
            std::fs::create_dir_all(&target).map_err(|e| io_failure(&target, e))?;
            copy_public_files(&path, &target)?;
        } else if !["sw.js", "boot.js", "unsupported.js", "README.md"]
            .iter()
            .any(|template| name == *template)
        {
            std::fs::copy(&path, &target).map_err(|e| io_failure(&target, e))?;
        }
    }
    Ok(())
}

/// Whether a file of the site is a compressed copy (`x.js.br`, `x.js.gz`), which the service
/// worker never precaches (the browser decompresses what it receives).
pub fn is_compressed_copy(file: &str) -> bool {
    file.ends_with(".br") || file.ends_with(".gz")
}

fn write_service_worker(root: &Path, dist: &Path) -> Outcome {
    let template = read_text(&root.join("public/sw.js"))?;
    let files: Vec<String> = site_files(dist)?
        .into_iter()
        .filter(|file| file != "/sw.js" && !is_compressed_copy(file))
        .collect();
    let mut hasher = DefaultHasher::new();
    for file in &files {
        hasher.write(file.as_bytes());
        let bytes = std::fs::read(dist.join(&file[1..])).map_err(|e| io_failure(dist, e))?;
        hasher.write(&bytes);
    }
    let version = format!("{:016x}", hasher.finish());
    let quoted = |items: &[String]| {
        items
            .iter()
            .map(|item| format!("  \"{item}\""))
            .collect::<Vec<_>>()
            .join(",\n")
    };
    let pages: Vec<String> = Page::ALL
        .iter()
        .filter(|page| **page != Page::Home)
        .map(|page| page.path().to_string())
        .collect();
    for placeholder in [
        "\"__BUILD_VERSION__\"",
        "[/* __PRECACHE__ */]",
        "[/* __PAGES__ */]",
    ] {
        if !template.contains(placeholder) {
            return Err(Failure(format!(
                "public/sw.js lost its {placeholder} placeholder."
            )));
        }
    }
    let worker = template
        .replace("\"__BUILD_VERSION__\"", &format!("\"{version}\""))
        .replace("[/* __PRECACHE__ */]", &format!("[\n{}\n]", quoted(&files)))
        .replace("[/* __PAGES__ */]", &format!("[\n{}\n]", quoted(&pages)));
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

#[cfg(test)]
mod tests {
    use super::*;
    use ecrans_core::site_map::{DECK_EDITOR_SEGMENT, GROUP_SUMMARY_SEGMENT, PARTS_UNDER_THE_DECK};

    #[test]
    fn the_head_keeps_everything_but_trunk_links() {
        let head = template_head(
            "<html><head>\n  <meta charset=\"utf-8\" />\n  <link data-trunk rel=\"css\" href=\"style/main.css\" />\n  <title>Écrans en famille</title>\n</head><body></body></html>",
        )
        .unwrap();
        assert_eq!(
            head,
            "  <meta charset=\"utf-8\" />\n  <title>Écrans en famille</title>\n"
        );
    }

    #[test]
    fn compressed_copies_are_told_by_their_ending() {
        assert!(is_compressed_copy("/app-1/ecrans_bg.wasm.br"));
        assert!(!is_compressed_copy("/app-1/ecrans_bg.wasm"));
    }

    /// The workspace's root (this crate is `xtask/` inside it).
    fn workspace_root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask/ is inside the workspace")
            .to_path_buf()
    }

    /// Every `.rs` file under `folder`, recursively.
    fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, found);
            } else if path.extension().is_some_and(|ending| ending == "rs") {
                found.push(path);
            }
        }
    }

    #[test]
    fn the_split_points_of_the_app_are_the_route_tables() {
        let source = read_text(&workspace_root().join("src/page_parts.rs")).unwrap();
        // `page_part!(/// doc\n    DeckPart, load_deck_page, deck_page, DeckPage\n);`: the
        // third name is the split point.
        let mut in_source: Vec<String> = source
            .split("page_part!(")
            .skip(1)
            .map(|call| {
                let call = &call[..call.find(");").unwrap()];
                let names = call.lines().rfind(|line| !line.trim().is_empty()).unwrap();
                names.split(',').nth(2).unwrap().trim().to_string()
            })
            .collect();
        in_source.sort();
        let mut in_table: Vec<String> = Page::ALL
            .into_iter()
            .filter_map(Page::part_name)
            .chain(PARTS_UNDER_THE_DECK)
            .map(String::from)
            .collect();
        in_table.sort();
        assert_eq!(in_source, in_table);
    }

    #[test]
    fn no_page_address_is_written_outside_the_route_table() {
        let root = workspace_root();
        let mut files = Vec::new();
        rust_files(&root.join("src"), &mut files);
        rust_files(&root.join("i18n/src"), &mut files);
        assert!(files.len() > 20, "the app's sources are found");
        let addresses: Vec<String> = Page::ALL
            .into_iter()
            .filter(|page| *page != Page::Home)
            .map(|page| format!("\"{}", page.path()))
            .chain([
                format!("\"{GROUP_SUMMARY_SEGMENT}\""),
                format!("\"{DECK_EDITOR_SEGMENT}\""),
            ])
            .collect();
        let mut found = Vec::new();
        for file in &files {
            for (number, line) in read_text(file).unwrap().lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                for address in &addresses {
                    if code.contains(address.as_str()) {
                        found.push(format!("{}:{}: {address}", file.display(), number + 1));
                    }
                }
            }
        }
        assert_eq!(
            found,
            Vec::<String>::new(),
            "write addresses with ecrans_core::site_map::Page"
        );
    }
}
