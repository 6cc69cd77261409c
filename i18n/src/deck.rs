//! Strings of the Atelier: the start screen, the presenting controls, the speaker view, the
//! handouts and the « Prochaine rencontre » section of Réglages. The slides' own text is not
//! here: it comes from `content/` through the core.

use crate::typeset_table::{en, fr, typeset_table, TypesetTables};
use ecrans_core::deck::Pictogram;
use ecrans_core::duration_text::format_duration as duration_text;
use ecrans_core::language::Language;

typeset_table! {
    pub struct DeckTexts {
        pub intro: fn(usize, u32) -> String,
        pub offline_note: &'static str,
        pub start: &'static str,
        pub start_one_screen: &'static str,
        pub start_hint: &'static str,
        pub shortcuts_title: &'static str,
        pub shortcuts_keys: &'static str,
        pub shortcuts_action: &'static str,
        /// Each row: the keys, then what they do.
        pub shortcuts: &'static [(&'static str, &'static str)],
        pub contents_title: &'static str,
        pub minutes: fn(u32) -> String,
        pub go_to_slide: fn(usize, &str) -> String,

        pub meeting_title: &'static str,
        pub meeting_summary_date: &'static str,
        pub meeting_summary_place: &'static str,
        pub meeting_edit_in_settings: &'static str,
        pub to_be_announced: &'static str,

        pub handouts_title: &'static str,
        pub handouts_hint: &'static str,
        pub handouts_with_notes: &'static str,
        pub handouts_print: &'static str,
        pub notes_title: &'static str,
        pub sources_label: &'static str,

        pub slide_of: fn(usize, usize) -> String,
        pub step_of: fn(usize, usize) -> String,
        pub progress_label: &'static str,
        pub toolbar_label: &'static str,
        pub previous: &'static str,
        pub next: &'static str,
        pub overview: &'static str,
        pub speaker_view: &'static str,
        pub one_screen: &'static str,
        pub back_to_projection: &'static str,
        pub fullscreen: &'static str,
        pub blackout: &'static str,
        pub leave: &'static str,
        pub blackout_notice: &'static str,
        pub jump_to: &'static str,
        pub speaker_window_blocked: &'static str,
        pub dismiss: &'static str,

        pub overview_title: &'static str,
        pub overview_close: &'static str,

        pub speaker_title: &'static str,
        pub one_screen_title: &'static str,
        pub current_slide: &'static str,
        pub next_up: &'static str,
        pub next_step_same_slide: &'static str,
        pub end_of_deck: &'static str,
        pub notes_larger: &'static str,
        pub notes_smaller: &'static str,
        pub clock_label: &'static str,
        pub elapsed_label: &'static str,
        pub reset_timer: &'static str,
        pub planned: fn(u32) -> String,
        pub audience_is_black: &'static str,

        pub meeting_settings_hint: &'static str,
        pub meeting_date: &'static str,
        pub meeting_place: &'static str,
        pub meeting_place_hint: &'static str,
        pub meeting_save: &'static str,
        pub meeting_saved: &'static str,
        pub meeting_save_failed: &'static str,
        pub meeting_invalid_date: &'static str,
        pub meeting_place_too_long: fn(usize) -> String,
        pub meeting_place_one_line: &'static str,
        pub meeting_stored_unreadable: &'static str,

        pub session_legend: &'static str,
        pub session_hint: &'static str,
        pub whole_deck: &'static str,
        pub planned_total: fn(u32) -> String,
        pub agenda_total: fn(u32) -> String,
        pub agenda_minutes: fn(u32) -> String,
        pub planned_total_label: &'static str,
        pub planned_so_far_label: &'static str,
        pub pictogram_morning: &'static str,
        pub pictogram_meal: &'static str,
        pub pictogram_bedtime: &'static str,
        pub pictogram_bedroom: &'static str,
        pub pictogram_phone: &'static str,
    }
}

