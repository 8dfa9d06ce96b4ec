//! A [`Book`] as .xlsx bytes: each sheet with its header row bold and
//! frozen, numbers as numbers, and dropdowns whose values sit on a hidden
//! sheet (a list typed into the validation itself is limited to 255
//! characters, which the Chinese labels of some choices exceed).

use crate::{Book, SheetSpec};
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, Formula, Workbook, Worksheet, XlsxError,
};

/// The hidden sheet that holds every dropdown's values, one column each.
pub const LISTS_SHEET: &str = "选项";

/// The workbook's bytes.
pub fn book_bytes(book: &Book) -> Result<Vec<u8>, String> {
    build(book).map_err(|e| e.to_string())
}

fn build(book: &Book) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let mut lists = Worksheet::new();
    lists.set_name(LISTS_SHEET)?;
    let mut list_col: u16 = 0;
    for spec in &book.sheets {
        let ws = wb.add_worksheet();
        ws.set_name(&spec.name)?;
        write_sheet(ws, spec, &bold)?;
        for ch in &spec.choices {
            for (i, v) in ch.values.iter().enumerate() {
                lists.write_string(i as u32, list_col, v)?;
            }
            let letters = column_letters(list_col);
            let last = ch.values.len().max(1);
            let dv = DataValidation::new()
                .allow_list_formula(Formula::new(format!(
                    "='{LISTS_SHEET}'!${letters}$1:${letters}${last}"
                )))
                .set_error_style(DataValidationErrorStyle::Warning)
                .set_error_title("不在可选值中")?
                .set_error_message("该值不在下拉列表中；导入时也接受字段代码。")?;
            let last_row = spec.validated_rows.max(spec.rows.len() as u32).max(1);
            let col = ch.column as u16;
            ws.add_data_validation(1, col, last_row, col, &dv)?;
            list_col += 1;
        }
    }
    if list_col > 0 {
        lists.set_hidden(true);
        wb.push_worksheet(lists);
    }
    wb.save_to_buffer()
}

fn write_sheet(ws: &mut Worksheet, spec: &SheetSpec, bold: &Format) -> Result<(), XlsxError> {
    for (c, h) in spec.header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, bold)?;
        let chars = h.chars().count() as f64;
        ws.set_column_width(c as u16, (chars * 1.6).clamp(8.0, 40.0))?;
    }
    ws.set_freeze_panes(1, 0)?;
    for (r, row) in spec.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            let number = spec
                .numeric
                .contains(&c)
                .then(|| plain_number(cell))
                .flatten();
            match number {
                Some(n) => ws.write_number(r, c as u16, n)?,
                None => ws.write_string(r, c as u16, cell)?,
            };
        }
    }
    Ok(())
}

/// A cell that is a plain decimal number ("-12.5", not "1e5", "40–72" or
/// "0012"), as the f64 Excel stores. Its shortest form reads back as the
/// same text (up to 15 significant digits, all Excel keeps).
fn plain_number(cell: &str) -> Option<f64> {
    let body = cell.strip_prefix('-').unwrap_or(cell);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let leading_zero = int.len() > 1 && int.starts_with('0');
    if int.is_empty() || !digits(int) || !digits(frac) || leading_zero {
        return None;
    }
    if int.len() + frac.len() > 15 {
        return None;
    }
    cell.parse().ok()
}

/// A column's letters: 0 → A, 25 → Z, 26 → AA.
fn column_letters(mut col: u16) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_only_when_plain() {
        assert_eq!(plain_number("12.5"), Some(12.5));
        assert_eq!(plain_number("-3"), Some(-3.0));
        assert_eq!(plain_number("40–72"), None);
        assert_eq!(plain_number("1e5"), None);
        assert_eq!(plain_number("007"), None);
        assert_eq!(plain_number(""), None);
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }
}
