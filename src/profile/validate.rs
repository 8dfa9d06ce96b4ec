//! Impossible values, each named by its field path with a message in
//! Chinese and English. The page shows these at the field; the command line
//! refuses the profile (exit status 2).

use super::{FieldError, Profile, Year, Years};
use rust_decimal_macros::dec;

/// Every impossible value in the profile (empty when it is consistent).
pub fn validate(p: &Profile) -> Vec<FieldError> {
    let mut v = Vec::new();
    let f = &p.financials;

    // Money that cannot be negative (净利润 can).
    for (name, years) in [
        ("operating_revenue", &f.operating_revenue),
        ("main_business_revenue", &f.main_business_revenue),
        ("rd_expense", &f.rd_expense),
        ("total_assets", &f.total_assets),
        ("total_liabilities", &f.total_liabilities),
        ("cost_expense_total", &f.cost_expense_total),
    ] {
        for y in Year::ALL {
            if let Some(x) = years.get(y) {
                let path = format!("financials.{name}.{}", y.key());
                if x.is_sign_negative() && !x.is_zero() {
                    v.push(FieldError::new(
                        path,
                        "金额不能为负数",
                        "must not be negative",
                    ));
                }
            }
        }
    }
    for (name, x) in [
        ("equity_financing_2y", f.equity_financing_2y),
        ("equity_financing_3y", f.equity_financing_3y),
    ] {
        if let Some(x) = x {
            let path = format!("financials.{name}");
            if x.is_sign_negative() && !x.is_zero() {
                v.push(FieldError::new(
                    path,
                    "金额不能为负数",
                    "must not be negative",
                ));
            }
        }
    }
    if let (Some(two), Some(three)) = (f.equity_financing_2y, f.equity_financing_3y) {
        if two > three {
            v.push(FieldError::new(
                "financials.equity_financing_2y",
                "近2年股权融资不能多于近3年股权融资",
                "equity financing over 2 years cannot exceed that over 3 years",
            ));
        }
    }

    // 主营业务收入 is part of 营业收入.
    for y in Year::ALL {
        if let (Some(main), Some(total)) =
            (f.main_business_revenue.get(y), f.operating_revenue.get(y))
        {
            if main > total {
                v.push(FieldError::new(
                    format!("financials.main_business_revenue.{}", y.key()),
                    "主营业务收入不能多于营业收入总额",
                    "main-business revenue cannot exceed operating revenue",
                ));
            }
        }
    }

    // A revenue of 0 is a fact, not an error (a company that started
    // trading last year): the rates and shares over it do not exist and are
    // scored as such (`Facts::undefined`, 附件4 十四), never rejected.

    // A zero denominator where a ratio needs it.
    zero_denominator(
        &mut v,
        &f.total_assets,
        "total_assets",
        Year::Y1,
        f.total_liabilities.y1.is_some(),
        "资产总额为 0，无法计算资产负债率",
        "total assets are 0, so the debt ratio cannot be computed",
    );

    // Head counts.
    let c = &p.company;
    if let Some(e) = c.employees {
        if e == 0 && c.rd_employees.is_some() {
            v.push(FieldError::new(
                "company.employees",
                "职工总数为 0，无法计算研发人员占比",
                "no employees, so the R&D staff share cannot be computed",
            ));
        }
        for (name, zh, en) in [
            (
                "rd_employees",
                "研发人员不能多于职工总数",
                "R&D staff cannot exceed total employees",
            ),
            (
                "sci_tech_staff",
                "科技人员不能多于职工总数",
                "science and technology staff cannot exceed total employees",
            ),
        ] {
            let n = if name == "rd_employees" {
                c.rd_employees
            } else {
                c.sci_tech_staff
            };
            if n.is_some_and(|n| n > e) {
                v.push(FieldError::new(format!("company.{name}"), zh, en));
            }
        }
    }
    // Intellectual property: the subsets of class I cannot exceed it.
    let ip = &p.ip;
    if let Some(total) = ip.class1 {
        for (name, n, zh) in [
            (
                "class1_high_value",
                ip.class1_high_value,
                "Ⅰ类高价值知识产权不能多于Ⅰ类知识产权总数",
            ),
            (
                "class1_self_developed",
                ip.class1_self_developed,
                "自主研发的Ⅰ类知识产权不能多于Ⅰ类知识产权总数",
            ),
            (
                "class1_applied_to_main_product",
                ip.class1_applied_to_main_product,
                "应用于主导产品的Ⅰ类知识产权不能多于Ⅰ类知识产权总数",
            ),
            (
                "class1_transferred_in",
                ip.class1_transferred_in,
                "受让的Ⅰ类知识产权不能多于Ⅰ类知识产权总数",
            ),
            (
                "class1_self_applied_top3",
                ip.class1_self_applied_top3,
                "自主申请且排名前三的Ⅰ类知识产权不能多于Ⅰ类知识产权总数",
            ),
        ] {
            if n.is_some_and(|n| n > total) {
                v.push(FieldError::new(
                    format!("ip.{name}"),
                    zh,
                    format!("{name} cannot exceed class1 (the total of class I IP)"),
                ));
            }
        }
    }
    // What the company applied for itself was not transferred in.
    if let (Some(total), Some(own), Some(moved)) = (
        ip.class1,
        ip.class1_self_applied_top3,
        ip.class1_transferred_in,
    ) {
        if own <= total && moved <= total && own + moved > total {
            v.push(FieldError::new(
                "ip.class1_self_applied_top3",
                "自主申请的Ⅰ类知识产权与受让取得的合计不能多于Ⅰ类知识产权总数",
                "self-applied and transferred-in class I IP together cannot exceed class1",
            ));
        }
    }
    // Qualifications.
    let q = &p.qualifications;
    if q.local_distinctive_score.is_some_and(|s| s > 15) {
        v.push(FieldError::new(
            "qualifications.local_distinctive_score",
            "特色化指标得分应在 0 到 15 分之间（附件2 指标9 满分 15 分）",
            "the local distinctive score must be between 0 and 15 (附件2 ind. 9, max 15)",
        ));
    }
    if q.digital_level.is_some_and(|l| l > 6) {
        v.push(FieldError::new(
            "qualifications.digital_level",
            "数字化水平等级应在 0 到 6 之间",
            "the digital level must be between 0 and 6",
        ));
    }
    if let Some(share) = q.market_share_pct {
        if share.is_sign_negative() && !share.is_zero() || share > dec!(100) {
            v.push(FieldError::new(
                "qualifications.market_share_pct",
                "市场占有率应在 0% 到 100% 之间",
                "market share must be between 0% and 100%",
            ));
        }
    }
    if let Some(award) = q.sci_tech_award {
        if award.rank == Some(0) {
            v.push(FieldError::new(
                "qualifications.sci_tech_award.rank",
                "排名从 1 开始",
                "rank starts at 1",
            ));
        }
    }
    for (name, s) in [
        ("platform_quality_score", q.platform_quality_score),
        ("platform_quality_score_prev", q.platform_quality_score_prev),
    ] {
        let Some(score) = s.and_then(|s| s.score) else {
            continue;
        };
        if score.is_sign_negative() && !score.is_zero() || score > dec!(100) {
            v.push(FieldError::new(
                format!("qualifications.{name}.score"),
                "发展质量评价得分应在 0 到 100 分之间",
                "the platform quality score must be between 0 and 100",
            ));
        }
    }

    super::bounds::check(p, &mut v);
    v
}

