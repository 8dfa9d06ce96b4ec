//! CSV text → portfolio import → score every valid row.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sme_calc::portfolio::{import_csv, score};
use sme_calc::Date;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let import = import_csv(text);
    let date = Date::ymd(2025, 6, 30);
    for (row, profile) in &import.profiles {
        std::hint::black_box(score(*row, profile, date));
    }
    std::hint::black_box(import);
});
