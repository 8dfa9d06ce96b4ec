//! What to prepare for a tier the company may apply for (`tiers.<tier>.materials`):
//! the materials its rulebook names (`rules::materials`), then the evidence
//! behind what its verdict rests on. Only what the company claims is
//! listed: the conditions met (or still open), of an either-or the
//! alternative that holds (an exemption rather than the IP it exempts), the
//! indicators that score, and the tier below when it is a title held.

use crate::engine::eval::eval;
use crate::engine::explain::{test_inputs, CitationView};
use crate::engine::{Assessment, TierOutcome};
use crate::logic::Tri;
use crate::profile::fields::{field, form_position};
use crate::rules::materials::{for_tier, EVIDENCE};
use crate::rules::model::Test;
use crate::text::Text;
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MaterialsView {
    /// What the rules name for the application, with the article.
    pub application: Vec<MaterialView>,
    /// The evidence behind each answer claimed, one line per kind.
    pub evidence: Vec<MaterialView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MaterialView {
    pub id: &'static str,
    pub name: Text,
    /// For evidence: the answers it backs (form labels), in form order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub backs: Vec<Text>,
    /// The profile paths of those answers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub paths: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citation: Option<CitationView>,
}

/// The materials for a tier the company may apply for (its verdict is not
/// `not_qualified`); `None` otherwise.
pub fn materials(a: &Assessment, t: &TierOutcome) -> Option<MaterialsView> {
    if !applies(t) {
        return None;
    }
    let application = for_tier(a.rulebook.id, t.tier.id)
        .iter()
        .map(|m| MaterialView {
            id: m.id,
            name: m.name,
            backs: vec![],
            paths: vec![],
            citation: Some((&m.citation).into()),
        })
        .collect();
    let claimed = claimed_paths(a, t);
    let evidence = EVIDENCE
        .iter()
        .filter_map(|e| {
            let mut paths: Vec<String> = claimed.iter().filter(|p| e.backs(p)).cloned().collect();
            paths.sort_by_cached_key(|p| form_position(p));
            (!paths.is_empty()).then(|| MaterialView {
                id: e.id,
                name: e.name,
                backs: paths
                    .iter()
                    .filter_map(|p| field(p).map(|f| f.label))
                    .collect(),
                paths,
                citation: e.citation.as_ref().map(CitationView::from),
            })
        })
        .collect();
    Some(MaterialsView {
        application,
        evidence,
    })
}

/// Whether the tier has materials to prepare: it is not `not_qualified`.
fn applies(t: &TierOutcome) -> bool {
    t.verdict != Tri::No
}

/// For a tier that has materials, an empty list of them (not listed yet:
/// `report::Detail::Cards`); `None` otherwise.
pub fn unlisted(t: &TierOutcome) -> Option<MaterialsView> {
    applies(t).then(MaterialsView::default)
}

/// The profile fields the tier's verdict rests on.
fn claimed_paths(a: &Assessment, t: &TierOutcome) -> Vec<String> {
    let f = &a.facts;
    let mut out: Vec<String> = Vec::new();
    let mut add = |test: &Test| {
        for p in claimed(test, f) {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    };
    if t.tier.preconditions {
        a.rulebook.preconditions.iter().for_each(|c| add(&c.test));
    }
    if let Some(pre) = &t.tier.prerequisite {
        // A title held is proved by its notice; a tier assessed in the same
        // run is applied for first, with its own materials.
        for kind in pre.or_titles {
            add(&Test::HoldsTitle(*kind));
        }
    }
    for r in &t.requirements {
        let req = r.requirement;
        if r.general != Tri::No {
            req.all_of.iter().for_each(|c| add(&c.test));
            if req.score_route {
                if let (Some(card), Some(s)) = (&t.tier.scorecard, &t.score) {
                    for (ind, sc) in card.indicators.iter().zip(&s.indicators) {
                        if sc.points.max > 0 {
                            ind.tests().iter().for_each(&mut add);
                        }
                    }
                }
            }
        }
        if r.general != Tri::Yes {
            if let Some(c) = req
                .any_of
                .iter()
                .zip(&r.any_of)
                .find(|(_, m)| **m != Tri::No)
            {
                add(&c.0.test);
            }
        }
    }
    out
}

/// The inputs a test rests on: of an either-or, the first alternative that
/// holds (or, when none does yet, those still open).
fn claimed(test: &Test, f: &crate::facts::Facts) -> Vec<String> {
    match test {
        Test::Any(ts) => {
            let pick: Vec<&Test> = match ts.iter().find(|t| eval(t, f) == Tri::Yes) {
                Some(t) => vec![t],
                None => ts.iter().filter(|t| eval(t, f) == Tri::Unknown).collect(),
            };
            pick.into_iter().flat_map(|t| claimed(t, f)).collect()
        }
        Test::All(ts) => ts.iter().flat_map(|t| claimed(t, f)).collect(),
        Test::HoldsTitle(_) if eval(test, f) != Tri::Yes => vec![],
        leaf => test_inputs(leaf),
    }
}
