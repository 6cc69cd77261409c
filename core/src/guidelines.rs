//! Age bands and the daily limit the app proposes for each, with where the figure comes from.
//!
//! The figures are the fact sheet's default table (§8), no other: 0 minutes up to 2 years (France;
//! WHO and the AAP allow up to 60 from 2, offered as an optional « repère OMS »), 60 minutes from
//! 3 to 5 years (a ceiling from WHO, the AAP and Tisseron; French bodies give no duration at that
//! age, and the proposal says so), then product defaults where no official body gives a figure:
//! 60 with an alert at 120 from 6 to 11, 120 from 12 to 17. A proposal always says whether its
//! figure is an official French guideline, a figure from abroad, or the family's own choice.
//!
//! Limits count recreational time only (see [`crate::diary::Activity::counts_towards_limit`]).

use chrono::NaiveDate;

use crate::diary::{coded_enum, BirthMonth};
use crate::language::Language;

coded_enum! {
    /// The age bands of the fact sheet's table (§8).
    pub enum AgeBand {
        /// 0 to 17 months.
        UpTo17Months = ("0_17_months", "0 à 17 mois", "0 to 17 months"),
        /// 18 to 23 months.
        From18To23Months = ("18_23_months", "18 à 23 mois", "18 to 23 months"),
        /// 2 years (24 to 35 months).
        TwoYears = ("2_years", "2 ans", "2 years"),
        /// 3 to 5 years.
        From3To5Years = ("3_5_years", "3 à 5 ans", "3 to 5 years"),
        /// 6 to 11 years.
        From6To11Years = ("6_11_years", "6 à 11 ans", "6 to 11 years"),
        /// 12 to 14 years.
        From12To14Years = ("12_14_years", "12 à 14 ans", "12 to 14 years"),
        /// 15 to 17 years.
        From15To17Years = ("15_17_years", "15 à 17 ans", "15 to 17 years"),
    }
}

coded_enum! {
    /// A body or author the fact sheet cites for a figure.
    pub enum Source {
        /// WHO guidelines for children under 5, 2019.
        Who2019 = ("who_2019", "OMS 2019", "WHO 2019"),
        /// American Academy of Pediatrics, « Media and Young Minds », 2016.
        Aap2016 = ("aap_2016", "AAP 2016", "AAP 2016"),
        /// Serge Tisseron's « 3-6-9-12 » and his op-ed (one hour a day at most at six).
        Tisseron = ("tisseron", "Tisseron", "Tisseron"),
        /// The French commission « Enfants et écrans », April 2024.
        Commission2024 = ("commission_2024", "Commission «\u{202f}Enfants et écrans\u{202f}» 2024", "French screens commission 2024"),
        /// The French carnet de santé in use since 1 January 2025.
        CarnetDeSante2025 = ("carnet_2025", "Carnet de santé 2025", "French child health record 2025"),
        /// The French arrêté of 2 July 2025 on the care of young children.
        Arrete2025 = ("arrete_2025", "Arrêté du 2 juillet 2025", "French order of 2 July 2025"),
        /// The French Haut Conseil de la santé publique (opinion of 2019; risk from about 2 h a day).
        Hcsp2019 = ("hcsp_2019", "HCSP 2019", "HCSP (French public health council) 2019"),
        /// ANSES (more than 2 h of screens with little activity is a risk).
        Anses = ("anses", "ANSES", "ANSES"),
    }
}

/// Where a proposed figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitBasis {
    /// An official guideline gives this figure.
    Guideline {
        /// The bodies that give it.
        sources: &'static [Source],
    },
    /// No French body gives a duration for this age, bodies abroad do: the minutes are theirs,
    /// proposed as a ceiling, and the French position (no duration) is said next to them
    /// (facts.md §8, 3–5 years; the deck's slide 07b).
    AbroadGuideline {
        /// The bodies abroad (and the author) that give the figure.
        sources: &'static [Source],
    },
    /// No official body gives a figure: the minutes are the app's default, which the family is
    /// free to change; it is the family's own choice, not a guideline.
    FamilyChoice {
        /// What the default was informed by (none of them sets this figure).
        informed_by: &'static [Source],
    },
}

