//! Two parents who each added « Léa » on their own phone have two children with different ids.
//! Merging matches children by id only, so without help the family would see Léa twice. The
//! preview lists such pairs (same name once case, accents, spaces and hyphens are ignored), the
//! parent says which are really the same child, and [`apply_child_matches`] rewrites the file so
//! that the merge sees one child.
//!
//! Applying a match is an edit made at `now`, like any other: the file's child is removed (a
//! tombstone) and its entries are given to the phone's child. Because those changes are newer
//! than the versions they replace, the next exchange of files carries them to the other phone,
//! which then converges on the same single child instead of offering the pair again.

use std::collections::HashSet;
use std::fmt;

use crate::diary::{merge_diaries, Child, ChildId, Diary, EntriesOfRemovedChild};

/// Two children, one on this phone and one in the file, with different ids and the same name:
/// perhaps the same child created on each phone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PossibleSameChild {
    /// The child on this phone.
    pub phone: Child,
    /// The child in the file.
    pub file: Child,
}

impl PossibleSameChild {
    /// The match that says these two are the same child.
    pub fn to_match(&self) -> ChildMatch {
        ChildMatch {
            phone_child: self.phone.id.clone(),
            file_child: self.file.id.clone(),
        }
    }
}

/// The parent's answer: the file's child `file_child` is this phone's `phone_child`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ChildMatch {
    /// The child on this phone, whose id is kept.
    pub phone_child: ChildId,
    /// The child in the file, whose entries go to `phone_child`.
    pub file_child: ChildId,
}

/// Why a list of matches cannot be applied (the app builds it from the preview's pairs, so
/// these are mistakes of the app, not of the parent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChildMatchError {
    /// The phone's child is not present on this phone.
    NotOnPhone {
        /// The child id.
        child: ChildId,
    },
    /// The file's child is not present in the file.
    NotInFile {
        /// The child id.
        child: ChildId,
    },
    /// This phone already knows the file's child by its id: the merge matches them already.
    AlreadyOnPhone {
        /// The child id.
        child: ChildId,
    },
    /// The file removed the phone's child: matching would bring them back in the file.
    RemovedInFile {
        /// The child id.
        child: ChildId,
    },
    /// The same file child is matched twice.
    MatchedTwice {
        /// The child id.
        child: ChildId,
    },
}

impl fmt::Display for ChildMatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChildMatchError::NotOnPhone { child } => write!(f, "child {child} is not on the phone"),
            ChildMatchError::NotInFile { child } => write!(f, "child {child} is not in the file"),
            ChildMatchError::AlreadyOnPhone { child } => {
                write!(f, "child {child} is already known to the phone")
            }
            ChildMatchError::RemovedInFile { child } => {
                write!(f, "child {child} was removed in the file")
            }
            ChildMatchError::MatchedTwice { child } => write!(f, "child {child} is matched twice"),
        }
    }
}

impl std::error::Error for ChildMatchError {}

/// The form of a name used to compare children: lower case, without accents, spaces, hyphens,
/// apostrophes, dots or underscores (« Marie-Ève », "marie eve" and "MARIEEVE" compare equal).
/// Letters outside the Latin alphabet are kept as they are, in lower case.
pub fn child_name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() || IGNORED.contains(&c) || ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        match without_accent(c) {
            Some(plain) => key.push_str(plain),
            None => key.push(c),
        }
    }
    if key.is_empty() {
        // A name of punctuation only: compare it whole rather than as nothing.
        return name.trim().to_lowercase();
    }
    key
}

/// Whether two names are the same for [`child_name_key`].
pub fn same_child_name(a: &str, b: &str) -> bool {
    child_name_key(a) == child_name_key(b)
}

/// Punctuation ignored in names besides spaces.
const IGNORED: [char; 6] = ['-', '\'', '’', '.', '_', '\u{2010}'];

/// A lower-case Latin letter with a diacritic, without it (ligatures spelled out).
fn without_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Whether `diary` knows the child by id, present or removed.
fn knows_child(diary: &Diary, id: &ChildId) -> bool {
    diary.child(id).is_some() || diary.deleted_children().any(|(deleted, _)| deleted == id)
}

/// The pairs the preview offers for matching: a child present on the phone and unknown to the
/// file, and a child present in the file and unknown to the phone, with the same name. Children
/// known to both sides by id are matched by the merge already. In the phone's order (oldest
/// first), then the file's.
pub fn possible_same_children(phone: &Diary, file: &Diary) -> Vec<PossibleSameChild> {
    let file_children: Vec<(&Child, String)> = file
        .children()
        .into_iter()
        .filter(|child| !knows_child(phone, &child.id))
        .map(|child| (child, child_name_key(&child.name)))
        .collect();
    let mut pairs = Vec::new();
    for mine in phone.children() {
        if knows_child(file, &mine.id) {
            continue;
        }
        let key = child_name_key(&mine.name);
        for (theirs, their_key) in &file_children {
            if *their_key == key {
                pairs.push(PossibleSameChild {
                    phone: mine.clone(),
                    file: (*theirs).clone(),
                });
            }
        }
    }
    pairs
}

