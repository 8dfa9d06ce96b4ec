//! The saved state the page reads from localStorage (`sme-calc.v1`) → the
//! page's own reader (`web::state::stored::read`, validation as on import)
//! → every profile it loads: valid, assessed under every rulebook, report
//! and incentives (the advice for one input in 16), each field's text and
//! message; merged with another tab's edit (`web::state::sync`); saved
//! again, it reads back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sme_calc::engine::advice::advise;
use sme_calc::incentives::incentives;
use sme_calc::profile::validate;
use sme_calc::report::report_without_advice;
use sme_calc::rules::RULEBOOKS;
use sme_calc::web::state::stored::read;
use sme_calc::web::state::sync::{agreed, merge};
use sme_calc::{assess_with, Date};
use std::hash::{Hash, Hasher};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(r) = read(text) else {
        return;
    };
    let Some(state) = r.state else {
        assert!(!r.set_aside.is_empty(), "nothing loaded and nothing set aside");
        return;
    };
    assert!(state.entries.iter().any(|e| e.id == state.active));
    let mut h = std::collections::hash_map::DefaultHasher::new();
    data.hash(&mut h);
    let with_advice = h.finish() % 16 == 0;
    let date = Date::ymd(2025, 6, 30);
    for e in &state.entries {
        assert!(validate(&e.profile).is_empty(), "a loaded profile is valid");
        for path in e.drafts.keys() {
            std::hint::black_box((e.text(path), e.problem(path)));
        }
        for rulebook in RULEBOOKS.iter().copied() {
            let a = assess_with(&e.profile, date, rulebook);
            let json = serde_json::to_string(&report_without_advice(&a)).expect("a report serialises");
            std::hint::black_box(json);
            if with_advice {
                std::hint::black_box(advise(&a));
            }
        }
        std::hint::black_box(incentives(&e.profile, date));
    }
    // Another tab's save merged with this tab's (half the entries, the
    // first one edited) against a base of the other half: never a panic,
    // storage always keeps a profile, a conflict is an entry both hold.
    let all = &state.entries;
    let mut ours: Vec<_> = all.iter().take(all.len().div_ceil(2)).cloned().collect();
    ours[0].name.push('*');
    let base: Vec<_> = all.iter().skip(all.len() / 2).cloned().collect();
    let m = merge(&base, &ours, all);
    assert!(!m.stored.is_empty(), "storage keeps a profile");
    for c in &m.conflicts {
        assert!(ours.iter().any(|e| e.id == c.id) && all.iter().any(|e| e.id == c.id));
    }
    std::hint::black_box(agreed(&base, &m.applied(&ours), &m.stored));
    // What the page saves reads back as it was.
    let saved = serde_json::to_string(&state).expect("the state serialises");
    let again = read(&saved).expect("a saved state reads back");
    assert_eq!(again.state.as_ref(), Some(&state));
    assert!(again.mended.is_empty() && again.set_aside.is_empty());
});
