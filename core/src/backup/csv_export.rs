//! The spreadsheet export: the diary's entries as CSV, one row per entry and child, for a parent
//! who wants to read or sum them in LibreOffice or Excel. It is not a backup and cannot be
//! restored (the restore recognises it and says so).
//!
//! Choices, all deliberate:
//! - **UTF-8 with a byte-order mark.** Excel reads a CSV file without a BOM in the system's legacy
//!   code page, which mangles « é »; with the BOM it reads UTF-8. LibreOffice accepts both.
//! - **The separator follows the language: `;` in French, `,` in English.** French Excel (like
//!   Excel in every locale whose decimal mark is a comma) splits only on `;` when a file is
//!   opened by double-click, English Excel only on `,`. LibreOffice asks in its import dialog
//!   and detects either. No field is a decimal number, so neither separator is ambiguous.
//!   A `sep=;` first line is not written: Excel then ignores the BOM and the accents break.
//! - **RFC 4180:** CRLF line ends, a header row, and a field is put in double quotes (with inner
//!   quotes doubled) when it holds the separator, a quote, or a line break.
//! - **Formula injection is neutralised:** a name or note that starts with `=`, `+`, `-`, `@`, a
//!   tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text and
//!   never runs it (OWASP's advice for CSV injection). The other columns are the app's own
//!   labels, ISO dates and whole numbers.
//! - **Only present children:** an entry of a removed child (kept by a merge, see
//!   [`Diary::orphaned_entries`]) has no name to show, so, like the app's views, the export skips
//!   it; the backup keeps it.

use crate::diary::{Diary, Entry};
use crate::language::Language;

/// The CSV file's byte-order mark, for Excel.
const BOM: char = '\u{feff}';

/// The field separator for `language`: `;` in French, `,` in English.
pub fn csv_separator(language: Language) -> char {
    match language {
        Language::Fr => ';',
        Language::En => ',',
    }
}

/// The column titles, in `language`.
fn column_titles(language: Language) -> [&'static str; 10] {
    match language {
        Language::Fr => [
            "date",
            "enfant",
            "minutes",
            "écran",
            "activité",
            "moment",
            "heure de début",
            "avec un adulte",
            "dans la chambre",
            "note",
        ],
        Language::En => [
            "date",
            "child",
            "minutes",
            "screen",
            "activity",
            "moment",
            "start time",
            "with an adult",
            "in the bedroom",
            "note",
        ],
    }
}

/// The header row as written (without the BOM and the line end): the restore uses it to
/// recognise the export.
pub(super) fn csv_header(language: Language) -> String {
    let separator = csv_separator(language).to_string();
    column_titles(language).join(&separator)
}

/// The diary's entries as a CSV text (see the module's notes), rows by date then entry id, one
/// per child of the entry who is present in the diary. The text starts with a BOM and each line
/// ends with CRLF.
pub fn export_entries_csv(diary: &Diary, language: Language) -> String {
    let separator = csv_separator(language);
    let mut csv = String::with_capacity(64 + diary.entry_count() * 96);
    csv.push(BOM);
    csv.push_str(&csv_header(language));
    csv.push_str("\r\n");
    for entry in diary.entries() {
        for child in entry.children.iter().filter_map(|id| diary.child(id)) {
            push_row(&mut csv, &row(entry, &child.name, language), separator);
        }
    }
    csv
}

/// One row's fields, in column order.
fn row(entry: &Entry, name: &str, language: Language) -> [String; 10] {
    let yes_no = |flag: bool| {
        match (language, flag) {
            (Language::Fr, true) => "oui",
            (Language::Fr, false) => "non",
            (Language::En, true) => "yes",
            (Language::En, false) => "no",
        }
        .to_owned()
    };
    [
        entry.date.format("%Y-%m-%d").to_string(),
        neutralise_formula(name),
        entry.minutes.to_string(),
        entry.screen.label(language).to_owned(),
        entry.activity.label(language).to_owned(),
        entry.moment.label(language).to_owned(),
        entry
            .start
            .map(|time| time.format("%H:%M").to_string())
            .unwrap_or_default(),
        yes_no(entry.with_adult),
        yes_no(entry.in_bedroom),
        neutralise_formula(&entry.note),
    ]
}

fn push_row(csv: &mut String, fields: &[String], separator: char) {
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            csv.push(separator);
        }
        push_field(csv, field, separator);
    }
    csv.push_str("\r\n");
}