/// The file's diary with each matched file child folded into the phone's child: the phone's
/// child is added to the file (when the file does not have it), the file's child removed, and its
/// entries given to the phone's child. The changes are dated `now`, or just after the newest
/// version they replace if that is later (a phone whose clock is behind), so that they win every
/// later merge. Merge the result into the phone with [`crate::diary::merge_diaries`], or call
/// [`merge_with_child_matches`]; preview it first with [`super::preview_restore`].
pub fn apply_child_matches(
    phone: &Diary,
    file: &Diary,
    matches: &[ChildMatch],
    now: i64,
) -> Result<Diary, ChildMatchError> {
    let mut matched = file.clone();
    let mut seen = HashSet::new();
    for ChildMatch {
        phone_child,
        file_child,
    } in matches
    {
        let mine = phone
            .child(phone_child)
            .ok_or_else(|| ChildMatchError::NotOnPhone {
                child: phone_child.clone(),
            })?;
        let theirs = file
            .child(file_child)
            .ok_or_else(|| ChildMatchError::NotInFile {
                child: file_child.clone(),
            })?;
        if knows_child(phone, file_child) {
            return Err(ChildMatchError::AlreadyOnPhone {
                child: file_child.clone(),
            });
        }
        if file.child(phone_child).is_none() && knows_child(file, phone_child) {
            return Err(ChildMatchError::RemovedInFile {
                child: phone_child.clone(),
            });
        }
        if !seen.insert(file_child) {
            return Err(ChildMatchError::MatchedTwice {
                child: file_child.clone(),
            });
        }
        if matched.child(phone_child).is_none() {
            matched
                .put_child(mine.clone())
                .expect("a child of a valid diary is valid");
        }
        let newest_replaced = matched
            .entries()
            .filter(|entry| entry.covers(file_child))
            .map(|entry| entry.modified_at)
            .fold(theirs.modified_at, i64::max);
        let at = now.max(newest_replaced.saturating_add(1));
        matched
            .remove_child(
                file_child,
                EntriesOfRemovedChild::ReassignTo(phone_child.clone()),
                at,
            )
            .expect("both children are present and differ");
    }
    Ok(matched)
}

