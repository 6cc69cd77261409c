//! Strings of the family panel of the Carnet: the children (add, edit, remove), each child's daily
//! limit, and the « 4 pas » the family commits to. Domain labels (age bands, sources, colours,
//! steps, the kind of a figure) come from the core.

use crate::typeset_table::{en, fr, typeset_table, TypesetTables};
use ecrans_core::diary::{ChildFieldError, NAME_MAX_CHARS};
use ecrans_core::language::Language;

typeset_table! {
    pub struct FamilyTexts {
        pub intro: &'static str,
        pub no_children: &'static str,
        pub add_child: &'static str,

        pub form_add_title: &'static str,
        pub form_edit_title: fn(&str) -> String,
        pub name_label: &'static str,
        pub name_hint: &'static str,
        pub badge_legend: &'static str,
        pub badge_hint: &'static str,
        pub badge_none: &'static str,
        pub badge_emojis: &'static str,
        pub badge_colours: &'static str,
        /// The names of the emoji offered, in the order of `components::family::EMOJIS`.
        pub emoji_names: [&'static str; 8],
        pub badge_current_emoji: &'static str,
        pub birth_label: &'static str,
        pub birth_hint: &'static str,
        pub birth_placeholder: &'static str,
        pub save_new: &'static str,
        pub save_edit: &'static str,
        pub cancel: &'static str,
        pub form_has_errors: &'static str,
        pub save_failed: &'static str,

        pub err_name_empty: &'static str,
        pub err_name_too_long: fn(usize, usize) -> String,
        pub err_emoji_empty: &'static str,
        pub err_emoji_too_long: &'static str,
        pub err_birth_not_a_month: &'static str,
        pub err_birth_in_future: &'static str,
        pub err_birth_over_18: &'static str,

        pub age: fn(i32) -> String,
        pub limit_summary: fn(Option<u16>) -> String,
        pub edit: &'static str,
        pub remove: &'static str,

        pub limit_title: &'static str,
        pub limit_counts: &'static str,
        pub limit_chosen: fn(Option<u16>) -> String,
        pub proposal: fn(&str, u16, &str) -> String,
        pub proposal_zero: fn(&str, &str) -> String,
        pub under_three: &'static str,
        /// Next to the 3–5 years' figure from abroad: what French bodies say instead.
        pub no_french_figure: &'static str,
        pub family_proposal: fn(&str, u16) -> String,
        pub family_choice: fn(u16) -> String,
        pub informed_by: fn(&str) -> String,
        pub alert_at: fn(u16) -> String,
        pub alternative: fn(&str, u16, &str) -> String,
        pub no_band: &'static str,
        pub accept: fn(u16) -> String,
        pub accept_alternative: fn(&str, u16) -> String,
        pub own_number: &'static str,
        pub own_label: &'static str,
        pub own_hint: &'static str,
        pub own_save: &'static str,
        pub no_limit: &'static str,
        pub err_limit_not_a_number: &'static str,
        pub err_limit_over_a_day: &'static str,

        pub remove_question: fn(&str) -> String,
        pub remove_confirm: &'static str,
        pub remove_with_entries_question: fn(&str, usize) -> String,
        pub remove_entries_too: fn(usize) -> String,
        /// The child's name, how many of their entries are shared, and how many they have.
        pub remove_shared_note: fn(&str, usize, usize) -> String,
        pub reassign_to: fn(&str, usize) -> String,

        pub steps_legend: &'static str,
        pub steps_hint: &'static str,
    }
}

impl FamilyTexts {
    /// The message shown next to a field of the child form.
    pub fn child_error(&self, error: &ChildFieldError) -> String {
        match error {
            ChildFieldError::NameEmpty => self.err_name_empty.to_string(),
            ChildFieldError::NameTooLong { chars } => {
                (self.err_name_too_long)(*chars, NAME_MAX_CHARS)
            }
            ChildFieldError::EmojiEmpty => self.err_emoji_empty.to_string(),
            ChildFieldError::EmojiTooLong => self.err_emoji_too_long.to_string(),
            ChildFieldError::BirthNotAMonth => self.err_birth_not_a_month.to_string(),
            ChildFieldError::BirthInFuture => self.err_birth_in_future.to_string(),
            ChildFieldError::BirthOver18YearsAgo => self.err_birth_over_18.to_string(),
        }
    }
}

pub fn family_texts(language: Language) -> &'static FamilyTexts {
    static TABLES: TypesetTables<FamilyTexts> = TypesetTables::new(&FR, &EN);
    TABLES.get(language)
}

