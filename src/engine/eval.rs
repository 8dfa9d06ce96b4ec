//! Evaluating a [`Test`] and an indicator's [`Scoring`] against [`Facts`].

use crate::facts::Facts;
use crate::logic::{Points, Tri};
use crate::profile::AwardLevel;
use crate::rules::model::{best_band, Band, Indicator, Metric, Scoring, Test, TitleKind};
use crate::rules::sme_size;
use rust_decimal::prelude::ToPrimitive;

/// A test's answer, with its most common cases decided at the call site: a
/// comparison of a metric already derived is one integer comparison (its
/// first use one call to derive it) and a flag one read, so a walk over a
/// rule's conditions does not pay a call into `eval` for each; the rare
/// tests go to [`eval_rare`] directly. `eval` is left the combinations.
#[inline(always)]
pub fn eval_inline(test: &Test, f: &Facts) -> Tri {
    match test {
        Test::AtLeast(m, x) => Tri::from_option(f.at_least(*m, *x)),
        Test::AtMost(m, x) => Tri::from_option(f.at_most(*m, *x)),
        Test::Below(m, x) => Tri::from_option(f.at_least(*m, *x)).negate(),
        Test::Above(m, x) => Tri::from_option(f.at_most(*m, *x)).negate(),
        Test::Is(flag) => Tri::from_option(f.flag(*flag)),
        Test::IsNot(flag) => Tri::from_option(f.flag(*flag)).negate(),
        Test::InstitutionAtLeast(_)
        | Test::AwardAtLeast { .. }
        | Test::MakerChinaAtLeast(_)
        | Test::HasListedHonor
        | Test::IsSme
        | Test::HoldsTitle(_) => eval_rare(test, f),
        Test::Always | Test::All(_) | Test::Any(_) => eval(test, f),
    }
}

/// Yes / no / unknown for a test. The comparisons, flags and rarer tests
/// are [`eval_inline`]'s (one declaration of each); this adds the
/// combinations, which `eval_inline` leaves to it.
pub fn eval(test: &Test, f: &Facts) -> Tri {
    match test {
        Test::Always => Tri::Yes,
        // Kleene "and"/"or" settle at the first No/Yes: the tests left are
        // pure, so not evaluating them changes nothing but the time.
        Test::All(ts) => {
            let mut acc = Tri::Yes;
            for t in ts.iter() {
                acc = acc.and(eval_inline(t, f));
                if acc == Tri::No {
                    break;
                }
            }
            acc
        }
        Test::Any(ts) => {
            let mut acc = Tri::No;
            for t in ts.iter() {
                acc = acc.or(eval_inline(t, f));
                if acc == Tri::Yes {
                    break;
                }
            }
            acc
        }
        _ => eval_inline(test, f),
    }
}

/// The tests on qualifications, titles and size: a few per assessment.
#[inline(never)]
fn eval_rare(test: &Test, f: &Facts) -> Tri {
    match *test {
        Test::InstitutionAtLeast(level) => {
            Tri::from_option(f.profile.qualifications.rd_institution.map(|i| i >= level))
        }
        Test::AwardAtLeast { level, max_rank } => match f.profile.qualifications.sci_tech_award {
            None => Tri::Unknown,
            Some(a) if a.level == AwardLevel::None || a.level < level => Tri::No,
            Some(a) => match (max_rank, a.rank) {
                (None, _) => Tri::Yes,
                (Some(max), Some(rank)) => Tri::from_bool(rank <= max),
                (Some(_), None) => Tri::Unknown,
            },
        },
        Test::MakerChinaAtLeast(m) => {
            Tri::from_option(f.profile.qualifications.maker_china.map(|x| x >= m))
        }
        Test::HasListedHonor => Tri::from_option(
            f.profile
                .qualifications
                .honors
                .as_ref()
                .map(|h| !h.is_empty()),
        ),
        Test::IsSme => match f.profile.company.industry {
            Some(ind) => eval(&sme_size::row(ind).sme, f),
            // Industry unknown: settled if every row gives the same answer.
            None => {
                let mut rows = sme_size::SIZE_TABLE.iter().map(|r| eval(&r.sme, f));
                let first = rows.next().unwrap_or(Tri::Unknown);
                if rows.all(|t| t == first) {
                    first
                } else {
                    Tri::Unknown
                }
            }
        },
        Test::HoldsTitle(kind) => holds_title(kind, f),
        // Decided in `eval_inline` and `eval`.
        Test::AtLeast(..)
        | Test::AtMost(..)
        | Test::Below(..)
        | Test::Above(..)
        | Test::Is(_)
        | Test::IsNot(_)
        | Test::Always
        | Test::All(_)
        | Test::Any(_) => eval(test, f),
    }
}

