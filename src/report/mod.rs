//! The `sme-assessment/1` document: the engine's conclusions with every
//! indicator's value, band, points and citation, and every reason in
//! Chinese and English. Shared by the `assess` command and the page's
//! export. Field names of the format are fixed (`docs/spec/profile-format.md`):
//! fields are added, never renamed.

use crate::engine::advice::{advise, TierAdvice};
use crate::engine::explain::{self, metric_name, tier_reasons, CitationView, Reason};
use crate::engine::{Assessment, SizeClass, TierOutcome, Verdict};
use crate::logic::Tri;
use crate::rules::model::Scoring;
use crate::text::Text;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;
use std::rc::Rc;

mod materials;
mod measures;
mod metrics;

pub use materials::{MaterialView, MaterialsView};
pub use measures::MeasureView;
pub use metrics::MetricsView;

pub const ASSESSMENT_FORMAT: &str = "sme-assessment/1";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub format: &'static str,
    /// The CSV row this assessment comes from (`assess --csv`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_row: Option<u32>,
    pub assessment_date: String,
    pub rulebook: RulebookView,
    pub company: CompanyView,
    pub metrics: MetricsView,
    pub size: SizeView,
    pub preconditions: Vec<ConditionView>,
    pub tiers: BTreeMap<&'static str, TierView>,
    pub advice: BTreeMap<&'static str, TierAdvice>,
    /// Shared: the page keeps them across the keystrokes that change none
    /// of what they read, and a report built on a keystroke points to them
    /// instead of copying every policy line.
    #[serde(serialize_with = "shared")]
    pub incentives: Rc<crate::incentives::view::IncentivesView>,
    /// Non-monetary measures the company qualifies for (`data/measures.toml`).
    pub measures: Vec<MeasureView>,
    pub notice: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RulebookView {
    pub id: &'static str,
    pub name: Text,
    pub document_number: &'static str,
    pub effective_from: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<String>,
    pub provisional: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompanyView {
    pub name: Option<String>,
    pub province: Option<String>,
    pub city: Option<String>,
    pub district: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SizeView {
    pub industry: Option<crate::profile::Industry>,
    /// `true` / `false`, or `null` when an input is missing.
    pub is_sme: Option<bool>,
    pub class: Option<SizeClass>,
    pub citation: Option<CitationView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConditionView {
    pub id: &'static str,
    pub text: Text,
    /// `true` / `false`, or `null` when inputs are missing.
    pub met: Option<bool>,
    pub citation: CitationView,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierView {
    pub name: Text,
    /// The points total (the lower bound when inputs are missing).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<u32>,
    /// [min, max] points; equal when every input is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_range: Option<[u32; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_score: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pass_mark: Option<u32>,
    /// Qualified for sure. `false` when not, or when it depends.
    pub qualified: bool,
    /// `qualified`, `not_qualified` or `depends`.
    pub verdict: Verdict,
    /// How it qualifies, when it does: `score` or `direct`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prerequisite_met: Option<Option<bool>>,
    pub preconditions_met: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<CategoryView>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<IndicatorView>,
    /// The requirements (附件3: the six dimensions).
    pub conditions: Vec<RequirementView>,
    /// 附件3's six dimensions (the same as `conditions`, under the name the
    /// format gives them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Vec<RequirementView>>,
    pub reasons: Vec<Reason>,
    /// For a `depends` verdict: the profile paths whose answers can change
    /// it, the smallest set that could decide it first (`missing_needed` of
    /// them), then the others (`engine::missing`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing_needed: Option<u32>,
    /// The card's one line on what settles it ("已达分数线；待确认：合规 4 项").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing_note: Option<crate::text::Message>,
    /// The same fields grouped and named for the page's buttons and print.
    #[serde(skip)]
    pub missing_groups: Vec<crate::engine::missing::MissingGroup>,
    pub confidence: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<Text>,
    pub citation: CitationView,
    /// What draws a closer check without failing the tier (科技型: the
    /// 2024 notice's field-check triggers), each that applies.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<ConditionView>,
    /// For a tier the company may apply for (not `not_qualified`): what to
    /// prepare (`report::materials`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub materials: Option<MaterialsView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryView {
    pub id: &'static str,
    pub name: Text,
    pub score: u32,
    pub score_range: [u32; 2],
    pub max: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorView {
    pub id: &'static str,
    pub number: u32,
    pub name: Text,
    pub category: &'static str,
    /// The input value the band was chosen on (exact, up to 4 decimals).
    pub value: Option<String>,
    pub value_text: Option<String>,
    /// The band or rung chosen ("A"…), `null` while inputs are missing.
    pub band: Option<&'static str>,
    pub band_text: Option<Text>,
    pub points: u32,
    pub points_range: [u32; 2],
    pub max: u32,
    pub known: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    pub citation: CitationView,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementView {
    pub id: &'static str,
    pub name: Text,
    pub met: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub all_of: Vec<ConditionView>,
    pub score_route: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub any_of: Vec<ConditionView>,
    pub citation: CitationView,
}

pub const NOTICE: Text = Text::new(
    "本结果为企业自评参考，不是主管部门的评价或认定结果；请以官方培育平台和主管部门的审核为准。",
    "This is a self-assessment for reference, not an official evaluation or recognition; the official platform and authorities decide.",
);

/// An `Rc` written as what it points to (serde's `rc` feature would do
/// the same, at the price of rebuilding every crate).
fn shared<T: Serialize, S: serde::Serializer>(v: &Rc<T>, s: S) -> Result<S::Ok, S::Error> {
    (**v).serialize(s)
}

fn condition_view(c: &'static crate::rules::model::Condition, met: Tri) -> ConditionView {
    ConditionView {
        id: c.id,
        text: c.text,
        met: met.as_option(),
        citation: (&c.citation).into(),
    }
}

/// What a report holds of each tier.
#[derive(Clone, Copy, PartialEq)]
pub enum Detail {
    /// Everything.
    Full,
    /// What the page's verdict cards need on a keystroke: all but the
    /// materials to prepare (`TierView::materials` is empty, `Some` for a
    /// tier that has them) and the reasons in words (`TierView::reasons`
    /// is empty). Listing the
    /// materials matches every claimed answer against every kind of
    /// evidence, most of the cost of a report; the page shows both a task
    /// later (the materials in a closed list, the reasons in the details).
    Cards,
}

fn tier_view(a: &Assessment, t: &TierOutcome, detail: Detail) -> TierView {
    let f = &a.facts;
    let conditions: Vec<RequirementView> = t
        .requirements
        .iter()
        .map(|r| RequirementView {
            id: r.requirement.id,
            name: r.requirement.name,
            met: r.met.as_option(),
            all_of: r
                .requirement
                .all_of
                .iter()
                .zip(&r.all_of)
                .map(|(c, m)| condition_view(c, *m))
                .collect(),
            score_route: r.requirement.score_route,
            any_of: r
                .requirement
                .any_of
                .iter()
                .zip(&r.any_of)
                .map(|(c, m)| condition_view(c, *m))
                .collect(),
            citation: (&r.requirement.citation).into(),
        })
        .collect();
    let (mut categories, mut indicators) = (vec![], vec![]);
    if let (Some(card), Some(s)) = (&t.tier.scorecard, &t.score) {
        categories = card
            .categories
            .iter()
            .zip(&s.categories)
            .map(|(c, p)| CategoryView {
                id: c.id,
                name: c.name,
                score: p.min,
                score_range: [p.min, p.max],
                max: c.max_points,
                minimum: c.minimum,
            })
            .collect();
        indicators = card
            .indicators
            .iter()
            .zip(&s.indicators)
            .map(|(i, sc)| {
                let known = sc.points.is_exact();
                let metric = i.scoring.metric();
                let unit = metric.map(|m| metric_name(m).1);
                let value = match &i.scoring {
                    Scoring::PerItem { items, .. } => Some(Decimal::from(
                        items
                            .iter()
                            .filter(|r| crate::engine::eval::eval(&r.test, f).is_yes())
                            .count() as u32,
                    )),
                    _ => metric.and_then(|m| f.metric(m)),
                };
                IndicatorView {
                    id: i.id,
                    number: i.number,
                    name: i.name,
                    category: card.categories[i.category].id,
                    value: value.map(|v| v.round_dp(4).normalize().to_string()),
                    value_text: metric
                        .and_then(|m| explain::undefined_words(m, f))
                        .map(|u| u.zh)
                        .or_else(|| value.zip(unit).map(|(v, u)| explain::fmt_value(v, u).zh)),
                    band: sc.band.copied(),
                    band_text: sc.band.and_then(|b| i.scoring.band_text(b)),
                    points: sc.points.min,
                    points_range: [sc.points.min, sc.points.max],
                    max: i.max_points,
                    known,
                    missing: if known {
                        vec![]
                    } else {
                        indicator_missing(i, f)
                    },
                    citation: (&i.citation).into(),
                }
            })
            .collect();
    }
    let route = if t.verdict == Tri::Yes {
        t.requirements
            .iter()
            .find(|r| r.requirement.score_route)
            .map(|r| {
                if r.general == Tri::Yes {
                    "score"
                } else {
                    "direct"
                }
            })
    } else {
        None
    };
    let missing = crate::engine::missing::missing(a, t);
    let missing_note = crate::engine::missing::summary(a, t, &missing);
    let is_little_giant = t.tier.scorecard.is_none();
    // 小巨人's requirements are its six dimensions; the page shows them as such.
    let dims = is_little_giant.then(|| conditions.clone());
    TierView {
        name: t.tier.name,
        score: t.score.as_ref().map(|s| s.total.min),
        score_range: t.score.as_ref().map(|s| [s.total.min, s.total.max]),
        max_score: t.tier.scorecard.as_ref().map(|c| c.max_points),
        pass_mark: t.tier.scorecard.as_ref().map(|c| c.pass_mark),
        qualified: t.verdict == Tri::Yes,
        verdict: Verdict::of(t.verdict),
        route,
        prerequisite_met: t.prerequisite.map(Tri::as_option),
        preconditions_met: t.preconditions.as_option(),
        categories,
        indicators,
        conditions,
        dimensions: dims,
        reasons: match detail {
            Detail::Full => tier_reasons(a, t),
            Detail::Cards => vec![],
        },
        missing_needed: (!missing.paths.is_empty()).then_some(missing.needed as u32),
        missing_groups: crate::engine::missing::groups(&missing, a.date()),
        missing: missing.paths,
        missing_note,
        confidence: t.tier.confidence.key(),
        caveat: t.tier.caveat,
        citation: (&t.tier.citation).into(),
        warnings: t
            .tier
            .warnings
            .iter()
            .zip(&t.warnings)
            .filter(|(_, w)| w.is_yes())
            .map(|(c, w)| condition_view(c, *w))
            .collect(),
        materials: match detail {
            Detail::Full => materials::materials(a, t),
            Detail::Cards => materials::unlisted(t),
        },
    }
}

fn indicator_missing(i: &crate::rules::model::Indicator, f: &crate::facts::Facts) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in &i.tests() {
        for p in explain::missing_inputs(t, f) {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// Builds the report for an assessment, with its advice.
pub fn report(a: &Assessment) -> Report {
    let mut r = report_without_advice(a);
    r.advice = advise(a).into_iter().map(|adv| (adv.tier, adv)).collect();
    r
}

/// The report without the advice (which re-runs the engine many times): what
/// the page redraws on every keystroke.
pub fn report_without_advice(a: &Assessment) -> Report {
    let incentives = crate::incentives::incentives(a.facts.profile, a.date());
    report_with_incentives(a, Rc::new((&incentives).into()), Detail::Full)
}

/// [`report_without_advice`] with the incentives already worked out: they
/// read only the company's region, its achievements and the date, so the
/// page keeps them across the keystrokes that change none of those.
pub fn report_with_incentives(
    a: &Assessment,
    incentives: Rc<crate::incentives::view::IncentivesView>,
    detail: Detail,
) -> Report {
    let p = a.facts.profile;
    let size_citation = p
        .company
        .industry
        .map(|i| CitationView::from(&crate::rules::sme_size::row(i).citation));
    Report {
        format: ASSESSMENT_FORMAT,
        source_row: None,
        assessment_date: a.date().to_string(),
        rulebook: RulebookView {
            id: a.rulebook.id,
            name: a.rulebook.name,
            document_number: a.rulebook.document.number,
            effective_from: a.rulebook.validity.from.to_string(),
            // The format states the first day it no longer applies.
            effective_until: a.rulebook.validity.end_exclusive().map(|d| d.to_string()),
            provisional: a.rulebook.provisional,
            note: a.rulebook.note,
        },
        company: CompanyView {
            name: p.company.name.clone(),
            province: p.company.province.clone(),
            city: p.company.city.clone(),
            district: p.company.district.clone(),
        },
        metrics: MetricsView::new(&a.facts),
        size: SizeView {
            industry: a.size.industry,
            is_sme: a.size.is_sme.as_option(),
            class: a.size.class,
            citation: size_citation,
        },
        preconditions: a
            .rulebook
            .preconditions
            .iter()
            .zip(&a.preconditions)
            .map(|(c, m)| condition_view(c, *m))
            .collect(),
        tiers: a
            .tiers
            .iter()
            .map(|t| (t.tier.id.key(), tier_view(a, t, detail)))
            .collect(),
        advice: BTreeMap::new(),
        incentives,
        measures: crate::measures::applicable(a)
            .map(MeasureView::from)
            .collect(),
        notice: NOTICE,
    }
}
