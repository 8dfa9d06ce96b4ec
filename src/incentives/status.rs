//! A policy's status on the assessment date: in force, expired, superseded,
//! not yet in force, or in force with no end date stated. Only the first
//! and the last count in a total.

use super::model::Policy;
use crate::date::Date;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// In force, until its stated last day.
    InForce { until: Date },
    /// Its last day has passed.
    Expired { on: Date },
    /// A later document replaced it.
    Superseded { by: String, from: Date },
    /// Not yet in force.
    NotYet { from: Date },
    /// In force as far as the text says: it states no end. The user should
    /// check it still applies.
    NoEndDate { published: Date },
}

impl Status {
    pub fn of(p: &Policy, date: Date) -> Status {
        let v = p.validity();
        if date < v.from {
            return Status::NotYet { from: v.from };
        }
        if let Some(s) = p.superseded.as_ref().filter(|s| s.from <= date) {
            return Status::Superseded {
                by: s.by.clone(),
                from: s.from,
            };
        }
        match v.until {
            Some(u) if v.ended_before(date) => Status::Expired { on: u },
            Some(u) => Status::InForce { until: u },
            None => Status::NoEndDate {
                published: p.published,
            },
        }
    }

    /// Its amounts count in a total.
    pub fn counts(&self) -> bool {
        matches!(self, Status::InForce { .. } | Status::NoEndDate { .. })
    }

    /// The code used in `sme-assessment/1` and `sme-catalog/1`.
    pub fn code(&self) -> &'static str {
        match self {
            Status::InForce { .. } => "in_force",
            Status::Expired { .. } => "expired",
            Status::Superseded { .. } => "superseded",
            Status::NotYet { .. } => "not_yet",
            Status::NoEndDate { .. } => "no_end_date",
        }
    }

    /// The status in words, as the page and the print show it.
    pub fn words_zh(&self) -> String {
        match self {
            Status::InForce { until } => format!("有效（至 {until}）"),
            Status::Expired { on } => format!("已于 {on} 到期"),
            Status::Superseded { by, from } => format!("已被 {by} 取代（{from} 起）"),
            Status::NotYet { from } => format!("尚未生效（{from} 起施行）"),
            Status::NoEndDate { published } => {
                format!("未写明有效期（{published} 发布），请向主管部门核实是否仍有效")
            }
        }
    }

    pub fn words_en(&self) -> String {
        match self {
            Status::InForce { until } => format!("in force (until {until})"),
            Status::Expired { on } => format!("expired on {on}"),
            Status::Superseded { by, from } => format!("replaced by {by} (from {from})"),
            Status::NotYet { from } => format!("not yet in force (from {from})"),
            Status::NoEndDate { published } => format!(
                "no end date stated (published {published}): check with the authority that it still applies"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incentives::model::{Region, Source, Supersession};

    fn policy(until: Option<Date>, superseded: Option<Supersession>) -> Policy {
        Policy {
            id: "p".into(),
            number: None,
            title_zh: "办法".into(),
            title_en: "Measures".into(),
            issuer_zh: None,
            region: Region {
                province: "北京市".into(),
                city: None,
                district: None,
            },
            source: Source::default(),
            published: Date::ymd(2020, 2, 20),
            valid_from: Date::ymd(2020, 2, 25),
            valid_until: until,
            superseded,
            checked_on: Date::ymd(2026, 12, 1),
            has_amounts: true,
            amounts_recorded: true,
            summary_zh: String::new(),
            summary_en: String::new(),
        }
    }

    #[test]
    fn every_status_at_its_edges() {
        let end = Some(Date::ymd(2024, 11, 14));
        let p = policy(end, None);
        assert_eq!(
            Status::of(&p, Date::ymd(2020, 2, 24)),
            Status::NotYet {
                from: Date::ymd(2020, 2, 25)
            }
        );
        assert_eq!(
            Status::of(&p, Date::ymd(2020, 2, 25)),
            Status::InForce {
                until: Date::ymd(2024, 11, 14)
            }
        );
        assert!(Status::of(&p, Date::ymd(2024, 11, 14)).counts());
        assert_eq!(
            Status::of(&p, Date::ymd(2024, 11, 15)),
            Status::Expired {
                on: Date::ymd(2024, 11, 14)
            }
        );
        let open = policy(
            None,
            Some(Supersession {
                by: "京市监发〔2024〕52号".into(),
                from: Date::ymd(2024, 6, 18),
                policy: None,
            }),
        );
        assert_eq!(
            Status::of(&open, Date::ymd(2024, 6, 17)),
            Status::NoEndDate {
                published: Date::ymd(2020, 2, 20)
            }
        );
        assert!(Status::of(&open, Date::ymd(2024, 6, 17)).counts());
        let s = Status::of(&open, Date::ymd(2024, 6, 18));
        assert_eq!(s.code(), "superseded");
        assert!(!s.counts() && s.words_zh().contains("京市监发〔2024〕52号"));
    }
}