/// A title is held when its end date is on or after the assessment date.
/// A title the user did not mention is not held.
fn holds_title(kind: TitleKind, f: &Facts) -> Tri {
    Tri::from_bool(f.title_until(kind).is_some_and(|until| until >= f.date))
}

/// An indicator's points and the band or rung chosen (when settled). The
/// input value is read from the facts when shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    pub points: Points,
    /// The letter of the band or rung chosen ("A"…), when settled: a
    /// reference to the declaration's label, one word where a `&str` is
    /// two (the assessment keeps 16 per scored tier and is copied once).
    pub band: Option<&'static &'static str>,
}

pub fn score(ind: &Indicator, f: &Facts) -> Scored {
    let cap = ind.max_points;
    let s = match &ind.scoring {
        Scoring::Bands { metric, bands } => score_bands(*metric, bands, f),
        Scoring::BestOf(tables) => {
            let mut best: Option<Scored> = None;
            for (metric, bands) in tables.iter() {
                let s = score_bands(*metric, bands, f);
                best = Some(match best {
                    None => s,
                    Some(b) => Scored {
                        points: b.points.best(s.points),
                        // The band shown is the one that scores; with a range
                        // it is not settled.
                        band: if s.points.min > b.points.max {
                            s.band
                        } else if b.points.min >= s.points.max {
                            b.band
                        } else {
                            None
                        },
                    },
                });
            }
            best.unwrap_or(Scored {
                points: Points::ZERO,
                band: None,
            })
        }
        Scoring::Ladder(rungs) => {
            // Rungs are declared best first. The first rung that surely
            // holds fixes the minimum; rungs above it that may hold (unknown
            // inputs) raise the maximum, and leave the band unsettled.
            let (mut lo, mut hi, mut unsettled, mut band) = (0, 0, false, None);
            for r in rungs.iter() {
                match eval_inline(&r.test, f) {
                    Tri::Yes => {
                        lo = r.points;
                        hi = hi.max(r.points);
                        if !unsettled {
                            band = Some(&r.label);
                        }
                        break;
                    }
                    Tri::Unknown => {
                        hi = hi.max(r.points);
                        unsettled = true;
                    }
                    Tri::No => {}
                }
            }
            Scored {
                points: Points::range(lo, hi.max(lo)),
                band,
            }
        }
        Scoring::PerItem { items, points_each } => {
            let (mut yes, mut maybe) = (0, 0);
            for it in items.iter() {
                match eval_inline(&it.test, f) {
                    Tri::Yes => yes += 1,
                    Tri::Unknown => maybe += 1,
                    Tri::No => {}
                }
            }
            Scored {
                points: Points::range(yes * points_each, (yes + maybe) * points_each),
                band: None,
            }
        }
        Scoring::PerStep {
            metric,
            step,
            points_each,
        } => match f.measure(*metric) {
            None => Scored {
                points: Points::range(0, cap),
                band: None,
            },
            Some(v) => {
                let steps = v.whole_steps(*step).unwrap_or_else(|| {
                    let v = v.value();
                    // A quotient beyond `Decimal` is as many steps as can be.
                    let most = if v.is_sign_negative() { 0 } else { u32::MAX };
                    v.checked_div(*step)
                        .map_or(most, |s| s.floor().to_u32().unwrap_or(most))
                });
                let p = steps.saturating_mul(*points_each);
                Scored {
                    points: Points::exact(p),
                    band: None,
                }
            }
        },
        Scoring::Entered { metric } => match f.measure(*metric) {
            None => Scored {
                points: Points::range(0, cap),
                band: None,
            },
            Some(v) => Scored {
                points: Points::exact(v.whole()),
                band: None,
            },
        },
    };
    Scored {
        points: s.points.cap(cap),
        ..s
    }
}

fn score_bands(metric: Metric, bands: &'static [Band], f: &Facts) -> Scored {
    // A rate over a base of 0 does not exist: no band is reached, 0 points
    // (附件4 十四; our reading at `Facts::undefined`).
    // One read of the metric for both questions.
    match f.reading(metric) {
        Err(_undefined) => Scored {
            points: Points::ZERO,
            band: None,
        },
        Ok(Some(v)) => match best_band(bands, v) {
            Some(b) => Scored {
                points: Points::exact(b.points),
                band: Some(&b.label),
            },
            // Tables cover the whole line (checked by a test); this is a
            // defensive floor.
            None => Scored {
                points: Points::ZERO,
                band: None,
            },
        },
        Ok(None) => {
            let lo = bands.iter().map(|b| b.points).min().unwrap_or(0);
            let hi = bands.iter().map(|b| b.points).max().unwrap_or(0);
            Scored {
                points: Points::range(lo, hi),
                band: None,
            }
        }
    }
}
