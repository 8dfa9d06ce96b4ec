//! What settles a 待定: for a tier whose verdict depends on unknown inputs,
//! the empty profile fields whose answers can change it, the smallest set
//! that could decide it first.
//!
//! The verdict is a tree of and/or over tests and the score (see
//! [`crate::engine::assess_with`]). Only its unknown branches matter: a branch
//! already decided needs no answer, and an and-node with a failed branch,
//! or an or-node with a met one, is not unknown. Hence:
//! - **every** field that can change the verdict: the empty inputs of every
//!   unknown leaf reachable through unknown nodes (every unknown indicator
//!   of a score that straddles its bar);
//! - **the smallest useful set**: the answers that could, if favourable,
//!   decide it: all unknown branches of an and-node, the cheapest unknown
//!   branch of an or-node (fewest fields), and of a straddling score the
//!   fewest indicators whose open points would lift it to its bar and to
//!   each category minimum, widest ranges first.
//!
//! The fields come from [`crate::engine::explain::missing_inputs`], so they are
//! the paths of `sme-profile/1` the form names its controls by.

mod words;

pub use words::{field_words, groups, summary, MissingGroup};

use crate::engine::eval::eval;
use crate::engine::explain::missing_inputs;
use crate::engine::{Assessment, ScoreOutcome, TierOutcome};
use crate::facts::Facts;
use crate::logic::Tri;
use crate::profile::fields::form_position;
use crate::rules::model::{Scorecard, Test};

/// The unknown inputs of one tier.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Missing {
    /// Profile paths, the smallest useful set first, then every other field
    /// whose answer can change the verdict; each group in form order.
    pub paths: Vec<String>,
    /// How many of `paths` form the smallest useful set.
    pub needed: usize,
}

/// A set of paths under construction, in insertion order.
#[derive(Default, Clone)]
struct Paths(Vec<String>);

impl Paths {
    fn add(&mut self, paths: impl IntoIterator<Item = String>) {
        for p in paths {
            if !self.0.contains(&p) {
                self.0.push(p);
            }
        }
    }

    fn len(&self) -> usize {
        self.0.len()
    }
}

/// Both sets for one node: what could decide it, and all that matters.
#[derive(Default, Clone)]
struct Need {
    smallest: Paths,
    all: Paths,
}

impl Need {
    /// An and-node: every unknown branch is needed.
    fn and(&mut self, other: Need) {
        self.smallest.add(other.smallest.0);
        self.all.add(other.all.0);
    }

    /// The cheapest of the alternatives of an or-node (each already known
    /// to be unknown), and everything any of them reads.
    fn cheapest(alternatives: Vec<Need>) -> Need {
        let mut all = Paths::default();
        for a in &alternatives {
            all.add(a.all.0.iter().cloned());
        }
        let smallest = alternatives
            .into_iter()
            .map(|a| a.smallest)
            .filter(|s| s.len() > 0)
            .min_by_key(Paths::len)
            .unwrap_or_default();
        Need { smallest, all }
    }

    fn leaf(paths: Vec<String>) -> Need {
        let mut n = Need::default();
        n.smallest.add(paths.iter().cloned());
        n.all.add(paths);
        n
    }
}

/// The unknown inputs of a tier: empty unless its verdict depends on them.
pub fn missing(a: &Assessment, t: &TierOutcome) -> Missing {
    if t.verdict != Tri::Unknown {
        return Missing::default();
    }
    let need = tier_need(a, t, 0);
    let order = |paths: &mut Vec<String>| paths.sort_by_cached_key(|p| form_position(p));
    let mut first = need.smallest.0;
    order(&mut first);
    let mut rest: Vec<String> = need
        .all
        .0
        .into_iter()
        .filter(|p| !first.contains(p))
        .collect();
    order(&mut rest);
    Missing {
        needed: first.len(),
        paths: first.into_iter().chain(rest).collect(),
    }
}

