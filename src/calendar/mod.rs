//! The filing calendar (`assess calendar`, the page's "加入日历 (.ics)"):
//! the next filing window of each title the company can apply for, each
//! title it holds with a reminder 90 days before it expires, the yearly
//! update of titles held, and the application windows local policies
//! state. Events are data; [`ics`] writes them as iCalendar.

mod ics;
pub mod windows;

pub use ics::ics;

use crate::date::Date;
use crate::incentives::catalog::Catalog;
use crate::incentives::status::Status;
use crate::logic::Tri;
use crate::profile::Profile;
use crate::rules::TierId;
use windows::{FilingWindow, WindowKind, WINDOWS};

/// How long before a title expires the reminder goes off.
pub const EXPIRY_REMINDER_DAYS: u32 = 90;

/// One all-day event, first and last day inclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable across runs, so re-importing updates rather than duplicates.
    pub uid: String,
    pub start: Date,
    pub end: Date,
    pub summary: String,
    pub description: String,
    pub remind_days_before: Option<u32>,
}

/// The same month and day in another year (28 February for 29 February).
fn in_year(d: Date, year: i32) -> Date {
    Date::from_ymd(year, d.month(), d.day()).unwrap_or(Date::ymd(year, 2, 28))
}

/// The window that is open or next on `date`: the same days in the first
/// year whose window has not ended; announced only in the notice's year.
fn next_window(w: &FilingWindow, date: Date) -> (Option<Date>, Date, bool) {
    let mut year = date.year();
    if in_year(w.until, year) < date {
        year += 1;
    }
    (
        w.from.map(|f| in_year(f, year)),
        in_year(w.until, year),
        year == w.year,
    )
}

fn window_event(w: &FilingWindow, date: Date, uid: &str) -> Event {
    let (from, until, announced) = next_window(w, date);
    let year = until.year();
    let (summary, description) = if announced {
        (
            w.title_zh.to_string(),
            format!("{}（{}）。{}", w.title_zh, w.source_zh, w.title_en),
        )
    } else {
        let last = match w.from {
            Some(f) => format!("{f} 至 {}", w.until),
            None => format!("截至 {}", w.until),
        };
        (
            format!("{}（以当年通知为准）", w.title_zh),
            format!("{year} 年的通知未收录，日期按已知窗口（{}：{last}）推算，以当年通知为准。{} (dates as in the last known notice; the {year} notice decides).", w.source_zh, w.title_en),
        )
    };
    Event {
        uid: format!("{uid}-{year}"),
        start: from.unwrap_or(until),
        end: until,
        summary,
        description,
        remind_days_before: Some(7),
    }
}

fn tier_name(t: TierId) -> (&'static str, &'static str) {
    match t {
        TierId::TechSme => ("科技型中小企业", "Technology-based SME"),
        TierId::Innovative => ("创新型中小企业", "Innovative SME"),
        TierId::Srdi => ("专精特新中小企业", "Specialised SME (专精特新)"),
        TierId::LittleGiant => ("专精特新“小巨人”企业", "Little giant"),
    }
}

/// The company's calendar from the assessment date on.
pub fn events(profile: &Profile, date: Date, catalog: &Catalog) -> Vec<Event> {
    let mut out = Vec::new();
    let assessment = crate::assess(profile, date);
    // Filing windows of the titles the company can apply for (yes or not
    // yet known).
    for t in &assessment.tiers {
        if t.verdict == Tri::No {
            continue;
        }
        for w in WINDOWS
            .iter()
            .filter(|w| w.kind == WindowKind::Filing(t.id()))
        {
            out.push(window_event(w, date, &format!("filing-{}", t.id().key())));
        }
    }
    // Titles held: their expiry, and the yearly update.
    let titles = &profile.qualifications.titles;
    let held = [
        (TierId::Innovative, titles.innovative_until),
        (TierId::TechSme, titles.tech_sme_until),
        (TierId::Srdi, titles.srdi_until),
    ];
    for (tier, until) in held {
        let Some(until) = until.filter(|u| *u >= date) else {
            continue;
        };
        let (zh, en) = tier_name(tier);
        out.push(Event {
            uid: format!("expiry-{}-{until}", tier.key()),
            start: until,
            end: until,
            summary: format!("{zh}称号到期"),
            description: format!("{zh}称号有效期至 {until}。提前 {EXPIRY_REMINDER_DAYS} 天提醒，以便准备复核或重新申报。The {en} title expires on {until}."),
            remind_days_before: Some(EXPIRY_REMINDER_DAYS),
        });
    }
    if held.iter().any(|(_, u)| u.is_some_and(|u| u >= date)) {
        for w in WINDOWS.iter().filter(|w| w.kind == WindowKind::Update) {
            out.push(window_event(w, date, "update"));
        }
    }
    // Local policies' own windows, when the policy is in force then.
    for f in catalog.policies_for(&profile.company) {
        for r in f.rule.iter() {
            let Some(win) = &r.window else { continue };
            let mut year = date.year();
            let mut until = win.until.in_year(year);
            if until < date {
                year += 1;
                until = win.until.in_year(year);
            }
            if !Status::of(&f.policy, until).counts() {
                continue;
            }
            let start = win.from.map(|m| m.in_year(year)).unwrap_or(until);
            out.push(Event {
                uid: format!("policy-{}-{year}", r.id),
                start,
                end: until,
                summary: format!("{}：{}", f.policy.region_name(), r.title_zh),
                description: format!(
                    "《{}》{}：{}。{}",
                    f.policy.title_zh, r.article, r.title_zh, r.title_en
                ),
                remind_days_before: Some(14),
            });
        }
    }
    out.sort_by(|a, b| (a.start, &a.uid).cmp(&(b.start, &b.uid)));
    out
}