const FR: FamilyTexts = FamilyTexts {
    intro: "Ajoutez chaque enfant une fois. Ensuite, si vous le voulez, choisissez une limite \
            par jour et les « pas » que la famille veut tenir.",
    no_children: "Aucun enfant pour l'instant.",
    add_child: "Ajouter un enfant",

    form_add_title: "Ajouter un enfant",
    form_edit_title: |name| fr(format!("Modifier {name}")),
    name_label: "Prénom ou surnom",
    name_hint: "Un prénom ou un surnom suffit. Il reste sur ce téléphone.",
    badge_legend: "Un signe pour le reconnaître (facultatif)",
    badge_hint: "Un dessin ou une couleur, pour le repérer d'un coup d'œil.",
    badge_none: "Aucun",
    badge_emojis: "Un dessin",
    badge_colours: "Ou une couleur",
    emoji_names: [
        "renard",
        "tortue",
        "ours",
        "chat",
        "lion",
        "grenouille",
        "panda",
        "lapin",
    ],
    badge_current_emoji: "son dessin actuel",
    birth_label: "Mois et année de naissance",
    birth_hint: "Le jour n'est pas demandé. L'âge sert à proposer un repère adapté.",
    birth_placeholder: "AAAA-MM",
    save_new: "Ajouter cet enfant",
    save_edit: "Enregistrer les changements",
    cancel: "Annuler",
    form_has_errors: "Rien n'est enregistré pour l'instant : corrigez ce qui est indiqué \
                      sous chaque case.",
    save_failed: "L'enregistrement n'a pas marché. Réessayez dans un instant.",

    err_name_empty: "Écrivez un prénom ou un surnom.",
    err_name_too_long: |chars, max| {
        fr(format!(
            "Ce nom est trop long ({chars} caractères) : {max} au plus. Un surnom court suffit."
        ))
    },
    err_emoji_empty: "Choisissez un dessin, ou « Aucun ».",
    err_emoji_too_long: "Ce dessin est trop long : choisissez-en un dans la liste.",
    err_birth_not_a_month: "Indiquez le mois et l'année de naissance (par exemple : mars \
                            2021).",
    err_birth_in_future: "Cette date est dans le futur : vérifiez le mois et l'année.",
    err_birth_over_18: "Ce carnet est fait pour les enfants de moins de 18 ans : \
                        vérifiez l'année.",

    age: |months| {
        fr(match months {
            i32::MIN..=0 => "moins d'un mois".to_string(),
            1..=23 => format!("{months} mois"),
            _ => format!("{} ans", months / 12),
        })
    },
    limit_summary: |limit| {
        fr(match limit {
            None => "Limite : aucune".to_string(),
            Some(0) => "Limite : pas d'écran".to_string(),
            Some(minutes) => format!("Limite : {minutes} min par jour"),
        })
    },
    edit: "Modifier",
    remove: "Supprimer",

    limit_title: "Limite par jour (facultatif)",
    limit_counts: "Seul compte le temps de loisir : les devoirs et les appels en vidéo avec \
                   la famille ne comptent pas.",
    limit_chosen: |limit| {
        fr(match limit {
            None => "Limite choisie : aucune pour l'instant.".to_string(),
            Some(0) => "Limite choisie : pas d'écran (0 min).".to_string(),
            Some(minutes) => format!("Limite choisie : {minutes} min par jour au plus."),
        })
    },
    proposal: |band, minutes, sources| {
        fr(format!(
            "Repère proposé pour {band} : {minutes} min par jour au plus ({sources})"
        ))
    },
    proposal_zero: |band, sources| {
        fr(format!(
            "Repère proposé pour {band} : pas d'écran avant 3 ans ({sources})"
        ))
    },
    under_three: "Pas d'écran avant 3 ans : à cet âge, jouer, parler et bouger l'aident à \
                  grandir. Les appels en vidéo avec la famille ne comptent pas. Et s'il y a \
                  parfois un écran, pas de culpabilité : chaque moment sans écran compte.",
    no_french_figure: "En France, la commission « Enfants et écrans » (2024) et le carnet de \
                       santé (2025) ne donnent pas de durée à cet âge : un usage « occasionnel », \
                       « fortement limité » et accompagné par un adulte. En 2025, quatre sociétés \
                       savantes ont écrit que les activités sur écran ne conviennent pas avant \
                       6 ans. 60 minutes est un plafond, pas un objectif.",
    family_proposal: |band, minutes| {
        fr(format!(
            "Proposition pour {band} : {minutes} min par jour au plus"
        ))
    },
    family_choice: |minutes| {
        fr(format!(
            "Aucun organisme ne donne de chiffre pour cet âge : {minutes} min est un choix \
             à faire en famille."
        ))
    },
    informed_by: |sources| fr(format!("Pour vous aider à choisir : {sources}.")),
    alert_at: |minutes| {
        fr(format!(
            "Au-delà de {minutes} min par jour, c'est un signal d'alerte."
        ))
    },
    alternative: |label, minutes, sources| {
        fr(format!(
            "{label} : jusqu'à {minutes} min par jour ({sources})"
        ))
    },
    no_band: "Pas de repère proposé à partir de 18 ans.",
    accept: |minutes| {
        fr(match minutes {
            0 => "Choisir : pas d'écran".to_string(),
            _ => format!("Choisir {minutes} min par jour"),
        })
    },
    accept_alternative: |label, minutes| fr(format!("{label} : choisir {minutes} min")),
    own_number: "Choisir un autre nombre",
    own_label: "Minutes par jour, au plus",
    own_hint: "Un nombre de 0 à 1440, par exemple 45.",
    own_save: "Enregistrer ce nombre",
    no_limit: "Pas de limite",
    err_limit_not_a_number: "Écrivez un nombre de minutes, par exemple 45.",
    err_limit_over_a_day: "Une journée compte 1440 minutes : choisissez un nombre plus petit.",

    remove_question: |name| fr(format!("Supprimer {name} du carnet ?")),
    remove_confirm: "Oui, supprimer",
    remove_with_entries_question: |name, count| {
        fr(match count {
            1 => format!("{name} a 1 moment noté dans le carnet. Que faire de ce moment ?"),
            _ => {
                format!("{name} a {count} moments notés dans le carnet. Que faire de ces moments ?")
            }
        })
    },
    remove_entries_too: |count| {
        fr(match count {
            1 => "Supprimer aussi son moment".to_string(),
            _ => format!("Supprimer aussi ses {count} moments"),
        })
    },
    remove_shared_note: |name, shared, total| {
        fr(match (shared, total) {
            (1, 1) => {
                format!(
                    "Ce moment concerne aussi d'autres enfants : il reste pour eux, sans {name}."
                )
            }
            (1, _) => format!(
            "1 de ces moments concerne aussi d'autres enfants : il reste pour eux, sans {name}."
        ),
            _ if shared == total => format!(
            "Ces moments concernent aussi d'autres enfants : ils restent pour eux, sans {name}."
        ),
            _ => format!(
            "{shared} de ces moments concernent aussi d'autres enfants : ils restent pour eux, \
             sans {name}."
        ),
        })
    },
    reassign_to: |name, count| {
        fr(match count {
            1 => format!("L'attribuer à {name}"),
            _ => format!("Les attribuer à {name}"),
        })
    },

    steps_legend: "Les « 4 pas » que la famille veut tenir",
    steps_hint: "Cochez ceux que vous voulez essayer, même un seul. Vous pouvez changer \
                 d'avis à tout moment.",
};

