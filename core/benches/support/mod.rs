//! The diary the benchmarks share: a family of four children with four entries a day for each
//! child (one in eight shared with a sibling), ending on 31 December 2025, built deterministically.
//! Used by `benches/diary.rs` and `benches/charts.rs`.

use chrono::{Days, NaiveDate};
use ecrans_core::diary::{
    Activity, BirthMonth, Child, ChildId, Diary, Entry, EntryId, Moment, Screen,
};

const LAST_DAY: (i32, u32, u32) = (2025, 12, 31);
const CHILDREN: [(&str, i32); 4] = [("Léa", 2012), ("Hugo", 2015), ("Inès", 2018), ("Noé", 2020)];

pub fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(LAST_DAY.0, LAST_DAY.1, LAST_DAY.2).unwrap()
}

/// A diary of `years` years ending on `LAST_DAY`.
pub fn diary_of_years(years: u64) -> Diary {
    let mut diary = Diary::new();
    let ids: Vec<ChildId> = (0..CHILDREN.len())
        .map(|i| ChildId::new(format!("child-{i}")))
        .collect();
    for ((name, year), id) in CHILDREN.iter().zip(&ids) {
        let child = Child {
            id: id.clone(),
            name: (*name).to_owned(),
            badge: None,
            birth: BirthMonth::new(*year, 5).unwrap(),
            daily_limit: Some(60),
            modified_at: 0,
        };
        diary.put_child(child).unwrap();
    }
    let days = years * 365;
    let first = last_day() - Days::new(days - 1);
    let mut serial = 0u64;
    for day in 0..days {
        let date = first + Days::new(day);
        for (index, child) in ids.iter().enumerate() {
            for slot in 0..4usize {
                serial += 1;
                let mut children = vec![child.clone()];
                if serial.is_multiple_of(8) {
                    children.push(ids[(index + 1) % ids.len()].clone());
                }
                let entry = Entry {
                    id: EntryId::new(format!("entry-{serial:08}")),
                    children,
                    date,
                    moment: Moment::ALL[(slot + day as usize) % Moment::ALL.len()],
                    start: None,
                    minutes: 10 + (serial % 50) as u16,
                    screen: Screen::ALL[serial as usize % Screen::ALL.len()],
                    activity: Activity::ALL[(serial / 3) as usize % Activity::ALL.len()],
                    with_adult: serial.is_multiple_of(3),
                    in_bedroom: serial.is_multiple_of(11),
                    note: if serial.is_multiple_of(20) {
                        "Dessin animé avant le dîner".to_owned()
                    } else {
                        String::new()
                    },
                    modified_at: 1_600_000_000_000 + serial as i64,
                };
                diary.put_entry(entry).unwrap();
            }
        }
    }
    diary
}
