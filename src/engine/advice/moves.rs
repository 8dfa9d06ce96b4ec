//! The levers a company can pull (R&D spend, staff, IP, certifications, an
//! R&D institution, its digital level, new equity), the concrete moves on a
//! profile, and the candidate moves a rulebook's thresholds suggest.
//!
//! Targets come from inverting the rulebook's own thresholds with each
//! metric's declared reach (e.g. R&D ratio ≥ 5% with revenue 9000 → R&D
//! 450), so advice follows the rules as data. What a lever is and which
//! metric it moves is vocabulary (`rules::vocabulary`); what pulling it does
//! to a profile is here.

use crate::engine::explain::fmt_decimal as fmt;
use crate::profile::fields::{field, Value};
use crate::profile::{Profile, RdInstitution};
use crate::rules::model::Rulebook;
use crate::rules::vocabulary::{Flag, IpKind, Lever};
use rust_decimal::Decimal;

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
            Lever::AddIp(kind) => {
                let k = whole()?;
                let ip = &mut p.ip;
                let class1 = ip.class1?;
                match kind {
                    IpKind::Class2 => ip.class2 = Some(ip.class2?.checked_add(k)?),
                    IpKind::Class1 => ip.class1 = Some(class1.checked_add(k)?),
                    IpKind::Class1SelfDeveloped => {
                        ip.class1_self_developed =
                            Some(ip.class1_self_developed.unwrap_or(0).checked_add(k)?);
                        ip.class1 = Some(class1.checked_add(k)?);
                    }
                    IpKind::Class1HighValue => {
                        ip.class1_high_value =
                            Some(ip.class1_high_value.unwrap_or(0).checked_add(k)?);
                        ip.class1 = Some(class1.checked_add(k)?);
                    }
                    IpKind::Class1Applied => {
                        // Apply existing class I IP first; obtain more only if needed.
                        let applied = ip
                            .class1_applied_to_main_product
                            .unwrap_or(0)
                            .checked_add(k)?;
                        ip.class1_applied_to_main_product = Some(applied);
                        ip.class1 = Some(class1.max(applied));
                    }
                    IpKind::Class1SelfTop3 => {
                        // New IP of its own, applied to the main product.
                        let own = ip.class1_self_applied_top3?;
                        ip.class1_self_applied_top3 = Some(own.checked_add(k)?);
                        ip.class1_applied_to_main_product = ip
                            .class1_applied_to_main_product
                            .map(|a| a.saturating_add(k));
                        ip.class1 = Some(class1.checked_add(k)?);
                    }
                }
            }
            Lever::Certify(flag) => {
                let d = flag.def();
                if !d.changeable {
                    return None;
                }
                (field(d.path)?.set)(p, Value::Bool(true));
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
                    .and_then(|x| x.checked_add(self.amount).map(fmt))
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
            Lever::AddIp(kind) => {
                let (zh, en) = match kind {
                    IpKind::Class1 => ("Ⅰ类知识产权", "class I IP"),
                    IpKind::Class1SelfDeveloped => {
                        ("自主研发的Ⅰ类知识产权", "self-developed class I IP")
                    }
                    IpKind::Class1HighValue => ("Ⅰ类高价值知识产权", "high-value class I IP"),
                    IpKind::Class2 => ("Ⅱ类知识产权", "class II IP"),
                    IpKind::Class1Applied => (
                        "应用于主导产品并产生经济效益的Ⅰ类知识产权",
                        "class I IP applied to the main product with economic benefit",
                    ),
                    IpKind::Class1SelfTop3 => (
                        "自主申请（企业排名前三）并应用于主导产品的Ⅰ类知识产权",
                        "class I IP applied for by the company itself (ranked 1–3) and used in the main product",
                    ),
                };
                (format!("新增 {n} 项{zh}"), format!("Obtain {n} more {en}"))
            }
            Lever::Certify(flag) => {
                let label = field(flag.def().path)
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

/// The candidate moves for a profile under a rulebook: one per threshold
/// that a lever can reach from where the company stands, in the rulebook's
/// order, then the certifications and institution levels it asks for.
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
    let mut moves: Vec<Move> = Vec::new();
    let mut push = |lever: Lever, amount: Decimal| {
        if amount > Decimal::ZERO && !moves.iter().any(|m| m.lever == lever && m.amount == amount) {
            moves.push(Move { lever, amount });
        }
    };
    for (metric, t) in &thresholds {
        if let Some(reach) = &metric.def().reach {
            if let Some(amount) = (reach.amount)(p, *t) {
                push(reach.lever, amount);
            }
        }
    }
    for flag in Flag::all().filter(|f| f.def().changeable) {
        if flags.contains(&flag) && (flag.def().read)(p) == Some(false) {
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
