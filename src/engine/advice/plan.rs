//! A multi-step plan: moves applied greedily until the tier qualifies, and
//! what still blocks it when no move helps.

use super::change::{change, distance, Change};
use super::moves::{candidate_moves, Move};
use crate::engine::explain::{tier_reasons, Reason};
use crate::engine::verdict::Status;
use crate::engine::{assess_with, Assessment};
use crate::logic::Tri;
use crate::profile::Profile;
use crate::rules::model::{Rulebook, TierId};
use crate::rules::vocabulary::Lever;
use rust_decimal::Decimal;

/// Greedy: apply the move that brings the tier closest, until it qualifies
/// or nothing helps.
pub(super) fn plan(
    start: &Profile,
    date: crate::date::Date,
    rulebook: &'static Rulebook,
    id: TierId,
    allow_equity: bool,
) -> (Vec<Change>, bool) {
    let mut p = start.clone();
    let mut steps = Vec::new();
    for _ in 0..12 {
        let a = assess_with(&p, date, rulebook);
        let here = distance(&a, id);
        if here == 0 {
            return (steps, true);
        }
        let mut best: Option<(u32, u8, Decimal, Move, Profile)> = None;
        for m in candidate_moves(&p, rulebook) {
            if m.lever == Lever::Equity && !allow_equity {
                continue;
            }
            let mut next = p.clone();
            if m.apply(&mut next).is_none() {
                continue;
            }
            let d = distance(&assess_with(&next, date, rulebook), id);
            let key = (d, m.lever.effort(), m.amount);
            if d < here && best.as_ref().is_none_or(|b| key < (b.0, b.1, b.2)) {
                best = Some((d, m.lever.effort(), m.amount, m, next));
            }
        }
        let Some((_, _, _, m, next)) = best else {
            break;
        };
        let after = assess_with(&next, date, rulebook);
        if let Some(c) = change(m, &p, &a, &after, id) {
            steps.push(c);
        }
        p = next;
    }
    let done = assess_with(&p, date, rulebook)
        .tier(id)
        .is_some_and(|t| t.verdict == Tri::Yes);
    (steps, done)
}

/// What still fails after the plan: the conditions no lever can change.
pub(super) fn blocked(
    _a: &Assessment,
    plan: &[Change],
    start: &Profile,
    date: crate::date::Date,
    rulebook: &'static Rulebook,
    id: TierId,
) -> Vec<Reason> {
    let mut p = start.clone();
    for c in plan {
        if let Some(m) = c.step {
            let _ = m.apply(&mut p);
        }
    }
    let after = assess_with(&p, date, rulebook);
    let mut out = Vec::new();
    let mut chain = vec![id];
    while let Some(tid) = chain.pop() {
        if let Some(t) = after.tier(tid) {
            for r in tier_reasons(&after, t) {
                if r.status == Status::NotMet
                    && !r.id.ends_with("_prerequisite")
                    && !out.iter().any(|x: &Reason| x.id == r.id)
                {
                    out.push(r);
                }
            }
            if let Some(pre) = &t.tier.prerequisite {
                chain.extend(pre.any_of.iter().copied());
            }
        }
    }
    out
}
