//! Non-monetary support a company can use once it holds a tier or an
//! achievement (green channels for patents, IP insurance and pledge
//! financing, standardisation training, procurement priority for 领跑者…),
//! from the national and regional notices in the seeds. As data with the
//! quoted clause; filtered to what the company qualifies for.

use crate::engine::Assessment;
use crate::incentives::catalog::place_key;
use crate::rules::model::TierId;

pub mod model;
pub use model::Measure;

/// Every measure: natively embedded; on the page, none until the data
/// asset has arrived ([`crate::data_asset`]; the panel that lists them
/// says it is loading meanwhile).
pub fn all() -> &'static [Measure] {
    crate::data_asset::contents().map_or(&[], |(_, measures, _)| measures.as_slice())
}

impl Measure {
    /// Does this company qualify for it? A tier counts when the assessment
    /// says it is reached; a region when the province matches; an
    /// achievement when the profile lists one of that kind.
    pub fn applies(&self, a: &Assessment) -> bool {
        let p = a.facts.profile;
        let tier_ok = self.tiers.is_empty()
            || self
                .tiers
                .iter()
                .filter_map(|k| TierId::from_key(k))
                .any(|t| a.tier(t).is_some_and(|o| o.verdict.is_yes()));
        let region_ok = self.province.as_deref().is_none_or(|want| {
            p.company
                .province
                .as_deref()
                .is_some_and(|have| place_key(have) == place_key(want))
        });
        let achievement_ok = self.achievements.is_empty()
            || self.achievements.iter().any(|k| {
                p.achievements
                    .iter()
                    .any(|x| x.kind == *k && crate::incentives::catalog::is_complete(x))
            });
        tier_ok && region_ok && achievement_ok
    }
}

/// The seed file a measure cites.
pub fn seed_file(prefix: &str) -> &'static str {
    match prefix {
        "000" => "seeds/000_00fe234bc30dadf5.txt",
        "001" => "seeds/001_a1aa939cd639361e.txt",
        "002" => "seeds/002_9dbe9052b049e00e.txt",
        "003" => "seeds/003_4f6c0e4a3227286f.txt",
        "004" => "seeds/004_2a5b800633e1b6ac.txt",
        _ => "",
    }
}

/// The measures the company qualifies for.
pub fn applicable<'a>(a: &'a Assessment) -> impl Iterator<Item = &'static Measure> + 'a {
    all().iter().filter(move |m| m.applies(a))
}
