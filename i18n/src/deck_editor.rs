//! Strings of « Adapter le diaporama », the advisor's editor of the deck, and of the marks the
//! rest of the Atelier shows for an adapted deck (the start screen's card, the speaker view's
//! mark on the advisor's own slides). The messages of a refused slide are the core's
//! (`ecrans_core::adapted_deck`), which words them in both languages.

use crate::typeset_table::{en, fr, typeset_table, TypesetTables};
use ecrans_core::language::Language;

typeset_table! {
    pub struct DeckEditorTexts {
        pub title: &'static str,
        pub intro: &'static str,
        pub language_note: &'static str,
        pub session_label: &'static str,
        pub back_to_deck: &'static str,
        pub present: &'static str,

        pub list_title: &'static str,
        pub list_hint: &'static str,
        pub hidden_mark: &'static str,
        pub edited_mark: &'static str,
        pub own_mark: &'static str,
        pub slide_number: fn(usize) -> String,
        pub hidden_count: fn(usize) -> String,

        pub chosen_title: fn(usize, &str) -> String,
        pub move_up: &'static str,
        pub move_down: &'static str,
        pub hide: &'static str,
        pub show: &'static str,
        pub duplicate: &'static str,
        pub delete: &'static str,
        pub actions_label: &'static str,
        pub preview_title: &'static str,
        pub preview_hidden: &'static str,
        pub preview_of_typed: &'static str,

        pub form_title: &'static str,
        pub field_title: &'static str,
        pub field_text: &'static str,
        pub field_notes: &'static str,
        pub field_sources: &'static str,
        pub field_minutes: &'static str,
        pub title_help: &'static str,
        pub formatting_title: &'static str,
        /// Each row: what to type, then what it does.
        pub formatting: &'static [(&'static str, &'static str)],
        pub notes_help: &'static str,
        pub sources_help: &'static str,
        pub minutes_help: &'static str,
        pub minutes_invalid: &'static str,
        pub save: &'static str,
        pub discard: &'static str,
        pub unsaved: &'static str,
        pub saved: &'static str,

        pub add_title: &'static str,
        pub add_hint: &'static str,
        pub layout_standard: &'static str,
        pub layout_standard_hint: &'static str,
        pub layout_big_figure: &'static str,
        pub layout_big_figure_hint: &'static str,
        pub layout_quiz: &'static str,
        pub layout_quiz_hint: &'static str,
        pub layout_pictograms: &'static str,
        pub layout_pictograms_hint: &'static str,
        pub add_button: &'static str,

        pub reset_title: &'static str,
        pub reset_hint: &'static str,
        pub reset_button: &'static str,
        pub nothing_to_reset: &'static str,

        pub undone_edited: &'static str,
        pub undone_hidden: &'static str,
        pub undone_shown: &'static str,
        pub undone_moved: &'static str,
        pub undone_duplicated: &'static str,
        pub undone_added: &'static str,
        pub undone_deleted: &'static str,
        pub undone_reset: &'static str,
        pub undone_imported: &'static str,
        pub undo: &'static str,

        pub save_failed: &'static str,
        pub unreadable: fn(&str) -> String,

        pub start_card_title: &'static str,
        pub start_card_hint: &'static str,
        pub start_card_link: &'static str,
        pub start_card_adapted: &'static str,

        pub own_slide_mark: &'static str,
        pub edited_slide_mark: &'static str,
    }
}

