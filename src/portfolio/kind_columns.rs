//! Honours and achievements as spreadsheet columns: one column per honour
//! (是/否) and one per kind of achievement with its attributes, holding a
//! count ("成果：标准制修订·国家标准·主导（第一起草单位）·制定（项）" = 2). The
//! header is the achievement in words, read back with the catalog's
//! vocabulary, so a consultant can add a column by writing its name.

use crate::incentives::catalog::{kind_info, vocabulary, KindInfo};
use crate::profile::fields::HONOR_LABELS;
use crate::profile::{Achievement, Honor};

/// The prefix of an honour's column.
pub const HONOR_PREFIX: &str = "荣誉：";
/// The prefix and suffix of an achievement's column.
pub const ACHIEVEMENT_PREFIX: &str = "成果：";
pub const ACHIEVEMENT_SUFFIX: &str = "（项）";
/// Between the kind and each attribute in an achievement's header.
const SEP: char = '·';

/// Every achievement kind the catalog knows, in its order.
pub fn kinds() -> impl Iterator<Item = &'static KindInfo> {
    vocabulary().iter()
}

/// An honour's column header.
pub fn honor_header(h: Honor) -> String {
    let label = HONOR_LABELS
        .iter()
        .find(|(x, _)| *x == h)
        .map_or("", |(_, t)| t.zh);
    format!("{HONOR_PREFIX}{label}")
}

/// The honour a (normalised) header names: `荣誉：高新技术企业`, `honour:
/// high-tech enterprise`, `qualifications.honors.high_tech_enterprise`.
pub fn honor_of(h: &str) -> Option<Honor> {
    let rest = [
        "荣誉：",
        "荣誉:",
        "honour:",
        "honor:",
        "qualifications.honors.",
    ]
    .iter()
    .find_map(|p| h.strip_prefix(p))?;
    HONOR_LABELS.iter().find_map(|(x, t)| {
        let code = serde_json::to_value(x).ok()?;
        (squash(t.zh) == rest || squash(t.en) == rest || code.as_str() == Some(rest)).then_some(*x)
    })
}

/// Lower case without spaces, brackets made full-width: how headers and
/// words are compared.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            ':' => '：',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

/// The words of an attribute value (Chinese label, else the value).
fn value_words(info: &KindInfo, attr: &str, value: &str) -> String {
    info.attributes
        .iter()
        .find(|a| a.name == attr)
        .and_then(|a| a.values.iter().find(|(v, _, _)| *v == value))
        .map(|(v, zh, _)| {
            if zh.is_empty() {
                v.to_string()
            } else {
                zh.to_string()
            }
        })
        .unwrap_or_else(|| value.to_string())
}

/// An achievement's column header (its count is the cell).
pub fn achievement_header(a: &Achievement) -> String {
    let Some(info) = kind_info(&a.kind) else {
        return format!("{ACHIEVEMENT_PREFIX}{}{ACHIEVEMENT_SUFFIX}", a.kind);
    };
    let mut parts = vec![info.label_zh.to_string()];
    // In the vocabulary's attribute order, so equal achievements get equal
    // headers.
    for attr in &info.attributes {
        if let Some(v) = a.attribute(&attr.name) {
            parts.push(value_words(info, &attr.name, v));
        }
    }
    for (k, v) in &a.attributes {
        if !info.attributes.iter().any(|x| &x.name == k) {
            parts.push(format!("{k}={v}"));
        }
    }
    if a.series {
        parts.push("系列标准".into());
    }
    if let Some(from) = &a.upgraded_from {
        parts.push(format!("升级自{}", value_words(info, "level", from)));
    }
    format!(
        "{ACHIEVEMENT_PREFIX}{}{ACHIEVEMENT_SUFFIX}",
        parts.join(&SEP.to_string())
    )
}

/// The achievement (count 0) a (normalised) header names, or why not.
pub fn achievement_of(h: &str) -> Option<Result<Achievement, String>> {
    let rest = ["成果：", "achievement："]
        .iter()
        .find_map(|p| h.strip_prefix(p))?;
    let rest = ["（项）", "（数量）", "（count）"]
        .iter()
        .find_map(|s| rest.strip_suffix(s))
        .unwrap_or(rest);
    let mut words = rest.split(SEP).map(str::trim).filter(|w| !w.is_empty());
    let kind_word = words.next().unwrap_or_default();
    let Some(info) = kinds().find(|k| {
        squash(&k.label_zh) == kind_word || squash(&k.label_en) == kind_word || k.kind == kind_word
    }) else {
        let known: Vec<&str> = kinds().map(|k| k.label_zh.as_str()).collect();
        return Some(Err(format!(
            "未知成果类型“{kind_word}”，可填：{}",
            known.join("；")
        )));
    };
    let mut a = Achievement::new(&info.kind, &[], 0);
    for w in words {
        if w == "系列标准" || w == "series" {
            a.series = true;
            continue;
        }
        if let Some(level) = w.strip_prefix("升级自") {
            match find_value(info, level) {
                Some((_, v)) => a.upgraded_from = Some(v.to_string()),
                None => return Some(Err(unknown_value(info, w))),
            }
            continue;
        }
        if let Some((k, v)) = w.split_once('=') {
            a.attributes.insert(k.to_string(), v.to_string());
            continue;
        }
        match find_value(info, w) {
            Some((attr, v)) => {
                a.attributes.insert(attr.to_string(), v.to_string());
            }
            None => return Some(Err(unknown_value(info, w))),
        }
    }
    Some(Ok(a))
}

