//! A small static server for `dist/`, on 127.0.0.1 only.
//!
//! It behaves as the README asks of any production host: `.wasm` as `application/wasm`, the
//! same Content-Security-Policy as the page's meta tag (plus `frame-ancestors`, which only a
//! header can carry), long caching for hashed files, no caching for the HTML, the manifest and
//! the service worker, each page's address answered with that page's pre-rendered HTML
//! (`/atelier/5` with `atelier/index.html`, an unknown address with `index.html`), and the
//! build's `.br` or `.gz` copy of a file sent with `Content-Encoding` when the browser accepts
//! it (`Vary: Accept-Encoding` on every answer that has copies).

use crate::http_connection::{self, Answer, Request};
use crate::site::{build_dist, content_security_policy};
use crate::{Failure, Outcome};
use ecrans_core::site_map::Page;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
    acceptor: std::thread::JoinHandle<()>,
}

impl RunningServer {
    pub fn join(self) {
        let _ = self.acceptor.join();
    }
}

/// Starts serving `dist` on 127.0.0.1:`port` in background threads (one per connection, see
/// `http_connection`); port 0 takes a free one.
pub fn start(dist: &Path, port: u16) -> Result<RunningServer, Failure> {
    let policy = content_security_policy(dist)?;
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|error| {
        Failure(format!(
            "cannot listen on 127.0.0.1:{port} ({error}); is another server using that port?"
        ))
    })?;
    let port = listener
        .local_addr()
        .map(|address| address.port())
        .unwrap_or(port);
    let site = Arc::new(Site {
        dist: dist.to_path_buf(),
        policy: format!("{policy}; frame-ancestors 'none'"),
    });
    let acceptor = std::thread::spawn(move || {
        // A connection that fails while being accepted is the browser's to retry.
        for stream in listener.incoming().flatten() {
            let site = Arc::clone(&site);
            std::thread::spawn(move || {
                http_connection::serve(stream, |request| site.answer(request))
            });
        }
    });
    Ok(RunningServer { port, acceptor })
}

struct Site {
    dist: PathBuf,
    policy: String,
}

impl Site {
    fn answer(&self, request: &Request) -> Answer {
        let url_path = request.target.split(['?', '#']).next().unwrap_or("/");
        let (status, file) = self.resolve(url_path);
        let accepted = accepted_encodings(&request.accept_encoding);
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let has_copies = with_ending(&file, "br").is_file() || with_ending(&file, "gz").is_file();
        let (body, encoding) = match precompressed_copy(&file, &accepted) {
            Some((copy, encoding)) => (std::fs::read(copy), Some(encoding)),
            None => (std::fs::read(&file), None),
        };
        let (status, body, kind, caching) = match body {
            Ok(bytes) => (
                status,
                bytes,
                content_type(&name),
                cache_control(&self.site_path(&file)),
            ),
            Err(_) => (404, b"Not found".to_vec(), content_type("txt"), REVALIDATE),
        };
        let mut headers = vec![
            ("Content-Type", kind.to_string()),
            ("Cache-Control", caching.to_string()),
            ("Content-Security-Policy", self.policy.clone()),
            ("X-Content-Type-Options", "nosniff".to_string()),
            ("Referrer-Policy", "no-referrer".to_string()),
        ];
        if let Some(encoding) = encoding {
            headers.push(("Content-Encoding", encoding.to_string()));
        }
        if has_copies {
            headers.push(("Vary", "Accept-Encoding".to_string()));
        }
        Answer {
            status,
            headers,
            body,
        }
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

    /// A site in a temporary folder: a page, a wasm part with its brotli copy.
    fn small_site(name: &str) -> PathBuf {
        let dist = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("app-0a1b2c3d4e5f6789")).unwrap();
        std::fs::write(
            dist.join("index.html"),
            r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'"><p>ok</p>"#,
        )
        .unwrap();
        let part = dist.join("app-0a1b2c3d4e5f6789/part.wasm");
        std::fs::write(&part, b"\0asm part").unwrap();
        std::fs::write(with_ending(&part, "br"), b"brotli part").unwrap();
        dist
    }

