//! What rules test: tests on the metrics and flags of the vocabulary, the
//! titles held, and the tests that combine them.

use crate::number::Edge;
use crate::profile::{AwardLevel, MakerChina, RdInstitution};
use crate::rules::vocabulary::{Flag, Metric};
use rust_decimal::Decimal;

/// A test on the profile, evaluated to yes / no / unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Test {
    /// metric ≥ x ("以上", "不低于", "达到": the bound is included).
    AtLeast(Metric, Edge),
    /// metric ≤ x ("以下", "不高于": the bound is included).
    AtMost(Metric, Edge),
    /// metric < x (only where a text excludes the bound, e.g. the 2011
    /// size regulation's "以下").
    Below(Metric, Edge),
    /// metric > x ("超过").
    Above(Metric, Edge),
    Is(Flag),
    IsNot(Flag),
    /// The R&D institution is recognised at this level or higher.
    InstitutionAtLeast(RdInstitution),
    /// A science and technology award at this level or higher, ranked within
    /// `max_rank` among the awarded units if a rank limit is given.
    AwardAtLeast {
        level: AwardLevel,
        max_rank: Option<u32>,
    },
    /// 创客中国 ranking at least this good.
    MakerChinaAtLeast(MakerChina),
    /// Holds at least one of the 附件1 一（二） honours.
    HasListedHonor,
    /// The company is an SME under the 2011 size regulation.
    IsSme,
    /// Holds this title on the assessment date (2026: from `titles`).
    HoldsTitle(TitleKind),
    Always,
    All(&'static [Test]),
    Any(&'static [Test]),
}

/// A title the 2026 rules ask the company to hold already.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TitleKind {
    Innovative,
    TechSme,
    Srdi,
}

impl Test {
    /// Every "at least" threshold this test compares a metric with (where
    /// more of the metric helps). Advice inverts these into targets.
    pub fn thresholds(&self, out: &mut Vec<(Metric, Decimal)>) {
        match self {
            Test::AtLeast(m, x) | Test::Above(m, x) => out.push((*m, x.value())),
            Test::All(ts) | Test::Any(ts) => ts.iter().for_each(|t| t.thresholds(out)),
            _ => {}
        }
    }

    /// Every yes/no fact this test wants true.
    pub fn wanted_flags(&self, out: &mut Vec<Flag>) {
        match self {
            Test::Is(f) => out.push(*f),
            Test::All(ts) | Test::Any(ts) => ts.iter().for_each(|t| t.wanted_flags(out)),
            _ => {}
        }
    }

    /// Every R&D-institution level this test asks for.
    pub fn wanted_institutions(&self, out: &mut Vec<RdInstitution>) {
        match self {
            Test::InstitutionAtLeast(l) => out.push(*l),
            Test::All(ts) | Test::Any(ts) => ts.iter().for_each(|t| t.wanted_institutions(out)),
            _ => {}
        }
    }
}
