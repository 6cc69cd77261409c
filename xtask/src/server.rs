//! A small static server for `dist/`, on 127.0.0.1 only.
//!
//! It behaves as the README asks of any production host: `.wasm` as `application/wasm`, the
//! same Content-Security-Policy as the page's meta tag (plus `frame-ancestors`, which only a
//! header can carry), long caching for hashed files, no caching for the HTML, the manifest and
//! the service worker, and every app route answered with `index.html`.

use crate::site::{build_dist, content_security_policy};
use crate::{Failure, Outcome};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tiny_http::{Header, Request, Response, Server};

/// Builds the release site and serves it until the process is stopped.
pub fn serve_release(root: &Path, port: u16) -> Outcome {
    let dist = build_dist(root)?;
    let server = start(&dist, port)?;
    println!("\nÉcrans en famille is served at http://127.0.0.1:{port}/  (Ctrl+C to stop)");
    server.join();
    Ok(())
}

/// A running server; `join` waits for it forever.
pub struct RunningServer {
    /// The port it listens on (the one asked for, or the free one chosen for port 0).
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

/// Starts serving `dist` on 127.0.0.1:`port` in background threads; port 0 takes a free port.
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
        .map_or(port, |address| address.port());
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
        let response = match std::fs::read(&file) {
            Ok(bytes) => Response::from_data(bytes).with_status_code(status),
            Err(_) => Response::from_data(b"Not found".to_vec()).with_status_code(404),
        };
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let response = response
            .with_header(header("Content-Type", content_type(&name)))
            .with_header(header("Cache-Control", cache_control(&name)))
            .with_header(header("Content-Security-Policy", &self.policy))
            .with_header(header("X-Content-Type-Options", "nosniff"))
            .with_header(header("Referrer-Policy", "no-referrer"));
        let _ = request.respond(response);
    }

    /// Maps a URL path to a file: real files as they are, app routes (no extension) to
    /// `index.html`, anything else to a 404.
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
        if safe && !last.contains('.') {
            (200, self.dist.join("index.html"))
        } else {
            (404, self.dist.join("404-does-not-exist"))
        }
    }
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

/// Hashed build outputs (`app-0123456789abcdef.wasm`) never change: cache them for a year.
/// Everything else must be revalidated so a new build is seen.
fn cache_control(name: &str) -> &'static str {
    let stem = name.split('.').next().unwrap_or("").trim_end_matches("_bg");
    let hashed = stem
        .rsplit('-')
        .next()
        .is_some_and(|tail| tail.len() >= 12 && tail.chars().all(|c| c.is_ascii_hexdigit()));
    if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
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
