//! The table of fields: every path of `sme-profile/1` the form edits, with
//! its section, label, unit, help and accessors, and the lookups over it.

use super::{Field, Kind, Section, Value};
use crate::profile::*;
use crate::t;
use crate::text::Text;

macro_rules! get_set {
    (decimal: $($p:ident).+) => {
        (|p: &Profile| p.$($p).+.map_or(Value::Empty, Value::Decimal),
         |p: &mut Profile, v: Value| p.$($p).+ = match v { Value::Decimal(d) => Some(d), _ => None })
    };
    (count: $($p:ident).+) => {
        (|p: &Profile| p.$($p).+.map_or(Value::Empty, Value::Count),
         |p: &mut Profile, v: Value| p.$($p).+ = match v { Value::Count(n) => Some(n), _ => None })
    };
    (bool: $($p:ident).+) => {
        (|p: &Profile| p.$($p).+.map_or(Value::Empty, Value::Bool),
         |p: &mut Profile, v: Value| p.$($p).+ = match v { Value::Bool(b) => Some(b), _ => None })
    };
    (text: $($p:ident).+) => {
        (|p: &Profile| p.$($p).+.clone().map_or(Value::Empty, Value::Text),
         |p: &mut Profile, v: Value| p.$($p).+ = match v { Value::Text(s) if !s.is_empty() => Some(s), _ => None })
    };
    (date: $($p:ident).+) => {
        (|p: &Profile| p.$($p).+.map_or(Value::Empty, Value::Date),
         |p: &mut Profile, v: Value| p.$($p).+ = match v { Value::Date(d) => Some(d), _ => None })
    };
}

macro_rules! field {
    ($path:expr, $section:ident, $zh:literal, $en:literal, $kind:expr, $unit:expr, $help:expr, $gs:expr) => {{
        let (get, set) = $gs;
        Field {
            path: $path,
            section: Section::$section,
            label: t!($zh, $en),
            unit: $unit,
            help: $help,
            kind: $kind,
            get,
            set,
        }
    }};
}

const WAN: Option<Text> = Some(t!("万元", "10k CNY"));
const PERSONS: Option<Text> = Some(t!("人", "persons"));
const ITEMS: Option<Text> = Some(t!("项", "items"));
const YEARS: Option<Text> = Some(t!("年", "years"));
const PCT: Option<Text> = Some(t!("%", "%"));
const MONEY: Kind = Kind::Money { signed: false };

pub const INDUSTRY_OPTIONS: [(&str, Text); 16] = [
    (
        "agriculture",
        t!(
            "农、林、牧、渔业",
            "Agriculture, forestry, husbandry, fishery"
        ),
    ),
    ("industry", t!("工业", "Industry")),
    ("construction", t!("建筑业", "Construction")),
    ("wholesale", t!("批发业", "Wholesale")),
    ("retail", t!("零售业", "Retail")),
    ("transport", t!("交通运输业", "Transport")),
    ("warehousing", t!("仓储业", "Warehousing")),
    ("postal", t!("邮政业", "Postal")),
    ("accommodation", t!("住宿业", "Accommodation")),
    ("catering", t!("餐饮业", "Catering")),
    (
        "information_transmission",
        t!("信息传输业", "Information transmission"),
    ),
    (
        "software_it",
        t!("软件和信息技术服务业", "Software and IT services"),
    ),
    (
        "real_estate",
        t!("房地产开发经营", "Real-estate development"),
    ),
    ("property_management", t!("物业管理", "Property management")),
    (
        "leasing_business",
        t!("租赁和商务服务业", "Leasing and business services"),
    ),
    ("other", t!("其他未列明行业", "Other industries")),
];

pub const RD_INSTITUTION_OPTIONS: [(&str, Text); 5] = [
    ("national", t!("国家级", "National")),
    (
        "provincial",
        t!("省级（省部级）", "Provincial (ministerial)"),
    ),
    ("municipal", t!("市级", "Municipal")),
    ("below_municipal", t!("市级以下", "Below municipal")),
    ("none", t!("未建立研发机构", "None")),
];

