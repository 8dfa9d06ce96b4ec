//! The filing windows the annual notices set. Each year's notice sets its
//! own, so these are dated facts, not law: a later year without a notice
//! is shown with the last known window and "以当年通知为准".
//! Source: shared/spec/rulebook-2026.md, "Corrections found in December
//! 2026" (two independent secondary sources).

use crate::date::Date;
use crate::rules::TierId;

/// What a window is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowKind {
    /// Applying for a title the company can get.
    Filing(TierId),
    /// The yearly information update of titles already held.
    Update,
}

#[derive(Debug)]
pub struct FilingWindow {
    pub kind: WindowKind,
    /// The year of the notice.
    pub year: i32,
    /// First day (None: only a deadline is set) and last day, inclusive.
    pub from: Option<Date>,
    pub until: Date,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    pub source_zh: &'static str,
}

pub static WINDOWS: &[FilingWindow] = &[
    FilingWindow {
        kind: WindowKind::Filing(TierId::TechSme),
        year: 2026,
        from: Some(Date::ymd(2026, 6, 1)),
        until: Date::ymd(2026, 8, 31),
        title_zh: "科技型中小企业评价信息填报",
        title_en: "Technology-based SME evaluation: filing",
        source_zh: "2026 年科技型中小企业评价工作通知",
    },
    FilingWindow {
        kind: WindowKind::Filing(TierId::LittleGiant),
        year: 2026,
        from: Some(Date::ymd(2026, 4, 25)),
        until: Date::ymd(2026, 5, 25),
        title_zh: "专精特新“小巨人”企业申报",
        title_en: "Little giant (专精特新“小巨人”): applications",
        source_zh: "2026 年“小巨人”企业培育工作通知",
    },
    FilingWindow {
        kind: WindowKind::Update,
        year: 2026,
        from: None,
        until: Date::ymd(2026, 5, 31),
        title_zh: "已获称号企业年度信息更新截止",
        title_en: "Yearly information update of titles held: deadline",
        source_zh: "2026 年通知",
    },
];
