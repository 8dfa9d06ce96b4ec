//! The rules engine: a profile and a date in, an [`Assessment`] out. Pure:
//! no I/O, no clock, no allocation beyond the result, so it runs the same
//! natively, in the browser and in tests.

pub mod advice;
pub mod eval;
pub mod explain;
pub mod missing;
pub mod verdict;

pub use verdict::{Status, Verdict};

use crate::date::Date;
use crate::facts::Facts;
use crate::logic::{Points, Tri};
use crate::profile::{Industry, Profile};
use crate::rules::model::{Condition, Requirement, Rulebook, Scorecard, Tier, TierId};
use crate::rules::{rulebook_for, sme_size};
use arrayvec::ArrayVec;
use eval::{eval, eval_inline, score, Scored};
use serde::Serialize;

/// The 2011 size class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SizeClass {
    Large,
    Medium,
    Small,
    Micro,
}

/// The SME size test (第三条, 《中小企业划型标准规定》).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizeOutcome {
    pub industry: Option<Industry>,
    pub is_sme: Tri,
    /// `None` when an input it needs is unknown.
    pub class: Option<SizeClass>,
}

/// Bounds of the inline lists below: no rulebook declares more (checked by
/// a test), and keeping them inline spares the allocator on every keystroke.
pub const MAX_TIERS: usize = 4;
pub const MAX_REQUIREMENTS: usize = 8;
pub const MAX_CONDITIONS: usize = 8;
pub const MAX_INDICATORS: usize = 16;
pub const MAX_CATEGORIES: usize = 4;

/// A scored tier's points.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreOutcome {
    pub total: Points,
    /// Per category, in the scorecard's order.
    pub categories: ArrayVec<Points, MAX_CATEGORIES>,
    /// Per indicator, in the scorecard's order.
    pub indicators: ArrayVec<Scored, MAX_INDICATORS>,
    /// The score route: total ≥ pass mark and every category ≥ its minimum.
    pub passes: Tri,
}

/// One requirement's result.
#[derive(Debug, Clone)]
pub struct RequirementOutcome {
    pub requirement: &'static Requirement,
    pub met: Tri,
    /// The general route: all conditions (and the score, if it counts).
    pub general: Tri,
    /// The direct (直通) route: any one condition.
    pub direct: Tri,
    pub all_of: ArrayVec<Tri, MAX_CONDITIONS>,
    pub any_of: ArrayVec<Tri, MAX_CONDITIONS>,
}

/// One tier's result.
#[derive(Debug, Clone)]
pub struct TierOutcome {
    pub tier: &'static Tier,
    /// Qualified: yes, no, or depends (unknown inputs).
    pub verdict: Tri,
    /// The tier below (第十一条, 第十二条), when the tier needs one.
    pub prerequisite: Option<Tri>,
    /// The 第三条 preconditions, when they apply.
    pub preconditions: Tri,
    pub score: Option<ScoreOutcome>,
    pub requirements: ArrayVec<RequirementOutcome, MAX_REQUIREMENTS>,
    /// Per warning of the tier (`Tier::warnings`): yes when it applies.
    pub warnings: ArrayVec<Tri, MAX_CONDITIONS>,
}

impl TierOutcome {
    pub fn id(&self) -> TierId {
        self.tier.id
    }
}

/// Everything the engine concluded about one profile on one date.
#[derive(Debug, Clone)]
pub struct Assessment<'p> {
    pub facts: Facts<'p>,
    pub rulebook: &'static Rulebook,
    pub size: SizeOutcome,
    /// Per precondition of the rulebook, in order.
    pub preconditions: ArrayVec<Tri, MAX_CONDITIONS>,
    pub preconditions_met: Tri,
    /// Bottom tier first.
    pub tiers: ArrayVec<TierOutcome, MAX_TIERS>,
}

impl Assessment<'_> {
    pub fn tier(&self, id: TierId) -> Option<&TierOutcome> {
        self.tiers.iter().find(|t| t.tier.id == id)
    }

    pub fn date(&self) -> Date {
        self.facts.date
    }
}

/// Assesses a profile under the rulebook in force on `date`.
pub fn assess(profile: &Profile, date: Date) -> Assessment<'_> {
    assess_with(profile, date, rulebook_for(date))
}

/// Assesses a profile under a given rulebook.
pub fn assess_with<'p>(
    profile: &'p Profile,
    date: Date,
    rulebook: &'static Rulebook,
) -> Assessment<'p> {
    // Filled in place: the result is ~4 KB, and building its parts apart
    // then moving them in copied it several times per assessment.
    let mut a = Assessment {
        facts: Facts::new(profile, date),
        rulebook,
        size: SizeOutcome {
            industry: None,
            is_sme: Tri::Unknown,
            class: None,
        },
        preconditions: ArrayVec::new(),
        preconditions_met: Tri::Unknown,
        tiers: ArrayVec::new(),
    };
    let facts = &a.facts;
    a.preconditions_met = eval_all(rulebook.preconditions, facts, &mut a.preconditions);
    for tier in rulebook.tiers {
        assess_tier(tier, facts, a.preconditions_met, &mut a.tiers);
    }
    a.size = size_outcome(facts);
    a
}

