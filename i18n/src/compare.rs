//! Strings of the Comparer page (two weeks side by side, presentation mode, printing) and of
//! « Mes engagements » (the editor on Comparer and the reminder on the home page). Domain labels,
//! the comparison's sentence, durations, percentages and outcomes come from the core.

use crate::typeset_table::{en, fr, typeset_table, TypesetTables};
use ecrans_core::commitments::{CommitmentError, COMMITMENT_TEXT_MAX_CHARS};
use ecrans_core::language::Language;

typeset_table! {
    pub struct CompareTexts {
        pub intro: &'static str,
        pub weeks_legend: &'static str,
        pub last_and_this: &'static str,
        pub first_and_last: &'static str,
        pub first_and_last_later: &'static str,
        pub week_a: &'static str,
        pub week_b: &'static str,

        pub summary_heading: &'static str,
        /// A thin week: (« Semaine A (avant) », « 2 jours renseignés sur 7 »).
        pub few_days: fn(&str, &str) -> String,
        pub side_by_side_heading: &'static str,
        pub days_filled_in: &'static str,
        pub daily_average: &'static str,
        pub total: &'static str,
        pub by_screen: &'static str,
        pub by_activity: &'static str,
        pub by_moment: &'static str,
        pub days_over_limit: &'static str,
        pub steps_kept: &'static str,
        pub nothing_either_week: &'static str,
        pub no_average: &'static str,
        pub less: &'static str,
        pub more: &'static str,
        pub same: &'static str,
        /// « 28 % de moins »: (percent, « de moins »).
        pub percent_change: fn(&str, &str) -> String,
        pub better: &'static str,
        pub worse: &'static str,
        pub show_table: &'static str,

        pub checks_heading: &'static str,
        pub checks_none: &'static str,
        pub outcome_kept: &'static str,
        pub outcome_partly: &'static str,
        pub outcome_not_kept: &'static str,
        pub outcome_not_measurable: &'static str,

        pub days_chart_heading: &'static str,
        pub moments_chart_heading: &'static str,

        pub presentation: &'static str,
        pub presentation_hint: &'static str,
        pub mask_names: &'static str,
        pub print: &'static str,
        pub print_hint: &'static str,
        pub print_title: fn(&str) -> String,

        pub no_child_title: &'static str,
        pub no_child_body: &'static str,
        pub go_to_diary: &'static str,

        pub commitments_title: &'static str,
        pub commitments_intro: &'static str,
        pub commitments_none: &'static str,
        pub commitments_full: &'static str,
        pub remove: &'static str,
        pub remove_commitment: fn(&str) -> String,
        pub add_title: &'static str,
        pub kind_legend: &'static str,
        pub kind_step: &'static str,
        pub kind_limit: &'static str,
        pub kind_text: &'static str,
        pub step_legend: &'static str,
        pub child_label: &'static str,
        pub minutes_label: &'static str,
        pub minutes_hint: &'static str,
        pub text_label: &'static str,
        pub text_hint: fn(usize) -> String,
        pub add: &'static str,
        pub err_step_missing: &'static str,
        pub err_child_missing: &'static str,
        pub err_minutes_not_a_number: &'static str,
        pub err_too_many: &'static str,
        pub err_empty_text: &'static str,
        pub err_text_too_long: fn(usize, usize) -> String,
        pub err_limit_out_of_range: &'static str,
        pub err_duplicate: &'static str,
        pub save_failed: &'static str,

        pub reminder_title: &'static str,
        pub reminder_link: &'static str,
    }
}

impl CompareTexts {
    /// The message shown next to the field a [`CommitmentError`] is about.
    pub fn commitment_error(&self, error: &CommitmentError) -> String {
        match error {
            CommitmentError::TooMany { .. } => self.err_too_many.to_owned(),
            CommitmentError::EmptyText => self.err_empty_text.to_owned(),
            CommitmentError::TextTooLong { chars } => {
                (self.err_text_too_long)(*chars, COMMITMENT_TEXT_MAX_CHARS)
            }
            CommitmentError::LimitOutOfRange { .. } => self.err_limit_out_of_range.to_owned(),
            CommitmentError::Duplicate { .. } => self.err_duplicate.to_owned(),
        }
    }
}

