//! The filing calendar read back by an iCalendar parser (the `icalendar`
//! crate): the file a calendar program imports has the events, dates and
//! reminders the rules give.

#![cfg(not(target_arch = "wasm32"))]

use icalendar::parser::{read_calendar, unfold};
use sme_calc::calendar::{events, ics};
use sme_calc::incentives::catalog::builtin;
use sme_calc::{parse_profile, Date};

/// (SUMMARY, DTSTART, DTEND, alarm trigger) of each event, as parsed.
fn parsed(text: &str) -> Vec<(String, String, String, Option<String>)> {
    let unfolded = unfold(text);
    let cal = read_calendar(&unfolded).expect("the file parses as iCalendar");
    let top: Vec<&str> = cal.properties.iter().map(|p| p.name.as_str()).collect();
    assert!(
        top.contains(&"VERSION") && top.contains(&"PRODID"),
        "{top:?}"
    );
    cal.components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|c| {
            let prop = |n: &str| {
                c.properties
                    .iter()
                    .find(|p| p.name == n)
                    .map(|p| p.val.to_string())
                    .unwrap_or_else(|| panic!("VEVENT without {n}"))
            };
            for required in ["UID", "DTSTAMP"] {
                prop(required);
            }
            let alarm = c
                .components
                .iter()
                .find(|a| a.name == "VALARM")
                .and_then(|a| a.properties.iter().find(|p| p.name == "TRIGGER"))
                .map(|p| p.val.to_string());
            (prop("SUMMARY"), prop("DTSTART"), prop("DTEND"), alarm)
        })
        .collect()
}

fn profile(json: &str) -> sme_calc::Profile {
    parse_profile(json).unwrap()
}

#[test]
fn titles_held_expire_with_a_reminder_90_days_before() {
    let p = profile(
        r#"{"format":"sme-profile/1","company":{"province":"山东省","city":"临沂市"},"qualifications":{"titles":{"innovative_until":"2027-03-31","srdi_until":"2026-12-20","tech_sme_until":"2026-01-01"}}}"#,
    );
    let date = Date::ymd(2026, 12, 5);
    let evs = parsed(&ics(&events(&p, date, builtin()), date));
    let expiry: Vec<_> = evs.iter().filter(|e| e.0.ends_with("称号到期")).collect();
    // The tech-SME title ended before the date: no event.
    assert_eq!(expiry.len(), 2, "{evs:?}");
    let srdi = expiry
        .iter()
        .find(|e| e.0.starts_with("专精特新中小企业"))
        .unwrap();
    assert_eq!((srdi.1.as_str(), srdi.2.as_str()), ("20261220", "20261221"));
    assert_eq!(srdi.3.as_deref(), Some("-P90D"));
    // Holding a title brings the yearly update; 2027's notice is not known.
    let update = evs
        .iter()
        .find(|e| e.0.starts_with("已获称号企业年度信息更新截止"))
        .unwrap();
    assert!(update.0.contains("以当年通知为准"), "{update:?}");
    assert_eq!(update.1, "20270531");
}

#[test]
fn filing_windows_of_the_2026_notices_and_later_years() {
    // A profile that can still apply (verdicts unknown, not failed).
    let p = profile(r#"{"format":"sme-profile/1","company":{"province":"北京市"}}"#);
    let before = Date::ymd(2026, 3, 1);
    let evs = parsed(&ics(&events(&p, before, builtin()), before));
    let lg = evs
        .iter()
        .find(|e| e.0.starts_with("专精特新“小巨人”企业申报"))
        .unwrap();
    assert_eq!(
        (lg.0.as_str(), lg.1.as_str(), lg.2.as_str()),
        ("专精特新“小巨人”企业申报", "20260425", "20260526")
    );
    // After the 2026 window: the same days of 2027, to be confirmed.
    let after = Date::ymd(2026, 12, 5);
    let evs = parsed(&ics(&events(&p, after, builtin()), after));
    let lg = evs
        .iter()
        .find(|e| e.0.starts_with("专精特新“小巨人”企业申报"))
        .unwrap();
    assert!(lg.0.contains("以当年通知为准"));
    assert_eq!((lg.1.as_str(), lg.2.as_str()), ("20270425", "20270526"));
    // No title held: no update, no expiry.
    assert!(!evs
        .iter()
        .any(|e| e.0.contains("称号到期") || e.0.contains("信息更新")));
}

#[test]
fn a_local_policys_window_while_it_is_in_force() {
    let p =
        profile(r#"{"format":"sme-profile/1","company":{"province":"山东省","city":"临沂市"}}"#);
    // 临沂 第九条: applications in the first quarter; in force to 2024-11-14.
    let d = Date::ymd(2023, 12, 1);
    let evs = parsed(&ics(&events(&p, d, builtin()), d));
    let q1 = evs.iter().find(|e| e.0.contains("第一季度")).unwrap();
    assert_eq!((q1.1.as_str(), q1.2.as_str()), ("20240101", "20240401"));
    // After the policy ended its window is gone.
    let d = Date::ymd(2024, 12, 1);
    let evs = parsed(&ics(&events(&p, d, builtin()), d));
    assert!(!evs.iter().any(|e| e.0.contains("第一季度")), "{evs:?}");
}

#[test]
fn the_command_writes_the_same_file() {
    let dir = std::env::temp_dir().join(format!("assess-calendar-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("p.json");
    std::fs::write(&path, r#"{"format":"sme-profile/1","company":{"province":"北京市"},"qualifications":{"titles":{"srdi_until":"2027-06-30"}}}"#).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(["calendar", "--date", "2026-12-05", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\r\n") && text.starts_with("BEGIN:VCALENDAR"));
    let evs = parsed(&text);
    assert!(
        evs.iter()
            .any(|e| e.1 == "20270630" && e.3.as_deref() == Some("-P90D")),
        "{evs:?}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
