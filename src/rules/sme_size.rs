//! 《中小企业划型标准规定》 (工信部联企业〔2011〕300号) 第四条: the size
//! classes by industry, for the 第三条 precondition. The regulation is not in
//! the seeds; its thresholds are in `docs/spec/sme-size-2011.md`.
//!
//! Unlike 附件4 (十三), this regulation's "X以下" excludes X ("1000人以下" is
//! < 1000) while "X及以上" includes it; hence [`Test::Below`] here.

use super::documents::SME_SIZE_2011;
use super::model::{Citation, Metric, Test};
use crate::edge;
use crate::profile::Industry;
use crate::t;
use crate::text::Text;

/// One industry row of 第四条.
#[derive(Debug)]
pub struct SizeRow {
    pub industry: Industry,
    pub name: Text,
    /// It is an SME at all (中小微型企业) when this holds.
    pub sme: Test,
    /// 中型 when this holds (and it is an SME).
    pub medium: Test,
    /// 小型 when this holds (and it is an SME, not medium); otherwise 微型.
    pub small: Test,
    pub citation: Citation,
}

const EMP: Metric = Metric::EMPLOYEES;
const REV: Metric = Metric::OPERATING_REVENUE_Y1;
const ASSETS: Metric = Metric::TOTAL_ASSETS;

const fn cite(article: &'static str, quote: &'static str) -> Citation {
    Citation {
        document: &SME_SIZE_2011,
        article,
        seed_line: None,
        quote,
        // A public regulation; the thresholds come from the project spec.
        confidence: super::model::Confidence::High,
    }
}

macro_rules! row {
    ($ind:ident, $zh:literal, $en:literal, $art:literal, $quote:literal,
     sme: [$($sm:ident $sv:literal),+], medium: [$($mm:ident $mv:literal),+], small: [$($lm:ident $lv:literal),+]) => {
        SizeRow {
            industry: Industry::$ind,
            name: t!($zh, $en),
            sme: Test::Any(&[$(Test::Below($sm, edge!($sv))),+]),
            medium: Test::All(&[$(Test::AtLeast($mm, edge!($mv))),+]),
            small: Test::All(&[$(Test::AtLeast($lm, edge!($lv))),+]),
            citation: cite($art, $quote),
        }
    };
}

