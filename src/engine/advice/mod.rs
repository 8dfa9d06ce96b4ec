//! Next-tier advice: for each tier not reached, the changes a company can
//! still make (this year's R&D, staff, IP, certifications, an R&D
//! institution, its digital level, new equity) that move it towards the
//! tier, each tried on the engine itself, ranked, and a multi-step plan that
//! reaches the tier when one exists. Audited past figures (last year's
//! revenue and R&D, growth, years in the niche, debt, compliance, awards
//! already decided) are never "advised": a year's figure counts once that
//! year is 上年度, so such a move names the application year it first helps
//! and is tried on the profile as it will stand then (`timing`).
//!
//! Targets come from inverting the rulebook's own thresholds (e.g. R&D ratio
//! ≥ 5% with revenue 9000 → R&D 450), so advice follows the rules as data.

mod change;
mod moves;
mod plan;
mod timing;

#[cfg(test)]
mod tests;

pub use crate::rules::vocabulary::Lever;
pub use change::{Change, Effect};
pub use moves::{candidate_moves, Move};
pub use timing::{
    a_year_later, counts_next_year, stand_in, stand_next_year, MAX_NEW_CLASS1_IP_PER_YEAR,
    MAX_RD_SHARE_PCT, MAX_REVENUE_GROWTH_PCT,
};

use super::explain::{missing_inputs, Reason};
use super::verdict::Verdict;
use super::{assess_with, Assessment, TierOutcome};
use crate::logic::Tri;
use crate::profile::Profile;
use crate::rules::model::Test;
use change::{change, distance, Tried};
use plan::{blocked, plan, Stage};
use serde::Serialize;

/// Advice for one tier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierAdvice {
    pub tier: &'static str,
    /// Never `qualified`: advice is for the tiers not surely reached.
    pub verdict: Verdict,
    /// Single changes that bring the tier closer, best first (难度大 last).
    /// Empty when the tier is blocked.
    pub changes: Vec<Change>,
    /// The first single change that makes the tier qualified, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flipping_change: Option<Change>,
    /// Changes that together reach the tier (applied in order).
    pub plan: Vec<Change>,
    /// Whether the plan reaches the tier.
    pub reachable: bool,
    /// The application year the plan reaches the tier in (with no step:
    /// the tier is reached next year as the company stands, e.g. one more
    /// year in the niche).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_year: Option<i32>,
    /// What no change can fix soon (revenue scale, years in the niche,
    /// preconditions): when not empty, the tier is blocked and nothing else
    /// is suggested for it.
    pub blocked_by: Vec<Reason>,
    /// Inputs to fill in to settle a "depends".
    pub missing: Vec<String>,
}

/// Advice for every tier the company has not surely reached.
pub fn advise(a: &Assessment) -> Vec<TierAdvice> {
    let rulebook = a.rulebook;
    let today = a.facts.profile;
    let date = a.date();
    let (next_p, next_date) = stand_next_year(today, date);
    let next_a = assess_with(&next_p, next_date, rulebook);
    // Each candidate is assessed once and serves every tier: this year's
    // moves on the profile as it is, a year's figures on next year's.
    let mut tried: Vec<(Move, bool, Profile)> = Vec::new();
    for (next, from) in [(false, today), (true, &next_p)] {
        for m in candidate_moves(from, rulebook) {
            if counts_next_year(m.lever) != next {
                continue;
            }
            let mut p = from.clone();
            if m.apply(&mut p).is_some() {
                tried.push((m, next, p));
            }
        }
    }
    let tried: Vec<(Move, bool, Assessment)> = tried
        .iter()
        .map(|(m, next, p)| {
            let d = if *next { next_date } else { date };
            (*m, *next, assess_with(p, d, rulebook))
        })
        .collect();

    let mut out = Vec::new();
    for t in &a.tiers {
        if t.verdict == Tri::Yes {
            continue;
        }
        let id = t.id();
        let mut missing = Vec::new();
        if t.verdict == Tri::Unknown {
            collect_missing(a, t, &mut missing);
        }
        // This year first, then next; new equity is the last resort.
        let stages = [(false, false), (true, false), (false, true), (true, true)].map(
            |(next, allow_equity)| Stage {
                today,
                start: if next { &next_p } else { today },
                date: if next { next_date } else { date },
                first_year: if next { next_date.year() } else { date.year() },
                next_year: next,
                allow_equity,
            },
        );
        let mut found = None;
        let mut ends = Vec::new();
        for st in &stages {
            let (steps, ok, after) = plan(st, rulebook, id);
            if ok {
                found = Some((steps, st.first_year));
                break;
            }
            if st.allow_equity {
                ends.push((after, st.date));
            }
        }
        // Blocked: what fails after every lever this year and next, in
        // words of this year's figures.
        let blocked_by = match (&found, ends.as_slice()) {
            (None, [(now, d_now), (next, d_next)]) => {
                let later = blocked(next, *d_next, rulebook, id);
                blocked(now, *d_now, rulebook, id)
                    .into_iter()
                    .filter(|r| later.iter().any(|x| x.id == r.id))
                    .collect()
            }
            _ => vec![],
        };
        if !blocked_by.is_empty() {
            out.push(TierAdvice {
                tier: id.key(),
                verdict: Verdict::of(t.verdict),
                changes: vec![],
                flipping_change: None,
                plan: vec![],
                reachable: false,
                plan_year: None,
                blocked_by,
                missing,
            });
            continue;
        }
        let (here_now, here_next) = (distance(a, id), distance(&next_a, id));
        let mut changes: Vec<(bool, bool, u32, u8, Change)> = tried
            .iter()
            .filter_map(|(m, next, after)| {
                let (before, here, at, year) = if *next {
                    (&next_a, here_next, &next_p, next_date.year())
                } else {
                    (a, here_now, today, date.year())
                };
                let d = distance(after, id);
                if d >= here {
                    return None;
                }
                let w = Tried {
                    today,
                    at,
                    first_year: year,
                };
                let c = change(*m, &w, before, after, id)?;
                Some((c.hard, !c.flips_verdict, d, c.effort, c))
            })
            .collect();
        changes.sort_by(|x, y| {
            (x.0, x.1, x.2, x.3, x.4.step.map(|m| m.amount))
                .partial_cmp(&(y.0, y.1, y.2, y.3, y.4.step.map(|m| m.amount)))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        // One entry per lever: the smallest move that gains the most.
        let mut seen = Vec::new();
        let changes: Vec<Change> = changes
            .into_iter()
            .map(|c| c.4)
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
        let (plan, plan_year) = match found {
            Some((steps, year)) => (steps, Some(year)),
            None => (vec![], None),
        };
        out.push(TierAdvice {
            tier: id.key(),
            verdict: Verdict::of(t.verdict),
            changes,
            flipping_change,
            reachable: plan_year.is_some(),
            plan,
            plan_year,
            blocked_by,
            missing,
        });
    }
    out
}

/// The profile with changes applied where they count, in application
/// year `year` (this year or next; a change names its own, a plan its
/// `plan_year`): for next year, the profile as it will stand then, dated a
/// year later, as the advice tried them.
pub fn apply_changes(
    p: &Profile,
    date: crate::date::Date,
    year: i32,
    changes: &[Change],
) -> Profile {
    let (mut q, d) = stand_in(p, date, year);
    if year > date.year() {
        q.assessment_date = Some(d);
    }
    for c in changes {
        if let Some(m) = c.step {
            let _ = m.apply(&mut q);
        }
    }
    q
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
