//! What many components take as props: shared read-only data, and the
//! order tiers are shown in. Its own module, below every component, so
//! that components can pass these to each other without importing each
//! other.

use crate::rules::model::TierId;
use std::rc::Rc;

/// Shared read-only data as a prop: equal when it is the same allocation.
#[derive(Clone)]
pub struct Shared<T>(pub Rc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Tier keys in the order a company climbs them.
pub const TIER_ORDER: [&str; 4] = {
    let t = TierId::ALL;
    [t[0].key(), t[1].key(), t[2].key(), t[3].key()]
};
