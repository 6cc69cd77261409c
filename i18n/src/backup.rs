//! Strings of backups, restore and sharing with the other parent (Réglages « Sauvegarde et
//! partage »), the storage health and the backup reminder of the home page. Why a file is
//! refused comes from the core (`RestoreError::message`); domain labels (screens) too.

use crate::typeset_table::{en, fr, typeset_table, TypesetTables};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use ecrans_core::calendar::month_name;
use ecrans_core::language::Language;

typeset_table! {
    pub struct BackupTexts {
        pub section_title: &'static str,
        pub section_intro: &'static str,
        pub demo_hint: &'static str,

        pub backup_title: &'static str,
        pub backup_body: &'static str,
        pub backup_button: &'static str,
        pub backup_send_button: &'static str,
        pub backup_send_title: &'static str,
        pub downloaded: fn(&str) -> String,
        pub shared: &'static str,
        pub save_failed: &'static str,
        pub too_big: fn(&str) -> String,
        pub last_backup: fn(&str) -> String,
        pub never_backed_up: &'static str,

        pub other_parent_title: &'static str,
        pub other_parent_body: &'static str,
        pub other_parent_both_ways: &'static str,
        pub other_parent_button: &'static str,
        pub other_parent_downloaded: fn(&str) -> String,

        pub csv_title: &'static str,
        pub csv_body: &'static str,
        pub csv_button: &'static str,

        pub restore_title: &'static str,
        pub restore_body: &'static str,
        pub restore_pick: &'static str,
        pub restore_reading: &'static str,
        pub read_failed: &'static str,

        pub preview_title: &'static str,
        pub preview_file: fn(&str) -> String,
        pub preview_children: &'static str,
        pub preview_no_children: &'static str,
        pub child_new: &'static str,
        pub moments: fn(usize) -> String,
        pub preview_entries: fn(usize, Option<(&str, &str)>) -> String,
        pub preview_new: fn(usize, usize) -> String,
        pub merge_effect: fn(usize, usize, usize, usize) -> String,

        pub conflicts_title: &'static str,
        pub conflicts_intro: &'static str,
        pub conflict_child: fn(&str) -> String,
        pub version_phone: fn(bool, &str) -> String,
        pub version_file: fn(bool, &str) -> String,
        pub kept_phone: &'static str,
        pub kept_file: &'static str,
        pub conflicts_more: fn(usize) -> String,

        pub same_child_title: &'static str,
        pub same_child_intro: &'static str,
        pub same_child_question: fn(&str, &str) -> String,
        pub same_child_detail: fn(&str, &str, usize) -> String,
        pub on_phone: &'static str,
        pub in_file: &'static str,
        pub yes: &'static str,
        pub no: &'static str,
        pub same_child_unanswered: &'static str,
        pub same_child_failed: &'static str,

        pub choose_title: &'static str,
        pub merge_button: &'static str,
        pub merge_hint: &'static str,
        pub replace_button: &'static str,
        pub replace_hint: &'static str,
        pub cancel: &'static str,
        pub replace_confirm: &'static str,
        pub replace_loss: fn(usize, usize) -> String,
        pub save_first: &'static str,
        pub saved_first: fn(&str) -> String,
        pub replace_yes: &'static str,
        pub done_merged: &'static str,
        pub done_replaced: &'static str,
        pub done_demo_note: &'static str,
        pub see_diary: &'static str,

        /// « Protéger par un mot de passe » (backup and other-parent panels, restore).
        pub protect_choice: &'static str,
        pub protect_explain: &'static str,
        pub protect_forgotten: &'static str,
        pub protect_passphrase: &'static str,
        pub protect_passphrase_again: &'static str,
        pub protect_empty: &'static str,
        pub protect_mismatch: &'static str,
        /// While the key is derived: the share done, already formatted (« 40 % »).
        pub protect_working: fn(&str) -> String,
        pub protect_random_failed: &'static str,
        pub protect_no_memory: &'static str,
        pub unlock_title: &'static str,
        pub unlock_body: fn(&str) -> String,
        pub unlock_passphrase: &'static str,
        pub unlock_button: &'static str,
        /// While the key is derived: the share done, already formatted (« 40 % »).
        pub unlock_working: fn(&str) -> String,
        pub unlock_forgotten: &'static str,

        pub health_title: &'static str,
        pub persisted_yes: &'static str,
        pub persisted_no: &'static str,
        pub persisted_unknown: &'static str,
        pub ask_persist: &'static str,
        pub persist_refused: &'static str,
        pub space_used: fn(&str, &str) -> String,
        pub space_unknown: &'static str,
        pub diary_size: fn(&str) -> String,
        pub ios_advice: &'static str,

        pub reminder_label: &'static str,
        pub reminder_never: &'static str,
        pub reminder_old: fn(&str) -> String,
        pub reminder_button: &'static str,

        /// A size in bytes, in the units people know: « 120 Ko », « 1,5 Mo », « 2 Go ».
        pub bytes: fn(u64) -> String,
        /// A date with its year: « 3 mars 2025 », « 1er mars 2025 ».
        pub date: fn(NaiveDate) -> String,
        /// A local date and time: « 3 mars 2025 à 18:02 ».
        pub date_time: fn(NaiveDateTime) -> String,
        /// A birth month: « avril 2015 ».
        pub month_year: fn(u32, i32) -> String,
    }
}

