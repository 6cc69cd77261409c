//! A small static server for `dist/`, on 127.0.0.1 only.
//!
//! It behaves as the README asks of any production host: `.wasm` as `application/wasm`, the
//! same Content-Security-Policy as the page's meta tag (plus `frame-ancestors`, which only a
//! header can carry), long caching for hashed files, no caching for the HTML, the manifest and
//! the service worker, each page's address answered with that page's pre-rendered HTML
//! (`/atelier/5` with `atelier/index.html`, an unknown address with `index.html`), and the
//! build's `.br` or `.gz` copy of a file sent with `Content-Encoding` when the browser accepts
//! it (`Vary: Accept-Encoding` on every answer that has copies).

use crate::site::{build_dist, content_security_policy};
use crate::{Failure, Outcome};
use ecrans_core::site_map::Page;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tiny_http::{Header, Request, Response, Server};

/// Builds the release site and serves it until the process is stopped.
pub fn serve_release(root: &Path, port: u16) -> Outcome {
    serve_built(&build_dist(root)?, port)
}

/// Serves a site already built in `dist` until the process is stopped.
pub fn serve_built(dist: &Path, port: u16) -> Outcome {
    let server = start(dist, port)?;
    println!(
        "\nÉcrans en famille is served at http://127.0.0.1:{}/  (Ctrl+C to stop)",
        server.port
    );
    server.join();
    Ok(())
}

/// A running server; `join` waits for it forever.
pub struct RunningServer {
    /// The port it listens on (the one asked for, or the free one the system chose for 0).
    pub port: u16,
    workers: Vec<std::thread::JoinHandle<()>>,
}

impl RunningServer {
    pub fn join(self) {
        for worker in self.workers {
            let _ = worker.join();
        }
    }
}

/// Starts serving `dist` on 127.0.0.1:`port` in background threads; port 0 takes a free one.
pub fn start(dist: &Path, port: u16) -> Result<RunningServer, Failure> {
    let policy = content_security_policy(dist)?;
    let header_policy = format!("{policy}; frame-ancestors 'none'");
    let server = Server::http(("127.0.0.1", port)).map_err(|error| {
        Failure(format!(
            "cannot listen on 127.0.0.1:{port} ({error}); is another server using that port?"
        ))
    })?;
    let port = server
        .server_addr()
        .to_ip()
        .map(|address| address.port())
        .unwrap_or(port);
    let server = Arc::new(server);
    let site = Arc::new(Site {
        dist: dist.to_path_buf(),
        policy: header_policy,
    });
    let workers = (0..4)
        .map(|_| {
            let server = Arc::clone(&server);
            let site = Arc::clone(&site);
            std::thread::spawn(move || {
                while let Ok(request) = server.recv() {
                    site.answer(request);
                }
            })
        })
        .collect();
    Ok(RunningServer { port, workers })
}

struct Site {
    dist: PathBuf,
    policy: String,
}

impl Site {
    fn answer(&self, request: Request) {
        let url_path = request.url().split(['?', '#']).next().unwrap_or("/");
        let (status, file) = self.resolve(url_path);
        let accept_encoding: Vec<&str> = request
            .headers()
            .iter()
            .filter(|h| h.field.equiv("Accept-Encoding"))
            .map(|h| h.value.as_str())
            .collect();
        let accepted = accepted_encodings(&accept_encoding.join(","));
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let has_copies = with_ending(&file, "br").is_file() || with_ending(&file, "gz").is_file();
        let (body, encoding) = match precompressed_copy(&file, &accepted) {
            Some((copy, encoding)) => (std::fs::read(copy), Some(encoding)),
            None => (std::fs::read(&file), None),
        };
        let (response, caching) = match body {
            Ok(bytes) => (
                Response::from_data(bytes).with_status_code(status),
                cache_control(&self.site_path(&file)),
            ),
            Err(_) => (
                Response::from_data(b"Not found".to_vec()).with_status_code(404),
                REVALIDATE,
            ),
        };
        let mut response = response
            .with_header(header("Content-Type", content_type(&name)))
            .with_header(header("Cache-Control", caching))
            .with_header(header("Content-Security-Policy", &self.policy))
            .with_header(header("X-Content-Type-Options", "nosniff"))
            .with_header(header("Referrer-Policy", "no-referrer"));
        if let Some(encoding) = encoding {
            response = response.with_header(header("Content-Encoding", encoding));
        }
        if has_copies {
            response = response.with_header(header("Vary", "Accept-Encoding"));
        }
        // The browser may have gone away; there is nobody left to tell.
        let _ = request.respond(response);
    }