pub fn compare_texts(language: Language) -> &'static CompareTexts {
    static TABLES: TypesetTables<CompareTexts> = TypesetTables::new(&FR, &EN);
    TABLES.get(language)
}

const FR: CompareTexts = CompareTexts {
    intro: "Deux semaines côte à côte : la semaine A (avant) et la semaine B (après).",
    weeks_legend: "Quelles semaines comparer ?",
    last_and_this: "Semaine dernière / cette semaine",
    first_and_last: "Première semaine / dernière semaine",
    first_and_last_later: "« Première semaine / dernière semaine » sera possible quand le carnet \
                           aura une semaine complète après la première.",
    week_a: "Semaine A (avant)",
    week_b: "Semaine B (après)",

    summary_heading: "En une phrase",
    few_days: |week, days| {
        fr(format!(
            "{week} : seulement {days}. Avec si peu de jours, la comparaison dit peu de choses."
        ))
    },
    side_by_side_heading: "Côte à côte",
    days_filled_in: "Jours renseignés",
    daily_average: "Moyenne par jour renseigné",
    total: "Total de la semaine",
    by_screen: "Par écran",
    by_activity: "Par activité",
    by_moment: "Par moment de la journée",
    days_over_limit: "Jours au-dessus de la limite",
    steps_kept: "Jours où chaque pas a été tenu",
    nothing_either_week: "Aucun temps noté ces deux semaines.",
    no_average: "pas de moyenne",
    less: "de moins",
    more: "de plus",
    same: "pareil",
    percent_change: |percent, word| fr(format!("soit {percent} {word}")),
    better: "mieux",
    worse: "moins bien",
    show_table: "Voir le tableau complet",

    checks_heading: "Nos engagements, la semaine B",
    checks_none: "Pas encore d'engagement : notez-en plus bas, dans « Mes engagements ».",
    outcome_kept: "Tenu",
    outcome_partly: "En partie",
    outcome_not_kept: "Pas tenu",
    outcome_not_measurable: "À dire en famille",

    days_chart_heading: "Jour par jour",
    moments_chart_heading: "Les moments et les 4 pas, semaine A puis semaine B",

    presentation: "Mode présentation",
    presentation_hint: "Grands chiffres et graphiques, pour montrer pendant l'atelier.",
    mask_names: "Masquer les prénoms",
    print: "Imprimer",
    print_hint: "Imprimer, ou enregistrer en PDF avec l'imprimante « Enregistrer au format PDF ». \
                 Une page par enfant et une pour la famille. Rien n'est envoyé.",
    print_title: |who| fr(format!("Comparer deux semaines : {who}")),

    no_child_title: "Pas encore d'enfant dans le carnet",
    no_child_body: "Pour comparer deux semaines, ajoutez d'abord vos enfants dans le Carnet et \
                    notez leurs moments d'écran pendant une semaine ou deux.",
    go_to_diary: "Aller au Carnet",

    commitments_title: "Mes engagements",
    commitments_intro: "À la fin de l'atelier, notez jusqu'à trois engagements de la famille. \
                        Ils restent sur ce téléphone.",
    commitments_none: "Pas encore d'engagement.",
    commitments_full: "Vous avez trois engagements. Pour en noter un autre, retirez-en un.",
    remove: "Retirer",
    remove_commitment: |label| fr(format!("Retirer : {label}")),
    add_title: "Ajouter un engagement",
    kind_legend: "Quel genre d'engagement ?",
    kind_step: "Un des 4 pas",
    kind_limit: "Une limite par jour pour un enfant",
    kind_text: "Avec nos mots",
    step_legend: "Quel pas ?",
    child_label: "Pour quel enfant ?",
    minutes_label: "Combien de minutes par jour, au plus ?",
    minutes_hint: "En minutes : par exemple 60 pour 1 h.",
    text_label: "Notre engagement, avec nos mots",
    text_hint: |max| {
        fr(format!(
            "Par exemple « pas de tablette à table ». {max} caractères au plus."
        ))
    },
    add: "Ajouter cet engagement",
    err_step_missing: "Choisissez un des 4 pas.",
    err_child_missing: "Choisissez un enfant.",
    err_minutes_not_a_number: "Écrivez un nombre de minutes, par exemple 60.",
    err_too_many: "Trois engagements au plus : retirez-en un d'abord.",
    err_empty_text: "Écrivez quelques mots.",
    err_text_too_long: |chars, max| {
        fr(format!(
            "C'est un peu long : {chars} caractères. {max} au plus."
        ))
    },
    err_limit_out_of_range: "Une limite va de 0 à 1440 minutes (24 h).",
    err_duplicate: "Cet engagement est déjà dans la liste.",
    save_failed: "L'enregistrement n'a pas marché. Réessayez dans un instant.",

    reminder_title: "Nos engagements",
    reminder_link: "Voir s'ils sont tenus",
};

