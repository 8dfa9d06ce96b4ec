//! What many components take as props: shared read-only data, and the
//! order tiers are shown in. Its own module, below every component, so
//! that components can pass these to each other without importing each
//! other.

use crate::rules::model::TierId;
use crate::web::state::Store;
use std::rc::Rc;

/// Shared read-only data as a prop: equal when it is the same allocation.
#[derive(Clone)]
pub struct Shared<T>(pub Rc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The store as a prop to act on, not to show: Yew's reducer handle reads
/// the state as it is now (updated as soon as an action is dispatched), so
/// what reads it when pressed (the calendar file) takes the latest profile
/// without re-rendering on every keystroke to hold it. Always equal (there
/// is one store); a component that shows the state takes what it shows as
/// props.
#[derive(Clone)]
pub struct Latest(pub Store);

impl PartialEq for Latest {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Tier keys in the order a company climbs them.
pub const TIER_ORDER: [&str; 4] = {
    let t = TierId::ALL;
    [t[0].key(), t[1].key(), t[2].key(), t[3].key()]
};

/// One tier of a shared report, as a prop: copies a pointer and a key, not
/// the tier's view (its materials, conditions, reasons…). Equal when the
/// tier's view is: the same report at once, else the two views compared,
/// so a card whose tier did not change between two reports is not redrawn.
#[derive(Clone)]
pub struct TierOf {
    pub report: Shared<crate::report::Report>,
    pub key: &'static str,
}

impl TierOf {
    /// The tier's view; the key is one of the report's tiers.
    pub fn view(&self) -> &crate::report::TierView {
        &self.report.0.tiers[self.key]
    }

    /// The tier's view, if the report has the tier (a report of another
    /// rulebook may not).
    pub fn get(&self) -> Option<&crate::report::TierView> {
        self.report.0.tiers.get(self.key)
    }

    /// Whether `f` reads the same from both tiers (the same report at once).
    pub fn same<T: PartialEq>(
        &self,
        other: &Self,
        f: impl Fn(&crate::report::TierView) -> &T,
    ) -> bool {
        self.key == other.key
            && (self.report == other.report || self.get().map(&f) == other.get().map(&f))
    }
}

impl PartialEq for TierOf {
    fn eq(&self, other: &Self) -> bool {
        self.same(other, |t| t)
    }
}
