//! Reading a CSV of profiles, one row at a time from any byte stream (the
//! page's file in memory, or a file of any size in the command line):
//! records and their line numbers from [`Records`], shifted rows, unclosed
//! quotes, over-long rows and rows beyond [`MAX_PORTFOLIO_ROWS`] named;
//! each row is read through [`Sheet`].

use super::records::Records;
use super::sheet::{CellError, Import, Sheet};
use crate::encoding::GbkDecoder;
use crate::limits::MAX_PORTFOLIO_ROWS;
use crate::profile::{grouped, Profile};
use crate::text::Message;
use std::io::BufRead;

/// One data row: its number, the profile read from it (what could be read,
/// when some cells are bad; none when its cells cannot be placed) and its
/// problems (none for a valid row).
#[derive(Debug)]
pub struct RowOutcome {
    pub row: u32,
    pub profile: Option<Profile>,
    pub errors: Vec<CellError>,
}

/// The checks every data row goes through, whatever the file it comes
/// from (CSV, an Excel sheet, rows handed over by the page's Excel module):
/// blank rows skipped, rows beyond [`MAX_PORTFOLIO_ROWS`] refused, a row
/// whose cells do not match the header named; then the row read through
/// its [`Sheet`].
pub struct RowChecks {
    sheet: Sheet,
    /// Data rows read so far (blank rows not counted), and the most read.
    count: u32,
    max_rows: u32,
    stopped: bool,
}

impl RowChecks {
    /// The checks for a header row; an error when no column is known.
    pub fn new(headers: Vec<String>) -> Result<Self, CellError> {
        Ok(RowChecks {
            sheet: Sheet::new(headers)?,
            count: 0,
            max_rows: MAX_PORTFOLIO_ROWS,
            stopped: false,
        })
    }

    /// Problems of the header row (columns that cannot be read).
    pub fn header_errors(&self) -> Vec<CellError> {
        self.sheet.header_errors()
    }

    /// Headers that name no field (ignored).
    pub fn ignored_columns(&self) -> Vec<String> {
        self.sheet.ignored()
    }

    /// Whether the row limit was passed: nothing more is read.
    pub fn stopped(&self) -> bool {
        self.stopped
    }

    /// One row: `None` for a blank row or once stopped. `exact` asks for
    /// exactly the header's cells (CSV, where one cell too many or too few
    /// is a shifted row); otherwise (a spreadsheet's grid, where a row ends
    /// at its last value) missing cells are blank and cells beyond the
    /// header are not read.
    pub fn check(
        &mut self,
        row: u32,
        cells: Result<Vec<String>, Message>,
        exact: bool,
    ) -> Option<RowOutcome> {
        let refused = |zh: String, en: String| {
            Some(RowOutcome {
                row,
                profile: None,
                errors: vec![CellError {
                    row,
                    column: String::new(),
                    zh,
                    en,
                }],
            })
        };
        if self.stopped {
            return None;
        }
        let mut cells = match cells {
            Ok(c) => c,
            Err(m) => return refused(m.zh, m.en),
        };
        if cells.iter().all(|c| c.trim().is_empty()) {
            return None;
        }
        self.count += 1;
        if self.count > self.max_rows {
            self.stopped = true;
            let max = grouped(self.max_rows.into());
            return refused(
                format!("行数超过上限：一个文件最多 {max} 家企业，从此行起未读取。请把文件分成几个"),
                format!("too many rows: a file holds at most {max} companies, so this row and those after it were not read. Split the file"),
            );
        }
        let width = self.sheet.width();
        if !exact {
            cells.resize(width, String::new());
        }
        // A row must have the header's cells: one too many or too few
        // is a shifted row, and scoring it would put figures in the
        // wrong fields.
        if cells.len() != width {
            return refused(
                format!("该行有 {} 个单元格，表头有 {width} 列：列可能错位，该行未计分", cells.len()),
                format!("this row has {} cells but the header has {width} columns: the columns may be shifted, so the row is not scored", cells.len()),
            );
        }
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        let (profile, errors) = self.sheet.read(row, &cells);
        Some(RowOutcome {
            row,
            profile: Some(profile),
            errors,
        })
    }
}

/// The rows of a CSV of profiles: the header first (refused whole if no
/// column is known), then each data row. Memory stays bounded whatever the
/// file's size.
pub struct Rows<'g, R> {
    records: Records<'g, R>,
    checks: RowChecks,
    /// Problems of the header row (columns that cannot be read).
    pub header_errors: Vec<CellError>,
}

impl<'g, R: BufRead> Rows<'g, R> {
    /// Reads the header. `gbk` decodes a file that is not UTF-8.
    pub fn new(input: R, gbk: Option<GbkDecoder<'g>>) -> Result<Self, CellError> {
        let mut records = Records::new(input, gbk);
        let headers = match records.next_record(0) {
            Some((_, Ok(h))) => h,
            Some((_, Err(m))) => {
                return Err(CellError {
                    row: 1,
                    column: String::new(),
                    zh: format!("无法读取表头：{}", m.zh),
                    en: format!("cannot read the header: {}", m.en),
                })
            }
            None => vec![],
        };
        let checks = RowChecks::new(headers)?;
        Ok(Rows {
            header_errors: checks.header_errors(),
            records,
            checks,
        })
    }

