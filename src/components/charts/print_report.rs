//! The printed report (« Imprimer »): one section per scope, the family first and then each
//! child, each on its own A4 page (`break-after: page` in the print stylesheet). It is hidden on
//! screen and shown only in print. Nothing is sent anywhere: the browser prints or saves a PDF.

use super::commitment_checks::CommitmentChecks;
use super::data_table::DataTableView;
use ecrans_core::charts::DataTable;
use ecrans_core::comparison::CommitmentCheck;
use leptos::prelude::*;

/// One printed page: the comparison of one scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintSection {
    /// Whether this is the family's page (else a child's).
    pub family: bool,
    /// The page's heading (a child's name as shown, or the family).
    pub title: String,
    /// The core's sentence.
    pub summary: String,
    /// The core's comparison table.
    pub table: DataTable,
    /// The core's day-by-day comparison chart (SVG), empty if it could not be drawn.
    pub svg: String,
    /// The commitments judged on week B (on the family's page only).
    pub checks: Vec<CommitmentCheck>,
}

/// The report, one section per page.
#[component]
pub fn PrintReport(
    /// The sections, family first.
    #[prop(into)]
    sections: Signal<Vec<PrintSection>>,
) -> impl IntoView {
    view! {
        <div class="print-report print-only">
            {move || {
                sections
                    .get()
                    .into_iter()
                    .map(|section| {
                        let class = if section.family {
                            "print-section print-section-family"
                        } else {
                            "print-section print-section-child"
                        };
                        let checks = (!section.checks.is_empty())
                            .then(|| {
                                let checks = section.checks.clone();
                                view! { <CommitmentChecks checks=Signal::derive(move || checks.clone())/> }
                            });
                        view! {
                            <section class=class>
                                <h2>{section.title}</h2>
                                <p class="print-summary">{section.summary}</p>
                                // The core's SVG only (names escaped, no style attribute).
                                <div class="chart-svg print-chart" inner_html=section.svg></div>
                                <DataTableView table=section.table/>
                                {checks}
                            </section>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
