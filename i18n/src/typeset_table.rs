//! One way for every table to reach the screen typeset (`ecrans_core::typography`): French's
//! no-break spaces before « ; : ! ? » and inside « », its apostrophes, English's own rules.
//!
//! A table's struct is declared inside [`typeset_table!`], which writes the struct and a
//! [`TypesetTable`] impl that typesets each fixed string; the strings that take values typeset
//! their own result ([`fr`], [`en`]), since a `fn` pointer cannot be wrapped after the fact.
//! Each picker keeps its two written tables in a [`TypesetTables`], which builds the typeset
//! copy of a language once, on first use, and keeps it for the app's life (a few kilobytes).
//! Nothing else reads the written tables, so no string reaches the view, or the pre-rendered
//! pages of the build, untypeset.

use ecrans_core::language::Language;
use ecrans_core::typography::typeset;
use std::sync::OnceLock;

/// French text made ready to show, for the strings that take values.
pub(crate) fn fr(text: String) -> String {
    typeset(&text, Language::Fr)
}

/// English text made ready to show, for the strings that take values.
pub(crate) fn en(text: String) -> String {
    typeset(&text, Language::En)
}

/// A table whose fixed strings can be typeset.
pub trait TypesetTable: Sized + 'static {
    /// A copy of the table, with every fixed string typeset for `language`.
    fn typeset_for(&self, language: Language) -> Self;

    /// Every fixed string of the table, field by field.
    #[cfg(test)]
    fn fixed_strings(&self) -> Vec<&'static str>;
}

/// One field of a table: a fixed string is typeset, a string that takes values is kept (it
/// typesets its own result).
pub trait TypesetField: Sized {
    fn typeset_field(&self, language: Language) -> Self;

    /// The fixed strings the field holds (none for a string that takes values).
    #[cfg(test)]
    fn fixed_strings(&self) -> Vec<&'static str> {
        Vec::new()
    }
}

impl TypesetField for &'static str {
    fn typeset_field(&self, language: Language) -> Self {
        typeset_static(self, language)
    }

    #[cfg(test)]
    fn fixed_strings(&self) -> Vec<&'static str> {
        vec![self]
    }
}

impl<const N: usize> TypesetField for [&'static str; N] {
    fn typeset_field(&self, language: Language) -> Self {
        self.map(|text| typeset_static(text, language))
    }

    #[cfg(test)]
    fn fixed_strings(&self) -> Vec<&'static str> {
        self.to_vec()
    }
}

impl TypesetField for &'static [(&'static str, &'static str)] {
    fn typeset_field(&self, language: Language) -> Self {
        Box::leak(
            self.iter()
                .map(|(first, second)| {
                    (
                        typeset_static(first, language),
                        typeset_static(second, language),
                    )
                })
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        )
    }

    #[cfg(test)]
    fn fixed_strings(&self) -> Vec<&'static str> {
        self.iter()
            .flat_map(|(first, second)| [*first, *second])
            .collect()
    }
}

/// The strings that take values: written with [`fr`] or [`en`] around their result.
macro_rules! computed_fields {
    ($($signature:ty),* $(,)?) => {
        $(
            impl TypesetField for $signature {
                fn typeset_field(&self, _language: Language) -> Self {
                    *self
                }
            }
        )*
    };
}

computed_fields!(
    fn(&str) -> String,
    fn(&str, &str) -> String,
    fn(&str, &str, &str) -> String,
    fn(&str, &str, usize) -> String,
    fn(&str, u16) -> String,
    fn(&str, u16, &str) -> String,
    fn(&str, u32) -> String,
    fn(&str, usize) -> String,
    fn(&str, usize, usize) -> String,
    fn(ecrans_core::calendar::IsoWeek, ecrans_core::calendar::IsoWeek) -> String,
    fn(chrono::NaiveDate) -> String,
    fn(chrono::NaiveDateTime) -> String,
    fn(Option<u16>) -> String,
    fn(bool, &str) -> String,
    fn(i32) -> String,
    fn(u16) -> String,
    fn(u32) -> String,
    fn(u32, i32) -> String,
    fn(u64) -> String,
    fn(usize) -> String,
    fn(usize, &str) -> String,
    fn(usize, Option<(&str, &str)>) -> String,
    fn(usize, u32) -> String,
    fn(usize, usize) -> String,
    fn(usize, usize, usize, usize) -> String,
);

