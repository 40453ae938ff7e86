//! Extraction on arbitrary UTF-8: no panic, valid spans, deterministic, valid export.
#![no_main]

mod check;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Only UTF-8 reaches the extractor; the `decode` target covers the bytes before that.
    if let Ok(text) = std::str::from_utf8(data) {
        check::check_text(text);
    }
});
