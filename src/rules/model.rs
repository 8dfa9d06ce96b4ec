//! The shape of a rulebook, as data. A rulebook declares its tiers; a tier
//! its requirements and (if scored) its indicators; an indicator its band
//! table; everything its citation. The engine interprets these declarations
//! and the "how is this scored" page renders the very same values, so no
//! threshold exists twice.
//!
//! Band edges follow 附件4 (十三): "以上"/"以下" include the bound, and a
//! value on an edge between two bands takes the higher score. A [`Band`]
//! therefore has inclusive bounds and the scorer picks the best band that
//! contains the value.

use crate::date::Date;
use crate::facts::Pct;
use crate::profile::{AwardLevel, MakerChina, RdInstitution, Year};
use crate::text::Text;
use rust_decimal::Decimal;

/// Where a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citation {
    pub document: &'static Document,
    /// Article, annex and clause, as the text numbers them, e.g. "附件1 二（一）2".
    pub article: &'static str,
    /// 1-based line in the document's seed file, when the seeds hold it.
    pub seed_line: Option<u32>,
    /// The words of the law, quoted from that line (exact substring), or
    /// for a document not in the seeds, from the project's spec.
    pub quote: &'static str,
    /// How sure we are of the value this citation supports.
    pub confidence: Confidence,
}

/// A legal document the rules cite.
#[derive(Debug, PartialEq, Eq)]
pub struct Document {
    pub id: &'static str,
    pub title: Text,
    /// 文号, e.g. 工信部企业〔2022〕63号.
    pub number: &'static str,
    /// The seed file holding its text (`seeds/…`), if any.
    pub seed_file: Option<&'static str>,
    /// Where the text comes from when it is not in the seeds.
    pub source_note: Option<Text>,
}

/// How sure we are of a value. The 2022 rules are quoted from the official
/// text; the 2026 rules come from secondary reporting, each value with the
/// confidence the spec gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    Medium,
    MediumHigh,
    High,
    /// Quoted from the official text in the seeds.
    Official,
}

/// A number derived from the profile that rules compare against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Metric {
    /// 研发费用总额 / 营业收入总额 × 100, for a year.
    RdRatio(Year),
    /// 研发费用总额 (万元), for a year.
    RdExpense(Year),
    /// (研发费用 y1 + y2) / 2 (万元).
    RdExpenseAvg2y,
    /// 研发费用 y1 + y2 (万元).
    RdExpenseTotal2y,
    /// 研发费用 / 成本费用支出总额 × 100 (科技型中小企业).
    RdToCostRatio,
    /// 营业收入总额 (万元), for a year.
    OperatingRevenue(Year),
    /// 主营业务收入 / 营业收入 × 100, last year.
    MainBusinessShare,
    /// 主营业务收入增长率 of a year, 附件4 (十四).
    MainBusinessGrowth(Year),
    /// 近2年主营业务收入平均增长率, 附件4 (十四).
    MainBusinessGrowthAvg2y,
    /// 近两年营业收入复合增长率 (2026): sqrt(y1/y3) − 1, × 100.
    RevenueCagr2y,
    /// 净利润 / 营业收入 × 100, last year.
    NetMargin,
    /// 负债总额 / 资产总额 × 100, last year.
    DebtRatio,
    /// 研发人员 / 职工总数 × 100.
    RdStaffShare,
    /// 科技人员 / 职工总数 × 100.
    SciTechStaffShare,
    /// 职工总数.
    Employees,
    /// 资产总额 (万元), last year.
    TotalAssets,
    YearsInNiche,
    EquityFinancing2y,
    EquityFinancing3y,
    MarketSharePct,
    DigitalLevel,
    LocalDistinctiveScore,
    PlatformQualityScore,
    Ip(IpCount),
}

/// Intellectual-property counts (附件4 三-五).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IpCount {
    Class1,
    Class1SelfDeveloped,
    Class1HighValue,
    Class2,
    Class1AppliedToMainProduct,
    /// Ⅰ类 excluding IP transferred in (2026).
    Class1NotTransferred,
    /// Ⅰ类 applied to the main product and not transferred in (2026). The
    /// profile counts the two separately, so this is known exactly only
    /// when the counts force it; otherwise it is a range.
    Class1AppliedNotTransferred,
}

/// A yes/no fact the user states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    StrategicEmergingIndustry,
    ChainGapFilling,
    SixBasicsOrKeyChain,
    ProvincialQualityAward,
    QualitySystemCert,
    OwnBrand,
    StandardSetting,
    CoreBusinessInfoSystem,
    ManagementSystemCert,
    KeyField,
    RegisteredIndependentLegalPerson,
    AbnormalOrDishonestListed,
    ProhibitedProducts,
    MajorIncident3y,
    NicheShareLeading,
    NicheTop3Domestic,
    KeyChain2026,
    HighTechEnterprise,
    /// Led drafting of an international, national or industry standard in
    /// the last 5 years (科技型中小企业 direct confirmation).
    LedMajorStandard5y,
}

/// A test on the profile, evaluated to yes / no / unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Test {
    /// metric ≥ x ("以上", "不低于", "达到": the bound is included).
    AtLeast(Metric, Decimal),
    /// metric ≤ x ("以下", "不高于": the bound is included).
    AtMost(Metric, Decimal),
    /// metric < x (only where a text excludes the bound, e.g. the 2011
    /// size regulation's "以下").
    Below(Metric, Decimal),
    /// metric > x ("超过").
    Above(Metric, Decimal),
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

/// A band of a numeric table. Bounds are inclusive (附件4 十三).
#[derive(Debug)]
pub struct Band {
    /// The letter the text gives the band ("A", "B", …).
    pub label: &'static str,
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
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

/// The three tiers (and, from 2026, 科技型中小企业 beside 创新型).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TierId {
    TechSme,
    Innovative,
    Srdi,
    LittleGiant,
}

impl TierId {
    /// The key used in `sme-assessment/1` and in `data-tier`.
    pub fn key(self) -> &'static str {
        match self {
            TierId::TechSme => "tech_sme",
            TierId::Innovative => "innovative",
            TierId::Srdi => "srdi",
            TierId::LittleGiant => "little_giant",
        }
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
}

/// A set of rules in force over a period.
#[derive(Debug)]
pub struct Rulebook {
    pub id: &'static str,
    pub name: Text,
    pub document: &'static Document,
    pub effective_from: Date,
    /// The first day it no longer applies (exclusive), if replaced.
    pub effective_until: Option<Date>,
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
        date >= self.effective_from && self.effective_until.is_none_or(|end| date < end)
    }
}

impl Band {
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

impl Test {
    /// Every "at least" threshold this test compares a metric with (where
    /// more of the metric helps). Advice inverts these into targets.
    pub fn thresholds(&self, out: &mut Vec<(Metric, Decimal)>) {
        match self {
            Test::AtLeast(m, x) | Test::Above(m, x) => out.push((*m, *x)),
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