pub const AWARD_LEVEL_OPTIONS: [(&str, Text); 3] = [
    ("none", t!("无", "None")),
    ("provincial", t!("省级科技奖励", "Provincial S&T award")),
    ("national", t!("国家级科技奖励", "National S&T award")),
];

pub const MAKER_CHINA_OPTIONS: [(&str, Text); 3] = [
    ("none", t!("未入选", "Not listed")),
    ("top500", t!("全国 500 强企业组", "National top 500")),
    ("top50", t!("全国 50 强企业组", "National top 50")),
];

/// The honours with their codes, in the order of the form.
pub const HONOR_OPTIONS: [(&str, Text); 4] = [
    (
        "high_tech_enterprise",
        t!("高新技术企业", "High-tech enterprise"),
    ),
    (
        "tech_innovation_demo",
        t!(
            "国家级技术创新示范企业",
            "National technology innovation demonstration enterprise"
        ),
    ),
    (
        "ip_advantage",
        t!("知识产权优势企业", "IP advantage enterprise"),
    ),
    (
        "ip_demo",
        t!("知识产权示范企业", "IP demonstration enterprise"),
    ),
];

/// The honours by value, labelled as in [`HONOR_OPTIONS`].
pub const HONOR_LABELS: [(Honor, Text); 4] = [
    (Honor::HighTechEnterprise, HONOR_OPTIONS[0].1),
    (Honor::TechInnovationDemo, HONOR_OPTIONS[1].1),
    (Honor::IpAdvantage, HONOR_OPTIONS[2].1),
    (Honor::IpDemo, HONOR_OPTIONS[3].1),
];

fn serde_name<T: serde::Serialize>(v: &T) -> &'static str {
    // Enum variants serialise to one of the option strings above; map back
    // to the static string so `Value::Choice` can hold it.
    let s = serde_json::to_value(v).ok();
    let s = s.as_ref().and_then(|v| v.as_str()).unwrap_or("");
    for (k, _) in INDUSTRY_OPTIONS
        .iter()
        .chain(&RD_INSTITUTION_OPTIONS)
        .chain(&AWARD_LEVEL_OPTIONS)
        .chain(&MAKER_CHINA_OPTIONS)
    {
        if *k == s {
            return k;
        }
    }
    ""
}

fn from_name<T: serde::de::DeserializeOwned>(v: Value) -> Option<T> {
    match v {
        Value::Choice(c) => serde_json::from_value(serde_json::Value::String(c.to_string())).ok(),
        _ => None,
    }
}

macro_rules! money_years {
    ($name:ident, $zh:literal, $en:literal, $kind:expr, $help:expr) => {
        [
            field!(concat!("financials.", stringify!($name), ".y1"), Financials, $zh, $en, $kind, WAN, $help, get_set!(decimal: financials.$name.y1)),
            field!(concat!("financials.", stringify!($name), ".y2"), Financials, $zh, $en, $kind, WAN, $help, get_set!(decimal: financials.$name.y2)),
            field!(concat!("financials.", stringify!($name), ".y3"), Financials, $zh, $en, $kind, WAN, $help, get_set!(decimal: financials.$name.y3)),
        ]
    };
}

/// Per-year money rows of the financial table, in the 自评表's order.
pub static YEAR_ROWS: [[Field; 3]; 7] = [
    money_years!(operating_revenue, "营业收入总额", "Operating revenue", MONEY,
        Some(t!("利润表中的营业收入（主营业务收入 + 其他业务收入）；各比率的分母", "Operating revenue from the income statement (main + other business); the denominator of every ratio"))),
    money_years!(main_business_revenue, "主营业务收入", "Main-business revenue", MONEY,
        Some(t!("主导产品或服务的收入；主导产品指核心技术发挥重要作用、收入占同期营业收入超过 50% 的产品（附件4 十）", "Revenue of the main products or services; a main product is one whose core technology matters and whose revenue exceeds 50% of operating revenue (附件4 十)"))),
    money_years!(rd_expense, "研发费用总额", "R&D expense", MONEY,
        Some(t!("按企业上一完整会计年度审计报告期末数（附件4 一）", "From the audited accounts of the fiscal year (附件4 一)"))),
    money_years!(net_profit, "净利润", "Net profit", Kind::Money { signed: true }, None),
    money_years!(total_assets, "资产总额", "Total assets", MONEY, None),
    money_years!(total_liabilities, "负债总额", "Total liabilities", MONEY, None),
    money_years!(cost_expense_total, "成本费用支出总额", "Total costs and expenses", MONEY,
        Some(t!("科技型中小企业评价用（研发费用占成本费用支出总额比例）", "For the technology-based SME score (R&D as a share of total costs)"))),
];

