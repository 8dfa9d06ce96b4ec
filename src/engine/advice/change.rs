//! One move tried on the engine: how far a tier is from qualifying, and
//! what the move changes (indicators, conditions, the total), in words.

use super::moves::Move;
use super::timing::{counts_next_year, size};
use crate::engine::explain::fmt_decimal as fmt;
use crate::engine::{Assessment, TierOutcome};
use crate::logic::Tri;
use crate::profile::Profile;
use crate::rules::model::TierId;
use serde::Serialize;

/// How far a tier is from qualifying: 100 per failing condition the company
/// could act on, plus the points missing. Zero when qualified.
pub(super) fn distance(a: &Assessment, id: TierId) -> u32 {
    let Some(t) = a.tier(id) else { return u32::MAX };
    if t.verdict == Tri::Yes {
        return 0;
    }
    let mut d = 0;
    for r in &t.requirements {
        if r.met == Tri::Yes || r.direct == Tri::Yes {
            continue;
        }
        d += 100 * r.all_of.iter().filter(|m| **m == Tri::No).count() as u32;
        if r.requirement.score_route {
            if let (Some(s), Some(card)) = (&t.score, &t.tier.scorecard) {
                d += card.pass_mark.saturating_sub(s.total.min);
                for (c, p) in card.categories.iter().zip(&s.categories) {
                    d += c.minimum.map_or(0, |m| m.saturating_sub(p.min));
                }
            }
        }
    }
    if let Some(pre) = &t.tier.prerequisite {
        for below in pre.any_of {
            d += distance(a, *below);
        }
    }
    d
}

/// An indicator or condition a move changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Effect {
    pub id: &'static str,
    pub zh: String,
    pub en: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points_from: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points_to: Option<u32>,
}

/// One change, tried on the engine.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub lever: &'static str,
    pub amount: String,
    pub unit: &'static str,
    pub zh: String,
    pub en: String,
    /// Points of this tier before and after (scored tiers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_before: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_after: Option<u32>,
    pub gain: i64,
    /// This change alone makes the tier qualified.
    pub flips_verdict: bool,
    /// The first application year it can help: this year's for IP, staff,
    /// titles; next year's for a year's figures (this year's R&D is 上年度
    /// only then). The claim was tried on the profile as it stands then.
    pub first_year: i32,
    /// Its size against the company ("研发费用 +X 万元 = 营业收入的 Y%").
    pub size_zh: String,
    pub size_en: String,
    /// Effort rank: 1 (paperwork) … 7 (new equity).
    pub effort: u8,
    /// Beyond a plausible size for one year (难度大, `timing`): ranked last.
    pub hard: bool,
    pub effects: Vec<Effect>,
    #[serde(skip)]
    pub step: Option<Move>,
}

fn effects(before: &TierOutcome, after: &TierOutcome) -> Vec<Effect> {
    let mut out = Vec::new();
    if let (Some(card), Some(b), Some(a)) = (&before.tier.scorecard, &before.score, &after.score) {
        for ((ind, sb), sa) in card.indicators.iter().zip(&b.indicators).zip(&a.indicators) {
            if sb.points != sa.points {
                out.push(Effect {
                    id: ind.id,
                    zh: format!(
                        "{}（{}）由 {} 分升至 {} 分",
                        ind.name.zh, ind.citation.article, sb.points.min, sa.points.min
                    ),
                    en: format!(
                        "{} ({}) from {} to {} points",
                        ind.name.en, ind.citation.article, sb.points.min, sa.points.min
                    ),
                    points_from: Some(sb.points.min),
                    points_to: Some(sa.points.min),
                });
            }
        }
    }
    for (rb, ra) in before.requirements.iter().zip(&after.requirements) {
        for ((c, mb), ma) in rb
            .requirement
            .all_of
            .iter()
            .chain(rb.requirement.any_of)
            .zip(rb.all_of.iter().chain(&rb.any_of))
            .zip(ra.all_of.iter().chain(&ra.any_of))
        {
            if *mb != Tri::Yes && *ma == Tri::Yes {
                out.push(Effect {
                    id: c.id,
                    zh: format!("满足：{}", c.text.zh),
                    en: format!("Meets: {}", c.text.en),
                    points_from: None,
                    points_to: None,
                });
            }
        }
    }
    out
}

