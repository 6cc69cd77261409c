//! What the wasm parts of the split build hold, read from the function names the splitter keeps
//! (`target/xtask-split/`): the guard that heavy code stays in the pages that use it, so it
//! never weighs on the first visit of another page.
//!
//! `cargo xtask test` runs [`check_heavy_code_placement`] after each build: the QR reader only
//! in « Bilan du groupe », the Markdown parser only in the Atelier's pages, the passphrase cryptography
//! only in Réglages, and the chart library never in the main module.

use crate::Failure;
use std::path::Path;

/// A crate whose code must stay in some parts only.
struct Placement {
    /// The crate's name as it appears in the parts' function names.
    crate_name: &'static str,
    /// What it is, for the message.
    what: &'static str,
    /// The parts (file stems) it may be in; an empty list with `not_in` names where it may not.
    only_in: &'static [&'static str],
    /// Parts it must never be in (checked when `only_in` is empty).
    not_in: &'static [&'static str],
}

const PLACEMENTS: [Placement; 5] = [
    Placement {
        crate_name: "quircs",
        what: "the QR code reader",
        only_in: &["split_group_summary_page"],
        not_in: &[],
    },
    Placement {
        crate_name: "pulldown_cmark",
        what: "the Markdown parser",
        // The Atelier and « Adapter le diaporama » both parse slides, so the splitter may put it
        // in a chunk the two share: checked as "in none of the other pages".
        only_in: &[],
        not_in: &[
            "ecrans",
            "split_diary_page",
            "split_charts_page",
            "split_compare_page",
            "split_settings_page",
            "split_group_summary_page",
        ],
    },
    Placement {
        crate_name: "ecrans_scrypt_steps",
        what: "the passphrase key derivation (scrypt's ROMix and Salsa20/8)",
        only_in: &["split_settings_page"],
        not_in: &[],
    },
    Placement {
        crate_name: "chacha20poly1305",
        what: "the protected backups' cipher",
        only_in: &["split_settings_page"],
        not_in: &[],
    },
    Placement {
        crate_name: "plotters",
        what: "the chart library",
        only_in: &[],
        not_in: &["ecrans"],
    },
];

/// Checks every placement against the parts in `split_folder` (`<stem>.wasm` files with their
/// names section). Returns how many placements were checked, or the first one broken.
pub fn check_heavy_code_placement(split_folder: &Path) -> Result<usize, Failure> {
    let mut parts = Vec::new();
    let entries = std::fs::read_dir(split_folder).map_err(|error| {
        Failure(format!(
            "cannot read the split parts in {}: {error}",
            split_folder.display()
        ))
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "wasm") {
            let stem = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let bytes = std::fs::read(&path)
                .map_err(|error| Failure(format!("cannot read {}: {error}", path.display())))?;
            parts.push((stem, bytes));
        }
    }
    if !parts.iter().any(|(stem, _)| stem == "ecrans") {
        return Err(Failure(format!(
            "{} holds no main module (ecrans.wasm): build the site first.",
            split_folder.display()
        )));
    }
    for placement in &PLACEMENTS {
        let holding: Vec<&str> = parts
            .iter()
            .filter(|(_, bytes)| holds_name(bytes, placement.crate_name))
            .map(|(stem, _)| stem.as_str())
            .collect();
        if holding.is_empty() && !placement.only_in.is_empty() {
            return Err(Failure(format!(
                "no part holds {} ({}): the parts have no function names any more, or the \
                 crate was renamed; the guard must be updated.",
                placement.what, placement.crate_name
            )));
        }
        let misplaced: Vec<&str> = holding
            .iter()
            .copied()
            .filter(|stem| {
                if placement.only_in.is_empty() {
                    placement.not_in.contains(stem)
                } else {
                    !placement.only_in.contains(stem)
                }
            })
            .collect();
        if !misplaced.is_empty() {
            return Err(Failure(format!(
                "{} ({}) is in {}, where it weighs on pages that do not use it.",
                placement.what,
                placement.crate_name,
                misplaced.join(", ")
            )));
        }
    }
    Ok(PLACEMENTS.len())
}

/// Whether `bytes` (a wasm part) names a function of `crate_name`: its mangled (`6quircs`) or
/// demangled (`quircs::`) path.
fn holds_name(bytes: &[u8], crate_name: &str) -> bool {
    let mangled = format!("{}{crate_name}", crate_name.len());
    let demangled = format!("{crate_name}::");
    [mangled.as_bytes(), demangled.as_bytes()]
        .iter()
        .any(|needle| bytes.windows(needle.len()).any(|window| window == *needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_with(name: &str, parts: &[(&str, &str)]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-parts-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (stem, names) in parts {
            std::fs::write(dir.join(format!("{stem}.wasm")), names).unwrap();
        }
        dir
    }

    #[test]
    fn heavy_code_in_its_own_pages_passes() {
        let dir = folder_with(
            "placed",
            &[
                ("ecrans", "leptos::mount"),
                ("split_group_summary_page", "_ZN6quircs6decode"),
                ("split_deck_page", "pulldown_cmark::parse"),
                (
                    "split_settings_page",
                    "ecrans_scrypt_steps::romix_iterations chacha20poly1305::seal",
                ),
                ("chunk_3", "plotters::chart"),
            ],
        );
        assert_eq!(check_heavy_code_placement(&dir).unwrap(), PLACEMENTS.len());
    }

    #[test]
    fn heavy_code_in_the_main_module_or_another_page_fails() {
        let dir = folder_with(
            "main",
            &[
                ("ecrans", "leptos::mount plotters::chart"),
                ("split_group_summary_page", "quircs::decode"),
                ("split_deck_page", "pulldown_cmark::parse"),
                (
                    "split_settings_page",
                    "ecrans_scrypt_steps::romix_iterations chacha20poly1305::seal",
                ),
            ],
        );
        let Err(Failure(message)) = check_heavy_code_placement(&dir) else {
            panic!("plotters in the main module must fail");
        };
        assert!(
            message.contains("the chart library (plotters) is in ecrans"),
            "{message}"
        );

        let dir = folder_with(
            "carnet",
            &[
                ("ecrans", "leptos::mount"),
                ("split_group_summary_page", "quircs::decode"),
                ("split_diary_page", "quircs::decode"),
                ("split_deck_page", "pulldown_cmark::parse"),
                (
                    "split_settings_page",
                    "ecrans_scrypt_steps::romix_iterations chacha20poly1305::seal",
                ),
                ("chunk_1", "x"),
            ],
        );
        let Err(Failure(message)) = check_heavy_code_placement(&dir) else {
            panic!("the QR reader in the Carnet must fail");
        };
        assert!(message.contains("is in split_diary_page"), "{message}");
    }

    #[test]
    fn parts_without_names_are_not_taken_for_a_pass() {
        let dir = folder_with(
            "nameless",
            &[
                ("ecrans", "no names"),
                ("split_deck_page", "no names either"),
            ],
        );
        assert!(check_heavy_code_placement(&dir).is_err());
    }
}
