//! Durations, percentages and counts of days written out for people, in French and English, in
//! one place: « 1 h 25 », "1 h 25 min", « 28 % », « 5 jours renseignés sur 7 ».
//!
//! Every chart, table and sentence of the core goes through these functions, so a duration reads
//! the same everywhere, typeset (`crate::typography`: « 1 h 25 » never breaks after « 1 »,
//! « 28 % » never before « % »). Nothing here knows about the diary.

use crate::language::Language;
use crate::typography::typeset;

/// A duration in the compact form of charts and tables: « 0 min », « 45 min », « 1 h »,
/// « 1 h 05 », « 12 h 30 »; in English "45 min", "1 h", "1 h 5 min", "1 h 25 min".
pub fn format_duration(minutes: u32, language: Language) -> String {
    typeset(&format_duration_written(minutes, language), language)
}

fn format_duration_written(minutes: u32, language: Language) -> String {
    let (hours, rest) = (minutes / 60, minutes % 60);
    match (language, hours, rest) {
        (_, 0, _) => format!("{rest} min"),
        (_, _, 0) => format!("{hours} h"),
        (Language::Fr, _, _) => format!("{hours} h {rest:02}"),
        (Language::En, _, _) => format!("{hours} h {rest} min"),
    }
}

/// A duration for the tight spots of a chart (a label over a bar, an axis tick): as
/// [`format_duration`], but English leaves out « min » after the hours (« 2 h 20 », "2 h 20").
pub fn format_duration_compact(minutes: u32, language: Language) -> String {
    typeset(
        &format_duration_compact_written(minutes, language),
        language,
    )
}

fn format_duration_compact_written(minutes: u32, language: Language) -> String {
    match (language, minutes / 60, minutes % 60) {
        (Language::En, hours, rest) if hours > 0 && rest > 0 => format!("{hours} h {rest:02}"),
        _ => format_duration(minutes, language),
    }
}

/// A duration as written in a sentence: under an hour the unit is spelt out (« 1 minute »,
/// « 40 minutes »); from an hour on it is the compact form (« 1 h 25 »).
pub fn format_duration_in_words(minutes: u32, language: Language) -> String {
    typeset(
        &format_duration_in_words_written(minutes, language),
        language,
    )
}

fn format_duration_in_words_written(minutes: u32, language: Language) -> String {
    match (minutes, language) {
        (0..=1, Language::Fr) => format!("{minutes} minute"),
        (1, Language::En) => "1 minute".to_owned(),
        (0..=59, _) => format!("{minutes} minutes"),
        _ => format_duration(minutes, language),
    }
}

/// A whole percentage: « 28 % » in French (a space before the sign), "28%" in English.
pub fn format_percent(percent: i64, language: Language) -> String {
    typeset(&format_percent_written(percent, language), language)
}

fn format_percent_written(percent: i64, language: Language) -> String {
    match language {
        Language::Fr => format!("{percent} %"),
        Language::En => format!("{percent}%"),
    }
}

/// How many days of a period were filled in: « 5 jours renseignés sur 7 »,
/// « 1 jour renseigné sur 7 », « aucun jour renseigné sur 7 »; "5 days filled in out of 7".
pub fn format_days_filled_in(filled_in: u32, days: u32, language: Language) -> String {
    typeset(
        &format_days_filled_in_written(filled_in, days, language),
        language,
    )
}

fn format_days_filled_in_written(filled_in: u32, days: u32, language: Language) -> String {
    match (language, filled_in) {
        (Language::Fr, 0) => format!("aucun jour renseigné sur {days}"),
        (Language::Fr, 1) => format!("1 jour renseigné sur {days}"),
        (Language::Fr, _) => format!("{filled_in} jours renseignés sur {days}"),
        (Language::En, 0) => format!("no day filled in out of {days}"),
        (Language::En, 1) => format!("1 day filled in out of {days}"),
        (Language::En, _) => format!("{filled_in} days filled in out of {days}"),
    }
}

