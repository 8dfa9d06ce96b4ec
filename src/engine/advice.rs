//! Next-tier advice: for each tier not reached, the changes a company can
//! make (R&D spend, R&D staff, IP, certifications, an R&D institution, its
//! digital level, new equity) that move it towards the tier, each tried on
//! the engine itself, ranked, and a multi-step plan that reaches the tier
//! when one exists. Past facts (revenue history, growth, years in the niche,
//! debt, compliance, awards already decided) are never "advised".
//!
//! Targets come from inverting the rulebook's own thresholds (e.g. R&D ratio
//! ≥ 5% with revenue 9000 → R&D 450), so advice follows the rules as data.

use super::explain::{fmt_decimal as fmt, missing_inputs, Reason};
use super::{assess_with, Assessment, TierOutcome};
use crate::logic::Tri;
use crate::profile::fields::field;
use crate::profile::{Profile, RdInstitution};
use crate::rules::model::{Flag, IpCount, Metric, Rulebook, Test, TierId};
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;
use serde::Serialize;

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
    fn effort(self) -> u8 {
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

    fn key(self) -> &'static str {
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

    fn unit(&self) -> &'static str {
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

/// How far a tier is from qualifying: 100 per failing condition the company
/// could act on, plus the points missing. Zero when qualified.
fn distance(a: &Assessment, id: TierId) -> u32 {
    let Some(t) = a.tier(id) else { return u32::MAX };
    if t.verdict == Tri::Yes {
        return 0;
    }
    let mut d = 0;
    for r in &t.requirements {
        if r.met == Tri::Yes || r.direct == Tri::Yes {
            continue;
        }
        d += 100 * r.all_of.iter().filter(|m| **m == Tri::No).count() as u32;
        if r.requirement.score_route {
            if let (Some(s), Some(card)) = (&t.score, &t.tier.scorecard) {
                d += card.pass_mark.saturating_sub(s.total.min);
                for (c, p) in card.categories.iter().zip(&s.categories) {
                    d += c.minimum.map_or(0, |m| m.saturating_sub(p.min));
                }
            }
        }
    }
    if let Some(pre) = &t.tier.prerequisite {
        for below in pre.any_of {
            d += distance(a, *below);
        }
    }
    d
}

/// An indicator or condition a move changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Effect {
    pub id: &'static str,
    pub zh: String,
    pub en: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points_from: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points_to: Option<u32>,
}

/// One change, tried on the engine.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub lever: &'static str,
    pub amount: String,
    pub unit: &'static str,
    pub zh: String,
    pub en: String,
    /// Points of this tier before and after (scored tiers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_before: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_after: Option<u32>,
    pub gain: i64,
    /// This change alone makes the tier qualified.
    pub flips_verdict: bool,
    pub effects: Vec<Effect>,
    #[serde(skip)]
    pub step: Option<Move>,
}

/// Advice for one tier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierAdvice {
    pub tier: &'static str,
    pub verdict: &'static str,
    /// Single changes that bring the tier closer, best first.
    pub changes: Vec<Change>,
    /// The first single change that makes the tier qualified, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flipping_change: Option<Change>,
    /// Changes that together reach the tier (applied in order).
    pub plan: Vec<Change>,
    /// Whether the plan reaches the tier.
    pub reachable: bool,
    /// What no change can fix (past facts, preconditions).
    pub blocked_by: Vec<Reason>,
    /// Inputs to fill in to settle a "depends".
    pub missing: Vec<String>,
}

fn effects(before: &TierOutcome, after: &TierOutcome) -> Vec<Effect> {
    let mut out = Vec::new();
    if let (Some(card), Some(b), Some(a)) = (&before.tier.scorecard, &before.score, &after.score) {
        for ((ind, sb), sa) in card.indicators.iter().zip(&b.indicators).zip(&a.indicators) {
            if sb.points != sa.points {
                out.push(Effect {
                    id: ind.id,
                    zh: format!(
                        "{}（{}）由 {} 分升至 {} 分",
                        ind.name.zh, ind.citation.article, sb.points.min, sa.points.min
                    ),
                    en: format!(
                        "{} ({}) from {} to {} points",
                        ind.name.en, ind.citation.article, sb.points.min, sa.points.min
                    ),
                    points_from: Some(sb.points.min),
                    points_to: Some(sa.points.min),
                });
            }
        }
    }
    for (rb, ra) in before.requirements.iter().zip(&after.requirements) {
        for ((c, mb), ma) in rb
            .requirement
            .all_of
            .iter()
            .chain(rb.requirement.any_of)
            .zip(rb.all_of.iter().chain(&rb.any_of))
            .zip(ra.all_of.iter().chain(&ra.any_of))
        {
            if *mb != Tri::Yes && *ma == Tri::Yes {
                out.push(Effect {
                    id: c.id,
                    zh: format!("满足：{}", c.text.zh),
                    en: format!("Meets: {}", c.text.en),
                    points_from: None,
                    points_to: None,
                });
            }
        }
    }
    out
}

