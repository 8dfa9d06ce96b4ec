//! One store for the profiles (several named, one active), their drafts
//! (what the user typed that is not valid yet) and the undo of a delete.
//! The reducer is pure: ids and names come in the actions; storage happens
//! in an effect (`app.rs`), never here.

use super::entry::{check, try_apply, Entry};
use crate::date::Date;
use crate::profile::{AchievementEdit, Honor, Profile};
use crate::text::Lang;
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yew::Reducible;

/// Which rules to assess under.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RulebookChoice {
    /// The rules in force on the assessment date.
    #[default]
    Auto,
    /// A rulebook by id (`miit-2022`, `miit-2026`).
    Pinned(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub entries: Vec<Entry>,
    pub active: String,
    pub lang: Lang,
    #[serde(default)]
    pub rulebook: RulebookChoice,
    /// Show the 2022 and 2026 rules side by side.
    #[serde(default)]
    pub compare: bool,
    /// The last deleted entry and where it stood, for undo.
    #[serde(skip)]
    pub undo: Option<(usize, Entry)>,
}

impl State {
    pub fn with_entry(entry: Entry, lang: Lang) -> State {
        State {
            active: entry.id.clone(),
            entries: vec![entry],
            lang,
            undo: None,
            rulebook: RulebookChoice::Auto,
            compare: false,
        }
    }

    pub fn active(&self) -> &Entry {
        self.entries
            .iter()
            .find(|e| e.id == self.active)
            .unwrap_or(&self.entries[0])
    }

    fn active_mut(&mut self) -> &mut Entry {
        let i = self
            .entries
            .iter()
            .position(|e| e.id == self.active)
            .unwrap_or(0);
        &mut self.entries[i]
    }

    /// The base profile of an entry (itself unless it is a scenario of one
    /// that still exists).
    pub fn base_of<'a>(&'a self, id: &'a str) -> &'a str {
        match self
            .entries
            .iter()
            .find(|e| e.id == id)
            .and_then(|e| e.parent.as_deref())
        {
            Some(p) if self.entries.iter().any(|e| e.id == p) => p,
            _ => id,
        }
    }

    /// The scenarios of a base profile.
    pub fn variants_of<'a>(&'a self, base: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries
            .iter()
            .filter(move |e| e.parent.as_deref() == Some(base))
    }

    /// A name not used by another entry ("未命名企业 2").
    pub fn fresh_name(&self, base: &str) -> String {
        if !self.entries.iter().any(|e| e.name == base) {
            return base.to_string();
        }
        (2..)
            .map(|n| format!("{base} {n}"))
            .find(|n| !self.entries.iter().any(|e| &e.name == n))
            .unwrap_or_default()
    }
}

