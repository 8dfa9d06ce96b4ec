//! What a portfolio adds up to, shown above its table: how many companies
//! each tier's verdict covers, where they are, the incentives in all, and
//! the conditions most often unmet.

use super::row::Row;
use crate::engine::Verdict;
use crate::rules::model::TierId;
use crate::text::Text;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::HashMap;

/// Counts over the rows given (the filtered ones, or all).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Summary {
    pub rows: usize,
    /// Rows with a cell that could not be read.
    pub with_errors: usize,
    /// Per tier in climbing order: (tier, 符合, 待定, 不符合).
    pub verdicts: Vec<(TierId, usize, usize, usize)>,
    /// (province and city, companies), most first.
    pub regions: Vec<(String, usize)>,
    pub incentives_total_wan: Decimal,
    /// (tier, the condition in words, companies), most first.
    pub unmet: Vec<(TierId, Text, usize)>,
}

/// How many of the most common unmet conditions are named.
pub const UNMET_SHOWN: usize = 8;

pub fn summarize<'a>(rows: impl IntoIterator<Item = &'a Row>) -> Summary {
    let mut s = Summary::default();
    let mut regions: HashMap<String, usize> = HashMap::new();
    let mut unmet: HashMap<(TierId, &'static str), (Text, usize)> = HashMap::new();
    for r in rows {
        s.rows += 1;
        if !r.errors.is_empty() {
            s.with_errors += 1;
        }
        for (tier, verdict, _, _) in &r.tiers {
            let i = match s.verdicts.iter().position(|v| v.0 == *tier) {
                Some(i) => i,
                None => {
                    s.verdicts.push((*tier, 0, 0, 0));
                    s.verdicts.len() - 1
                }
            };
            match verdict {
                Verdict::Qualified => s.verdicts[i].1 += 1,
                Verdict::NotQualified => s.verdicts[i].3 += 1,
                Verdict::Depends => s.verdicts[i].2 += 1,
            }
        }
        let region = format!("{}{}", r.province, r.city);
        *regions.entry(region).or_default() += 1;
        s.incentives_total_wan = s
            .incentives_total_wan
            .saturating_add(r.incentives_total_wan);
        for u in &r.unmet {
            unmet.entry((u.tier, u.words.zh)).or_insert((u.words, 0)).1 += 1;
        }
    }
    s.regions = regions.into_iter().collect();
    s.regions
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut unmet: Vec<(TierId, Text, usize)> = unmet
        .into_iter()
        .map(|((tier, _), (words, n))| (tier, words, n))
        .collect();
    unmet.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.zh.cmp(b.1.zh)));
    unmet.truncate(UNMET_SHOWN);
    s.unmet = unmet;
    s
}