/// Effects on a tier and on the tiers below it that it needs.
fn chain_effects(before: &Assessment, after: &Assessment, id: TierId) -> Vec<Effect> {
    let (Some(b), Some(a)) = (before.tier(id), after.tier(id)) else {
        return vec![];
    };
    let mut out = effects(b, a);
    if let Some(pre) = &b.tier.prerequisite {
        for below in pre.any_of {
            if b.prerequisite != Some(Tri::Yes) {
                out.extend(chain_effects(before, after, *below));
            }
        }
    }
    out
}

fn change(
    m: Move,
    p: &Profile,
    before_all: &Assessment,
    after_all: &Assessment,
    id: TierId,
) -> Option<Change> {
    let (before, after) = (before_all.tier(id)?, after_all.tier(id)?);
    let (zh, en) = m.describe(p);
    let sb = before.score.as_ref().map(|s| s.total.min);
    let sa = after.score.as_ref().map(|s| s.total.min);
    let effects = chain_effects(before_all, after_all, id);
    let tail_zh = match (sb, sa) {
        (Some(b), Some(a)) if a != b => format!("；总分由 {b} 分升至 {a} 分"),
        _ => String::new(),
    };
    let tail_en = match (sb, sa) {
        (Some(b), Some(a)) if a != b => format!("; total from {b} to {a}"),
        _ => String::new(),
    };
    let eff_zh: Vec<&str> = effects.iter().map(|e| e.zh.as_str()).collect();
    let eff_en: Vec<&str> = effects.iter().map(|e| e.en.as_str()).collect();
    Some(Change {
        lever: m.lever.key(),
        amount: fmt(m.amount),
        unit: m.unit(),
        zh: if eff_zh.is_empty() {
            zh
        } else {
            format!("{zh}：{}{tail_zh}", eff_zh.join("，"))
        },
        en: if eff_en.is_empty() {
            en
        } else {
            format!("{en}: {}{tail_en}", eff_en.join(", "))
        },
        score_before: sb,
        score_after: sa,
        gain: sa.unwrap_or(0) as i64 - sb.unwrap_or(0) as i64,
        flips_verdict: before.verdict != Tri::Yes && after.verdict == Tri::Yes,
        effects,
        step: Some(m),
    })
}

