//! Strings of the group picture: « Partager avec le groupe (anonyme) » on Comparer (the family's
//! side) and the « Bilan du groupe » page (the advisor's side). What a code holds, the bilan's
//! sentences and the messages about each code read come from the core (`group_summary`).

use crate::typeset_table::{en, fr, typeset_table, TypesetTables};
use ecrans_core::calendar::IsoWeek;
use ecrans_core::language::Language;

typeset_table! {
    pub struct GroupTexts {
        // The family's side, on Comparer.
        pub share_heading: &'static str,
        pub share_explanation: &'static str,
        pub share_open: &'static str,
        pub share_close: &'static str,
        pub share_content_heading: &'static str,
        pub share_weeks_note: &'static str,
        pub share_with_commitments: &'static str,
        pub share_qr_heading: &'static str,
        pub share_qr_label: &'static str,
        pub share_text_heading: &'static str,
        pub share_text_hint: &'static str,
        pub share_no_child: &'static str,
        pub share_nothing_filled_in: &'static str,
        pub share_too_many_children: &'static str,
        pub share_absurd: &'static str,

        // The advisor's side: « Bilan du groupe ».
        pub atelier_link_body: &'static str,
        pub atelier_link: &'static str,
        pub page_title: &'static str,
        pub window_title: &'static str,
        pub intro: &'static str,
        pub back_to_deck: &'static str,
        pub camera_heading: &'static str,
        pub camera_prompt: &'static str,
        pub camera_start: &'static str,
        pub camera_stop: &'static str,
        pub camera_starting: &'static str,
        pub camera_on: &'static str,
        pub camera_video_label: &'static str,
        pub camera_refused: &'static str,
        pub camera_absent: &'static str,
        pub camera_failed: &'static str,
        pub typed_heading: &'static str,
        pub typed_label: &'static str,
        pub typed_hint: &'static str,
        pub typed_add: &'static str,
        pub typed_line_error: fn(usize, &str) -> String,
        pub last_read_heading: &'static str,
        pub counted_heading: &'static str,
        pub families_counted: fn(usize) -> String,
        pub bilan_heading: &'static str,
        pub steps_heading: &'static str,
        pub chart_heading: &'static str,
        pub show_data: &'static str,
        pub weeks_span: fn(IsoWeek, IsoWeek) -> String,
        pub save: &'static str,
        pub saved: &'static str,
        pub save_failed: &'static str,
        pub clear: &'static str,
        pub clear_confirm_hint: &'static str,
        pub cleared: &'static str,
        pub saved_heading: &'static str,
        pub saved_on: fn(&str) -> String,
        pub saved_none: &'static str,
        pub show_saved: &'static str,
        pub hide_saved: &'static str,
        pub print: &'static str,
        pub new_session: &'static str,
        pub privacy_note: &'static str,
    }
}

pub fn group_texts(language: Language) -> &'static GroupTexts {
    static TABLES: TypesetTables<GroupTexts> = TypesetTables::new(&FR, &EN);
    TABLES.get(language)
}