    /// `file`'s path inside `dist/`, with `/` between folders (`app-0123456789abcdef/x.wasm`).
    fn site_path(&self, file: &Path) -> String {
        let inside = file.strip_prefix(&self.dist).unwrap_or(file);
        inside
            .components()
            .map(|part| part.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
    }

    /// Maps a URL path to a file: real files as they are, a page's address (and any address
    /// below it, `/atelier/5`) to its pre-rendered HTML, other addresses without an extension
    /// to `index.html` (the app says « page introuvable »), anything else to a 404.
    fn resolve(&self, url_path: &str) -> (u16, PathBuf) {
        let relative = url_path.trim_start_matches('/');
        let safe = !relative
            .split('/')
            .any(|part| part == ".." || part.contains('\\'));
        let candidate = self.dist.join(relative);
        if safe && !relative.is_empty() && candidate.is_file() {
            return (200, candidate);
        }
        let last = relative.rsplit('/').next().unwrap_or("");
        if !safe || last.contains('.') {
            return (404, self.dist.join("404-does-not-exist"));
        }
        let page_file = Page::for_path(url_path)
            .and_then(Page::prerendered_folder)
            .map(|folder| self.dist.join(folder).join("index.html"))
            .filter(|file| file.is_file());
        (
            200,
            page_file.unwrap_or_else(|| self.dist.join("index.html")),
        )
    }
}

/// The encodings an `Accept-Encoding` value accepts (`br`, `gzip`…), without those it refuses
/// with `q=0`.
fn accepted_encodings(accept_encoding: &str) -> Vec<String> {
    accept_encoding
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let name = parts.next()?.trim().to_ascii_lowercase();
            let refused = parts.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
            (!refused && !name.is_empty()).then_some(name)
        })
        .collect()
}

/// The build's compressed copy of `file` that the browser accepts, brotli first, with its
/// `Content-Encoding`. A copy older than the file (the file was changed after the build) is
/// never sent: the file itself is.
fn precompressed_copy(file: &Path, accepted: &[String]) -> Option<(PathBuf, &'static str)> {
    let changed = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let original = changed(file)?;
    [("br", "br"), ("gzip", "gz")]
        .into_iter()
        .filter(|(encoding, _)| accepted.iter().any(|a| a == encoding))
        .map(|(encoding, ending)| (with_ending(file, ending), encoding))
        .find(|(copy, _)| changed(copy).is_some_and(|made| made >= original))
}

