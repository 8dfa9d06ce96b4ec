//! Engine throughput: assessments per second over 10,000 generated
//! profiles, on one core. Run with `cargo bench --bench engine`.
//!
//! "Assessment" is the scoring the page redoes on every keystroke: metrics,
//! all three tiers, their verdicts. Building the JSON report and the advice
//! are measured separately: they run only when shown.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sme_calc::engine::advice::advise;
use sme_calc::report::report;
use sme_calc::sample::profiles;
use sme_calc::{assess, Date};
use std::hint::black_box;
use std::time::Instant;

fn bench(c: &mut Criterion) {
    let ps = profiles(10_000);
    let date = Date::ymd(2025, 6, 30);

    let mut g = c.benchmark_group("engine");
    g.throughput(Throughput::Elements(ps.len() as u64));
    g.bench_function("assess 10k profiles", |b| {
        b.iter(|| {
            for p in &ps {
                black_box(assess(black_box(p), date));
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group("report");
    g.sample_size(10);
    g.throughput(Throughput::Elements(1_000));
    g.bench_function("assess + JSON report, 1k profiles", |b| {
        b.iter(|| {
            for p in &ps[..1_000] {
                black_box(serde_json::to_string(&report(&assess(p, date))).unwrap());
            }
        })
    });
    g.finish();

    // A plain figure for the README, independent of criterion's formatting.
    let start = Instant::now();
    let mut qualified = 0;
    let rounds = 5;
    for _ in 0..rounds {
        for p in &ps {
            qualified += assess(p, date)
                .tiers
                .iter()
                .filter(|t| t.verdict.is_yes())
                .count();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let per_sec = (ps.len() * rounds) as f64 / secs;
    let start = Instant::now();
    let advised: usize = ps[..200]
        .iter()
        .map(|p| advise(&assess(p, date)).len())
        .sum();
    let advice_ms = start.elapsed().as_secs_f64() * 1000.0 / 200.0;
    println!("\nFIGURE engine: {per_sec:.0} assessments/second on one core ({} profiles x {rounds}; {qualified} tier verdicts qualified)", ps.len());
    println!(
        "FIGURE advice: {advice_ms:.2} ms per profile ({advised} tier advices over 200 profiles)"
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
