//! The built-in worked examples (`examples/edge-*.json`), each on band
//! edges; `tests/golden/examples.toml` pins what they show.

use crate::profile::{parse_profile, Profile};
use crate::t;
use crate::text::Text;

pub struct Example {
    pub key: &'static str,
    pub name: Text,
    pub about: Text,
    json: &'static str,
}

impl Example {
    pub fn profile(&self) -> Profile {
        parse_profile(self.json).unwrap_or_else(|_| Profile::empty())
    }
}

pub static EXAMPLES: [Example; 3] = [
    Example {
        key: "edge-innovative",
        name: t!("示例一：创新型临界（60 分）", "Example 1: innovative SME at exactly 60"),
        about: t!("研发费用占比恰为 3%、增长率恰为 10%、资产负债率恰为 75%、主营占比恰为 60%，三类得分恰为最低分", "R&D exactly 3%, growth exactly 10%, debt exactly 75%, main-business share exactly 60%; each category exactly at its minimum"),
        json: include_str!("../../examples/edge-innovative.json"),
    },
    Example {
        key: "edge-srdi",
        name: t!("示例二：专精特新临界（60 分）", "Example 2: SRDI SME at exactly 60"),
        about: t!("细分市场恰 2 年、研发费用占比恰 3%、资产负债率恰 70%、平均增长率恰 5%、研发人员恰 5%", "Exactly 2 years in the niche, R&D exactly 3%, debt exactly 70%, average growth exactly 5%, R&D staff exactly 5%"),
        json: include_str!("../../examples/edge-srdi.json"),
    },
    Example {
        key: "edge-little-giant",
        name: t!("示例三：小巨人临界", "Example 3: little giant on its edges"),
        about: t!("营业收入恰为 1 亿元、两年研发费用占比恰为 3%、主营占比恰 70%、资产负债率恰 70%、市场占有率恰 10%", "Revenue exactly 100 million CNY, R&D exactly 3% in both years, share exactly 70%, debt exactly 70%, market share exactly 10%"),
        json: include_str!("../../examples/edge-little-giant.json"),
    },
];