/// Assesses a tier into the next place of `tiers` (the tiers below it are
/// already there): pushed blank, then filled, so its ~800 bytes are not
/// built apart and copied in.
fn assess_tier(
    tier: &'static Tier,
    f: &Facts,
    preconditions_met: Tri,
    tiers: &mut ArrayVec<TierOutcome, MAX_TIERS>,
) {
    let prerequisite = tier.prerequisite.as_ref().map(|pre| {
        let assessed = Tri::any(pre.any_of.iter().map(|id| {
            tiers
                .iter()
                .find(|t| t.tier.id == *id)
                .map_or(Tri::No, |t| t.verdict)
        }));
        let titled = Tri::any(
            pre.or_titles
                .iter()
                .map(|kind| eval(&crate::rules::model::Test::HoldsTitle(*kind), f)),
        );
        assessed.or(titled)
    });
    let preconditions = if tier.preconditions {
        preconditions_met
    } else {
        Tri::Yes
    };
    tiers.push(TierOutcome {
        tier,
        verdict: Tri::Unknown,
        prerequisite,
        preconditions,
        score: None,
        requirements: ArrayVec::new(),
        warnings: ArrayVec::new(),
    });
    let Some(t) = tiers.last_mut() else {
        return;
    };
    if let Some(card) = &tier.scorecard {
        score_card(card, f, t.score.insert(ScoreOutcome::blank()));
    }
    let passes = t.score.as_ref().map_or(Tri::No, |s| s.passes);
    let mut verdict = preconditions.and(prerequisite.unwrap_or(Tri::Yes));
    for r in tier.requirements {
        // Pushed blank, then filled, as the tier is.
        t.requirements.push(RequirementOutcome {
            requirement: r,
            met: Tri::No,
            general: Tri::No,
            direct: Tri::No,
            all_of: ArrayVec::new(),
            any_of: ArrayVec::new(),
        });
        let Some(out) = t.requirements.last_mut() else {
            break;
        };
        requirement(r, f, passes, out);
        verdict = verdict.and(out.met);
    }
    eval_all(tier.warnings, f, &mut t.warnings);
    t.verdict = verdict;
}

/// Each condition's answer into `out`, and their Kleene "and" — one pass,
/// so a list of one to three answers is not walked again to combine it.
#[inline(always)]
fn eval_all(
    conditions: &'static [Condition],
    f: &Facts,
    out: &mut ArrayVec<Tri, MAX_CONDITIONS>,
) -> Tri {
    let mut all = Tri::Yes;
    for c in conditions {
        let t = eval_inline(&c.test, f);
        all = all.and(t);
        out.push(t);
    }
    all
}

/// Each condition's answer into `out`, and their Kleene "or".
#[inline(always)]
fn eval_any(
    conditions: &'static [Condition],
    f: &Facts,
    out: &mut ArrayVec<Tri, MAX_CONDITIONS>,
) -> Tri {
    let mut any = Tri::No;
    for c in conditions {
        let t = eval_inline(&c.test, f);
        any = any.or(t);
        out.push(t);
    }
    any
}

impl ScoreOutcome {
    fn blank() -> ScoreOutcome {
        ScoreOutcome {
            total: Points::ZERO,
            categories: ArrayVec::new(),
            indicators: ArrayVec::new(),
            passes: Tri::No,
        }
    }
}

/// Scores a card into `out` (blank), in place for the same reason; each
/// indicator's points are added to its category as it is scored.
fn score_card(card: &'static Scorecard, f: &Facts, out: &mut ScoreOutcome) {
    let mut categories = [Points::ZERO; MAX_CATEGORIES];
    for decl in card.indicators {
        let s = score(decl, f);
        categories[decl.category] = categories[decl.category] + s.points;
        out.indicators.push(s);
    }
    let mut minimums = Tri::Yes;
    for (c, p) in card.categories.iter().zip(categories) {
        out.total = out.total + p;
        if let Some(m) = c.minimum {
            minimums = minimums.and(p.reaches(m));
        }
        out.categories.push(p);
    }
    out.passes = out.total.reaches(card.pass_mark).and(minimums);
}

/// Fills a requirement's outcome (pushed blank) in place.
fn requirement(
    r: &'static Requirement,
    f: &Facts,
    score_passes: Tri,
    out: &mut RequirementOutcome,
) {
    let conditions = eval_all(r.all_of, f, &mut out.all_of);
    out.direct = eval_any(r.any_of, f, &mut out.any_of);
    out.general = if r.all_of.is_empty() && !r.score_route {
        Tri::No
    } else if r.score_route {
        conditions.and(score_passes)
    } else {
        conditions
    };
    out.met = out.general.or(out.direct);
}

fn size_outcome(f: &Facts) -> SizeOutcome {
    let industry = f.profile.company.industry;
    let Some(ind) = industry else {
        let is_sme = eval(&crate::rules::model::Test::IsSme, f);
        let class = (is_sme == Tri::No).then_some(SizeClass::Large);
        return SizeOutcome {
            industry,
            is_sme,
            class,
        };
    };
    let row = sme_size::row(ind);
    let is_sme = eval(&row.sme, f);
    let class = match is_sme {
        Tri::No => Some(SizeClass::Large),
        Tri::Unknown => None,
        Tri::Yes => match (eval(&row.medium, f), eval(&row.small, f)) {
            (Tri::Yes, _) => Some(SizeClass::Medium),
            (Tri::No, Tri::Yes) => Some(SizeClass::Small),
            (Tri::No, Tri::No) => Some(SizeClass::Micro),
            _ => None,
        },
    };
    SizeOutcome {
        industry,
        is_sme,
        class,
    }
}
