//! A file's bytes as the loader sees them: decoding (UTF-8, BOM, NUL) and, when that accepts
//! them, extraction with the same checks as the `extract` target.
#![no_main]

mod check;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match briefing::corpus::decode(data.to_vec()) {
        Ok(text) => {
            let expected = std::str::from_utf8(data).expect("decode accepted invalid UTF-8");
            assert!(!data.contains(&0), "decode accepted a NUL byte");
            assert_eq!(text, expected.strip_prefix('\u{feff}').unwrap_or(expected));
            check::check_text(&text);
        }
        Err(_) => assert!(std::str::from_utf8(data).is_err() || data.contains(&0)),
    }
});
