//! Quick logging: a new entry's draft for `now`, its moment guessed from the time of day, and its
//! children, screen and activity taken from the last entry written.
//!
//! The guess is only a starting point that the parent can change. `now` is passed in (local time).

use chrono::{NaiveDateTime, NaiveTime};

use super::{Activity, ChildId, Diary, EntryDraft, EntryId, Moment, Screen};

/// Where each guessed moment starts, in local time; each lasts until the next one starts, and the
/// last one (bedtime, from 20:30) runs past midnight until 04:00.
///
/// | from  | moment |
/// |-------|--------|
/// | 04:00 | morning before school |
/// | 08:30 | daytime |
/// | 11:30 | meal (lunch) |
/// | 13:30 | daytime |
/// | 16:30 | after school |
/// | 18:30 | evening |
/// | 19:00 | meal (dinner) |
/// | 20:00 | evening |
/// | 20:30 | bedtime |
pub const MOMENT_STARTS: [((u32, u32), Moment); 9] = [
    ((4, 0), Moment::Morning),
    ((8, 30), Moment::Daytime),
    ((11, 30), Moment::Meal),
    ((13, 30), Moment::Daytime),
    ((16, 30), Moment::AfterSchool),
    ((18, 30), Moment::Evening),
    ((19, 0), Moment::Meal),
    ((20, 0), Moment::Evening),
    ((20, 30), Moment::Bedtime),
];

/// The moment of the day most likely at `time` (see [`MOMENT_STARTS`]).
pub fn moment_at(time: NaiveTime) -> Moment {
    let since_midnight = |(hour, minute): (u32, u32)| {
        NaiveTime::from_hms_opt(hour, minute, 0).expect("MOMENT_STARTS holds real times")
    };
    MOMENT_STARTS
        .iter()
        .rev()
        .find(|(start, _)| since_midnight(*start) <= time)
        .map_or(Moment::Bedtime, |(_, moment)| *moment)
}

/// What a new entry copies from the last one written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prefill {
    /// The last entry's children still in the diary.
    pub children: Vec<ChildId>,
    /// Its screen.
    pub screen: Screen,
    /// Its activity.
    pub activity: Activity,
}

/// The children, screen and activity of the entry written last (greatest `modified_at`, then
/// greatest id), skipping entries none of whose children is still present.
pub fn last_entry_prefill(diary: &Diary) -> Option<Prefill> {
    let present = |child: &ChildId| diary.child(child).is_some();
    let last = diary
        .entries()
        .filter(|entry| entry.children.iter().any(present))
        .max_by(|a, b| (a.modified_at, &a.id).cmp(&(b.modified_at, &b.id)))?;
    Some(Prefill {
        children: last
            .children
            .iter()
            .filter(|c| present(c))
            .cloned()
            .collect(),
        screen: last.screen,
        activity: last.activity,
    })
}

/// A new entry's draft for `now`: today's date, the moment guessed from the time, and the last
/// entry's children, screen and activity (or the only child, when there is just one). The
/// duration, start time and note are left empty; with an adult and in the bedroom are off.
pub fn new_entry_draft(
    diary: &Diary,
    now: NaiveDateTime,
    id: EntryId,
    modified_at: i64,
) -> EntryDraft {
    let prefill = last_entry_prefill(diary);
    let children = match (&prefill, diary.children().as_slice()) {
        (Some(prefill), _) => prefill.children.clone(),
        (None, [only]) => vec![only.id.clone()],
        (None, _) => Vec::new(),
    };
    EntryDraft {
        id,
        children,
        date: now.date().format("%Y-%m-%d").to_string(),
        moment: Some(moment_at(now.time())),
        screen: prefill.as_ref().map(|p| p.screen),
        activity: prefill.as_ref().map(|p| p.activity),
        modified_at,
        ..EntryDraft::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::tests::{entry, family};
    use crate::diary::EntriesOfRemovedChild;

    #[test]
    fn the_moment_is_guessed_from_the_time_of_day() {
        let check = |time: &str, expected: Moment| {
            let time = NaiveTime::parse_from_str(time, "%H:%M").unwrap();
            assert_eq!(moment_at(time), expected, "{time}");
        };
        check("00:00", Moment::Bedtime);
        check("03:59", Moment::Bedtime);
        check("04:00", Moment::Morning);
        check("07:45", Moment::Morning);
        check("08:29", Moment::Morning);
        check("08:30", Moment::Daytime);
        check("11:29", Moment::Daytime);
        check("11:30", Moment::Meal);
        check("13:29", Moment::Meal);
        check("13:30", Moment::Daytime);
        check("16:30", Moment::AfterSchool);
        check("18:29", Moment::AfterSchool);
        check("18:30", Moment::Evening);
        check("19:00", Moment::Meal);
        check("19:59", Moment::Meal);
        check("20:00", Moment::Evening);
        check("20:29", Moment::Evening);
        check("20:30", Moment::Bedtime);
        check("23:59", Moment::Bedtime);
    }

    #[test]
    fn the_last_written_entry_is_copied() {
        let mut diary = family();
        assert_eq!(last_entry_prefill(&diary), None);
        let mut older_but_later_date = entry("a", &["ines"], "2025-03-09", 20);
        older_but_later_date.modified_at = 10;
        let mut last = entry("b", &["lea", "hugo"], "2025-03-08", 90);
        last.modified_at = 20;
        last.screen = Screen::Console;
        last.activity = Activity::Games;
        diary.put_entry(older_but_later_date).unwrap();
        diary.put_entry(last).unwrap();
        let expected = Prefill {
            children: vec![ChildId::new("hugo"), ChildId::new("lea")],
            screen: Screen::Console,
            activity: Activity::Games,
        };
        assert_eq!(last_entry_prefill(&diary), Some(expected));

        diary
            .remove_child(&ChildId::new("lea"), EntriesOfRemovedChild::Remove, 30)
            .unwrap();
        assert_eq!(
            last_entry_prefill(&diary).unwrap().children,
            [ChildId::new("hugo")]
        );
    }

    #[test]
    fn a_new_draft_is_dated_now_and_prefilled() {
        let now = "2025-03-12T07:40:00".parse::<NaiveDateTime>().unwrap();
        let mut diary = family();
        let draft = new_entry_draft(&diary, now, EntryId::new("n1"), 99);
        assert_eq!(
            (draft.date.as_str(), draft.moment),
            ("2025-03-12", Some(Moment::Morning))
        );
        assert_eq!(
            (draft.children.len(), draft.screen, draft.modified_at),
            (0, None, 99)
        );

        diary
            .put_entry(entry("a", &["ines"], "2025-03-11", 20))
            .unwrap();
        let draft = new_entry_draft(&diary, now, EntryId::new("n2"), 100);
        assert_eq!(
            (draft.children, draft.screen, draft.activity),
            (
                vec![ChildId::new("ines")],
                Some(Screen::Tv),
                Some(Activity::Videos)
            )
        );
        assert!(draft.minutes.is_empty() && draft.start.is_empty() && !draft.in_bedroom);

        let mut only_child = crate::diary::Diary::new();
        only_child
            .put_child(crate::diary::tests::child("solo", "Solo", (2018, 1)))
            .unwrap();
        assert_eq!(
            new_entry_draft(&only_child, now, EntryId::new("n3"), 1).children,
            [ChildId::new("solo")]
        );
    }
}