impl LimitBasis {
    /// What kind of figure this is, in plain words.
    pub fn label(self, language: Language) -> &'static str {
        match (self, language) {
            (LimitBasis::Guideline { .. }, Language::Fr) => "Repère officiel",
            (LimitBasis::Guideline { .. }, Language::En) => "Official guideline",
            (LimitBasis::AbroadGuideline { .. }, Language::Fr) => {
                "Repère proposé\u{a0}: OMS et pédiatres américains, pas de durée française"
            }
            (LimitBasis::AbroadGuideline { .. }, Language::En) => {
                "Suggested: WHO and US doctors for children, no French figure"
            }
            (LimitBasis::FamilyChoice { .. }, Language::Fr) => {
                "Pas de chiffre officiel\u{a0}: choix de la famille"
            }
            (LimitBasis::FamilyChoice { .. }, Language::En) => {
                "No official figure: the family’s own choice"
            }
        }
    }

    /// The sources cited.
    pub fn sources(self) -> &'static [Source] {
        match self {
            LimitBasis::Guideline { sources } | LimitBasis::AbroadGuideline { sources } => sources,
            LimitBasis::FamilyChoice { informed_by } => informed_by,
        }
    }

    /// The sources as one line, such as "OMS 2019, AAP 2016, Tisseron".
    pub fn format_sources(self, language: Language) -> String {
        let names: Vec<&str> = self
            .sources()
            .iter()
            .map(|source| source.label(language))
            .collect();
        names.join(", ")
    }
}

/// A figure other bodies allow, offered as an option next to the proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AlternativeLimit {
    /// The minutes a day.
    pub minutes: u16,
    /// Its basis.
    pub basis: LimitBasis,
}

impl AlternativeLimit {
    /// How the option is named: « repère OMS ».
    pub fn label(self, language: Language) -> &'static str {
        match language {
            Language::Fr => "Repère OMS",
            Language::En => "WHO benchmark",
        }
    }
}

/// The daily limit the app proposes for an age band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LimitProposal {
    /// The proposed limit, in minutes a day (a ceiling, not a target).
    pub minutes: u16,
    /// Where the figure comes from.
    pub basis: LimitBasis,
    /// A higher level at which the app warns, when it differs from the limit.
    pub alert_minutes: Option<u16>,
    /// Another figure some bodies allow, offered as an option.
    pub alternative: Option<AlternativeLimit>,
}

const FRANCE_UNDER_3: &[Source] = &[
    Source::Commission2024,
    Source::CarnetDeSante2025,
    Source::Arrete2025,
];

/// The age band of a child born in `birth`, on `today`; `None` before birth and from 18 years on.
pub fn age_band_of(birth: BirthMonth, today: NaiveDate) -> Option<AgeBand> {
    let months = birth.age_in_months(today);
    let band = match months {
        i32::MIN..=-1 => return None,
        0..=17 => AgeBand::UpTo17Months,
        18..=23 => AgeBand::From18To23Months,
        24..=35 => AgeBand::TwoYears,
        36..=71 => AgeBand::From3To5Years,
        72..=143 => AgeBand::From6To11Years,
        144..=179 => AgeBand::From12To14Years,
        180..=215 => AgeBand::From15To17Years,
        _ => return None,
    };
    Some(band)
}