/// The sixteen rows, in the regulation's order. Units: persons, 万元.
pub static SIZE_TABLE: [SizeRow; 16] = [
    row!(Agriculture, "农、林、牧、渔业", "Agriculture, forestry, husbandry, fishery", "第四条（一）",
        "营业收入 < 20000 为中小微型；≥ 500 中型；≥ 50 小型；< 50 微型",
        sme: [REV 20000], medium: [REV 500], small: [REV 50]),
    row!(Industry, "工业", "Industry", "第四条（二）",
        "从业人员 < 1000 或营业收入 < 40000 为中小微型；从业人员 ≥ 300 且营业收入 ≥ 2000 中型；≥ 20 且 ≥ 300 小型",
        sme: [EMP 1000, REV 40000], medium: [EMP 300, REV 2000], small: [EMP 20, REV 300]),
    row!(Construction, "建筑业", "Construction", "第四条（三）",
        "营业收入 < 80000 或资产总额 < 80000 为中小微型；营业收入 ≥ 6000 且资产总额 ≥ 5000 中型；≥ 300 且 ≥ 300 小型",
        sme: [REV 80000, ASSETS 80000], medium: [REV 6000, ASSETS 5000], small: [REV 300, ASSETS 300]),
    row!(Wholesale, "批发业", "Wholesale", "第四条（四）",
        "从业人员 < 200 或营业收入 < 40000 为中小微型；≥ 20 且 ≥ 5000 中型；≥ 5 且 ≥ 1000 小型",
        sme: [EMP 200, REV 40000], medium: [EMP 20, REV 5000], small: [EMP 5, REV 1000]),
    row!(Retail, "零售业", "Retail", "第四条（五）",
        "从业人员 < 300 或营业收入 < 20000 为中小微型；≥ 50 且 ≥ 500 中型；≥ 10 且 ≥ 100 小型",
        sme: [EMP 300, REV 20000], medium: [EMP 50, REV 500], small: [EMP 10, REV 100]),
    row!(Transport, "交通运输业", "Transport", "第四条（六）",
        "从业人员 < 1000 或营业收入 < 30000 为中小微型；≥ 300 且 ≥ 3000 中型；≥ 20 且 ≥ 200 小型",
        sme: [EMP 1000, REV 30000], medium: [EMP 300, REV 3000], small: [EMP 20, REV 200]),
    row!(Warehousing, "仓储业", "Warehousing", "第四条（七）",
        "从业人员 < 200 或营业收入 < 30000 为中小微型；≥ 100 且 ≥ 1000 中型；≥ 20 且 ≥ 100 小型",
        sme: [EMP 200, REV 30000], medium: [EMP 100, REV 1000], small: [EMP 20, REV 100]),
    row!(Postal, "邮政业", "Postal", "第四条（八）",
        "从业人员 < 1000 或营业收入 < 30000 为中小微型；≥ 300 且 ≥ 2000 中型；≥ 20 且 ≥ 100 小型",
        sme: [EMP 1000, REV 30000], medium: [EMP 300, REV 2000], small: [EMP 20, REV 100]),
    row!(Accommodation, "住宿业", "Accommodation", "第四条（九）",
        "从业人员 < 300 或营业收入 < 10000 为中小微型；≥ 100 且 ≥ 2000 中型；≥ 10 且 ≥ 100 小型",
        sme: [EMP 300, REV 10000], medium: [EMP 100, REV 2000], small: [EMP 10, REV 100]),
    row!(Catering, "餐饮业", "Catering", "第四条（十）",
        "从业人员 < 300 或营业收入 < 10000 为中小微型；≥ 100 且 ≥ 2000 中型；≥ 10 且 ≥ 100 小型",
        sme: [EMP 300, REV 10000], medium: [EMP 100, REV 2000], small: [EMP 10, REV 100]),
    row!(InformationTransmission, "信息传输业", "Information transmission", "第四条（十一）",
        "从业人员 < 2000 或营业收入 < 100000 为中小微型；≥ 100 且 ≥ 1000 中型；≥ 10 且 ≥ 100 小型",
        sme: [EMP 2000, REV 100000], medium: [EMP 100, REV 1000], small: [EMP 10, REV 100]),
    row!(SoftwareIt, "软件和信息技术服务业", "Software and IT services", "第四条（十二）",
        "从业人员 < 300 或营业收入 < 10000 为中小微型；≥ 100 且 ≥ 1000 中型；≥ 10 且 ≥ 50 小型",
        sme: [EMP 300, REV 10000], medium: [EMP 100, REV 1000], small: [EMP 10, REV 50]),
    row!(RealEstate, "房地产开发经营", "Real-estate development", "第四条（十三）",
        "营业收入 < 200000 或资产总额 < 10000 为中小微型；营业收入 ≥ 1000 且资产总额 ≥ 5000 中型；≥ 100 且 ≥ 2000 小型",
        sme: [REV 200000, ASSETS 10000], medium: [REV 1000, ASSETS 5000], small: [REV 100, ASSETS 2000]),
    row!(PropertyManagement, "物业管理", "Property management", "第四条（十四）",
        "从业人员 < 1000 或营业收入 < 5000 为中小微型；≥ 300 且 ≥ 1000 中型；≥ 100 且 ≥ 500 小型",
        sme: [EMP 1000, REV 5000], medium: [EMP 300, REV 1000], small: [EMP 100, REV 500]),
    row!(LeasingBusiness, "租赁和商务服务业", "Leasing and business services", "第四条（十五）",
        "从业人员 < 300 或资产总额 < 120000 为中小微型；从业人员 ≥ 100 且资产总额 ≥ 8000 中型；≥ 10 且 ≥ 100 小型",
        sme: [EMP 300, ASSETS 120000], medium: [EMP 100, ASSETS 8000], small: [EMP 10, ASSETS 100]),
    row!(Other, "其他未列明行业", "Other industries", "第四条（十六）",
        "从业人员 < 300 为中小微型；≥ 100 中型；≥ 10 小型",
        sme: [EMP 300], medium: [EMP 100], small: [EMP 10]),
];

/// The row for an industry.
pub fn row(industry: Industry) -> &'static SizeRow {
    SIZE_TABLE
        .iter()
        .find(|r| r.industry == industry)
        .expect("every industry has a row (checked by a test)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_industry_has_exactly_one_row() {
        for ind in Industry::ALL {
            assert_eq!(
                SIZE_TABLE.iter().filter(|r| r.industry == ind).count(),
                1,
                "{ind:?}"
            );
        }
    }
}