const FR: GroupTexts = GroupTexts {
    share_heading: "Partager avec le groupe (anonyme)",
    share_explanation: "À la séance de suivi, l'animatrice ou l'animateur peut faire le bilan \
                        de tout le groupe sans rien envoyer sur Internet : votre téléphone \
                        montre un code avec quelques totaux de vos deux semaines, et son appareil \
                        le lit. Pas de prénom, pas de note, pas de date. Le bilan ne s'affiche \
                        qu'à partir de trois familles : les chiffres d'une famille ne sont jamais \
                        montrés seuls.",
    share_open: "Partager avec le groupe (anonyme)",
    share_close: "Ne plus montrer le code",
    share_content_heading: "Ce que contient le code, en toutes lettres",
    share_weeks_note: "Le code porte sur la famille entière et sur les deux semaines choisies \
                       plus haut.",
    share_with_commitments: "Ajouter si nos engagements ont été tenus (sans leurs mots)",
    share_qr_heading: "Le code à montrer",
    share_qr_label: "Code QR à faire lire par l'appareil de l'animateur",
    share_text_heading: "Sans appareil photo : le même code en lettres et chiffres",
    share_text_hint: "L'animateur peut le taper ou le coller. Les tirets et les espaces ne \
                      comptent pas.",
    share_no_child: "Ajoutez d'abord vos enfants dans le Carnet.",
    share_nothing_filled_in: "Aucun jour n'est renseigné ces deux semaines : il n'y a rien à \
                              partager.",
    share_too_many_children: "Le code ne peut pas compter plus de 31 enfants.",
    share_absurd: "Le carnet contient plus de 24 h d'écran un même jour pour un enfant : \
                   corrigez ce jour avant de partager.",

    atelier_link_body:
        "À la séance de suivi\u{a0}: lisez les codes des familles et montrez le bilan \
                        du groupe, sans aucun nom.",
    atelier_link: "Ouvrir le bilan du groupe",
    page_title: "Bilan du groupe",
    window_title: "Bilan du groupe · Écrans en famille",
    intro: "Chaque famille montre le code de « Comparer » → « Partager avec le groupe \
            (anonyme) ». Cet appareil additionne les codes lus, sans rien envoyer : chaque \
            famille n'est comptée qu'une fois, et le bilan ne s'affiche qu'à partir de trois \
            familles.",
    back_to_deck: "Retour à l'Atelier",
    camera_heading: "Lire les codes avec la caméra",
    camera_prompt: "La caméra sert seulement à lire les codes : aucune image n'est enregistrée \
                    ni envoyée. Le navigateur va vous demander l'autorisation.",
    camera_start: "Ouvrir la caméra",
    camera_stop: "Fermer la caméra",
    camera_starting: "Ouverture de la caméra…",
    camera_on: "Caméra ouverte : présentez un code devant l'objectif.",
    camera_video_label: "Image de la caméra",
    camera_refused: "La caméra a été refusée. Vous pouvez l'autoriser dans les réglages du \
                     navigateur, ou taper les codes plus bas.",
    camera_absent: "Cet appareil n'a pas de caméra utilisable. Tapez ou collez les codes plus \
                    bas.",
    camera_failed: "La caméra n'a pas pu s'ouvrir. Tapez ou collez les codes plus bas.",
    typed_heading: "Taper ou coller des codes",
    typed_label: "Codes des familles (un par ligne)",
    typed_hint: "Chaque code commence par ECRANS1. Les tirets et les espaces ne comptent pas.",
    typed_add: "Compter ces codes",
    typed_line_error: |line, message| fr(format!("Ligne {line} : {message}")),
    last_read_heading: "Dernier code lu",
    counted_heading: "Familles comptées",
    families_counted: |n| {
        fr(match n {
            0 => "Aucune famille comptée pour l'instant.".to_owned(),
            1 => "1 famille comptée.".to_owned(),
            n => format!("{n} familles comptées."),
        })
    },
    bilan_heading: "Le groupe, avant et après",
    steps_heading: "Les 4 pas",
    chart_heading: "Par moment de la journée",
    show_data: "Voir les données",
    weeks_span: |first, last| {
        fr(format!(
            "Semaines comparées : de la semaine {first} à la semaine {last}."
        ))
    },
    save: "Enregistrer le bilan",
    saved: "Bilan enregistré sur cet appareil (les totaux seulement, sans aucune famille).",
    save_failed: "L'enregistrement n'a pas marché : la mémoire du navigateur est peut-être \
                  pleine.",
    clear: "Effacer",
    clear_confirm_hint: "« Effacer » retire le bilan enregistré sur cet appareil.",
    cleared: "Le bilan enregistré a été effacé.",
    saved_heading: "Bilan enregistré",
    saved_on: |date| fr(format!("Enregistré le {date}.")),
    saved_none: "Aucun bilan enregistré sur cet appareil.",
    show_saved: "Afficher le bilan enregistré",
    hide_saved: "Revenir au bilan de cette séance",
    print: "Imprimer",
    new_session: "Recommencer à zéro",
    privacy_note: "Les codes lus restent en mémoire le temps de la séance et disparaissent en \
                   quittant la page.",
};

