//! What to prepare, as data: the application materials each rulebook names
//! for each tier (with their article), and the evidence behind each profile
//! answer a company claims (`evidence`). The report (`report::materials`)
//! picks, for a tier the company may apply for, the materials and the
//! evidence of what its verdict rests on.
//!
//! The 2022 materials quote 《优质中小企业梯度培育管理暂行办法》 (seed 002,
//! by line); the 2026 text is not available to us, so its materials are
//! those `docs/spec/rulebook-2026.md` names, at the spec's confidence.

mod evidence;

pub use evidence::{Evidence, EVIDENCE};

use super::documents::{MIIT_2026, TECH_SME_2017};
use super::model::{Citation, Confidence, TierId};
use crate::t;
use crate::text::Text;

/// One thing to hand in (or to have ready) and the rule that names it.
#[derive(Debug)]
pub struct Material {
    pub id: &'static str,
    pub name: Text,
    pub citation: Citation,
}

/// The materials a rulebook names for one tier.
#[derive(Debug)]
pub struct TierMaterials {
    pub rulebook: &'static str,
    pub tier: TierId,
    pub items: &'static [Material],
}

/// A line of seed 002 (the 2022 办法), quoted: the 2022 rulebook's own
/// citation constructor.
pub(super) use super::miit2022::cite as seed002;

const SELF_ASSESSMENT: Material = Material {
    id: "platform_self_assessment",
    name: t!(
        "在优质中小企业梯度培育平台填报的自评信息",
        "The self-assessment filed on the official cultivation platform"
    ),
    citation: seed002("第十条", 1938, "由企业按属地原则自愿登录培育平台参与自评"),
};

const INNOVATIVE_2022: [Material; 2] = [
    SELF_ASSESSMENT,
    Material {
        id: "supporting_evidence",
        name: t!(
            "自评信息的相关佐证材料（见下方各项证明）",
            "Evidence supporting the self-assessment (see the items below)"
        ),
        citation: seed002("第十条", 1938, "组织对企业自评信息和相关佐证材料进行审核"),
    },
];

const SRDI_2022: [Material; 3] = [
    Material {
        id: "innovative_title",
        name: t!(
            "创新型中小企业公告（由创新型中小企业提出申请）",
            "The innovative SME announcement (the application is made by an innovative SME)"
        ),
        citation: seed002("第十一条", 1940, "由创新型中小企业按属地原则自愿提出申请"),
    },
    Material {
        id: "application",
        name: t!("专精特新中小企业申请材料", "The SRDI SME application"),
        citation: seed002("第十一条", 1940, "组织对企业申请材料和相关佐证材料进行审核"),
    },
    Material {
        id: "supporting_evidence",
        name: t!(
            "申请材料的相关佐证材料（见下方各项证明）",
            "Evidence supporting the application (see the items below)"
        ),
        citation: seed002("第十一条", 1940, "组织对企业申请材料和相关佐证材料进行审核"),
    },
];

const LITTLE_GIANT_2022: [Material; 3] = [
    Material {
        id: "srdi_title",
        name: t!(
            "专精特新中小企业认定文件（由专精特新中小企业提出申请）",
            "The SRDI SME recognition (the application is made by an SRDI SME)"
        ),
        citation: seed002("第十二条", 1942, "由专精特新中小企业按属地原则自愿提出申请"),
    },
    Material {
        id: "application",
        name: t!(
            "专精特新“小巨人”企业申请材料",
            "The little giant application"
        ),
        citation: seed002(
            "第十二条",
            1942,
            "对企业申请材料和相关佐证材料进行初审和实地抽查",
        ),
    },
    Material {
        id: "supporting_evidence",
        name: t!(
            "申请材料的相关佐证材料（见下方各项证明）",
            "Evidence supporting the application (see the items below)"
        ),
        citation: seed002(
            "第十二条",
            1942,
            "对企业申请材料和相关佐证材料进行初审和实地抽查",
        ),
    },
];

