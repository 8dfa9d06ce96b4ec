//! The levers a company can pull (R&D spend, staff, IP, certifications, an
//! R&D institution, its digital level, new equity), the concrete moves on a
//! profile, and the candidate moves a rulebook's thresholds suggest.
//!
//! Targets come from inverting the rulebook's own thresholds (e.g. R&D ratio
//! ≥ 5% with revenue 9000 → R&D 450), so advice follows the rules as data.

use crate::engine::explain::fmt_decimal as fmt;
use crate::profile::fields::field;
use crate::profile::{Profile, RdInstitution};
use crate::rules::model::{Flag, IpCount, Metric, Rulebook};
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

/// Something the company can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lever {
    /// R&D expense (the coming year's, entered as last year's figure).
    RdExpense,
    /// Hire R&D staff (both R&D staff and employees grow).
    HireRdStaff,
    /// Hire science and technology staff (科技型中小企业).
    HireSciTechStaff,
    /// Obtain IP of a class.
    AddIp(IpCount),
    /// Obtain a certification or status the company controls.
    Certify(Flag),
    /// Have the R&D institution recognised at a level.
    Institution,
    /// Reach a digital level on the platform self-test.
    Digital,
    /// Raise new equity from qualified institutional investors.
    Equity,
}

impl Lever {
    /// Rough effort, for ranking changes that gain as much: paperwork and
    /// certification first, spending and financing last.
    pub(super) fn effort(self) -> u8 {
        match self {
            Lever::Certify(_) => 1,
            Lever::Digital => 2,
            Lever::AddIp(_) => 3,
            Lever::Institution => 4,
            Lever::HireRdStaff | Lever::HireSciTechStaff => 5,
            Lever::RdExpense => 6,
            Lever::Equity => 7,
        }
    }

    pub(super) fn key(self) -> &'static str {
        match self {
            Lever::RdExpense => "rd_expense",
            Lever::HireRdStaff => "rd_staff",
            Lever::HireSciTechStaff => "sci_tech_staff",
            Lever::AddIp(IpCount::Class1) => "ip_class1",
            Lever::AddIp(IpCount::Class1SelfDeveloped) => "ip_class1_self_developed",
            Lever::AddIp(IpCount::Class1HighValue) => "ip_class1_high_value",
            Lever::AddIp(IpCount::Class2) => "ip_class2",
            Lever::AddIp(IpCount::Class1AppliedToMainProduct) => "ip_class1_applied",
            Lever::AddIp(IpCount::Class1NotTransferred) => "ip_class1",
            Lever::AddIp(IpCount::Class1AppliedNotTransferred) => "ip_class1_applied",
            Lever::Certify(_) => "certification",
            Lever::Institution => "rd_institution",
            Lever::Digital => "digital_level",
            Lever::Equity => "equity_financing",
        }
    }
}

/// The flags a company can change by its own effort.
const ACTIONABLE_FLAGS: [Flag; 6] = [
    Flag::QualitySystemCert,
    Flag::OwnBrand,
    Flag::StandardSetting,
    Flag::CoreBusinessInfoSystem,
    Flag::ManagementSystemCert,
    Flag::ProvincialQualityAward,
];

/// A concrete change to a profile.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Move {
    pub lever: Lever,
    /// The amount added (money, persons, items, or the new level).
    pub amount: Decimal,
}