const EN: GroupTexts = GroupTexts {
    share_heading: "Share with the group (anonymous)",
    share_explanation: "At the follow-up session, the workshop leader can add up the whole \
                        group's figures without sending anything over the Internet: your phone \
                        shows a code with a few totals of your two weeks, and their device reads \
                        it. No name, no note, no date. The summary appears only from three \
                        families on: one family's figures are never shown on their own.",
    share_open: "Share with the group (anonymous)",
    share_close: "Stop showing the code",
    share_content_heading: "What the code holds, in full",
    share_weeks_note: "The code is about the whole family and the two weeks chosen above.",
    share_with_commitments: "Add whether our commitments were kept (without their words)",
    share_qr_heading: "The code to show",
    share_qr_label: "QR code for the workshop leader's device to read",
    share_text_heading: "Without a camera: the same code in letters and digits",
    share_text_hint: "The workshop leader can type or paste it. Dashes and spaces do not count.",
    share_no_child: "First add your children in the Diary.",
    share_nothing_filled_in: "No day is filled in during these two weeks: there is nothing to \
                              share.",
    share_too_many_children: "The code cannot count more than 31 children.",
    share_absurd: "The diary holds more than 24 hours of screens on one day for a child: correct \
                   that day before sharing.",

    atelier_link_body: "At the follow-up session: read the families' codes and show the group's \
                        summary, with no name.",
    atelier_link: "Open the group summary",
    page_title: "Group summary",
    window_title: "Group summary · Écrans en famille",
    intro: "Each family shows the code from “Compare” → “Share with the group (anonymous)”. This \
            device adds up the codes read without sending anything: each family is counted \
            once, and the summary appears only from three families on.",
    back_to_deck: "Back to the Workshop",
    camera_heading: "Read the codes with the camera",
    camera_prompt: "The camera is used only to read the codes: no picture is kept or sent. The \
                    browser will ask for your permission.",
    camera_start: "Open the camera",
    camera_stop: "Close the camera",
    camera_starting: "Opening the camera…",
    camera_on: "Camera open: hold a code in front of the lens.",
    camera_video_label: "Camera picture",
    camera_refused: "The camera was refused. You can allow it in the browser's settings, or type \
                     the codes below.",
    camera_absent: "This device has no camera that can be used. Type or paste the codes below.",
    camera_failed: "The camera could not be opened. Type or paste the codes below.",
    typed_heading: "Type or paste codes",
    typed_label: "The families' codes (one a line)",
    typed_hint: "Each code starts with ECRANS1. Dashes and spaces do not count.",
    typed_add: "Count these codes",
    typed_line_error: |line, message| en(format!("Line {line}: {message}")),
    last_read_heading: "Last code read",
    counted_heading: "Families counted",
    families_counted: |n| {
        en(match n {
            0 => "No family counted yet.".to_owned(),
            1 => "1 family counted.".to_owned(),
            n => format!("{n} families counted."),
        })
    },
    bilan_heading: "The group, before and after",
    steps_heading: "The 4 steps",
    chart_heading: "By moment of the day",
    show_data: "Show the data",
    weeks_span: |first, last| {
        en(format!(
            "Weeks compared: from week {} of {} to week {} of {}.",
            first.week(),
            first.year(),
            last.week(),
            last.year()
        ))
    },
    save: "Save the summary",
    saved: "Summary saved on this device (the totals only, with no family in it).",
    save_failed: "Saving did not work: the browser's storage may be full.",
    clear: "Clear",
    clear_confirm_hint: "“Clear” removes the summary saved on this device.",
    cleared: "The saved summary was cleared.",
    saved_heading: "Saved summary",
    saved_on: |date| en(format!("Saved on {date}.")),
    saved_none: "No summary saved on this device.",
    show_saved: "Show the saved summary",
    hide_saved: "Back to this session's summary",
    print: "Print",
    new_session: "Start again from zero",
    privacy_note: "The codes read stay in memory for the session and are gone when you leave the \
                   page.",
};
