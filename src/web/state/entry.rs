//! One profile as the user edits it: its last valid value, and what was
//! typed at each path where that differs from how the value is written
//! back (not yet valid, or valid in the user's own spelling).

use crate::profile::fields;
use crate::profile::{validate, Profile};
use crate::text::Message;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::rc::Rc;

/// A profile with its name and the inputs that are not valid yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub name: String,
    /// The last valid profile: it drives the results. Shared: cloning the
    /// state, an entry or a component's props on a keystroke copies a
    /// pointer, not up to 200 achievement rows; an edit replaces it whole.
    #[serde(with = "shared")]
    pub profile: Rc<Profile>,
    /// What the user typed at a path, where it differs from how the value
    /// would be written back: text that is not (yet) valid, kept so that
    /// nothing typed is lost (the field shows it with its message), and
    /// valid text in the user's own spelling ("1,200", "480.50"), kept so
    /// that a number is never rewritten under the user's eyes.
    #[serde(default)]
    pub drafts: BTreeMap<String, String>,
    /// For a scenario ("方案"): the profile it varies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Shows the quick check (快速自测) instead of the full form: set for a
    /// new, empty profile; cleared by "完善详细信息". Saved entries without
    /// it (imports, examples, profiles of returning users) open the form.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub quick: bool,
    /// The revision saved with it, raised on each save of a change: a tab
    /// sees that another saved this entry since it last read it, and offers
    /// the choice instead of overwriting it (`super::sync`).
    #[serde(default)]
    pub rev: u64,
}

impl Entry {
    pub fn new(id: String, name: String, profile: Profile) -> Entry {
        Entry {
            id,
            name,
            profile: Rc::new(profile),
            drafts: BTreeMap::new(),
            parent: None,
            quick: false,
            rev: 0,
        }
    }

    /// A new, empty profile: it opens on the quick check.
    pub fn blank(id: String, name: String) -> Entry {
        Entry {
            quick: true,
            ..Entry::new(id, name, Profile::empty())
        }
    }

    /// The text a field shows: the draft, else the profile's value.
    pub fn text(&self, path: &str) -> String {
        if let Some(d) = self.drafts.get(path) {
            return d.clone();
        }
        fields::field(path)
            .map(|f| (f.get)(&self.profile).display())
            .unwrap_or_default()
    }

    /// [`Entry::text`] of a field in hand: the form shows every field on
    /// every keystroke, and need not look each up by its path.
    pub fn text_of(&self, f: &fields::Field) -> String {
        match self.drafts.get(f.path) {
            Some(d) => d.clone(),
            None => (f.get)(&self.profile).display(),
        }
    }

    /// Is the draft at `path` the user's spelling of the value the profile
    /// holds (so valid, and applied)? Checked without re-validating the
    /// profile: it runs for every field on every render.
    fn draft_is_value(&self, path: &str, text: &str) -> bool {
        fields::field(path)
            .and_then(|f| f.parse(text).ok().map(|v| v == (f.get)(&self.profile)))
            .unwrap_or(false)
    }

    /// Why the draft at `path` is not accepted, if there is one (an empty
    /// message for a draft that is accepted).
    pub fn problem(&self, path: &str) -> Option<Message> {
        let text = self.drafts.get(path)?;
        if self.draft_is_value(path, text) {
            return Some(Message::new("", ""));
        }
        Some(match try_apply(&self.profile, path, text) {
            Ok(_) => Message::new("", ""),
            Err(m) => m,
        })
    }

    /// Applies drafts that have become valid (e.g. after the field they
    /// depended on changed), until none does. The text stays as typed.
    pub(super) fn settle_drafts(&mut self) {
        // Each pass applies one draft, which then reads as its value: one
        // pass per draft is enough, and bounds the loop whatever happens.
        for _ in 0..=self.drafts.len() {
            let ready = self.drafts.iter().find_map(|(path, text)| {
                if self.draft_is_value(path, text) {
                    return None;
                }
                try_apply(&self.profile, path, text).ok()
            });
            match ready {
                Some(p) => self.profile = Rc::new(p),
                None => break,
            }
        }
        // A draft now written exactly as its value is no longer a draft.
        let profile = &self.profile;
        self.drafts.retain(|path, text| {
            fields::field(path).is_none_or(|f| (f.get)(profile).display() != *text)
        });
    }

    /// Records what was typed at `path`: kept as a draft unless it is
    /// exactly how the value is written back.
    pub(super) fn keep_typed(&mut self, path: String, text: String) {
        let shown = fields::field(&path).map(|f| (f.get)(&self.profile).display());
        if shown.as_deref() == Some(text.as_str()) {
            self.drafts.remove(&path);
        } else {
            self.drafts.insert(path, text);
        }
    }
}

impl Entry {
    /// An entry read from its JSON text, through the decoder an import
    /// uses (`serde_path_to_error` over a string reader, as
    /// `profile::parse`): one copy of the profile's decoding code in the
    /// wasm instead of a second one over `serde_json::Value`.
    pub fn from_json(json: &str) -> Result<Entry, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(json);
        let e = serde_path_to_error::deserialize(&mut de).map_err(|e| e.into_inner())?;
        de.end()?;
        Ok(e)
    }
}

/// An `Rc<Profile>` read and written as the profile itself (serde's `rc`
/// feature would do the same, at the price of rebuilding every crate).
mod shared {
    use super::{Profile, Rc};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(p: &Rc<Profile>, s: S) -> Result<S::Ok, S::Error> {
        p.as_ref().serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Rc<Profile>, D::Error> {
        Profile::deserialize(d).map(Rc::new)
    }
}

/// The profile with `text` entered at `path`, or why it cannot be.
pub fn try_apply(profile: &Profile, path: &str, text: &str) -> Result<Profile, Message> {
    let field = fields::field(path)
        .ok_or_else(|| Message::new(format!("未知字段 {path}"), format!("unknown field {path}")))?;
    let value = field.parse(text)?;
    let mut candidate = profile.clone();
    (field.set)(&mut candidate, value);
    check(candidate)
}

/// A candidate profile if it is valid, else the first problem in words.
pub(super) fn check(candidate: Profile) -> Result<Profile, Message> {
    let errors = validate(&candidate);
    match errors.first() {
        None => Ok(candidate),
        Some(e) => Err(Message::new(e.zh.clone(), e.en.clone())),
    }
}