    /// Headers that name no field (ignored).
    pub fn ignored_columns(&self) -> Vec<String> {
        self.checks.ignored_columns()
    }

    /// Whether some line was read as GBK.
    pub fn read_as_gbk(&self) -> bool {
        self.records.gbk_used
    }
}

impl<R: BufRead> Iterator for Rows<'_, R> {
    type Item = RowOutcome;

    fn next(&mut self) -> Option<RowOutcome> {
        loop {
            if self.checks.stopped() {
                return None;
            }
            let (row, cells) = self.records.next_record(self.checks.sheet.width())?;
            if let Some(outcome) = self.checks.check(row, cells, true) {
                return Some(outcome);
            }
        }
    }
}

/// Collects rows into an import after the header's ignored columns and
/// problems.
fn collect(
    ignored_columns: Vec<String>,
    header_errors: Vec<CellError>,
    rows: impl Iterator<Item = RowOutcome>,
) -> Import {
    let mut out = Import {
        ignored_columns,
        errors: header_errors,
        ..Import::default()
    };
    for r in rows {
        match (r.profile, r.errors.is_empty()) {
            (Some(p), true) => out.profiles.push((r.row, p)),
            (Some(p), false) => out.partial.push((r.row, p)),
            (None, _) => {}
        }
        out.errors.extend(r.errors);
    }
    out
}

/// Reads a CSV of profiles held in memory. The first row is the header.
pub fn import_csv(text: &str) -> Import {
    match Rows::new(text.as_bytes(), None) {
        Ok(rows) => {
            let (ignored, header) = (rows.ignored_columns(), rows.header_errors.clone());
            collect(ignored, header, rows)
        }
        Err(e) => Import {
            errors: vec![e],
            ..Import::default()
        },
    }
}

/// Reads rows of a spreadsheet's grid given as text cells, each with its
/// row number (the page's Excel module hands the first sheet over so).
/// The first is the header; a row ends at its last value.
pub fn import_rows(rows: impl IntoIterator<Item = (u32, Vec<String>)>) -> Import {
    let mut rows = rows.into_iter();
    let headers = rows.next().map(|(_, h)| h).unwrap_or_default();
    let mut checks = match RowChecks::new(headers) {
        Ok(c) => c,
        Err(e) => {
            return Import {
                errors: vec![e],
                ..Import::default()
            }
        }
    };
    let (ignored, header) = (checks.ignored_columns(), checks.header_errors());
    let mut outcomes = Vec::new();
    for (n, cells) in rows {
        if checks.stopped() {
            break;
        }
        outcomes.extend(checks.check(n, Ok(cells), false));
    }
    collect(ignored, header, outcomes.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (The limit is lowered to 1,000 here: 200,000 rows take half a
    /// minute in a debug build.)
    #[test]
    fn rows_beyond_the_limit_are_named_and_not_read() {
        let mut csv = String::from("企业名称\n");
        for i in 0..1_005 {
            csv.push_str(&format!("企业{i}\n\n"));
        }
        let mut rows = Rows::new(csv.as_bytes(), None).unwrap();
        rows.checks.max_rows = 1_000;
        let outcomes: Vec<RowOutcome> = rows.collect();
        assert_eq!(
            outcomes.len(),
            1_001,
            "the rows after the limit are not read"
        );
        assert!(outcomes[..1_000].iter().all(|o| o.errors.is_empty()));
        let last = &outcomes[1_000];
        assert_eq!(last.row, 2_002, "blank lines count in the row number");
        assert!(
            last.errors[0].zh.contains("最多 1,000 家企业"),
            "{}",
            last.errors[0].zh
        );
        assert_eq!(MAX_PORTFOLIO_ROWS, 200_000);
    }

    #[test]
    fn an_achievements_cell_in_error_is_told_in_words() {
        let imp = import_csv(
            "企业名称,成果\n甲,\"[{\"\"kind\"\":\"\"standard\"\",\"\"count\"\":\"\"x\"\"}]\"\n",
        );
        assert!(
            imp.errors[0].zh.contains("0 到 1,000 之间的整数"),
            "{}",
            imp.errors[0].zh
        );
    }
}

#[cfg(test)]
mod grid_tests {
    use super::*;

    fn row(n: u32, cells: &[&str]) -> (u32, Vec<String>) {
        (n, cells.iter().map(|c| c.to_string()).collect())
    }

    /// A spreadsheet row ends at its last value: missing cells are blank,
    /// cells beyond the header are not read, blank rows are skipped.
    #[test]
    fn grid_rows_end_at_their_last_value() {
        let imp = import_rows([
            row(1, &["企业名称", "省份", "职工总数"]),
            row(2, &["甲"]),
            row(4, &["乙", "山东省", "12", "a note beside the table"]),
            row(5, &["", "", ""]),
        ]);
        assert!(imp.errors.is_empty(), "{:?}", imp.errors);
        let rows: Vec<u32> = imp.profiles.iter().map(|(n, _)| *n).collect();
        assert_eq!(rows, [2, 4]);
        assert_eq!(imp.profiles[1].1.company.employees, Some(12));
        let bad = import_rows([row(1, &["随便"])]);
        assert_eq!(bad.errors.len(), 1);
    }
}
