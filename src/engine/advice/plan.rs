//! A multi-step plan: moves applied greedily until the tier qualifies, and
//! what still blocks it when no move helps.

use super::change::{change, distance, Change, Tried};
use super::moves::{candidate_moves, Move};
use super::timing::{counts_next_year, size};
use crate::engine::assess_with;
use crate::engine::explain::{tier_reasons, Reason};
use crate::engine::verdict::Status;
use crate::logic::Tri;
use crate::profile::Profile;
use crate::rules::model::{Metric, Rulebook, Test, TierId};
use crate::rules::vocabulary::Lever;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Where a plan is made: the profile as it stands in an application year,
/// its date, and which levers count by then.
pub(super) struct Stage<'a> {
    pub today: &'a Profile,
    pub start: &'a Profile,
    pub date: crate::date::Date,
    pub first_year: i32,
    /// `start` is next year's profile: a year's figures can move.
    pub next_year: bool,
    pub allow_equity: bool,
}

impl Stage<'_> {
    fn allows(&self, lever: Lever) -> bool {
        (lever != Lever::Equity || self.allow_equity)
            && (self.next_year || !counts_next_year(lever))
    }
}

/// Greedy: apply the move that brings the tier closest, until it qualifies
/// or nothing helps. Moves beyond a plausible size (`timing::size`) are
/// taken only when nothing plausible helps.
pub(super) fn plan(
    st: &Stage,
    rulebook: &'static Rulebook,
    id: TierId,
) -> (Vec<Change>, bool, Profile) {
    let mut p = st.start.clone();
    let mut steps = Vec::new();
    for _ in 0..12 {
        let a = assess_with(&p, st.date, rulebook);
        let here = distance(&a, id);
        if here == 0 {
            // Qualified, or nothing fails but unknowns leave it open.
            break;
        }
        let mut best: Option<(bool, u32, u8, Decimal, Move, Profile)> = None;
        for m in candidate_moves(&p, rulebook) {
            if !st.allows(m.lever) {
                continue;
            }
            let mut next = p.clone();
            if m.apply(&mut next).is_none() {
                continue;
            }
            let d = distance(&assess_with(&next, st.date, rulebook), id);
            let hard = size(&m, st.today, &p).2;
            let key = (hard, d, m.lever.effort(), m.amount);
            if d < here && best.as_ref().is_none_or(|b| key < (b.0, b.1, b.2, b.3)) {
                best = Some((hard, d, m.lever.effort(), m.amount, m, next));
            }
        }
        let Some((_, _, _, _, m, next)) = best else {
            break;
        };
        let after = assess_with(&next, st.date, rulebook);
        let w = Tried {
            today: st.today,
            at: &p,
            first_year: st.first_year,
        };
        if let Some(c) = change(m, &w, &a, &after, id) {
            steps.push(c);
        }
        p = next;
    }
    let done = assess_with(&p, st.date, rulebook)
        .tier(id)
        .is_some_and(|t| t.verdict == Tri::Yes);
    (steps, done, p)
}

/// A condition on years in the niche is met by waiting: say from which
/// application year ("最早 2028 年申报可满足").
fn when_by_waiting(
    mut r: Reason,
    p: &Profile,
    date: crate::date::Date,
    rulebook: &'static Rulebook,
) -> Reason {
    let wanted = rulebook
        .tiers
        .iter()
        .flat_map(|t| t.requirements)
        .flat_map(|q| q.all_of.iter().chain(q.any_of))
        .find(|c| c.id == r.id)
        .and_then(|c| match c.test {
            Test::AtLeast(m, x) if m == Metric::YEARS_IN_NICHE => x.value().ceil().to_i32(),
            _ => None,
        });
    if let (Some(want), Some(have)) = (wanted, p.company.years_in_niche) {
        let year = date.year() + (want - have as i32).max(0);
        r.zh.push_str(&format!("（年限随时间增长：最早 {year} 年申报可满足）"));
        r.en.push_str(&format!(
            " (years grow with time: met from the {year} application)"
        ));
    }
    r
}

/// What still fails after the plan and no lever can fix: the conditions
/// (not a score short of the mark, which more of the same could close)
/// of the tier and of the tiers below it that it needs.
pub(super) fn blocked(
    after_plan: &Profile,
    date: crate::date::Date,
    rulebook: &'static Rulebook,
    id: TierId,
) -> Vec<Reason> {
    let after = assess_with(after_plan, date, rulebook);
    let mut out = Vec::new();
    let mut chain = vec![id];
    while let Some(tid) = chain.pop() {
        if let Some(t) = after.tier(tid) {
            for r in tier_reasons(&after, t) {
                let condition = !["_prerequisite", "_score", "_direct"]
                    .iter()
                    .any(|s| r.id.ends_with(s));
                if r.status == Status::NotMet
                    && condition
                    && !out.iter().any(|x: &Reason| x.id == r.id)
                {
                    out.push(when_by_waiting(r, after_plan, date, rulebook));
                }
            }
            if let Some(pre) = &t.tier.prerequisite {
                chain.extend(pre.any_of.iter().copied());
            }
        }
    }
    out
}
