//! The legal documents the rules cite.

use super::model::Document;
use crate::t;

/// 《优质中小企业梯度培育管理暂行办法》 and its 附件1-4 (seed 002).
pub static MIIT_2022: Document = Document {
    id: "miit-2022-63",
    title: t!(
        "优质中小企业梯度培育管理暂行办法",
        "Interim Measures for the Tiered Cultivation of Quality SMEs"
    ),
    number: "工信部企业〔2022〕63号",
    seed_file: Some("seeds/002_9dbe9052b049e00e.txt"),
    source_note: None,
};

/// 《中小企业划型标准规定》, not in the seeds; thresholds from
/// `docs/spec/sme-size-2011.md`.
pub static SME_SIZE_2011: Document = Document {
    id: "sme-size-2011",
    title: t!(
        "中小企业划型标准规定",
        "Regulation on the Classification of SMEs"
    ),
    number: "工信部联企业〔2011〕300号",
    seed_file: None,
    source_note: Some(t!(
        "本规定不在种子文件中；阈值取自项目规格 docs/spec/sme-size-2011.md",
        "Not in the seed files; thresholds from the project spec docs/spec/sme-size-2011.md"
    )),
};

/// 《优质中小企业梯度培育管理办法》 (2026). The official text is not
/// available to us: values come from secondary reporting.
pub static MIIT_2026: Document = Document {
    id: "miit-2026-2",
    title: t!("优质中小企业梯度培育管理办法", "Measures for the Tiered Cultivation of Quality SMEs"),
    number: "工信部企业〔2026〕2号",
    seed_file: None,
    source_note: Some(t!(
        "官方文本未获取；依据多个公开二手来源的一致解读（docs/spec/rulebook-2026.md），请以官方文本为准",
        "Official text not available; the consistent reading of several public secondary sources (docs/spec/rulebook-2026.md). Verify against the official text"
    )),
};

/// 《科技型中小企业评价办法》.
pub static TECH_SME_2017: Document = Document {
    id: "most-2017-115",
    title: t!(
        "科技型中小企业评价办法",
        "Evaluation Measures for Technology-based SMEs"
    ),
    number: "国科发政〔2017〕115号",
    seed_file: None,
    source_note: Some(t!(
        "不在种子文件中；评分依据项目规格 docs/spec/rulebook-2026.md",
        "Not in the seed files; scoring from the project spec docs/spec/rulebook-2026.md"
    )),
};

/// 工信厅企业函〔2026〕117号 (2026 小巨人 reviews held to the 2022 standard).
pub static MIIT_2026_REVIEW: Document = Document {
    id: "miit-2026-117",
    title: t!(
        "关于开展2026年专精特新“小巨人”企业复核工作的通知",
        "Notice on the 2026 review of 'Little Giant' enterprises"
    ),
    number: "工信厅企业函〔2026〕117号",
    seed_file: None,
    source_note: Some(t!(
        "依据两个公开二手来源（docs/spec/rulebook-2026.md）",
        "From two public secondary sources (docs/spec/rulebook-2026.md)"
    )),
};

/// 《科技型中小企业评价工作指引》 (国科火字〔2022〕67号), still applied in the
/// 2024 and 2025 notices: the basic conditions beyond the 2017 办法.
pub static TECH_SME_GUIDE_2022: Document = Document {
    id: "most-torch-2022-67",
    title: t!("科技型中小企业评价工作指引", "Work guidelines for evaluating technology-based SMEs"),
    number: "国科火字〔2022〕67号",
    seed_file: None,
    source_note: Some(t!(
        "不在种子文件中；依据 2026 年 12 月的两个公开二手来源（docs/spec/rulebook-2026.md）",
        "Not in the seed files; from two public secondary sources of December 2026 (docs/spec/rulebook-2026.md)"
    )),
};

/// The 2024 notice on evaluating technology-based SMEs: the cases its
/// reviewers check on site (warnings, not failures).
pub static TECH_SME_NOTICE_2024: Document = Document {
    id: "most-torch-2024-notice",
    title: t!("2024 年科技型中小企业评价工作通知", "The 2024 notice on evaluating technology-based SMEs"),
    number: "2024 年通知（文号未记录）",
    seed_file: None,
    source_note: Some(t!(
        "不在种子文件中；依据公开二手来源（docs/spec/rulebook-2026.md），每年通知可能调整",
        "Not in the seed files; from public secondary sources (docs/spec/rulebook-2026.md); each year's notice may change it"
    )),
};

/// Every document, for the "how is this scored" page and the tests.
pub static ALL: [&Document; 7] = [
    &MIIT_2022,
    &SME_SIZE_2011,
    &MIIT_2026,
    &TECH_SME_2017,
    &MIIT_2026_REVIEW,
    &TECH_SME_GUIDE_2022,
    &TECH_SME_NOTICE_2024,
];
