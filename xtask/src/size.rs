//! `cargo xtask size`: what a first visit of each page downloads, compressed with brotli as a
//! host would send it.
//!
//! A first visit of a page fetches its pre-rendered HTML, the stylesheet, the start-up script,
//! the manifest, the main module (JS glue and wasm) and that page's own parts: its
//! `split_<page>.wasm`, the `chunk_<n>.wasm` it shares with other pages, and the link module
//! `__wasm_split.js`. The service worker then precaches the rest, which is not counted. This is
//! a benchmark, not a test: it prints, and says which budgets are missed; it does not fail.

use crate::compression::brotli_bytes;
use crate::site::{build_site, site_files};
use crate::{Failure, Outcome};
use ecrans_core::site_map::Page;
use std::collections::BTreeMap;
use std::path::Path;

/// The first-visit budget of the home page, in KB (brotli), from the first-visit issue.
const HOME_BUDGET_KB: f64 = 125.0;
/// The first-visit budget of every other page.
const PAGE_BUDGET_KB: f64 = 170.0;
/// All wasm and JS parts together: at most 1.1 × the single wasm of the unsplit build
/// (527 KB brotli when it was last measured, README).
const ALL_PARTS_BUDGET_KB: f64 = 1.1 * 527.0;

pub fn print_first_visit_size(root: &Path) -> Outcome {
    let site = build_site(root)?;
    let dist = site.dist.clone();
    let files = site_files(&dist)?;
    let mut sizes = BTreeMap::new();
    println!("\n{:<56} {:>10} {:>10}", "file", "raw KB", "brotli KB");
    for file in files
        .iter()
        .filter(|f| !f.ends_with(".br") && !f.ends_with(".gz"))
    {
        let bytes =
            std::fs::read(dist.join(&file[1..])).map_err(|e| Failure(format!("{file}: {e}.")))?;
        let compressed = brotli_bytes(&bytes)?.len();
        println!(
            "{:<56} {:>10.1} {:>10.1}",
            file,
            kb(bytes.len()),
            kb(compressed)
        );
        sizes.insert(file.clone(), (bytes.len(), compressed));
    }

    let shared: Vec<&String> = sizes
        .keys()
        .filter(|file| {
            let top_level = file.matches('/').count() == 1;
            (top_level
                && (file.starts_with("/style-")
                    || file.starts_with("/boot-")
                    || file == &"/manifest.webmanifest"))
                || file.ends_with("/ecrans.js")
                || file.ends_with("/ecrans_bg.wasm")
        })
        .collect();
    let link_module = sizes.keys().find(|file| file.ends_with("/__wasm_split.js"));
    println!("\nfirst visit of each page (brotli):");
    let mut missed = Vec::new();
    for (page, parts) in &site.parts_of_page {
        let page = *page;
        let html = match page.prerendered_folder() {
            Some(folder) => format!("/{folder}/index.html"),
            None => "/index.html".to_string(),
        };
        let mut visit: Vec<&String> = shared.clone();
        visit.extend(sizes.keys().filter(|file| **file == html));
        if !parts.is_empty() {
            visit.extend(link_module);
        }
        for part in parts {
            let file = format!("/{}/{part}", site.app_folder);
            visit.extend(sizes.keys().filter(|known| **known == file));
        }
        let total: usize = visit.iter().map(|file| sizes[*file].1).sum();
        let budget = if page == Page::Home {
            HOME_BUDGET_KB
        } else {
            PAGE_BUDGET_KB
        };
        let verdict = if kb(total) <= budget {
            "within"
        } else {
            missed.push(page.path());
            "OVER"
        };
        println!(
            "  {:<12} {:>7.1} KB  ({verdict} the {budget:.0} KB budget; {} files)",
            page.path(),
            kb(total),
            visit.len()
        );
    }
    let all_parts: usize = sizes
        .iter()
        .filter(|(file, _)| file.starts_with("/app-"))
        .map(|(_, (_, compressed))| compressed)
        .sum();
    println!(
        "  all wasm and JS parts together: {:.1} KB ({} the {ALL_PARTS_BUDGET_KB:.0} KB budget)",
        kb(all_parts),
        if kb(all_parts) <= ALL_PARTS_BUDGET_KB {
            "within"
        } else {
            "OVER"
        }
    );
    if !missed.is_empty() {
        println!("budgets missed: {}", missed.join(", "));
    }
    Ok(())
}

fn kb(bytes: usize) -> f64 {
    bytes as f64 / 1000.0
}
