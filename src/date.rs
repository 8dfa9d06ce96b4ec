//! Calendar dates as the rules use them (`YYYY-MM-DD`). The core never reads
//! a clock: the assessment date is an argument, supplied by the command line
//! or the page.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(time::Date);

const FORMAT: &[time::format_description::FormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

impl Date {
    /// A date from its parts; `None` if it does not exist.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day)
            .ok()
            .map(Date)
    }

    /// A date known to exist, for rule tables (panics on an invalid date,
    /// which the rulebook tests would catch at once).
    pub const fn ymd(year: i32, month: u8, day: u8) -> Date {
        let month = match month {
            1 => time::Month::January,
            2 => time::Month::February,
            3 => time::Month::March,
            4 => time::Month::April,
            5 => time::Month::May,
            6 => time::Month::June,
            7 => time::Month::July,
            8 => time::Month::August,
            9 => time::Month::September,
            10 => time::Month::October,
            11 => time::Month::November,
            _ => time::Month::December,
        };
        match time::Date::from_calendar_date(year, month, day) {
            Ok(d) => Date(d),
            Err(_) => panic!("invalid date in a rule table"),
        }
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u8 {
        self.0.month() as u8
    }

    pub fn day(self) -> u8 {
        self.0.day()
    }

    /// The date `days` days after the Unix epoch (1970-01-01).
    pub fn from_unix_days(days: i64) -> Option<Date> {
        let epoch = time::Date::from_calendar_date(1970, time::Month::January, 1).ok()?;
        epoch.checked_add(time::Duration::days(days)).map(Date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month() as u8,
            self.0.day()
        )
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
        time::Date::parse(s.trim(), FORMAT)
            .map(Date)
            .map_err(|_| DateError(s.to_string()))
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
        assert!("2026-02-30".parse::<Date>().is_err());
        assert!("20260401".parse::<Date>().is_err());
        assert_eq!(Date::from_unix_days(0), Some(Date::ymd(1970, 1, 1)));
        assert_eq!(Date::from_unix_days(20_454), Some(Date::ymd(2026, 1, 1)));
    }
}
