//! The 2022 rulebook: 《优质中小企业梯度培育管理暂行办法》 (工信部企业〔2022〕63号),
//! in force from 2022-08-01 (第二十三条), with 附件1 (创新型), 附件2 (专精特新),
//! 附件3 (小巨人) and the definitions of 附件4. Every value below is quoted
//! from seed 002; `seed_line` points at the line that holds it.

pub(crate) mod annex1;
mod annex2;
mod annex3;
mod preconditions;

pub use annex1::INNOVATIVE;
pub use annex2::SRDI;
pub use annex3::LITTLE_GIANT;
pub use preconditions::PRECONDITIONS;

use super::documents::MIIT_2022;
use super::model::{Citation, Rulebook};
use crate::date::{Date, Validity};
use crate::t;

/// A citation of the 2022 办法 (seed 002).
pub(crate) const fn cite(article: &'static str, line: u32, quote: &'static str) -> Citation {
    Citation {
        document: &MIIT_2022,
        article,
        seed_line: Some(line),
        quote,
        confidence: super::model::Confidence::Official,
    }
}

/// The 2022 rulebook. It applies to every tier for assessment dates before
/// 2026-04-01, when the 2026 办法 replaced it.
pub static RULEBOOK: Rulebook = Rulebook {
    id: "miit-2022",
    name: t!(
        "2022 年暂行办法（工信部企业〔2022〕63号）",
        "2022 Interim Measures (MIIT 2022 No. 63)"
    ),
    document: &MIIT_2022,
    // Replaced by the 2026 rules from 2026-04-01: its last day is 03-31.
    validity: Validity::new(Date::ymd(2022, 8, 1), Some(Date::ymd(2026, 3, 31))),
    preconditions: &PRECONDITIONS,
    tiers: &[&INNOVATIVE, &SRDI, &LITTLE_GIANT],
    provisional: false,
    note: None,
};

/// 第二十三条: in force from 2022-08-01.
pub const EFFECTIVE: Citation = cite("第二十三条", 1974, "本办法自 2022 年 8 月 1 日起实施");

/// 附件4 (十三): how band edges are read.
pub const EDGE_RULE: Citation = cite(
    "附件4（十三）",
    2306,
    "如无特殊说明，所称“以上”、“以下”，包括本数；所称的“超过”，不包括本数。在计算评价指标得分时，如指标值位于两个评分区间边界上，按高分计算得分。",
);

/// 附件4 (十四): how growth rates are computed.
pub const GROWTH_RULE: Citation = cite(
    "附件4（十四）",
    2310,
    "近 2 年主营业务收入平均增长率=（企业上一年度主营业务收入增长率+企业上上年度主营业务收入增长率）/2。",
);
