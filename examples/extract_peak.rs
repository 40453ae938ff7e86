//! Prints the heap each stage of extraction holds at its peak, for one file:
//! `cargo run --release --example extract_peak -- FILE` (a debugging aid for memory).
//! The heap counts what was asked for, room never touched too; on Linux the resident peak
//! (`VmHWM`, reset before each stage) is printed beside it: the memory pages touched.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use briefing::extract::{aliases, dates, names, quotes, segment};

/// The system allocator, counting the bytes held now and at most since the last reset.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let held = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(held, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A figure in KB from `/proc/self/status` ("VmRSS", "VmHWM"), 0 where there is none.
fn status_kb(field: &str) -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Sets the resident peak back to the resident size now (Linux 4.0 on; elsewhere a no-op).
fn reset_resident_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// Runs `f`, printing the heap it added at its peak and when it returned, and the resident
/// peak it added, per byte of text.
fn stage<T>(name: &str, text_len: usize, f: impl FnOnce() -> T) -> T {
    let before = HELD.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    reset_resident_peak();
    let resident_before = status_kb("VmRSS");
    let out = f();
    let peak = PEAK.load(Ordering::Relaxed) - before;
    let kept = HELD.load(Ordering::Relaxed).saturating_sub(before);
    let resident_peak = status_kb("VmHWM").saturating_sub(resident_before) * 1024;
    let per_byte = |n: usize| n as f64 / text_len.max(1) as f64;
    println!(
        "{name:10} peak {:>6.1} B/byte, kept {:>6.1} B/byte, resident peak {:>6.1} B/byte",
        per_byte(peak),
        per_byte(kept),
        per_byte(resident_peak)
    );
    out
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("extract_peak: cannot read {path:?}");
        std::process::exit(1);
    };
    let len = text.len();
    // The gazetteer is built once, on first use: not part of any stage.
    briefing::extract::extract("Warm-up by Dr. Example in London.");
    let paragraphs = stage("paragraphs", len, || segment::paragraphs(&text));
    let sentences = stage("sentences", len, || segment::sentences(&text, &paragraphs));
    let tokens = stage("tokens", len, || segment::tokens(&text, &sentences));
    let found = stage("names", len, || names::find(&text, &tokens));
    let mut entities = stage("aliases", len, || aliases::group(&text, &found));
    stage("nesting", len, || {
        aliases::nest_known_names(&text, &mut entities)
    });
    let dates = stage("dates", len, || dates::find(&text, &tokens));
    let quotes = stage("quotes", len, || {
        quotes::find(&text, &paragraphs, &sentences, &tokens, &entities)
    });
    std::hint::black_box((dates, quotes));
    let whole = stage("extract", len, || briefing::extract::extract(&text));
    std::hint::black_box(whole);
}
