//! Excel files natively (feature `xlsx`): the first sheet of an .xlsx read
//! row by row through the same [`RowChecks`] and [`super::Sheet`] as a CSV
//! (same headers, same Chinese values, same row limit), and books written
//! as .xlsx bytes. Cells become text as `sme_xlsx::cell` describes: numbers
//! in their shortest exact decimal form, a cell formatted as a percentage
//! as Excel shows it ("5%", which only a percentage field accepts).

use super::import::{RowChecks, RowOutcome};
use super::sheet::{CellError, Import};
use sme_xlsx::Book;
use std::io::{Read, Seek};

/// What reading a sheet yields, in order: its header once, then each data
/// row.
pub enum XlsxEvent {
    /// Headers that name no field, and the header's problems.
    Header {
        ignored: Vec<String>,
        errors: Vec<CellError>,
    },
    Row(Box<RowOutcome>),
}

/// Whether bytes begin like an .xlsx (a zip archive).
pub fn looks_like_xlsx(start: &[u8]) -> bool {
    start.starts_with(b"PK\x03\x04")
}

fn file_error(zh: String, en: String) -> CellError {
    CellError {
        row: 1,
        column: String::new(),
        zh,
        en,
    }
}

/// Reads the first sheet, calling `each` with its header, then with each
/// data row until the row limit (the row past it is the last, refused);
/// `each` returns `false` to stop. An error when the file is not a
/// workbook or its header names no column.
pub fn xlsx_rows<RS: Read + Seek>(
    input: RS,
    mut each: impl FnMut(XlsxEvent) -> bool,
) -> Result<(), CellError> {
    let mut checks: Option<RowChecks> = None;
    let mut failed: Option<CellError> = None;
    sme_xlsx::read::first_sheet_rows(input, |n, cells| match &mut checks {
        None => match RowChecks::new(cells) {
            Ok(c) => {
                let go = each(XlsxEvent::Header {
                    ignored: c.ignored_columns(),
                    errors: c.header_errors(),
                });
                checks = Some(c);
                go
            }
            Err(e) => {
                failed = Some(CellError { row: n, ..e });
                false
            }
        },
        Some(c) => {
            let go = match c.check(n, Ok(cells), false) {
                Some(outcome) => each(XlsxEvent::Row(Box::new(outcome))),
                None => true,
            };
            go && !c.stopped()
        }
    })
    .map_err(|e| file_error(e.zh, e.en))?;
    if let Some(e) = failed {
        return Err(e);
    }
    if checks.is_none() {
        return Err(file_error(
            "Excel 文件的第一个工作表是空的".into(),
            "the first sheet of the Excel file is empty".into(),
        ));
    }
    Ok(())
}

/// Reads an .xlsx held in memory into an import, as [`super::import_csv`]
/// reads a CSV.
pub fn import_xlsx(bytes: &[u8]) -> Import {
    let mut out = Import::default();
    let read = xlsx_rows(std::io::Cursor::new(bytes), |ev| {
        match ev {
            XlsxEvent::Header { ignored, errors } => {
                out.ignored_columns = ignored;
                out.errors = errors;
            }
            XlsxEvent::Row(r) => {
                let r = *r;
                match (r.profile, r.errors.is_empty()) {
                    (Some(p), true) => out.profiles.push((r.row, p)),
                    (Some(p), false) => out.partial.push((r.row, p)),
                    (None, _) => {}
                }
                out.errors.extend(r.errors);
            }
        }
        true
    });
    if let Err(e) = read {
        out.errors.push(e);
    }
    out
}

/// A book as .xlsx bytes.
pub fn xlsx_bytes(book: &Book) -> Result<Vec<u8>, String> {
    sme_xlsx::write::book_bytes(book)
}