/// Puts one fixed string through the typography of `language`, once for the app's life.
fn typeset_static(text: &'static str, language: Language) -> &'static str {
    let typeset_text = typeset(text, language);
    if typeset_text == text {
        text
    } else {
        Box::leak(typeset_text.into_boxed_str())
    }
}

/// Declares a table's struct and its [`TypesetTable`] impl, field by field.
macro_rules! typeset_table {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident : $type:ty
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $(
                $(#[$field_meta])*
                pub $field: $type,
            )*
        }

        impl $crate::typeset_table::TypesetTable for $name {
            fn typeset_for(&self, language: ::ecrans_core::language::Language) -> Self {
                $name {
                    $(
                        $field: $crate::typeset_table::TypesetField::typeset_field(
                            &self.$field,
                            language,
                        ),
                    )*
                }
            }

            #[cfg(test)]
            fn fixed_strings(&self) -> Vec<&'static str> {
                let mut strings = Vec::new();
                $(
                    strings.extend(
                        $crate::typeset_table::TypesetField::fixed_strings(&self.$field),
                    );
                )*
                strings
            }
        }
    };
}
pub(crate) use typeset_table;

/// A table as written in both languages, and its typeset copies, built on first use.
pub(crate) struct TypesetTables<T: 'static> {
    french: &'static T,
    english: &'static T,
    typeset_french: OnceLock<T>,
    typeset_english: OnceLock<T>,
}

impl<T: TypesetTable> TypesetTables<T> {
    pub(crate) const fn new(french: &'static T, english: &'static T) -> Self {
        Self {
            french,
            english,
            typeset_french: OnceLock::new(),
            typeset_english: OnceLock::new(),
        }
    }

