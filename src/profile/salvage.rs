//! A profile saved by an earlier session, read back through the same
//! validation as an import ([`validate`]): a value it refuses is not
//! dropped but taken out of the profile (unknown) and handed back as the
//! text of its field, where the form shows it with the message that names
//! the limit (a stored revenue of 7.9 × 10^28 becomes 数值过大：上限为
//! 100 万亿元 at 营业收入总额). What no field can show (too many achievements)
//! is returned as refused, for the caller to keep aside with its message.

use super::fields::{self, Value};
use super::{validate, FieldError, Profile};

/// A saved profile made valid.
#[derive(Debug, Clone, PartialEq)]
pub struct Salvaged {
    /// The profile with every refused field value made unknown.
    pub profile: Profile,
    /// (field path, the value as text) for each value taken out.
    pub drafts: Vec<(String, String)>,
    /// What validation still refuses: problems no field shows. Empty when
    /// `profile` is valid.
    pub refused: Vec<FieldError>,
}

/// `profile` with each value validation refuses moved to a draft.
pub fn salvage(mut profile: Profile) -> Salvaged {
    let mut drafts = Vec::new();
    // Each pass takes out every refused field value; a value refused only
    // against another one (研发人员 > 职工总数) is taken out with it. Clearing
    // never adds a problem, so the loop ends; the bound is a backstop.
    for _ in 0..4 {
        let errors = validate(&profile);
        let mut taken = false;
        for e in &errors {
            let Some(f) = fields::field(&e.path) else {
                continue;
            };
            let v = (f.get)(&profile);
            if !v.is_empty() {
                drafts.push((e.path.clone(), v.display()));
                (f.set)(&mut profile, Value::Empty);
                taken = true;
            }
        }
        if !taken {
            return Salvaged {
                profile,
                drafts,
                refused: errors,
            };
        }
    }
    let refused = validate(&profile);
    Salvaged {
        profile,
        drafts,
        refused,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Achievement;
    use rust_decimal::Decimal;
    use rust_decimal_macros::dec;

    /// Issue 18: a stored revenue of ~7.9e28 gives a message at its field,
    /// and the rest of the profile, advice included, works without a panic.
    #[test]
    fn a_stored_revenue_of_7_9e28_becomes_a_message() {
        let mut p = Profile::empty();
        p.financials.operating_revenue.y1 = Some(Decimal::MAX);
        p.financials.rd_expense.y1 = Some(dec!(480));
        // The engine alone never panics on it, advice included.
        let a = crate::assess(&p, crate::Date::ymd(2025, 6, 30));
        let _ = crate::report::report(&a);
        let _ = crate::incentives::incentives(&p, crate::Date::ymd(2025, 6, 30));

        let s = salvage(p);
        assert!(s.refused.is_empty(), "{:?}", s.refused);
        assert_eq!(s.profile.financials.operating_revenue.y1, None);
        assert_eq!(s.profile.financials.rd_expense.y1, Some(dec!(480)));
        assert_eq!(
            s.drafts,
            [(
                "financials.operating_revenue.y1".to_string(),
                "79228162514264337593543950335".to_string()
            )]
        );
        // The field's own parser names the limit for the text kept.
        let f = fields::field("financials.operating_revenue.y1").unwrap();
        let mut q = s.profile.clone();
        let why = f
            .parse(&s.drafts[0].1)
            .map(|v| (f.set)(&mut q, v))
            .map(|_| validate(&q))
            .map_or_else(|m| m.zh, |e| e[0].zh.clone());
        assert!(why.contains("100 万亿元"), "{why}");
        assert!(validate(&s.profile).is_empty());
    }

    #[test]
    fn what_no_field_shows_is_refused() {
        let mut p = Profile::empty();
        p.achievements = vec![Achievement::new("standard", &[], 1); 201].into();
        p.company.employees = Some(10);
        p.company.rd_employees = Some(20);
        let s = salvage(p);
        assert_eq!(
            s.drafts,
            [("company.rd_employees".to_string(), "20".to_string())]
        );
        assert_eq!(s.refused.len(), 1);
        assert_eq!(s.refused[0].path, "achievements");
    }

    #[test]
    fn a_valid_profile_is_unchanged() {
        let p = crate::parse_profile(include_str!("../../examples/linyi-precision.json")).unwrap();
        let s = salvage(p.clone());
        assert_eq!((s.profile, s.drafts.len(), s.refused.len()), (p, 0, 0));
    }
}
