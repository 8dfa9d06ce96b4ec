//! One achievement row of the profile: something the company won or did in
//! the last year (a standard led, a forerunner title, …), in the catalog's
//! vocabulary, read from one flat JSON object.

use super::bilingual::bilingual;
use super::grouped;
use crate::limits::MAX_ACHIEVEMENT_COUNT;
use serde::{Deserialize, Serialize};

/// Something the company won or did in the last year, matched against the
/// local incentive catalog. `kind` and the attributes are the catalog's
/// vocabulary (`data/incentives/SCHEMA.md`).
///
/// In JSON it is one flat object: `{"kind": "standard", "level": "national",
/// "role": "lead", "action": "draft", "count": 1}`. Serde's `flatten` cannot
/// be used here (it breaks numbers under `arbitrary_precision`), so the
/// object is read through a JSON map.
///
/// A row being filled in may lack its kind (an empty `kind`, left out of
/// the JSON) or any attribute: unknown is not zero, so such a row is kept
/// but counts for nothing until it is complete (`incentives::is_complete`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Achievement {
    /// Empty while not chosen.
    pub kind: String,
    pub count: u32,
    /// The standards counted form one series with the same first drafter.
    pub series: bool,
    /// The level already rewarded before this one (upgrades pay the difference).
    pub upgraded_from: Option<String>,
    /// Attributes such as `level`, `role`, `action`, `scope`, `body`, `grade`.
    pub attributes: std::collections::BTreeMap<String, String>,
}

impl Achievement {
    pub fn new(kind: &str, attributes: &[(&str, &str)], count: u32) -> Achievement {
        Achievement {
            kind: kind.to_string(),
            count,
            attributes: attributes
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..Achievement::default()
        }
    }

    /// A new row as "＋ 添加成果" adds it: nothing chosen, one of it.
    pub fn blank() -> Achievement {
        Achievement {
            count: 1,
            ..Achievement::default()
        }
    }

    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes.get(key).map(String::as_str)
    }
}

impl Serialize for Achievement {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        // A kind not yet chosen is left out, as any unknown field is.
        if !self.kind.is_empty() {
            m.serialize_entry("kind", &self.kind)?;
        }
        for (k, v) in &self.attributes {
            m.serialize_entry(k, v)?;
        }
        if self.series {
            m.serialize_entry("series", &true)?;
        }
        if let Some(u) = &self.upgraded_from {
            m.serialize_entry("upgraded_from", u)?;
        }
        m.serialize_entry("count", &self.count)?;
        m.end()
    }
}

impl<'de> Deserialize<'de> for Achievement {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde_json::Value;
        let count_error = || {
            let max = grouped(MAX_ACHIEVEMENT_COUNT.into());
            bilingual(
                format!("数量（count）应为 0 到 {max} 之间的整数"),
                format!("the count should be a whole number from 0 to {max}"),
            )
        };
        let map = serde_json::Map::<String, Value>::deserialize(d)?;
        let mut a = Achievement::blank();
        for (key, value) in map {
            match (key.as_str(), value) {
                ("kind", Value::String(s)) => a.kind = s,
                // Not chosen yet.
                ("kind", Value::Null) => {}
                ("kind", _) => {
                    return Err(bilingual(
                        "成果类型（kind）应为文字，如 \"standard\"",
                        "the kind should be text, e.g. \"standard\"",
                    ))
                }
                ("count", Value::Number(n)) => {
                    a.count = n.to_string().parse().map_err(|_| count_error())?
                }
                ("count", Value::String(s)) => {
                    a.count = s.trim().parse().map_err(|_| count_error())?
                }
                ("count", Value::Null) => {}
                ("count", _) => return Err(count_error()),
                ("series", Value::Bool(b)) => a.series = b,
                ("upgraded_from", Value::String(s)) => a.upgraded_from = Some(s),
                ("upgraded_from", Value::Null) => {}
                // An attribute not chosen yet.
                (_, Value::String(s)) if s.is_empty() => {}
                (_, Value::Null) => {}
                (_, Value::String(s)) => {
                    a.attributes.insert(key, s);
                }
                (_, Value::Number(n)) => {
                    a.attributes.insert(key, n.to_string());
                }
                (_, Value::Bool(b)) => {
                    a.attributes.insert(key, b.to_string());
                }
                // Unknown nested structures are ignored (forward compatibility).
                _ => {}
            }
        }
        Ok(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_without_kind_or_level_reads_and_writes_back() {
        for json in [
            r#"{"count":1}"#,
            r#"{"kind":null,"level":null,"count":1}"#,
            r#"{"kind":"","level":""}"#,
        ] {
            let a: Achievement = serde_json::from_str(json).unwrap();
            assert_eq!(a, Achievement::blank(), "{json}");
            let back = serde_json::to_string(&a).unwrap();
            assert_eq!(back, r#"{"count":1}"#);
        }
        let a: Achievement = serde_json::from_str(r#"{"kind":"forerunner"}"#).unwrap();
        assert_eq!(
            (a.kind.as_str(), a.attribute("level")),
            ("forerunner", None)
        );
        assert!(serde_json::from_str::<Achievement>(r#"{"kind":3}"#).is_err());
    }
}
