//! What a valid backup file holds, in words, before the parent chooses: its children, how many
//! entries and which dates, what is new to this phone, what « Fusionner » would change, and the
//! records changed on both sides with both versions' dates and the one kept.
//!
//! The core computes the preview (`preview_restore`); this module turns it into sentences once,
//! and the view shows them as text (names and notes are never HTML).

use crate::browser::clock::local_date_time;
use crate::i18n::backup::BackupTexts;
use ecrans_core::backup::{Conflict, PossibleSameChild, RecordVersion, RestorePreview};
use ecrans_core::calendar::format_long_date;
use ecrans_core::diary::{Diary, Entry, MergeSide, Modified};
use ecrans_core::duration_text::format_duration;
use ecrans_core::language::Language;
use leptos::prelude::*;

/// How many records changed on both sides are listed; the rest are counted.
const CONFLICTS_SHOWN: usize = 20;

/// One child of the file.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ChildLine {
    pub name: String,
    pub entries: String,
    pub is_new: bool,
}

/// One record changed on both sides.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ConflictLines {
    pub what: String,
    pub phone: String,
    pub file: String,
    pub kept: String,
}

/// One question « est-ce le même enfant ? ».
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairLines {
    pub question: String,
    pub phone: String,
    pub file: String,
}

/// The preview in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewLines {
    pub children: Vec<ChildLine>,
    pub entries: String,
    pub new_to_phone: String,
    pub merge_effect: String,
    pub conflicts: Vec<ConflictLines>,
    pub more_conflicts: Option<String>,
    pub pairs: Vec<PairLines>,
    pub replace_loss: String,
}

/// When a version was written, in words (« 3 mars 2025 à 18:02 »).
fn when(texts: &BackupTexts, millis: i64) -> String {
    local_date_time(millis)
        .map(|at| (texts.date_time)(at))
        .unwrap_or_else(|| "?".to_owned())
}

/// An entry in a few words: « lundi 3 mars · Léa, Hugo · 45 min · Télévision ».
fn entry_words(entry: &Entry, own: &Diary, other: &Diary, language: Language) -> String {
    let names: Vec<&str> = entry
        .children
        .iter()
        .filter_map(|id| own.child(id).or_else(|| other.child(id)))
        .map(|child| child.name.as_str())
        .collect();
    format!(
        "{} · {} · {} · {}",
        format_long_date(entry.date, language),
        names.join(", "),
        format_duration(u32::from(entry.minutes), language),
        entry.screen.label(language)
    )
}

fn version_line<T: Modified>(
    version: &RecordVersion<T>,
    line: fn(bool, &str) -> String,
    texts: &BackupTexts,
) -> String {
    let deleted = matches!(version, RecordVersion::Deleted { .. });
    line(deleted, &when(texts, version.changed_at()))
}

impl ConflictLines {
    /// The lines of `conflict`, a child or an entry described by `what`.
    fn of<I, T: Modified>(what: String, conflict: &Conflict<I, T>, texts: &BackupTexts) -> Self {
        ConflictLines {
            what,
            phone: version_line(&conflict.phone, texts.version_phone, texts),
            file: version_line(&conflict.file, texts.version_file, texts),
            kept: match conflict.kept {
                MergeSide::First => texts.kept_phone,
                MergeSide::Second => texts.kept_file,
            }
            .to_owned(),
        }
    }
}

/// The question and the two children's details of a possible same child.
fn pair_lines(
    pair: &PossibleSameChild,
    phone: &Diary,
    file: &Diary,
    texts: &BackupTexts,
) -> PairLines {
    let detail = |place: &str, diary: &Diary, child: &ecrans_core::diary::Child| {
        (texts.same_child_detail)(
            place,
            &(texts.month_year)(child.birth.month(), child.birth.year()),
            diary.entry_count_of(&child.id),
        )
    };
    PairLines {
        question: (texts.same_child_question)(&pair.phone.name, &pair.file.name),
        phone: detail(texts.on_phone, phone, &pair.phone),
        file: detail(texts.in_file, file, &pair.file),
    }
}

