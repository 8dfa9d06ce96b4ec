//! A small driver for `valgrind --tool=callgrind`: assesses 2,000 sample
//! profiles N times (N = first argument, default 1). Collect only inside
//! `run` (`--toggle-collect=prof::run`) so profile generation is left out
//! and the count divided by 2,000 × N is instructions per assessment.
use sme_calc::profile::Profile;
use sme_calc::sample::profiles;
use sme_calc::{assess, Date};
use std::hint::black_box;

#[inline(never)]
fn run(ps: &[Profile], d: Date, rounds: usize) {
    for _ in 0..rounds {
        for p in ps {
            black_box(assess(black_box(p), d));
        }
    }
}

fn main() {
    let ps = profiles(2_000);
    let d = Date::ymd(2025, 6, 30);
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    run(&ps, d, rounds);
}
