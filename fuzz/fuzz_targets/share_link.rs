//! URL fragment → share-link decoder (base64url → zlib → profile JSON).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sme_calc::share::from_fragment;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    std::hint::black_box(from_fragment(text));
    std::hint::black_box(from_fragment(&format!("share/x/{text}")));
});