const EN: CompareTexts = CompareTexts {
    intro: "Two weeks side by side: week A (before) and week B (after).",
    weeks_legend: "Which weeks to compare?",
    last_and_this: "Last week / this week",
    first_and_last: "First week / last week",
    first_and_last_later: "“First week / last week” will be possible once the diary has a full \
                           week after the first one.",
    week_a: "Week A (before)",
    week_b: "Week B (after)",

    summary_heading: "In one sentence",
    few_days: |week, days| {
        en(format!(
            "{week}: only {days}. With so few days, the comparison says little."
        ))
    },
    side_by_side_heading: "Side by side",
    days_filled_in: "Days filled in",
    daily_average: "Average per day filled in",
    total: "Week's total",
    by_screen: "By screen",
    by_activity: "By activity",
    by_moment: "By moment of the day",
    days_over_limit: "Days above the limit",
    steps_kept: "Days each step was kept",
    nothing_either_week: "No time logged in either week.",
    no_average: "no average",
    less: "less",
    more: "more",
    same: "the same",
    percent_change: |percent, word| en(format!("that is {percent} {word}")),
    better: "better",
    worse: "worse",
    show_table: "Show the full table",

    checks_heading: "Our commitments, in week B",
    checks_none: "No commitment yet: write some below, under “My commitments”.",
    outcome_kept: "Kept",
    outcome_partly: "Partly",
    outcome_not_kept: "Not kept",
    outcome_not_measurable: "For the family to say",

    days_chart_heading: "Day by day",
    moments_chart_heading: "Moments and the 4 steps, week A then week B",

    presentation: "Presentation mode",
    presentation_hint: "Large figures and charts, to show during the workshop.",
    mask_names: "Hide first names",
    print: "Print",
    print_hint: "Print, or save as PDF with the “Save as PDF” printer. One page per child and one \
                 for the family. Nothing is sent.",
    print_title: |who| en(format!("Comparing two weeks: {who}")),

    no_child_title: "No child in the diary yet",
    no_child_body: "To compare two weeks, first add your children in the Diary and log their \
                    screen time for a week or two.",
    go_to_diary: "Go to the Diary",

    commitments_title: "My commitments",
    commitments_intro: "At the end of the workshop, write down up to three family commitments. \
                        They stay on this phone.",
    commitments_none: "No commitment yet.",
    commitments_full: "You have three commitments. To write another one, remove one first.",
    remove: "Remove",
    remove_commitment: |label| en(format!("Remove: {label}")),
    add_title: "Add a commitment",
    kind_legend: "What kind of commitment?",
    kind_step: "One of the 4 steps",
    kind_limit: "A daily limit for a child",
    kind_text: "In our own words",
    step_legend: "Which step?",
    child_label: "For which child?",
    minutes_label: "At most how many minutes a day?",
    minutes_hint: "In minutes: for example 60 for 1 h.",
    text_label: "Our commitment, in our own words",
    text_hint: |max| {
        en(format!(
            "For example “no tablet at the table”. At most {max} characters."
        ))
    },
    add: "Add this commitment",
    err_step_missing: "Choose one of the 4 steps.",
    err_child_missing: "Choose a child.",
    err_minutes_not_a_number: "Write a number of minutes, for example 60.",
    err_too_many: "Three commitments at most: remove one first.",
    err_empty_text: "Write a few words.",
    err_text_too_long: |chars, max| {
        en(format!(
            "That is a bit long: {chars} characters. At most {max}."
        ))
    },
    err_limit_out_of_range: "A limit is from 0 to 1440 minutes (24 h).",
    err_duplicate: "This commitment is already in the list.",
    save_failed: "Saving did not work. Try again in a moment.",

    reminder_title: "Our commitments",
    reminder_link: "See whether they are kept",
};
