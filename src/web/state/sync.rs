//! Tabs that agree (issue 18 item 3): this tab's profiles merged with what
//! other tabs saved, entry by entry, against the state both last agreed on
//! (the base: what this tab last read or wrote). An entry changed in one
//! place only takes that change; changed in both, differently, it is a
//! conflict: this tab keeps showing its own, storage keeps the other's, and
//! the user chooses (载入 / 保留我的). Nothing is overwritten silently: every
//! saved entry carries a revision, raised on each write of a change, so a
//! change saved elsewhere since the base is seen even when it looks alike.
//! A deletion never beats an edit: the edited entry stays.

use super::entry::Entry;

/// An entry changed here and in another tab, differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub id: String,
    /// The name this tab shows.
    pub name: String,
}

/// The outcome of a merge.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Merged {
    /// Entries another tab changed (or created) that this tab had not
    /// touched: to load here.
    pub take: Vec<Entry>,
    /// Entries another tab deleted that this tab had not touched.
    pub drop: Vec<String>,
    /// What storage should hold: this tab's entries, its changes with a
    /// raised revision, and other tabs' changes; a conflict keeps the
    /// other tab's.
    pub stored: Vec<Entry>,
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    /// This tab's entries once `take` and `drop` are applied (as the
    /// reducer's `Action::Sync` does).
    pub fn applied(&self, ours: &[Entry]) -> Vec<Entry> {
        let mut out: Vec<Entry> = ours
            .iter()
            .filter(|e| !self.drop.contains(&e.id))
            .cloned()
            .collect();
        for t in &self.take {
            match out.iter_mut().find(|e| e.id == t.id) {
                Some(e) => *e = t.clone(),
                None => out.push(t.clone()),
            }
        }
        out
    }
}

/// The new base once storage holds `stored` and this tab `ours`: each entry
/// both hold alike (or neither holds), as stored; every other entry keeps
/// its old base, so an edit not yet written stays an edit and a conflict
/// stays a conflict until the user has chosen.
pub fn agreed(old: &[Entry], ours: &[Entry], stored: &[Entry]) -> Vec<Entry> {
    let mut out = Vec::new();
    let ids = stored.iter().chain(old).map(|e| e.id.as_str());
    let mut seen = std::collections::HashSet::new();
    for id in ids.filter(|id| seen.insert(*id)) {
        let (o, t) = (find(ours, id), find(stored, id));
        if same(o, t) {
            out.extend(t.cloned());
        } else {
            out.extend(find(old, id).cloned());
        }
    }
    out
}

/// The same profile, name, drafts and settings, whatever the revision.
pub fn same(a: Option<&Entry>, b: Option<&Entry>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            // Every field but the revision (a new field fails to compile here).
            let Entry {
                id,
                name,
                profile,
                drafts,
                parent,
                quick,
                rev: _,
            } = a;
            *id == b.id
                && *name == b.name
                && *quick == b.quick
                && *parent == b.parent
                && *drafts == b.drafts
                && *profile == b.profile
        }
        _ => false,
    }
}

/// Both sides' changes to an entry, field by field (as JSON), when they
/// touch different fields and the result is a valid profile; `None` when
/// a field was changed on both sides to different values.
fn auto(b: &Entry, o: &Entry, t: &Entry) -> Option<Entry> {
    use serde_json::Value;
    fn merge3(
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
    ) -> Result<Option<Value>, ()> {
        if o == t || t == b {
            return Ok(o.cloned());
        }
        if o == b {
            return Ok(t.cloned());
        }
        match (b, o, t) {
            (Some(Value::Object(b)), Some(Value::Object(o)), Some(Value::Object(t))) => {
                let mut out = serde_json::Map::new();
                for k in o.keys().chain(t.keys()).chain(b.keys()) {
                    if out.contains_key(k) {
                        continue;
                    }
                    if let Some(v) = merge3(b.get(k), o.get(k), t.get(k))? {
                        out.insert(k.clone(), v);
                    }
                }
                Ok(Some(Value::Object(out)))
            }
            _ => Err(()),
        }
    }
    let v = |e: &Entry| {
        serde_json::to_value(Entry {
            rev: 0,
            ..e.clone()
        })
        .ok()
    };
    let merged = merge3(v(b).as_ref(), v(o).as_ref(), v(t).as_ref()).ok()??;
    let e = Entry::from_json(&merged.to_string()).ok()?;
    crate::profile::validate(&e.profile).is_empty().then_some(e)
}