const TECH_SME_2026: [Material; 1] = [Material {
    id: "tech_sme_filing",
    name: t!(
        "在科技型中小企业服务平台填报的评价信息（2026 年通知：6 月 1 日至 8 月 31 日）",
        "The evaluation filed on the technology-based SME platform (2026 notice: 1 June to 31 August)"
    ),
    citation: Citation::public(
        &TECH_SME_2017,
        "评价工作年度通知（2026 年）",
        "科技型 filing 2026-06-01 to 08-31",
        Confidence::Medium,
    ),
}];
const PLATFORM_SCORE_2026: Material = Material {
    id: "platform_quality_score",
    name: t!(
        "培育平台给出的发展质量评价得分",
        "The development-quality score given by the official platform"
    ),
    citation: Citation::public(
        &MIIT_2026,
        "附件1、附件2；工信厅企业〔2024〕75号",
        "platform 发展质量评价得分 ≥ 50 (工信厅企业〔2024〕75号; computed only by the official platform: take it as a user input, never estimate it)",
        Confidence::MediumHigh,
    ),
};

const SRDI_2026: [Material; 3] = [
    Material {
        id: "tech_or_innovative_title",
        name: t!(
            "有效期内的科技型中小企业入库登记编号或创新型中小企业公告",
            "A valid technology-based SME registration or innovative SME announcement"
        ),
        citation: Citation::public(
            &MIIT_2026,
            "附件1",
            "holds a valid 科技和创新型中小企业 title",
            Confidence::MediumHigh,
        ),
    },
    PLATFORM_SCORE_2026,
    Material {
        id: "niche_share_statement",
        name: t!(
            "主导产品细分市场占有率“较为靠前”的说明（企业自行判断）",
            "A statement that the main product's niche share is 'relatively leading' (the company's own judgement)"
        ),
        citation: Citation::public(
            &MIIT_2026,
            "附件1",
            "main product's niche market share \"较为靠前\" (no number: a yes/no the user asserts)",
            Confidence::MediumHigh,
        ),
    },
];

const LITTLE_GIANT_2026: [Material; 3] = [
    Material {
        id: "srdi_title",
        name: t!(
            "有效期内的专精特新中小企业认定文件",
            "A valid SRDI SME recognition"
        ),
        citation: Citation::public(
            &MIIT_2026,
            "附件2",
            "holds a valid 专精特新中小企业 title",
            Confidence::Medium,
        ),
    },
    PLATFORM_SCORE_2026,
    Material {
        id: "chain_statement",
        name: t!(
            "主导产品属于制造业“六基”领域或位于重点产业链关键环节的说明",
            "A statement that the main product is in the 'six basics' or at a key link of a key chain"
        ),
        citation: Citation::public(
            &MIIT_2026,
            "附件2",
            "main product in the manufacturing \"六基\" or at a key link of a key chain",
            Confidence::Medium,
        ),
    },
];

/// Every rulebook's materials by tier. 创新型 under the 2026 rules is still
/// assessed under 2022 附件1 and filed as before.
pub static MATERIALS: [TierMaterials; 7] = [
    TierMaterials {
        rulebook: "miit-2022",
        tier: TierId::Innovative,
        items: &INNOVATIVE_2022,
    },
    TierMaterials {
        rulebook: "miit-2022",
        tier: TierId::Srdi,
        items: &SRDI_2022,
    },
    TierMaterials {
        rulebook: "miit-2022",
        tier: TierId::LittleGiant,
        items: &LITTLE_GIANT_2022,
    },
    TierMaterials {
        rulebook: "miit-2026",
        tier: TierId::TechSme,
        items: &TECH_SME_2026,
    },
    TierMaterials {
        rulebook: "miit-2026",
        tier: TierId::Innovative,
        items: &INNOVATIVE_2022,
    },
    TierMaterials {
        rulebook: "miit-2026",
        tier: TierId::Srdi,
        items: &SRDI_2026,
    },
    TierMaterials {
        rulebook: "miit-2026",
        tier: TierId::LittleGiant,
        items: &LITTLE_GIANT_2026,
    },
];

/// The materials a rulebook names for a tier (none when it names none).
pub fn for_tier(rulebook: &str, tier: TierId) -> &'static [Material] {
    MATERIALS
        .iter()
        .find(|m| m.rulebook == rulebook && m.tier == tier)
        .map_or(&[], |m| m.items)
}

#[cfg(test)]
mod tests;
