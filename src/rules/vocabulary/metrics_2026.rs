//! The metrics only the 2026 rulebook reads, declared here so that
//! `metrics.rs` stays one screenful per concept; `metrics.rs` lists them in
//! its single table.

use super::derive::{
    applied_not_transferred, applied_not_transferred_count, applied_self_top3,
    applied_self_top3_count, count, ip_subset, more_ip, self_top3, value, CLASS1,
};
use super::lever::{IpKind, Lever, Reach};
use super::metric::{MetricDef, Unit, BASE};
use crate::t;
use rust_decimal::Decimal;

fn range(r: (Option<u32>, Option<u32>)) -> (Option<Decimal>, Option<Decimal>) {
    (r.0.map(Decimal::from), r.1.map(Decimal::from))
}

pub(super) const PLATFORM_QUALITY_SCORE: MetricDef = MetricDef {
    key: "platform_quality_score",
    name: t!(
        "培育平台发展质量评价得分",
        "Platform development-quality score"
    ),
    unit: Unit::Points,
    inputs: &["qualifications.platform_quality_score.score"],
    derive: |p| {
        value(
            p.qualifications
                .platform_quality_score
                .and_then(|s| s.score),
        )
    },
    ..BASE
};

/// The year before's platform score (a 小巨人 review may use it).
pub(super) const PLATFORM_QUALITY_SCORE_PREV: MetricDef = MetricDef {
    key: "platform_quality_score_prev",
    name: t!(
        "上一年度培育平台发展质量评价得分",
        "Platform development-quality score, the year before"
    ),
    unit: Unit::Points,
    inputs: &["qualifications.platform_quality_score_prev.score"],
    derive: |p| {
        value(
            p.qualifications
                .platform_quality_score_prev
                .and_then(|s| s.score),
        )
    },
    ..BASE
};

/// Ⅰ类 applied to the main product and not transferred in (2026): a
/// range unless the counts force it.
pub(super) const IP_CLASS1_APPLIED_NOT_TRANSFERRED: MetricDef = MetricDef {
    key: "ip_class1_applied_not_transferred",
    name: t!(
        "已应用于主导产品且非受让的Ⅰ类知识产权",
        "Class I IP applied to the main product, not transferred in"
    ),
    unit: Unit::Items,
    inputs: &[
        "ip.class1_transferred_in",
        "ip.class1_applied_to_main_product",
        "ip.class1",
    ],
    derive: |p| count(applied_not_transferred_count(p)),
    bounds: |p| range(applied_not_transferred(p)),
    reach: Some(Reach {
        lever: Lever::AddIp(IpKind::Class1Applied),
        amount: |p, t| more_ip(applied_not_transferred_count(p), t),
    }),
    citation: CLASS1,
    ..BASE
};

/// Ⅰ类 the company applied for itself and holds ranked 1–3 among the
/// rights holders (2026 corrections): unknown until answered, at most the
/// Ⅰ类 not transferred in.
pub(super) const IP_CLASS1_SELF_TOP3: MetricDef = MetricDef {
    key: "ip_class1_self_applied_top3",
    name: t!(
        "自主申请且排名前三的Ⅰ类知识产权",
        "Class I IP self-applied, company ranked 1–3"
    ),
    unit: Unit::Items,
    inputs: &["ip.class1_self_applied_top3", "ip.class1"],
    derive: |p| count(ip_subset(p, p.ip.class1_self_applied_top3)),
    bounds: |p| range(self_top3(p)),
    reach: Some(Reach {
        lever: Lever::AddIp(IpKind::Class1SelfTop3),
        amount: |p, t| more_ip(p.ip.class1_self_applied_top3, t),
    }),
    citation: CLASS1,
    ..BASE
};

/// …and applied to the main product with economic benefit (2026 专精特新):
/// the profile counts the two separately, so a range unless they force it.
pub(super) const IP_CLASS1_APPLIED_SELF_TOP3: MetricDef = MetricDef {
    key: "ip_class1_applied_self_applied_top3",
    name: t!(
        "已应用于主导产品、自主申请且排名前三的Ⅰ类知识产权",
        "Class I IP applied to the main product, self-applied, company ranked 1–3"
    ),
    unit: Unit::Items,
    inputs: &[
        "ip.class1_self_applied_top3",
        "ip.class1_applied_to_main_product",
        "ip.class1",
    ],
    derive: |p| count(applied_self_top3_count(p)),
    bounds: |p| range(applied_self_top3(p)),
    reach: Some(Reach {
        lever: Lever::AddIp(IpKind::Class1SelfTop3),
        amount: |p, t| more_ip(applied_self_top3_count(p), t),
    }),
    citation: CLASS1,
    ..BASE
};
