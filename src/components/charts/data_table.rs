//! A chart's data (`DataTable` from the core) as a real table: a caption, column headings and row
//! headings. Every cell is text.

use ecrans_core::charts::DataTable;
use leptos::prelude::*;

/// The table, in a box that scrolls sideways on a narrow screen (and can be scrolled with the
/// keyboard).
#[component]
pub fn DataTableView(table: DataTable) -> impl IntoView {
    let DataTable {
        caption,
        columns,
        rows,
    } = table;
    let label = caption.clone();
    let head = columns
        .into_iter()
        .map(|column| view! { <th scope="col">{column}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .cells
                .into_iter()
                .map(|cell| {
                    view! { <td data-value=cell.value.map(|value| value.to_string())>{cell.text}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{row.heading}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="group" aria-label=label>
            <table class="data-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>{head}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
