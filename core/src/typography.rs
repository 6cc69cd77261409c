//! Typography of displayed text: the spaces and apostrophes French wants, and English's own.
//!
//! [`typeset`] takes text as an author typed it (ordinary spaces, straight apostrophes) and
//! gives the text to show, so that a projected line never breaks before « ? » or a closing « »,
//! nor between « 1 h » and « 20 ». It is applied where text is rendered (every slide, note and
//! source of the bundled deck, every interface string of `ecrans-i18n`, and the sentences, charts
//! and tables the core writes for display), so text written later gets it too.
//!
//! French, as this project chose it (the rules of the *Lexique des règles typographiques en
//! usage à l'Imprimerie nationale*, with the narrow space that screens now draw well):
//! - a narrow no-break space (U+202F) before « ; », « ! », « ? », before « % », after « « »
//!   and before « » », and between groups of three digits (« 18 000 »);
//! - a no-break space (U+00A0) before « : », and between a number and its unit (« 56 min »,
//!   « 1 h 20 », « 11 ans »);
//! - a typographic apostrophe (’) for « ' » after a letter.
//!
//! English: the typographic apostrophe, no space before « % » (« 26% »), and a no-break space
//! between a number and a unit of time (« 56 min »). Nothing else.
//!
//! Addresses (`https://…`, `www.…`, `mailto:…`, `tel:…`) are copied untouched, and so are times
//! (« 20:30 ») and any punctuation not preceded by a space or a letter, which keeps Markdown-like
//! signs (`(+)`, `**`, `![`) as they are. Applying it twice changes nothing more.

use crate::language::Language;

/// The narrow no-break space (« espace fine insécable »).
pub const NARROW_NO_BREAK_SPACE: char = '\u{202F}';
/// The no-break space (« espace insécable »).
pub const NO_BREAK_SPACE: char = '\u{A0}';
/// The typographic apostrophe.
pub const APOSTROPHE: char = '\u{2019}';
/// The word joiner put on both sides of the dash of a range of numbers (« 7–17 »), so a line
/// never breaks there.
pub const WORD_JOINER: char = '\u{2060}';

/// Units and counters a number keeps on its line in French (whole words only).
const FRENCH_UNITS: &[&str] = &[
    "h",
    "min",
    "s",
    "ans",
    "an",
    "mois",
    "jours",
    "jour",
    "j",
    "heures",
    "heure",
    "minutes",
    "minute",
    "secondes",
    "millions",
    "million",
    "milliards",
    "fois",
    "points",
    "km",
    "m",
    "cm",
    "kg",
    "g",
    "€",
    "Mo",
    "Go",
    "ko",
    "Ko",
    "octets",
    "élèves",
    "enfants",
    "parents",
    "collèges",
];

/// Units a number keeps on its line in English (whole words only).
const ENGLISH_UNITS: &[&str] = &[
    "h", "min", "s", "hours", "hour", "minutes", "minute", "years", "million",
];

/// The text to show for `text` written in `language`.
pub fn typeset(text: &str, language: Language) -> String {
    typeset_between(text, language, None, None)
}

/// Like [`typeset`], for a piece of a longer run: `before` and `after` are the characters next
/// to it (the end of the previous piece, the start of the next), read but not copied, so the
/// rules see across bold or a link (« **56** min »).
pub fn typeset_between(
    text: &str,
    language: Language,
    before: Option<char>,
    after: Option<char>,
) -> String {
    let mut chars: Vec<char> = Vec::with_capacity(text.len() + 2);
    chars.extend(before);
    let start = chars.len();
    chars.extend(text.chars());
    let end = chars.len();
    chars.extend(after);
    let typesetter = Typesetter {
        chars: &chars,
        language,
    };
    typesetter.run(start, end)
}

/// What becomes of a run of ordinary spaces.
enum Spacing {
    Keep,
    Replace(char),
    Remove,
}

struct Typesetter<'a> {
    chars: &'a [char],
    language: Language,
}

