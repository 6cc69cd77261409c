//! The app's pages and their addresses: the one route table.
//!
//! Every page of the app is a [`Page`], with its address, its place in the navigation and its
//! line icon. The router, the navigation bar, the home page's cards and the build's
//! pre-rendered HTML (one file per page, written by `cargo xtask dist`) all read this table, so
//! an address is written once. The words that name a page live with the other interface
//! strings (crate `ecrans-i18n`), picked by `Page`.
//!
//! The advisor's « Bilan du groupe » lives under the deck's address ([`Page::group_summary_path`])
//! and is not in the navigation, so it is no `Page` of its own; its address is written here too.
//! The app's sources hold no other address: a test of the xtask fails if one reappears.

/// The segment of « Bilan du groupe » under the deck's address (`/atelier/bilan`), as the
/// router's static segment.
pub const GROUP_SUMMARY_SEGMENT: &str = "bilan";

/// The name of the split point that holds « Bilan du groupe » (see [`Page::part_name`]).
pub const GROUP_SUMMARY_PART_NAME: &str = "group_summary_page";

/// The segment of « Adapter le diaporama » under the deck's address (`/atelier/adapter`).
pub const DECK_EDITOR_SEGMENT: &str = "adapter";

/// The name of the split point that holds « Adapter le diaporama » (see [`Page::part_name`]).
pub const DECK_EDITOR_PART_NAME: &str = "deck_editor_page";

/// The parts that are no [`Page`] of their own: « Bilan du groupe », « Adapter le diaporama ».
pub const PARTS_UNDER_THE_DECK: [&str; 2] = [GROUP_SUMMARY_PART_NAME, DECK_EDITOR_PART_NAME];

/// A page of the app, in the order of the main navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// `/`: what the app is, and a card for each other page.
    Home,
    /// `/atelier`: the workshop deck, for the advisor.
    Deck,
    /// `/carnet`: the family's screen-time diary.
    Diary,
    /// `/graphiques`: the week in charts.
    Charts,
    /// `/comparer`: two weeks side by side.
    Compare,
    /// `/reglages`: language, text size, backups, the follow-up meeting.
    Settings,
}

impl Page {
    /// Every page, in the order of the main navigation.
    pub const ALL: [Page; 6] = [
        Page::Home,
        Page::Deck,
        Page::Diary,
        Page::Charts,
        Page::Compare,
        Page::Settings,
    ];

