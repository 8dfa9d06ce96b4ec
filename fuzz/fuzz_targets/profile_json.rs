//! JSON profile → parse → every rulebook → assessment, report, incentives
//! (and, for one valid input in 64, the advice search).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sme_calc::engine::advice::advise;
use sme_calc::incentives::incentives;
use sme_calc::report::report_without_advice;
use sme_calc::rules::{rulebook_by_id, RULEBOOKS};
use sme_calc::{assess, assess_with, parse_profile, Date};
use std::hash::{Hash, Hasher};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(profile) = parse_profile(text) else {
        return;
    };
    // A cheap, deterministic hash (DefaultHasher with fixed keys) picks the
    // inputs that also get the slow advice search, so a crash reproduces.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    data.hash(&mut h);
    let with_advice = h.finish() % 64 == 0;

    let dates = [Date::ymd(2025, 6, 30), Date::ymd(2026, 6, 30)];
    for rulebook in RULEBOOKS.iter().copied() {
        assert!(std::ptr::eq(rulebook_by_id(rulebook.id).unwrap(), rulebook));
        for date in dates {
            let a = assess_with(&profile, date, rulebook);
            let r = report_without_advice(&a);
            let json = serde_json::to_string(&r).expect("a report serialises");
            std::hint::black_box(json);
            std::hint::black_box(incentives(&profile, date));
            if with_advice {
                std::hint::black_box(advise(&a));
            }
        }
    }
    // The date-selected rulebook, as the page and the command use it.
    std::hint::black_box(assess(&profile, Date::ymd(2025, 6, 30)));
});
