//! The first sheet of an .xlsx, row by row, each cell as text (see
//! [`crate::cell`]). Cells are streamed from the sheet's XML, so memory
//! holds one row at a time (and the workbook's shared strings), whatever
//! the number of rows.

use crate::cell::{date_text, is_percent_format, number_text};
use calamine::{DataRef, Reader, Xlsx};
use std::io::{Read, Seek};

/// Why a workbook cannot be read, in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub zh: String,
    pub en: String,
}

impl ReadError {
    fn of(e: impl std::fmt::Display) -> Self {
        ReadError {
            zh: format!("无法读取 Excel 文件（.xlsx）：{e}"),
            en: format!("cannot read the Excel file (.xlsx): {e}"),
        }
    }
}

/// One cell's text.
fn text(value: &DataRef<'_>, percent: bool, is_1904: bool) -> String {
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_string(),
        DataRef::Int(n) => n.to_string(),
        DataRef::Float(f) => number_text(*f, percent),
        DataRef::Bool(b) => if *b { "是" } else { "否" }.to_string(),
        DataRef::DateTime(d) if d.is_datetime() => date_text(d.as_f64(), is_1904),
        DataRef::DateTime(d) => number_text(d.as_f64(), false),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => e.to_string(),
    }
}

/// Calls `row` with each row of the first sheet that has a cell, in order:
/// its number as Excel shows it (1 for the first row) and its cells from
/// column A to its last cell with a value. `row` returns `false` to stop
/// reading (a limit reached).
pub fn first_sheet_rows<RS: Read + Seek>(
    input: RS,
    mut row: impl FnMut(u32, Vec<String>) -> bool,
) -> Result<(), ReadError> {
    let mut book: Xlsx<RS> = Xlsx::new(input).map_err(ReadError::of)?;
    let is_1904 = book.has_1904_epoch();
    let Some(name) = book.sheet_names().into_iter().next() else {
        return Err(ReadError {
            zh: "Excel 文件中没有工作表".into(),
            en: "the Excel file has no sheet".into(),
        });
    };
    let mut cells = book.worksheet_cells_reader(&name).map_err(ReadError::of)?;
    let percent: Vec<bool> = cells
        .styles()
        .iter()
        .map(|s| {
            s.number_format
                .as_ref()
                .is_some_and(|f| is_percent_format(&f.format_code))
        })
        .collect();
    let mut current: Option<u32> = None;
    let mut values: Vec<String> = Vec::new();
    let flush = |n: Option<u32>,
                 values: &mut Vec<String>,
                 row: &mut dyn FnMut(u32, Vec<String>) -> bool| {
        while values.last().is_some_and(String::is_empty) {
            values.pop();
        }
        match n {
            Some(n) if !values.is_empty() => row(n + 1, std::mem::take(values)),
            _ => {
                values.clear();
                true
            }
        }
    };
    while let Some((cell, style)) = cells.next_cell_with_style_id().map_err(ReadError::of)? {
        let (r, c) = cell.get_position();
        if current != Some(r) {
            if !flush(current, &mut values, &mut row) {
                return Ok(());
            }
            current = Some(r);
        }
        let t = text(
            cell.get_value(),
            percent.get(style).copied().unwrap_or(false),
            is_1904,
        );
        if t.is_empty() {
            continue;
        }
        let c = c as usize;
        if values.len() <= c {
            values.resize(c + 1, String::new());
        }
        values[c] = t;
    }
    flush(current, &mut values, &mut row);
    Ok(())
}

#[cfg(all(test, feature = "write"))]
mod tests {
    use super::*;
    use crate::{Book, Choices, SheetSpec};

    #[test]
    fn a_written_book_reads_back_cell_for_cell() {
        let spec = SheetSpec {
            name: "企业".into(),
            header: vec!["企业名称".into(), "营业收入".into(), "得分".into()],
            rows: vec![
                vec!["甲".into(), "1234.5678".into(), "40–72".into()],
                vec!["".into(), "".into(), "".into()],
                vec!["乙".into(), "-3".into(), "".into()],
            ],
            numeric: vec![1, 2],
            choices: vec![Choices {
                column: 0,
                values: vec!["甲".into(), "乙".into()],
            }],
            validated_rows: 100,
        };
        let bytes = crate::write::book_bytes(&Book { sheets: vec![spec] }).unwrap();
        let mut rows = vec![];
        first_sheet_rows(std::io::Cursor::new(bytes), |n, cells| {
            rows.push((n, cells));
            true
        })
        .unwrap();
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            rows,
            vec![
                (1, s(&["企业名称", "营业收入", "得分"])),
                (2, s(&["甲", "1234.5678", "40–72"])),
                (4, s(&["乙", "-3"])),
            ]
        );
    }
}