/// Effects on a tier and on the tiers below it that it needs.
fn chain_effects(before: &Assessment, after: &Assessment, id: TierId) -> Vec<Effect> {
    let (Some(b), Some(a)) = (before.tier(id), after.tier(id)) else {
        return vec![];
    };
    let mut out = effects(b, a);
    if let Some(pre) = &b.tier.prerequisite {
        for below in pre.any_of {
            if b.prerequisite != Some(Tri::Yes) {
                out.extend(chain_effects(before, after, *below));
            }
        }
    }
    out
}

/// What the move is, with the application year it counts for: a year's
/// figure names the calendar year it is spent in ("2026 年研发费用达到 …，
/// 计入 2027 年申报"), anything else the year it can first count.
fn what(m: Move, today: &Profile, at: &Profile, first_year: i32) -> (String, String) {
    if counts_next_year(m.lever) {
        let spent = first_year - 1;
        let target = at
            .financials
            .rd_expense
            .y1
            .and_then(|x| x.checked_add(m.amount));
        if let Some(t) = target {
            let t = fmt(t);
            let was = today.financials.rd_expense.y1.map(fmt).unwrap_or_default();
            return (
                format!("本年度（{spent} 年）研发投入达到 {t} 万元（{} 年为 {was} 万元），计入 {first_year} 年申报（届时为上年度）", spent - 1),
                format!("R&D this year ({spent}) reaching {t} 万元 ({}: {was} 万元), counted in the {first_year} application (then 上年度)", spent - 1),
            );
        }
    }
    let (zh, en) = m.describe(at);
    (
        format!("{zh}（可计入 {first_year} 年申报）"),
        format!("{en} (can count in the {first_year} application)"),
    )
}

pub(super) struct Tried<'a> {
    pub today: &'a Profile,
    /// The profile the move was applied to (today's, or next year's).
    pub at: &'a Profile,
    pub first_year: i32,
}

pub(super) fn change(
    m: Move,
    w: &Tried,
    before_all: &Assessment,
    after_all: &Assessment,
    id: TierId,
) -> Option<Change> {
    let (before, after) = (before_all.tier(id)?, after_all.tier(id)?);
    let (zh, en) = what(m, w.today, w.at, w.first_year);
    let (size_zh, size_en, hard) = size(&m, w.today, w.at);
    let sb = before.score.as_ref().map(|s| s.total.min);
    let sa = after.score.as_ref().map(|s| s.total.min);
    let effects = chain_effects(before_all, after_all, id);
    let tail_zh = match (sb, sa) {
        (Some(b), Some(a)) if a != b => format!("；总分由 {b} 分升至 {a} 分"),
        _ => String::new(),
    };
    let tail_en = match (sb, sa) {
        (Some(b), Some(a)) if a != b => format!("; total from {b} to {a}"),
        _ => String::new(),
    };
    let eff_zh: Vec<&str> = effects.iter().map(|e| e.zh.as_str()).collect();
    let eff_en: Vec<&str> = effects.iter().map(|e| e.en.as_str()).collect();
    Some(Change {
        lever: m.lever.key(),
        amount: fmt(m.amount),
        unit: m.unit(),
        zh: if eff_zh.is_empty() {
            zh
        } else {
            format!("{zh}：{}{tail_zh}", eff_zh.join("，"))
        },
        en: if eff_en.is_empty() {
            en
        } else {
            format!("{en}: {}{tail_en}", eff_en.join(", "))
        },
        score_before: sb,
        score_after: sa,
        gain: sa.unwrap_or(0) as i64 - sb.unwrap_or(0) as i64,
        flips_verdict: before.verdict != Tri::Yes && after.verdict == Tri::Yes,
        first_year: w.first_year,
        size_zh,
        size_en,
        effort: m.lever.effort(),
        hard,
        effects,
        step: Some(m),
    })
}
