//! How much a catalog item pays: [`Amount`], written as one table whose
//! `type` says which keys it needs, and money as decimal strings. Part of
//! the catalog's shape (see `model.rs`); compiled by the build script too.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How much an item pays per unit. Written `{ type = "up_to", wan = "30",
/// min_wan = "15" }`; see [`AmountRepr`] for the keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "AmountRepr", into = "AmountRepr")]
pub enum Amount {
    /// A definite sum ("给予 20 万元").
    Fixed { wan: Decimal },
    /// A ceiling ("不高于", "不超过"); `min_wan` when the text gives the
    /// lowest grade or a range ("择优分三档 30/20/15", "5-10 万元").
    UpTo {
        wan: Decimal,
        min_wan: Option<Decimal>,
    },
    /// A share of another item's amount.
    PercentOf { base: String, percent: Decimal },
    /// A share of a cost the company bears, optionally capped.
    PercentOfCost {
        percent: Decimal,
        cap_wan: Option<Decimal>,
    },
    /// The text lists the case but gives no sum.
    Unstated,
}

/// The written form of [`Amount`]: one table whose `type` says which keys
/// it needs.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmountRepr {
    #[serde(rename = "type")]
    pub kind: AmountType,
    #[serde(default, with = "wan_opt")]
    pub wan: Option<Decimal>,
    #[serde(default, with = "wan_opt")]
    pub min_wan: Option<Decimal>,
    #[serde(default)]
    pub base: Option<String>,
    #[serde(default, with = "wan_opt")]
    pub percent: Option<Decimal>,
    #[serde(default, with = "wan_opt")]
    pub cap_wan: Option<Decimal>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmountType {
    Fixed,
    UpTo,
    PercentOf,
    PercentOfCost,
    Unstated,
}

impl TryFrom<AmountRepr> for Amount {
    type Error = String;
    fn try_from(r: AmountRepr) -> Result<Amount, String> {
        let need = |v: Option<Decimal>, key: &str| {
            v.ok_or_else(|| format!("amount of type {:?} needs `{key}`", r.kind))
        };
        let unused = |keys: &[(&str, bool)]| match keys.iter().find(|(_, set)| *set) {
            Some((key, _)) => Err(format!("amount of type {:?} has no `{key}`", r.kind)),
            None => Ok(()),
        };
        Ok(match r.kind {
            AmountType::Fixed => {
                unused(&[
                    ("min_wan", r.min_wan.is_some()),
                    ("base", r.base.is_some()),
                    ("percent", r.percent.is_some()),
                    ("cap_wan", r.cap_wan.is_some()),
                ])?;
                Amount::Fixed {
                    wan: need(r.wan, "wan")?,
                }
            }
            AmountType::UpTo => {
                unused(&[
                    ("base", r.base.is_some()),
                    ("percent", r.percent.is_some()),
                    ("cap_wan", r.cap_wan.is_some()),
                ])?;
                let wan = need(r.wan, "wan")?;
                if r.min_wan.is_some_and(|m| m > wan) {
                    return Err("`min_wan` is above `wan`".into());
                }
                Amount::UpTo {
                    wan,
                    min_wan: r.min_wan,
                }
            }
            AmountType::PercentOf => {
                unused(&[
                    ("wan", r.wan.is_some()),
                    ("min_wan", r.min_wan.is_some()),
                    ("cap_wan", r.cap_wan.is_some()),
                ])?;
                let base = r
                    .base
                    .clone()
                    .ok_or("amount of type percent_of needs `base`")?;
                Amount::PercentOf {
                    base,
                    percent: need(r.percent, "percent")?,
                }
            }
            AmountType::PercentOfCost => {
                unused(&[
                    ("wan", r.wan.is_some()),
                    ("min_wan", r.min_wan.is_some()),
                    ("base", r.base.is_some()),
                ])?;
                Amount::PercentOfCost {
                    percent: need(r.percent, "percent")?,
                    cap_wan: r.cap_wan,
                }
            }
            AmountType::Unstated => {
                unused(&[
                    ("wan", r.wan.is_some()),
                    ("min_wan", r.min_wan.is_some()),
                    ("base", r.base.is_some()),
                    ("percent", r.percent.is_some()),
                    ("cap_wan", r.cap_wan.is_some()),
                ])?;
                Amount::Unstated
            }
        })
    }
}

impl From<Amount> for AmountRepr {
    fn from(a: Amount) -> AmountRepr {
        let mut r = AmountRepr {
            kind: AmountType::Unstated,
            wan: None,
            min_wan: None,
            base: None,
            percent: None,
            cap_wan: None,
        };
        match a {
            Amount::Fixed { wan } => (r.kind, r.wan) = (AmountType::Fixed, Some(wan)),
            Amount::UpTo { wan, min_wan } => {
                (r.kind, r.wan, r.min_wan) = (AmountType::UpTo, Some(wan), min_wan)
            }
            Amount::PercentOf { base, percent } => {
                (r.kind, r.base, r.percent) = (AmountType::PercentOf, Some(base), Some(percent))
            }
            Amount::PercentOfCost { percent, cap_wan } => {
                (r.kind, r.percent, r.cap_wan) = (AmountType::PercentOfCost, Some(percent), cap_wan)
            }
            Amount::Unstated => {}
        }
        r
    }
}

/// Money and percentages as decimal strings (`"30"`, `"0.5"`): exact,
/// never negative, and the same in TOML, JSON and the binary form.
pub mod wan_opt {
    use rust_decimal::Decimal;
    use serde::de::{Error, Visitor};
    use serde::{Deserializer, Serializer};
    use std::fmt;

    pub fn serialize<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(d) => s.serialize_some(&d.to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        d.deserialize_option(OptVisitor)
    }

    /// A non-negative decimal written with digits and at most one point.
    pub fn parse(s: &str) -> Result<Decimal, String> {
        let ok = !s.is_empty()
            && s.chars().all(|c| c.is_ascii_digit() || c == '.')
            && s.matches('.').count() <= 1
            && !s.starts_with('.')
            && !s.ends_with('.');
        let err = || {
            format!("expected a non-negative decimal string such as \"30\" or \"0.5\", found {s:?}")
        };
        if !ok {
            return Err(err());
        }
        s.parse().map_err(|_| err())
    }

    struct OptVisitor;
    struct StrVisitor;

    impl<'de> Visitor<'de> for OptVisitor {
        type Value = Option<Decimal>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a decimal string such as \"30\"")
        }
        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(StrVisitor).map(Some)
        }
    }

    impl Visitor<'_> for StrVisitor {
        type Value = Decimal;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a decimal string such as \"30\"")
        }
        fn visit_str<E: Error>(self, s: &str) -> Result<Decimal, E> {
            parse(s).map_err(E::custom)
        }
    }
}

/// A required decimal string (see [`wan_opt`]).
pub mod wan {
    use rust_decimal::Decimal;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(v)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        super::wan_opt::parse(&s).map_err(serde::de::Error::custom)
    }
}