/// « Fusionner » with the parent's matches: [`apply_child_matches`], then the merge.
pub fn merge_with_child_matches(
    phone: &Diary,
    file: &Diary,
    matches: &[ChildMatch],
    now: i64,
) -> Result<Diary, ChildMatchError> {
    let matched = apply_child_matches(phone, file, matches, now)?;
    Ok(merge_diaries(phone, &matched))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::tests::{child, entry};
    use crate::diary::EntryId;

    #[test]
    fn names_compare_without_case_accents_or_spaces() {
        let check = |a: &str, b: &str, expected: bool| {
            assert_eq!(same_child_name(a, b), expected, "{a:?} {b:?}");
        };
        check("Léa", "lea", true);
        check("Léa", "LÉA", true);
        check("Léa", " Lea ", true);
        check("Marie-Ève", "marie eve", true);
        check("Marie-Ève", "MARIEEVE", true);
        check("Chloé", "Chloe\u{301}", true);
        check("Zoë", "Zoe", true);
        check("Maëlle", "Maelle", true);
        check("Noé", "Noa", false);
        check("Léa", "Léo", false);
        check("Lou", "Louise", false);
        check("Œdipe", "oedipe", true);
        check("Ißa", "Issa", true);
        check("Ибрагим", "ибрагим", true);
        check("🦊", "🦊", true);
        check("-", "'", false);
    }

    /// Both phones created Léa (different ids); the file's Léa has two entries, one shared with
    /// Zoé, whom the phone does not have.
    fn two_phones() -> (Diary, Diary) {
        let mut phone = Diary::new();
        phone.put_child(child("a-lea", "Léa", (2015, 4))).unwrap();
        phone.put_child(child("a-hugo", "Hugo", (2018, 9))).unwrap();
        phone
            .put_entry(entry("a1", &["a-lea"], "2025-03-03", 30))
            .unwrap();
        let mut file = Diary::new();
        file.put_child(child("b-lea", "lea ", (2015, 4))).unwrap();
        file.put_child(child("b-zoe", "Zoé", (2019, 1))).unwrap();
        file.put_child(child("b-hugo", "Hugo", (2018, 9))).unwrap();
        file.put_entry(entry("b1", &["b-lea"], "2025-03-04", 20))
            .unwrap();
        file.put_entry(entry("b2", &["b-lea", "b-zoe"], "2025-03-05", 60))
            .unwrap();
        (phone, file)
    }

    #[test]
    fn children_with_the_same_name_and_different_ids_are_offered() {
        let (phone, file) = two_phones();
        let pairs = possible_same_children(&phone, &file);
        let pairs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|pair| (pair.phone.id.as_str(), pair.file.id.as_str()))
            .collect();
        assert_eq!(pairs, [("a-lea", "b-lea"), ("a-hugo", "b-hugo")]);

        let mut synced = file.clone();
        synced.put_child(child("a-lea", "Léa", (2015, 4))).unwrap();
        let pairs = possible_same_children(&phone, &synced);
        assert_eq!(
            pairs.len(),
            1,
            "a-lea is known to both: only Hugo is offered"
        );
        assert!(possible_same_children(&phone, &phone).is_empty());
    }

    #[test]
    fn a_match_repoints_the_entries_and_the_merge_has_one_child() {
        let (phone, file) = two_phones();
        let lea = PossibleSameChild {
            phone: phone.child(&ChildId::new("a-lea")).unwrap().clone(),
            file: file.child(&ChildId::new("b-lea")).unwrap().clone(),
        };
        let merged = merge_with_child_matches(&phone, &file, &[lea.to_match()], 100).unwrap();
        let names: Vec<&str> = merged.children().iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Léa", "Hugo", "Hugo", "Zoé"]);
        let children_of = |id: &str| -> Vec<&str> {
            let found = merged.entry(&EntryId::new(id)).unwrap();
            found.children.iter().map(|c| c.as_str()).collect()
        };
        assert_eq!(children_of("a1"), ["a-lea"]);
        assert_eq!(children_of("b1"), ["a-lea"]);
        assert_eq!(children_of("b2"), ["a-lea", "b-zoe"]);
        assert_eq!(merged.entry(&EntryId::new("b2")).unwrap().modified_at, 100);
        assert_eq!(merged.entry_count_of(&ChildId::new("a-lea")), 3);
        assert_eq!(
            merged.deleted_children().collect::<Vec<_>>(),
            [(&ChildId::new("b-lea"), 100)]
        );
        assert_eq!(merged.orphaned_entries().count(), 0);

        // The other phone merging the result converges on the same diary, and is not offered
        // the pair again (its Léa is removed; the parent left the Hugos apart).
        assert_eq!(merge_diaries(&file, &merged), merged);
        assert_eq!(possible_same_children(&file, &merged), []);
    }

    #[test]
    fn a_clock_behind_still_dates_the_match_after_what_it_replaces() {
        let (phone, mut file) = two_phones();
        let mut late = entry("b1", &["b-lea"], "2025-03-04", 20);
        late.modified_at = 500;
        file.put_entry(late).unwrap();
        let matches = [ChildMatch {
            phone_child: ChildId::new("a-lea"),
            file_child: ChildId::new("b-lea"),
        }];
        let matched = apply_child_matches(&phone, &file, &matches, 7).unwrap();
        assert_eq!(matched.entry(&EntryId::new("b1")).unwrap().modified_at, 501);
        assert_eq!(merge_diaries(&file, &matched), matched);
    }

    #[test]
    fn wrong_matches_are_refused() {
        let (phone, file) = two_phones();
        let check = |phone_child: &str, file_child: &str, expected: ChildMatchError| {
            let matches = [
                ChildMatch {
                    phone_child: ChildId::new(phone_child),
                    file_child: ChildId::new(file_child),
                },
                ChildMatch {
                    phone_child: ChildId::new("a-hugo"),
                    file_child: ChildId::new("b-hugo"),
                },
            ];
            assert_eq!(
                apply_child_matches(&phone, &file, &matches[..1], 9),
                Err(expected.clone())
            );
            assert_eq!(
                apply_child_matches(&phone, &file, &matches, 9),
                Err(expected)
            );
        };
        let id = |text: &str| ChildId::new(text);
        check(
            "zz",
            "b-lea",
            ChildMatchError::NotOnPhone { child: id("zz") },
        );
        check(
            "a-lea",
            "zz",
            ChildMatchError::NotInFile { child: id("zz") },
        );

        let mut both = file.clone();
        both.put_child(child("a-lea", "Léa", (2015, 4))).unwrap();
        assert_eq!(
            apply_child_matches(
                &phone,
                &phone,
                &[ChildMatch {
                    phone_child: id("a-lea"),
                    file_child: id("a-hugo")
                }],
                9
            ),
            Err(ChildMatchError::AlreadyOnPhone {
                child: id("a-hugo")
            })
        );
        let mut removed = file.clone();
        removed.put_child(child("a-lea", "Léa", (2015, 4))).unwrap();
        removed
            .remove_child(&id("a-lea"), EntriesOfRemovedChild::Remove, 5)
            .unwrap();
        assert_eq!(
            apply_child_matches(
                &phone,
                &removed,
                &[ChildMatch {
                    phone_child: id("a-lea"),
                    file_child: id("b-lea")
                }],
                9
            ),
            Err(ChildMatchError::RemovedInFile { child: id("a-lea") })
        );
        let twice = ChildMatch {
            phone_child: id("a-lea"),
            file_child: id("b-lea"),
        };
        assert_eq!(
            apply_child_matches(&phone, &file, &[twice.clone(), twice], 9),
            Err(ChildMatchError::MatchedTwice { child: id("b-lea") })
        );
        let matched = apply_child_matches(&phone, &both, &[], 9).unwrap();
        assert_eq!(matched, both, "no match, no change");
    }
}
