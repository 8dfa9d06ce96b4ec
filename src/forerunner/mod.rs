//! 企业标准“领跑者”: the key areas a company's product must fall in (the 2021
//! list of 202 areas and the 2022 list of 240, repaired where the seed's
//! tables are damaged), the path from self-declaration to the local reward,
//! and the 2022 grain-and-oil forerunner list. All from seed 002; the lists
//! and the path travel in the page's data asset (`model`), the rewards come
//! from the local policies.

use crate::date::Date;
use crate::incentives::catalog::{builtin, Item, Policy};
use crate::incentives::status::Status;
use crate::profile::Profile;

pub mod model;
pub use model::{Forerunner, GrainOilEntry, GrainOilList, KeyArea, KeyAreaList, Repair, Step};

/// The lists and the path: natively embedded; on the page, none until the
/// data asset has arrived ([`crate::data_asset`]; the page says it is
/// loading meanwhile).
pub fn data() -> Option<&'static Forerunner> {
    crate::data_asset::contents().map(|(_, _, f)| f)
}

/// Characters that carry no meaning in a search (spaces, punctuation).
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The entries whose `fields`, read as one text, contain every word of
/// `query` (words split on spaces; punctuation and case ignored). A query
/// with no words finds nothing.
fn search<T, const N: usize>(
    entries: &'static [T],
    query: &str,
    fields: impl Fn(&T) -> [&str; N],
) -> Vec<&'static T> {
    let words: Vec<String> = query
        .split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return vec![];
    }
    entries
        .iter()
        .filter(|e| {
            let hay: String = fields(e).into_iter().map(fold).collect();
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .collect()
}

/// Key areas whose area or industry contains every word of `query`,
/// newest list first.
pub fn search_key_areas(query: &str) -> Vec<&'static KeyArea> {
    let areas = data().map_or(&[][..], |d| &d.key_areas);
    let mut hits = search(areas, query, |a| [a.area_zh.as_str(), &a.industry_zh]);
    hits.sort_by_key(|a| (std::cmp::Reverse(a.year), a.no));
    hits
}

/// Entries of the grain-and-oil list matching a company, product or
/// standard (every word must appear).
pub fn search_grain_oil(query: &str) -> Vec<&'static GrainOilEntry> {
    let entries = data().map_or(&[][..], |d| &d.grain_oil);
    search(entries, query, |e| {
        [
            e.category_zh.as_str(),
            &e.company_zh,
            &e.standard_no,
            &e.standard_name_zh,
            &e.assessor_zh,
        ]
    })
}

/// The local forerunner rewards for the company's region: each catalog item
/// paying for a 领跑者 title, with its policy and whether the policy is in
/// force on the date (its amounts count).
pub fn local_rewards(profile: &Profile, date: Date) -> Vec<(&'static Policy, &'static Item, bool)> {
    builtin()
        .policies_for(&profile.company)
        .flat_map(|f| {
            let counts = Status::of(&f.policy, date).counts();
            f.item
                .iter()
                .filter(|i| i.kind() == "forerunner")
                .map(move |i| (&f.policy, i, counts))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_have_their_announced_sizes() {
        let d = data().unwrap();
        for list in &d.key_area_lists {
            let n = d.key_areas.iter().filter(|a| a.year == list.year).count() as u32;
            assert_eq!(n, list.count, "{}", list.year);
        }
        assert_eq!(d.grain_oil.len() as u32, d.grain_oil_list.count);
    }

    #[test]
    fn search_finds_areas_by_words() {
        // 电池 is an area of 电气机械和器材制造业 in both lists; newest first.
        let hits = search_key_areas("电池");
        assert_eq!(
            hits.iter().map(|a| a.year).collect::<Vec<_>>(),
            [2022, 2021]
        );
        assert!(hits
            .iter()
            .all(|a| a.area_zh == "电池" && a.industry_zh == "电气机械和器材制造业"));
        // Words may come from the industry and the area together.
        assert_eq!(search_key_areas("电气机械 电池").len(), 2);
        assert!(search_key_areas("   ").is_empty());
        assert!(search_key_areas("不存在的领域名称xyz").is_empty());
    }
}

#[cfg(test)]
mod path_tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_path_for_a_linyi_company_ends_with_linyis_amounts() {
        let mut p = Profile::empty();
        p.company.province = Some("山东省".into());
        p.company.city = Some("临沂市".into());
        let rewards = local_rewards(&p, Date::ymd(2024, 6, 30));
        let linyi: Vec<_> = rewards
            .iter()
            .filter(|(pol, _, _)| pol.id == "linyi-2019")
            .collect();
        // 第六条（五）: national, provincial, municipal forerunners: up to 30, 20, 10 万元.
        let mut amounts: Vec<_> = linyi
            .iter()
            .map(|(_, i, in_force)| {
                assert!(*in_force);
                match i.amount {
                    crate::incentives::catalog::Amount::UpTo { wan, .. }
                    | crate::incentives::catalog::Amount::Fixed { wan } => wan,
                    _ => panic!("{} has no sum", i.id),
                }
            })
            .collect();
        amounts.sort();
        assert_eq!(amounts, [dec!(10), dec!(20), dec!(30)]);
        // After the policy ended (2024-11-14) the same items are listed, not in force.
        assert!(local_rewards(&p, Date::ymd(2025, 6, 30))
            .iter()
            .filter(|(pol, _, _)| pol.id == "linyi-2019")
            .all(|(_, _, f)| !f));
        // Another city gets nothing of 临沂's.
        p.company.city = Some("济南市".into());
        assert!(local_rewards(&p, Date::ymd(2024, 6, 30))
            .iter()
            .all(|(pol, _, _)| pol.id != "linyi-2019"));
    }
}
