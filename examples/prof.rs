use sme_calc::sample::profiles;
use sme_calc::{assess, Date};
use std::hint::black_box;
fn main() {
    let ps = profiles(2_000);
    let d = Date::ymd(2025, 6, 30);
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    for _ in 0..rounds {
        for p in &ps {
            black_box(assess(black_box(p), d));
        }
    }
}