/// Every other field, in form order.
pub static FIELDS: &[Field] = &[
    field!("company.name", Company, "企业名称", "Company name", Kind::Text, None, None, get_set!(text: company.name)),
    field!("company.province", Company, "省份", "Province", Kind::Text, None,
        Some(t!("用于匹配地方激励政策，如“山东省”", "Used to match local incentives, e.g. 山东省")), get_set!(text: company.province)),
    field!("company.city", Company, "城市", "City", Kind::Text, None, Some(t!("如“临沂市”", "e.g. 临沂市")), get_set!(text: company.city)),
    field!("company.district", Company, "区县", "District", Kind::Text, None, Some(t!("如“黄埔区”", "e.g. 黄埔区")), get_set!(text: company.district)),
    field!("company.industry", Company, "所属行业", "Industry", Kind::Choice(&INDUSTRY_OPTIONS), None,
        Some(t!("按《中小企业划型标准规定》的行业划分，用于判断是否属于中小企业（第三条）", "The industry rows of the 2011 SME size regulation, for the SME test of 第三条")),
        (|p: &Profile| p.company.industry.map_or(Value::Empty, |i| Value::Choice(serde_name(&i))),
         |p: &mut Profile, v: Value| p.company.industry = from_name(v))),
    field!("company.employees", Company, "职工总数", "Employees", Kind::Count, PERSONS, None, get_set!(count: company.employees)),
    field!("company.rd_employees", Company, "研发人员", "R&D staff", Kind::Count, PERSONS,
        Some(t!("直接从事研发活动的研究人员、技术人员和辅助人员（国家税务总局公告2017年第40号）", "Staff directly in R&D: researchers, technicians and support staff (国家税务总局公告2017年第40号)")), get_set!(count: company.rd_employees)),
    field!("company.sci_tech_staff", Company, "科技人员", "Science and technology staff", Kind::Count, PERSONS,
        Some(t!("直接从事研发和相关技术创新活动，以及专门从事上述活动管理和提供直接服务的人员（《科技型中小企业评价办法》国科发政〔2017〕115号）", "Staff in R&D and technical innovation, and those managing or directly serving it (《科技型中小企业评价办法》, 国科发政〔2017〕115号)")), get_set!(count: company.sci_tech_staff)),
    field!("company.years_in_niche", Company, "从事特定细分市场年限", "Years in the niche market", Kind::Count, YEARS,
        Some(t!("截至上年末，按整年计", "Whole years, to the end of last year")), get_set!(count: company.years_in_niche)),
    field!("company.tax_by_audit", Company, "会计核算健全、实行查账征收并能准确归集研发费用", "Sound accounts, taxed on audited accounts (查账征收), R&D costs accurately collected", Kind::Bool, None,
        Some(t!("科技型中小企业基本条件；核定征收的企业不能申报（国科火字〔2022〕67号 工作指引）", "A basic condition of a technology-based SME; companies taxed on a deemed basis (核定征收) cannot apply (国科火字〔2022〕67号)")), get_set!(bool: company.tax_by_audit)),
    field!("financials.equity_financing_2y", Financials, "近2年新增股权融资总额", "New equity financing, last 2 years", MONEY, WAN,
        Some(t!("合格机构投资者（备案的创业投资基金、私募股权投资基金）以增资扩股方式的实缴额（附件4 八、九）", "Paid in by qualified institutional investors (registered VC and PE funds) for new shares (附件4 八, 九)")), get_set!(decimal: financials.equity_financing_2y)),
    field!("financials.equity_financing_3y", Financials, "近3年新增股权融资总额", "New equity financing, last 3 years", MONEY, WAN,
        Some(t!("同上，近三年合计", "As above, over three years")), get_set!(decimal: financials.equity_financing_3y)),
    field!("ip.class1", Ip, "Ⅰ类知识产权（与主导产品相关）", "Class I IP (Ⅰ类) related to the main product", Kind::Count, ITEMS,
        Some(t!("发明专利（含国防专利）、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权；不含转让未满1年的（附件4 三）", "Invention patents (incl. defence), plant varieties, national crop varieties, new drugs, first-grade protected TCM, IC layout designs; not transferred in less than a year ago (附件4 三)")), get_set!(count: ip.class1)),
    field!("ip.class1_self_developed", Ip, "其中：自主研发的Ⅰ类知识产权", "of which self-developed", Kind::Count, ITEMS, None, get_set!(count: ip.class1_self_developed)),
    field!("ip.class1_high_value", Ip, "其中：Ⅰ类高价值知识产权", "of which high-value (Ⅰ类高价值)", Kind::Count, ITEMS,
        Some(t!("海外有同族专利权的发明专利或海外取得收入；维持超过10年；较高质押融资金额；获国家科学技术奖或中国专利奖（附件4 四）", "A foreign family patent or foreign income; maintained over 10 years; large pledge financing; or a national S&T or China Patent award (附件4 四)")), get_set!(count: ip.class1_high_value)),
    field!("ip.class1_applied_to_main_product", Ip, "其中：已应用于主导产品并产生经济效益", "of which applied to the main product with economic benefit", Kind::Count, ITEMS,
        Some(t!("小巨人创新能力一般性条件 3：2 项以上（附件3 四）", "Little giant innovation condition 3: 2 or more (附件3 四)")), get_set!(count: ip.class1_applied_to_main_product)),
    field!("ip.class1_transferred_in", Ip, "其中：受让取得的Ⅰ类知识产权", "of which transferred in", Kind::Count, ITEMS,
        Some(t!("2026 年办法中受让的知识产权不计入", "Not counted under the 2026 rules")), get_set!(count: ip.class1_transferred_in)),
    field!("ip.class1_self_applied_top3", Ip, "其中：企业自主申请且权利人排名前三的Ⅰ类知识产权", "of which applied for by the company itself, ranked 1–3 among the holders", Kind::Count, ITEMS,
        Some(t!("2026 年办法：专精特新、小巨人只计自主申请且企业排名前三的Ⅰ类知识产权", "2026 rules: SRDI and little giant count only class I IP the company applied for itself and holds ranked 1–3")), get_set!(count: ip.class1_self_applied_top3)),
    field!("ip.class2", Ip, "Ⅱ类知识产权", "Class II IP (Ⅱ类)", Kind::Count, ITEMS,
        Some(t!("与主导产品相关的软件著作权（不含商标）、授权后维持超过2年的实用新型或外观设计专利（附件4 五）", "Software copyright tied to the main product (not trademarks), utility or design patents maintained over 2 years after grant (附件4 五)")), get_set!(count: ip.class2)),
    field!("qualifications.strategic_emerging_industry", Qualifications, "主导产品属于《战略性新兴产业分类》", "Main product in the Strategic Emerging Industries Classification", Kind::Bool, None, None, get_set!(bool: qualifications.strategic_emerging_industry)),
    field!("qualifications.chain_gap_filling", Qualifications, "在产业链关键环节“补短板”“锻长板”“填空白”取得实际成效", "Real results filling gaps or strengthening key chain links", Kind::Bool, None, None, get_set!(bool: qualifications.chain_gap_filling)),
    field!("qualifications.six_basics_or_key_chain", Qualifications, "属于工业“六基”、中华老字号或服务关键产业链龙头企业", "Industrial 'six basics', time-honoured brand, or serves a key chain leader", Kind::Bool, None, None, get_set!(bool: qualifications.six_basics_or_key_chain)),
    field!("qualifications.digital_level", Qualifications, "数字化水平等级", "Digitalisation level", Kind::Count, None,
        Some(t!("在优质中小企业梯度培育平台完成免费自测得到的等级（附件4 六），未自测填 0", "The level from the platform's free self-test (附件4 六); 0 if not done")), get_set!(count: qualifications.digital_level)),
    field!("qualifications.quality.provincial_quality_award", Qualifications, "获得省级以上质量奖", "Provincial or higher quality award", Kind::Bool, None, None, get_set!(bool: qualifications.quality.provincial_quality_award)),
    field!("qualifications.quality.quality_system_cert", Qualifications, "获得 ISO9001 等质量管理体系认证", "Certified quality management system (ISO 9001 etc.)", Kind::Bool, None, None, get_set!(bool: qualifications.quality.quality_system_cert)),
    field!("qualifications.quality.own_brand", Qualifications, "拥有自主品牌", "Own brand", Kind::Bool, None,
        Some(t!("主营业务产品或服务具有自主知识产权，且品牌已在商标局注册或产品已实现收入（附件4 二）", "Main products have own IP, and the brand is registered or the products have earned revenue (附件4 二)")), get_set!(bool: qualifications.quality.own_brand)),
    field!("qualifications.quality.standard_setting", Qualifications, "参与制修订标准", "Took part in drafting or revising standards", Kind::Bool, None, None, get_set!(bool: qualifications.quality.standard_setting)),
    field!("qualifications.rd_institution", Qualifications, "研发机构级别", "R&D institution level", Kind::Choice(&RD_INSTITUTION_OPTIONS), None,
        Some(t!("经认定的研发机构级别，如技术研究院、企业技术中心、工程中心、院士专家工作站、博士后工作站", "The recognised level of an R&D institution: research institute, technology centre, engineering centre, academician or postdoctoral workstation")),
        (|p: &Profile| p.qualifications.rd_institution.map_or(Value::Empty, |i| Value::Choice(serde_name(&i))),
         |p: &mut Profile, v: Value| p.qualifications.rd_institution = from_name(v))),
    field!("qualifications.local_distinctive_score", Qualifications, "地方特色化指标得分", "Local distinctive score", Kind::Count, Some(t!("分", "pts")),
        Some(t!("附件2 指标9，由省级主管部门设定，满分 15 分", "附件2 ind. 9, set by your province, max 15")), get_set!(count: qualifications.local_distinctive_score)),
    field!("qualifications.sci_tech_award.level", Qualifications, "近三年科技奖励", "S&T award in the last 3 years", Kind::Choice(&AWARD_LEVEL_OPTIONS), None,
        Some(t!("省级：各省科学技术奖一、二、三等奖；国家级：国家科学技术进步奖、自然科学奖、技术发明奖及国防科技奖（附件4 十二）", "Provincial: first to third class provincial S&T awards; national: the national S&T progress, natural science and invention awards and the defence S&T award (附件4 十二)")),
        (|p: &Profile| p.qualifications.sci_tech_award.map_or(Value::Empty, |a| Value::Choice(serde_name(&a.level))),
         |p: &mut Profile, v: Value| {
             let level: Option<AwardLevel> = from_name(v);
             p.qualifications.sci_tech_award = level.map(|level| SciTechAward { level, rank: p.qualifications.sci_tech_award.and_then(|a| a.rank) });
         })),
    field!("qualifications.sci_tech_award.rank", Qualifications, "获奖单位中的排名", "Rank among awarded units", Kind::Count, None, None,
        (|p: &Profile| p.qualifications.sci_tech_award.and_then(|a| a.rank).map_or(Value::Empty, Value::Count),
         |p: &mut Profile, v: Value| {
             let rank = match v { Value::Count(n) => Some(n), _ => None };
             match &mut p.qualifications.sci_tech_award {
                 Some(a) => a.rank = rank,
                 None if rank.is_some() => p.qualifications.sci_tech_award = Some(SciTechAward { level: AwardLevel::None, rank }),
                 None => {}
             }
         })),
    field!("qualifications.maker_china", Qualifications, "“创客中国”大赛（近三年）", "'Maker in China' contest (last 3 years)", Kind::Choice(&MAKER_CHINA_OPTIONS), None,
        Some(t!("2021 年以来正式发布的全国 500 强、50 强企业组名单（附件4 十六）", "The national top 500 / top 50 lists published since 2021 (附件4 十六)")),
        (|p: &Profile| p.qualifications.maker_china.map_or(Value::Empty, |m| Value::Choice(serde_name(&m))),
         |p: &mut Profile, v: Value| p.qualifications.maker_china = from_name(v))),
    field!("qualifications.market_share_pct", Qualifications, "主导产品全国细分市场占有率", "National niche market share of the main product", Kind::Percent, PCT,
        Some(t!("可通过企业自证或其他方式佐证（附件4 十一）", "May be evidenced by the company itself or otherwise (附件4 十一)")), get_set!(decimal: qualifications.market_share_pct)),
    field!("qualifications.core_business_info_system", Qualifications, "至少 1 项核心业务采用信息系统支撑", "At least one core business process on an information system", Kind::Bool, None, None, get_set!(bool: qualifications.core_business_info_system)),
    field!("qualifications.management_system_cert", Qualifications, "取得管理体系认证或发达国家产品认证", "Management-system or developed-country product certification", Kind::Bool, None, None, get_set!(bool: qualifications.management_system_cert)),
    field!("qualifications.key_field", Qualifications, "主导产品属于附件3 六所列重点领域", "Main product in a key field of 附件3 六", Kind::Bool, None,
        Some(t!("制造业核心基础零部件、元器件、关键软件、先进基础工艺、关键基础材料和产业技术基础；制造强国十大重点产业领域；网络强国相关领域", "Core basic parts, components, key software, advanced processes, key materials, industrial technology bases; the ten key manufacturing fields; key cyber fields")), get_set!(bool: qualifications.key_field)),
    field!("qualifications.niche_share_leading", Qualifications, "细分市场占有率“较为靠前”（2026）", "Niche market share 'relatively leading' (2026)", Kind::Bool, None, None, get_set!(bool: qualifications.niche_share_leading)),
    field!("qualifications.niche_top3_domestic", Qualifications, "细分市场占有率国内前三（2026）", "Top three in China in the niche (2026)", Kind::Bool, None, None, get_set!(bool: qualifications.niche_top3_domestic)),
    field!("qualifications.key_chain_2026", Qualifications, "主导产品属于制造业“六基”或重点产业链关键环节（2026）", "Main product in the 'six basics' or a key chain link (2026)", Kind::Bool, None, None, get_set!(bool: qualifications.key_chain_2026)),
    field!("qualifications.led_major_standard_5y", Qualifications, "近五年主持制定国际、国家或行业标准", "Led an international, national or industry standard in the last 5 years", Kind::Bool, None,
        Some(t!("科技型中小企业直接认定条件之一（国科发政〔2017〕115号）", "A direct confirmation of a technology-based SME (国科发政〔2017〕115号)")), get_set!(bool: qualifications.led_major_standard_5y)),
    field!("qualifications.platform_quality_score.score", Qualifications, "培育平台发展质量评价得分（2026）", "Platform development-quality score (2026)", Kind::Score, Some(t!("分", "pts")),
        Some(t!("仅由官方培育平台计算，本工具不作估算；请填入平台给出的得分", "Computed only by the official platform; this tool never estimates it. Enter the platform's figure")),
        (|p: &Profile| p.qualifications.platform_quality_score.and_then(|s| s.score).map_or(Value::Empty, Value::Decimal),
         |p: &mut Profile, v: Value| {
             let year = p.qualifications.platform_quality_score.and_then(|s| s.year);
             let score = match v { Value::Decimal(d) => Some(d), _ => None };
             p.qualifications.platform_quality_score = (year.is_some() || score.is_some()).then_some(PlatformScore { year, score });
         })),
    field!("qualifications.little_giant_review", Qualifications, "本次为专精特新“小巨人”复核（2026）", "This is a review of the company's little giant title (2026)", Kind::Bool, None,
        Some(t!("复核企业不考查营业收入增长率，发展质量评价得分近两年任意一年达 60 分即可", "A review waives the growth test, and the platform score may reach 60 in either of the last two years")), get_set!(bool: qualifications.little_giant_review)),
    field!("qualifications.platform_quality_score_prev.score", Qualifications, "上一年度培育平台发展质量评价得分（复核，2026）", "Platform development-quality score, the year before (review, 2026)", Kind::Score, Some(t!("分", "pts")),
        Some(t!("小巨人复核时可用；仅由官方培育平台计算，请填入平台给出的得分", "Used for a little giant review; computed only by the official platform, enter its figure")),
        (|p: &Profile| p.qualifications.platform_quality_score_prev.and_then(|s| s.score).map_or(Value::Empty, Value::Decimal),
         |p: &mut Profile, v: Value| {
             let year = p.qualifications.platform_quality_score_prev.and_then(|s| s.year);
             let score = match v { Value::Decimal(d) => Some(d), _ => None };
             p.qualifications.platform_quality_score_prev = (year.is_some() || score.is_some()).then_some(PlatformScore { year, score });
         })),
    field!("qualifications.titles.tech_sme_until", Qualifications, "科技型中小企业有效期至", "Technology-based SME title valid until", Kind::Date, None, None, get_set!(date: qualifications.titles.tech_sme_until)),
    field!("qualifications.titles.innovative_until", Qualifications, "创新型中小企业有效期至", "Innovative SME title valid until", Kind::Date, None, None, get_set!(date: qualifications.titles.innovative_until)),
    field!("qualifications.titles.srdi_until", Qualifications, "专精特新中小企业有效期至", "SRDI SME title valid until", Kind::Date, None, None, get_set!(date: qualifications.titles.srdi_until)),
    field!("compliance.registered_independent_legal_person", Compliance, "在中国境内工商注册登记、具有独立法人资格", "Registered in China as an independent legal person", Kind::Bool, None, None, get_set!(bool: compliance.registered_independent_legal_person)),
    field!("compliance.abnormal_or_dishonest_listed", Compliance, "被列入经营异常名录或严重失信主体名单", "On the abnormal-operations or seriously-dishonest list", Kind::Bool, None,
        Some(t!("以国家企业信用信息公示系统和信用中国查询结果为准（附件4 十五）", "As shown by the national enterprise credit system and Credit China (附件4 十五)")), get_set!(bool: compliance.abnormal_or_dishonest_listed)),
    field!("compliance.prohibited_products", Compliance, "产品（服务）属于国家禁止、限制或淘汰类", "Products in a prohibited, restricted or phase-out category", Kind::Bool, None, None, get_set!(bool: compliance.prohibited_products)),
    field!("compliance.major_incident_3y", Compliance, "近三年发生重大安全、质量、环境污染事故或偷漏税等违法违规行为", "A major safety, quality or pollution incident, or tax evasion, in the last 3 years", Kind::Bool, None,
        Some(t!("以各级监管部门依法出具的判定意见为准（附件4 七）", "As determined by the regulators under the law (附件4 七)")), get_set!(bool: compliance.major_incident_3y)),
];