fn find<'a>(list: &'a [Entry], id: &str) -> Option<&'a Entry> {
    list.iter().find(|e| e.id == id)
}

/// Merges `ours` (this tab) and `theirs` (storage now) against `base`.
pub fn merge(base: &[Entry], ours: &[Entry], theirs: &[Entry]) -> Merged {
    let mut m = Merged::default();
    // This tab's order, then entries only the other tabs have.
    let ids = ours
        .iter()
        .chain(theirs.iter().filter(|t| find(ours, &t.id).is_none()))
        .chain(
            base.iter()
                .filter(|b| find(ours, &b.id).is_none() && find(theirs, &b.id).is_none()),
        )
        .map(|e| e.id.as_str());
    let mut seen = std::collections::HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            continue;
        }
        let (b, o, t) = (find(base, id), find(ours, id), find(theirs, id));
        let ours_changed = !same(o, b);
        let theirs_changed = match (t, b) {
            (Some(t), Some(b)) => t.rev != b.rev || !same(Some(t), Some(b)),
            (None, None) => false,
            _ => true,
        };
        let raised = |o: &Entry| Entry {
            rev: b
                .map_or(0, |b| b.rev)
                .max(t.map_or(0, |t| t.rev))
                .saturating_add(1),
            ..o.clone()
        };
        match (o, t) {
            // Changed here only, or deleted elsewhere while edited here:
            // this tab's entry is written.
            (Some(o), _) if ours_changed && (!theirs_changed || t.is_none()) => {
                m.stored.push(raised(o));
            }
            // Deleted here, untouched elsewhere: gone.
            (None, _) if !theirs_changed => {}
            // Untouched here: the other tab's version (if any) stands.
            _ if !ours_changed || o.is_none() || same(o, t) => match (t, o) {
                (Some(t), _) => {
                    if !same(o, Some(t)) {
                        m.take.push(t.clone());
                    }
                    m.stored.push(t.clone());
                }
                (None, Some(_)) => m.drop.push(id.to_string()),
                (None, None) => {}
            },
            // Changed in both, in different fields: both changes kept.
            (Some(o), Some(t)) if b.and_then(|b| auto(b, o, t)).is_some() => {
                let both = b.and_then(|b| auto(b, o, t)).unwrap_or_else(|| o.clone());
                m.take.push(both.clone());
                m.stored.push(raised(&both));
            }
            // Changed in both, differently.
            (Some(o), Some(t)) => {
                m.conflicts.push(Conflict {
                    id: id.to_string(),
                    name: o.name.clone(),
                });
                m.stored.push(t.clone());
            }
            // (Some, None) is one of the arms above, edited or not.
            _ => {}
        }
    }
    // Storage always holds a profile: the last one deleted elsewhere stays
    // (as this tab keeps it).
    if m.stored.is_empty() {
        m.drop.clear();
        m.stored = ours
            .iter()
            .map(|o| Entry {
                rev: o.rev.saturating_add(1),
                ..o.clone()
            })
            .collect();
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;

    fn e(id: &str, rev: u64, employees: u32) -> Entry {
        let mut p = Profile::empty();
        p.company.employees = Some(employees);
        Entry {
            rev,
            ..Entry::new(id.into(), id.to_uppercase(), p)
        }
    }

    fn ids(list: &[Entry]) -> Vec<(&str, u64)> {
        list.iter().map(|e| (e.id.as_str(), e.rev)).collect()
    }

    #[test]
    fn a_change_on_one_side_is_taken() {
        let base = [e("a", 1, 10), e("b", 1, 10)];
        // Ours edited a; theirs edited b and created c.
        let ours = [e("a", 1, 11), e("b", 1, 10)];
        let theirs = [e("a", 1, 10), e("b", 2, 20), e("c", 1, 5)];
        let m = merge(&base, &ours, &theirs);
        assert!(m.conflicts.is_empty());
        assert_eq!(ids(&m.take), [("b", 2), ("c", 1)]);
        assert_eq!(ids(&m.stored), [("a", 2), ("b", 2), ("c", 1)]);
        assert_eq!(m.stored[0].profile.company.employees, Some(11));
        assert_eq!(agreed(&base, &m.applied(&ours), &m.stored), m.stored);
        // Only read (another tab saved; this tab has not written yet): the
        // edit of a keeps its old base, so it is still an edit.
        let read = agreed(&base, &m.applied(&ours), &theirs);
        assert_eq!(ids(&read), [("a", 1), ("b", 2), ("c", 1)]);
        assert_eq!(read[0].profile.company.employees, Some(10));
    }

    #[test]
    fn changes_on_both_sides_are_a_conflict_until_chosen() {
        let base = [e("a", 1, 10)];
        let ours = [e("a", 1, 11)];
        let theirs = [e("a", 2, 12)];
        let m = merge(&base, &ours, &theirs);
        assert_eq!(
            m.conflicts,
            [Conflict {
                id: "a".into(),
                name: "A".into()
            }]
        );
        assert!(m.take.is_empty(), "this tab keeps its own");
        assert_eq!(
            m.stored[0].profile.company.employees,
            Some(12),
            "storage keeps theirs"
        );
        assert_eq!(
            agreed(&base, &m.applied(&ours), &m.stored),
            base,
            "so it stays a conflict"
        );
        // 保留我的: the base becomes theirs, and ours is written over it.
        let m = merge(&theirs, &ours, &theirs);
        assert!(m.conflicts.is_empty());
        assert_eq!(ids(&m.stored), [("a", 3)]);
        assert_eq!(m.stored[0].profile.company.employees, Some(11));
        // The same edit on both sides is no conflict.
        let m = merge(&base, &[e("a", 1, 12)], &theirs);
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn changes_to_different_fields_are_both_kept() {
        let base = [e("a", 1, 10)];
        let mut ours = e("a", 1, 10);
        std::rc::Rc::make_mut(&mut ours.profile).company.name = Some("甲".into());
        let theirs = [e("a", 2, 12)];
        let m = merge(&base, &[ours], &theirs);
        assert!(m.conflicts.is_empty());
        assert_eq!(ids(&m.stored), [("a", 3)]);
        let c = &m.stored[0].profile.company;
        assert_eq!((c.name.as_deref(), c.employees), (Some("甲"), Some(12)));
        assert_eq!(m.take[0].profile.company, *c);
    }

    #[test]
    fn a_revision_shows_a_change_that_looks_alike() {
        // Saved elsewhere twice (10 → 12 → 10): a change since the base,
        // ending where it began, so ours is written above its revision.
        let m = merge(&[e("a", 1, 10)], &[e("a", 1, 11)], &[e("a", 3, 10)]);
        assert!(m.conflicts.is_empty());
        assert_eq!(ids(&m.stored), [("a", 4)]);
        assert_eq!(m.stored[0].profile.company.employees, Some(11));
    }

    #[test]
    fn deletions() {
        let base = [e("a", 1, 10), e("b", 1, 10)];
        // Deleted elsewhere, untouched here: gone here too.
        let m = merge(&base, &base, &[e("a", 1, 10)]);
        assert_eq!(m.drop, ["b"]);
        assert_eq!(ids(&m.stored), [("a", 1)]);
        // Deleted elsewhere, edited here: kept and written again.
        let m = merge(&base, &[e("a", 1, 10), e("b", 1, 11)], &[e("a", 1, 10)]);
        assert!(m.drop.is_empty());
        assert_eq!(ids(&m.stored), [("a", 1), ("b", 2)]);
        // Deleted here, untouched elsewhere: gone from storage.
        let m = merge(&base, &[e("a", 1, 10)], &base);
        assert_eq!(ids(&m.stored), [("a", 1)]);
        // Deleted here, edited elsewhere: theirs comes back.
        let m = merge(&base, &[e("a", 1, 10)], &[e("a", 1, 10), e("b", 2, 30)]);
        assert_eq!(ids(&m.take), [("b", 2)]);
        assert_eq!(ids(&m.stored), [("a", 1), ("b", 2)]);
    }

    #[test]
    fn nothing_changed_writes_nothing_new() {
        let base = [e("a", 4, 10)];
        let m = merge(&base, &base, &base);
        assert_eq!((m.take.len(), m.drop.len(), m.conflicts.len()), (0, 0, 0));
        assert_eq!(m.stored, base);
    }
}