/// Advice for every tier the company has not surely reached.
pub fn advise(a: &Assessment) -> Vec<TierAdvice> {
    let rulebook = a.rulebook;
    let profile = a.facts.profile;
    let date = a.date();
    let moves = candidate_moves(profile, rulebook);
    // Each candidate is assessed once and serves every tier.
    let tried: Vec<(Move, Profile)> = moves
        .iter()
        .filter_map(|m| {
            let mut p = profile.clone();
            m.apply(&mut p).map(|_| (*m, p))
        })
        .collect();
    let tried: Vec<(Move, &Profile, Assessment)> = tried
        .iter()
        .map(|(m, p)| (*m, p, assess_with(p, date, rulebook)))
        .collect();

    let mut out = Vec::new();
    for t in &a.tiers {
        if t.verdict == Tri::Yes {
            continue;
        }
        let id = t.id();
        let here = distance(a, id);
        let mut changes: Vec<(u32, u8, Change)> = tried
            .iter()
            .filter_map(|(m, _, after)| {
                let d = distance(after, id);
                if d >= here {
                    return None;
                }
                Some((d, m.lever.effort(), change(*m, profile, a, after, id)?))
            })
            .collect();
        changes.sort_by(|x, y| {
            (!x.2.flips_verdict, x.0, x.1, x.2.step.map(|m| m.amount))
                .partial_cmp(&(!y.2.flips_verdict, y.0, y.1, y.2.step.map(|m| m.amount)))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        // One entry per lever: the smallest move that gains the most.
        let mut seen = Vec::new();
        let changes: Vec<Change> = changes
            .into_iter()
            .map(|c| c.2)
            .filter(|c| {
                let key = (c.lever, c.effects.iter().map(|e| e.id).collect::<Vec<_>>());
                if seen.contains(&key) {
                    false
                } else {
                    seen.push(key);
                    true
                }
            })
            .take(12)
            .collect();
        let flipping_change = changes.iter().find(|c| c.flips_verdict).cloned();
        // New equity is the last resort: plan without it first.
        let (mut plan_steps, mut reachable) = plan(profile, date, rulebook, id, false);
        if !reachable {
            let with_equity = plan(profile, date, rulebook, id, true);
            if with_equity.1 {
                (plan_steps, reachable) = with_equity;
            }
        }
        let plan = plan_steps;
        let mut missing = Vec::new();
        if t.verdict == Tri::Unknown {
            collect_missing(a, t, &mut missing);
        }
        let blocked_by = if reachable {
            vec![]
        } else {
            blocked(a, &plan, profile, date, rulebook, id)
        };
        out.push(TierAdvice {
            tier: id.key(),
            verdict: if t.verdict == Tri::Unknown {
                "depends"
            } else {
                "not_qualified"
            },
            changes,
            flipping_change,
            plan,
            reachable,
            blocked_by,
            missing,
        });
    }
    out
}

/// Greedy: apply the move that brings the tier closest, until it qualifies
/// or nothing helps.
fn plan(
    start: &Profile,
    date: crate::date::Date,
    rulebook: &'static Rulebook,
    id: TierId,
    allow_equity: bool,
) -> (Vec<Change>, bool) {
    let mut p = start.clone();
    let mut steps = Vec::new();
    for _ in 0..12 {
        let a = assess_with(&p, date, rulebook);
        let here = distance(&a, id);
        if here == 0 {
            return (steps, true);
        }
        let mut best: Option<(u32, u8, Decimal, Move, Profile)> = None;
        for m in candidate_moves(&p, rulebook) {
            if m.lever == Lever::Equity && !allow_equity {
                continue;
            }
            let mut next = p.clone();
            if m.apply(&mut next).is_none() {
                continue;
            }
            let d = distance(&assess_with(&next, date, rulebook), id);
            let key = (d, m.lever.effort(), m.amount);
            if d < here && best.as_ref().is_none_or(|b| key < (b.0, b.1, b.2)) {
                best = Some((d, m.lever.effort(), m.amount, m, next));
            }
        }
        let Some((_, _, _, m, next)) = best else {
            break;
        };
        let after = assess_with(&next, date, rulebook);
        if let Some(c) = change(m, &p, &a, &after, id) {
            steps.push(c);
        }
        p = next;
    }
    let done = assess_with(&p, date, rulebook)
        .tier(id)
        .is_some_and(|t| t.verdict == Tri::Yes);
    (steps, done)
}

/// What still fails after the plan: the conditions no lever can change.
fn blocked(
    _a: &Assessment,
    plan: &[Change],
    start: &Profile,
    date: crate::date::Date,
    rulebook: &'static Rulebook,
    id: TierId,
) -> Vec<Reason> {
    let mut p = start.clone();
    for c in plan {
        if let Some(m) = c.step {
            let _ = m.apply(&mut p);
        }
    }
    let after = assess_with(&p, date, rulebook);
    let mut out = Vec::new();
    let mut chain = vec![id];
    while let Some(tid) = chain.pop() {
        if let Some(t) = after.tier(tid) {
            for r in super::explain::tier_reasons(&after, t) {
                if r.status == "not_met"
                    && !r.id.ends_with("_prerequisite")
                    && !out.iter().any(|x: &Reason| x.id == r.id)
                {
                    out.push(r);
                }
            }
            if let Some(pre) = &t.tier.prerequisite {
                chain.extend(pre.any_of.iter().copied());
            }
        }
    }
    out
}

fn collect_missing(a: &Assessment, t: &TierOutcome, out: &mut Vec<String>) {
    let f = &a.facts;
    let mut add = |test: &Test| {
        for p in missing_inputs(test, f) {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    };
    if t.tier.preconditions {
        for (c, m) in a.rulebook.preconditions.iter().zip(&a.preconditions) {
            if *m == Tri::Unknown {
                add(&c.test);
            }
        }
    }
    for r in &t.requirements {
        for (c, m) in r
            .requirement
            .all_of
            .iter()
            .zip(&r.all_of)
            .chain(r.requirement.any_of.iter().zip(&r.any_of))
        {
            if *m == Tri::Unknown {
                add(&c.test);
            }
        }
    }
    if let (Some(card), Some(s)) = (&t.tier.scorecard, &t.score) {
        for (ind, sc) in card.indicators.iter().zip(&s.indicators) {
            if !sc.points.is_exact() {
                for test in crate::report::indicator_tests(ind) {
                    add(&test);
                }
            }
        }
    }
    if let Some(pre) = &t.tier.prerequisite {
        for below in pre.any_of {
            if let Some(bt) = a.tier(*below) {
                if bt.verdict == Tri::Unknown {
                    collect_missing(a, bt, out);
                }
            }
        }
    }
}
