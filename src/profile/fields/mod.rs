//! Every editable field of `sme-profile/1`, declared once: its dotted path,
//! its form section, label, unit, help text (from 附件4 where it defines the
//! term) and how to read and write it. The form, the CSV import, the
//! "missing input" hints and the advice all read this table.

mod choice;
mod enums;
mod input;
mod table;

pub use enums::{one_of, Choice};
pub use table::{
    all_fields, field, form_position, honors_of, AWARD_LEVEL_OPTIONS, FIELDS, HONOR_LABELS,
    HONOR_OPTIONS, INDUSTRY_OPTIONS, MAKER_CHINA_OPTIONS, RD_INSTITUTION_OPTIONS, YEAR_ROWS,
};

use crate::profile::Profile;
use crate::t;
use crate::text::Text;
use rust_decimal::Decimal;

/// Form sections, in the order of the official 自评表.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Company,
    Financials,
    Ip,
    Qualifications,
    Compliance,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::Company,
        Section::Financials,
        Section::Ip,
        Section::Qualifications,
        Section::Compliance,
    ];

    pub fn title(self) -> Text {
        match self {
            Section::Company => t!("企业基本信息", "Company"),
            Section::Financials => t!("财务数据", "Financials"),
            Section::Ip => t!("知识产权", "Intellectual property"),
            Section::Qualifications => t!("资质与荣誉", "Qualifications and honours"),
            Section::Compliance => t!("合规情况", "Compliance"),
        }
    }
}

/// What kind of value a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 万元, exact decimal; `signed` allows negatives (净利润).
    Money {
        signed: bool,
    },
    /// A whole number ≥ 0.
    Count,
    /// A percentage 0-100.
    Percent,
    /// A score (decimal).
    Score,
    Bool,
    Choice(&'static [(&'static str, Text)]),
    Text,
    Date,
}

/// A field's value, independent of its type in the profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Empty,
    Decimal(Decimal),
    Count(u32),
    Bool(bool),
    Choice(&'static str),
    Text(String),
    Date(crate::date::Date),
}

impl Value {
    /// As the form shows it ("" for empty).
    pub fn display(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Decimal(d) => d.normalize().to_string(),
            Value::Count(n) => n.to_string(),
            Value::Bool(b) => if *b { "true" } else { "false" }.to_string(),
            Value::Choice(c) => c.to_string(),
            Value::Text(s) => s.clone(),
            Value::Date(d) => d.to_string(),
        }
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, Value::Empty)
    }
}

/// One editable field.
pub struct Field {
    pub path: &'static str,
    pub section: Section,
    pub label: Text,
    /// Short unit shown beside the input ("万元", "人", "%").
    pub unit: Option<Text>,
    pub help: Option<Text>,
    pub kind: Kind,
    pub get: fn(&Profile) -> Value,
    pub set: fn(&mut Profile, Value),
}

impl std::fmt::Debug for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.path)
    }
}
