//! Brings a stored `diary` object from the schema it was saved with up to [`CURRENT_SCHEMA`], one
//! pure function per old schema, applied in order (v1 → v2 → …).
//!
//! - v1 → v2 ([`from_v1`]): schema 2 added the family's commitments (« Mes engagements »). A v1
//!   diary gets an empty list, changed at time 0 (never), so any list written on another copy wins
//!   a merge with it.
//!
//! When schema 3 comes, add `fn from_v2` to [`MIGRATIONS`], bump [`CURRENT_SCHEMA`], keep the v1
//! and v2 fixtures in `tests/fixtures/` as they are, and add a v3 fixture. A migration never reads
//! the clock and never drops a record it does not understand: it refuses the value instead.

use serde_json::{json, Value};

use super::{ContentProblem, CURRENT_SCHEMA};

/// Turns a `diary` object of schema `n` into one of schema `n + 1`.
pub type Migration = fn(Value) -> Result<Value, ContentProblem>;

/// The migration out of each old schema: index 0 upgrades schema 1, index 1 schema 2, and so on.
pub const MIGRATIONS: [Migration; CURRENT_SCHEMA as usize - 1] = [from_v1];

/// Schema 1 → 2: adds an empty `commitments` record. Schema 1 has no `commitments`: a v1 object
/// that holds one was not written by this app, and is refused rather than silently dropped.
pub fn from_v1(mut diary: Value) -> Result<Value, ContentProblem> {
    let object = diary
        .as_object_mut()
        .ok_or_else(|| ContentProblem::Malformed {
            detail: "a schema 1 diary is not an object".into(),
        })?;
    if object.contains_key("commitments") {
        return Err(ContentProblem::Malformed {
            detail: "a schema 1 diary cannot hold commitments".into(),
        });
    }
    object.insert(
        "commitments".into(),
        json!({ "items": [], "modified_at": 0 }),
    );
    Ok(diary)
}

/// Upgrades a `diary` object saved with schema `found` (1 to [`CURRENT_SCHEMA`]).
pub fn upgrade_to_current(found: u32, diary: Value) -> Result<Value, ContentProblem> {
    upgrade(found, diary, &MIGRATIONS)
}

/// Applies `migrations[found - 1..]` in order. A schema of 0, or beyond the list, is
/// a caller's mistake (the envelope is checked first) and returns the value unchanged.
fn upgrade(found: u32, diary: Value, migrations: &[Migration]) -> Result<Value, ContentProblem> {
    let first = (found as usize).saturating_sub(1);
    migrations
        .iter()
        .skip(first)
        .try_fold(diary, |diary, migrate| migrate(diary))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up v1 → v2 step: renames `entries` to `logs`.
    fn rename_entries(mut diary: Value) -> Result<Value, ContentProblem> {
        let object = diary.as_object_mut().ok_or(ContentProblem::Malformed {
            detail: "not an object".into(),
        })?;
        let entries = object.remove("entries").unwrap_or(json!([]));
        object.insert("logs".into(), entries);
        Ok(diary)
    }

    /// A made-up v2 → v3 step: adds a version mark.
    fn mark_v3(mut diary: Value) -> Result<Value, ContentProblem> {
        diary["mark"] = json!("v3");
        Ok(diary)
    }

    #[test]
    fn migrations_run_in_order_from_the_saved_schema() {
        let chain: [Migration; 2] = [rename_entries, mark_v3];
        let check = |found: u32, expected: Value| {
            let upgraded = upgrade(found, json!({"entries": [1]}), &chain).unwrap();
            assert_eq!(upgraded, expected, "from v{found}");
        };
        check(1, json!({"logs": [1], "mark": "v3"}));
        check(2, json!({"entries": [1], "mark": "v3"}));
        check(3, json!({"entries": [1]}));
    }

    #[test]
    fn a_failing_migration_stops_the_chain() {
        let chain: [Migration; 2] = [rename_entries, mark_v3];
        let upgraded = upgrade(1, json!([1, 2]), &chain);
        assert_eq!(
            upgraded,
            Err(ContentProblem::Malformed {
                detail: "not an object".into()
            })
        );
    }

    #[test]
    fn a_v1_diary_gets_no_commitments() {
        let v1 =
            json!({"children": [], "entries": [], "plan": {"steps": ["meal"], "modified_at": 3}});
        let mut expected = v1.clone();
        expected["commitments"] = json!({"items": [], "modified_at": 0});
        assert_eq!(upgrade_to_current(1, v1.clone()), Ok(expected.clone()));
        assert_eq!(from_v1(v1), Ok(expected));
        assert!(matches!(
            from_v1(json!([])),
            Err(ContentProblem::Malformed { .. })
        ));
        assert!(matches!(
            from_v1(json!({"commitments": {"items": [{"kind": "text", "text": "x"}]}})),
            Err(ContentProblem::Malformed { .. })
        ));
    }

    #[test]
    fn the_current_schema_needs_no_migration() {
        let diary = json!({"children": [], "entries": []});
        assert_eq!(upgrade_to_current(CURRENT_SCHEMA, diary.clone()), Ok(diary));
    }
}
