//! The limits of [`crate::limits`] checked on a profile: magnitudes and
//! decimal places of every amount, head and item counts, text lengths and
//! the achievements. Each message names the limit, in Chinese and English.

use super::{FieldError, Profile, Year};
use crate::limits::*;
use rust_decimal::Decimal;

/// `1234567` as `1,234,567`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The message for an amount over [`MAX_WAN`].
pub fn too_large_wan() -> (String, String) {
    let (zh, en) = MAX_WAN_WORDS;
    let wan = grouped(10_000_000_000);
    (
        format!("数值过大：上限为 {zh}（{wan} 万元）。金额单位是万元，请检查是否按元填写"),
        format!("too large: the limit is {en} ({wan} 万元). Amounts are in 万元 (10,000 CNY); check the figure was not entered in CNY"),
    )
}

/// The message for more than [`MAX_DECIMAL_PLACES`] decimal places.
pub fn too_precise() -> (String, String) {
    (
        format!("小数位数过多：最多 {MAX_DECIMAL_PLACES} 位"),
        format!("too many decimal places: at most {MAX_DECIMAL_PLACES}"),
    )
}

/// Checks one decimal: its magnitude (when `money`) and its places.
fn decimal(v: &mut Vec<FieldError>, path: String, x: Decimal, money: bool) {
    if money && x.abs() > MAX_WAN {
        let (zh, en) = too_large_wan();
        v.push(FieldError::new(path, zh, en));
    } else if x.normalize().scale() > MAX_DECIMAL_PLACES {
        let (zh, en) = too_precise();
        v.push(FieldError::new(path, zh, en));
    }
}

fn at_most(v: &mut Vec<FieldError>, path: String, n: Option<u32>, max: u32, unit: (&str, &str)) {
    if n.is_some_and(|n| n > max) {
        let limit = grouped(max.into());
        v.push(FieldError::new(
            path,
            format!("数值过大：上限为 {limit} {}，请检查", unit.0),
            format!("too large: the limit is {limit} {}; please check", unit.1),
        ));
    }
}

/// Every value of the profile beyond a limit.
pub fn check(p: &Profile, v: &mut Vec<FieldError>) {
    let f = &p.financials;
    for (name, years) in [
        ("operating_revenue", &f.operating_revenue),
        ("main_business_revenue", &f.main_business_revenue),
        ("rd_expense", &f.rd_expense),
        ("net_profit", &f.net_profit),
        ("total_assets", &f.total_assets),
        ("total_liabilities", &f.total_liabilities),
        ("cost_expense_total", &f.cost_expense_total),
    ] {
        for y in Year::ALL {
            if let Some(x) = years.get(y) {
                decimal(v, format!("financials.{name}.{}", y.key()), x, true);
            }
        }
    }
    for (name, x) in [
        ("equity_financing_2y", f.equity_financing_2y),
        ("equity_financing_3y", f.equity_financing_3y),
    ] {
        if let Some(x) = x {
            decimal(v, format!("financials.{name}"), x, true);
        }
    }
    let q = &p.qualifications;
    if let Some(x) = q.market_share_pct {
        decimal(v, "qualifications.market_share_pct".into(), x, false);
    }
    for (name, s) in [
        ("platform_quality_score", q.platform_quality_score),
        ("platform_quality_score_prev", q.platform_quality_score_prev),
    ] {
        if let Some(x) = s.and_then(|s| s.score) {
            decimal(v, format!("qualifications.{name}.score"), x, false);
        }
    }

    let c = &p.company;
    for (name, n) in [
        ("employees", c.employees),
        ("rd_employees", c.rd_employees),
        ("sci_tech_staff", c.sci_tech_staff),
    ] {
        at_most(
            v,
            format!("company.{name}"),
            n,
            MAX_PERSONS,
            ("人", "persons"),
        );
    }
    at_most(
        v,
        "company.years_in_niche".into(),
        c.years_in_niche,
        MAX_YEARS_IN_NICHE,
        ("年", "years"),
    );
    for (name, text) in [
        ("name", &c.name),
        ("province", &c.province),
        ("city", &c.city),
        ("district", &c.district),
    ] {
        if text
            .as_ref()
            .is_some_and(|t| t.chars().count() > MAX_TEXT_CHARS)
        {
            v.push(FieldError::new(
                format!("company.{name}"),
                format!("文字过长：最多 {MAX_TEXT_CHARS} 个字"),
                format!("too long: at most {MAX_TEXT_CHARS} characters"),
            ));
        }
    }

    let ip = &p.ip;
    for (name, n) in [
        ("class1", ip.class1),
        ("class1_self_developed", ip.class1_self_developed),
        ("class1_high_value", ip.class1_high_value),
        ("class2", ip.class2),
        (
            "class1_applied_to_main_product",
            ip.class1_applied_to_main_product,
        ),
        ("class1_transferred_in", ip.class1_transferred_in),
        ("class1_self_applied_top3", ip.class1_self_applied_top3),
    ] {
        at_most(v, format!("ip.{name}"), n, MAX_IP, ("项", "items"));
    }

    achievements(p, v);
}