/// A count of days: « 1 jour », « 3 jours », "1 day", "3 days" (« 0 jour » in French).
pub fn format_day_count(days: u32, language: Language) -> String {
    typeset(&format_day_count_written(days, language), language)
}

fn format_day_count_written(days: u32, language: Language) -> String {
    match (language, days) {
        (Language::Fr, 0..=1) => format!("{days} jour"),
        (Language::Fr, _) => format!("{days} jours"),
        (Language::En, 1) => "1 day".to_owned(),
        (Language::En, _) => format!("{days} days"),
    }
}

/// `text` with its first letter in lower case, for a label used inside a sentence
/// (« Vidéos et dessins animés » → « vidéos et dessins animés »).
pub(crate) fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` with its first letter in upper case, for the start of a sentence.
pub(crate) fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_the_same_everywhere() {
        let check = |minutes: u32, fr: &str, en: &str| {
            assert_eq!(format_duration(minutes, Language::Fr), fr, "{minutes}");
            assert_eq!(format_duration(minutes, Language::En), en, "{minutes}");
        };
        check(0, "0\u{a0}min", "0\u{a0}min");
        check(45, "45\u{a0}min", "45\u{a0}min");
        check(60, "1\u{a0}h", "1\u{a0}h");
        check(65, "1\u{a0}h\u{a0}05", "1\u{a0}h\u{a0}5\u{a0}min");
        check(85, "1\u{a0}h\u{a0}25", "1\u{a0}h\u{a0}25\u{a0}min");
        check(750, "12\u{a0}h\u{a0}30", "12\u{a0}h\u{a0}30\u{a0}min");
        check(1440, "24\u{a0}h", "24\u{a0}h");
        assert_eq!(
            format_duration_compact(140, Language::En),
            "2\u{a0}h\u{a0}20"
        );
        assert_eq!(
            format_duration_compact(65, Language::En),
            "1\u{a0}h\u{a0}05"
        );
        assert_eq!(
            format_duration_compact(65, Language::Fr),
            "1\u{a0}h\u{a0}05"
        );
        assert_eq!(format_duration_compact(45, Language::En), "45\u{a0}min");
        assert_eq!(format_duration_compact(120, Language::En), "2\u{a0}h");
    }

    #[test]
    fn sentences_spell_out_short_durations() {
        let check = |minutes: u32, language: Language, expected: &str| {
            assert_eq!(
                format_duration_in_words(minutes, language),
                expected,
                "{minutes} {language:?}"
            );
        };
        check(1, Language::Fr, "1\u{a0}minute");
        check(0, Language::Fr, "0\u{a0}minute");
        check(40, Language::Fr, "40\u{a0}minutes");
        check(85, Language::Fr, "1\u{a0}h\u{a0}25");
        check(1, Language::En, "1\u{a0}minute");
        check(0, Language::En, "0\u{a0}minutes");
        check(35, Language::En, "35\u{a0}minutes");
        check(120, Language::En, "2\u{a0}h");
    }

    #[test]
    fn percentages_and_days_follow_each_language() {
        assert_eq!(format_percent(28, Language::Fr), "28\u{202f}%");
        assert_eq!(format_percent(-5, Language::En), "-5%");
        assert_eq!(
            format_days_filled_in(5, 7, Language::Fr),
            "5\u{a0}jours renseignés sur 7"
        );
        assert_eq!(
            format_days_filled_in(1, 7, Language::Fr),
            "1\u{a0}jour renseigné sur 7"
        );
        assert_eq!(
            format_days_filled_in(0, 7, Language::Fr),
            "aucun jour renseigné sur 7"
        );
        assert_eq!(
            format_days_filled_in(5, 7, Language::En),
            "5 days filled in out of 7"
        );
        assert_eq!(format_day_count(1, Language::Fr), "1\u{a0}jour");
        assert_eq!(format_day_count(2, Language::En), "2 days");
        assert_eq!(
            lower_first("Vidéos et dessins animés"),
            "vidéos et dessins animés"
        );
        assert_eq!(upper_first("mardi"), "Mardi");
        assert_eq!(upper_first(""), "");
    }
}