    /// The table in `language`, typeset for it.
    pub(crate) fn get(&'static self, language: Language) -> &'static T {
        match language {
            Language::Fr => self
                .typeset_french
                .get_or_init(|| self.french.typeset_for(Language::Fr)),
            Language::En => self
                .typeset_english
                .get_or_init(|| self.english.typeset_for(Language::En)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TypesetTable;
    use crate::{
        backup, charts, compare, deck, deck_editor, deck_exchange, diary, family, group, texts,
    };
    use ecrans_core::language::Language;
    use ecrans_core::typography::{typeset, APOSTROPHE, NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE};

    /// Every table's fixed strings as its picker returns them, with the table's name.
    fn every_table(language: Language) -> Vec<(&'static str, Vec<&'static str>)> {
        vec![
            ("shell", texts(language).fixed_strings()),
            ("backup", backup::backup_texts(language).fixed_strings()),
            ("charts", charts::charts_texts(language).fixed_strings()),
            ("compare", compare::compare_texts(language).fixed_strings()),
            ("deck", deck::deck_texts(language).fixed_strings()),
            (
                "deck_editor",
                deck_editor::deck_editor_texts(language).fixed_strings(),
            ),
            (
                "deck_exchange",
                deck_exchange::deck_exchange_texts(language).fixed_strings(),
            ),
            ("diary", diary::diary_texts(language).fixed_strings()),
            ("family", family::family_texts(language).fixed_strings()),
            ("group", group::group_texts(language).fixed_strings()),
        ]
    }

    /// What a French reader would see wrong in `text`, read without the typography module: an
    /// ordinary space before « ; : ! ? » or inside « », or a straight apostrophe.
    fn french_faults(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut faults = Vec::new();
        for (index, pair) in chars.windows(2).enumerate() {
            match pair {
                [' ', mark @ (';' | ':' | '!' | '?' | '»')] => {
                    faults.push(format!("ordinary space before « {mark} » at {index}"))
                }
                ['«', ' '] => faults.push(format!("ordinary space after « « » at {index}")),
                _ => {}
            }
        }
        if text.contains('\'') {
            faults.push("straight apostrophe".to_string());
        }
        faults
    }

    #[test]
    fn every_french_fixed_string_is_typeset() {
        let mut count = 0;
        for (table, strings) in every_table(Language::Fr) {
            assert!(!strings.is_empty(), "{table}: no fixed string read");
            for text in strings {
                assert_eq!(typeset(text, Language::Fr), text, "{table}: {text:?}");
                assert_eq!(
                    french_faults(text),
                    Vec::<String>::new(),
                    "{table}: {text:?}"
                );
                count += 1;
            }
        }
        assert!(count > 400, "only {count} French strings read");
    }

    #[test]
    fn the_shell_and_every_area_show_french_spaces_and_apostrophes() {
        let shell = texts(Language::Fr);
        assert_eq!(
            shell.home_privacy,
            "Les données de votre famille restent sur ce téléphone\u{a0}: rien n’est envoyé, \
             à personne."
        );
        assert_eq!(shell.text_size_normal, "Normale (100\u{202f}%)");
        let diary = diary::diary_texts(Language::Fr);
        assert_eq!(diary.quick_pick_duration, "Combien de temps\u{202f}?");
        assert_eq!(diary.quick_title, "Noter un moment d’écran");
    }

    #[test]
    fn strings_that_take_values_are_typeset_in_french() {
        let diary = diary::diary_texts(Language::Fr);
        assert_eq!(
            (diary.total_against_limit)("Léa", "1 h 20", "2 h"),
            "Léa\u{a0}: 1\u{a0}h\u{a0}20 sur 2\u{a0}h"
        );
        assert_eq!((diary.quick_save)(15), "Enregistrer 15\u{a0}min");
        let family = family::family_texts(Language::Fr);
        assert_eq!(
            (family.informed_by)("OMS"),
            "Pour vous aider à choisir\u{a0}: OMS."
        );
        let deck = deck::deck_texts(Language::Fr);
        assert_eq!(
            (deck.intro)(40, 125),
            "Le diaporama de l’atelier pour les parents\u{a0}: 40 diapositives, environ \
             2\u{a0}h\u{a0}05 de parole prévue."
        );
        let compare = compare::compare_texts(Language::Fr);
        for text in [
            (compare.err_text_too_long)(130, 120),
            (compare.few_days)("Semaine 12", "2 jours"),
            (family.remove_question)("Léa"),
        ] {
            assert_eq!(french_faults(&text), Vec::<String>::new(), "{text:?}");
        }
    }

    #[test]
    fn english_keeps_english_typography() {
        for (table, strings) in every_table(Language::En) {
            for text in strings {
                assert_eq!(typeset(text, Language::En), text, "{table}: {text:?}");
                assert!(
                    !text.contains('\''),
                    "{table}: straight apostrophe in {text:?}"
                );
                for mark in [';', ':', '!', '?', '%'] {
                    for space in [' ', NO_BREAK_SPACE, NARROW_NO_BREAK_SPACE] {
                        assert!(
                            !text.contains(&format!("{space}{mark}")),
                            "{table}: a space before « {mark} » in {text:?}"
                        );
                    }
                }
            }
        }
        let shell = texts(Language::En);
        assert_eq!(
            shell.home_privacy,
            format!(
                "Your family{APOSTROPHE}s data stays on this phone: nothing is sent to anyone."
            )
        );
        let diary = diary::diary_texts(Language::En);
        assert_eq!((diary.quick_save)(15), "Save 15\u{a0}min");
        let backup = backup::backup_texts(Language::En);
        assert_eq!(
            (backup.merge_effect)(0, 2, 0, 0),
            "“Merge” will add 2 entries on this phone."
        );
    }
}