impl Typesetter<'_> {
    fn at(&self, index: usize) -> Option<char> {
        self.chars.get(index).copied()
    }

    fn before(&self, index: usize) -> Option<char> {
        index.checked_sub(1).and_then(|i| self.at(i))
    }

    fn run(&self, start: usize, end: usize) -> String {
        let french = self.language == Language::Fr;
        let mut out = String::with_capacity((end - start) * 2);
        let mut index = start;
        while index < end {
            if let Some(length) = self.address_length(index) {
                let stop = (index + length).min(end);
                out.extend(&self.chars[index..stop]);
                index = stop;
                continue;
            }
            let c = self.chars[index];
            match c {
                ' ' => {
                    let mut run_end = index;
                    while run_end < end && self.chars[run_end] == ' ' {
                        run_end += 1;
                    }
                    match self.space_for(index, run_end) {
                        Spacing::Replace(space) => out.push(space),
                        Spacing::Remove => {}
                        Spacing::Keep => out.extend(&self.chars[index..run_end]),
                    }
                    index = run_end;
                    continue;
                }
                '\'' if self.before(index).is_some_and(char::is_alphabetic) => out.push(APOSTROPHE),
                // A range of numbers (« 7–17 ans », "ages 7–17") never breaks at its dash.
                '–' if self.before(index).is_some_and(|b| b.is_ascii_digit())
                    && self.at(index + 1).is_some_and(|n| n.is_ascii_digit()) =>
                {
                    out.push(WORD_JOINER);
                    out.push(c);
                    out.push(WORD_JOINER);
                }
                ';' | '!' | '?' | ':' if french && self.needs_inserted_space(index) => {
                    out.push(if c == ':' {
                        NO_BREAK_SPACE
                    } else {
                        NARROW_NO_BREAK_SPACE
                    });
                    out.push(c);
                }
                '»' if french && self.before(index).is_some_and(|b| !b.is_whitespace()) => {
                    out.push(NARROW_NO_BREAK_SPACE);
                    out.push(c);
                }
                '«' if french && self.at(index + 1).is_some_and(|n| !n.is_whitespace()) => {
                    out.push(c);
                    out.push(NARROW_NO_BREAK_SPACE);
                }
                _ => out.push(c),
            }
            index += 1;
        }
        out
    }

    /// What becomes of the ordinary spaces `from..to`.
    fn space_for(&self, from: usize, to: usize) -> Spacing {
        let previous = self.before(from);
        let next = self.at(to);
        let after_digit = previous.is_some_and(|c| c.is_ascii_digit());
        if self.language == Language::En {
            return if after_digit && next == Some('%') {
                Spacing::Remove
            } else if after_digit && self.unit_at(to, ENGLISH_UNITS)
                || self.unit_then_number(from, to)
            {
                Spacing::Replace(NO_BREAK_SPACE)
            } else {
                Spacing::Keep
            };
        }
        match next {
            Some(';' | '!' | '?') if self.ends_a_phrase(to) => {
                Spacing::Replace(NARROW_NO_BREAK_SPACE)
            }
            Some(':') if self.ends_a_phrase(to) => Spacing::Replace(NO_BREAK_SPACE),
            Some('»' | '%') => Spacing::Replace(NARROW_NO_BREAK_SPACE),
            _ if previous == Some('«') => Spacing::Replace(NARROW_NO_BREAK_SPACE),
            _ if after_digit && self.thousands_group(from, to) => {
                Spacing::Replace(NARROW_NO_BREAK_SPACE)
            }
            _ if after_digit && self.unit_at(to, FRENCH_UNITS) => Spacing::Replace(NO_BREAK_SPACE),
            _ if self.unit_then_number(from, to) => Spacing::Replace(NO_BREAK_SPACE),
            _ => Spacing::Keep,
        }
    }

    /// Whether a whole word from `units` starts at `index`.
    fn unit_at(&self, index: usize, units: &[&str]) -> bool {
        units.iter().any(|unit| {
            let unit: Vec<char> = unit.chars().collect();
            let stop = index + unit.len();
            self.chars.get(index..stop) == Some(&unit[..])
                && !self.at(stop).is_some_and(char::is_alphanumeric)
        })
    }

    /// « 1 h 20 »: the space after a lone « h » that follows a number, before the minutes.
    fn unit_then_number(&self, from: usize, to: usize) -> bool {
        from >= 3
            && self.at(from - 1) == Some('h')
            && self.at(from - 2).is_some_and(is_any_space)
            && self.at(from - 3).is_some_and(|c| c.is_ascii_digit())
            && self.at(to).is_some_and(|c| c.is_ascii_digit())
    }

    /// « 18 000 »: one to three digits (not part of a longer number) before the space, then
    /// exactly three digits after it.
    fn thousands_group(&self, from: usize, to: usize) -> bool {
        let mut digits_before = 0;
        let mut cursor = from;
        while cursor > 0 && self.chars[cursor - 1].is_ascii_digit() {
            digits_before += 1;
            cursor -= 1;
        }
        let starts_cleanly = cursor == 0
            || !matches!(self.chars[cursor - 1], ',' | '.')
                && (self.chars[cursor - 1] != NARROW_NO_BREAK_SPACE || digits_before == 3);
        let three_after = (to..to + 3).all(|i| self.at(i).is_some_and(|c| c.is_ascii_digit()))
            && !self.at(to + 3).is_some_and(|c| c.is_ascii_digit());
        (1..=3).contains(&digits_before) && starts_cleanly && three_after
    }

    /// « Bonjour! » in French: punctuation right after a letter (or a closing guillemet), then
    /// a space or the end, gets its space. « 20:30 », « ?vue= » and « (+) » are left alone.
    fn needs_inserted_space(&self, index: usize) -> bool {
        let previous = self.before(index);
        let after_word = previous.is_some_and(|c| c.is_alphabetic() || c == '»' || c == ')');
        after_word && self.ends_a_phrase(index)
    }

    /// Whether the punctuation at `index` closes a phrase: the end, a space, or more
    /// punctuation follows it (not a letter or a bracket, as in `![image]` or `a?b`).
    fn ends_a_phrase(&self, index: usize) -> bool {
        self.at(index + 1).is_none_or(|c| {
            c.is_whitespace() || matches!(c, '!' | '?' | '»' | ')' | '.' | '…' | '"')
        })
    }

    /// The length of an address starting at `index` (up to the next whitespace), if one does.
    fn address_length(&self, index: usize) -> Option<usize> {
        if self.before(index).is_some_and(char::is_alphanumeric) {
            return None;
        }
        let starts_with = |prefix: &str| {
            prefix
                .chars()
                .enumerate()
                .all(|(offset, c)| self.at(index + offset) == Some(c))
        };
        ["https://", "http://", "www.", "mailto:", "tel:"]
            .into_iter()
            .any(starts_with)
            .then(|| {
                self.chars[index..]
                    .iter()
                    .take_while(|c| !c.is_whitespace())
                    .count()
            })
    }
}

