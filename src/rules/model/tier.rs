//! Tiers and rulebooks: a rulebook declares its tiers over a period; a tier
//! its requirements, its prerequisite and (if scored) its scorecard.

use super::citation::{Citation, Confidence, Document};
use super::scorecard::{Band, Scorecard, Scoring};
use super::test::{Test, TitleKind};
use crate::date::{Date, Validity};
use crate::rules::vocabulary::Metric;
use crate::t;
use crate::text::Text;

/// A single named requirement with its citation.
#[derive(Debug)]
pub struct Condition {
    pub id: &'static str,
    /// The requirement in plain words.
    pub text: Text,
    pub test: Test,
    pub citation: Citation,
}

/// One requirement of a tier. It is met when all `all_of` hold and (if
/// `score_route`) the tier's score clears its bar, or when any of `any_of`
/// (a 直通 "direct" condition) holds.
#[derive(Debug)]
pub struct Requirement {
    pub id: &'static str,
    pub name: Text,
    pub all_of: &'static [Condition],
    pub score_route: bool,
    pub any_of: &'static [Condition],
    pub citation: Citation,
}

/// The three tiers (and, from 2026, 科技型中小企业 beside 创新型).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TierId {
    TechSme,
    Innovative,
    Srdi,
    LittleGiant,
}

impl TierId {
    /// Every tier, in the order a company climbs them.
    pub const ALL: [TierId; 4] = [
        TierId::TechSme,
        TierId::Innovative,
        TierId::Srdi,
        TierId::LittleGiant,
    ];

    /// The key used in `sme-assessment/1` and in `data-tier`.
    pub const fn key(self) -> &'static str {
        match self {
            TierId::TechSme => "tech_sme",
            TierId::Innovative => "innovative",
            TierId::Srdi => "srdi",
            TierId::LittleGiant => "little_giant",
        }
    }

    /// The tier with this key.
    pub fn from_key(key: &str) -> Option<TierId> {
        TierId::ALL.into_iter().find(|t| t.key() == key)
    }

    /// A short name for tight places (table columns, filters).
    pub fn short_name(self) -> Text {
        match self {
            TierId::TechSme => t!("科技型", "Tech SME"),
            TierId::Innovative => t!("创新型", "Innovative"),
            TierId::Srdi => t!("专精特新", "SRDI"),
            TierId::LittleGiant => t!("小巨人", "Little giant"),
        }
    }
}

/// Spelled by its key.
impl serde::Serialize for TierId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

/// What a tier needs from the tier below (第十一条, 第十二条).
#[derive(Debug)]
pub struct Prerequisite {
    /// Any one of these tiers, as assessed in the same run.
    pub any_of: &'static [TierId],
    /// …or, where the rulebook allows it, any of these titles held on the
    /// assessment date.
    pub or_titles: &'static [TitleKind],
    pub text: Text,
    pub citation: Citation,
}

/// One tier of a rulebook.
#[derive(Debug)]
pub struct Tier {
    pub id: TierId,
    pub name: Text,
    pub prerequisite: Option<Prerequisite>,
    /// Whether the 第三条 preconditions apply (they do to every tier of 2022).
    pub preconditions: bool,
    pub requirements: &'static [Requirement],
    pub scorecard: Option<Scorecard>,
    pub citation: Citation,
    pub confidence: Confidence,
    /// Shown beside a provisional tier's verdict.
    pub caveat: Option<Text>,
    /// What draws a closer check without failing the tier: each is shown
    /// as a warning when its test holds (科技型: the 2024 notice's
    /// field-check triggers).
    pub warnings: &'static [Condition],
}

/// A set of rules in force over a period.
#[derive(Debug)]
pub struct Rulebook {
    pub id: &'static str,
    pub name: Text,
    pub document: &'static Document,
    /// First and last day it applies (both inclusive, as for local
    /// policies: `date::Validity`).
    pub validity: Validity,
    pub preconditions: &'static [Condition],
    pub tiers: &'static [&'static Tier],
    pub provisional: bool,
    pub note: Option<Text>,
}

impl Rulebook {
    pub fn tier(&self, id: TierId) -> Option<&'static Tier> {
        self.tiers.iter().copied().find(|t| t.id == id)
    }

    pub fn in_force_on(&self, date: Date) -> bool {
        self.validity.contains(date)
    }
}

impl Rulebook {
    /// Every test of every tier (conditions, direct conditions, rungs), and
    /// every band lower edge as an "at least" test, for the advice.
    pub fn all_tests(&self) -> Vec<Test> {
        let mut out = Vec::new();
        for tier in self.tiers {
            for r in tier.requirements {
                out.extend(r.all_of.iter().chain(r.any_of).map(|c| c.test));
            }
            if let Some(card) = &tier.scorecard {
                for ind in card.indicators {
                    let band_edges = |m: Metric, bands: &'static [Band], out: &mut Vec<Test>| {
                        out.extend(
                            bands
                                .iter()
                                .filter_map(|b| b.min.map(|x| Test::AtLeast(m, x))),
                        )
                    };
                    match &ind.scoring {
                        Scoring::Bands { metric, bands } => band_edges(*metric, bands, &mut out),
                        Scoring::BestOf(tables) => {
                            tables.iter().for_each(|(m, b)| band_edges(*m, b, &mut out))
                        }
                        Scoring::Ladder(rungs) | Scoring::PerItem { items: rungs, .. } => {
                            out.extend(rungs.iter().map(|r| r.test))
                        }
                        Scoring::PerStep { .. } | Scoring::Entered { .. } => {}
                    }
                }
            }
        }
        out
    }
}
