//! The scored part of a tier: categories, indicators, and how each turns
//! facts into points (band tables, ladders, items, steps, entered scores).
//!
//! Band edges follow 附件4 (十三): "以上"/"以下" include the bound, and a
//! value on an edge between two bands takes the higher score. A [`Band`]
//! therefore has inclusive bounds and the scorer picks the best band that
//! contains the value.

use super::citation::Citation;
use super::test::Test;
use crate::number::{Edge, Pct};
use crate::rules::vocabulary::Metric;
use crate::text::Text;
use rust_decimal::Decimal;

/// A band of a numeric table. Bounds are inclusive (附件4 十三).
#[derive(Debug)]
pub struct Band {
    /// The letter the text gives the band ("A", "B", …).
    pub label: &'static str,
    pub min: Option<Edge>,
    pub max: Option<Edge>,
    pub points: u32,
    /// The band as the text words it, e.g. "3%-5%".
    pub text: Text,
}

/// A rung of a ladder: the highest rung whose test holds scores.
#[derive(Debug)]
pub struct Rung {
    pub label: &'static str,
    pub test: Test,
    pub points: u32,
    pub text: Text,
}

/// How an indicator turns facts into points.
#[derive(Debug)]
pub enum Scoring {
    /// A band table on one metric.
    Bands {
        metric: Metric,
        bands: &'static [Band],
    },
    /// The best of several band tables ("总额…或…比重", 附件2 ind. 11).
    BestOf(&'static [(Metric, &'static [Band])]),
    /// Categorical: the best rung whose test holds.
    Ladder(&'static [Rung]),
    /// Points for each item that holds, capped at the indicator's maximum
    /// ("每满足一项加 3 分，最高不超过 5 分").
    PerItem {
        items: &'static [Rung],
        points_each: u32,
    },
    /// Points per whole step of a metric, capped ("每满 2 年得 1 分").
    PerStep {
        metric: Metric,
        step: Decimal,
        points_each: u32,
    },
    /// A score the user enters (附件2 ind. 9, set by the province).
    Entered { metric: Metric },
}

/// A scored indicator.
#[derive(Debug)]
pub struct Indicator {
    /// Named after the clause it encodes, e.g. `annex1_ind2_rd_ratio`.
    pub id: &'static str,
    /// Its number in the annex.
    pub number: u32,
    pub name: Text,
    /// Index into the tier's categories.
    pub category: usize,
    pub max_points: u32,
    pub scoring: Scoring,
    pub citation: Citation,
    /// Help for the user: what counts, from 附件4.
    pub help: Option<Text>,
}

/// A category of indicators with its maximum and (附件1) its sub-minimum.
#[derive(Debug)]
pub struct Category {
    pub id: &'static str,
    pub name: Text,
    pub max_points: u32,
    pub minimum: Option<u32>,
    pub citation: Citation,
}

/// The scored part of a tier.
#[derive(Debug)]
pub struct Scorecard {
    pub pass_mark: u32,
    pub max_points: u32,
    pub categories: &'static [Category],
    pub indicators: &'static [Indicator],
    pub citation: Citation,
}

impl Band {
    #[inline]
    pub fn contains(&self, v: Pct) -> bool {
        self.min.is_none_or(|m| v.at_least(m)) && self.max.is_none_or(|m| v.at_most(m))
    }
}

/// The band a value falls in: the best-scoring band that contains it (on an
/// edge between two bands, the higher score, 附件4 十三). Tables are
/// declared best first (a test checks it), so the first band that contains
/// the value is the best.
pub fn best_band(bands: &'static [Band], v: Pct) -> Option<&'static Band> {
    bands.iter().find(|b| b.contains(v))
}

impl Scoring {
    /// The single metric an indicator's value shows, if it has one.
    pub fn metric(&self) -> Option<Metric> {
        match self {
            Scoring::Bands { metric, .. }
            | Scoring::PerStep { metric, .. }
            | Scoring::Entered { metric } => Some(*metric),
            Scoring::BestOf(tables) => tables.first().map(|(m, _)| *m),
            _ => None,
        }
    }

    /// The band or rung text of the band labelled `label`.
    pub fn band_text(&self, label: &str) -> Option<Text> {
        let in_bands =
            |bands: &'static [Band]| bands.iter().find(|b| b.label == label).map(|b| b.text);
        let in_rungs =
            |rungs: &'static [Rung]| rungs.iter().find(|r| r.label == label).map(|r| r.text);
        match self {
            Scoring::Bands { bands, .. } => in_bands(bands),
            Scoring::BestOf(tables) => tables.iter().find_map(|(_, b)| in_bands(b)),
            Scoring::Ladder(rungs) => in_rungs(rungs),
            _ => None,
        }
    }
}

impl Indicator {
    /// Tests standing for what the indicator reads, to name its missing
    /// inputs.
    pub fn tests(&self) -> Vec<Test> {
        match &self.scoring {
            Scoring::Bands { metric, .. }
            | Scoring::PerStep { metric, .. }
            | Scoring::Entered { metric } => vec![Test::AtLeast(*metric, Edge::ZERO)],
            Scoring::BestOf(tables) => tables
                .iter()
                .map(|(m, _)| Test::AtLeast(*m, Edge::ZERO))
                .collect(),
            Scoring::Ladder(rungs) | Scoring::PerItem { items: rungs, .. } => {
                rungs.iter().map(|r| r.test).collect()
            }
        }
    }
}
