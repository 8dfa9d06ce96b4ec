//! Next-tier advice: for each tier not reached, the changes a company can
//! make (R&D spend, R&D staff, IP, certifications, an R&D institution, its
//! digital level, new equity) that move it towards the tier, each tried on
//! the engine itself, ranked, and a multi-step plan that reaches the tier
//! when one exists. Past facts (revenue history, growth, years in the niche,
//! debt, compliance, awards already decided) are never "advised".
//!
//! Targets come from inverting the rulebook's own thresholds (e.g. R&D ratio
//! ≥ 5% with revenue 9000 → R&D 450), so advice follows the rules as data.

mod change;
mod moves;
mod plan;

pub use crate::rules::vocabulary::Lever;
pub use change::{Change, Effect};
pub use moves::{candidate_moves, Move};

use super::explain::{missing_inputs, Reason};
use super::verdict::Verdict;
use super::{assess_with, Assessment, TierOutcome};
use crate::logic::Tri;
use crate::profile::Profile;
use crate::rules::model::Test;
use change::{change, distance};
use plan::{blocked, plan};
use serde::Serialize;

/// Advice for one tier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierAdvice {
    pub tier: &'static str,
    /// Never `qualified`: advice is for the tiers not surely reached.
    pub verdict: Verdict,
    /// Single changes that bring the tier closer, best first.
    pub changes: Vec<Change>,
    /// The first single change that makes the tier qualified, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flipping_change: Option<Change>,
    /// Changes that together reach the tier (applied in order).
    pub plan: Vec<Change>,
    /// Whether the plan reaches the tier.
    pub reachable: bool,
    /// What no change can fix (past facts, preconditions).
    pub blocked_by: Vec<Reason>,
    /// Inputs to fill in to settle a "depends".
    pub missing: Vec<String>,
}

/// Advice for every tier the company has not surely reached.
pub fn advise(a: &Assessment) -> Vec<TierAdvice> {
    let rulebook = a.rulebook;
    let profile = a.facts.profile;
    let date = a.date();
    let moves = candidate_moves(profile, rulebook);
    // Each candidate is assessed once and serves every tier.
    let tried: Vec<(Move, Profile)> = moves
        .iter()
        .filter_map(|m| {
            let mut p = profile.clone();
            m.apply(&mut p).map(|_| (*m, p))
        })
        .collect();
    let tried: Vec<(Move, &Profile, Assessment)> = tried
        .iter()
        .map(|(m, p)| (*m, p, assess_with(p, date, rulebook)))
        .collect();

    let mut out = Vec::new();
    for t in &a.tiers {
        if t.verdict == Tri::Yes {
            continue;
        }
        let id = t.id();
        let here = distance(a, id);
        let mut changes: Vec<(u32, u8, Change)> = tried
            .iter()
            .filter_map(|(m, _, after)| {
                let d = distance(after, id);
                if d >= here {
                    return None;
                }
                Some((d, m.lever.effort(), change(*m, profile, a, after, id)?))
            })
            .collect();
        changes.sort_by(|x, y| {
            (!x.2.flips_verdict, x.0, x.1, x.2.step.map(|m| m.amount))
                .partial_cmp(&(!y.2.flips_verdict, y.0, y.1, y.2.step.map(|m| m.amount)))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        // One entry per lever: the smallest move that gains the most.
        let mut seen = Vec::new();
        let changes: Vec<Change> = changes
            .into_iter()
            .map(|c| c.2)
            .filter(|c| {
                let key = (c.lever, c.effects.iter().map(|e| e.id).collect::<Vec<_>>());
                if seen.contains(&key) {
                    false
                } else {
                    seen.push(key);
                    true
                }
            })
            .take(12)
            .collect();
        let flipping_change = changes.iter().find(|c| c.flips_verdict).cloned();
        // New equity is the last resort: plan without it first.
        let (mut plan_steps, mut reachable) = plan(profile, date, rulebook, id, false);
        if !reachable {
            let with_equity = plan(profile, date, rulebook, id, true);
            if with_equity.1 {
                (plan_steps, reachable) = with_equity;
            }
        }
        let plan = plan_steps;
        let mut missing = Vec::new();
        if t.verdict == Tri::Unknown {
            collect_missing(a, t, &mut missing);
        }
        let blocked_by = if reachable {
            vec![]
        } else {
            blocked(a, &plan, profile, date, rulebook, id)
        };
        out.push(TierAdvice {
            tier: id.key(),
            verdict: Verdict::of(t.verdict),
            changes,
            flipping_change,
            plan,
            reachable,
            blocked_by,
            missing,
        });
    }
    out
}

fn collect_missing(a: &Assessment, t: &TierOutcome, out: &mut Vec<String>) {
    let f = &a.facts;
    let mut add = |test: &Test| {
        for p in missing_inputs(test, f) {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    };
    if t.tier.preconditions {
        for (c, m) in a.rulebook.preconditions.iter().zip(&a.preconditions) {
            if *m == Tri::Unknown {
                add(&c.test);
            }
        }
    }
    for r in &t.requirements {
        for (c, m) in r
            .requirement
            .all_of
            .iter()
            .zip(&r.all_of)
            .chain(r.requirement.any_of.iter().zip(&r.any_of))
        {
            if *m == Tri::Unknown {
                add(&c.test);
            }
        }
    }
    if let (Some(card), Some(s)) = (&t.tier.scorecard, &t.score) {
        for (ind, sc) in card.indicators.iter().zip(&s.indicators) {
            if !sc.points.is_exact() {
                for test in ind.tests() {
                    add(&test);
                }
            }
        }
    }
    if let Some(pre) = &t.tier.prerequisite {
        for below in pre.any_of {
            if let Some(bt) = a.tier(*below) {
                if bt.verdict == Tri::Unknown {
                    collect_missing(a, bt, out);
                }
            }
        }
    }
}