    /// The page's address.
    pub const fn path(self) -> &'static str {
        match self {
            Page::Home => "/",
            Page::Deck => "/atelier",
            Page::Diary => "/carnet",
            Page::Charts => "/graphiques",
            Page::Compare => "/comparer",
            Page::Settings => "/reglages",
        }
    }

    /// The page's address without its leading slash (`carnet`), as the router's static
    /// segment; empty for the home page.
    pub fn segment(self) -> &'static str {
        self.path().trim_start_matches('/')
    }

    /// The address of the deck at slide `number` (counted from 1): `/atelier/5`.
    pub fn deck_slide_path(number: usize) -> String {
        format!("{}/{number}", Page::Deck.path())
    }

    /// The address of the advisor's « Bilan du groupe », under the deck's: `/atelier/bilan`.
    pub fn group_summary_path() -> String {
        format!("{}/{GROUP_SUMMARY_SEGMENT}", Page::Deck.path())
    }

    /// The address of the advisor's « Adapter le diaporama », under the deck's:
    /// `/atelier/adapter`.
    pub fn deck_editor_path() -> String {
        format!("{}/{DECK_EDITOR_SEGMENT}", Page::Deck.path())
    }

    /// The address of a section of the page, by its `id`: `/reglages#sauvegarde`.
    pub fn section_path(self, id: &str) -> String {
        format!("{}#{id}", self.path())
    }

    /// The page an address belongs to (`/atelier/5` is the deck's), or `None` for an address
    /// the app does not know. A trailing slash and a query or fragment are ignored.
    pub fn for_path(address: &str) -> Option<Page> {
        let path = address.split(['?', '#']).next().unwrap_or_default();
        let path = path.trim_end_matches('/');
        if path.is_empty() {
            return Some(Page::Home);
        }
        Page::ALL.into_iter().find(|page| {
            let own = page.path();
            *page != Page::Home
                && (path == own
                    || path
                        .strip_prefix(own)
                        .is_some_and(|rest| rest.starts_with('/')))
        })
    }

    /// The path data of the page's 24-unit line icon (SVG `<path d>`), drawn with a stroke.
    pub const fn icon_path(self) -> &'static str {
        match self {
            Page::Home => "M3 11 12 3l9 8M5 10v10h5v-6h4v6h5V10",
            Page::Deck => "M3 4h18v12H3zM12 16v4M8 20h8",
            Page::Diary => "M6 3h11a2 2 0 0 1 2 2v16H7a2 2 0 0 1-2-2V4a1 1 0 0 1 1-1zM9 8h6M9 12h6M5 19a2 2 0 0 1 2-2h12",
            Page::Charts => "M4 20V10M10 20V4M16 20v-7M22 20H2",
            Page::Compare => "M4 20V9h5v11M15 20V5h5v15M2 20h20",
            Page::Settings => "M12 8a4 4 0 1 1 0 8 4 4 0 0 1 0-8zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9 7 7M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1",
        }
    }

    /// The name of the split point that holds the page's code (`page_part!` in the app's
    /// `src/page_parts.rs`; its wasm part is `split_<name>.wasm`), or `None` for the home page,
    /// which is part of the main module.
    pub const fn part_name(self) -> Option<&'static str> {
        match self {
            Page::Home => None,
            Page::Deck => Some("deck_page"),
            Page::Diary => Some("diary_page"),
            Page::Charts => Some("charts_page"),
            Page::Compare => Some("compare_page"),
            Page::Settings => Some("settings_page"),
        }
    }

    /// The folder of the page's pre-rendered HTML in the built site (`carnet` for
    /// `dist/carnet/index.html`), or `None` for the home page, whose file is `dist/index.html`.
    pub fn prerendered_folder(self) -> Option<&'static str> {
        Some(self.segment()).filter(|segment| !segment.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_finds_its_page() {
        let cases = [
            ("/", Some(Page::Home)),
            ("", Some(Page::Home)),
            ("/?demo", Some(Page::Home)),
            ("/atelier", Some(Page::Deck)),
            ("/atelier/", Some(Page::Deck)),
            ("/atelier/5", Some(Page::Deck)),
            ("/atelier/5?vue=notes", Some(Page::Deck)),
            ("/carnet", Some(Page::Diary)),
            ("/carnet#jour", Some(Page::Diary)),
            ("/graphiques", Some(Page::Charts)),
            ("/comparer", Some(Page::Compare)),
            ("/reglages", Some(Page::Settings)),
            ("/carnets", None),
            ("/ateliers/2", None),
            ("/inconnu", None),
        ];
        for (address, expected) in cases {
            assert_eq!(Page::for_path(address), expected, "{address}");
        }
    }

    #[test]
    fn addresses_are_distinct_and_each_leads_back_to_its_page() {
        for page in Page::ALL {
            assert_eq!(Page::for_path(page.path()), Some(page));
        }
        let mut paths: Vec<_> = Page::ALL.iter().map(|page| page.path()).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), Page::ALL.len());
        assert_eq!(Page::deck_slide_path(5), "/atelier/5");
        assert_eq!(Page::Diary.prerendered_folder(), Some("carnet"));
        assert_eq!(Page::Home.prerendered_folder(), None);
        assert_eq!(Page::group_summary_path(), "/atelier/bilan");
        assert_eq!(Page::deck_editor_path(), "/atelier/adapter");
        assert_eq!(Page::for_path(&Page::deck_editor_path()), Some(Page::Deck));
        assert_eq!(
            Page::for_path(&Page::group_summary_path()),
            Some(Page::Deck)
        );
        assert_eq!(
            Page::Settings.section_path("sauvegarde"),
            "/reglages#sauvegarde"
        );
    }

    #[test]
    fn every_page_but_home_has_its_own_part() {
        let mut names: Vec<_> = Page::ALL
            .iter()
            .filter_map(|page| page.part_name())
            .collect();
        assert_eq!(Page::Home.part_name(), None);
        names.extend(PARTS_UNDER_THE_DECK);
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Page::ALL.len() + 1);
    }
}
