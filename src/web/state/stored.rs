//! The saved state (the JSON under [`super::storage::KEY`]) read back
//! through the same validation as an import, entry by entry: one broken or
//! out-of-limit profile never hides the others. A value validation refuses
//! becomes the text of its field, shown there with the message that names
//! the limit ([`crate::profile::salvage`]); a profile no field can mend
//! (unreadable, too many achievements) is set aside, with its JSON for a
//! backup and why. Pure: no storage here, so the fuzzer runs it natively.

use super::entry::Entry;
use super::store::{RulebookChoice, State};
use crate::limits::MAX_DRAFT_CHARS;
use crate::profile::salvage;
use crate::text::{Lang, Message};
use serde::Deserialize;
use serde_json::Value;

/// A profile that could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAside {
    /// Its name, when it could be read.
    pub name: String,
    /// Its JSON as saved, for the backup.
    pub json: String,
    pub why: Message,
}

/// What was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    /// `None` when no profile could be loaded.
    pub state: Option<State>,
    /// Names of the profiles whose refused values were moved to their fields.
    pub mended: Vec<String>,
    pub set_aside: Vec<SetAside>,
}

/// The top level, each part read on its own so that a bad one costs only
/// itself.
#[derive(Deserialize)]
struct Top {
    entries: Vec<Value>,
    #[serde(default)]
    active: Option<Value>,
    #[serde(default)]
    lang: Option<Value>,
    #[serde(default)]
    rulebook: Option<Value>,
    #[serde(default)]
    compare: Option<Value>,
}

fn part<T: serde::de::DeserializeOwned + Default>(v: Option<Value>) -> T {
    v.and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default()
}

/// Reads the saved text; `None` when it is not a saved state at all (the
/// caller keeps it as a corrupt backup).
pub fn read(raw: &str) -> Option<Read> {
    let top: Top = serde_json::from_str(raw).ok()?;
    let mut out = Read {
        state: None,
        mended: Vec::new(),
        set_aside: Vec::new(),
    };
    let mut entries = Vec::new();
    for v in top.entries {
        let json = v.to_string();
        match Entry::from_json(&json) {
            Ok(e) => match mend(e) {
                Ok((e, mended)) => {
                    if mended {
                        out.mended.push(e.name.clone());
                    }
                    entries.push(e);
                }
                Err((name, why)) => out.set_aside.push(SetAside { name, json, why }),
            },
            Err(_) => out.set_aside.push(SetAside {
                name: String::new(),
                json,
                why: Message::new("无法读取", "unreadable"),
            }),
        }
    }
    if entries.is_empty() {
        return if out.set_aside.is_empty() {
            None
        } else {
            Some(out)
        };
    }
    let active: String = part(top.active);
    let active = if entries.iter().any(|e| e.id == active) {
        active
    } else {
        entries[0].id.clone()
    };
    out.state = Some(State {
        entries,
        active,
        lang: part::<Lang>(top.lang),
        rulebook: part::<RulebookChoice>(top.rulebook),
        compare: part(top.compare),
        undo: None,
    });
    Some(out)
}

/// An entry validated like an import: refused values moved to drafts (a
/// draft the user typed at that path stays), drafts cut to
/// [`MAX_DRAFT_CHARS`]. `Err` with its name and why when no field can show
/// the problem. `true` when a value was moved.
fn mend(mut e: Entry) -> Result<(Entry, bool), (String, Message)> {
    let s = salvage(std::rc::Rc::unwrap_or_clone(e.profile));
    if let Some(first) = s.refused.first() {
        return Err((e.name, Message::new(first.zh.clone(), first.en.clone())));
    }
    e.profile = std::rc::Rc::new(s.profile);
    let mended = !s.drafts.is_empty();
    for (path, text) in s.drafts {
        e.drafts.entry(path).or_insert(text);
    }
    for text in e.drafts.values_mut() {
        if text.chars().count() > MAX_DRAFT_CHARS {
            *text = text.chars().take(MAX_DRAFT_CHARS).collect();
        }
    }
    Ok((e, mended))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;

    fn saved(entries: &[serde_json::Value]) -> String {
        serde_json::json!({ "entries": entries, "active": "b", "lang": "zh" }).to_string()
    }

    fn entry(id: &str) -> serde_json::Value {
        serde_json::to_value(Entry::new(id.into(), id.to_uppercase(), Profile::empty())).unwrap()
    }

    /// Issue 18: a stored revenue of ~7.9e28 loads with a message at its
    /// field instead of panicking when the advice runs.
    #[test]
    fn a_huge_stored_revenue_loads_with_its_message() {
        let mut b = entry("b");
        b["profile"]["financials"]["operating_revenue"]["y1"] =
            serde_json::json!("79228162514264337593543950335");
        let r = read(&saved(&[entry("a"), b])).unwrap();
        assert_eq!(r.mended, ["B"]);
        let s = r.state.unwrap();
        assert_eq!(s.active, "b");
        let e = s.active();
        assert_eq!(e.profile.financials.operating_revenue.y1, None);
        assert_eq!(
            e.text("financials.operating_revenue.y1"),
            "79228162514264337593543950335"
        );
        let why = e.problem("financials.operating_revenue.y1").unwrap();
        assert!(why.zh.contains("100 万亿元"), "{}", why.zh);
        let a = crate::assess(&e.profile, crate::Date::ymd(2025, 6, 30));
        let _ = crate::report::report(&a);
    }

    /// One broken entry no longer hides the others.
    #[test]
    fn a_broken_entry_is_set_aside_alone() {
        let mut many = entry("c");
        many["profile"]["achievements"] = serde_json::Value::Array(
            (0..201)
                .map(|_| serde_json::json!({ "kind": "standard", "count": 1 }))
                .collect(),
        );
        let broken = serde_json::json!({ "id": 5, "profile": [] });
        let r = read(&saved(&[entry("a"), broken, many, entry("b")])).unwrap();
        let s = r.state.unwrap();
        assert_eq!(
            s.entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(r.set_aside.len(), 2);
        assert_eq!(r.set_aside[1].name, "C");
        assert!(r.set_aside[1].why.zh.contains("最多 200 项"));
        assert!(r.set_aside[0].json.contains("\"id\":5"));
    }

    #[test]
    fn not_a_state_is_none() {
        for raw in ["", "[]", "{}", "{\"entries\":[]}", "null"] {
            assert_eq!(read(raw), None, "{raw}");
        }
        // Bad settings fall back to their defaults.
        let raw = serde_json::json!({ "entries": [entry("a")], "lang": 7, "active": "zz" });
        let s = read(&raw.to_string()).unwrap().state.unwrap();
        assert_eq!((s.lang, s.active.as_str()), (Lang::Zh, "a"));
    }
}
