//! `cargo xtask size`: what a first visit downloads, compressed with brotli as a host would.
//!
//! The first-visit set is the page and what it loads before the app runs: HTML, JavaScript,
//! wasm, CSS and the manifest. The service worker then precaches the rest of the site (icons),
//! which is reported apart. This is a benchmark, not a test: it prints, it does not fail.

use crate::site::{build_dist, site_files};
use crate::{Failure, Outcome};
use std::io::Write;
use std::path::Path;

/// The budget for the first visit, from the foundation issue.
const FIRST_VISIT_BUDGET_KB: f64 = 110.0;

pub fn print_first_visit_size(root: &Path) -> Outcome {
    let dist = build_dist(root)?;
    let mut first_visit = (0usize, 0usize);
    let mut later = (0usize, 0usize);
    println!("\n{:<44} {:>10} {:>10}", "file", "raw KB", "brotli KB");
    for file in site_files(&dist)? {
        let bytes =
            std::fs::read(dist.join(&file[1..])).map_err(|e| Failure(format!("{file}: {e}.")))?;
        let compressed = brotli_size(&bytes)?;
        let in_first_visit = [".html", ".js", ".wasm", ".css", ".webmanifest"]
            .iter()
            .any(|ext| file.ends_with(ext))
            && file != "/sw.js";
        let bucket = if in_first_visit {
            &mut first_visit
        } else {
            &mut later
        };
        bucket.0 += bytes.len();
        bucket.1 += compressed;
        println!(
            "{:<44} {:>10.1} {:>10.1}{}",
            file,
            kb(bytes.len()),
            kb(compressed),
            if in_first_visit {
                ""
            } else {
                "  (precached later)"
            }
        );
    }
    println!(
        "\nfirst visit (HTML, JS, wasm, CSS, manifest): {:.1} KB raw, {:.1} KB brotli (budget {FIRST_VISIT_BUDGET_KB} KB)",
        kb(first_visit.0),
        kb(first_visit.1)
    );
    println!(
        "precached after the first visit (icons, service worker excluded): {:.1} KB raw, {:.1} KB brotli",
        kb(later.0),
        kb(later.1)
    );
    if kb(first_visit.1) > FIRST_VISIT_BUDGET_KB {
        println!(
            "over budget by {:.1} KB",
            kb(first_visit.1) - FIRST_VISIT_BUDGET_KB
        );
    }
    Ok(())
}

fn brotli_size(bytes: &[u8]) -> Result<usize, Failure> {
    let mut output = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut output, 4096, 11, 22);
        writer
            .write_all(bytes)
            .map_err(|e| Failure(format!("brotli: {e}.")))?;
    }
    Ok(output.len())
}

fn kb(bytes: usize) -> f64 {
    bytes as f64 / 1000.0
}
