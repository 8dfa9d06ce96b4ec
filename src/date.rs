//! Calendar dates as the rules use them (`YYYY-MM-DD`). The core never reads
//! a clock: the assessment date is an argument, supplied by the command line
//! or the page.
//!
//! The rules only compare, parse and print dates, so this is a small type of
//! its own rather than a date crate (the `time` crate cost ~20 KB of wasm for
//! these few operations).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar day (proleptic Gregorian). Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order gives the chronological ordering.
    year: i32,
    month: u8,
    day: u8,
}

const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date from its parts; `None` if it does not exist.
    pub const fn from_ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        if year < 1
            || year > 9999
            || month < 1
            || month > 12
            || day < 1
            || day > days_in_month(year, month)
        {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// A date known to exist, for rule tables (an invalid date fails at
    /// compile time in a `static`, or panics, which the tests would catch).
    pub const fn ymd(year: i32, month: u8, day: u8) -> Date {
        match Date::from_ymd(year, month, day) {
            Some(d) => d,
            None => panic!("invalid date in a rule table"),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The date `days` days after the Unix epoch (1970-01-01), by Howard
    /// Hinnant's civil-from-days algorithm.
    pub fn from_unix_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::from_ymd(i32::try_from(year).ok()?, month, day)
    }
}

impl Date {
    /// Days since the Unix epoch (1970-01-01), by Howard Hinnant's
    /// days-from-civil algorithm: the inverse of [`Date::from_unix_days`].
    pub fn to_unix_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days later (earlier if negative); `None` outside
    /// the years 1–9999.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_unix_days(self.to_unix_days().checked_add(days)?)
    }
}

/// When a document applies: from its first day to its last day, **both
/// included**. Texts state the last day ("有效期至 2024-11-14": the 14th is
/// still in force), so that is the one end convention, for rulebooks and
/// local policies alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Validity {
    pub from: Date,
    /// The last day in force; `None` while no end is known.
    pub until: Option<Date>,
}

impl Validity {
    pub const fn new(from: Date, until: Option<Date>) -> Validity {
        Validity { from, until }
    }

    /// In force on `date`.
    pub fn contains(self, date: Date) -> bool {
        self.from <= date && !self.ended_before(date)
    }

    /// Its last day lies before `date`.
    pub fn ended_before(self, date: Date) -> bool {
        self.until.is_some_and(|u| u < date)
    }

    /// The first day it no longer applies, for formats that state an
    /// exclusive end.
    pub fn end_exclusive(self) -> Option<Date> {
        self.until.and_then(|u| u.add_days(1))
    }
}

/// A day that recurs each year (`MM-DD`), such as an application window's
/// last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct MonthDay {
    month: u8,
    day: u8,
}

impl MonthDay {
    /// That day in `year` (29 February falls on the 28th in other years).
    pub fn in_year(self, year: i32) -> Date {
        Date::from_ymd(year, self.month, self.day).unwrap_or(Date::ymd(year, 2, 28))
    }
}

impl FromStr for MonthDay {
    type Err = DateError;
    fn from_str(s: &str) -> Result<MonthDay, DateError> {
        // Checked against a leap year, so 02-29 is allowed.
        let d: Date = format!("2024-{}", s.trim())
            .parse()
            .map_err(|_| DateError(s.to_string()))?;
        Ok(MonthDay {
            month: d.month,
            day: d.day,
        })
    }
}

impl fmt::Display for MonthDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

impl Serialize for MonthDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for MonthDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<MonthDay, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Error for a string that is not a `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected a date YYYY-MM-DD, found {:?}", self.0)
    }
}

impl std::error::Error for DateError {}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        let err = || DateError(s.to_string());
        let t = s.trim();
        let b = t.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &t[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::from_ymd(y as i32, m as u8, d as u8).ok_or_else(err)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints() {
        let d: Date = "2026-04-01".parse().unwrap();
        assert_eq!(d.to_string(), "2026-04-01");
        assert_eq!(d, Date::ymd(2026, 4, 1));
        for bad in [
            "2026-02-29",
            "2026-02-30",
            "20260401",
            "2026-4-01",
            "2026-13-01",
            "2026-00-10",
            "+026-01-01",
            "2026-01-01x",
            "",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert!("2024-02-29".parse::<Date>().is_ok(), "leap day");
        assert!("2000-02-29".parse::<Date>().is_ok() && "1900-02-29".parse::<Date>().is_err());
    }

    #[test]
    fn validity_includes_both_ends() {
        let v = Validity::new(Date::ymd(2019, 11, 15), Some(Date::ymd(2024, 11, 14)));
        assert!(!v.contains(Date::ymd(2019, 11, 14)));
        assert!(v.contains(Date::ymd(2019, 11, 15)));
        assert!(v.contains(Date::ymd(2024, 11, 14)));
        assert!(!v.contains(Date::ymd(2024, 11, 15)));
        assert!(
            v.ended_before(Date::ymd(2024, 11, 15)) && !v.ended_before(Date::ymd(2024, 11, 14))
        );
        assert_eq!(v.end_exclusive(), Some(Date::ymd(2024, 11, 15)));
        let open = Validity::new(Date::ymd(2026, 4, 1), None);
        assert!(open.contains(Date::ymd(9999, 12, 31)) && open.end_exclusive().is_none());
    }

    #[test]
    fn adds_days_across_months_and_leap_years() {
        assert_eq!(
            Date::ymd(2024, 2, 28).add_days(1),
            Some(Date::ymd(2024, 2, 29))
        );
        assert_eq!(
            Date::ymd(2026, 8, 31).add_days(-90),
            Some(Date::ymd(2026, 6, 2))
        );
        assert_eq!(
            Date::ymd(2025, 12, 31).add_days(1),
            Some(Date::ymd(2026, 1, 1))
        );
        for n in [-700_000, -1, 0, 1, 20_454, 2_000_000] {
            let d = Date::from_unix_days(n).unwrap();
            assert_eq!(d.to_unix_days(), n);
        }
    }

    #[test]
    fn orders_chronologically() {
        assert!(Date::ymd(2026, 3, 31) < Date::ymd(2026, 4, 1));
        assert!(Date::ymd(2025, 12, 31) < Date::ymd(2026, 1, 1));
    }

    #[test]
    fn counts_days_from_the_epoch() {
        assert_eq!(Date::from_unix_days(0), Some(Date::ymd(1970, 1, 1)));
        assert_eq!(Date::from_unix_days(20_454), Some(Date::ymd(2026, 1, 1)));
        assert_eq!(Date::from_unix_days(19_782), Some(Date::ymd(2024, 2, 29)));
        assert_eq!(Date::from_unix_days(-1), Some(Date::ymd(1969, 12, 31)));
        // Every day of 400 years round-trips through its successor.
        let mut prev = Date::from_unix_days(0).unwrap();
        for n in 1..146_097 {
            let d = Date::from_unix_days(n).unwrap();
            assert!(d > prev);
            prev = d;
        }
    }
}