pub fn backup_texts(language: Language) -> &'static BackupTexts {
    static TABLES: TypesetTables<BackupTexts> = TypesetTables::new(&FR, &EN);
    TABLES.get(language)
}

/// A size in decimal units (1 Ko = 1000 octets, as phones show file sizes), with one decimal
/// under 10 and `decimal_mark` as the decimal mark.
fn format_bytes(bytes: u64, units: [&str; 4], decimal_mark: char) -> String {
    if bytes < 1000 {
        return format!("{bytes} {}", units[0]);
    }
    let mut value = bytes as f64 / 1000.0;
    let mut unit = 1;
    while value >= 999.5 && unit < 3 {
        value /= 1000.0;
        unit += 1;
    }
    let text = if value < 9.95 {
        format!("{value:.1}").replace('.', &decimal_mark.to_string())
    } else {
        format!("{value:.0}")
    };
    let text = text
        .strip_suffix(&format!("{decimal_mark}0"))
        .map(str::to_owned)
        .unwrap_or(text);
    format!("{text} {}", units[unit])
}

fn date_fr(date: NaiveDate) -> String {
    let day = match date.day() {
        1 => "1er".to_owned(),
        day => day.to_string(),
    };
    format!(
        "{day} {} {}",
        month_name(date.month(), Language::Fr),
        date.year()
    )
}

fn date_en(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month(), Language::En),
        date.year()
    )
}

fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

