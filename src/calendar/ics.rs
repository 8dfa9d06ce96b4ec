//! iCalendar (RFC 5545) text for a list of all-day events, each with an
//! optional reminder. Written here rather than with a crate: the page
//! carries it in its wasm, and these few lines (escaping §3.3.11, folding
//! §3.1, all-day dates §3.3.4, VALARM §3.6.6) cost far less than a crate
//! that brings a date-time library (tested against a parser in
//! `tests/calendar.rs`).

use super::Event;
use crate::date::Date;

/// TEXT values escape backslash, semicolon, comma and line breaks.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a character), CRLF.
fn line(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn day(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// The calendar file. `stamp` is the day it was made (the assessment
/// date), so the same input gives the same file.
pub fn ics(events: &[Event], stamp: Date) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//sme-calc//filing calendar//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:申报与到期提醒",
    ] {
        line(&mut out, l);
    }
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}@sme-calc", e.uid));
        line(&mut out, &format!("DTSTAMP:{}T000000Z", day(stamp)));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", day(e.start)));
        // DTEND of an all-day event is the day after its last day.
        let end = e.end.add_days(1).unwrap_or(e.end);
        line(&mut out, &format!("DTEND;VALUE=DATE:{}", day(end)));
        line(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        line(&mut out, &format!("DESCRIPTION:{}", escape(&e.description)));
        line(&mut out, "TRANSP:TRANSPARENT");
        if let Some(days) = e.remind_days_before {
            line(&mut out, "BEGIN:VALARM");
            line(&mut out, "ACTION:DISPLAY");
            line(&mut out, &format!("TRIGGER:-P{days}D"));
            line(&mut out, &format!("DESCRIPTION:{}", escape(&e.summary)));
            line(&mut out, "END:VALARM");
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_folds() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "科".repeat(40)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(
            out.replace("\r\n ", ""),
            format!("SUMMARY:{}\r\n", "科".repeat(40))
        );
    }
}
