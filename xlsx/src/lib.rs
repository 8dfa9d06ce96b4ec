//! Excel (.xlsx) in and out for the portfolio, kept apart from the engine so
//! that the page's first-load wasm never links it.
//!
//! - Without features: [`Book`], the plain description of a workbook (sheets
//!   of text cells, which columns hold numbers, which have a dropdown of
//!   allowed values). The page builds one and hands it, as JSON, to the
//!   Excel module it loads on demand.
//! - Always, [`packed`]: how the reader hands rows of text cells to the
//!   page (one byte buffer, not JSON).
//! - `read` ([`read`]): the first sheet's rows as text, each cell written as
//!   the CSV path would see it (see [`cell`] for numbers, percentages,
//!   dates and errors).
//! - `write` ([`write`]): a [`Book`] as .xlsx bytes: header row bold and
//!   frozen, numbers as numbers, dropdowns from a hidden sheet of values.

use serde::{Deserialize, Serialize};

pub mod cell;
pub mod packed;
#[cfg(feature = "read")]
pub mod read;
#[cfg(feature = "write")]
pub mod write;

/// A workbook to write: its sheets in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Book {
    pub sheets: Vec<SheetSpec>,
}

/// One sheet: a header row and data rows of text cells.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SheetSpec {
    pub name: String,
    /// The header row (frozen, bold).
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns whose cells are written as numbers when they read as one
    /// (a cell that does not, "40–72", stays text).
    #[serde(default)]
    pub numeric: Vec<usize>,
    /// Columns with a dropdown of allowed values.
    #[serde(default)]
    pub choices: Vec<Choices>,
    /// How many data rows the dropdowns cover (at least the rows written):
    /// a template has room for the rows a user will add.
    #[serde(default)]
    pub validated_rows: u32,
}

/// A dropdown: the column and the values offered. Other values are warned
/// about, not refused (the importer also reads the codes).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Choices {
    pub column: usize,
    pub values: Vec<String>,
}