/// The honours of 附件1 一（二） are a set: one checkbox each.
pub fn honors_of(p: &Profile) -> Option<&[Honor]> {
    p.qualifications.honors.as_deref()
}

/// Every field, the per-year rows included, in form order. Nothing is
/// allocated: the missing answers and the materials sort their paths by
/// it on every keystroke.
pub fn all_fields() -> impl Iterator<Item = &'static Field> {
    let company = |f: &&Field| f.section == Section::Company;
    FIELDS
        .iter()
        .filter(company)
        .chain(YEAR_ROWS.iter().flatten())
        .chain(FIELDS.iter().filter(move |f| !company(f)))
}

/// Where a path sits in the form (unknown paths last): the order the
/// missing answers and the materials list paths in.
pub fn form_position(path: &str) -> usize {
    all_fields()
        .position(|f| f.path == path)
        .unwrap_or(usize::MAX)
}

/// The field at a dotted path. (Paths are unique, so the search needs no
/// form order; it runs for every field on every keystroke.)
pub fn field(path: &str) -> Option<&'static Field> {
    FIELDS
        .iter()
        .chain(YEAR_ROWS.iter().flatten())
        .find(|f| f.path == path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_unique_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for f in all_fields() {
            assert!(seen.insert(f.path), "duplicate {}", f.path);
        }
        // Every field written through its setter reads back, and lands at
        // its path in the JSON document.
        let mut p = Profile::empty();
        for f in all_fields() {
            let v = match f.kind {
                Kind::Money { .. } | Kind::Percent | Kind::Score => {
                    Value::Decimal(Decimal::new(125, 1))
                }
                Kind::Count => Value::Count(3),
                Kind::Bool => Value::Bool(true),
                Kind::Choice(o) => Value::Choice(o[1].0),
                Kind::Text => Value::Text("x".into()),
                Kind::Date => Value::Date(crate::date::Date::ymd(2027, 1, 1)),
            };
            (f.set)(&mut p, v.clone());
            assert_eq!((f.get)(&p), v, "{}", f.path);
        }
        let json = serde_json::to_value(&p).unwrap();
        for f in all_fields() {
            let mut node = &json;
            for part in f.path.split('.') {
                node = node
                    .get(part)
                    .unwrap_or_else(|| panic!("{} missing in JSON", f.path));
            }
            assert!(!node.is_null(), "{}", f.path);
        }
    }

    #[test]
    fn parses_what_people_type() {
        let rev = field("financials.operating_revenue.y1").unwrap();
        assert_eq!(
            rev.parse("１,２００.５").unwrap(),
            Value::Decimal(Decimal::new(12005, 1))
        );
        assert_eq!(rev.parse("  ").unwrap(), Value::Empty);
        assert!(rev.parse("-1").is_err());
        assert!(rev.parse("abc").is_err());
        let ind = field("company.industry").unwrap();
        assert_eq!(ind.parse("工业").unwrap(), Value::Choice("industry"));
        assert!(ind.parse("mining").is_err());
        let b = field("qualifications.key_field").unwrap();
        assert_eq!(b.parse("是").unwrap(), Value::Bool(true));
    }

    /// Numbers beyond what a `Decimal` holds are named for what they are,
    /// not called "not a number".
    #[test]
    fn out_of_range_numbers_say_so() {
        let zh = |path: &str, input: &str| field(path).unwrap().parse(input).unwrap_err().zh;
        let rev = "financials.operating_revenue.y1";
        let profit = "financials.net_profit.y1";
        for huge in [
            "1e40",
            "99999999999999999999999999999",
            &"9".repeat(500),
            "1e13",
        ] {
            assert!(zh(rev, huge).contains("上限为 100 万亿元"), "{huge}");
            assert!(
                zh(profit, &format!("-{huge}")).contains("上限为 100 万亿元"),
                "-{huge}"
            );
        }
        assert_eq!(zh(rev, "-1e40"), "不能为负数");
        assert!(zh(rev, "1e-40").starts_with("小数位数过多"));
        // Taken only as typed: an exponent or a fifth decimal would show a
        // different number from the one typed.
        assert!(zh(rev, "1e5").contains("科学计数法"));
        assert!(zh(rev, "2.5E3").contains("科学计数法"));
        assert!(zh("qualifications.market_share_pct", "1e1").contains("科学计数法"));
        assert_eq!(zh(rev, "1.23456"), "小数位数过多：最多 4 位");
        assert_eq!(
            field(rev).unwrap().parse("1.2345").unwrap(),
            Value::Decimal(Decimal::new(12345, 4))
        );
        assert_eq!(
            field(rev).unwrap().parse("1.50000").unwrap(),
            Value::Decimal(Decimal::new(15, 1))
        );
        assert_eq!(zh(rev, "12abc"), "请输入数字");
        assert_eq!(zh(rev, "1e"), "请输入数字");
        assert_eq!(zh(rev, "."), "请输入数字");
        assert_eq!(
            zh("qualifications.market_share_pct", "1e40"),
            "应在 0 到 100 之间"
        );
        assert_eq!(zh("company.employees", "99999999999"), "数值过大");
        assert_eq!(zh("company.employees", "1.5"), "请输入整数");
    }
}
