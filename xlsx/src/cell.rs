//! A spreadsheet cell as the text the CSV path would read, so an .xlsx and
//! the same rows saved as CSV give the same profiles.
//!
//! - A number is written in its shortest decimal form, the digits that
//!   read back as the same binary value (2.5 → "2.5", 1200 → "1200"),
//!   never through float arithmetic. Excel keeps 15 significant digits;
//!   a longer form is the noise of a formula (0.1 + 0.2 =
//!   0.30000000000000004) and is cut to the 15 digits Excel shows ("0.3").
//! - A number shown as a percentage (its format has a `%`, e.g. `0%`,
//!   `0.00%`) is written as Excel shows it: 0.05 → "5%", by moving the
//!   decimal point of its digits. A percentage field reads "5%" as 5 %, the
//!   same as the CSV cell "5"; any other field refuses it with a message,
//!   so 5 % is never read as 0.05 or as 5 of something else.
//! - A date is written YYYY-MM-DD (with the time when it has one, which a
//!   date field then refuses); a yes/no cell 是/否; an error cell as Excel
//!   shows it (#DIV/0!), which no number field accepts.

/// A number's text (see the module notes); `percent` when its format shows
/// a percentage.
pub fn number_text(value: f64, percent: bool) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let digits = shortest(value);
    if percent {
        format!("{}%", shift_point(&digits, 2))
    } else {
        digits
    }
}

/// The shortest decimal text that reads back as `value`, cut to 15
/// significant digits when longer (Rust's `Display` for `f64` is the
/// shortest round-trip form, never with an exponent).
fn shortest(value: f64) -> String {
    let s = value.to_string();
    let significant = s
        .trim_start_matches('-')
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .trim_start_matches('0')
        .len();
    if significant <= 15 {
        return s;
    }
    // 15 significant digits, as Excel shows them: `{:.14e}` rounds the
    // exact binary value to 15 digits in decimal.
    let e = format!("{value:.14e}");
    let (mantissa, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    shift_point(mantissa, exp)
}

/// Moves the decimal point of a decimal text `by` places to the right (to
/// the left when negative), without float arithmetic; trailing zeros after
/// the point and the point itself when nothing follows it are dropped.
pub fn shift_point(text: &str, by: i32) -> String {
    let (sign, body) = match text.strip_prefix('-') {
        Some(b) => ("-", b),
        None => ("", text),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits: String = format!("{int}{frac}");
    let mut point = int.len() as i64 + i64::from(by);
    let mut digits = digits;
    if point < 0 {
        digits = format!("{}{digits}", "0".repeat((-point) as usize));
        point = 0;
    }
    let point = point as usize;
    if point > digits.len() {
        digits.push_str(&"0".repeat(point - digits.len()));
    }
    let (i, f) = digits.split_at(point);
    let i = i.trim_start_matches('0');
    let i = if i.is_empty() { "0" } else { i };
    let f = f.trim_end_matches('0');
    let out = if f.is_empty() {
        i.to_string()
    } else {
        format!("{i}.{f}")
    };
    if out == "0" {
        out
    } else {
        format!("{sign}{out}")
    }
}

/// Whether a number format shows a percentage: a `%` outside quotes,
/// brackets and escapes (`0.0%`, `0%;[Red]-0%`, not `0"%"` or `0\%`).
pub fn is_percent_format(code: &str) -> bool {
    let mut quoted = false;
    let mut bracket = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if !quoted => escaped = true,
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            '%' if !quoted && !bracket => return true,
            _ => {}
        }
    }
    false
}

/// A date serial (days since 1899-12-30, Excel's 1900 system after its
/// 29 February 1900; 1904 system when `is_1904`) as YYYY-MM-DD, with
/// hh:mm:ss when it has a time of day.
pub fn date_text(serial: f64, is_1904: bool) -> String {
    let serial = if is_1904 { serial + 1462.0 } else { serial };
    let days = serial.floor();
    let seconds = ((serial - days) * 86_400.0).round() as i64;
    // Serials before Excel's 29 February 1900 (60), which never was, are
    // one day later in the calendar than their distance from 1899-12-30.
    let days = days as i64 + i64::from(serial < 60.0 && !is_1904);
    let (y, m, d) = civil_from_days(days - 25_569); // 1970-01-01 is serial 25569
    let date = format!("{y:04}-{m:02}-{d:02}");
    if seconds == 0 || seconds == 86_400 {
        date
    } else {
        let (h, rest) = (seconds / 3600, seconds % 3600);
        format!("{date} {h:02}:{:02}:{:02}", rest / 60, rest % 60)
    }
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian
/// (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_their_shortest_exact_form() {
        assert_eq!(number_text(1200.0, false), "1200");
        assert_eq!(number_text(2.5, false), "2.5");
        assert_eq!(number_text(1234.5678, false), "1234.5678");
        assert_eq!(number_text(-3.25, false), "-3.25");
        assert_eq!(number_text(0.0001, false), "0.0001");
        assert_eq!(number_text(1e20, false), "100000000000000000000");
        assert_eq!(number_text(0.1 + 0.2, false), "0.3");
        assert_eq!(number_text(1.0 / 3.0, false), "0.333333333333333");
    }

    #[test]
    fn percentages_as_excel_shows_them() {
        assert_eq!(number_text(0.05, true), "5%");
        assert_eq!(number_text(0.0525, true), "5.25%");
        assert_eq!(number_text(1.0, true), "100%");
        assert_eq!(number_text(0.000_01, true), "0.001%");
        assert!(is_percent_format("0%"));
        assert!(is_percent_format("0.00%;[Red]-0.00%"));
        assert!(!is_percent_format("0\"%\""));
        assert!(!is_percent_format("0\\%"));
        assert!(!is_percent_format("General"));
        assert!(!is_percent_format("#,##0.00"));
    }

    #[test]
    fn decimal_points_move_without_arithmetic() {
        assert_eq!(shift_point("0.05", 2), "5");
        assert_eq!(shift_point("12", 2), "1200");
        assert_eq!(shift_point("1.5", -3), "0.0015");
        assert_eq!(shift_point("-0.5", 1), "-5");
        assert_eq!(shift_point("0", 2), "0");
    }

    #[test]
    fn dates_from_serials() {
        assert_eq!(date_text(45_473.0, false), "2024-06-30");
        assert_eq!(date_text(1.0, false), "1900-01-01");
        assert_eq!(date_text(61.0, false), "1900-03-01");
        assert_eq!(date_text(45_473.5, false), "2024-06-30 12:00:00");
        assert_eq!(date_text(44_011.0, true), "2024-06-30");
        assert_eq!(date_text(59.0, false), "1900-02-28");
    }
}