const FR: BackupTexts = BackupTexts {
    section_title: "Sauvegarde et partage",
    section_intro: "Votre carnet n'existe que sur ce téléphone. Une sauvegarde en fait une copie dans un fichier, à garder ailleurs (sur un ordinateur, dans vos e-mails) : si le téléphone est perdu ou effacé, vous retrouvez tout.",
    demo_hint: "La famille de démonstration est affichée, mais les sauvegardes et les chargements concernent toujours vos vraies données, jamais la démonstration.",

    backup_title: "Sauvegarder",
    backup_body: "Enregistre tout le carnet (enfants, moments, repères) dans un fichier « ecrans-en-famille-AAAA-MM-JJ.json ». Gardez-le en lieu sûr : il permet de tout retrouver, sur ce téléphone ou sur un autre.",
    backup_button: "Sauvegarder",
    backup_send_button: "Envoyer la sauvegarde ailleurs (e-mail, Drive…)",
    backup_send_title: "Sauvegarde d'Écrans en famille",
    downloaded: |name| fr(format!("C'est fait : le fichier « {name} » est dans vos téléchargements.")),
    shared: "C'est fait : le fichier a été envoyé.",
    save_failed: "Le fichier n'a pas pu être créé. Réessayez, ou essayez avec un autre navigateur.",
    too_big: |size| fr(format!("Votre carnet est trop gros ({size}) pour une sauvegarde : le fichier dépasserait 5 Mo et ne pourrait pas être rechargé. Rien n'a été enregistré. Exportez-le pour un tableur pour en garder une trace.")),
    last_backup: |date| fr(format!("Dernière sauvegarde : {date}.")),
    never_backed_up: "Aucune sauvegarde n'a encore été faite depuis ce téléphone.",

    other_parent_title: "Partager avec l'autre parent",
    other_parent_body: "Envoyez ce fichier à l'autre parent (par message ou e-mail). Sur son téléphone, il choisit “Charger une sauvegarde” puis “Fusionner”.",
    other_parent_both_ways: "Faites de même dans l'autre sens : chacun retrouve alors les moments notés par les deux.",
    other_parent_button: "Partager avec l'autre parent",
    other_parent_downloaded: |name| fr(format!("Le fichier « {name} » est dans vos téléchargements : envoyez-le à l'autre parent par message ou par e-mail.")),

    csv_title: "Export pour tableur",
    csv_body: "Un fichier « .csv » à ouvrir dans un tableur (LibreOffice, Excel) : une ligne par moment et par enfant. Ce n'est pas une sauvegarde : il ne peut pas être rechargé.",
    csv_button: "Exporter pour un tableur",

    restore_title: "Charger une sauvegarde",
    restore_body: "Choisissez un fichier « ecrans-en-famille-….json » que vous avez gardé ou reçu. Rien ne change sur ce téléphone avant que vous ayez vu ce qu'il contient et choisi quoi en faire.",
    restore_pick: "Choisir un fichier de sauvegarde",
    restore_reading: "Lecture du fichier…",
    read_failed: "Le fichier n'a pas pu être lu. Choisissez-le de nouveau.",

    preview_title: "Ce que contient ce fichier",
    preview_file: |name| fr(format!("Fichier : {name}")),
    preview_children: "Enfants",
    preview_no_children: "Aucun enfant dans ce fichier.",
    child_new: "nouveau sur ce téléphone",
    moments: |count| fr(plural(count, "moment", "moments")),
    preview_entries: |count, dates| fr(match (count, dates) {
        (0, _) | (_, None) => "Aucun moment noté.".to_owned(),
        (1, Some((first, _))) => format!("1 moment noté, le {first}."),
        (_, Some((first, last))) if first == last => format!("{count} moments notés, le {first}."),
        (_, Some((first, last))) => format!("{count} moments notés, du {first} au {last}."),
    }),
    preview_new: |children, entries| fr(match (children, entries) {
        (0, 0) => "Rien de nouveau : ce téléphone a déjà tout ce que contient ce fichier.".to_owned(),
        (0, _) => format!("Nouveau pour ce téléphone : {}.", plural(entries, "moment", "moments")),
        (_, 0) => format!("Nouveau pour ce téléphone : {}.", plural(children, "enfant", "enfants")),
        _ => format!(
            "Nouveau pour ce téléphone : {} et {}.",
            plural(children, "enfant", "enfants"),
            plural(entries, "moment", "moments")
        ),
    }),
    merge_effect: |children, added, changed, removed| fr({
        let parts = [
            match (children, added) {
                (0, 0) => None,
                (0, _) => Some(format!("ajoutera {}", plural(added, "moment", "moments"))),
                (_, 0) => Some(format!("ajoutera {}", plural(children, "enfant", "enfants"))),
                _ => Some(format!(
                    "ajoutera {} et {}",
                    plural(children, "enfant", "enfants"),
                    plural(added, "moment", "moments")
                )),
            },
            (changed > 0).then(|| format!("modifiera {}", plural(changed, "moment", "moments"))),
            (removed > 0).then(|| {
                format!("retirera {} (supprimés sur l'autre téléphone)", plural(removed, "moment", "moments"))
            }),
        ];
        let parts: Vec<String> = parts.into_iter().flatten().collect();
        if parts.is_empty() {
            "«\u{202f}Fusionner\u{202f}» ne changera rien sur ce téléphone.".to_owned()
        } else {
            format!("« Fusionner » {} sur ce téléphone.", parts.join(", "))
        }
    }),

    conflicts_title: "Modifiés des deux côtés",
    conflicts_intro: "Ces éléments ont été changés à la fois sur ce téléphone et dans le fichier. « Fusionner » garde la version changée le plus récemment.",
    conflict_child: |name| fr(format!("L'enfant {name}")),
    version_phone: |deleted, when| fr(if deleted {
        format!("Sur ce téléphone : supprimé le {when}")
    } else {
        format!("Sur ce téléphone : modifié le {when}")
    }),
    version_file: |deleted, when| fr(if deleted {
        format!("Dans le fichier : supprimé le {when}")
    } else {
        format!("Dans le fichier : modifié le {when}")
    }),
    kept_phone: "Gardée : la version de ce téléphone.",
    kept_file: "Gardée : la version du fichier.",
    conflicts_more: |count| fr(format!("… et {count} autres.")),

    same_child_title: "Le même enfant ?",
    same_child_intro: "Un enfant du fichier porte le même prénom qu'un enfant de ce téléphone : il a peut-être été ajouté sur chaque téléphone. Si c'est le même enfant, ses moments seront réunis sous un seul prénom.",
    same_child_question: |phone, file| fr(format!("{phone} (sur ce téléphone) et {file} (dans le fichier) : est-ce le même enfant ?")),
    same_child_detail: |place, birth, count| fr(format!("{place} : naissance en {birth}, {}.", plural(count, "moment", "moments"))),
    on_phone: "Sur ce téléphone",
    in_file: "Dans le fichier",
    yes: "Oui",
    no: "Non",
    same_child_unanswered: "Répondez d'abord à la question « est-ce le même enfant ? » ci-dessus.",
    same_child_failed: "Un même enfant ne peut être réuni qu'avec un seul autre. Changez une des réponses.",

    choose_title: "Que faire de ce fichier ?",
    merge_button: "Fusionner",
    merge_hint: "Fusionner garde tout ce qui est sur ce téléphone et ajoute ce que contient le fichier. C'est le bon choix pour réunir les carnets des deux parents.",
    replace_button: "Remplacer",
    replace_hint: "Remplacer ne garde sur ce téléphone que le contenu du fichier : ce qui n'y est pas est effacé.",
    cancel: "Annuler",
    replace_confirm: "Remplacer efface de ce téléphone tout ce qui n'est pas dans le fichier. Voulez-vous d'abord sauvegarder vos données actuelles ?",
    replace_loss: |children, entries| fr(match (children, entries) {
        (0, 0) => "Ce téléphone n'a rien que le fichier n'ait pas.".to_owned(),
        (_, 0) => format!("À effacer de ce téléphone : {}.", plural(children, "enfant", "enfants")),
        (0, _) => format!("À effacer de ce téléphone : {}.", plural(entries, "moment", "moments")),
        _ => format!(
            "À effacer de ce téléphone : {} et {}.",
            plural(children, "enfant", "enfants"),
            plural(entries, "moment", "moments")
        ),
    }),
    save_first: "Sauvegarder d'abord mes données actuelles",
    saved_first: |name| fr(format!("Vos données actuelles sont sauvegardées dans « {name} ».")),
    replace_yes: "Oui, remplacer",
    done_merged: "C'est fait : le fichier a été fusionné avec ce téléphone.",
    done_replaced: "C'est fait : le contenu du fichier a remplacé celui de ce téléphone.",
    done_demo_note: "La famille de démonstration est toujours affichée : retirez-la pour voir vos données.",
    see_diary: "Voir le carnet",

    protect_choice: "Protéger par un mot de passe",
    protect_explain: "Le fichier sera chiffré : sans le mot de passe, personne ne peut lire le carnet, ni la messagerie, ni le service de stockage, ni nous. Il s'ouvre dans Écrans en famille, et aussi avec l'outil libre « age » sur un ordinateur (le fichier se termine par « .age »).",
    protect_forgotten: "Un mot de passe oublié ne peut être retrouvé par personne, pas même par nous : le fichier serait perdu. Notez-le sur papier et gardez-le à part du téléphone.",
    protect_passphrase: "Mot de passe",
    protect_passphrase_again: "Le même mot de passe, encore une fois",
    protect_empty: "Choisissez un mot de passe, ou décochez « Protéger par un mot de passe ».",
    protect_mismatch: "Les deux mots de passe tapés ne sont pas les mêmes. Tapez-les de nouveau.",
    protect_working: |percent| fr(format!("Protection du fichier par le mot de passe… {percent}")),
    protect_random_failed: "Ce navigateur n'a pas fourni le hasard nécessaire pour protéger le fichier. Rien n'a été enregistré.",
    protect_no_memory: "Ce téléphone n'a pas assez de mémoire libre pour protéger le fichier. Fermez d'autres applications et réessayez. Rien n'a été enregistré.",
    unlock_title: "Fichier protégé par un mot de passe",
    unlock_body: |name| fr(format!("« {name} » est protégé. Tapez le mot de passe choisi quand il a été fait : rien ne change sur ce téléphone avant que vous ayez vu son contenu.")),
    unlock_passphrase: "Mot de passe du fichier",
    unlock_button: "Ouvrir le fichier",
    unlock_working: |percent| fr(format!("Ouverture du fichier… {percent}")),
    unlock_forgotten: "Un mot de passe oublié ne peut être retrouvé par personne. Vous pouvez essayer autant de fois que vous voulez.",

    health_title: "État du stockage",
    persisted_yes: "Le navigateur s'est engagé à garder les données de l'application sur ce téléphone.",
    persisted_no: "Le navigateur peut effacer les données de l'application s'il manque de place. Faites des sauvegardes régulières.",
    persisted_unknown: "Ce navigateur ne dit pas s'il garde les données de l'application : faites des sauvegardes régulières.",
    ask_persist: "Demander au navigateur de garder mes données",
    persist_refused: "Le navigateur n'a pas accepté pour l'instant. Il accepte plus souvent quand l'application est ajoutée à l'écran d'accueil.",
    space_used: |used, quota| fr(format!("Place utilisée par l'application : {used} sur {quota}.")),
    space_unknown: "Ce navigateur ne dit pas quelle place l'application utilise.",
    diary_size: |size| fr(format!("Votre carnet : {size}.")),
    ios_advice: "Safari peut effacer les données d'un site après sept jours sans visite : ajoutez l'application à l'écran d'accueil (bouton Partager, puis “Sur l'écran d'accueil”).",

    reminder_label: "Rappel de sauvegarde",
    reminder_never: "Votre carnet n'a encore jamais été sauvegardé. Une sauvegarde le met à l'abri si le téléphone est perdu ou effacé.",
    reminder_old: |date| fr(format!("Votre dernière sauvegarde date du {date}, il y a plus de 30 jours. Pensez à en faire une nouvelle.")),
    reminder_button: "Faire une sauvegarde",

    bytes: |bytes| fr(format_bytes(bytes, ["octets", "Ko", "Mo", "Go"], ',')),
    date: |date| fr(date_fr(date)),
    date_time: |at| fr(format!("{} à {:02}:{:02}", date_fr(at.date()), at.hour(), at.minute())),
    month_year: |month, year| fr(format!("{} {year}", month_name(month, Language::Fr))),
};

