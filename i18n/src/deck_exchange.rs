//! Strings of « Partager mon diaporama » in « Adapter le diaporama »: « Exporter mon diaporama »
//! (the adapted deck as one file) and « Importer un diaporama » (a colleague's file, its preview,
//! then « Remplacer mon diaporama par celui-ci » or « Annuler »). Why a file is refused is the
//! core's sentence (`ecrans_core::adapted_deck::FileError::message`), in both languages.

use crate::typeset_table::{en, fr, typeset_table, TypesetTables};
use ecrans_core::language::Language;

typeset_table! {
    pub struct DeckExchangeTexts {
        pub title: &'static str,
        pub intro: &'static str,
        pub privacy: &'static str,

        pub export_button: &'static str,
        /// The share sheet's title.
        pub export_share_title: &'static str,
        pub exported: fn(&str) -> String,
        pub shared: &'static str,
        pub export_failed: &'static str,
        pub nothing_to_export: &'static str,

        pub import_title: &'static str,
        pub import_hint: &'static str,
        pub import_pick: &'static str,
        pub reading: &'static str,
        pub read_failed: &'static str,

        pub preview_title: &'static str,
        pub preview_file: fn(&str) -> String,
        pub session_is: fn(&str) -> String,
        pub every_slide: &'static str,
        pub unknown_session: fn(&str) -> String,
        pub session_same: &'static str,
        pub session_replaces: fn(&str) -> String,
        pub in_french: &'static str,
        pub in_english: &'static str,
        pub slide_count: fn(usize) -> String,
        pub no_change: &'static str,
        pub changes_intro: fn(usize) -> String,
        pub change_added: fn(&str) -> String,
        pub change_changed: fn(&str) -> String,
        pub change_removed: fn(&str) -> String,
        pub order_changes: &'static str,
        pub see_slides: fn(usize) -> String,
        pub origin_edited: &'static str,
        pub origin_own: &'static str,

        pub replace_warning: &'static str,
        pub replace_button: &'static str,
        pub cancel: &'static str,
        pub save_failed: &'static str,
        pub done: &'static str,
        pub done_session: fn(&str) -> String,
        pub undo: &'static str,
        pub undone: &'static str,
    }
}

const FR: DeckExchangeTexts = DeckExchangeTexts {
    title: "Partager mon diaporama",
    intro: "Le fichier contient vos diapositives, en français et en anglais, et la séance \
            choisie. Donnez-le à un collègue : il l'importe dans son application, ici même, \
            avec « Importer un diaporama ».",
    privacy: "Il ne contient aucune donnée des familles : seulement le diaporama.",

    export_button: "Exporter mon diaporama",
    export_share_title: "Mon diaporama Écrans en famille",
    exported: |name| {
        fr(format!(
            "« {name} » est dans vos téléchargements : envoyez-le à vos collègues (par message \
             ou e-mail)."
        ))
    },
    shared: "Diaporama envoyé.",
    export_failed: "L'export n'a pas pu se faire. Réessayez. Rien n'a changé.",
    nothing_to_export: "Votre diaporama est encore celui d'origine : il n'y a rien à exporter. \
                        Masquez, modifiez ou ajoutez d'abord une diapositive.",

    import_title: "Importer un diaporama",
    import_hint: "Choisissez le fichier « ….diaporama.json » reçu d'un collègue. Vous verrez ce \
                  qu'il contient avant que rien ne change.",
    import_pick: "Importer un diaporama",
    reading: "Lecture du fichier…",
    read_failed: "Ce fichier n'a pas pu être lu. Rien n'a changé.",

    preview_title: "Ce que contient ce diaporama",
    preview_file: |name| fr(format!("Fichier : {name}")),
    session_is: |name| fr(format!("Séance : {name}")),
    every_slide: "toutes les diapositives",
    unknown_session: |code| {
        fr(format!(
            "« {code} », que cette version ne connaît pas : toutes les diapositives seront \
             présentées"
        ))
    },
    session_same: "C'est la même séance que sur cet appareil.",
    session_replaces: |name| {
        fr(format!(
            "Sur cet appareil, la séance est aujourd'hui : {name}. Elle sera remplacée."
        ))
    },
    in_french: "En français",
    in_english: "En anglais",
    slide_count: |count| {
        fr(match count {
            0 => "Aucune diapositive ne sera présentée.".to_owned(),
            1 => "1 diapositive sera présentée.".to_owned(),
            _ => format!("{count} diapositives seront présentées."),
        })
    },
    no_change: "Aucun changement par rapport à cet appareil.",
    changes_intro: |count| {
        fr(match count {
            1 => "1 changement par rapport à cet appareil :".to_owned(),
            _ => format!("{count} changements par rapport à cet appareil :"),
        })
    },
    change_added: |title| fr(format!("Ajoutée : {title}")),
    change_changed: |title| fr(format!("Modifiée : {title}")),
    change_removed: |title| fr(format!("Retirée : {title}")),
    order_changes: "L'ordre des diapositives change.",
    see_slides: |count| {
        fr(match count {
            1 => "Voir la diapositive".to_owned(),
            _ => format!("Voir les {count} diapositives, dans l'ordre"),
        })
    },
    origin_edited: "modifiée",
    origin_own: "écrite par l'auteur du fichier",

    replace_warning: "Vos changements actuels, en français et en anglais, seront remplacés par \
                      ceux du fichier. Vous pourrez annuler pendant huit secondes.",
    replace_button: "Remplacer mon diaporama par celui-ci",
    cancel: "Annuler",
    save_failed: "L'enregistrement a échoué : la mémoire du navigateur est peut-être pleine ou \
                  bloquée. Rien n'a changé.",
    done: "C'est fait : votre diaporama est maintenant celui du fichier.",
    done_session: |name| fr(format!("Séance choisie pour présenter : {name}.")),
    undo: "Annuler l'import",
    undone: "Import annulé : votre diaporama d'avant est revenu.",
};

