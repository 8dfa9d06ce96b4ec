//! How a metric's value is written: its name and unit (from the
//! vocabulary), decimals as people write them, and what the profile shows
//! for the metrics a test reads.

use crate::facts::Facts;
use crate::rules::model::{Metric, Test};
use crate::rules::vocabulary::Unit;
use crate::text::Message;
use rust_decimal::Decimal;

/// A metric's name and unit.
pub fn metric_name(m: Metric) -> (Message, Unit) {
    let d = m.def();
    (Message::from(d.name), d.unit)
}

/// A decimal as people write it: at most 2 decimals, no trailing zeros;
/// but never rounded onto a whole number it is not (2.9999 stays 2.9999,
/// not "3"), as bounds are whole numbers and the figure must show which
/// side of one it is on. Beyond 4 decimals it is cut towards zero.
pub fn fmt_decimal(d: Decimal) -> String {
    let r = d.round_dp(2);
    if r.fract().is_zero() && r != d {
        return d
            .round_dp_with_strategy(4, rust_decimal::RoundingStrategy::ToZero)
            .normalize()
            .to_string();
    }
    r.normalize().to_string()
}

/// A value with its unit.
pub fn fmt_value(v: Decimal, unit: Unit) -> Message {
    let n = fmt_decimal(v);
    match unit {
        Unit::Percent => Message::new(format!("{n}%"), format!("{n}%")),
        Unit::Wan => Message::new(format!("{n} 万元"), format!("{n} 万元")),
        Unit::Persons => Message::new(format!("{n} 人"), format!("{n} persons")),
        Unit::Years => Message::new(format!("{n} 年"), format!("{n} years")),
        Unit::Items => Message::new(format!("{n} 项"), format!("{n} items")),
        Unit::Level => Message::new(format!("{n} 级"), format!("level {n}")),
        Unit::Points => Message::new(format!("{n} 分"), format!("{n} points")),
    }
}

/// Why a metric does not exist, when a base it divides by is 0: "无法计算：
/// 2023 年主营业务收入为 0", with our reading of 附件4 (十四) (no rate, no
/// band: 0 分, a "不低于" not met; see `Facts::undefined`). The calendar
/// year is the one the field covers on the assessment date.
pub fn undefined_words(m: Metric, f: &Facts) -> Option<Message> {
    let path = f.undefined(m)?;
    let label = crate::profile::fields::field(path)?.label;
    let year = crate::profile::Year::ALL
        .into_iter()
        .find(|y| path.ends_with(y.key()))?
        .calendar_year(f.date);
    Some(Message::new(
        format!(
            "无法计算：{year} 年{}为 0（以该年为分母，无值；按附件4（十四）不落入任何分档，计 0 分）",
            label.zh
        ),
        format!(
            "cannot be computed: {} of {year} is 0 (the divisor; no value, so under 附件4 (十四) no band is reached: 0 points)",
            label.en.to_lowercase()
        ),
    ))
}

/// A name that says 上年度 / 上上年度 / 前年度 with the calendar year first,
/// the relative word kept as a hint: "上年度研发费用总额" assessed in 2026 →
/// "2025 年研发费用总额（上年度）"; "R&D expense (last year)" → "R&D expense
/// (2025, last year)". Names without such a word are returned as they are.
pub fn dated(name: &Message, assessed: crate::date::Date) -> Message {
    use crate::profile::Year;
    let zh = [
        ("上上年度", Year::Y2),
        ("上年度", Year::Y1),
        ("前年度", Year::Y3),
    ]
    .into_iter()
    .find_map(|(w, y)| {
        let rest = name.zh.strip_prefix(w)?;
        Some(format!("{} 年{rest}（{w}）", y.calendar_year(assessed)))
    })
    .unwrap_or_else(|| name.zh.clone());
    let en = [
        ("(last year)", Year::Y1),
        ("(the year before)", Year::Y2),
        (", last year", Year::Y1),
    ]
    .into_iter()
    .find_map(|(w, y)| {
        let (head, tail) = name.en.split_once(w)?;
        let inner = w.trim_start_matches([',', ' ']).trim_matches(['(', ')']);
        Some(format!("{head} ({}, {inner}){tail}", y.calendar_year(assessed)).replace("  (", " ("))
    })
    .unwrap_or_else(|| name.en.clone());
    Message::new(zh, en)
}

/// What the profile shows for each metric a test reads ("研发费用占比 2.5%").
pub fn observed(test: &Test, f: &Facts) -> Vec<Message> {
    let mut metrics = Vec::new();
    collect_metrics(test, &mut metrics);
    metrics
        .into_iter()
        .filter_map(|m| {
            let (name, unit) = metric_name(m);
            let name = dated(&name, f.date);
            if let Some(u) = undefined_words(m, f) {
                return Some(Message::new(
                    format!("{}{}", name.zh, u.zh),
                    format!("{} {}", name.en, u.en),
                ));
            }
            f.metric(m).map(|v| {
                let val = fmt_value(v, unit);
                Message::new(
                    format!("{}为 {}", name.zh, val.zh),
                    format!("{} is {}", name.en, val.en),
                )
            })
        })
        .collect()
}

fn collect_metrics(test: &Test, out: &mut Vec<Metric>) {
    match test {
        Test::AtLeast(m, _) | Test::AtMost(m, _) | Test::Below(m, _) | Test::Above(m, _)
            if !out.contains(m) =>
        {
            out.push(*m)
        }
        Test::All(ts) | Test::Any(ts) => ts.iter().for_each(|t| collect_metrics(t, out)),
        _ => {}
    }
}

#[cfg(test)]
mod fmt_tests {
    use super::fmt_decimal;
    use rust_decimal_macros::dec;

    #[test]
    fn relative_years_are_named_by_their_calendar_year() {
        use super::{dated, Message};
        let d = crate::date::Date::ymd(2026, 3, 1);
        let m = |zh: &str, en: &str| dated(&Message::new(zh, en), d);
        let a = m("上年度研发费用总额", "R&D expense (last year)");
        assert_eq!(
            (a.zh.as_str(), a.en.as_str()),
            (
                "2025 年研发费用总额（上年度）",
                "R&D expense (2025, last year)"
            )
        );
        let b = m(
            "上上年度研发费用占营业收入比重",
            "R&D / revenue (the year before)",
        );
        assert_eq!(
            (b.zh.as_str(), b.en.as_str()),
            (
                "2024 年研发费用占营业收入比重（上上年度）",
                "R&D / revenue (2024, the year before)"
            )
        );
        let c = m("上年度净利润率", "Net margin, last year");
        assert_eq!(c.en, "Net margin (2025, last year)");
        assert_eq!(m("研发人员占比", "R&D staff share").zh, "研发人员占比");
    }

    #[test]
    fn a_figure_never_lands_on_a_bound_it_misses() {
        assert_eq!(fmt_decimal(dec!(2.9999)), "2.9999");
        assert_eq!(fmt_decimal(dec!(2.99999)), "2.9999");
        assert_eq!(fmt_decimal(dec!(3.00001)), "3");
        assert_eq!(fmt_decimal(dec!(3.0001)), "3.0001");
        assert_eq!(fmt_decimal(dec!(12.3456)), "12.35");
        assert_eq!(fmt_decimal(dec!(3)), "3");
    }
}