    /// Sends `request` on `stream` and reads one answer: its head and its body.
    fn exchange(stream: &mut std::net::TcpStream, request: &str) -> (String, Vec<u8>) {
        use std::io::{Read, Write};
        stream.write_all(request.as_bytes()).unwrap();
        let mut received = Vec::new();
        let mut chunk = [0u8; 4096];
        loop {
            if let Some(end) = received.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8(received[..end].to_vec()).unwrap();
                let length: usize = head
                    .lines()
                    .find_map(|line| line.strip_prefix("Content-Length: "))
                    .unwrap()
                    .parse()
                    .unwrap();
                if received.len() >= end + 4 + length {
                    return (head, received[end + 4..end + 4 + length].to_vec());
                }
            }
            let read = stream.read(&mut chunk).expect("the server answers in time");
            assert!(
                read > 0,
                "the server closed the connection without answering"
            );
            received.extend_from_slice(&chunk[..read]);
        }
    }

    #[test]
    fn every_connection_of_a_burst_is_answered_while_the_others_stay_open() {
        // A first visit opens several connections at once and keeps them open; the server
        // once left some of them unread (see http_connection.rs). Each connection here sends
        // its request only once all are open, and stays open while the others are answered.
        let dist = small_site("burst");
        let server = start(&dist, 0).unwrap();
        let mut connections: Vec<_> = (0..24)
            .map(|_| {
                let stream = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
                stream
                    .set_read_timeout(Some(std::time::Duration::from_secs(20)))
                    .unwrap();
                stream
            })
            .collect();
        for stream in &mut connections {
            let (head, body) = exchange(
                stream,
                "GET /app-0a1b2c3d4e5f6789/part.wasm HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, br\r\n\r\n",
            );
            assert!(head.starts_with("HTTP/1.1 200 OK"), "{head}");
            assert!(head.contains("Content-Type: application/wasm"), "{head}");
            assert!(head.contains("Content-Encoding: br"), "{head}");
            assert!(head.contains("Cache-Control: public, max-age=31536000, immutable"));
            assert!(head.contains("Connection: keep-alive"), "{head}");
            assert_eq!(body, b"brotli part");
        }
        // Every connection is still usable for a second request.
        for stream in &mut connections {
            let (head, body) = exchange(stream, "GET /carnet HTTP/1.1\r\nHost: x\r\n\r\n");
            assert!(head.starts_with("HTTP/1.1 200 OK"), "{head}");
            assert!(head
                .contains("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'"));
            assert!(body.ends_with(b"<p>ok</p>"));
        }
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn missing_files_and_other_methods_get_their_status() {
        let dist = small_site("status");
        let server = start(&dist, 0).unwrap();
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        let (head, body) = exchange(&mut stream, "GET /nothing.wasm HTTP/1.1\r\n\r\n");
        assert!(head.starts_with("HTTP/1.1 404 Not Found"), "{head}");
        assert_eq!(body, b"Not found");
        let (head, _) = exchange(&mut stream, "DELETE / HTTP/1.1\r\n\r\n");
        assert!(head.starts_with("HTTP/1.1 405"), "{head}");
        // HEAD: the length of the page, and no body.
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        std::io::Write::write_all(&mut stream, b"HEAD / HTTP/1.1\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut answer = String::new();
        std::io::Read::read_to_string(&mut stream, &mut answer).unwrap();
        let page_length = std::fs::metadata(dist.join("index.html")).unwrap().len();
        assert!(answer.starts_with("HTTP/1.1 200 OK"), "{answer}");
        assert!(answer.contains(&format!("Content-Length: {page_length}\r\n")));
        assert!(answer.ends_with("Connection: close\r\n\r\n"), "{answer}");
        std::fs::remove_dir_all(&dist).unwrap();
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