const FR: DeckTexts = DeckTexts {
    intro: |slides, minutes| {
        fr({
            fr(format!(
                "Le diaporama de l'atelier pour les parents : {slides} diapositives, \
             environ {} h {:02} de parole prévue.",
                minutes / 60,
                minutes % 60
            ))
        })
    },
    offline_note: "Il fonctionne sans connexion une fois l'application ouverte : \
                   rien n'est chargé depuis Internet pendant l'atelier.",
    start: "Commencer la présentation",
    start_one_screen: "Un seul écran : diapositive et notes",
    start_hint: "Sur le vidéoprojecteur, commencez la présentation, puis appuyez sur S pour \
                 ouvrir la vue orateur dans une seconde fenêtre, sur votre écran. Sans second \
                 écran, choisissez « Un seul écran ».",
    shortcuts_title: "Raccourcis pendant la présentation",
    shortcuts_keys: "Touches",
    shortcuts_action: "Action",
    shortcuts: &[
        ("→  Espace  Page suivante", "étape ou diapositive suivante"),
        ("←  Page précédente", "étape ou diapositive précédente"),
        ("Début  Fin", "première ou dernière diapositive"),
        ("7 puis Entrée", "aller à la diapositive 7"),
        ("O  Échap", "vue d'ensemble des diapositives"),
        ("B  point", "écran noir, puis retour"),
        ("F", "plein écran"),
        ("S", "vue orateur dans une seconde fenêtre"),
        ("N", "un seul écran : notes sous la diapositive"),
        ("Glisser du doigt", "diapositive suivante ou précédente"),
    ],
    contents_title: "Les diapositives",
    minutes: |minutes| fr(format!("{minutes} min")),
    go_to_slide: |number, title| fr(format!("Diapositive {number} : {title}")),

    meeting_title: "Prochaine rencontre",
    meeting_summary_date: "Date",
    meeting_summary_place: "Lieu",
    meeting_edit_in_settings: "Modifier dans Réglages",
    to_be_announced: "à préciser",

    handouts_title: "Imprimer les supports",
    handouts_hint: "Une diapositive par page. Pour garder un fichier, choisissez « Enregistrer \
                    au format PDF » dans la fenêtre d'impression.",
    handouts_with_notes: "Avec les notes de l'animateur",
    handouts_print: "Imprimer",
    notes_title: "Notes",
    sources_label: "Sources :",

    slide_of: |number, total| fr(format!("Diapositive {number} sur {total}")),
    step_of: |step, steps| fr(format!("étape {step} sur {steps}")),
    progress_label: "Avancement de la présentation",
    toolbar_label: "Commandes de la présentation",
    previous: "Précédent",
    next: "Suivant",
    overview: "Vue d'ensemble",
    speaker_view: "Vue orateur",
    one_screen: "Un seul écran",
    back_to_projection: "Revenir à la projection",
    fullscreen: "Plein écran",
    blackout: "Écran noir",
    leave: "Quitter",
    blackout_notice: "Écran noir. Appuyez sur B pour revenir à la diapositive.",
    jump_to: "Aller à la diapositive",
    speaker_window_blocked: "Le navigateur a bloqué la fenêtre de la vue orateur. Autorisez \
                             les fenêtres pop-up pour ce site, ou choisissez « Un seul écran ».",
    dismiss: "Fermer",

    overview_title: "Vue d'ensemble",
    overview_close: "Fermer la vue d'ensemble",

    speaker_title: "Vue orateur",
    one_screen_title: "Un seul écran",
    current_slide: "À l'écran",
    next_up: "Au prochain clic",
    next_step_same_slide: "la suite de cette diapositive",
    end_of_deck: "Fin de la présentation",
    notes_larger: "Agrandir les notes",
    notes_smaller: "Réduire les notes",
    clock_label: "Heure",
    elapsed_label: "Temps écoulé",
    reset_timer: "Remettre à zéro",
    planned: |minutes| fr(format!("prévu : {minutes} min")),
    audience_is_black: "L'écran du public est noir (B pour revenir).",

    meeting_settings_hint: "Elles s'affichent sur la dernière diapositive de l'atelier. \
                            Elles restent sur cet appareil.",
    meeting_date: "Date",
    meeting_place: "Lieu",
    meeting_place_hint: "Par exemple : médiathèque, salle 2",
    meeting_save: "Enregistrer",
    meeting_saved: "Enregistré sur cet appareil.",
    meeting_save_failed: "L'enregistrement a échoué : la mémoire du navigateur est peut-être \
                          pleine ou bloquée.",
    meeting_invalid_date: "Cette date n'est pas valide.",
    meeting_place_too_long: |max| fr(format!("Le lieu doit tenir en {max} caractères au plus.")),
    meeting_place_one_line: "Le lieu doit tenir sur une seule ligne.",
    meeting_stored_unreadable: "La rencontre enregistrée n'a pas pu être lue. Saisissez-la de \
                                nouveau.",
    session_legend: "Séance à présenter",
    session_hint: "La séance choisit les diapositives, leur ordre, le programme affiché et le \
                   temps prévu. Ce choix reste sur cet appareil.",
    whole_deck: "Toutes les diapositives (pour préparer)",
    planned_total: |minutes| fr(format!("environ {}", duration_text(minutes, Language::Fr))),
    agenda_total: |minutes| {
        fr({
            fr(format!(
                "Durée prévue : {}",
                duration_text(minutes, Language::Fr)
            ))
        })
    },
    agenda_minutes: |minutes| fr(duration_text(minutes, Language::Fr)),
    planned_total_label: "Prévu en tout",
    planned_so_far_label: "Prévu avant cette diapositive",
    pictogram_morning: "Pictogramme : un soleil qui se lève, le matin",
    pictogram_meal: "Pictogramme : une assiette, une fourchette et un couteau, le repas",
    pictogram_bedtime: "Pictogramme : une lune et des étoiles, le coucher",
    pictogram_bedroom: "Pictogramme : un lit, la chambre",
    pictogram_phone: "Pictogramme : un smartphone",
};

