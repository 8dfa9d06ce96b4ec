//! The shape of a rulebook, as data. A rulebook declares its tiers; a tier
//! its requirements and (if scored) its indicators; an indicator its band
//! table; everything its citation. The engine interprets these declarations
//! and the "how is this scored" page renders the very same values, so no
//! threshold exists twice.
//!
//! - `citation`: documents, citations, confidence;
//! - `test`: the tests on metrics, flags and titles (the metrics and flags
//!   themselves are declared in `rules::vocabulary`);
//! - `scorecard`: bands, rungs, indicators, categories;
//! - `tier`: conditions, requirements, tiers, rulebooks.

mod citation;
mod scorecard;
mod test;
mod tier;

pub use crate::rules::vocabulary::{Flag, Metric};
pub use citation::{Citation, Confidence, Document};
pub use scorecard::{best_band, Band, Category, Indicator, Rung, Scorecard, Scoring};
pub use test::{Test, TitleKind};
pub use tier::{Condition, Prerequisite, Requirement, Rulebook, Tier, TierId};
