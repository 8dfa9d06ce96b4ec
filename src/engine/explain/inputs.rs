//! Which profile fields a metric, a flag or a test reads, and which of them
//! a profile leaves empty: the inputs that settle an unknown.

use crate::facts::Facts;
use crate::rules::model::{Metric, Test, TitleKind};

/// The profile fields a metric is computed from.
pub fn metric_inputs(m: Metric) -> Vec<String> {
    m.def().inputs.iter().map(|p| p.to_string()).collect()
}

/// The profile fields a test reads.
pub fn test_inputs(test: &Test) -> Vec<String> {
    let mut out = Vec::new();
    collect_inputs(test, &mut out);
    out
}

fn collect_inputs(test: &Test, out: &mut Vec<String>) {
    let mut push = |s: String| {
        if !out.contains(&s) {
            out.push(s)
        }
    };
    match test {
        Test::AtLeast(m, _) | Test::AtMost(m, _) | Test::Below(m, _) | Test::Above(m, _) => {
            metric_inputs(*m).into_iter().for_each(push)
        }
        Test::Is(f) | Test::IsNot(f) => push(f.def().path.into()),
        Test::InstitutionAtLeast(_) => push("qualifications.rd_institution".into()),
        Test::AwardAtLeast { max_rank, .. } => {
            push("qualifications.sci_tech_award.level".into());
            if max_rank.is_some() {
                push("qualifications.sci_tech_award.rank".into());
            }
        }
        Test::MakerChinaAtLeast(_) => push("qualifications.maker_china".into()),
        Test::HasListedHonor => push("qualifications.honors".into()),
        Test::IsSme => {
            push("company.industry".into());
            push("company.employees".into());
            push("financials.operating_revenue.y1".into());
            push("financials.total_assets.y1".into());
        }
        Test::HoldsTitle(k) => push(
            match k {
                TitleKind::Innovative => "qualifications.titles.innovative_until",
                TitleKind::TechSme => "qualifications.titles.tech_sme_until",
                TitleKind::Srdi => "qualifications.titles.srdi_until",
            }
            .into(),
        ),
        Test::Always => {}
        Test::All(ts) | Test::Any(ts) => ts.iter().for_each(|t| collect_inputs(t, out)),
    }
}

/// The inputs of a test that the profile leaves empty.
pub fn missing_inputs(test: &Test, f: &Facts) -> Vec<String> {
    test_inputs(test)
        .into_iter()
        .filter(|path| {
            crate::profile::fields::field(path).is_some_and(|fd| (fd.get)(f.profile).is_empty())
                || (path == "qualifications.honors" && f.profile.qualifications.honors.is_none())
        })
        .collect()
}