const EN: DeckExchangeTexts = DeckExchangeTexts {
    title: "Share my slides",
    intro: "The file holds your slides, in French and in English, and the session chosen. Give \
            it to a colleague: they import it in their app, right here, with \"Import slides\".",
    privacy: "It holds no family data: only the slides.",

    export_button: "Export my slides",
    export_share_title: "My Screens in the family slides",
    exported: |name| {
        en(format!(
            "\"{name}\" is in your downloads: send it to your colleagues (by message or email)."
        ))
    },
    shared: "Slides sent.",
    export_failed: "The export did not work. Try again. Nothing changed.",
    nothing_to_export: "Your slides are still the original ones: there is nothing to export. \
                        Hide, edit or add a slide first.",

    import_title: "Import slides",
    import_hint: "Choose the \"….diaporama.json\" file a colleague gave you. You will see what it \
                  holds before anything changes.",
    import_pick: "Import slides",
    reading: "Reading the file…",
    read_failed: "This file could not be read. Nothing changed.",

    preview_title: "What these slides hold",
    preview_file: |name| en(format!("File: {name}")),
    session_is: |name| en(format!("Session: {name}")),
    every_slide: "every slide",
    unknown_session: |code| {
        en(format!(
            "\"{code}\", which this version does not know: every slide will be shown"
        ))
    },
    session_same: "It is the same session as on this device.",
    session_replaces: |name| {
        en(format!(
            "On this device, the session is now: {name}. It will be replaced."
        ))
    },
    in_french: "In French",
    in_english: "In English",
    slide_count: |count| {
        en(match count {
            0 => "No slide will be shown.".to_owned(),
            1 => "1 slide will be shown.".to_owned(),
            _ => format!("{count} slides will be shown."),
        })
    },
    no_change: "No change from this device.",
    changes_intro: |count| {
        en(match count {
            1 => "1 change from this device:".to_owned(),
            _ => format!("{count} changes from this device:"),
        })
    },
    change_added: |title| en(format!("Added: {title}")),
    change_changed: |title| en(format!("Edited: {title}")),
    change_removed: |title| en(format!("Removed: {title}")),
    order_changes: "The order of the slides changes.",
    see_slides: |count| {
        en(match count {
            1 => "See the slide".to_owned(),
            _ => format!("See the {count} slides, in order"),
        })
    },
    origin_edited: "edited",
    origin_own: "written by the file's author",

    replace_warning: "Your current changes, in French and in English, will be replaced by the \
                      file's. You can undo it for eight seconds.",
    replace_button: "Replace my slides with these",
    cancel: "Cancel",
    save_failed: "Saving failed: the browser's storage may be full or blocked. Nothing changed.",
    done: "Done: your slides are now the file's.",
    done_session: |name| en(format!("Session chosen for presenting: {name}.")),
    undo: "Undo the import",
    undone: "Import undone: your previous slides are back.",
};

/// The strings of « Partager mon diaporama » in `language`, typeset for it.
pub fn deck_exchange_texts(language: Language) -> &'static DeckExchangeTexts {
    static TABLES: TypesetTables<DeckExchangeTexts> = TypesetTables::new(&FR, &EN);
    TABLES.get(language)
}
