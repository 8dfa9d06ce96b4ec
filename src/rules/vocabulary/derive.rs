//! The pieces the metric declarations are built from: the 附件4 clauses
//! that define them, exact derivations shared by several metrics, and the
//! inversions the advice uses.

use crate::number::Pct;
use crate::profile::Profile;
use crate::rules::documents::MIIT_2022;
use crate::rules::model::{Citation, Confidence};
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

/// A definition in 附件4 of the 2022 办法 (seed 002).
pub(super) const fn annex4(
    article: &'static str,
    line: u32,
    quote: &'static str,
) -> Option<Citation> {
    Some(Citation {
        document: &MIIT_2022,
        article,
        seed_line: Some(line),
        quote,
        confidence: Confidence::Official,
    })
}

pub(super) const ANNUAL: Option<Citation> = annex4(
    "附件4（一）",
    2272,
    "一般使用企业近 1 年的年度数据, 具体定义为: 指企业上一完整会计年度, 以企业上一年度审计报告期末数为准。",
);
pub(super) const GROWTH: Option<Citation> = annex4(
    "附件4（十四）",
    2312,
    "企业上一年度主营业务收入增长率=（企业上一年度主营业务收入总额-企业上上年度主营业务收入总额）/企业上上年度主营业务收入总额*100%。其他年度主营业务收入增长率计算方法以此类推。",
);
pub(super) const CLASS1: Option<Citation> = annex4(
    "附件4（三）",
    2279,
    "所称“ I 类知识产权”包括发明专利(含国防专利)、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权(均不包含转让未满 1 年的知识产权)。",
);
pub(super) const EQUITY: Option<Citation> = annex4(
    "附件4（八）",
    2296,
    "所称“股权融资”是指公司股东稀释部分公司股权给投资人，以增资扩股（出让股权不超过 30%）的方式引进新的股东，从而取得公司融资的方式。",
);

pub(super) const MAIN_PRODUCT: Option<Citation> = annex4(
    "附件4（十）",
    2300,
    "所称“主导产品”是指企业核心技术在产品中发挥重要作用，且产品收入之和占企业同期营业收入比重超过 50%。",
);

pub(super) const AVERAGE_GROWTH: Option<Citation> = annex4(
    "附件4（十四）",
    2310,
    "近 2 年主营业务收入平均增长率=（企业上一年度主营业务收入增长率+企业上上年度主营业务收入增长率）/2。",
);

pub(super) const MARKET_SHARE: Option<Citation> = annex4(
    "附件4（十一）",
    2302,
    "所称“主导产品在全国细分市场占有率达 10%以上，且享有较高知名度和影响力”可通过企业自证或其他方式佐证。",
);

pub(super) const DIGITAL: Option<Citation> = annex4(
    "附件4（六）",
    2290,
    "所称“企业数字化转型水平”是指在优质中小企业梯度培育平台完成数字化水平免费自测",
);

pub(super) const HIGH_VALUE: Option<Citation> = annex4(
    "附件4（四）",
    2281,
    "所称“ I 类高价值知识产权”须符合以下条件之一",
);

pub(super) const CLASS2: Option<Citation> = annex4(
    "附件4（五）",
    2288,
    "所称“ II 类知识产权”包括与主导产品相关的软件著作权(不含商标)、授权后维持超过 2 年的实用新型专利或外观设计专利(均不包含转让未满 1 年的知识产权)。",
);

pub(super) fn value(d: Option<Decimal>) -> Option<Pct> {
    d.map(Pct::from_decimal)
}

pub(super) fn count(n: Option<u32>) -> Option<Pct> {
    n.map(Pct::count)
}

/// Rounds a target up to 0.01 万元 (100 yuan) so the threshold is met.
fn ceil_cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::ToPositiveInfinity)
}

/// Staff to hire so that (s + n) / (e + n) ≥ t/100:
/// n ≥ (t·e − 100·s) / (100 − t).
pub(super) fn hires(staff: Option<u32>, employees: Option<u32>, t: Decimal) -> Option<Decimal> {
    let (s, e) = (staff?, employees?);
    if t >= dec!(100) {
        return None;
    }
    let need = t
        .checked_mul(Decimal::from(e))?
        .checked_sub(dec!(100).checked_mul(Decimal::from(s))?)?;
    Some(need.checked_div(dec!(100).checked_sub(t)?)?.ceil())
}

/// A subset of Ⅰ类 IP: known to be 0 when Ⅰ类 is 0.
pub(super) fn ip_subset(p: &Profile, v: Option<u32>) -> Option<u32> {
    v.or(if p.ip.class1 == Some(0) {
        Some(0)
    } else {
        None
    })
}

