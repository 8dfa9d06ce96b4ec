//! What a company can change, and how far a metric's threshold asks it to
//! go: the advice's side of the vocabulary.

use super::flag::Flag;
use crate::profile::Profile;
use rust_decimal::Decimal;

/// Something the company can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lever {
    /// R&D expense (the coming year's, entered as last year's figure).
    RdExpense,
    /// Hire R&D staff (both R&D staff and employees grow).
    HireRdStaff,
    /// Hire science and technology staff (科技型中小企业).
    HireSciTechStaff,
    /// Obtain IP of a kind.
    AddIp(IpKind),
    /// Obtain a certification or status the company controls.
    Certify(Flag),
    /// Have the R&D institution recognised at a level.
    Institution,
    /// Reach a digital level on the platform self-test.
    Digital,
    /// Raise new equity from qualified institutional investors.
    Equity,
}

/// The kinds of IP a company can obtain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IpKind {
    Class1,
    Class1SelfDeveloped,
    Class1HighValue,
    Class2,
    /// Ⅰ类 applied to the main product (existing IP applied first).
    Class1Applied,
    /// Ⅰ类 applied for by the company itself, ranked 1–3 among the
    /// holders, and applied to the main product (2026).
    Class1SelfTop3,
}

impl Lever {
    /// Rough effort, for ranking changes that gain as much: paperwork and
    /// certification first, spending and financing last.
    pub fn effort(self) -> u8 {
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

    /// Its key in the advice of `sme-assessment/1`.
    pub fn key(self) -> &'static str {
        match self {
            Lever::RdExpense => "rd_expense",
            Lever::HireRdStaff => "rd_staff",
            Lever::HireSciTechStaff => "sci_tech_staff",
            Lever::AddIp(IpKind::Class1) => "ip_class1",
            Lever::AddIp(IpKind::Class1SelfDeveloped) => "ip_class1_self_developed",
            Lever::AddIp(IpKind::Class1HighValue) => "ip_class1_high_value",
            Lever::AddIp(IpKind::Class2) => "ip_class2",
            Lever::AddIp(IpKind::Class1Applied) => "ip_class1_applied",
            Lever::AddIp(IpKind::Class1SelfTop3) => "ip_class1_self_applied_top3",
            Lever::Certify(_) => "certification",
            Lever::Institution => "rd_institution",
            Lever::Digital => "digital_level",
            Lever::Equity => "equity_financing",
        }
    }
}

/// How the advice moves a metric to a threshold: the lever, and how much of
/// it (money, persons, items, or the level itself) reaches the threshold
/// from where the profile stands (`None` when the profile cannot tell).
#[derive(Clone, Copy)]
pub struct Reach {
    pub lever: Lever,
    pub amount: fn(&Profile, Decimal) -> Option<Decimal>,
}
