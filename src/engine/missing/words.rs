//! A tier's missing answers in words: each field as a person names it
//! (with the calendar year of a yearly figure), and the card's one line on
//! what settles a 待定.

use super::Missing;
use crate::engine::{Assessment, TierOutcome};
use crate::logic::Tri;
use crate::profile::Year;
use crate::text::Message;

/// What a button (or a line of the print) names: one field, or the
/// compliance answers (第三条) together, as the form asks them together.
/// `path` is where pressing it leads: the group's first field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingGroup {
    pub path: String,
    pub label: Message,
    /// Part of the smallest set that could decide the verdict.
    pub needed: bool,
}

/// The missing fields grouped for people, in the order of `m.paths`.
pub fn groups(m: &Missing, assessed: crate::date::Date) -> Vec<MissingGroup> {
    let needed = m.needed.min(m.paths.len());
    let (first, rest) = m.paths.split_at(needed);
    let compliance = |paths: &[String]| {
        paths
            .iter()
            .filter(|p| p.starts_with("compliance."))
            .count()
    };
    let mut out: Vec<MissingGroup> = Vec::new();
    for (i, p) in m.paths.iter().enumerate() {
        let needed = i < first.len();
        if p.starts_with("compliance.") {
            if out
                .iter()
                .any(|g| g.path.starts_with("compliance.") && g.needed == needed)
            {
                continue;
            }
            let n = compliance(if needed { first } else { rest });
            out.push(MissingGroup {
                path: p.clone(),
                label: Message::new(format!("合规 {n} 项"), format!("compliance ({n})")),
                needed,
            });
        } else {
            out.push(MissingGroup {
                path: p.clone(),
                label: field_words(p, assessed),
                needed,
            });
        }
    }
    out
}

/// A field as a person names it: its label, and for a yearly figure the
/// calendar year it covers ("研发费用总额（2025 年）").
pub fn field_words(path: &str, assessed: crate::date::Date) -> Message {
    if path == "qualifications.honors" {
        return Message::new("有效期内的荣誉", "valid honours");
    }
    let Some(f) = crate::profile::fields::field(path) else {
        return Message::new("其他信息", "other information");
    };
    let year = Year::ALL
        .into_iter()
        .find(|y| path.ends_with(&format!(".{}", y.key())) && path.starts_with("financials."));
    match year {
        Some(y) => {
            let cy = y.calendar_year(assessed);
            Message::new(
                format!("{}（{cy} 年）", f.label.zh),
                format!("{} ({cy})", f.label.en),
            )
        }
        None => Message::new(
            f.label.zh.trim_start_matches("其中："),
            f.label.en.trim_start_matches("of which "),
        ),
    }
}

/// How many fields the one-line summary names before "等 N 项".
const NAMED: usize = 4;

/// The card's one line: "已达分数线；待确认：合规 4 项、平台评价得分". `None`
/// when nothing is missing. The compliance answers (第三条) count as one
/// item, as the form asks them together.
pub fn summary(a: &Assessment, t: &TierOutcome, m: &Missing) -> Option<Message> {
    if m.paths.is_empty() {
        return None;
    }
    // The smallest set, or every field when none could decide it alone.
    let all = groups(m, a.date());
    let mut names: Vec<&Message> = all.iter().filter(|g| g.needed).map(|g| &g.label).collect();
    if names.is_empty() {
        names = all.iter().map(|g| &g.label).collect();
    }
    let more = names.len().saturating_sub(NAMED);
    names.truncate(NAMED);
    let join = |zh: bool| {
        let list: Vec<&str> = names
            .iter()
            .map(|n| if zh { n.zh.as_str() } else { n.en.as_str() })
            .collect();
        list.join(if zh { "、" } else { ", " })
    };
    let (mut zh, mut en) = (join(true), join(false));
    if more > 0 {
        zh.push_str(&format!(" 等 {} 项", NAMED + more));
        en.push_str(&format!(" and {more} more"));
    }
    let reached = t.score.as_ref().is_some_and(|s| s.passes == Tri::Yes);
    let (pre_zh, pre_en) = if reached {
        ("已达分数线；", "Score reached; ")
    } else {
        ("", "")
    };
    Some(Message::new(
        format!("{pre_zh}待确认：{zh}"),
        format!("{pre_en}to confirm: {en}"),
    ))
}
