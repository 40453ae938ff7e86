//! Extraction time grows linearly with the text, also for texts made of one shape repeated:
//! titles with no name after them, titles before determiners, commas between titles. Each
//! shape is extracted at two sizes eight times apart; more than sixteen times the time fails.

use std::time::{Duration, Instant};

use briefing::extract::extract;

/// The shapes that once made extraction quadratic, and the shapes of the name rules.
const SHAPES: &[&str] = &[
    "Dr. the ",
    "the President, ",
    "Mr. , ",
    "German Chancellor the ",
    "Governor of Washington , ",
    "Maj.-Gen. ",
    "Ms Hope and ",
    "In Lisbon ",
    "de la ",
    "FOR IMMEDIATE RELEASE ",
    "“A Big Title” ",
    "Bolton 3-1 Wigan ",
    "Ministry of Trade, Industry, ",
    "Hale & Rudd & ",
];

/// Small enough that both texts' tokens stay in cache: larger texts measure the memory, not
/// the extractor.
const SMALL: usize = 4 * 1024;
const GROWTH: u32 = 8;

/// The fastest of nine extractions of `text`: the least disturbed by other work.
fn fastest(text: &str) -> Duration {
    (0..9)
        .map(|_| {
            let start = Instant::now();
            let annotations = extract(text);
            let elapsed = start.elapsed();
            std::hint::black_box(annotations);
            elapsed
        })
        .min()
        .unwrap_or_default()
}

fn repeated(shape: &str, bytes: usize) -> String {
    shape.repeat(bytes / shape.len())
}

#[test]
fn every_shape_extracts_in_linear_time() {
    // The gazetteer is built by the first extraction: not inside a measurement.
    extract("Warm-up in Paris.");
    let mut failures = Vec::new();
    // Other tests run beside this one: a shape fails only when three measurements in a row
    // say so. Noise rarely lasts that long; quadratic growth (64x here) always does.
    const ATTEMPTS: usize = 3;
    for shape in SHAPES {
        let small_text = repeated(shape, SMALL);
        let large_text = repeated(shape, SMALL * GROWTH as usize);
        let mut measured = Vec::new();
        for _ in 0..ATTEMPTS {
            let small = fastest(&small_text);
            let large = fastest(&large_text);
            // A floor of a tenth of a millisecond keeps a tiny time from turning noise into
            // a ratio.
            let ratio = large.as_secs_f64() / small.as_secs_f64().max(0.000_1);
            measured.push(format!("{small:?} -> {large:?} ({ratio:.1}x)"));
            if ratio <= f64::from(GROWTH * 2) {
                measured.clear();
                break;
            }
        }
        if !measured.is_empty() {
            failures.push(format!("{shape:?}: {measured:?}"));
        }
    }
    assert!(failures.is_empty(), "superlinear: {failures:#?}");
}
