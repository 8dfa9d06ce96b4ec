//! When a move can count, and how big it is for this company.
//!
//! The rules read audited past figures (上年度 = the calendar year before
//! the application; 附件4 一: "按企业上一完整会计年度审计报告期末数"), so a move
//! never changes them: money spent this year counts when this year becomes
//! 上年度, i.e. for next year's application. Such a move is tried on the
//! profile as it would stand then ([`stand_next_year`]); a move that does
//! not rest on a year's accounts (IP, staff, certification, an R&D
//! institution, the digital level, equity) can count for this year's
//! application and is tried on the profile as it is.

use super::moves::Move;
use crate::date::Date;
use crate::engine::explain::fmt_decimal as fmt;
use crate::profile::{Profile, Years};
use crate::rules::vocabulary::{IpKind, Lever};
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

/// What a company can plausibly do in one year. Not from the rules: our
/// yardsticks, so that advice beyond them is marked 难度大 and ranked last.
///
/// R&D above 15% of revenue: the 2022 rules' own top band asks 研发费用
/// 占比 ≥ 10% (附件2 指标11 A) and few manufacturing SMEs spend more than
/// 10–15%; beyond that the advice stops being a budget decision.
pub const MAX_RD_SHARE_PCT: Decimal = dec!(15);
/// Revenue growth above 50% a year: several times what the growth bands
/// reward at the top (附件1 指标3 A: 15% 以上); we also never project a
/// company to grow faster than this.
pub const MAX_REVENUE_GROWTH_PCT: Decimal = dec!(50);
/// More than 5 new Ⅰ类 IP in a year: an invention patent takes 1–2 years to
/// grant, so more than a handful in a year means buying them in, which
/// 附件3 discounts ("不含转让").
pub const MAX_NEW_CLASS1_IP_PER_YEAR: u32 = 5;

/// Does the lever change a year's audited figures (so counts only once
/// this year is 上年度)?
pub fn counts_next_year(lever: Lever) -> bool {
    matches!(lever, Lever::RdExpense)
}

/// The same day a year later (29 February → 28 February).
pub fn a_year_later(d: Date) -> Date {
    Date::from_ymd(d.year() + 1, d.month(), d.day()).unwrap_or(Date::ymd(d.year() + 1, 2, 28))
}

/// This year's growth factor for the projection: last year's growth of
/// 营业收入 (or 主营业务收入), capped at [`MAX_REVENUE_GROWTH_PCT`], cut to 4
/// decimals so every projected figure stays an exact decimal; 1 (flat)
/// when last year's growth cannot be computed.
fn growth_factor(p: &Profile) -> Decimal {
    let f = &p.financials;
    let ratio = |y: &Years| match (y.y1, y.y2) {
        (Some(a), Some(b)) if b > Decimal::ZERO && !a.is_sign_negative() => a.checked_div(b),
        _ => None,
    };
    let cap = Decimal::ONE + MAX_REVENUE_GROWTH_PCT / dec!(100);
    ratio(&f.operating_revenue)
        .or_else(|| ratio(&f.main_business_revenue))
        .map_or(Decimal::ONE, |r| {
            r.min(cap)
                .round_dp_with_strategy(4, RoundingStrategy::ToZero)
        })
}

/// The profile as it would stand a year after `date`, before any move:
/// each year moves back one (上年度 becomes 上上年度); this year's 营业收入,
/// 主营业务收入, 研发费用, 净利润 and 成本费用 are last year's grown at last
/// year's rate (capped), so ratios stay where they are; assets and
/// liabilities stay flat; one more year in the niche. Returned with the
/// date a year later.
pub fn stand_next_year(p: &Profile, date: Date) -> (Profile, Date) {
    let k = growth_factor(p);
    let grown = |y: Years| Years {
        y1: y.y1.and_then(|v| v.checked_mul(k)),
        y2: y.y1,
        y3: y.y2,
    };
    let flat = |y: Years| Years {
        y1: y.y1,
        y2: y.y1,
        y3: y.y2,
    };
    let mut n = p.clone();
    let f = &mut n.financials;
    f.operating_revenue = grown(f.operating_revenue);
    f.main_business_revenue = grown(f.main_business_revenue);
    f.rd_expense = grown(f.rd_expense);
    f.net_profit = grown(f.net_profit);
    f.cost_expense_total = grown(f.cost_expense_total);
    f.total_assets = flat(f.total_assets);
    f.total_liabilities = flat(f.total_liabilities);
    n.company.years_in_niche = n.company.years_in_niche.map(|y| y.saturating_add(1));
    let later = a_year_later(date);
    if n.assessment_date.is_some() {
        n.assessment_date = Some(later);
    }
    (n, later)
}

/// The profile as it stands in application year `year` (this year or
/// next), with its date: where a move naming that year is tried.
pub fn stand_in(p: &Profile, date: Date, year: i32) -> (Profile, Date) {
    if year > date.year() {
        stand_next_year(p, date)
    } else {
        (p.clone(), date)
    }
}