impl Move {
    /// Applies the change; `None` if it cannot be applied to this profile.
    pub fn apply(&self, p: &mut Profile) -> Option<()> {
        let n = self.amount;
        let whole = || {
            u32::try_from(n.trunc().mantissa())
                .ok()
                .filter(|_| n.scale() == 0 || n.fract().is_zero())
        };
        match self.lever {
            Lever::RdExpense => {
                let y1 = p.financials.rd_expense.y1?;
                p.financials.rd_expense.y1 = Some(y1.checked_add(n)?);
            }
            Lever::HireRdStaff | Lever::HireSciTechStaff => {
                let k = whole()?;
                let e = p.company.employees?;
                let staff = if self.lever == Lever::HireRdStaff {
                    &mut p.company.rd_employees
                } else {
                    &mut p.company.sci_tech_staff
                };
                *staff = Some(staff.unwrap_or(0).checked_add(k)?);
                p.company.employees = Some(e.checked_add(k)?);
            }
            Lever::AddIp(c) => {
                let k = whole()?;
                let ip = &mut p.ip;
                let class1 = ip.class1?;
                match c {
                    IpCount::Class2 => ip.class2 = Some(ip.class2?.checked_add(k)?),
                    IpCount::Class1 | IpCount::Class1NotTransferred => {
                        ip.class1 = Some(class1.checked_add(k)?)
                    }
                    IpCount::Class1SelfDeveloped => {
                        ip.class1_self_developed =
                            Some(ip.class1_self_developed.unwrap_or(0).checked_add(k)?);
                        ip.class1 = Some(class1.checked_add(k)?);
                    }
                    IpCount::Class1HighValue => {
                        ip.class1_high_value =
                            Some(ip.class1_high_value.unwrap_or(0).checked_add(k)?);
                        ip.class1 = Some(class1.checked_add(k)?);
                    }
                    IpCount::Class1AppliedToMainProduct | IpCount::Class1AppliedNotTransferred => {
                        // Apply existing class I IP first; obtain more only if needed.
                        let applied = ip
                            .class1_applied_to_main_product
                            .unwrap_or(0)
                            .checked_add(k)?;
                        ip.class1_applied_to_main_product = Some(applied);
                        ip.class1 = Some(class1.max(applied));
                    }
                }
            }
            Lever::Certify(flag) => {
                let q = &mut p.qualifications;
                let slot = match flag {
                    Flag::QualitySystemCert => &mut q.quality.quality_system_cert,
                    Flag::OwnBrand => &mut q.quality.own_brand,
                    Flag::StandardSetting => &mut q.quality.standard_setting,
                    Flag::ProvincialQualityAward => &mut q.quality.provincial_quality_award,
                    Flag::CoreBusinessInfoSystem => &mut q.core_business_info_system,
                    Flag::ManagementSystemCert => &mut q.management_system_cert,
                    _ => return None,
                };
                *slot = Some(true);
            }
            Lever::Institution => {
                p.qualifications.rd_institution = Some(institution_from_rank(whole()?)?);
            }
            Lever::Digital => p.qualifications.digital_level = Some(whole()?),
            Lever::Equity => {
                let f = &mut p.financials;
                f.equity_financing_2y = Some(f.equity_financing_2y?.checked_add(n)?);
                f.equity_financing_3y = f.equity_financing_3y.and_then(|x| x.checked_add(n));
            }
        }
        Some(())
    }

