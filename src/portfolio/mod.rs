//! Many companies at once: profiles from a CSV (one column per profile path,
//! Chinese headers accepted), scored row by row, summarised, exported as
//! CSV (UTF-8 with a BOM so Excel reads Chinese; cells that a spreadsheet
//! would run as a formula are neutralised) or JSON; Excel files in and out
//! through `sme-xlsx` (the reader and writer with the `xlsx` feature, the
//! books they write always, see `workbook.rs`). A row with a bad cell
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
mod workbook;
#[cfg(feature = "xlsx")]
mod xlsx;

pub use columns::{cell_of, header_of, template_csv, template_rows};
pub use export::{export_csv, neutralize, results_table, score_text, CellKind};
pub use filter::{view, Filter};
pub use import::{import_csv, import_rows, RowChecks, RowOutcome, Rows};
pub use kind_columns::{achievement_header, ACHIEVEMENT_PREFIX, ACHIEVEMENT_SUFFIX};
pub use row::{reasons, score, score_pending, Pending, Row, Unmet};
pub use sheet::{CellError, Import, Sheet};
pub use sme_xlsx::Book;
pub use summary::{summarize, Summary, UNMET_SHOWN};
pub use workbook::{results_book, template_book, RESULTS_SHEET, TEMPLATE_SHEET};
#[cfg(feature = "xlsx")]
pub use xlsx::{import_xlsx, looks_like_xlsx, xlsx_bytes, xlsx_rows, XlsxEvent};

#[cfg(test)]
mod tests;
