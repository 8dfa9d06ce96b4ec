//! The 第三条-style baseline of the 2026 rules (confidence medium-high).

use super::cite;
use crate::rules::model::{Condition, Confidence, Flag, Test};
use crate::t;

const C: Confidence = Confidence::MediumHigh;

pub static PRECONDITIONS: [Condition; 5] = [
    Condition {
        id: "r2026_base_registered",
        text: t!(
            "在中华人民共和国境内注册、具有独立法人资格",
            "Registered in the PRC as an independent legal person"
        ),
        test: Test::Is(Flag::REGISTERED_INDEPENDENT_LEGAL_PERSON),
        citation: cite("第三条（基础条件）", "the 第三条-style baseline", C),
    },
    Condition {
        id: "r2026_base_sme",
        text: t!(
            "符合《中小企业划型标准规定》",
            "An SME under the 2011 size regulation"
        ),
        test: Test::IsSme,
        citation: cite("第三条（基础条件）", "SME size", C),
    },
    Condition {
        id: "r2026_base_not_listed",
        text: t!(
            "未被列入经营异常名录或严重失信主体名单",
            "Not on the abnormal-operations or seriously-dishonest list"
        ),
        test: Test::IsNot(Flag::ABNORMAL_OR_DISHONEST_LISTED),
        citation: cite("第三条（基础条件）", "no listing", C),
    },
    Condition {
        id: "r2026_base_products",
        text: t!(
            "产品（服务）不属于国家禁止、限制或淘汰类",
            "Products not in a prohibited, restricted or phase-out category"
        ),
        test: Test::IsNot(Flag::PROHIBITED_PRODUCTS),
        citation: cite("第三条（基础条件）", "no prohibited products", C),
    },
    Condition {
        id: "r2026_base_no_incident",
        text: t!(
            "近三年未发生重大安全、质量、环境污染事故或违法违规行为",
            "No major incident or violation in the last three years"
        ),
        test: Test::IsNot(Flag::MAJOR_INCIDENT_3Y),
        citation: cite("第三条（基础条件）", "no major incidents in 3 years", C),
    },
];