/// The preview of `file` against `phone`, in words.
pub fn preview_lines(
    preview: &RestorePreview,
    phone: &Diary,
    file: &Diary,
    language: Language,
    texts: &BackupTexts,
) -> PreviewLines {
    let children = preview
        .children
        .iter()
        .map(|child| ChildLine {
            name: child.child.name.clone(),
            entries: (texts.moments)(child.entry_count),
            is_new: child.is_new,
        })
        .collect();
    let dates = preview
        .dates
        .map(|span| ((texts.date)(span.first), (texts.date)(span.last)));
    let entries = (texts.preview_entries)(
        preview.entry_count,
        dates
            .as_ref()
            .map(|(first, last)| (first.as_str(), last.as_str())),
    );
    let new_to_phone = (texts.preview_new)(preview.new_children().count(), preview.new_entry_count);
    let merge = &preview.merge;
    let merge_effect = (texts.merge_effect)(
        merge.children_added,
        merge.entries_added,
        merge.entries_changed,
        merge.entries_removed,
    );

    let mut conflicts = Vec::new();
    for conflict in &preview.child_conflicts {
        let name = [&conflict.phone, &conflict.file]
            .into_iter()
            .find_map(|version| match version {
                RecordVersion::Present(child) => Some(child.name.clone()),
                RecordVersion::Deleted { .. } => None,
            })
            .unwrap_or_default();
        conflicts.push(ConflictLines::of(
            (texts.conflict_child)(&name),
            conflict,
            texts,
        ));
    }
    for conflict in &preview.entry_conflicts {
        let what = match (&conflict.phone, &conflict.file) {
            (RecordVersion::Present(entry), _) => entry_words(entry, phone, file, language),
            (_, RecordVersion::Present(entry)) => entry_words(entry, file, phone, language),
            _ => String::new(),
        };
        conflicts.push(ConflictLines::of(what, conflict, texts));
    }
    let hidden = conflicts.len().saturating_sub(CONFLICTS_SHOWN);
    conflicts.truncate(CONFLICTS_SHOWN);
    let more_conflicts = (hidden > 0).then(|| (texts.conflicts_more)(hidden));

    let pairs = preview
        .possible_same_children
        .iter()
        .map(|pair| pair_lines(pair, phone, file, texts))
        .collect();

    let children_lost = phone
        .children()
        .into_iter()
        .filter(|child| file.child(&child.id).is_none())
        .count();
    let entries_lost = phone
        .entries()
        .filter(|entry| file.entry(&entry.id).is_none())
        .count();
    PreviewLines {
        children,
        entries,
        new_to_phone,
        merge_effect,
        conflicts,
        more_conflicts,
        pairs,
        replace_loss: (texts.replace_loss)(children_lost, entries_lost),
    }
}

/// The summary of the file: children, entries and dates, what is new, what a merge changes,
/// and the records changed on both sides.
#[component]
pub fn PreviewSummary(
    lines: Memo<Option<PreviewLines>>,
    texts: Signal<&'static BackupTexts>,
) -> impl IntoView {
    let children = move || {
        lines.with(|lines| {
            lines
                .as_ref()
                .map(|lines| lines.children.clone())
                .unwrap_or_default()
        })
    };
    let conflicts = move || {
        lines.with(|lines| {
            lines
                .as_ref()
                .map(|lines| lines.conflicts.clone())
                .unwrap_or_default()
        })
    };
    let line = move |pick: fn(&PreviewLines) -> String| {
        move || lines.with(|lines| lines.as_ref().map(pick).unwrap_or_default())
    };
    view! {
        <h5 class="backup-subtitle">{move || texts.get().preview_children}</h5>
        <Show
            when=move || !children().is_empty()
            fallback=move || view! { <p>{move || texts.get().preview_no_children}</p> }
        >
            <ul class="backup-children">
                <For each=children key=|child| child.clone() let:child>
                    <li>
                        <span class="backup-child-name">{child.name.clone()}</span>
                        " · "
                        <span>{child.entries.clone()}</span>
                        {child
                            .is_new
                            .then(|| {
                                view! {
                                    <span class="backup-tag">{move || texts.get().child_new}</span>
                                }
                            })}
                    </li>
                </For>
            </ul>
        </Show>
        <p>{line(|l| l.entries.clone())}</p>
        <p class="backup-new">{line(|l| l.new_to_phone.clone())}</p>
        <p>{line(|l| l.merge_effect.clone())}</p>
        <Show when=move || !conflicts().is_empty()>
            <h5 class="backup-subtitle">{move || texts.get().conflicts_title}</h5>
            <p>{move || texts.get().conflicts_intro}</p>
            <ul class="backup-conflicts">
                <For each=conflicts key=|conflict| conflict.clone() let:conflict>
                    <li>
                        <p class="backup-conflict-what">{conflict.what.clone()}</p>
                        <p>{conflict.phone.clone()}</p>
                        <p>{conflict.file.clone()}</p>
                        <p class="backup-conflict-kept">{conflict.kept.clone()}</p>
                    </li>
                </For>
            </ul>
            <p>{line(|l| l.more_conflicts.clone().unwrap_or_default())}</p>
        </Show>
    }
}
