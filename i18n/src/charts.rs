//! Strings of the Graphiques page and of the chart pieces shared with Comparer (week picker,
//! scope picker, « Voir les données »). The charts' own titles, sentences and tables, and every
//! duration or count, come from the core.

use crate::typeset_table::{en, fr, typeset_table, TypesetTables};
use ecrans_core::language::Language;

typeset_table! {
    pub struct ChartsTexts {
        pub intro: &'static str,
        pub who: &'static str,
        pub whole_family: &'static str,

        pub which_week: &'static str,
        pub previous_week: &'static str,
        pub next_week: &'static str,
        pub this_week: &'static str,
        /// How long ago a week was, in words: 0 « Cette semaine », 1 « La semaine dernière »…
        pub weeks_ago: fn(u32) -> String,

        pub key_figures: &'static str,
        /// The daily average with the days filled in: (average, « 5 jours renseignés sur 7 »).
        pub average_line: fn(&str, &str) -> String,
        /// No day filled in: (« aucun jour renseigné sur 7 »).
        pub no_average_line: fn(&str) -> String,
        pub total_line: fn(&str) -> String,

        pub week_heading: &'static str,
        pub activity_heading: &'static str,
        pub moments_heading: &'static str,
        pub trend_heading: &'static str,
        pub trend_hint: &'static str,
        pub show_data: &'static str,
        pub chart_failed: &'static str,

        pub no_child_title: &'static str,
        pub no_child_body: &'static str,
        pub go_to_diary: &'static str,
        pub nothing_title: &'static str,
        pub nothing_body: &'static str,
    }
}

pub fn charts_texts(language: Language) -> &'static ChartsTexts {
    static TABLES: TypesetTables<ChartsTexts> = TypesetTables::new(&FR, &EN);
    TABLES.get(language)
}

const FR: ChartsTexts = ChartsTexts {
    intro: "La semaine en images. Chaque graphique est résumé en une phrase, et ses chiffres sont \
            dans « Voir les données ».",
    who: "Pour qui ?",
    whole_family: "Toute la famille",

    which_week: "Quelle semaine ?",
    previous_week: "Semaine précédente",
    next_week: "Semaine suivante",
    this_week: "Cette semaine",
    weeks_ago: |weeks| {
        fr(match weeks {
            0 => "Cette semaine".to_owned(),
            1 => "La semaine dernière".to_owned(),
            n => format!("Il y a {n} semaines"),
        })
    },

    key_figures: "L'essentiel",
    average_line: |average, days| fr(format!("En moyenne {average} par jour ({days})")),
    no_average_line: |days| fr(format!("Pas de moyenne : {days}")),
    total_line: |total| fr(format!("Total de la semaine : {total}")),

    week_heading: "Chaque jour, par écran",
    activity_heading: "Pour quoi faire ?",
    moments_heading: "À quels moments ? Les 4 pas",
    trend_heading: "Semaine après semaine",
    trend_hint: "La moyenne par jour de chaque semaine notée, sur les 26 dernières semaines.",
    show_data: "Voir les données",
    chart_failed: "Ce graphique n'a pas pu être dessiné. Les autres restent justes.",

    no_child_title: "Pas encore d'enfant dans le carnet",
    no_child_body: "Les graphiques se dessinent à partir du carnet. Commencez par ajouter vos \
                    enfants dans le Carnet, puis notez quelques moments d'écran.",
    go_to_diary: "Aller au Carnet",
    nothing_title: "Rien de noté cette semaine",
    nothing_body: "Pour noter un moment : ouvrez le Carnet, touchez la durée, puis \
                   « Enregistrer ». Vous pouvez aussi regarder une autre semaine avec les \
                   flèches ci-dessus.",
};

const EN: ChartsTexts = ChartsTexts {
    intro: "The week in pictures. Each chart is summed up in one sentence, and its figures are \
            under “Show the data”.",
    who: "Who for?",
    whole_family: "The whole family",

    which_week: "Which week?",
    previous_week: "Previous week",
    next_week: "Next week",
    this_week: "This week",
    weeks_ago: |weeks| {
        en(match weeks {
            0 => "This week".to_owned(),
            1 => "Last week".to_owned(),
            n => format!("{n} weeks ago"),
        })
    },

    key_figures: "At a glance",
    average_line: |average, days| en(format!("On average {average} a day ({days})")),
    no_average_line: |days| en(format!("No average: {days}")),
    total_line: |total| en(format!("Week's total: {total}")),

    week_heading: "Each day, by screen",
    activity_heading: "What for?",
    moments_heading: "When? The 4 steps",
    trend_heading: "Week after week",
    trend_hint: "The daily average of each week logged, over the last 26 weeks.",
    show_data: "Show the data",
    chart_failed: "This chart could not be drawn. The others are still right.",

    no_child_title: "No child in the diary yet",
    no_child_body: "The charts are drawn from the diary. Start by adding your children in the \
                    Diary, then log a few moments of screen time.",
    go_to_diary: "Go to the Diary",
    nothing_title: "Nothing logged this week",
    nothing_body: "To log a moment: open the Diary, tap the duration, then “Save”. You can also \
                   look at another week with the arrows above.",
};