const FR: DeckEditorTexts = DeckEditorTexts {
    title: "Adapter le diaporama",
    intro: "Masquez, déplacez, modifiez ou ajoutez des diapositives pour la salle de ce soir. \
            Vos changements restent sur cet appareil. Les diapositives que vous ne touchez pas \
            suivent les mises à jour de l'application.",
    language_note: "Vous adaptez le diaporama en français. Pour adapter la version anglaise, \
                    choisissez « English » en haut de la page.",
    session_label: "Séance adaptée",
    back_to_deck: "Retour à l'Atelier",
    present: "Présenter ce diaporama",

    list_title: "Les diapositives",
    list_hint: "Touchez une diapositive pour la voir et la modifier.",
    hidden_mark: "masquée",
    edited_mark: "modifiée",
    own_mark: "la vôtre",
    slide_number: |number| fr(format!("Diapositive {number}")),
    hidden_count: |count| {
        fr(match count {
            0 => "Aucune diapositive masquée.".to_owned(),
            1 => "1 diapositive masquée : elle ne sera pas projetée.".to_owned(),
            _ => format!("{count} diapositives masquées : elles ne seront pas projetées."),
        })
    },

    chosen_title: |number, title| fr(format!("Diapositive {number} : {title}")),
    move_up: "Monter",
    move_down: "Descendre",
    hide: "Masquer",
    show: "Afficher",
    duplicate: "Dupliquer",
    delete: "Supprimer",
    actions_label: "Actions sur cette diapositive",
    preview_title: "Aperçu, comme sur l'écran de la salle",
    preview_hidden: "Cette diapositive est masquée : elle ne sera pas projetée.",
    preview_of_typed: "L'aperçu montre ce que vous tapez, avant même l'enregistrement.",

    form_title: "Modifier le texte",
    field_title: "Titre",
    field_text: "Texte projeté",
    field_notes: "Notes pour vous (la salle ne les voit pas)",
    field_sources: "Sources",
    field_minutes: "Minutes prévues",
    title_help: "Une seule ligne, courte.",
    formatting_title: "Mise en forme du texte",
    formatting: &[
        (
            "- une idée",
            "une ligne qui commence par un tiret fait une liste",
        ),
        (
            "**mots**",
            "deux étoiles de chaque côté : en gras (et en grand sur une question)",
        ),
        ("*mots*", "une étoile de chaque côté : en italique"),
        ("(+) une ligne", "la ligne apparaît au clic suivant"),
        (
            "[texte](https://adresse)",
            "un lien ; les images ne sont pas possibles",
        ),
        ("une ligne vide", "sépare deux paragraphes"),
    ],
    notes_help: "Ce que vous direz et ce que vous demanderez aux parents. Même mise en forme.",
    sources_help: "Une source par ligne, qui commence par un tiret. Obligatoire dès que la \
                   diapositive montre un chiffre, titre compris.",
    minutes_help: "Le temps de parole prévu, en minutes entières.",
    minutes_invalid: "Écrivez un nombre entier de minutes, par exemple 5.",
    save: "Enregistrer la diapositive",
    discard: "Revenir au texte enregistré",
    unsaved: "Pas encore enregistré : l'aperçu montre déjà ce que vous avez tapé.",
    saved: "Diapositive enregistrée sur cet appareil.",

    add_title: "Ajouter une diapositive",
    add_hint: "Elle se place juste après la diapositive choisie. Choisissez sa mise en page :",
    layout_standard: "Texte",
    layout_standard_hint: "un titre, quelques lignes, les sources en bas",
    layout_big_figure: "Grand chiffre",
    layout_big_figure_hint: "un chiffre très grand (le premier texte en gras) et sa source",
    layout_quiz: "Question à la salle",
    layout_quiz_hint: "une question ; les réponses apparaissent une à une",
    layout_pictograms: "Pictogrammes",
    layout_pictograms_hint: "les « 4 pas », chacun avec son dessin",
    add_button: "Ajouter la diapositive",

    reset_title: "Revenir au diaporama d'origine",
    reset_hint: "Efface tous vos changements du diaporama en français : masquages, déplacements, \
                 textes et diapositives ajoutées. Vous pourrez annuler pendant huit secondes.",
    reset_button: "Revenir au diaporama d'origine",
    nothing_to_reset: "Le diaporama en français est celui d'origine : rien à effacer.",

    undone_edited: "Diapositive modifiée.",
    undone_hidden: "Diapositive masquée.",
    undone_shown: "Diapositive de nouveau affichée.",
    undone_moved: "Diapositive déplacée.",
    undone_duplicated: "Diapositive dupliquée.",
    undone_added: "Diapositive ajoutée.",
    undone_deleted: "Diapositive supprimée.",
    undone_reset: "Diaporama d'origine rétabli.",
    undone_imported: "Diaporama importé.",
    undo: "Annuler",

    save_failed: "L'enregistrement a échoué : la mémoire du navigateur est peut-être pleine ou \
                  bloquée. Rien n'a changé.",
    unreadable: |reason| {
        fr(format!(
            "Le diaporama adapté enregistré sur cet appareil n'a pas pu être lu : {reason} Le \
             diaporama d'origine est affiché. Rien n'est effacé : à votre prochain changement, \
             l'ancien texte sera mis de côté sur cet appareil."
        ))
    },

    start_card_title: "Adapter le diaporama",
    start_card_hint: "Masquer, déplacer, modifier ou ajouter des diapositives pour votre salle, \
                      et partager votre diaporama avec vos collègues.",
    start_card_link: "Adapter le diaporama",
    start_card_adapted: "Ce diaporama contient vos changements : c'est lui qui sera projeté.",

    own_slide_mark: "Votre diapositive",
    edited_slide_mark: "Diapositive modifiée par vous",
};

