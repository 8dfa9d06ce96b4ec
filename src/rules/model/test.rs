//! What rules test: the metrics derived from a profile, the yes/no facts a
//! user states, the titles held, and the tests that combine them.

use crate::profile::{AwardLevel, MakerChina, RdInstitution, Year};
use rust_decimal::Decimal;

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