const EN: BackupTexts = BackupTexts {
    section_title: "Backup and sharing",
    section_intro: "Your diary exists only on this phone. A backup copies it into a file to keep somewhere else (on a computer, in your e-mail): if the phone is lost or wiped, you get everything back.",
    demo_hint: "The demo family is shown, but backups and loading always concern your real data, never the demo.",

    backup_title: "Back up",
    backup_body: "Saves the whole diary (children, entries, limits) in a file “ecrans-en-famille-YYYY-MM-DD.json”. Keep it somewhere safe: it brings everything back, on this phone or another one.",
    backup_button: "Back up",
    backup_send_button: "Send the backup elsewhere (e-mail, Drive…)",
    backup_send_title: "Écrans en famille backup",
    downloaded: |name| en(format!("Done: the file “{name}” is in your downloads.")),
    shared: "Done: the file was sent.",
    save_failed: "The file could not be created. Try again, or try another browser.",
    too_big: |size| en(format!("Your diary is too big ({size}) for a backup: the file would be over 5 MB and could not be loaded back. Nothing was saved. Export it for a spreadsheet to keep a record.")),
    last_backup: |date| en(format!("Last backup: {date}.")),
    never_backed_up: "No backup has been made from this phone yet.",

    other_parent_title: "Share with the other parent",
    other_parent_body: "Send this file to the other parent (by message or e-mail). On their phone, they choose “Load a backup”, then “Merge”.",
    other_parent_both_ways: "Do the same the other way round: each of you then sees the entries noted by both.",
    other_parent_button: "Share with the other parent",
    other_parent_downloaded: |name| en(format!("The file “{name}” is in your downloads: send it to the other parent by message or e-mail.")),

    csv_title: "Spreadsheet export",
    csv_body: "A “.csv” file to open in a spreadsheet (LibreOffice, Excel): one row per entry and child. It is not a backup: it cannot be loaded back.",
    csv_button: "Export for a spreadsheet",

    restore_title: "Load a backup",
    restore_body: "Choose an “ecrans-en-famille-….json” file you kept or received. Nothing changes on this phone until you have seen what it holds and chosen what to do.",
    restore_pick: "Choose a backup file",
    restore_reading: "Reading the file…",
    read_failed: "The file could not be read. Choose it again.",

    preview_title: "What this file holds",
    preview_file: |name| en(format!("File: {name}")),
    preview_children: "Children",
    preview_no_children: "No child in this file.",
    child_new: "new to this phone",
    moments: |count| en(plural(count, "entry", "entries")),
    preview_entries: |count, dates| en(match (count, dates) {
        (0, _) | (_, None) => "No entry.".to_owned(),
        (1, Some((first, _))) => format!("1 entry, on {first}."),
        (_, Some((first, last))) if first == last => format!("{count} entries, on {first}."),
        (_, Some((first, last))) => format!("{count} entries, from {first} to {last}."),
    }),
    preview_new: |children, entries| en(match (children, entries) {
        (0, 0) => "Nothing new: this phone already has everything this file holds.".to_owned(),
        (0, _) => format!("New to this phone: {}.", plural(entries, "entry", "entries")),
        (_, 0) => format!("New to this phone: {}.", plural(children, "child", "children")),
        _ => format!(
            "New to this phone: {} and {}.",
            plural(children, "child", "children"),
            plural(entries, "entry", "entries")
        ),
    }),
    merge_effect: |children, added, changed, removed| en({
        let parts = [
            match (children, added) {
                (0, 0) => None,
                (0, _) => Some(format!("add {}", plural(added, "entry", "entries"))),
                (_, 0) => Some(format!("add {}", plural(children, "child", "children"))),
                _ => Some(format!(
                    "add {} and {}",
                    plural(children, "child", "children"),
                    plural(added, "entry", "entries")
                )),
            },
            (changed > 0).then(|| format!("change {}", plural(changed, "entry", "entries"))),
            (removed > 0).then(|| {
                format!("remove {} (deleted on the other phone)", plural(removed, "entry", "entries"))
            }),
        ];
        let parts: Vec<String> = parts.into_iter().flatten().collect();
        if parts.is_empty() {
            "“Merge” will change nothing on this phone.".to_owned()
        } else {
            format!("“Merge” will {} on this phone.", parts.join(", "))
        }
    }),

    conflicts_title: "Changed on both sides",
    conflicts_intro: "These were changed both on this phone and in the file. “Merge” keeps the version changed most recently.",
    conflict_child: |name| en(format!("The child {name}")),
    version_phone: |deleted, when| en(if deleted {
        format!("On this phone: deleted on {when}")
    } else {
        format!("On this phone: changed on {when}")
    }),
    version_file: |deleted, when| en(if deleted {
        format!("In the file: deleted on {when}")
    } else {
        format!("In the file: changed on {when}")
    }),
    kept_phone: "Kept: this phone's version.",
    kept_file: "Kept: the file's version.",
    conflicts_more: |count| en(format!("… and {count} more.")),

    same_child_title: "The same child?",
    same_child_intro: "A child in the file has the same name as a child on this phone: they may have been added on each phone. If it is the same child, their entries will be brought together under one name.",
    same_child_question: |phone, file| en(format!("{phone} (on this phone) and {file} (in the file): is this the same child?")),
    same_child_detail: |place, birth, count| en(format!("{place}: born in {birth}, {}.", plural(count, "entry", "entries"))),
    on_phone: "On this phone",
    in_file: "In the file",
    yes: "Yes",
    no: "No",
    same_child_unanswered: "First answer the question “is this the same child?” above.",
    same_child_failed: "A child can only be brought together with one other. Change one of the answers.",

    choose_title: "What should be done with this file?",
    merge_button: "Merge",
    merge_hint: "Merge keeps everything on this phone and adds what the file holds. It is the right choice to bring the two parents' diaries together.",
    replace_button: "Replace",
    replace_hint: "Replace keeps only the file's content on this phone: whatever is not in it is erased.",
    cancel: "Cancel",
    replace_confirm: "Replace erases from this phone everything that is not in the file. Do you want to back up your current data first?",
    replace_loss: |children, entries| en(match (children, entries) {
        (0, 0) => "This phone has nothing the file does not have.".to_owned(),
        (_, 0) => format!("To be erased from this phone: {}.", plural(children, "child", "children")),
        (0, _) => format!("To be erased from this phone: {}.", plural(entries, "entry", "entries")),
        _ => format!(
            "To be erased from this phone: {} and {}.",
            plural(children, "child", "children"),
            plural(entries, "entry", "entries")
        ),
    }),
    save_first: "Back up my current data first",
    saved_first: |name| en(format!("Your current data is backed up in “{name}”.")),
    replace_yes: "Yes, replace",
    done_merged: "Done: the file was merged into this phone.",
    done_replaced: "Done: the file's content replaced this phone's.",
    done_demo_note: "The demo family is still shown: remove it to see your data.",
    see_diary: "See the diary",

    protect_choice: "Protect with a passphrase",
    protect_explain: "The file will be encrypted: without the passphrase nobody can read the diary, not the messaging app, not the storage service, not us. It opens in Écrans en famille, and also with the free “age” tool on a computer (the file name ends in “.age”).",
    protect_forgotten: "A forgotten passphrase cannot be recovered by anyone, not even by us: the file would be lost. Write it down on paper and keep it away from the phone.",
    protect_passphrase: "Passphrase",
    protect_passphrase_again: "The same passphrase, once more",
    protect_empty: "Choose a passphrase, or untick “Protect with a passphrase”.",
    protect_mismatch: "The two passphrases typed are not the same. Type them again.",
    protect_working: |percent| en(format!("Protecting the file with the passphrase… {percent}")),
    protect_random_failed: "This browser did not provide the randomness needed to protect the file. Nothing was saved.",
    protect_no_memory: "This phone does not have enough free memory to protect the file. Close other apps and try again. Nothing was saved.",
    unlock_title: "File protected by a passphrase",
    unlock_body: |name| en(format!("“{name}” is protected. Type the passphrase chosen when it was made: nothing changes on this phone before you have seen what it holds.")),
    unlock_passphrase: "The file's passphrase",
    unlock_button: "Open the file",
    unlock_working: |percent| en(format!("Opening the file… {percent}")),
    unlock_forgotten: "A forgotten passphrase cannot be recovered by anyone. You can try as many times as you like.",

    health_title: "Storage health",
    persisted_yes: "The browser has promised to keep the app's data on this phone.",
    persisted_no: "The browser may erase the app's data if it runs out of space. Make regular backups.",
    persisted_unknown: "This browser does not say whether it keeps the app's data: make regular backups.",
    ask_persist: "Ask the browser to keep my data",
    persist_refused: "The browser has not agreed for now. It agrees more often once the app is added to the home screen.",
    space_used: |used, quota| en(format!("Space used by the app: {used} of {quota}.")),
    space_unknown: "This browser does not say how much space the app uses.",
    diary_size: |size| en(format!("Your diary: {size}.")),
    ios_advice: "Safari may erase a site's data after seven days without a visit: add the app to the home screen (Share button, then “Add to Home Screen”).",

    reminder_label: "Backup reminder",
    reminder_never: "Your diary has never been backed up. A backup keeps it safe if the phone is lost or wiped.",
    reminder_old: |date| en(format!("Your last backup was on {date}, more than 30 days ago. Remember to make a new one.")),
    reminder_button: "Make a backup",

    bytes: |bytes| en(format_bytes(bytes, ["bytes", "KB", "MB", "GB"], '.')),
    date: |date| en(date_en(date)),
    date_time: |at| en(format!("{} at {:02}:{:02}", date_en(at.date()), at.hour(), at.minute())),
    month_year: |month, year| en(format!("{} {year}", month_name(month, Language::En))),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_a_phone_shows_them() {
        let fr = |bytes| (FR.bytes)(bytes);
        assert_eq!(fr(512), "512\u{a0}octets");
        assert_eq!(fr(120_400), "120\u{a0}Ko");
        assert_eq!(fr(1_500_000), "1,5\u{a0}Mo");
        assert_eq!(fr(2_000_000_000), "2\u{a0}Go");
        assert_eq!(fr(999_999), "1\u{a0}Mo");
        assert_eq!((EN.bytes)(1_540_000), "1.5 MB");
    }

    #[test]
    fn a_merge_is_described_in_one_sentence() {
        assert_eq!(
            (FR.merge_effect)(2, 1, 1, 0),
            "«\u{202f}Fusionner\u{202f}» ajoutera 2\u{a0}enfants et 1 moment, modifiera 1 moment sur ce \
             téléphone."
        );
        assert_eq!(
            (FR.merge_effect)(0, 0, 0, 3),
            "«\u{202f}Fusionner\u{202f}» retirera 3 moments (supprimés sur l’autre téléphone) sur ce \
             téléphone."
        );
        assert_eq!(
            (FR.merge_effect)(0, 0, 0, 0),
            "«\u{202f}Fusionner\u{202f}» ne changera rien sur ce téléphone."
        );
        assert_eq!(
            (EN.merge_effect)(0, 2, 0, 0),
            "“Merge” will add 2 entries on this phone."
        );
    }

    #[test]
    fn dates_carry_their_year() {
        let date = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
        assert_eq!((FR.date)(date), "1er mars 2025");
        assert_eq!((EN.date)(date), "1 March 2025");
    }
}