    /// What to do, in plain words.
    pub fn describe(&self, before: &Profile) -> (String, String) {
        let n = fmt(self.amount);
        match self.lever {
            Lever::RdExpense => {
                let to = before
                    .financials
                    .rd_expense
                    .y1
                    .map(|x| fmt(x + self.amount))
                    .unwrap_or_default();
                (
                    format!("研发费用增加 {n} 万元（至 {to} 万元）"),
                    format!("R&D spend +{n} 万元 (to {to} 万元)"),
                )
            }
            Lever::HireRdStaff => (
                format!("增加 {n} 名研发人员"),
                format!("Hire {n} R&D staff"),
            ),
            Lever::HireSciTechStaff => (
                format!("增加 {n} 名科技人员"),
                format!("Hire {n} science and technology staff"),
            ),
            Lever::AddIp(c) => {
                let (zh, en) = match c {
                    IpCount::Class1 | IpCount::Class1NotTransferred => {
                        ("Ⅰ类知识产权", "class I IP")
                    }
                    IpCount::Class1SelfDeveloped => {
                        ("自主研发的Ⅰ类知识产权", "self-developed class I IP")
                    }
                    IpCount::Class1HighValue => ("Ⅰ类高价值知识产权", "high-value class I IP"),
                    IpCount::Class2 => ("Ⅱ类知识产权", "class II IP"),
                    IpCount::Class1AppliedToMainProduct | IpCount::Class1AppliedNotTransferred => (
                        "应用于主导产品并产生经济效益的Ⅰ类知识产权",
                        "class I IP applied to the main product with economic benefit",
                    ),
                };
                (format!("新增 {n} 项{zh}"), format!("Obtain {n} more {en}"))
            }
            Lever::Certify(flag) => {
                let label = flag_field(flag)
                    .and_then(field)
                    .map(|f| f.label)
                    .unwrap_or(crate::t!("", ""));
                (
                    format!("做到：{}", label.zh),
                    format!("Achieve: {}", label.en),
                )
            }
            Lever::Institution => {
                let l =
                    institution_from_rank(self.amount.trunc().mantissa() as u32).and_then(|i| {
                        field("qualifications.rd_institution")?.choice_label(institution_key(i))
                    });
                let l = l.unwrap_or(crate::t!("", ""));
                (
                    format!("研发机构获认定为{}", l.zh),
                    format!(
                        "Have the R&D institution recognised at {} level",
                        l.en.to_lowercase()
                    ),
                )
            }
            Lever::Digital => (
                format!("数字化水平达到 {n} 级"),
                format!("Reach digital level {n}"),
            ),
            Lever::Equity => (
                format!("新增合格机构投资者股权融资 {n} 万元"),
                format!("Raise {n} 万元 of new equity from qualified institutional investors"),
            ),
        }
    }

    pub(super) fn unit(&self) -> &'static str {
        match self.lever {
            Lever::RdExpense | Lever::Equity => "万元",
            Lever::HireRdStaff | Lever::HireSciTechStaff => "persons",
            Lever::AddIp(_) => "items",
            Lever::Certify(_) => "",
            Lever::Institution | Lever::Digital => "level",
        }
    }
}

fn institution_rank(i: RdInstitution) -> u32 {
    i as u32
}

fn institution_from_rank(r: u32) -> Option<RdInstitution> {
    [
        RdInstitution::None,
        RdInstitution::BelowMunicipal,
        RdInstitution::Municipal,
        RdInstitution::Provincial,
        RdInstitution::National,
    ]
    .get(r as usize)
    .copied()
}

fn institution_key(i: RdInstitution) -> &'static str {
    match i {
        RdInstitution::None => "none",
        RdInstitution::BelowMunicipal => "below_municipal",
        RdInstitution::Municipal => "municipal",
        RdInstitution::Provincial => "provincial",
        RdInstitution::National => "national",
    }
}

fn flag_field(flag: Flag) -> Option<&'static str> {
    Some(match flag {
        Flag::QualitySystemCert => "qualifications.quality.quality_system_cert",
        Flag::OwnBrand => "qualifications.quality.own_brand",
        Flag::StandardSetting => "qualifications.quality.standard_setting",
        Flag::ProvincialQualityAward => "qualifications.quality.provincial_quality_award",
        Flag::CoreBusinessInfoSystem => "qualifications.core_business_info_system",
        Flag::ManagementSystemCert => "qualifications.management_system_cert",
        _ => return None,
    })
}

/// Rounds a target up to 0.01 万元 (100 yuan) so the threshold is met.
fn ceil_cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::ToPositiveInfinity)
}

