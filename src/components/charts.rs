//! The pieces shared by Graphiques and Comparer: a chart with its sentence and its data
//! (`ChartFigure`), a chart's data as a real table (`DataTableView`), the week and scope pickers,
//! the two weeks side by side, the commitments judged on week B, and the printed report.
//!
//! Everything shown comes from the core: the SVG (the only markup put in the page as markup, and
//! only the core's chart output, which escapes names and has no style attribute), the sentences,
//! the tables, durations and counts. These components only lay them out.

pub mod chart_figure;
pub mod commitment_checks;
pub mod comparison_figures;
pub mod data_table;
pub mod print_report;
pub mod scope_picker;
pub mod week_picker;

pub use chart_figure::ChartFigure;
pub use commitment_checks::CommitmentChecks;
pub use comparison_figures::ComparisonFigures;
pub use data_table::DataTableView;
pub use print_report::{PrintReport, PrintSection};
pub use scope_picker::ScopePicker;
pub use week_picker::WeekPicker;

use ecrans_core::diary::{Diary, Scope};
use std::sync::atomic::{AtomicUsize, Ordering};

/// An id unique on the page, for `aria-labelledby` and `for` (never built from stored data).
pub(crate) fn dom_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// The scopes to choose from: the whole family first, then each child, oldest first, with the
/// name the diary shown holds (a masked name when names are hidden; the ids stay the same).
pub fn scope_choices(diary: &Diary, family_label: &str) -> Vec<(Scope, String)> {
    let mut choices = vec![(Scope::Family, family_label.to_owned())];
    choices.extend(
        diary
            .children()
            .into_iter()
            .map(|child| (Scope::Child(child.id.clone()), child.name.clone())),
    );
    choices
}