/// The rows' problems: checked once per version of the rows. The page
/// checks a copy of the profile on every keystroke, and a keystroke in
/// any other field leaves the rows the same (`Rows::checked`).
fn achievements(p: &Profile, v: &mut Vec<FieldError>) {
    v.extend(p.achievements.checked(|| {
        let mut found = Vec::new();
        check_rows(p, &mut found);
        found
    }));
}

fn check_rows(p: &Profile, v: &mut Vec<FieldError>) {
    let n = p.achievements.len();
    if n > MAX_ACHIEVEMENTS {
        // One message for the list: each row would only repeat it.
        v.push(FieldError::new(
            "achievements",
            format!(
                "成果过多：最多 {MAX_ACHIEVEMENTS} 项，此档案有 {} 项。同类成果请合并为一行并填写数量",
                grouped(n as u64)
            ),
            format!(
                "too many achievements: at most {MAX_ACHIEVEMENTS}, this profile has {}. Put achievements of one kind on one row with a count",
                grouped(n as u64)
            ),
        ));
        return;
    }
    for (i, a) in p.achievements.iter().enumerate() {
        // The path is written only for a row over the limit: the page
        // checks every row on every keystroke.
        if a.count > MAX_ACHIEVEMENT_COUNT {
            at_most(
                v,
                format!("achievements[{i}].count"),
                Some(a.count),
                MAX_ACHIEVEMENT_COUNT,
                ("项", "items"),
            );
        }
        let long = |s: &str| s.chars().count() > MAX_ACHIEVEMENT_WORD_CHARS;
        if a.attributes.len() > MAX_ACHIEVEMENT_ATTRIBUTES {
            v.push(FieldError::new(
                format!("achievements[{i}]"),
                format!("成果的属性过多：最多 {MAX_ACHIEVEMENT_ATTRIBUTES} 项"),
                format!(
                    "too many attributes on an achievement: at most {MAX_ACHIEVEMENT_ATTRIBUTES}"
                ),
            ));
        } else if long(&a.kind)
            || a.upgraded_from.as_deref().is_some_and(long)
            || a.attributes.iter().any(|(k, x)| long(k) || long(x))
        {
            v.push(FieldError::new(
                format!("achievements[{i}]"),
                format!("成果的类型或属性过长：每项最多 {MAX_ACHIEVEMENT_WORD_CHARS} 个字"),
                format!("an achievement's kind or attribute is too long: at most {MAX_ACHIEVEMENT_WORD_CHARS} characters each"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{validate, Achievement};
    use rust_decimal_macros::dec;

    fn errors(p: &Profile) -> Vec<(String, String)> {
        validate(p).into_iter().map(|e| (e.path, e.zh)).collect()
    }

    #[test]
    fn grouping() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(10_000_000_000), "10,000,000,000");
    }

    #[test]
    fn money_at_and_over_the_limit() {
        let mut p = Profile::empty();
        p.financials.operating_revenue.y1 = Some(MAX_WAN);
        p.financials.net_profit.y1 = Some(-MAX_WAN);
        assert!(errors(&p).is_empty());
        p.financials.operating_revenue.y1 = Some(MAX_WAN + dec!(0.0001));
        p.financials.net_profit.y1 = Some(dec!(-79228162514264337593543950335));
        let e = errors(&p);
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(e[0].1.contains("100 万亿元"), "{}", e[0].1);
        assert_eq!(e[1].0, "financials.net_profit.y1");
    }

    #[test]
    fn decimal_places() {
        let mut p = Profile::empty();
        p.financials.rd_expense.y1 = Some(dec!(1.23450000));
        assert!(errors(&p).is_empty(), "trailing zeros do not count");
        p.financials.rd_expense.y1 = Some(dec!(1.23456));
        p.qualifications.market_share_pct = Some(dec!(0.00001));
        assert_eq!(
            errors(&p).iter().map(|e| e.0.as_str()).collect::<Vec<_>>(),
            [
                "financials.rd_expense.y1",
                "qualifications.market_share_pct"
            ]
        );
    }

    #[test]
    fn achievements_at_and_over_the_limit() {
        let mut p = Profile::empty();
        p.achievements =
            vec![Achievement::new("standard", &[], MAX_ACHIEVEMENT_COUNT); MAX_ACHIEVEMENTS].into();
        assert!(errors(&p).is_empty());
        p.achievements.push(Achievement::new("standard", &[], 1));
        let e = errors(&p);
        assert_eq!(e.len(), 1, "one message for the list");
        assert_eq!(e[0].0, "achievements");
        assert!(
            e[0].1.contains("最多 200 项，此档案有 201 项"),
            "{}",
            e[0].1
        );
        p.achievements.truncate(2);
        p.achievements[1].count = MAX_ACHIEVEMENT_COUNT + 1;
        p.achievements[0].kind = "x".repeat(65);
        let paths: Vec<String> = errors(&p).into_iter().map(|e| e.0).collect();
        assert_eq!(paths, ["achievements[0]", "achievements[1].count"]);
    }

    #[test]
    fn text_lengths() {
        let mut p = Profile::empty();
        p.company.name = Some("甲".repeat(MAX_TEXT_CHARS));
        assert!(errors(&p).is_empty());
        p.company.name = Some("甲".repeat(MAX_TEXT_CHARS + 1));
        assert_eq!(errors(&p)[0].0, "company.name");
    }
}