/// The attribute and value a word names within a kind.
fn find_value(info: &'static KindInfo, word: &str) -> Option<(&'static str, &'static str)> {
    info.attributes.iter().find_map(|attr| {
        attr.values
            .iter()
            .find(|(v, zh, en)| {
                squash(v) == word
                    || (!zh.is_empty() && squash(zh) == word)
                    || (!en.is_empty() && squash(en) == word)
            })
            .map(|(v, _, _)| (attr.name.as_str(), v.as_str()))
    })
}

fn unknown_value(info: &KindInfo, word: &str) -> String {
    let allowed: Vec<&str> = info
        .attributes
        .iter()
        .flat_map(|a| {
            a.values.iter().map(|(v, zh, _)| {
                if zh.is_empty() {
                    v.as_str()
                } else {
                    zh.as_str()
                }
            })
        })
        .collect();
    format!(
        "“{}”中的“{word}”不是该类成果的属性，可用：{}",
        info.label_zh,
        allowed.join("；")
    )
}

/// The achievements' columns for a set of profiles' achievements: one per
/// distinct kind and attributes, first seen first, each with the count in
/// each profile.
pub fn achievement_columns<'a>(
    lists: impl IntoIterator<Item = &'a [Achievement]>,
) -> Vec<Achievement> {
    let mut out: Vec<Achievement> = Vec::new();
    for list in lists {
        for a in list {
            let key = Achievement {
                count: 0,
                ..a.clone()
            };
            if !out.contains(&key) {
                out.push(key);
            }
        }
    }
    out
}

/// How many of the achievement `column` names a list holds.
pub fn count_in(list: &[Achievement], column: &Achievement) -> u32 {
    list.iter()
        .filter(|a| {
            Achievement {
                count: 0,
                ..(*a).clone()
            } == *column
        })
        .map(|a| a.count)
        .fold(0, u32::saturating_add)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(header: &str) -> Achievement {
        achievement_of(&squash(header)).unwrap().unwrap()
    }

    #[test]
    fn an_achievement_header_reads_back_as_the_achievement() {
        let mut a = Achievement::new(
            "standard",
            &[("level", "national"), ("role", "lead"), ("action", "draft")],
            0,
        );
        a.series = true;
        let h = achievement_header(&a);
        assert_eq!(
            h,
            "成果：标准制修订·制定·国家标准·主导（第一起草单位）·系列标准（项）"
        );
        assert_eq!(read(&h), a);
        for k in kinds() {
            let mut a = Achievement::new(&k.kind, &[], 0);
            for attr in &k.attributes {
                a.attributes
                    .insert(attr.name.clone(), attr.values[0].0.to_string());
            }
            assert_eq!(read(&achievement_header(&a)), a, "{}", k.kind);
        }
    }

    #[test]
    fn words_in_any_language_and_order_and_bad_words_named() {
        assert_eq!(
            read("成果：标准制修订·制定·行业标准（项）"),
            Achievement::new("standard", &[("action", "draft"), ("level", "industry")], 0)
        );
        assert_eq!(
            read("achievement: standard·National standard"),
            Achievement::new("standard", &[("level", "national")], 0)
        );
        let bad = achievement_of(&squash("成果：标准制修订·银河标准（项）"))
            .unwrap()
            .unwrap_err();
        assert!(
            bad.contains("银河标准") && bad.contains("国家标准"),
            "{bad}"
        );
        assert!(achievement_of("企业名称").is_none());
    }

    #[test]
    fn honours_by_label_or_code() {
        assert_eq!(
            honor_of(&squash(&honor_header(Honor::IpDemo))),
            Some(Honor::IpDemo)
        );
        assert_eq!(
            honor_of("qualifications.honors.high_tech_enterprise"),
            Some(Honor::HighTechEnterprise)
        );
        assert_eq!(honor_of("荣誉：x"), None);
    }
}