/// The candidate moves for a profile under a rulebook: one per threshold
/// that a lever can reach from where the company stands.
pub fn candidate_moves(p: &Profile, rulebook: &Rulebook) -> Vec<Move> {
    let tests = rulebook.all_tests();
    let mut thresholds = Vec::new();
    let mut flags = Vec::new();
    let mut institutions = Vec::new();
    for t in &tests {
        t.thresholds(&mut thresholds);
        t.wanted_flags(&mut flags);
        t.wanted_institutions(&mut institutions);
    }
    let f = &p.financials;
    let mut moves: Vec<Move> = Vec::new();
    let mut push = |lever: Lever, amount: Decimal| {
        if amount > Decimal::ZERO && !moves.iter().any(|m| m.lever == lever && m.amount == amount) {
            moves.push(Move { lever, amount });
        }
    };
    let rd1 = f.rd_expense.y1;
    for (metric, t) in &thresholds {
        match *metric {
            Metric::RdRatio(crate::profile::Year::Y1) => {
                if let (Some(rd), Some(rev)) = (rd1, f.operating_revenue.y1) {
                    push(Lever::RdExpense, ceil_cents(*t * rev / dec!(100)) - rd);
                }
            }
            Metric::RdExpense(crate::profile::Year::Y1) => {
                if let Some(rd) = rd1 {
                    push(Lever::RdExpense, *t - rd);
                }
            }
            Metric::RdExpenseAvg2y => {
                if let (Some(rd), Some(rd2)) = (rd1, f.rd_expense.y2) {
                    push(Lever::RdExpense, *t * dec!(2) - rd2 - rd);
                }
            }
            Metric::RdExpenseTotal2y => {
                if let (Some(rd), Some(rd2)) = (rd1, f.rd_expense.y2) {
                    push(Lever::RdExpense, *t - rd2 - rd);
                }
            }
            Metric::RdToCostRatio => {
                if let (Some(rd), Some(cost)) = (rd1, f.cost_expense_total.y1) {
                    push(Lever::RdExpense, ceil_cents(*t * cost / dec!(100)) - rd);
                }
            }
            Metric::RdStaffShare | Metric::SciTechStaffShare => {
                let (lever, staff) = if *metric == Metric::RdStaffShare {
                    (Lever::HireRdStaff, p.company.rd_employees)
                } else {
                    (Lever::HireSciTechStaff, p.company.sci_tech_staff)
                };
                if let (Some(s), Some(e)) = (staff, p.company.employees) {
                    // (s + n) / (e + n) ≥ t/100  ⇔  n ≥ (t·e − 100·s) / (100 − t)
                    if *t < dec!(100) {
                        let n = (*t * Decimal::from(e) - dec!(100) * Decimal::from(s))
                            / (dec!(100) - *t);
                        push(lever, n.ceil());
                    }
                }
            }
            Metric::Ip(c) => {
                let facts = crate::facts::Facts::new(p, crate::date::Date::ymd(2000, 1, 1));
                if let Some(have) = facts.ip_count(c) {
                    push(Lever::AddIp(c), *t - Decimal::from(have));
                }
            }
            Metric::DigitalLevel
                if t.fract().is_zero()
                    && p.qualifications
                        .digital_level
                        .is_some_and(|l| Decimal::from(l) < *t) =>
            {
                push(Lever::Digital, *t);
            }
            Metric::EquityFinancing2y => {
                if let Some(e) = f.equity_financing_2y {
                    push(Lever::Equity, *t - e);
                }
            }
            Metric::EquityFinancing3y => {
                if let (Some(_), Some(e3)) = (f.equity_financing_2y, f.equity_financing_3y) {
                    push(Lever::Equity, *t - e3);
                }
            }
            _ => {}
        }
    }
    for flag in ACTIONABLE_FLAGS {
        let current = crate::facts::Facts::new(p, crate::date::Date::ymd(2000, 1, 1)).flag(flag);
        if flags.contains(&flag) && current == Some(false) {
            push(Lever::Certify(flag), Decimal::ONE);
        }
    }
    if let Some(now) = p.qualifications.rd_institution {
        for level in institutions {
            if level > now {
                push(Lever::Institution, Decimal::from(institution_rank(level)));
            }
        }
    }
    moves
}
