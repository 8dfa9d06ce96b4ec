//! One company's line in the portfolio: its verdicts and scores, the
//! incentives total, why each tier is not (yet) reached in words, and the
//! cells of its row that could not be read (scored as unknown).

use super::sheet::{CellError, Import};
use crate::date::Date;
use crate::engine::explain::tier_reasons;
use crate::engine::{assess, Assessment, TierOutcome, Verdict};
use crate::incentives::incentives;
use crate::logic::Tri;
use crate::profile::Profile;
use crate::rules::model::TierId;
use crate::text::Text;
use rust_decimal::Decimal;
use serde::Serialize;

/// One company's result in the portfolio.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The spreadsheet row (or file index) it came from.
    pub row: u32,
    pub name: String,
    pub province: String,
    pub city: String,
    /// (tier, verdict, score min, score max) in climbing order;
    /// empty for a row whose cells could not be placed in columns.
    pub tiers: Vec<(TierId, Verdict, Option<u32>, Option<u32>)>,
    pub incentives_total_wan: Decimal,
    /// The declared conditions each tier fails (for the summary; the
    /// reasons in words are composed on export, see [`reasons`]).
    #[serde(skip)]
    pub unmet: Vec<Unmet>,
    /// The row's cells that could not be read; the row is scored with
    /// those values unknown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<CellError>,
}

/// A declared condition a tier fails for sure (not one still unknown).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unmet {
    pub tier: TierId,
    /// The condition's words as declared, the same for every company.
    pub words: Text,
}

/// A score below the pass mark (or a category minimum), in the words the
/// summary counts it under.
const SCORE_UNMET: Text = Text::new(
    "评价得分未达到认定分数线（或类别最低分）",
    "score below the pass mark (or a category minimum)",
);

/// The declared conditions a tier fails, without composing any words:
/// cheap enough for every row of a large portfolio. (The full reasons,
/// with the company's figures, are [`reasons`].)
fn unmet(a: &Assessment, t: &TierOutcome, out: &mut Vec<Unmet>) {
    if t.verdict == Tri::Yes {
        return;
    }
    let tier = t.tier.id;
    let mut push = |words: Text| out.push(Unmet { tier, words });
    if t.tier.preconditions {
        for (c, met) in a.rulebook.preconditions.iter().zip(&a.preconditions) {
            if *met == Tri::No {
                push(c.text);
            }
        }
    }
    if let (Some(pre), Some(Tri::No)) = (&t.tier.prerequisite, t.prerequisite) {
        push(pre.text);
    }
    for r in t.requirements.iter().filter(|r| r.met == Tri::No) {
        let score_fails = t.score.as_ref().is_some_and(|s| s.passes == Tri::No);
        if r.requirement.score_route && score_fails {
            push(SCORE_UNMET);
        }
        for (c, met) in r.requirement.all_of.iter().zip(&r.all_of) {
            if *met == Tri::No {
                push(c.text);
            }
        }
    }
}

/// Why each tier of a profile is not (or not yet) reached, in words with
/// the company's figures: (tier, Chinese, English).
pub fn reasons(p: &Profile, date: Date) -> Vec<(TierId, String, String)> {
    let a = assess(p, date);
    a.tiers
        .iter()
        .flat_map(|t| {
            tier_reasons(&a, t)
                .into_iter()
                .map(move |r| (t.tier.id, r.zh, r.en))
        })
        .collect()
}

/// A row read from a file: the profile it gives (none when its cells could
/// not be placed) and what was wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub row: u32,
    pub profile: Option<Profile>,
    pub errors: Vec<CellError>,
}

impl Import {
    /// Every data row in file order, good and bad (errors of the header
    /// row, row 1, are not a company and stay in `errors`).
    pub fn pending(&self) -> Vec<Pending> {
        let mut out: Vec<Pending> = self
            .profiles
            .iter()
            .chain(&self.partial)
            .map(|(row, p)| Pending {
                row: *row,
                profile: Some(p.clone()),
                errors: vec![],
            })
            .collect();
        out.sort_by_key(|p| p.row);
        for e in self.errors.iter().filter(|e| e.row > 1) {
            match out.binary_search_by_key(&e.row, |p| p.row) {
                Ok(i) => out[i].errors.push(e.clone()),
                Err(i) => out.insert(
                    i,
                    Pending {
                        row: e.row,
                        profile: None,
                        errors: vec![e.clone()],
                    },
                ),
            }
        }
        out
    }
}

/// Scores one profile for the portfolio table.
pub fn score(row: u32, p: &Profile, date: Date) -> Row {
    let a = assess(p, date);
    let mut not_met = Vec::new();
    let tiers = a
        .tiers
        .iter()
        .map(|t| {
            unmet(&a, t, &mut not_met);
            (
                t.tier.id,
                Verdict::of(t.verdict),
                t.score.as_ref().map(|s| s.total.min),
                t.score.as_ref().map(|s| s.total.max),
            )
        })
        .collect();
    Row {
        row,
        name: p.company.name.clone().unwrap_or_default(),
        province: p.company.province.clone().unwrap_or_default(),
        city: p.company.city.clone().unwrap_or_default(),
        tiers,
        incentives_total_wan: incentives(p, date).total_wan,
        unmet: not_met,
        errors: vec![],
    }
}

/// Scores a row read from a file: a bad row keeps its place, with its
/// errors, and is scored on what it does say.
pub fn score_pending(pending: &Pending, date: Date) -> Row {
    let mut r = match &pending.profile {
        Some(p) => score(pending.row, p, date),
        None => Row {
            row: pending.row,
            name: String::new(),
            province: String::new(),
            city: String::new(),
            tiers: vec![],
            incentives_total_wan: Decimal::ZERO,
            unmet: vec![],
            errors: vec![],
        },
    };
    r.errors = pending.errors.clone();
    r
}
