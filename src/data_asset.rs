//! The page's data asset: the local policies, the non-monetary measures
//! with their quoted clauses and the 领跑者 lists and path, one postcard
//! file that build.rs writes (`(policies, measures, forerunner)`), kept out
//! of the wasm's first load. The page
//! fetches it (`web::catalog`) and hands it to [`install`]; natively the
//! same bytes are embedded, so `assess` and the tests read the very data
//! the page does, through the same decoder.

use crate::forerunner::model::Forerunner;
use crate::incentives::model::PolicyFile;
use crate::measures::model::Measure;
use std::sync::OnceLock;

/// The asset's file name (`catalog-<hash>.bin`, a hash of its bytes, so a
/// cache never serves one this build's decoder was not built for).
pub const NAME: &str = include_str!(concat!(env!("OUT_DIR"), "/asset.name"));

/// What the asset holds.
pub type Contents = (Vec<PolicyFile>, Vec<Measure>, Forerunner);

static CONTENTS: OnceLock<Contents> = OnceLock::new();

pub fn decode(bytes: &[u8]) -> Result<Contents, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// Decodes the asset and keeps it: the catalog's policies, the measures
/// and the 领跑者 page read it from here. Once installed nothing changes; again is a
/// no-op.
pub fn install(bytes: &[u8]) -> Result<(), postcard::Error> {
    if CONTENTS.get().is_none() {
        let _ = CONTENTS.set(decode(bytes)?);
    }
    Ok(())
}

/// The asset's contents: natively the embedded copy; on the page once it
/// has arrived.
pub fn contents() -> Option<&'static Contents> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some(CONTENTS.get_or_init(|| {
            decode(include_bytes!(concat!(env!("OUT_DIR"), "/asset.bin")))
                .expect("the data asset decodes (written by build.rs from the same types)")
        }))
    }
    #[cfg(target_arch = "wasm32")]
    {
        CONTENTS.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_asset_holds_the_catalog_the_measures_and_the_forerunner_lists() {
        let (policies, measures, forerunner) = contents().unwrap();
        assert_eq!(policies, &crate::incentives::catalog::builtin().policies);
        assert_eq!(measures, crate::measures::all());
        assert_eq!(Some(forerunner), crate::forerunner::data());
        assert!(forerunner.key_areas.len() > 400 && !forerunner.path.is_empty());
        assert!(install(include_bytes!(concat!(env!("OUT_DIR"), "/asset.bin"))).is_ok());
        assert!(crate::incentives::catalog::policies_loaded());
        assert!(NAME.starts_with("catalog-") && NAME.ends_with(".bin"));
    }
}