const EN: FamilyTexts = FamilyTexts {
    intro: "Add each child once. Then, if you wish, choose a daily limit and which of the 4 \
            steps the family wants to keep.",
    no_children: "No child yet.",
    add_child: "Add a child",

    form_add_title: "Add a child",
    form_edit_title: |name| en(format!("Edit {name}")),
    name_label: "First name or nickname",
    name_hint: "A first name or a nickname is enough. It stays on this phone.",
    badge_legend: "A sign to recognise them (optional)",
    badge_hint: "A picture or a colour, to spot them at a glance.",
    badge_none: "None",
    badge_emojis: "A picture",
    badge_colours: "Or a colour",
    emoji_names: [
        "fox", "turtle", "bear", "cat", "lion", "frog", "panda", "rabbit",
    ],
    badge_current_emoji: "their current picture",
    birth_label: "Month and year of birth",
    birth_hint: "The day is not asked. The age is used to suggest a suitable limit.",
    birth_placeholder: "YYYY-MM",
    save_new: "Add this child",
    save_edit: "Save the changes",
    cancel: "Cancel",
    form_has_errors: "Nothing is saved yet: please correct what is shown under each box.",
    save_failed: "Saving did not work. Please try again in a moment.",

    err_name_empty: "Write a first name or a nickname.",
    err_name_too_long: |chars, max| {
        en(format!(
            "This name is too long ({chars} characters): {max} at most. A short nickname is \
             enough."
        ))
    },
    err_emoji_empty: "Choose a picture, or « None ».",
    err_emoji_too_long: "This picture is too long: choose one from the list.",
    err_birth_not_a_month: "Give the month and year of birth (for example: March 2021).",
    err_birth_in_future: "This date is in the future: check the month and year.",
    err_birth_over_18: "This diary is for children under 18: check the year.",

    age: |months| {
        en(match months {
            i32::MIN..=0 => "less than a month old".to_string(),
            1 => "1 month old".to_string(),
            2..=23 => format!("{months} months old"),
            _ => format!("{} years old", months / 12),
        })
    },
    limit_summary: |limit| {
        en(match limit {
            None => "Limit: none".to_string(),
            Some(0) => "Limit: no screens".to_string(),
            Some(minutes) => format!("Limit: {minutes} min a day"),
        })
    },
    edit: "Edit",
    remove: "Remove",

    limit_title: "Daily limit (optional)",
    limit_counts: "Only leisure time counts: homework and video calls with family do not.",
    limit_chosen: |limit| {
        en(match limit {
            None => "Chosen limit: none for now.".to_string(),
            Some(0) => "Chosen limit: no screens (0 min).".to_string(),
            Some(minutes) => format!("Chosen limit: {minutes} min a day at most."),
        })
    },
    proposal: |band, minutes, sources| {
        en(format!(
            "Suggested limit for {band}: {minutes} min a day at most ({sources})"
        ))
    },
    proposal_zero: |band, sources| {
        en(format!(
            "Suggested limit for {band}: no screens before 3 ({sources})"
        ))
    },
    under_three: "No screens before 3: at this age, playing, talking and moving help them \
                  grow. Video calls with family do not count. And if there is a screen now \
                  and then, no guilt: every moment without a screen counts.",
    no_french_figure: "In France, the screens commission (2024) and the child health record \
                       (2025) give no duration at this age: use should be “occasional”, “strongly \
                       limited” and shared with an adult. In 2025, four French medical societies \
                       wrote that screen activities do not suit children under 6. 60 minutes is \
                       a ceiling, not a target.",
    family_proposal: |band, minutes| {
        en(format!(
            "Suggestion for {band}: {minutes} min a day at most"
        ))
    },
    family_choice: |minutes| {
        en(format!(
            "No official body gives a figure for this age: {minutes} min is a choice for the \
             family to make."
        ))
    },
    informed_by: |sources| en(format!("To help you choose: {sources}.")),
    alert_at: |minutes| en(format!("More than {minutes} min a day is a warning sign.")),
    alternative: |label, minutes, sources| {
        en(format!("{label}: up to {minutes} min a day ({sources})"))
    },
    no_band: "No suggested limit from 18 on.",
    accept: |minutes| {
        en(match minutes {
            0 => "Choose: no screens".to_string(),
            _ => format!("Choose {minutes} min a day"),
        })
    },
    accept_alternative: |label, minutes| en(format!("{label}: choose {minutes} min")),
    own_number: "Choose another number",
    own_label: "Minutes a day, at most",
    own_hint: "A number from 0 to 1440, for example 45.",
    own_save: "Save this number",
    no_limit: "No limit",
    err_limit_not_a_number: "Write a number of minutes, for example 45.",
    err_limit_over_a_day: "A day has 1440 minutes: choose a smaller number.",

    remove_question: |name| en(format!("Remove {name} from the diary?")),
    remove_confirm: "Yes, remove",
    remove_with_entries_question: |name, count| {
        en(match count {
            1 => format!("{name} has 1 moment in the diary. What should happen to it?"),
            _ => format!("{name} has {count} moments in the diary. What should happen to them?"),
        })
    },
    remove_entries_too: |count| {
        en(match count {
            1 => "Delete their moment too".to_string(),
            _ => format!("Delete their {count} moments too"),
        })
    },
    remove_shared_note: |name, shared, total| {
        en(match (shared, total) {
            (1, 1) => {
                format!("This moment is also another child's: it stays for them, without {name}.")
            }
            (1, _) => format!(
                "1 of these moments is also another child's: it stays for them, without {name}."
            ),
            _ if shared == total => {
                format!(
                    "These moments are also other children's: they stay for them, without {name}."
                )
            }
            _ => format!(
                "{shared} of these moments are also other children's: they stay for them, without \
             {name}."
            ),
        })
    },
    reassign_to: |name, count| {
        en(match count {
            1 => format!("Give it to {name}"),
            _ => format!("Give them to {name}"),
        })
    },

    steps_legend: "The 4 steps (« 4 pas ») the family wants to keep",
    steps_hint: "Tick the ones you want to try, even just one. You can change your mind at \
                 any time.",
};