fn tier_need(a: &Assessment, t: &TierOutcome, depth: usize) -> Need {
    let f = &a.facts;
    let mut need = Need::default();
    if t.tier.preconditions && t.preconditions == Tri::Unknown {
        for (c, met) in a.rulebook.preconditions.iter().zip(&a.preconditions) {
            if *met == Tri::Unknown {
                need.and(test_need(&c.test, f));
            }
        }
    }
    if t.prerequisite == Some(Tri::Unknown) && depth < crate::engine::MAX_TIERS {
        if let Some(pre) = &t.tier.prerequisite {
            // Titles held are never unknown: only tiers assessed below are.
            let below: Vec<Need> = pre
                .any_of
                .iter()
                .filter_map(|id| a.tier(*id))
                .filter(|below| below.verdict == Tri::Unknown)
                .map(|below| tier_need(a, below, depth + 1))
                .collect();
            need.and(Need::cheapest(below));
        }
    }
    for r in &t.requirements {
        if r.met != Tri::Unknown {
            continue;
        }
        let mut routes = Vec::new();
        if r.general == Tri::Unknown {
            let mut general = Need::default();
            for (c, met) in r.requirement.all_of.iter().zip(&r.all_of) {
                if *met == Tri::Unknown {
                    general.and(test_need(&c.test, f));
                }
            }
            if r.requirement.score_route {
                if let (Some(card), Some(score)) = (&t.tier.scorecard, &t.score) {
                    if score.passes == Tri::Unknown {
                        general.and(score_need(card, score, f));
                    }
                }
            }
            routes.push(general);
        }
        for (c, met) in r.requirement.any_of.iter().zip(&r.any_of) {
            if *met == Tri::Unknown {
                routes.push(test_need(&c.test, f));
            }
        }
        need.and(Need::cheapest(routes));
    }
    need
}

fn test_need(test: &Test, f: &Facts) -> Need {
    match test {
        Test::All(ts) => {
            let mut need = Need::default();
            for t in ts.iter().filter(|t| eval(t, f) == Tri::Unknown) {
                need.and(test_need(t, f));
            }
            need
        }
        Test::Any(ts) => Need::cheapest(
            ts.iter()
                .filter(|t| eval(t, f) == Tri::Unknown)
                .map(|t| test_need(t, f))
                .collect(),
        ),
        leaf => Need::leaf(missing_inputs(leaf, f)),
    }
}