/// The least and most Ⅰ类 IP that can be both applied to the main product
/// and not transferred in: at least applied − transferred, at most the
/// smaller of applied and (Ⅰ类 − transferred). The profile counts the two
/// separately, so the count is known exactly only when these meet.
pub(super) fn applied_not_transferred(p: &Profile) -> (Option<u32>, Option<u32>) {
    let ip = &p.ip;
    let applied = ip_subset(p, ip.class1_applied_to_main_product);
    let transferred = ip_subset(p, ip.class1_transferred_in);
    let own = ip.class1.zip(transferred).map(|(c, t)| c.saturating_sub(t));
    let lo = match (applied, transferred) {
        (Some(a), Some(t)) => Some(a.saturating_sub(t)),
        _ => Some(0),
    };
    let hi = match (applied, own) {
        (Some(a), Some(o)) => Some(a.min(o)),
        (Some(a), None) => Some(a),
        (None, Some(o)) => Some(o),
        (None, None) => ip.class1,
    };
    (lo, hi)
}

pub(super) fn applied_not_transferred_count(p: &Profile) -> Option<u32> {
    match applied_not_transferred(p) {
        (Some(lo), Some(hi)) if lo == hi => Some(lo),
        _ => None,
    }
}

/// The least and most Ⅰ类 IP self-applied with the company ranked 1–3:
/// the answer when given; else from 0 to the Ⅰ类 not transferred in.
pub(super) fn self_top3(p: &Profile) -> (Option<u32>, Option<u32>) {
    let ip = &p.ip;
    match ip_subset(p, ip.class1_self_applied_top3) {
        Some(n) => (Some(n), Some(n)),
        None => {
            let moved = ip.class1_transferred_in.unwrap_or(0);
            (Some(0), ip.class1.map(|c| c.saturating_sub(moved)))
        }
    }
}

/// The least and most Ⅰ类 IP both applied to the main product and
/// self-applied top-3: of `c` Ⅰ类, `a` applied and `s` self-applied
/// overlap in at least a + s − c and at most min(a, s).
pub(super) fn applied_self_top3(p: &Profile) -> (Option<u32>, Option<u32>) {
    let (s_lo, s_hi) = self_top3(p);
    let applied = ip_subset(p, p.ip.class1_applied_to_main_product);
    let lo = match (applied, s_lo, p.ip.class1) {
        (Some(a), Some(s), Some(c)) => (a + s).saturating_sub(c),
        _ => 0,
    };
    let hi = match (applied.or(p.ip.class1), s_hi) {
        (Some(a), Some(s)) => Some(a.min(s)),
        (a, s) => a.or(s),
    };
    (Some(lo), hi)
}

pub(super) fn applied_self_top3_count(p: &Profile) -> Option<u32> {
    match applied_self_top3(p) {
        (Some(lo), Some(hi)) if lo == hi => Some(lo),
        _ => None,
    }
}

/// IP to obtain: the threshold less what the company holds.
pub(super) fn more_ip(have: Option<u32>, t: Decimal) -> Option<Decimal> {
    t.checked_sub(Decimal::from(have?))
}

/// CAGR ≥ t% ⇔ y1 ≥ y3 × (1 + t/100)², compared without a square root.
pub(super) fn cagr_at_least(p: &Profile, t: Decimal) -> Option<bool> {
    let rev = &p.financials.operating_revenue;
    let (y1, y3) = (rev.y1?, rev.y3?);
    if y3 <= Decimal::ZERO {
        return None;
    }
    let factor = Decimal::ONE.checked_add(t.checked_div(dec!(100))?)?;
    Some(y1 >= y3.checked_mul(factor.checked_mul(factor)?)?)
}

/// R&D spend that brings R&D / `base` × 100 to `t`: the target rounded up
/// to 0.01 万元, less last year's R&D. `None` (no advice) where a figure
/// beyond every limit makes the amount overflow.
pub(super) fn rd_for(base: Option<Decimal>, p: &Profile, t: Decimal) -> Option<Decimal> {
    let (rd, base) = (p.financials.rd_expense.y1?, base?);
    let target = t.checked_mul(base)?.checked_div(dec!(100))?;
    ceil_cents(target).checked_sub(rd)
}

/// R&D spend that brings two years' total to `total`.
pub(super) fn rd_more(p: &Profile, total: Decimal) -> Option<Decimal> {
    let r = &p.financials.rd_expense;
    total.checked_sub(r.y2?)?.checked_sub(r.y1?)
}
