//! The built-in local incentive catalog (`data/incentives/*.toml`, format
//! in `data/incentives/SCHEMA.md`, types in [`super::model`]): policies,
//! their money items, the rules that cap and combine them, and the offers
//! of policies without amounts. The build script checks it and writes it
//! as two compact binaries: the vocabulary (the achievement kinds, which
//! the first score needs) is embedded everywhere; the policies are
//! embedded natively, while the page fetches them as a content-hashed data
//! asset after the first score ([`crate::data_asset`])
//! (most of the catalog's weight, kept out of the first load). Packs add
//! to it ([`super::pack`]).

pub use super::model::*;
use crate::profile::{Achievement, Company};
use std::sync::OnceLock;

static BUILT_IN: OnceLock<Catalog> = OnceLock::new();

/// The embedded vocabulary: what the form offers and `is_complete` reads.
fn embedded_vocabulary() -> Vec<KindInfo> {
    postcard::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/vocabulary.bin")))
        .expect("the vocabulary decodes (written by build.rs from the same types)")
}

/// Whether the policies are there: always natively; on the page once the
/// data asset has arrived.
pub fn policies_loaded() -> bool {
    crate::data_asset::contents().is_some()
}

/// The catalog this build carries: the embedded vocabulary and the data
/// asset's policies. On the page, until the asset has arrived, the
/// vocabulary and no policy: callers that show money check
/// [`policies_loaded`] and say the policies are loading rather than
/// showing a total of nothing.
pub fn builtin() -> &'static Catalog {
    static VOCABULARY_ONLY: OnceLock<Catalog> = OnceLock::new();
    match crate::data_asset::contents() {
        // Copied once from the asset, which keeps the measures beside them.
        Some((policies, ..)) => BUILT_IN.get_or_init(|| Catalog {
            vocabulary: embedded_vocabulary(),
            policies: policies.clone(),
        }),
        None => VOCABULARY_ONLY.get_or_init(|| Catalog {
            vocabulary: embedded_vocabulary(),
            policies: Vec::new(),
        }),
    }
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