#[allow(clippy::too_many_arguments)]
fn zero_denominator(
    v: &mut Vec<FieldError>,
    years: &Years,
    name: &str,
    y: Year,
    needed: bool,
    zh: &str,
    en: &str,
) {
    if needed && years.get(y).is_some_and(|x| x.is_zero()) {
        v.push(FieldError::new(
            format!("financials.{name}.{}", y.key()),
            zh,
            en,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::parse_profile;

    fn paths(json: &str) -> Vec<String> {
        match parse_profile(json) {
            Ok(_) => vec![],
            Err(e) => e.paths().into_iter().map(String::from).collect(),
        }
    }

    #[test]
    fn impossible_values_name_their_field() {
        let doc = |body: &str| format!(r#"{{"format":"sme-profile/1",{body}}}"#);
        assert_eq!(
            paths(&doc(r#""financials":{"operating_revenue":{"y1":"-5"}}"#)),
            ["financials.operating_revenue.y1"]
        );
        assert_eq!(
            paths(&doc(r#""ip":{"class1":1,"class1_high_value":2}"#)),
            ["ip.class1_high_value"]
        );
        assert_eq!(
            paths(&doc(r#""company":{"employees":10,"rd_employees":11}"#)),
            ["company.rd_employees"]
        );
        assert_eq!(
            paths(&doc(r#""qualifications":{"local_distinctive_score":16}"#)),
            ["qualifications.local_distinctive_score"]
        );
        assert_eq!(
            paths(&doc(r#""qualifications":{"rd_institution":"galactic"}"#)),
            ["qualifications.rd_institution"]
        );
        assert_eq!(
            paths(&doc(
                r#""financials":{"operating_revenue":{"y1":"100"},"main_business_revenue":{"y1":"101"}}"#
            )),
            ["financials.main_business_revenue.y1"]
        );
        assert_eq!(
            paths(&doc(r#""financials":{"rd_expense":{"y1":"1e40"}}"#)),
            ["financials.rd_expense.y1"]
        );
    }

    #[test]
    fn zero_revenue_is_never_rejected() {
        // A start-up may have no revenue; the rates over it do not exist
        // (`Facts::undefined`), the profile is still assessed.
        for doc in [
            r#"{"format":"sme-profile/1","financials":{"operating_revenue":{"y1":0}}}"#,
            r#"{"format":"sme-profile/1","financials":{"operating_revenue":{"y1":0},"rd_expense":{"y1":5}}}"#,
            r#"{"format":"sme-profile/1","financials":{"main_business_revenue":{"y1":"10","y2":"0"}}}"#,
            r#"{"format":"sme-profile/1","financials":{"operating_revenue":{"y1":"10","y2":"0","y3":"0"},"rd_expense":{"y2":"0"}}}"#,
        ] {
            assert!(paths(doc).is_empty(), "{doc}");
        }
    }
}
