//! Which rows of the portfolio the table shows, and in what order: a text
//! to find in the company or region, a tier's verdict, a region, only the
//! rows with data errors; sorted by a column.

use super::row::Row;
use crate::engine::Verdict;
use crate::rules::model::TierId;
use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// Found in the company name, province or city (case-insensitive).
    pub text: String,
    /// A tier and its verdict.
    pub verdict: Option<(TierId, Verdict)>,
    /// Province and city as the summary writes them.
    pub region: Option<String>,
    pub errors_only: bool,
}

impl Filter {
    /// A tier's verdict as a value of the page's verdict choice.
    pub fn choice(t: TierId, v: Verdict) -> String {
        format!("{}:{}", t.key(), v.key())
    }

    /// The tier's verdict a choice value names, read back.
    pub fn parse_choice(value: &str) -> Option<(TierId, Verdict)> {
        let (t, v) = value.split_once(':')?;
        Some((TierId::from_key(t)?, Verdict::from_key(v)?))
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    pub fn matches(&self, r: &Row) -> bool {
        let needle = self.text.trim().to_lowercase();
        (needle.is_empty()
            || r.name.to_lowercase().contains(&needle)
            || format!("{}{}", r.province, r.city)
                .to_lowercase()
                .contains(&needle))
            && self
                .verdict
                .as_ref()
                .is_none_or(|(t, v)| r.tiers.iter().any(|x| x.0 == *t && x.1 == *v))
            && self
                .region
                .as_ref()
                .is_none_or(|g| format!("{}{}", r.province, r.city) == *g)
            && (!self.errors_only || !r.errors.is_empty())
    }
}

/// A column to sort by: `row`, `name`, `region`, `incentives`, or a tier
/// key (qualified first, then by score).
pub fn compare(key: &str, a: &Row, b: &Row) -> Ordering {
    match key {
        "name" => a.name.cmp(&b.name),
        "region" => (&a.province, &a.city).cmp(&(&b.province, &b.city)),
        "incentives" => a.incentives_total_wan.cmp(&b.incentives_total_wan),
        "row" => a.row.cmp(&b.row),
        tier => {
            let s = |x: &Row| {
                x.tiers.iter().find(|t| t.0.key() == tier).map(|t| {
                    let rank = match t.1 {
                        Verdict::Qualified => 2,
                        Verdict::Depends => 1,
                        Verdict::NotQualified => 0,
                    };
                    (rank, t.2.unwrap_or(0))
                })
            };
            s(a).cmp(&s(b))
        }
    }
    .then(a.row.cmp(&b.row))
}

/// The indices of the rows the filter keeps, sorted.
pub fn view(rows: &[Row], filter: &Filter, sort: &str, ascending: bool) -> Vec<usize> {
    let mut out: Vec<usize> = (0..rows.len())
        .filter(|&i| filter.matches(&rows[i]))
        .collect();
    out.sort_by(|&i, &j| {
        let o = compare(sort, &rows[i], &rows[j]);
        if ascending {
            o
        } else {
            o.reverse()
        }
    });
    out
}