fn is_any_space(c: char) -> bool {
    c == ' ' || c == NO_BREAK_SPACE || c == NARROW_NO_BREAK_SPACE
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(language, typed, shown)`, with `_` for U+202F, `~` for U+00A0 and `^` for U+2060 in
    /// `shown`.
    const CASES: &[(Language, &str, &str)] = &[
        // French: spaces before high punctuation and inside guillemets.
        (Language::Fr, "Et nous, parents ?", "Et nous, parents_?"),
        (Language::Fr, "Bonjour !", "Bonjour_!"),
        (Language::Fr, "Bonjour!", "Bonjour_!"),
        (Language::Fr, "un ; deux", "un_; deux"),
        (Language::Fr, "À dire : ceci", "À dire~: ceci"),
        (Language::Fr, "Note: ceci", "Note~: ceci"),
        (Language::Fr, "Quoi ?!", "Quoi_?!"),
        (
            Language::Fr,
            "« Pas d'écrans le matin »",
            "«_Pas d’écrans le matin_»",
        ),
        (Language::Fr, "«mot»", "«_mot_»"),
        (Language::Fr, "la « méthode »,", "la «_méthode_»,"),
        // French: numbers and units.
        (Language::Fr, "1 h 20", "1~h~20"),
        (Language::Fr, "à 2 ans : 56 min", "à 2~ans~: 56~min"),
        (Language::Fr, "26 % des enfants", "26_% des enfants"),
        (Language::Fr, "18 000 enfants", "18_000~enfants"),
        (Language::Fr, "2 300 000", "2_300_000"),
        (Language::Fr, "9 h–23 h", "9~h–23~h"),
        (Language::Fr, "Grands (7–17 ans)", "Grands (7^–^17~ans)"),
        (Language::Fr, "de 3 à 6 ans – puis", "de 3 à 6~ans – puis"),
        (
            Language::Fr,
            "plus de 32 000 collégiens",
            "plus de 32_000 collégiens",
        ),
        (Language::Fr, "en 2023 100 parents", "en 2023 100~parents"),
        (Language::Fr, "3, 7, 12, 16 et 18", "3, 7, 12, 16 et 18"),
        (Language::Fr, "11,2 %", "11,2_%"),
        (Language::Fr, "l'hameçon", "l’hameçon"),
        (Language::Fr, "aujourd'hui", "aujourd’hui"),
        // French: left alone.
        (Language::Fr, "à 20:30", "à 20:30"),
        (
            Language::Fr,
            "https://3018.fr/?a=1 !",
            "https://3018.fr/?a=1_!",
        ),
        (Language::Fr, "(https://a.fr/x?y:z)", "(https://a.fr/x?y:z)"),
        (Language::Fr, "www.pegi.info:", "www.pegi.info:"),
        (
            Language::Fr,
            "mailto:a@b.fr tel:3018",
            "mailto:a@b.fr tel:3018",
        ),
        (
            Language::Fr,
            "(+) **gras** ![x](y) [l](z)",
            "(+) **gras** ![x](y) [l](z)",
        ),
        (Language::Fr, "- (+2) un", "- (+2) un"),
        (Language::Fr, "'citation'", "'citation’"),
        // English keeps English rules.
        (Language::En, "And us, parents?", "And us, parents?"),
        (Language::En, "Note: this", "Note: this"),
        (Language::En, "26 % of children", "26% of children"),
        (Language::En, "56 min", "56~min"),
        (Language::En, "ages 7–17", "ages 7^–^17"),
        (Language::En, "1 h 34", "1~h~34"),
        (Language::En, "children's screens", "children’s screens"),
        (Language::En, "18,000 children", "18,000 children"),
        (
            Language::En,
            "at 20:30 see https://x.org/a'b",
            "at 20:30 see https://x.org/a'b",
        ),
        (Language::En, "\"quoted\" « kept »", "\"quoted\" « kept »"),
    ];

    fn shown(expected: &str) -> String {
        expected
            .replace('_', &NARROW_NO_BREAK_SPACE.to_string())
            .replace('~', &NO_BREAK_SPACE.to_string())
            .replace('^', &WORD_JOINER.to_string())
    }

    #[test]
    fn follows_the_table_of_cases() {
        for &(language, typed, expected) in CASES {
            assert_eq!(
                typeset(typed, language),
                shown(expected),
                "{language:?}: {typed:?}"
            );
        }
    }

    #[test]
    fn applying_it_twice_changes_nothing_more() {
        for &(language, typed, _) in CASES {
            let once = typeset(typed, language);
            assert_eq!(typeset(&once, language), once, "{language:?}: {typed:?}");
        }
    }

    #[test]
    fn sees_across_pieces_of_a_run() {
        let fr = Language::Fr;
        assert_eq!(typeset_between(" min", fr, Some('6'), None), shown("~min"));
        assert_eq!(typeset_between("»", fr, Some('t'), None), shown("_»"));
        assert_eq!(typeset_between(" ?", fr, Some('t'), None), shown("_?"));
        assert_eq!(typeset_between("«", fr, None, Some('m')), shown("«_"));
        assert_eq!(typeset_between(" %", Language::En, Some('6'), None), "%");
    }
}
