//! Many companies at once: profiles from a CSV (one column per profile path,
//! Chinese headers accepted), scored row by row, summarised, exported as
//! CSV (UTF-8 with a BOM so Excel reads Chinese; cells that a spreadsheet
//! would run as a formula are neutralised) or JSON. A row with a bad cell
//! keeps its place, marked with its errors, and is scored on the rest.

mod columns;
mod export;
mod filter;
mod import;
mod kind_columns;
mod records;
mod row;
mod sheet;
mod summary;

pub use columns::{cell_of, header_of, template_csv, template_rows};
pub use export::{export_csv, neutralize, results_table, score_text, CellKind};
pub use filter::{view, Filter};
pub use import::{import_csv, RowOutcome, Rows};
pub use kind_columns::{achievement_header, ACHIEVEMENT_PREFIX, ACHIEVEMENT_SUFFIX};
pub use row::{reasons, score, score_pending, Pending, Row, Unmet};
pub use sheet::{CellError, Import, Sheet};
pub use summary::{summarize, Summary, UNMET_SHOWN};

#[cfg(test)]
mod tests;