const EN: DeckTexts = DeckTexts {
    intro: |slides, minutes| {
        en({
            en(format!(
                "The slides of the parents' workshop: {slides} slides, about {} h {:02} of \
             planned speaking time.",
                minutes / 60,
                minutes % 60
            ))
        })
    },
    offline_note: "It works offline once the app is open: nothing is loaded from the Internet \
                   during the workshop.",
    start: "Start the presentation",
    start_one_screen: "One screen: slide and notes",
    start_hint: "On the projector, start the presentation, then press S to open the speaker \
                 view in a second window, on your own screen. Without a second screen, choose \
                 \"One screen\".",
    shortcuts_title: "Shortcuts while presenting",
    shortcuts_keys: "Keys",
    shortcuts_action: "Action",
    shortcuts: &[
        ("→  Space  Page Down", "next step or slide"),
        ("←  Page Up", "previous step or slide"),
        ("Home  End", "first or last slide"),
        ("7 then Enter", "go to slide 7"),
        ("O  Esc", "overview of the slides"),
        ("B  full stop", "black screen, and back"),
        ("F", "full screen"),
        ("S", "speaker view in a second window"),
        ("N", "one screen: notes under the slide"),
        ("Swipe", "next or previous slide"),
    ],
    contents_title: "The slides",
    minutes: |minutes| en(format!("{minutes} min")),
    go_to_slide: |number, title| en(format!("Slide {number}: {title}")),

    meeting_title: "Next meeting",
    meeting_summary_date: "Date",
    meeting_summary_place: "Place",
    meeting_edit_in_settings: "Change in Settings",
    to_be_announced: "to be announced",

    handouts_title: "Print handouts",
    handouts_hint: "One slide per page. To keep a file, choose \"Save as PDF\" in the print \
                    window.",
    handouts_with_notes: "With the presenter's notes",
    handouts_print: "Print",
    notes_title: "Notes",
    sources_label: "Sources:",

    slide_of: |number, total| en(format!("Slide {number} of {total}")),
    step_of: |step, steps| en(format!("step {step} of {steps}")),
    progress_label: "Progress of the presentation",
    toolbar_label: "Presentation controls",
    previous: "Previous",
    next: "Next",
    overview: "Overview",
    speaker_view: "Speaker view",
    one_screen: "One screen",
    back_to_projection: "Back to the projection",
    fullscreen: "Full screen",
    blackout: "Black screen",
    leave: "Leave",
    blackout_notice: "Black screen. Press B to show the slide again.",
    jump_to: "Go to slide",
    speaker_window_blocked: "The browser blocked the speaker view's window. Allow pop-up \
                             windows for this site, or choose \"One screen\".",
    dismiss: "Close",

    overview_title: "Overview",
    overview_close: "Close the overview",

    speaker_title: "Speaker view",
    one_screen_title: "One screen",
    current_slide: "On screen",
    next_up: "At the next click",
    next_step_same_slide: "the rest of this slide",
    end_of_deck: "End of the presentation",
    notes_larger: "Larger notes",
    notes_smaller: "Smaller notes",
    clock_label: "Time",
    elapsed_label: "Elapsed",
    reset_timer: "Reset",
    planned: |minutes| en(format!("planned: {minutes} min")),
    audience_is_black: "The audience screen is black (B to show it again).",

    meeting_settings_hint: "They are shown on the last slide of the workshop. They stay on this \
                            device.",
    meeting_date: "Date",
    meeting_place: "Place",
    meeting_place_hint: "For example: library, room 2",
    meeting_save: "Save",
    meeting_saved: "Saved on this device.",
    meeting_save_failed: "Saving failed: the browser's storage may be full or blocked.",
    meeting_invalid_date: "This date is not valid.",
    meeting_place_too_long: |max| en(format!("The place must fit in {max} characters at most.")),
    meeting_place_one_line: "The place must fit on one line.",
    meeting_stored_unreadable: "The saved meeting could not be read. Please type it again.",
    session_legend: "Session to present",
    session_hint: "The session decides the slides, their order, the agenda shown and the planned \
                   time. The choice stays on this device.",
    whole_deck: "Every slide (to prepare)",
    planned_total: |minutes| en(format!("about {}", duration_text(minutes, Language::En))),
    agenda_total: |minutes| {
        en({
            en(format!(
                "Planned time: {}",
                duration_text(minutes, Language::En)
            ))
        })
    },
    agenda_minutes: |minutes| en(duration_text(minutes, Language::En)),
    planned_total_label: "Planned in all",
    planned_so_far_label: "Planned before this slide",
    pictogram_morning: "Pictogram: a rising sun, the morning",
    pictogram_meal: "Pictogram: a plate, a fork and a knife, meals",
    pictogram_bedtime: "Pictogram: a moon and stars, bedtime",
    pictogram_bedroom: "Pictogram: a bed, the bedroom",
    pictogram_phone: "Pictogram: a smartphone",
};

impl DeckTexts {
    /// The text alternative of a pictogram.
    pub fn pictogram_alt(&self, pictogram: Pictogram) -> &'static str {
        match pictogram {
            Pictogram::Morning => self.pictogram_morning,
            Pictogram::Meal => self.pictogram_meal,
            Pictogram::Bedtime => self.pictogram_bedtime,
            Pictogram::Bedroom => self.pictogram_bedroom,
            Pictogram::Phone => self.pictogram_phone,
        }
    }
}

/// The Atelier's strings in `language`, typeset for it.
pub fn deck_texts(language: Language) -> &'static DeckTexts {
    static TABLES: TypesetTables<DeckTexts> = TypesetTables::new(&FR, &EN);
    TABLES.get(language)
}
