//! The built-in local incentive catalog (`data/incentives/*.toml`, format
//! in `data/incentives/SCHEMA.md`, types in [`super::model`]): policies,
//! their money items, the rules that cap and combine them, and the offers
//! of policies without amounts. The build script checks it and embeds it
//! as a compact binary, decoded once on first use; packs add to it
//! ([`super::pack`]).

pub use super::model::*;
use crate::profile::{Achievement, Company};
use std::sync::OnceLock;

static BUILT_IN: OnceLock<Catalog> = OnceLock::new();

/// The catalog this build carries.
pub fn builtin() -> &'static Catalog {
    BUILT_IN.get_or_init(|| {
        postcard::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin")))
            .expect("the built-in catalog decodes (written by build.rs from the same types)")
    })
}

/// The achievement kinds the form offers, with their attributes.
pub fn vocabulary() -> &'static [KindInfo] {
    &builtin().vocabulary
}

pub fn kind_info(kind: &str) -> Option<&'static KindInfo> {
    builtin().kind_info(kind)
}

/// Is the row filled in enough to count? See [`Catalog::is_complete`].
pub fn is_complete(a: &Achievement) -> bool {
    builtin().is_complete(a)
}

impl Catalog {
    pub fn kind_info(&self, kind: &str) -> Option<&KindInfo> {
        self.vocabulary.iter().find(|k| k.kind == kind)
    }

    /// Is the row filled in enough to be matched? Its kind is chosen, and
    /// every attribute its kind requires (a standard's level, role and
    /// action). A new or half-filled row counts for nothing, anywhere.
    pub fn is_complete(&self, a: &Achievement) -> bool {
        !a.kind.is_empty()
            && self.kind_info(&a.kind).is_none_or(|k| {
                k.attributes
                    .iter()
                    .filter(|x| x.required)
                    .all(|x| a.attribute(&x.name).is_some())
            })
    }

    /// An item by id, with its policy.
    pub fn find_item(&self, id: &str) -> Option<(&PolicyFile, &Item)> {
        self.policies
            .iter()
            .find_map(|f| f.item.iter().find(|i| i.id == id).map(|i| (f, i)))
    }

    pub fn policy(&self, id: &str) -> Option<&PolicyFile> {
        self.policies.iter().find(|f| f.policy.id == id)
    }

    /// The policies of the company's district, city and province.
    pub fn policies_for<'a: 'b, 'b>(
        &'a self,
        c: &'b Company,
    ) -> impl Iterator<Item = &'a PolicyFile> + 'b {
        self.policies.iter().filter(move |f| {
            f.policy.region.covers(
                c.province.as_deref(),
                c.city.as_deref(),
                c.district.as_deref(),
            )
        })
    }

    /// The day the newest policy was published, and how many there are.
    pub fn newest_published(&self) -> Option<crate::date::Date> {
        self.policies.iter().map(|f| f.policy.published).max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_catalog_round_trips_through_its_binary_form() {
        let c = builtin();
        let bytes = postcard::to_allocvec(c).unwrap();
        let back: Catalog = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(&back, c);
        assert!(c.policies.len() >= 22 && !c.vocabulary.is_empty());
    }
}
