//! This tab's side of [`super::sync`]: what it last agreed on with storage
//! (the base), and the saved text it last read or wrote, so that a save or
//! another tab's `storage` event merges instead of overwriting.

use super::entry::Entry;
use super::storage::{self, StorageError};
use super::store::State;
use super::stored;
use super::sync::{agreed, merge, same, Merged};
use std::collections::HashMap;

pub struct Tabs {
    base: Vec<Entry>,
    /// For each entry this tab wrote, the base it was written over: when
    /// another tab wrote the same revision at the same moment (each
    /// before seeing the other's write), the two are merged from there.
    ancestors: HashMap<String, Option<Entry>>,
    /// The saved text last read or written, and its entries.
    last: Option<(String, Vec<Entry>)>,
}

impl Tabs {
    /// After loading: the base is what was loaded (nothing when nothing
    /// was saved, so that this tab's first profile is written).
    pub fn new(loaded: Option<&State>) -> Tabs {
        let base = loaded.map(|s| s.entries.clone()).unwrap_or_default();
        Tabs {
            base,
            ancestors: HashMap::new(),
            last: None,
        }
    }

    /// The entries the saved text holds (the last known ones when it is
    /// missing or cannot be read: nothing is merged from garbage).
    fn theirs(&self, raw: Option<&str>) -> Vec<Entry> {
        let known = || {
            self.last
                .as_ref()
                .map_or_else(|| self.base.clone(), |l| l.1.clone())
        };
        match raw {
            Some(r) if self.last.as_ref().is_some_and(|l| l.0 == r) => known(),
            Some(r) => stored::read(r)
                .and_then(|x| x.state)
                .map_or_else(known, |s| s.entries),
            None => known(),
        }
    }

    /// The base to merge from: where another tab overwrote this tab's
    /// write with its own of the same revision, the base before both.
    fn base_for(&self, theirs: &[Entry]) -> Vec<Entry> {
        let mut out = Vec::with_capacity(self.base.len());
        for b in &self.base {
            let t = theirs.iter().find(|t| t.id == b.id);
            match (t, self.ancestors.get(&b.id)) {
                (Some(t), Some(before)) if t.rev == b.rev && !same(Some(t), Some(b)) => {
                    out.extend(before.clone());
                }
                _ => out.push(b.clone()),
            }
        }
        out
    }

    /// Saves `state` merged with what other tabs saved since the base. The
    /// caller applies the returned `take`/`drop` and shows its conflicts.
    pub fn save(&mut self, state: &State) -> Result<Merged, StorageError> {
        let raw = storage::raw_text()?;
        let theirs = self.theirs(raw.as_deref());
        let base = self.base_for(&theirs);
        let m = merge(&base, &state.entries, &theirs);
        let active = if m.stored.iter().any(|e| e.id == state.active) {
            state.active.clone()
        } else {
            m.stored.first().map_or_else(String::new, |e| e.id.clone())
        };
        let out = State {
            entries: m.stored.clone(),
            active,
            lang: state.lang,
            rulebook: state.rulebook.clone(),
            compare: state.compare,
            undo: None,
        };
        let json = serde_json::to_string(&out).map_err(|e| StorageError::Other(e.to_string()))?;
        if raw.as_deref() != Some(json.as_str()) {
            storage::save_text(&json)?;
        }
        for e in &m.stored {
            let before = base.iter().find(|b| b.id == e.id);
            if before.is_none_or(|b| b.rev < e.rev)
                && theirs.iter().all(|t| t.id != e.id || t.rev < e.rev)
            {
                self.ancestors.insert(e.id.clone(), before.cloned());
            }
        }
        self.base = agreed(&base, &m.applied(&state.entries), &m.stored);
        self.last = Some((json, m.stored.clone()));
        Ok(m)
    }

    /// Another tab saved `raw`: what this tab should load, and the
    /// conflicts. Nothing is written.
    pub fn changed_elsewhere(&mut self, state: &State, raw: Option<String>) -> Merged {
        let theirs = self.theirs(raw.as_deref());
        let base = self.base_for(&theirs);
        let m = merge(&base, &state.entries, &theirs);
        self.base = agreed(&base, &m.applied(&state.entries), &theirs);
        if let Some(raw) = raw {
            self.last = Some((raw, theirs));
        }
        m
    }

    /// The user chose for the conflict on `id`: the base becomes what is
    /// saved now, and that entry is returned (for 载入). With the base
    /// moved, a save then writes this tab's entry (保留我的).
    pub fn choose(&mut self, id: &str) -> Option<Entry> {
        let raw = storage::raw_text().ok().flatten();
        let theirs = self.theirs(raw.as_deref());
        let saved = theirs.iter().find(|e| e.id == id).cloned();
        self.base.retain(|e| e.id != id);
        self.base.extend(saved.clone());
        saved
    }
}
