//! The French interface strings (the default language).

use super::Texts;

pub(crate) const FR: Texts = Texts {
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
    diary_title: "Carnet",
    charts_title: "Graphiques",
    compare_title: "Comparer",

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

    part_missing_title: "Cette page n\u{2019}a pas pu être chargée",
    part_missing_body: "Le téléphone n\u{2019}a pas reçu cette partie de l\u{2019}application, \
                        peut-être parce que la connexion a été coupée. Vos données ne sont pas \
                        touchées.",
    retry: "Réessayer",
    start_failed_title: "L\u{2019}application n\u{2019}a pas pu démarrer",
    start_failed_body:
        "Le téléphone n\u{2019}a pas reçu toute l\u{2019}application, ou n\u{2019}a pas \
                        pu la lancer. Vérifiez la connexion, puis appuyez sur « Réessayer ». \
                        Vos données ne sont pas touchées.",
    browser_unsupported: "Ce navigateur est trop ancien pour Écrans en famille. Il faut \
                          Chrome, Edge ou Samsung Internet de 2021 ou plus récent, Firefox 79 \
                          ou plus, ou Safari 15 ou plus (iPhone et iPad\u{a0}: iOS 15).",
    update_available: "Nouvelle version disponible",
    update_now: "Mettre à jour",
    setting_not_saved: "Ce réglage n’a pas pu être enregistré sur ce téléphone (mémoire pleine ou navigation privée). Il reste valable tant que cette page est ouverte.",
};