/// The daily limit proposed for an age band, with its basis (the fact sheet's table, §8).
pub fn propose_daily_limit(band: AgeBand) -> LimitProposal {
    let guideline = |minutes, sources| LimitProposal {
        minutes,
        basis: LimitBasis::Guideline { sources },
        alert_minutes: None,
        alternative: None,
    };
    let family_choice = |minutes, alert_minutes, informed_by| LimitProposal {
        minutes,
        basis: LimitBasis::FamilyChoice { informed_by },
        alert_minutes,
        alternative: None,
    };
    match band {
        AgeBand::UpTo17Months => guideline(
            0,
            &[
                Source::Who2019,
                Source::Aap2016,
                Source::Commission2024,
                Source::CarnetDeSante2025,
                Source::Arrete2025,
            ],
        ),
        AgeBand::From18To23Months => guideline(
            0,
            &[
                Source::Who2019,
                Source::Commission2024,
                Source::CarnetDeSante2025,
                Source::Arrete2025,
            ],
        ),
        AgeBand::TwoYears => LimitProposal {
            alternative: Some(AlternativeLimit {
                minutes: 60,
                basis: LimitBasis::Guideline {
                    sources: &[Source::Who2019, Source::Aap2016],
                },
            }),
            ..guideline(0, FRANCE_UNDER_3)
        },
        AgeBand::From3To5Years => LimitProposal {
            minutes: 60,
            basis: LimitBasis::AbroadGuideline {
                sources: &[Source::Who2019, Source::Aap2016, Source::Tisseron],
            },
            alert_minutes: None,
            alternative: None,
        },
        AgeBand::From6To11Years => family_choice(
            60,
            Some(120),
            &[Source::Tisseron, Source::Hcsp2019, Source::Commission2024],
        ),
        AgeBand::From12To14Years | AgeBand::From15To17Years => {
            family_choice(120, None, &[Source::Hcsp2019, Source::Anses])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::tests::date;

    #[test]
    fn age_bands_follow_whole_months_of_age() {
        let check = |birth: (i32, u32), today: &str, expected: Option<AgeBand>| {
            let birth = BirthMonth::new(birth.0, birth.1).unwrap();
            assert_eq!(
                age_band_of(birth, date(today)),
                expected,
                "{birth} on {today}"
            );
        };
        check((2025, 3), "2025-03-15", Some(AgeBand::UpTo17Months));
        check((2023, 10), "2025-03-15", Some(AgeBand::UpTo17Months));
        check((2023, 9), "2025-03-15", Some(AgeBand::From18To23Months));
        check((2023, 3), "2025-03-15", Some(AgeBand::TwoYears));
        check((2022, 4), "2025-03-15", Some(AgeBand::TwoYears));
        check((2022, 3), "2025-03-15", Some(AgeBand::From3To5Years));
        check((2019, 4), "2025-03-15", Some(AgeBand::From3To5Years));
        check((2019, 3), "2025-03-15", Some(AgeBand::From6To11Years));
        check((2013, 3), "2025-03-15", Some(AgeBand::From12To14Years));
        check((2010, 3), "2025-03-15", Some(AgeBand::From15To17Years));
        check((2007, 4), "2025-03-15", Some(AgeBand::From15To17Years));
        check((2007, 3), "2025-03-15", None);
        check((2025, 4), "2025-03-15", None);
    }

    #[test]
    fn proposals_are_the_fact_sheet_table() {
        let check =
            |band: AgeBand, minutes: u16, official: bool, alert: Option<u16>, sources_fr: &str| {
                let proposal = propose_daily_limit(band);
                assert_eq!(proposal.minutes, minutes, "{band:?}");
                assert_eq!(
                    matches!(proposal.basis, LimitBasis::Guideline { .. }),
                    official,
                    "{band:?}"
                );
                assert_eq!(proposal.alert_minutes, alert, "{band:?}");
                assert_eq!(
                    proposal.basis.format_sources(Language::Fr),
                    sources_fr,
                    "{band:?}"
                );
            };
        check(
            AgeBand::UpTo17Months,
            0,
            true,
            None,
            "OMS 2019, AAP 2016, Commission «\u{202f}Enfants et écrans\u{202f}» 2024, Carnet de santé 2025, Arrêté du 2 juillet 2025",
        );
        check(
            AgeBand::From18To23Months,
            0,
            true,
            None,
            "OMS 2019, Commission «\u{202f}Enfants et écrans\u{202f}» 2024, Carnet de santé 2025, Arrêté du 2 juillet 2025",
        );
        check(
            AgeBand::TwoYears,
            0,
            true,
            None,
            "Commission «\u{202f}Enfants et écrans\u{202f}» 2024, Carnet de santé 2025, Arrêté du 2 juillet 2025",
        );
        check(
            AgeBand::From3To5Years,
            60,
            false,
            None,
            "OMS 2019, AAP 2016, Tisseron",
        );
        check(
            AgeBand::From6To11Years,
            60,
            false,
            Some(120),
            "Tisseron, HCSP 2019, Commission «\u{202f}Enfants et écrans\u{202f}» 2024",
        );
        check(
            AgeBand::From12To14Years,
            120,
            false,
            None,
            "HCSP 2019, ANSES",
        );
        check(
            AgeBand::From15To17Years,
            120,
            false,
            None,
            "HCSP 2019, ANSES",
        );
    }

    #[test]
    fn only_two_year_olds_get_the_who_benchmark_as_an_option() {
        for band in AgeBand::ALL {
            let alternative = propose_daily_limit(band).alternative;
            if band == AgeBand::TwoYears {
                let alternative = alternative.unwrap();
                assert_eq!(alternative.minutes, 60);
                assert_eq!(alternative.label(Language::Fr), "Repère OMS");
                assert_eq!(
                    alternative.basis.format_sources(Language::En),
                    "WHO 2019, AAP 2016"
                );
            } else {
                assert_eq!(alternative, None, "{band:?}");
            }
        }
        let basis = propose_daily_limit(AgeBand::From3To5Years).basis;
        assert!(matches!(basis, LimitBasis::AbroadGuideline { .. }));
        assert_eq!(
            basis.label(Language::Fr),
            "Repère proposé\u{a0}: OMS et pédiatres américains, pas de durée française"
        );
        assert_eq!(
            basis.label(Language::En),
            "Suggested: WHO and US doctors for children, no French figure"
        );
        let basis = propose_daily_limit(AgeBand::From6To11Years).basis;
        assert_eq!(
            basis.label(Language::Fr),
            "Pas de chiffre officiel\u{a0}: choix de la famille"
        );
    }
}
