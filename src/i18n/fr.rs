//! The French interface strings (the default language).

use super::Texts;

pub const FR: Texts = Texts {
    app_name: "Écrans en famille",
    skip_to_content: "Aller au contenu",
    main_navigation: "Menu principal",
    switch_language: "English",
    switch_language_label: "Switch to English",

    nav_home: "Accueil",
    nav_deck: "Atelier",
    nav_diary: "Carnet",
    nav_charts: "Graphiques",
    nav_compare: "Comparer",
    nav_settings: "Réglages",

    home_title: "Écrans en famille",
    home_intro: "Un carnet simple pour noter le temps d'écran de la famille pendant une semaine, \
                 et le support de l'atelier pour les parents.",
    home_privacy: "Les données de votre famille restent sur ce téléphone : rien n'est envoyé, \
                   à personne.",
    home_deck_hint: "Le diaporama de l'atelier, pour le conseiller numérique.",
    home_diary_hint: "Noter chaque moment d'écran de vos enfants, en trois gestes.",
    home_charts_hint: "Voir votre semaine en un coup d'œil.",
    home_compare_hint: "Comparer deux semaines, avant et après l'atelier.",

    deck_title: "Atelier",
    deck_coming: "Ici, le conseiller numérique projettera le diaporama de l'atelier : \
                  les repères par âge, les « 4 pas », le sommeil, et des idées sans écran.",
    diary_title: "Carnet",
    diary_coming:
        "Ici, vous noterez chaque moment d'écran de vos enfants : qui, combien de temps, \
                   sur quel écran, pour quoi faire et à quel moment de la journée.",
    charts_title: "Graphiques",
    charts_coming: "Ici, vous verrez votre semaine en images : le temps par jour, par écran, \
                    par activité et par moment de la journée.",
    compare_title: "Comparer",
    compare_coming: "Ici, vous comparerez deux semaines, par exemple celle d'avant l'atelier \
                     et une semaine récente.",

    settings_title: "Réglages",
    settings_language: "Langue",
    settings_language_help: "La langue de toute l'application. Ce choix reste sur ce téléphone.",
    settings_text_size: "Taille du texte",
    settings_text_size_help: "Agrandissez le texte s'il est difficile à lire.",
    text_size_normal: "Normale (100 %)",
    text_size_large: "Grande (125 %)",
    text_size_larger: "Très grande (150 %)",
    settings_text_size_sample: "Voici un exemple de texte à cette taille.",

    not_found_title: "Page introuvable",
    not_found_body: "Cette page n'existe pas. Le lien est peut-être incomplet.",
    not_found_home: "Revenir à l'accueil",

    update_available: "Nouvelle version disponible",
    update_now: "Mettre à jour",
};
