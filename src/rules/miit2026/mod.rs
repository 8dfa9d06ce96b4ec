//! The 2026 rulebook: 《优质中小企业梯度培育管理办法》 (工信部企业〔2026〕2号), in
//! force from 2026-04-01. Its official text is not available to us: every
//! value below is the consistent reading of public secondary sources
//! (`docs/spec/rulebook-2026.md`), carries the confidence given there, and
//! is labelled provisional wherever it is used. Correcting a value is a
//! one-line change here.
//!
//! From 2026-04-01 the bottom tier is 科技和创新型中小企业: a valid 科技型中小企业
//! (scored under 国科发政〔2017〕115号, [`tech_sme`]) or a valid 创新型中小企业
//! (still scored under 2022 附件1). 专精特新 and 小巨人 follow the new
//! criteria; neither is scored any more.

mod changes;
mod little_giant;
mod preconditions;
mod srdi;
mod tech_sme;

pub use changes::{Change, CHANGES};
pub use little_giant::LITTLE_GIANT;
pub use preconditions::PRECONDITIONS;
pub use srdi::SRDI;
pub use tech_sme::TECH_SME;

use super::documents::{MIIT_2026, TECH_SME_2017};
use super::model::{Citation, Confidence, Rulebook, Tier, TierId};
use crate::date::{Date, Validity};
use crate::t;

/// A citation of the 2026 办法: no seed line, the words are the spec's.
pub(crate) const fn cite(
    article: &'static str,
    quote: &'static str,
    confidence: Confidence,
) -> Citation {
    Citation {
        document: &MIIT_2026,
        article,
        seed_line: None,
        quote,
        confidence,
    }
}

/// A citation of 国科发政〔2017〕115号 (confidence high, per the spec).
pub(crate) const fn cite_tech(article: &'static str, quote: &'static str) -> Citation {
    Citation {
        document: &TECH_SME_2017,
        article,
        seed_line: None,
        quote,
        confidence: Confidence::High,
    }
}

/// Shown beside every 2026 verdict.
pub const CAVEAT: crate::text::Text = t!(
    "依据公开二手资料整理，暂定；请以工信部官方文本为准",
    "Based on secondary reporting, provisional; verify against the official MIIT text"
);

/// 创新型中小企业 from 2026-04-01: still 2022 附件1 (第三十条, one source).
pub static INNOVATIVE: Tier = Tier {
    id: TierId::Innovative,
    name: t!("创新型中小企业", "Innovative SME"),
    prerequisite: None,
    preconditions: true,
    requirements: &super::miit2022::annex1::REQUIREMENTS,
    scorecard: Some(super::miit2022::annex1::SCORECARD),
    citation: cite(
        "第三十条",
        "创新型中小企业在合并标准出台前仍按 2022 年附件1 评价",
        Confidence::Medium,
    ),
    confidence: Confidence::Medium,
    caveat: Some(t!(
        "2026 年起仍按 2022 年附件1 评价，直至合并后的标准出台（第三十条，单一来源，中等可信度）",
        "From 2026 still scored under 2022 附件1 until a merged standard is issued (第三十条; one source, medium confidence)"
    )),
    warnings: &[],
};

/// The 2026 rulebook.
pub static RULEBOOK: Rulebook = Rulebook {
    id: "miit-2026",
    name: t!("2026 年办法（工信部企业〔2026〕2号，暂定）", "2026 Measures (MIIT 2026 No. 2, provisional)"),
    document: &MIIT_2026,
    validity: Validity::new(Date::ymd(2026, 4, 1), None),
    preconditions: &PRECONDITIONS,
    tiers: &[&TECH_SME, &INNOVATIVE, &SRDI, &LITTLE_GIANT],
    provisional: true,
    note: Some(t!(
        "官方文本未获取：本规则依据多个公开二手来源的一致解读，每项数值注明可信度。2026 年专精特新“小巨人”复核仍按 2022 年附件3 标准（工信厅企业函〔2026〕117号），请选用 2022 年规则评估当年复核；按本办法复核时请勾选“本次为复核”（不考查营业收入增长率，发展质量评价得分近两年任意一年达 60 分即可）。发展质量评价得分只能由官方平台计算，本工具不作估算。",
        "The official text is not available: these rules are the consistent reading of several public secondary sources, each value with its confidence. The 2026 little-giant reviews used the 2022 附件3 standard (工信厅企业函〔2026〕117号): pick the 2022 rules to assess a 2026 review; for a review under these rules, tick 'this is a review' (the growth test is waived, and a platform score of 60 in either of the last two years suffices). The platform's development-quality score is computed only by the official platform and never estimated here."
    )),
};
