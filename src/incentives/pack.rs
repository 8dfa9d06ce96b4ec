//! Policy packs (`sme-policy-pack/1`, `docs/spec/policy-pack.md`): local
//! policies a consultant adds or corrects without a rebuild, written in the
//! catalog's own shape. A pack policy with a built-in id replaces it; every
//! pack policy is marked as imported. A bad pack is refused whole, with the
//! path of each error.

use super::catalog::{Catalog, Origin, PolicyFile};
use super::check::{check, Problem};
use super::model::Amount;
use crate::limits::MAX_WAN;
use crate::profile::too_large_wan;
use serde::{Deserialize, Serialize};

pub const PACK_FORMAT: &str = "sme-policy-pack/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// Always `sme-policy-pack/1`.
    pub format: String,
    /// Shown wherever its policies appear ("用户导入 · <title>").
    pub title: String,
    /// Who made it, from what, when: free text.
    #[serde(default)]
    pub description: Option<String>,
    pub policies: Vec<PolicyFile>,
}

/// Reads and checks a pack. Errors name their path in the JSON
/// (`policies[0].item[2].amount.wan`).
pub fn parse_pack(text: &str) -> Result<Pack, Vec<Problem>> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let mut pack: Pack = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        vec![Problem {
            path: if path == "." { String::new() } else { path },
            en: inner.to_string(),
            zh: format!("格式错误：{inner}"),
        }]
    })?;
    let mut problems = Vec::new();
    if pack.format != PACK_FORMAT {
        problems.push(Problem {
            path: "format".into(),
            en: format!("expected {PACK_FORMAT:?}, found {:?}", pack.format),
            zh: format!("应为 {PACK_FORMAT:?}，实际为 {:?}", pack.format),
        });
    }
    if pack.title.trim().is_empty() {
        problems.push(Problem {
            path: "title".into(),
            en: "the pack needs a title".into(),
            zh: "政策包需要一个名称".into(),
        });
    }
    let named: Vec<(String, &PolicyFile)> = pack
        .policies
        .iter()
        .enumerate()
        .map(|(k, f)| (format!("policies[{k}]"), f))
        .collect();
    problems.extend(check(&named));
    problems.extend(amounts_over_the_limit(&pack));
    if !problems.is_empty() {
        return Err(problems);
    }
    for f in &mut pack.policies {
        f.origin = Origin::Pack {
            title: pack.title.clone(),
        };
    }
    Ok(pack)
}

/// Every amount of a pack beyond [`MAX_WAN`], the limit of every figure a
/// profile holds: a pack is a door like the others, and its amounts times
/// the units a profile claims then stay inside `Decimal`.
fn amounts_over_the_limit(pack: &Pack) -> Vec<Problem> {
    let (zh, en) = too_large_wan();
    let mut out = Vec::new();
    for (k, f) in pack.policies.iter().enumerate() {
        for (i, item) in f.item.iter().enumerate() {
            let wan = match &item.amount {
                Amount::Fixed { wan } => vec![Some(*wan)],
                Amount::UpTo { wan, min_wan } => vec![Some(*wan), *min_wan],
                Amount::PercentOfCost { cap_wan, .. } => vec![*cap_wan],
                Amount::PercentOf { .. } | Amount::Unstated => vec![],
            };
            if wan.into_iter().flatten().any(|w| w.abs() > MAX_WAN) {
                out.push(Problem {
                    path: format!("policies[{k}].item[{i}].amount"),
                    en: en.clone(),
                    zh: zh.clone(),
                });
            }
        }
        for (i, r) in f.rule.iter().enumerate() {
            let caps = [r.cap_wan, r.raised_cap.as_ref().map(|c| c.cap_wan)];
            if caps.into_iter().flatten().any(|w| w.abs() > MAX_WAN) {
                out.push(Problem {
                    path: format!("policies[{k}].rule[{i}]"),
                    en: en.clone(),
                    zh: zh.clone(),
                });
            }
        }
    }
    out
}

impl Catalog {
    /// This catalog with the packs' policies added, a policy with a known id
    /// replacing the earlier one. Refused when ids then collide (a pack item
    /// reusing another policy's item id); the paths name pack and policy.
    pub fn with_packs(&self, packs: &[Pack]) -> Result<Catalog, Vec<Problem>> {
        let mut out = self.clone();
        let mut paths: Vec<String> = out
            .policies
            .iter()
            .map(|f| format!("built-in {}", f.policy.id))
            .collect();
        for pack in packs {
            for (k, f) in pack.policies.iter().enumerate() {
                let path = format!("{}: policies[{k}]", pack.title);
                match out.policies.iter().position(|b| b.policy.id == f.policy.id) {
                    Some(at) => {
                        out.policies[at] = f.clone();
                        paths[at] = path;
                    }
                    None => {
                        out.policies.push(f.clone());
                        paths.push(path);
                    }
                }
            }
        }
        let named: Vec<(String, &PolicyFile)> = paths.into_iter().zip(&out.policies).collect();
        let problems = check(&named);
        if problems.is_empty() {
            Ok(out)
        } else {
            Err(problems)
        }
    }
}

/// All problems as one message, a line each: `path: reason`.
pub fn problems_text(problems: &[Problem], zh: bool) -> String {
    problems
        .iter()
        .map(|p| {
            let why = if zh { &p.zh } else { &p.en };
            if p.path.is_empty() {
                why.clone()
            } else {
                format!("{}: {why}", p.path)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_beyond_the_limit_is_refused() {
        let text = include_str!("../../examples/policy-pack-shanghai-2026.json");
        assert!(parse_pack(text).is_ok());
        let big = text.replacen(
            r#""wan": "100""#,
            r#""wan": "79228162514264337593543950335""#,
            1,
        );
        let problems = parse_pack(&big).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].path, "policies[0].item[0].amount");
        assert!(problems[0].zh.contains("100 万亿元"));
    }
}
