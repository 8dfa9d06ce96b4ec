//! What changed between the 2022 and the 2026 rules, as data: each row
//! names the conditions or indicators it concerns in both rulebooks, so the
//! side-by-side view can show how this company fares under each.

use crate::t;
use crate::text::Text;

pub struct Change {
    pub topic: Text,
    pub before: Text,
    pub after: Text,
    /// Indicator, condition or requirement ids in the 2022 assessment.
    pub ids_2022: &'static [&'static str],
    /// …and in the 2026 assessment.
    pub ids_2026: &'static [&'static str],
}

pub static CHANGES: [Change; 10] = [
    Change { topic: t!("基础层级", "Bottom tier"),
        before: t!("创新型中小企业（附件1 评分）", "Innovative SME (附件1 score)"),
        after: t!("科技和创新型中小企业：科技型中小企业或创新型中小企业之一", "Technology-based or innovative SME, either"),
        ids_2022: &["annex1_announcement"], ids_2026: &["tech_sme_score_or_direct", "annex1_announcement"] },
    Change { topic: t!("专精特新：细分市场年限", "SRDI: years in the niche"),
        before: t!("2 年以上", "2 years or more"), after: t!("3 年以上", "3 years or more"),
        ids_2022: &["annex2_cond1_years_in_niche"], ids_2026: &["r2026_srdi_years"] },
    Change { topic: t!("专精特新：营业收入门槛", "SRDI: revenue"),
        before: t!("1000 万元以上，或股权融资 2000 万元以上", "10 million CNY, or 20 million equity"),
        after: t!("1500 万元以上，或股权融资 2000 万元以上", "15 million CNY, or 20 million equity"),
        ids_2022: &["annex2_cond3_revenue_or_equity"], ids_2026: &["r2026_srdi_revenue"] },
    Change { topic: t!("专精特新：主营业务收入占比", "SRDI: main-business share"),
        before: t!("评分指标（80% 以上得 5 分）", "A scored indicator (5 points at 80%+)"),
        after: t!("硬性条件：不低于 80%", "A hard condition: at least 80%"),
        ids_2022: &["annex2_ind1_main_business_share"], ids_2026: &["r2026_srdi_share"] },
    Change { topic: t!("专精特新：资产负债率", "SRDI: debt ratio"),
        before: t!("评分指标（50% 以下得 5 分）", "A scored indicator (5 points at 50% or less)"),
        after: t!("硬性条件：不高于 80%", "A hard condition: at most 80%"),
        ids_2022: &["annex2_ind8_debt_ratio"], ids_2026: &["r2026_srdi_debt"] },
    Change { topic: t!("专精特新：研发投入", "SRDI: R&D"),
        before: t!("上年度 100 万元以上且占比 3% 以上", "Last year: 1 million CNY and 3%"),
        after: t!("近 2 年每年 100 万元以上且占比 3% 以上", "Each of the last 2 years: 1 million CNY and 3%"),
        ids_2022: &["annex2_cond2"], ids_2026: &["r2026_srdi_rd"] },
    Change { topic: t!("专精特新：知识产权", "SRDI: IP"),
        before: t!("评分指标", "A scored indicator"),
        after: t!("至少 1 项已应用、企业自主申请且排名前三的Ⅰ类知识产权，受让的不计（可豁免）", "At least 1 applied class I IP of the company's own application, ranked 1–3; transferred IP excluded (exemptions)"),
        ids_2022: &["annex2_ind10_ip"], ids_2026: &["r2026_srdi_ip", "r2026_srdi_ip_self_top3"] },
    Change { topic: t!("专精特新：评价方式", "SRDI: how it is decided"),
        before: t!("13 项指标评分 60 分以上，或直通条件", "13 indicators scored to 60, or a direct condition"),
        after: t!("不再评分；市场占有率“较为靠前”且平台发展质量评价 50 分以上", "No score; a 'relatively leading' share and a platform quality score of 50+"),
        ids_2022: &["annex2_cond4"], ids_2026: &["r2026_srdi_market", "r2026_srdi_quality"] },
    Change { topic: t!("小巨人：规模与研发", "Little giant: scale and R&D"),
        before: t!("按营业收入分档的研发投入比例", "R&D share banded by revenue"),
        after: t!("营业收入 5000 万元以上、主营占比 90%、复合增长 5%、两年研发 1200 万元且每年 3%", "Revenue 50 million+, 90% main business, 5% CAGR, R&D 12 million over 2 years and 3% a year"),
        ids_2022: &["annex3_innov_rd_by_revenue", "annex3_spec_share"], ids_2026: &["r2026_lg_scale_req", "r2026_lg_rd_req"] },
    Change { topic: t!("小巨人：知识产权、市场与平台评价", "Little giant: IP, market and platform score"),
        before: t!("2 项以上已应用的Ⅰ类知识产权；市场占有率 10% 以上", "2+ applied class I IP; 10% market share"),
        after: t!("4 项以上自主申请且排名前三的Ⅰ类知识产权；占有率 10% 以上或国内前三；平台发展质量评价 60 分以上（复核：近两年任一年）", "4+ class I IP of the company's own application, ranked 1–3; 10% share or top three; platform score 60+ (a review: either of the last two years)"),
        ids_2022: &["annex3_innov_ip_applied", "annex3_dist_market_share"], ids_2026: &["r2026_lg_ip", "r2026_lg_ip_self_top3", "r2026_lg_market", "r2026_lg_quality"] },
];
