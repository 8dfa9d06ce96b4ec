//! 第三条: what every applicant for any tier must be.

use super::cite;
use crate::rules::model::{Condition, Flag, Test};
use crate::t;

pub static PRECONDITIONS: [Condition; 5] = [
    Condition {
        id: "art3_registered_legal_person",
        text: t!("在中华人民共和国境内工商注册登记、具有独立法人资格", "Registered in the PRC as an independent legal person"),
        test: Test::Is(Flag::REGISTERED_INDEPENDENT_LEGAL_PERSON),
        citation: cite("第三条", 1925, "参评优质中小企业应在中华人民共和国境内工商注册登记、具有独立法人资格"),
    },
    Condition {
        id: "art3_sme_size",
        text: t!("符合《中小企业划型标准规定》（属于中型、小型或微型企业）", "An SME under the 2011 size regulation (medium, small or micro)"),
        test: Test::IsSme,
        citation: cite("第三条", 1925, "符合《中小企业划型标准规定》"),
    },
    Condition {
        id: "art3_not_listed",
        text: t!("未被列入经营异常名录或严重失信主体名单", "Not on the list of abnormal operations or of seriously dishonest entities"),
        test: Test::IsNot(Flag::ABNORMAL_OR_DISHONEST_LISTED),
        citation: cite("第三条", 1925, "企业未被列入经营异常名录或严重失信主体名单"),
    },
    Condition {
        id: "art3_products_allowed",
        text: t!("产品（服务）不属于国家禁止、限制或淘汰类", "Products (services) not in a prohibited, restricted or phase-out category"),
        test: Test::IsNot(Flag::PROHIBITED_PRODUCTS),
        citation: cite("第三条", 1925, "提供的产品（服务）不属于国家禁止、限制或淘汰类"),
    },
    Condition {
        id: "art3_no_major_incident",
        text: t!("近三年未发生重大安全、质量、环境污染等事故以及偷漏税等违法违规行为", "No major safety, quality or pollution incident, and no tax evasion or other violation, in the last three years"),
        test: Test::IsNot(Flag::MAJOR_INCIDENT_3Y),
        citation: cite("第三条", 1925, "近三年未发生重大安全（含网络安全、数据安全）、质量、环境污染等事故以及偷漏税等违法违规行为"),
    },
];