fn with_ending(file: &Path, ending: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(ending);
    PathBuf::from(name)
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("header text is ASCII")
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "webmanifest" => "application/manifest+json",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// What hashed build outputs are sent with: their bytes never change under that name.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// What every other file is sent with, so a new build is seen.
const REVALIDATE: &str = "no-cache";

/// The `Cache-Control` of the file at `site_path` inside `dist/` (`/` between folders). Hashed
/// build outputs never change: a file named with its hash (`boot-0123456789abcdef.js`,
/// `ecrans-0123456789abcdef_bg.wasm`) and everything inside the wasm parts' folder
/// (`app-0123456789abcdef/`, named from all its files' bytes) are cached for a year. Everything
/// else must be revalidated.
fn cache_control(site_path: &str) -> &'static str {
    let (folders, name) = site_path.rsplit_once('/').unwrap_or(("", site_path));
    let in_hashed_folder = folders.split('/').any(|folder| {
        folder
            .strip_prefix("app-")
            .is_some_and(|hash| hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()))
    });
    let stem = name.split('.').next().unwrap_or("").trim_end_matches("_bg");
    let hashed_name = stem
        .rsplit('-')
        .next()
        .is_some_and(|tail| tail.len() >= 12 && tail.chars().all(|c| c.is_ascii_hexdigit()));
    if in_hashed_folder || hashed_name {
        IMMUTABLE
    } else {
        REVALIDATE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_files_are_immutable_and_the_rest_revalidated() {
        assert_eq!(
            cache_control("ecrans-0a1b2c3d4e5f6789_bg.wasm"),
            "public, max-age=31536000, immutable",
            "wasm-bindgen's _bg suffix follows the hash"
        );
        assert_eq!(
            cache_control("boot-0a1b2c3d4e5f6789.js"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(cache_control("index.html"), "no-cache");
        assert_eq!(cache_control("sw.js"), "no-cache");
        assert_eq!(cache_control("carnet/index.html"), "no-cache");
    }

    #[test]
    fn every_file_of_the_hashed_parts_folder_is_immutable() {
        for part in [
            "app-0a1b2c3d4e5f6789/ecrans.js",
            "app-0a1b2c3d4e5f6789/ecrans_bg.wasm",
            "app-0a1b2c3d4e5f6789/split_deck_page.wasm",
            "app-0a1b2c3d4e5f6789/chunk_0.wasm",
            "app-0a1b2c3d4e5f6789/__wasm_split.js",
        ] {
            assert_eq!(cache_control(part), IMMUTABLE, "{part}");
        }
        // Not a build's folder: a name that only looks alike, or a short hash.
        assert_eq!(cache_control("app-notahashatall/ecrans.js"), REVALIDATE);
        assert_eq!(cache_control("app-0a1b/ecrans.js"), REVALIDATE);
        assert_eq!(cache_control("icons/app-icon.svg"), REVALIDATE);
    }

    #[test]
    fn the_site_path_is_the_file_inside_dist() {
        let dist = std::env::temp_dir().join("xtask-site-path");
        let site = Site {
            dist: dist.clone(),
            policy: String::new(),
        };
        let part = dist.join("app-0a1b2c3d4e5f6789").join("chunk_0.wasm");
        assert_eq!(site.site_path(&part), "app-0a1b2c3d4e5f6789/chunk_0.wasm");
        assert_eq!(cache_control(&site.site_path(&part)), IMMUTABLE);
        assert_eq!(site.site_path(&dist.join("index.html")), "index.html");
    }

    #[test]
    fn accepted_encodings_leave_out_refused_ones() {
        assert_eq!(
            accepted_encodings("gzip, deflate, br, zstd"),
            ["gzip", "deflate", "br", "zstd"]
        );
        assert_eq!(accepted_encodings("br;q=0, gzip;q=0.8"), ["gzip"]);
        assert!(accepted_encodings("").is_empty());
    }

    #[test]
    fn a_compressed_copy_is_sent_only_if_accepted_and_not_older_than_the_file() {
        let dir = std::env::temp_dir().join(format!("xtask-copies-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("app.js");
        std::fs::write(&file, "original").unwrap();
        std::fs::write(dir.join("app.js.gz"), "gzip").unwrap();
        std::fs::write(dir.join("app.js.br"), "brotli").unwrap();
        let both = accepted_encodings("gzip, br");
        assert_eq!(
            precompressed_copy(&file, &both),
            Some((dir.join("app.js.br"), "br"))
        );
        assert_eq!(
            precompressed_copy(&file, &accepted_encodings("gzip")),
            Some((dir.join("app.js.gz"), "gzip"))
        );
        assert_eq!(
            precompressed_copy(&file, &accepted_encodings("identity")),
            None
        );
        // The file changed after the build: its copies are stale.
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
        std::fs::File::options()
            .write(true)
            .open(&file)
            .unwrap()
            .set_modified(later)
            .unwrap();
        assert_eq!(precompressed_copy(&file, &both), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn wasm_gets_its_mime_type() {
        assert_eq!(content_type("x_bg.wasm"), "application/wasm");
        assert_eq!(
            content_type("manifest.webmanifest"),
            "application/manifest+json"
        );
    }
}
