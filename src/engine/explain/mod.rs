//! Words for the engine's conclusions: what a metric is, what a test asks,
//! what the profile shows, which inputs are missing, and why a tier is not
//! (or not yet) reached. Composed only when shown, so scoring stays cheap.

mod inputs;
mod words;

pub use crate::rules::vocabulary::Unit;
pub use inputs::{metric_inputs, missing_inputs, test_inputs};
pub use words::{dated, fmt_decimal, fmt_value, metric_name, observed, undefined_words};

use super::verdict::Status;
use super::{Assessment, RequirementOutcome, TierOutcome};
use crate::facts::Facts;
use crate::logic::Tri;
use crate::rules::model::{Citation, Condition};
use serde::Serialize;

/// Why a tier is not (or not yet) reached.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// The rule concerned (condition, requirement or tier id).
    pub id: String,
    /// `not_met` when it fails, `unknown` when inputs are missing.
    pub status: Status,
    pub zh: String,
    pub en: String,
    /// The profile fields to fill in to settle an unknown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    pub citation: CitationView,
}

/// A citation as it appears in output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitationView {
    pub document: &'static str,
    pub document_zh: &'static str,
    pub document_number: &'static str,
    pub article: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed_file: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed_line: Option<u32>,
    pub quote: &'static str,
    /// `official` (quoted from the seed), or how sure the secondary reading is.
    pub confidence: &'static str,
}

impl From<&Citation> for CitationView {
    fn from(c: &Citation) -> Self {
        CitationView {
            document: c.document.id,
            document_zh: c.document.title.zh,
            document_number: c.document.number,
            article: c.article,
            seed_file: c.document.seed_file,
            seed_line: c.seed_line,
            quote: c.quote,
            confidence: c.confidence.key(),
        }
    }
}

fn condition_reason(c: &Condition, met: Tri, f: &Facts) -> Reason {
    let seen = observed(&c.test, f);
    let (seen_zh, seen_en) = if seen.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!(
                "（实际：{}）",
                seen.iter()
                    .map(|m| m.zh.as_str())
                    .collect::<Vec<_>>()
                    .join("，")
            ),
            format!(
                " (actual: {})",
                seen.iter()
                    .map(|m| m.en.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    };
    let missing = if met == Tri::Unknown {
        missing_inputs(&c.test, f)
    } else {
        vec![]
    };
    let (zh, en) = if met == Tri::Unknown {
        (
            format!("待确认：{}{}，需补充数据", c.text.zh, seen_zh),
            format!("To confirm: {}{}; data missing", c.text.en, seen_en),
        )
    } else {
        (
            format!("未满足：{}{}", c.text.zh, seen_zh),
            format!("Not met: {}{}", c.text.en, seen_en),
        )
    };
    Reason {
        id: c.id.into(),
        status: Status::of(met),
        zh,
        en,
        missing,
        citation: (&c.citation).into(),
    }
}

/// Every reason a tier is not qualified (empty when it is).
pub fn tier_reasons(a: &Assessment, t: &TierOutcome) -> Vec<Reason> {
    let mut out = Vec::new();
    if t.verdict == Tri::Yes {
        return out;
    }
    let f = &a.facts;
    if t.tier.preconditions && t.preconditions != Tri::Yes {
        for (c, met) in a.rulebook.preconditions.iter().zip(&a.preconditions) {
            if *met != Tri::Yes {
                out.push(condition_reason(c, *met, f));
            }
        }
    }
    if let (Some(pre), Some(met)) = (&t.tier.prerequisite, t.prerequisite) {
        if met != Tri::Yes {
            out.push(Reason {
                id: format!("{}_prerequisite", t.tier.id.key()),
                status: Status::of(met),
                zh: format!("{}（{}：逐级认定）", pre.text.zh, pre.citation.article),
                en: format!(
                    "{} ({}: tiers are granted one after another)",
                    pre.text.en, pre.citation.article
                ),
                missing: vec![],
                citation: (&pre.citation).into(),
            });
        }
    }
    for r in &t.requirements {
        if r.met != Tri::Yes {
            out.extend(requirement_reasons(a, t, r));
        }
    }
    out
}

fn requirement_reasons(a: &Assessment, t: &TierOutcome, r: &RequirementOutcome) -> Vec<Reason> {
    let f = &a.facts;
    let req = r.requirement;
    let mut out = Vec::new();
    if req.score_route {
        if let (Some(score), Some(card)) = (&t.score, &t.tier.scorecard) {
            if score.passes != Tri::Yes {
                let total = score.total;
                let range_zh = if total.is_exact() {
                    format!("{}", total.min)
                } else {
                    format!("{}–{}", total.min, total.max)
                };
                let mut zh = format!("评价得分 {} 分，需达到 {} 分", range_zh, card.pass_mark);
                let mut en = format!("Score {} points; {} needed", range_zh, card.pass_mark);
                for (c, p) in card.categories.iter().zip(&score.categories) {
                    if let Some(min) = c.minimum {
                        if p.reaches(min) != Tri::Yes {
                            zh.push_str(&format!(
                                "；{}得分 {} 分，需不低于 {} 分",
                                c.name.zh, p.min, min
                            ));
                            en.push_str(&format!(
                                "; {} {} points, at least {} needed",
                                c.name.en, p.min, min
                            ));
                        }
                    }
                }
                if !req.any_of.is_empty() {
                    zh.push_str("，且未满足直通条件");
                    en.push_str(", and no direct condition is met");
                }
                out.push(Reason {
                    id: format!("{}_score", req.id),
                    status: Status::of(score.passes.and(r.direct.negate())),
                    zh,
                    en,
                    missing: vec![],
                    citation: (&req.citation).into(),
                });
            }
        }
    }
    for (c, met) in req.all_of.iter().zip(&r.all_of) {
        if *met != Tri::Yes {
            out.push(condition_reason(c, *met, f));
        }
    }
    // A failed direct route is worth naming only where it is the only
    // alternative left (the general route failed too).
    if r.general != Tri::Yes && !req.all_of.is_empty() && !req.any_of.is_empty() {
        out.push(Reason {
            id: format!("{}_direct", req.id),
            status: Status::of(r.direct),
            zh: format!("{}：一般性条件未全部满足，也未满足直通条件", req.name.zh),
            en: format!(
                "{}: the general conditions are not all met, nor is a direct condition",
                req.name.en
            ),
            missing: vec![],
            citation: (&req.citation).into(),
        });
    }
    out
}
