//! A profile's achievement rows, shared between copies of the profile.
//!
//! The page copies the profile on every keystroke (the edited copy is
//! checked before it replaces the last valid one); with the rows shared,
//! a keystroke in any other field copies a pointer, not up to
//! [`crate::limits::MAX_ACHIEVEMENTS`] rows, and two profiles whose rows
//! were never edited compare their rows by address. Editing the rows
//! (through `DerefMut`) copies them first if another profile shares them.
//! Read and written exactly as the list itself.

use super::Achievement;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

/// The achievement rows: a `Vec<Achievement>` to read and edit.
#[derive(Clone, Default, Eq)]
pub struct Rows(Arc<Vec<Achievement>>);

thread_local! {
    /// The rows checked last, and what was found in them.
    static LAST_CHECKED: std::cell::RefCell<Option<(Rows, Box<dyn std::any::Any>)>> =
        const { std::cell::RefCell::new(None) };
}

impl Rows {
    /// Whether both are the same rows by address (never edited since one
    /// was copied from the other): equal without comparing a row.
    pub fn same(&self, other: &Rows) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }

    /// What `check` finds in these rows, found again only for rows not
    /// the same (by address) as the ones checked last: the page checks a
    /// copy of the profile on every keystroke, with up to 200 rows that a
    /// keystroke in any other field leaves as they were. The rows checked
    /// last are held, so their address is not reused by other rows.
    pub fn checked<T: Clone + 'static>(&self, check: impl FnOnce() -> T) -> T {
        let known = LAST_CHECKED.with_borrow(|last| {
            last.as_ref()
                .filter(|(rows, _)| rows.same(self))
                .and_then(|(_, found)| found.downcast_ref::<T>().cloned())
        });
        known.unwrap_or_else(|| {
            let found = check();
            LAST_CHECKED.set(Some((self.clone(), Box::new(found.clone()))));
            found
        })
    }
}

impl Deref for Rows {
    type Target = Vec<Achievement>;
    fn deref(&self) -> &Vec<Achievement> {
        &self.0
    }
}

impl DerefMut for Rows {
    fn deref_mut(&mut self) -> &mut Vec<Achievement> {
        Arc::make_mut(&mut self.0)
    }
}

impl PartialEq for Rows {
    fn eq(&self, other: &Rows) -> bool {
        self.same(other) || *self.0 == *other.0
    }
}

impl std::fmt::Debug for Rows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl From<Vec<Achievement>> for Rows {
    fn from(v: Vec<Achievement>) -> Rows {
        Rows(Arc::new(v))
    }
}

impl FromIterator<Achievement> for Rows {
    fn from_iter<I: IntoIterator<Item = Achievement>>(iter: I) -> Rows {
        Rows::from(iter.into_iter().collect::<Vec<_>>())
    }
}

impl<'a> IntoIterator for &'a Rows {
    type Item = &'a Achievement;
    type IntoIter = std::slice::Iter<'a, Achievement>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl Serialize for Rows {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Rows {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Rows, D::Error> {
        Vec::deserialize(d).map(Rows::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_until_edited_and_equal_by_value() {
        let a = Rows::from(vec![Achievement::new("standard", &[], 1)]);
        let mut b = a.clone();
        assert!(a.same(&b));
        b[0].count = 2;
        assert!(!a.same(&b), "an edit copies the shared rows");
        assert_eq!(a[0].count, 1, "the other profile's rows are untouched");
        assert_ne!(a, b);
        b[0].count = 1;
        assert_eq!(a, b, "equal rows compare equal at different addresses");
        assert_eq!(format!("{a:?}"), format!("{:?}", *a), "printed as the list");
        let json = serde_json::to_string(&a).unwrap();
        let back: Rows = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
        assert_eq!(
            json,
            serde_json::to_string(&*a).unwrap(),
            "written as the list"
        );
    }
}
