//! Reading a row of figures pasted from a spreadsheet or a statement into
//! the separate numbers it holds. Spreadsheets copy cells separated by tabs
//! (a row) or newlines (a column); statements and e-mails write numbers
//! with 千分位 commas and separate them by spaces or commas.
//!
//! A comma is a thousands separator where it can be one: between a group
//! of 1–3 digits and a group of exactly 3 digits ("1,200,300" is one
//! number). Write the numbers with a space or a tab between them to have
//! them read apart ("1, 200, 300"). A full-width comma or a semicolon
//! always separates.

use crate::profile::fields::YEAR_ROWS;

/// Where the numbers pasted into the year field at `path` go: that line's
/// years, from the field pasted into towards the older years, or from the
/// first year when the numbers would not fit after it. `shown` says which
/// of the line's fields the page shows (a line shows only the years the
/// rules read). `None` for a single value (an ordinary paste) or a field
/// that is not a year field.
pub fn fill_row(
    path: &str,
    text: &str,
    shown: impl Fn(&str) -> bool,
) -> Option<Vec<(&'static str, String)>> {
    let numbers = split_row(text);
    if numbers.len() < 2 {
        return None;
    }
    let row = YEAR_ROWS
        .iter()
        .find(|r| r.iter().any(|f| f.path == path))?;
    let cells: Vec<&'static str> = row
        .iter()
        .map(|f| f.path)
        .filter(|p| *p == path || shown(p))
        .collect();
    let at = cells.iter().position(|p| *p == path)?;
    let start = at.min(cells.len().saturating_sub(numbers.len()));
    Some(cells[start..].iter().copied().zip(numbers).collect())
}

/// The numbers (as text, each for a field's own parser) in a pasted text.
/// One element for a single value.
pub fn split_row(text: &str) -> Vec<String> {
    let text = text.trim();
    let parts: Vec<&str> = if text.contains(['\t', '\n', '\r']) {
        text.split(['\t', '\n', '\r']).collect()
    } else if text.contains(char::is_whitespace) {
        text.split(char::is_whitespace).collect()
    } else {
        vec![text]
    };
    parts
        .into_iter()
        .flat_map(|p| p.split(['，', '；', ';']))
        .map(|p| p.trim().trim_matches(','))
        .filter(|p| !p.is_empty())
        .flat_map(split_commas)
        .collect()
}

/// Splits at the ASCII commas that cannot be thousands separators.
fn split_commas(s: &str) -> Vec<String> {
    let groups: Vec<&str> = s.split(',').collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < groups.len() {
        let mut number = groups[i].to_string();
        let digits = number.trim_start_matches(['-', '+']);
        if (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
            while let Some(next) = groups.get(i + 1).filter(|g| is_thousands_group(g)) {
                number.push(',');
                number.push_str(next);
                i += 1;
                if next.contains('.') {
                    break;
                }
            }
        }
        if !number.is_empty() {
            out.push(number);
        }
        i += 1;
    }
    out
}

/// Exactly three digits, optionally followed by the decimal part.
fn is_thousands_group(g: &str) -> bool {
    let (int, frac) = g.split_once('.').unwrap_or((g, ""));
    int.len() == 3
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::split_row;

    fn row(s: &str) -> Vec<String> {
        split_row(s)
    }

    #[test]
    fn spreadsheet_rows_and_columns() {
        assert_eq!(row("3200\t2800\t2500"), ["3200", "2800", "2500"]);
        assert_eq!(row("3,200\t2,800\t2,500\n"), ["3,200", "2,800", "2,500"]);
        assert_eq!(row("3200\r\n2800\r\n2500"), ["3200", "2800", "2500"]);
        // An empty cell is skipped, not read as zero.
        assert_eq!(row("3200\t\t2500"), ["3200", "2500"]);
    }

    #[test]
    fn statements_with_thousands_commas() {
        assert_eq!(row("1,200.50 980 1,005"), ["1,200.50", "980", "1,005"]);
        assert_eq!(row("1,200, 980, 1,005"), ["1,200", "980", "1,005"]);
        assert_eq!(row("3200,2800,2500"), ["3200", "2800", "2500"]);
        assert_eq!(row("3,200,2,800,2,500"), ["3,200", "2,800", "2,500"]);
        assert_eq!(row("1,200.5,300"), ["1,200.5", "300"]);
        assert_eq!(row("3200，2800，2500"), ["3200", "2800", "2500"]);
        assert_eq!(row("3200; 2800"), ["3200", "2800"]);
        assert_eq!(row("-12,5"), ["-12", "5"]);
    }

    #[test]
    fn fills_the_line_from_the_field_pasted_into() {
        use super::fill_row;
        let all = |_: &str| true;
        let rev = |y: &str| format!("financials.operating_revenue.{y}");
        let got = fill_row(&rev("y1"), "3200\t2800\t2500", all).unwrap();
        assert_eq!(
            got,
            [
                ("financials.operating_revenue.y1", "3200".to_string()),
                ("financials.operating_revenue.y2", "2800".into()),
                ("financials.operating_revenue.y3", "2500".into()),
            ]
        );
        // Three numbers fill the line even when pasted into its second year.
        assert_eq!(fill_row(&rev("y2"), "1 2 3", all).unwrap()[0].0, rev("y1"));
        // Two numbers from the field pasted into.
        let two = fill_row(&rev("y2"), "1 2", all).unwrap();
        assert_eq!(
            two.iter().map(|c| c.0).collect::<Vec<_>>(),
            [rev("y2"), rev("y3")]
        );
        // Only the years the page shows (R&D: two years).
        let rd = |p: &str| !p.ends_with("y3");
        let got = fill_row("financials.rd_expense.y1", "150 120 100", rd).unwrap();
        assert_eq!(got.len(), 2);
        // One number is an ordinary paste; a field outside the year table too.
        assert!(fill_row(&rev("y1"), "1,200,300", all).is_none());
        assert!(fill_row("company.employees", "1 2", all).is_none());
    }

    #[test]
    fn one_value_stays_one() {
        assert_eq!(row("1,200,300"), ["1,200,300"]);
        assert_eq!(row(" 1200 "), ["1200"]);
        assert_eq!(row("480.5"), ["480.5"]);
        assert!(row("  ").is_empty());
    }
}