/// Writes a field, quoted when it holds the separator, a quote or a line break (RFC 4180).
fn push_field(csv: &mut String, field: &str, separator: char) {
    let needs_quotes = field.contains([separator, '"', '\r', '\n']);
    if !needs_quotes {
        csv.push_str(field);
        return;
    }
    csv.push('"');
    for c in field.chars() {
        if c == '"' {
            csv.push('"');
        }
        csv.push(c);
    }
    csv.push('"');
}

/// The characters that make a spreadsheet read a cell as a formula (or hide one behind them).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// User text made safe for a spreadsheet: a leading apostrophe when it would start a formula.
fn neutralise_formula(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::tests::{entry, family};
    use crate::diary::{merge_diaries, ChildId, EntriesOfRemovedChild, Screen};

    #[test]
    fn user_text_that_would_start_a_formula_gets_an_apostrophe() {
        let check = |text: &str, expected: &str| {
            assert_eq!(neutralise_formula(text), expected, "{text:?}");
        };
        check("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")");
        check("+33 6 00", "'+33 6 00");
        check("-5 min", "'-5 min");
        check("@SUM(A1)", "'@SUM(A1)");
        check("\t=1+1", "'\t=1+1");
        check("\r=1+1", "'\r=1+1");
        check("Léa", "Léa");
        check("a=b", "a=b");
        check("", "");
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        let check = |field: &str, separator: char, expected: &str| {
            let mut csv = String::new();
            push_field(&mut csv, field, separator);
            assert_eq!(csv, expected, "{field:?}");
        };
        check("plain", ';', "plain");
        check("a;b", ';', "\"a;b\"");
        check("a,b", ';', "a,b");
        check("a,b", ',', "\"a,b\"");
        check("« Le \"Roi\" lion »", ';', "\"« Le \"\"Roi\"\" lion »\"");
        check("two\nlines", ';', "\"two\nlines\"");
        check("cr\r", ',', "\"cr\r\"");
    }

    #[test]
    fn the_export_has_a_bom_a_header_and_one_row_per_entry_and_child() {
        let mut diary = family();
        let mut film = entry("e1", &["lea", "hugo"], "2025-03-08", 95);
        film.note = "=1+1; « Roi lion »".into();
        film.with_adult = true;
        film.start = chrono::NaiveTime::from_hms_opt(20, 0, 0);
        diary.put_entry(film).unwrap();
        let mut game = entry("e2", &["ines"], "2025-03-03", 20);
        game.screen = Screen::Console;
        game.in_bedroom = true;
        diary.put_entry(game).unwrap();

        let fr = export_entries_csv(&diary, Language::Fr);
        assert_eq!(
            fr,
            "\u{feff}date;enfant;minutes;écran;activité;moment;heure de début;avec un adulte;dans la chambre;note\r\n2025-03-03;Inès;20;Console de jeux;Vidéos et dessins animés;Après l’école;;non;oui;\r\n2025-03-08;Hugo;95;Télévision;Vidéos et dessins animés;Après l’école;20:00;oui;non;\"'=1+1; « Roi lion »\"\r\n2025-03-08;Léa;95;Télévision;Vidéos et dessins animés;Après l’école;20:00;oui;non;\"'=1+1; « Roi lion »\"\r\n"
        );
        let en = export_entries_csv(&diary, Language::En);
        assert!(en.starts_with(
            "\u{feff}date,child,minutes,screen,activity,moment,start time,with an adult,\
             in the bedroom,note\r\n2025-03-03,Inès,20,Games console,Videos and cartoons,\
             After school,,no,yes,\r\n"
        ));
        assert!(en.ends_with(",'=1+1; « Roi lion »\r\n"), "{en}");

        let mut without_ines = family();
        without_ines
            .remove_child(&ChildId::new("ines"), EntriesOfRemovedChild::Remove, 9)
            .unwrap();
        let merged = merge_diaries(&diary, &without_ines);
        assert_eq!(merged.orphaned_entries().count(), 1);
        let csv = export_entries_csv(&merged, Language::Fr);
        let rows: Vec<&str> = csv.lines().skip(1).map(|line| &line[..16]).collect();
        assert_eq!(
            rows,
            ["2025-03-08;Hugo;", "2025-03-08;Léa;"],
            "the orphaned entry has no row"
        );
    }
}
