//! The evidence behind each profile answer, declared once: what proves it
//! and, where a rule says so, the article. Each kind lists the profile
//! fields (dotted `sme-profile/1` paths, or a prefix ending in `.`) it
//! backs; a field a rule reads is backed by exactly one kind (tested).

use super::seed002;
use crate::rules::documents::TECH_SME_GUIDE_2022;
use crate::rules::model::{Citation, Confidence};
use crate::t;
use crate::text::Text;

/// One kind of evidence.
#[derive(Debug)]
pub struct Evidence {
    pub id: &'static str,
    pub name: Text,
    /// The profile fields it backs: a path, or a prefix ending in `.`.
    pub backs: &'static [&'static str],
    /// Where a rule names this evidence or defines what it must show.
    pub citation: Option<Citation>,
}

impl Evidence {
    /// Does this evidence back the field at `path`?
    pub fn backs(&self, path: &str) -> bool {
        self.backs
            .iter()
            .any(|b| path == *b || (b.ends_with('.') && path.starts_with(b)))
    }
}

/// Every kind, in the order a list of them is printed.
pub static EVIDENCE: [Evidence; 17] = [
    Evidence {
        id: "business_license",
        name: t!("营业执照（统一社会信用代码、成立日期、经营范围）", "Business licence (credit code, founding date, scope)"),
        backs: &["compliance.registered_independent_legal_person", "company.industry", "company.years_in_niche"],
        citation: None,
    },
    Evidence {
        id: "audit_report",
        name: t!("上一年度（及所涉各年度）财务审计报告", "Audited financial statements of last year (and each year used)"),
        backs: &[
            "financials.operating_revenue.", "financials.main_business_revenue.", "financials.net_profit.",
            "financials.total_assets.", "financials.total_liabilities.", "financials.cost_expense_total.",
        ],
        citation: Some(seed002("附件4（一）", 2272, "以企业上一年度审计报告期末数为准")),
    },
    Evidence {
        id: "rd_expense_audit",
        name: t!("研发费用专项审计（鉴证）报告或研发费用辅助账", "R&D expense audit (assurance) report or the R&D sub-ledger"),
        backs: &["financials.rd_expense."],
        citation: None,
    },
    Evidence {
        id: "staff_roster",
        name: t!("职工花名册、社保缴纳证明及研发（科技）人员名单", "Staff roster, social-insurance records and the list of R&D (S&T) staff"),
        backs: &["company.employees", "company.rd_employees", "company.sci_tech_staff"],
        citation: None,
    },
    Evidence {
        id: "ip_certificates",
        name: t!("知识产权证书（专利证书、软件著作权登记证书等），含权利人排名、申请或受让记录", "IP certificates (patents, software copyright registrations…), with the holders' ranking and the filing or transfer record"),
        backs: &[
            "ip.class1", "ip.class1_self_developed", "ip.class2", "ip.class1_transferred_in",
            "ip.class1_self_applied_top3",
        ],
        citation: Some(seed002("附件4（三）", 2279, "均不包含转让未满 1 年的知识产权")),
    },
    Evidence {
        id: "ip_in_use",
        name: t!("知识产权应用于主导产品并产生经济效益的证明（产品说明、销售合同或发票）", "Proof that the IP is used in the main product with economic benefit (product sheet, sales contracts or invoices)"),
        backs: &["ip.class1_applied_to_main_product"],
        citation: None,
    },
    Evidence {
        id: "ip_high_value",
        name: t!("Ⅰ类高价值知识产权的证明（海外同族专利、维持年限、质押融资或获奖）", "Proof of high-value class I IP (foreign family patent, years maintained, pledge financing or award)"),
        backs: &["ip.class1_high_value"],
        citation: Some(seed002("附件4（四）", 2281, "所称“ I 类高价值知识产权”须符合以下条件之一")),
    },
    Evidence {
        id: "equity_financing",
        name: t!("增资协议、验资报告或银行进账凭证，及投资机构的备案证明", "Capital-increase agreements, capital verification or bank receipts, and the investors' fund registration"),
        backs: &["financials.equity_financing_2y", "financials.equity_financing_3y"],
        citation: Some(seed002("附件4（九）", 2298, "所称“合格机构投资者”是指符合《创业投资企业管理暂行办法》")),
    },
    Evidence {
        id: "market_position",
        name: t!("细分市场占有率的佐证（企业自证、行业协会或第三方报告）", "Evidence of the niche market share (the company's own proof, an industry body's or a third party's report)"),
        backs: &["qualifications.market_share_pct", "qualifications.niche_share_leading", "qualifications.niche_top3_domestic"],
        citation: Some(seed002("附件4（十一）", 2302, "可通过企业自证或其他方式佐证")),
    },
    Evidence {
        id: "product_field",
        name: t!("主导产品所属领域与产业链地位的说明材料", "A statement of the main product's field and place in the industrial chain"),
        backs: &[
            "qualifications.strategic_emerging_industry", "qualifications.chain_gap_filling",
            "qualifications.six_basics_or_key_chain", "qualifications.key_field", "qualifications.key_chain_2026",
            "qualifications.local_distinctive_score",
        ],
        citation: None,
    },
    Evidence {
        id: "certificates",
        name: t!("质量、管理体系认证证书，商标注册证，质量奖证书，信息系统说明", "Quality and management system certificates, trademark registrations, quality awards, information-system description"),
        backs: &["qualifications.quality.", "qualifications.management_system_cert", "qualifications.core_business_info_system"],
        citation: Some(seed002("附件4（二）", 2276, "产品或服务品牌已经国家知识产权局商标局正式注册。")),
    },
    Evidence {
        id: "standards",
        name: t!("所制修订标准的文本及发布公告（起草单位排名）", "The standards drafted, with their publication notice (drafting units' ranking)"),
        backs: &["qualifications.led_major_standard_5y"],
        citation: None,
    },
    Evidence {
        id: "honours",
        name: t!("称号、奖励证书或公告（高新技术企业证书、科技奖励证书、研发机构认定文件、“创客中国”名单）", "Title and award certificates or notices (high-tech enterprise, S&T award, R&D institution recognition, 'Maker in China' lists)"),
        backs: &[
            "qualifications.honors", "qualifications.sci_tech_award.", "qualifications.rd_institution",
            "qualifications.maker_china", "qualifications.titles.",
        ],
        citation: Some(seed002("附件4（十二）", 2304, "所称“省级科技奖励”包括各省、自治区、直辖市科学技术奖的一、二、三等奖")),
    },
    Evidence {
        id: "platform_results",
        name: t!("培育平台的数字化水平自测结果和发展质量评价得分（如适用）", "The platform's digital self-test result and development-quality score (where used)"),
        backs: &[
            "qualifications.digital_level", "qualifications.platform_quality_score.",
            "qualifications.platform_quality_score_prev.", "qualifications.little_giant_review",
        ],
        citation: Some(seed002("附件4（六）", 2290, "在优质中小企业梯度培育平台完成数字化水平免费自测")),
    },
    Evidence {
        id: "credit_record",
        name: t!("国家企业信用信息公示系统和信用中国的查询结果", "Results from the national enterprise credit system and Credit China"),
        backs: &["compliance.abnormal_or_dishonest_listed"],
        citation: Some(seed002("附件4（十五）", 2314, "以国家企业信用信息公示系统")),
    },
    Evidence {
        id: "compliance_statement",
        name: t!("无重大安全、质量、环境污染事故及违法违规行为、产品不属禁止限制类的承诺（必要时附监管部门意见）", "A statement of no major incident or violation and no prohibited products (with the regulators' opinion where needed)"),
        backs: &["compliance.major_incident_3y", "compliance.prohibited_products"],
        citation: Some(seed002("附件4（七）", 2292, "各级监管部门")),
    },
    Evidence {
        id: "tax_collection",
        name: t!("查账征收的证明（企业所得税纳税申报表或主管税务机关的说明）", "Proof of taxation on audited accounts (the enterprise income tax return or the tax office's statement)"),
        backs: &["company.tax_by_audit"],
        citation: Some(Citation::public(&TECH_SME_GUIDE_2022, "工作指引 基本条件", "会计核算健全、实行查账征收并能够准确归集研发费用", Confidence::Medium)),
    },
];
