//! One chart on the page: a heading, the core's one-sentence summary above the chart, the SVG,
//! and « Voir les données » with the same figures as a table.

use super::data_table::DataTableView;
use super::dom_id;
use crate::i18n::charts::charts_texts;
use crate::state::preferences::use_localized;
use ecrans_core::charts::Chart;
use leptos::prelude::*;

/// A chart with its sentence and its data. `chart` is `None` when the core could not draw it.
#[component]
pub fn ChartFigure(
    /// The section's heading.
    #[prop(into)]
    heading: Signal<String>,
    /// The chart from the core.
    #[prop(into)]
    chart: Signal<Option<Chart>>,
    /// A line under the heading, if any.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
) -> impl IntoView {
    let texts = use_localized(charts_texts);
    let heading_id = dom_id("chart");
    let labelled_by = heading_id.clone();
    let drawn = move || chart.with(Option::is_some);
    view! {
        <section class="card chart-figure" aria-labelledby=labelled_by>
            <h2 id=heading_id>{move || heading.get()}</h2>
            {move || hint.get().map(|hint| view! { <p class="hint">{hint}</p> })}
            <Show
                when=drawn
                fallback=move || view! { <p class="chart-failed">{move || texts.get().chart_failed}</p> }
            >
                <p class="chart-summary">
                    {move || chart.with(|chart| chart.as_ref().map(|chart| chart.summary.clone()))}
                </p>
                // The core's SVG: names escaped, no style attribute (see ecrans_core::charts).
                <div
                    class="chart-svg"
                    inner_html=move || {
                        chart.with(|chart| chart.as_ref().map(|chart| chart.svg.clone()).unwrap_or_default())
                    }
                ></div>
                <details class="chart-data">
                    <summary>{move || texts.get().show_data}</summary>
                    {move || {
                        chart
                            .with(|chart| {
                                chart.as_ref().map(|chart| view! { <DataTableView table=chart.table.clone()/> })
                            })
                    }}
                </details>
            </Show>
        </section>
    }
}
