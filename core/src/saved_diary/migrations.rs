//! Brings a stored `diary` object from the schema it was saved with up to [`CURRENT_SCHEMA`], one
//! pure function per old schema, applied in order (v1 → v2 → …).
//!
//! Schema 1 is the current one, so the list is empty today. When schema 2 comes, add
//! `fn from_v1(diary: Value) -> Result<Value, ContentProblem>` to [`MIGRATIONS`], bump
//! [`CURRENT_SCHEMA`], keep `tests/fixtures/saved_diary_v1.json` as it is, and add a v2 fixture.
//! A migration never reads the clock and never drops a record it does not understand: it refuses
//! the value instead.

use serde_json::Value;

use super::{ContentProblem, CURRENT_SCHEMA};

/// Turns a `diary` object of schema `n` into one of schema `n + 1`.
pub type Migration = fn(Value) -> Result<Value, ContentProblem>;

/// The migration out of each old schema: index 0 upgrades schema 1, index 1 schema 2, and so on.
pub const MIGRATIONS: [Migration; CURRENT_SCHEMA as usize - 1] = [];

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
    use serde_json::json;

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
    fn the_current_schema_needs_no_migration() {
        let diary = json!({"children": [], "entries": []});
        assert_eq!(upgrade_to_current(CURRENT_SCHEMA, diary.clone()), Ok(diary));
    }
}
