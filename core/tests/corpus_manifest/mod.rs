//! The manifest of a hostile-file corpus, shared by the integration tests: each corpus folder
//! under `fixtures/` has an `EXPECTED.txt` with one `file outcome` pair per line (`#` starts a
//! comment), which the tests read into a map from file name to the outcome it must have.

use std::collections::BTreeMap;
use std::path::Path;

/// Reads the `EXPECTED.txt` at `path`: file name → expected outcome. Panics on a line that is not
/// `file outcome` and on a file named twice, so a broken manifest fails the test that reads it.
pub fn read_manifest(path: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut expected = BTreeMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line.is_empty() {
            continue;
        }
        let mut words = line.split_whitespace();
        let (Some(name), Some(outcome), None) = (words.next(), words.next(), words.next()) else {
            panic!("EXPECTED.txt: {line:?} is not `file outcome`");
        };
        let previous = expected.insert(name.to_owned(), outcome.to_owned());
        assert!(previous.is_none(), "EXPECTED.txt names {name} twice");
    }
    expected
}