/// A move's size against the company, in words, and whether it is beyond
/// the plausible ([`MAX_RD_SHARE_PCT`], [`MAX_NEW_CLASS1_IP_PER_YEAR`]).
/// `today` is the profile as entered, `at` the one the move is applied to
/// (for R&D: next year's, whose 上年度 is this year).
pub fn size(m: &Move, today: &Profile, at: &Profile) -> (String, String, bool) {
    let f = &at.financials;
    let share = |x: Decimal, of: Option<Decimal>| {
        of.filter(|r| *r > Decimal::ZERO)
            .and_then(|r| x.checked_mul(dec!(100))?.checked_div(r))
    };
    match m.lever {
        Lever::RdExpense => {
            let total = f.rd_expense.y1.and_then(|r| r.checked_add(m.amount));
            let more = total
                .zip(today.financials.rd_expense.y1)
                .and_then(|(t, was)| t.checked_sub(was));
            let revenue = f.operating_revenue.y1;
            match (more, total.and_then(|t| share(t, revenue))) {
                (Some(more), Some(pct)) => {
                    let of = share(more, revenue).map(fmt).unwrap_or_default();
                    (
                        format!(
                            "研发费用 +{} 万元 = 营业收入的 {of}%，全年研发费用占营业收入 {}%",
                            fmt(more),
                            fmt(pct)
                        ),
                        format!(
                            "R&D +{} 万元 = {of}% of revenue; R&D for the year {}% of revenue",
                            fmt(more),
                            fmt(pct)
                        ),
                        pct > MAX_RD_SHARE_PCT,
                    )
                }
                _ => (
                    format!("研发费用 +{} 万元", fmt(m.amount)),
                    format!("R&D +{} 万元", fmt(m.amount)),
                    false,
                ),
            }
        }
        Lever::Equity => match share(m.amount, f.operating_revenue.y1) {
            Some(pct) => (
                format!(
                    "融资 {} 万元 = 上年度营业收入的 {}%",
                    fmt(m.amount),
                    fmt(pct)
                ),
                format!(
                    "{} 万元 raised, {}% of last year's revenue",
                    fmt(m.amount),
                    fmt(pct)
                ),
                false,
            ),
            None => (
                format!("融资 {} 万元", fmt(m.amount)),
                format!("{} 万元 raised", fmt(m.amount)),
                false,
            ),
        },
        Lever::HireRdStaff | Lever::HireSciTechStaff => {
            let staff = at.company.employees.map(Decimal::from);
            match share(m.amount, staff) {
                Some(pct) => (
                    format!("+{} 人 = 现有职工的 {}%", fmt(m.amount), fmt(pct)),
                    format!(
                        "+{} staff, {}% of the present workforce",
                        fmt(m.amount),
                        fmt(pct)
                    ),
                    false,
                ),
                None => (
                    format!("+{} 人", fmt(m.amount)),
                    format!("+{} staff", fmt(m.amount)),
                    false,
                ),
            }
        }
        Lever::AddIp(kind) => {
            let class1 = kind != IpKind::Class2 && kind != IpKind::Class1Applied;
            (
                format!("一年内新增 {} 项", fmt(m.amount)),
                format!("{} new in a year", fmt(m.amount)),
                class1 && m.amount > Decimal::from(MAX_NEW_CLASS1_IP_PER_YEAR),
            )
        }
        Lever::Certify(_) | Lever::Institution | Lever::Digital => (
            "一项认定或评价".into(),
            "one recognition or rating".into(),
            false,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_year_moves_the_years_back_and_keeps_the_ratios() {
        let mut p = Profile::empty();
        p.financials.operating_revenue = Years {
            y1: Some(dec!(11000)),
            y2: Some(dec!(10000)),
            y3: Some(dec!(9000)),
        };
        p.financials.rd_expense = Years {
            y1: Some(dec!(330)),
            y2: Some(dec!(300)),
            y3: None,
        };
        p.company.years_in_niche = Some(2);
        let (n, d) = stand_next_year(&p, Date::ymd(2026, 3, 1));
        assert_eq!(d, Date::ymd(2027, 3, 1));
        assert_eq!(
            n.financials.operating_revenue,
            Years {
                y1: Some(dec!(12100)),
                y2: Some(dec!(11000)),
                y3: Some(dec!(10000))
            }
        );
        assert_eq!(n.financials.rd_expense.y1, Some(dec!(363)));
        assert_eq!(n.financials.rd_expense.y2, Some(dec!(330)));
        assert_eq!(n.company.years_in_niche, Some(3));
        // Growth beyond 50% is projected at 50%.
        p.financials.operating_revenue.y2 = Some(dec!(1000));
        assert_eq!(
            stand_next_year(&p, Date::ymd(2026, 3, 1))
                .0
                .financials
                .operating_revenue
                .y1,
            Some(dec!(16500))
        );
    }
}
