//! Exposes the engine to the benchmark page: generate profiles once, then
//! assess them all; the page times `run` with `performance.now()`.
use sme_calc::sample::profiles;
use sme_calc::{assess, Date, Profile};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static PROFILES: RefCell<Vec<Profile>> = const { RefCell::new(Vec::new()) };
}

/// Generates `n` profiles (the same seed as the native benchmark).
#[wasm_bindgen]
pub fn prepare(n: u32) {
    PROFILES.with(|p| *p.borrow_mut() = profiles(n));
}

/// Assesses every prepared profile once; returns how many tier verdicts
/// were "qualified" (so the work cannot be optimised away).
#[wasm_bindgen]
pub fn run() -> u32 {
    let date = Date::ymd(2025, 6, 30);
    PROFILES.with(|p| {
        p.borrow()
            .iter()
            .map(|x| {
                assess(x, date)
                    .tiers
                    .iter()
                    .filter(|t| t.verdict.is_yes())
                    .count() as u32
            })
            .sum()
    })
}