/// A score that straddles its bar: every open indicator matters; the
/// fewest that could lift the total to the pass mark and each category to
/// its minimum are the smallest useful set.
fn score_need(card: &'static Scorecard, s: &ScoreOutcome, f: &Facts) -> Need {
    let inputs = |i: usize| -> Vec<String> {
        let mut p = Paths::default();
        for t in card.indicators[i].tests() {
            p.add(missing_inputs(&t, f));
        }
        p.0
    };
    // Open indicators, widest range first.
    let mut open: Vec<usize> = (0..card.indicators.len())
        .filter(|&i| !s.indicators[i].points.is_exact())
        .collect();
    open.sort_by_key(|&i| {
        let p = s.indicators[i].points;
        std::cmp::Reverse(p.max - p.min)
    });
    let gain = |i: usize| s.indicators[i].points.max - s.indicators[i].points.min;
    let mut chosen: Vec<usize> = Vec::new();
    // Each category short of its minimum, from its own indicators.
    for (c, (cat, points)) in card.categories.iter().zip(&s.categories).enumerate() {
        let Some(min) = cat.minimum else { continue };
        let mut reached = points.min;
        for &i in open.iter().filter(|&&i| card.indicators[i].category == c) {
            if reached >= min {
                break;
            }
            if !chosen.contains(&i) {
                chosen.push(i);
                reached += gain(i);
            }
        }
    }
    // Then the total, from whatever is left.
    let mut total = s.total.min + chosen.iter().map(|&i| gain(i)).sum::<u32>();
    for &i in &open {
        if total >= card.pass_mark {
            break;
        }
        if !chosen.contains(&i) {
            chosen.push(i);
            total += gain(i);
        }
    }
    let mut need = Need::default();
    for &i in &chosen {
        need.smallest.add(inputs(i));
    }
    for &i in &open {
        need.all.add(inputs(i));
    }
    need
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::profile::parse_profile;
    use crate::rules::model::TierId;
    use crate::text::Message;

    fn strong() -> crate::Profile {
        parse_profile(include_str!("../../../tests/golden/bases/strong.json")).unwrap()
    }

    const DATE: Date = Date::ymd(2025, 6, 30);

    fn of(p: &crate::Profile, tier: TierId) -> (Missing, Option<Message>) {
        let a = crate::assess(p, DATE);
        let t = a.tier(tier).unwrap();
        let m = missing(&a, t);
        let s = summary(&a, t, &m);
        (m, s)
    }

    #[test]
    fn a_settled_verdict_needs_nothing() {
        let (m, s) = of(&strong(), TierId::Innovative);
        assert_eq!(m, Missing::default());
        assert!(s.is_none());
    }

    /// The case: a company above the pass mark whose compliance
    /// answers were left out is 待定 on those four answers alone.
    #[test]
    fn compliance_left_out_is_all_that_is_missing() {
        let mut p = strong();
        p.compliance = Default::default();
        let (m, s) = of(&p, TierId::Innovative);
        assert_eq!(
            m.paths,
            [
                "compliance.registered_independent_legal_person",
                "compliance.abnormal_or_dishonest_listed",
                "compliance.prohibited_products",
                "compliance.major_incident_3y",
            ]
        );
        assert_eq!(m.needed, 4);
        assert_eq!(s.unwrap().zh, "已达分数线；待确认：合规 4 项");
        // Answering them decides it.
        let mut done = p.clone();
        done.compliance = strong().compliance;
        assert_eq!(
            crate::assess(&done, DATE)
                .tier(TierId::Innovative)
                .unwrap()
                .verdict,
            Tri::Yes
        );
    }

    /// An or-node asks for its cheapest branch first; a straddling score for
    /// the indicators that could lift it, widest first.
    #[test]
    fn smallest_set_first_then_the_rest() {
        let mut p = strong();
        // No direct condition (附件1 一) holds: only the score decides.
        let q = &mut p.qualifications;
        q.honors = Some(vec![]);
        q.sci_tech_award = Some(crate::profile::SciTechAward {
            level: crate::profile::AwardLevel::None,
            rank: None,
        });
        q.rd_institution = Some(crate::profile::RdInstitution::Municipal);
        p.financials.equity_financing_2y = Some(rust_decimal::Decimal::ZERO);
        p.financials.equity_financing_3y = Some(rust_decimal::Decimal::ZERO);
        p.financials.rd_expense.y1 = None;
        p.financials.total_liabilities.y1 = None;
        p.financials.main_business_revenue = Default::default();
        let a = crate::assess(&p, DATE);
        let t = a.tier(TierId::Innovative).unwrap();
        assert_eq!(t.verdict, Tri::Unknown, "{:?}", t.score);
        let m = missing(&a, t);
        assert!(m.needed >= 1 && m.needed < m.paths.len(), "{m:?}");
        // Every path listed is empty in the profile and read by the tier.
        for path in &m.paths {
            let f = crate::profile::fields::field(path).unwrap();
            assert!((f.get)(&p).is_empty(), "{path}");
        }
        // Filling the smallest set with the strong profile's answers decides it.
        let full = strong();
        let mut filled = p.clone();
        for path in &m.paths[..m.needed] {
            let f = crate::profile::fields::field(path).unwrap();
            (f.set)(&mut filled, (f.get)(&full));
        }
        assert_eq!(
            crate::assess(&filled, DATE)
                .tier(TierId::Innovative)
                .unwrap()
                .verdict,
            Tri::Yes,
            "{m:?}"
        );
    }

    #[test]
    fn yearly_fields_name_their_calendar_year() {
        let w = field_words("financials.operating_revenue.y2", DATE);
        assert_eq!(w.zh, "营业收入总额（2023 年）");
        assert_eq!(w.en, "Operating revenue (2023)");
    }
}