const EN: DeckEditorTexts = DeckEditorTexts {
    title: "Adapt the slides",
    intro: "Hide, move, edit or add slides for tonight's room. Your changes stay on this \
            device. The slides you do not touch follow the app's updates.",
    language_note: "You are adapting the English slides. To adapt the French ones, choose \
                    « Français » at the top of the page.",
    session_label: "Session adapted",
    back_to_deck: "Back to the Workshop",
    present: "Present these slides",

    list_title: "The slides",
    list_hint: "Tap a slide to see and edit it.",
    hidden_mark: "hidden",
    edited_mark: "edited",
    own_mark: "yours",
    slide_number: |number| en(format!("Slide {number}")),
    hidden_count: |count| {
        en(match count {
            0 => "No slide hidden.".to_owned(),
            1 => "1 slide hidden: it will not be shown.".to_owned(),
            _ => format!("{count} slides hidden: they will not be shown."),
        })
    },

    chosen_title: |number, title| en(format!("Slide {number}: {title}")),
    move_up: "Move up",
    move_down: "Move down",
    hide: "Hide",
    show: "Show",
    duplicate: "Duplicate",
    delete: "Delete",
    actions_label: "Actions on this slide",
    preview_title: "Preview, as on the room's screen",
    preview_hidden: "This slide is hidden: it will not be shown.",
    preview_of_typed: "The preview shows what you type, even before saving.",

    form_title: "Edit the text",
    field_title: "Title",
    field_text: "Text shown",
    field_notes: "Notes for you (the room does not see them)",
    field_sources: "Sources",
    field_minutes: "Planned minutes",
    title_help: "One short line.",
    formatting_title: "Formatting the text",
    formatting: &[
        ("- an idea", "a line starting with a dash makes a list"),
        (
            "**words**",
            "two stars on each side: bold (and large on a question)",
        ),
        ("*words*", "one star on each side: italics"),
        ("(+) a line", "the line appears on the next click"),
        (
            "[text](https://address)",
            "a link; pictures are not possible",
        ),
        ("an empty line", "separates two paragraphs"),
    ],
    notes_help: "What you will say and ask the parents. Same formatting.",
    sources_help: "One source per line, starting with a dash. Required as soon as the slide \
                   shows a figure, title included.",
    minutes_help: "The planned speaking time, in whole minutes.",
    minutes_invalid: "Write a whole number of minutes, for example 5.",
    save: "Save the slide",
    discard: "Back to the saved text",
    unsaved: "Not saved yet: the preview already shows what you typed.",
    saved: "Slide saved on this device.",

    add_title: "Add a slide",
    add_hint: "It goes right after the chosen slide. Choose its layout:",
    layout_standard: "Text",
    layout_standard_hint: "a title, a few lines, the sources at the bottom",
    layout_big_figure: "Big figure",
    layout_big_figure_hint: "one very large figure (the first bold text) and its source",
    layout_quiz: "Question to the room",
    layout_quiz_hint: "a question; the answers appear one by one",
    layout_pictograms: "Pictograms",
    layout_pictograms_hint: "the « 4 steps », each with its drawing",
    add_button: "Add the slide",

    reset_title: "Back to the original slides",
    reset_hint: "Removes all your changes to the English slides: hidden, moved, edited and \
                 added slides. You can undo it for eight seconds.",
    reset_button: "Back to the original slides",
    nothing_to_reset: "The English slides are the original ones: nothing to remove.",

    undone_edited: "Slide edited.",
    undone_hidden: "Slide hidden.",
    undone_shown: "Slide shown again.",
    undone_moved: "Slide moved.",
    undone_duplicated: "Slide duplicated.",
    undone_added: "Slide added.",
    undone_deleted: "Slide deleted.",
    undone_reset: "Original slides back.",
    undone_imported: "Slides imported.",
    undo: "Undo",

    save_failed: "Saving failed: the browser's storage may be full or blocked. Nothing changed.",
    unreadable: |reason| {
        en(format!(
            "The adapted slides saved on this device could not be read: {reason} The original \
             slides are shown. Nothing is deleted: at your next change, the old text will be \
             kept aside on this device."
        ))
    },

    start_card_title: "Adapt the slides",
    start_card_hint: "Hide, move, edit or add slides for your room, and share your slides with \
                      your colleagues.",
    start_card_link: "Adapt the slides",
    start_card_adapted: "These slides hold your changes: they are the ones shown.",

    own_slide_mark: "Your slide",
    edited_slide_mark: "Slide you edited",
};

/// The editor's strings in `language`, typeset for it.
pub fn deck_editor_texts(language: Language) -> &'static DeckEditorTexts {
    static TABLES: TypesetTables<DeckEditorTexts> = TypesetTables::new(&FR, &EN);
    TABLES.get(language)
}