pub enum Action {
    /// The user typed `text` into the field at `path`.
    SetField {
        path: String,
        text: String,
    },
    SetHonor {
        honor: Honor,
        on: bool,
    },
    /// "Not provided" for the honours (unknown), or a known list.
    SetHonorsKnown(bool),
    /// One row's edit, applied to that row (a row never sends the list).
    EditAchievement(AchievementEdit),
    SetDate(Option<Date>),
    /// Apply a whole modified profile (e.g. advice tried in a scenario).
    Replace(Box<Profile>),
    New {
        id: String,
        name: String,
    },
    Select(String),
    Rename {
        id: String,
        name: String,
    },
    Duplicate {
        id: String,
        new_id: String,
        name: String,
    },
    Delete(String),
    Undo,
    Import {
        id: String,
        name: String,
        profile: Box<Profile>,
    },
    /// A scenario of the active profile's base: a copy of the active
    /// profile, or the given one (e.g. with advice applied).
    Variant {
        id: String,
        name: String,
        profile: Option<Box<Profile>>,
    },
    /// The quick check (true) or the full form (false) for the active
    /// profile; the profile itself is the same either way.
    SetQuick(bool),
    SetLang(Lang),
    SetRulebook(RulebookChoice),
    SetCompare(bool),
    /// Another tab's saved changes this tab had not touched
    /// ([`super::sync::merge`]): each of `take` replaces its entry or is
    /// added; each of `drop` is removed (never the last one).
    Sync {
        take: Vec<Entry>,
        drop: Vec<String>,
    },
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetField { path, text } => {
                let e = s.active_mut();
                if let Ok(p) = try_apply(&e.profile, &path, &text) {
                    e.profile = Rc::new(p);
                    e.keep_typed(path, text);
                    e.settle_drafts();
                } else {
                    e.drafts.insert(path, text);
                }
            }
            Action::SetHonor { honor, on } => {
                let e = s.active_mut();
                let honors = Rc::make_mut(&mut e.profile)
                    .qualifications
                    .honors
                    .get_or_insert_with(Vec::new);
                honors.retain(|h| *h != honor);
                if on {
                    honors.push(honor);
                    honors.sort_by_key(|h| Honor::ALL.iter().position(|x| x == h));
                }
            }
            Action::SetHonorsKnown(known) => {
                let e = s.active_mut();
                let honors = &mut Rc::make_mut(&mut e.profile).qualifications.honors;
                *honors = if known {
                    Some(honors.take().unwrap_or_default())
                } else {
                    None
                };
            }
            Action::EditAchievement(edit) => {
                let e = s.active_mut();
                let mut candidate = (*e.profile).clone();
                // A refused edit (over a limit, a row since removed) changes nothing.
                if edit.apply(&mut candidate.achievements).is_err() {
                    return self;
                }
                if let Ok(p) = check(candidate) {
                    e.profile = Rc::new(p);
                }
            }
            Action::SetDate(date) => {
                Rc::make_mut(&mut s.active_mut().profile).assessment_date = date
            }
            Action::Replace(p) => {
                if let Ok(p) = check(*p) {
                    let e = s.active_mut();
                    e.profile = Rc::new(p);
                    e.drafts.clear();
                }
            }
            Action::New { id, name } => {
                s.entries.push(Entry::blank(id.clone(), name));
                s.active = id;
            }
            Action::Select(id) => {
                if s.entries.iter().any(|e| e.id == id) {
                    s.active = id;
                }
            }
            Action::Rename { id, name } => {
                let name = name.trim().to_string();
                if let Some(e) = s.entries.iter_mut().find(|e| e.id == id) {
                    if !name.is_empty() {
                        e.name = name;
                    }
                }
            }
            Action::Duplicate { id, new_id, name } => {
                if let Some(i) = s.entries.iter().position(|e| e.id == id) {
                    let mut copy = s.entries[i].clone();
                    copy.id = new_id.clone();
                    copy.name = name;
                    s.entries.insert(i + 1, copy);
                    s.active = new_id;
                }
            }
            Action::Delete(id) => {
                if s.entries.len() > 1 {
                    if let Some(i) = s.entries.iter().position(|e| e.id == id) {
                        let gone = s.entries.remove(i);
                        if s.active == id {
                            s.active = s.entries[i.min(s.entries.len() - 1)].id.clone();
                        }
                        s.undo = Some((i, gone));
                    }
                }
            }
            Action::Undo => {
                if let Some((i, e)) = s.undo.take() {
                    s.active = e.id.clone();
                    s.entries.insert(i.min(s.entries.len()), e);
                }
            }
            Action::Import { id, name, profile } => {
                s.entries.push(Entry::new(id.clone(), name, *profile));
                s.active = id;
            }
            Action::Variant { id, name, profile } => {
                let active = s.active().clone();
                let base = s.base_of(&active.id).to_string();
                let mut v = Entry::new(
                    id.clone(),
                    name,
                    profile.map_or((*active.profile).clone(), |p| *p),
                );
                v.parent = Some(base.clone());
                // Keep a base's scenarios right after it.
                let at = s
                    .entries
                    .iter()
                    .rposition(|e| e.id == base || e.parent.as_deref() == Some(&base))
                    .map_or(s.entries.len(), |i| i + 1);
                s.entries.insert(at, v);
                s.active = id;
            }
            Action::SetQuick(on) => s.active_mut().quick = on,
            Action::SetLang(l) => s.lang = l,
            Action::SetRulebook(r) => s.rulebook = r,
            Action::SetCompare(c) => s.compare = c,
            Action::Sync { take, drop } => {
                for e in take {
                    match s.entries.iter_mut().find(|x| x.id == e.id) {
                        Some(x) => *x = e,
                        None => s.entries.push(e),
                    }
                }
                for id in drop {
                    let at = s.entries.iter().position(|e| e.id == id);
                    if let Some(i) = at.filter(|_| s.entries.len() > 1) {
                        s.entries.remove(i);
                        if s.active == id {
                            s.active = s.entries[i.min(s.entries.len() - 1)].id.clone();
                        }
                    }
                }
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<State> {
        Rc::new(State::with_entry(
            Entry::new("a".into(), "A".into(), Profile::empty()),
            Lang::Zh,
        ))
    }

    fn set(s: Rc<State>, path: &str, text: &str) -> Rc<State> {
        s.reduce(Action::SetField {
            path: path.into(),
            text: text.into(),
        })
    }

    #[test]
    fn invalid_input_keeps_the_last_valid_value() {
        let s = set(state(), "company.employees", "100");
        let s = set(s, "company.rd_employees", "20");
        let s = set(s, "company.rd_employees", "200");
        let e = s.active();
        assert_eq!(
            e.profile.company.rd_employees,
            Some(20),
            "the last valid value drives results"
        );
        assert_eq!(
            e.text("company.rd_employees"),
            "200",
            "what the user typed is kept"
        );
        assert_eq!(
            e.problem("company.rd_employees").unwrap().zh,
            "研发人员不能多于职工总数"
        );
        // Raising the head count makes the draft valid: it is applied.
        let s = set(s, "company.employees", "300");
        assert_eq!(s.active().profile.company.rd_employees, Some(200));
        assert!(s.active().drafts.is_empty());
    }

    #[test]
    fn garbage_and_blank() {
        let s = set(state(), "financials.rd_expense.y1", "480");
        let s = set(s, "financials.rd_expense.y1", "48o");
        assert_eq!(
            s.active().profile.financials.rd_expense.y1,
            Some(rust_decimal_macros::dec!(480))
        );
        assert!(s.active().problem("financials.rd_expense.y1").is_some());
        let s = set(s, "financials.rd_expense.y1", "");
        assert_eq!(
            s.active().profile.financials.rd_expense.y1,
            None,
            "blank means unknown"
        );
    }

    /// What the user typed stays in the field (never rewritten), while the
    /// value it means drives the results.
    #[test]
    fn typed_numbers_stay_as_typed() {
        let s = set(state(), "financials.operating_revenue.y1", "1,200");
        let e = s.active();
        assert_eq!(
            e.profile.financials.operating_revenue.y1,
            Some(rust_decimal_macros::dec!(1200))
        );
        assert_eq!(e.text("financials.operating_revenue.y1"), "1,200");
        assert!(e
            .problem("financials.operating_revenue.y1")
            .is_some_and(|m| m.zh.is_empty()));
        let s = set(s, "financials.rd_expense.y1", "480.50");
        assert_eq!(s.active().text("financials.rd_expense.y1"), "480.50");
        // An exponent is refused at the field; the last valid value stays.
        let s = set(s, "financials.operating_revenue.y1", "1e5");
        let e = s.active();
        assert_eq!(
            e.profile.financials.operating_revenue.y1,
            Some(rust_decimal_macros::dec!(1200))
        );
        assert_eq!(e.text("financials.operating_revenue.y1"), "1e5");
        assert!(e
            .problem("financials.operating_revenue.y1")
            .is_some_and(|m| m.zh.contains("科学计数法")));
        // Typing the canonical spelling drops the draft.
        let s = set(s, "financials.operating_revenue.y1", "1200");
        assert!(!s
            .active()
            .drafts
            .contains_key("financials.operating_revenue.y1"));
        // A whole profile replaced (advice tried, import) shows its values.
        let mut p = (*s.active().profile).clone();
        p.financials.rd_expense.y1 = Some(rust_decimal_macros::dec!(500));
        let s = s.reduce(Action::Replace(Box::new(p)));
        assert_eq!(s.active().text("financials.rd_expense.y1"), "500");
    }

    #[test]
    fn scenarios_hang_off_their_base() {
        let s = state().reduce(Action::Variant {
            id: "v1".into(),
            name: "plan".into(),
            profile: None,
        });
        assert_eq!(s.active, "v1");
        assert_eq!(s.base_of("v1"), "a");
        // A scenario of a scenario still belongs to the base.
        let s = s.reduce(Action::Variant {
            id: "v2".into(),
            name: "plan 2".into(),
            profile: None,
        });
        assert_eq!(s.base_of("v2"), "a");
        assert_eq!(
            s.variants_of("a")
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>(),
            ["v1", "v2"]
        );
        // With its base deleted, a scenario stands on its own.
        let s = s.reduce(Action::Delete("a".into()));
        assert_eq!(s.base_of("v1"), "v1");
    }

    #[test]
    fn delete_and_undo() {
        let s = state().reduce(Action::New {
            id: "b".into(),
            name: "B".into(),
        });
        let s = s.reduce(Action::Delete("a".into()));
        assert_eq!(s.entries.len(), 1);
        let s = s.reduce(Action::Undo);
        assert_eq!(
            s.entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        // The last entry cannot be deleted: there is always one profile.
        let s = s
            .reduce(Action::Delete("a".into()))
            .reduce(Action::Delete("b".into()));
        assert_eq!(s.entries.len(), 1);
    }

    #[test]
    fn an_achievement_edit_changes_its_row_and_a_refused_one_nothing() {
        use crate::limits::MAX_ACHIEVEMENTS;
        use crate::profile::RowChange;
        let s = state().reduce(Action::EditAchievement(AchievementEdit::Add));
        let s = s.reduce(Action::EditAchievement(AchievementEdit::Row {
            index: 0,
            change: RowChange::Count(3),
        }));
        assert_eq!(s.active().profile.achievements[0].count, 3);
        let mut full = (*s).clone();
        Rc::make_mut(&mut full.active_mut().profile).achievements =
            vec![crate::profile::Achievement::blank(); MAX_ACHIEVEMENTS].into();
        let full = Rc::new(full);
        let again = full
            .clone()
            .reduce(Action::EditAchievement(AchievementEdit::Add));
        assert!(
            Rc::ptr_eq(&full, &again),
            "refused: the same state, no render"
        );
    }
}
