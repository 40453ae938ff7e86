//! Extraction throughput, and loading plus extracting a whole archive.
//!
//! `fixtures`: the extractor over every bundled seed briefing (the gold texts), reported in
//! MB/s — the figure the accuracy work must not lower by more than a third.
//! `corpus`: reading and extracting the 10,000-briefing corpus of `examples/gen_corpus.rs`,
//! sequentially and in parallel, as `briefing export` does.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(dead_code)]
#[path = "../examples/gen_corpus.rs"]
mod gen_corpus;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;

use briefing::corpus;
use briefing::extract::extract;
use briefing::model::Briefing;
use briefing::seeds::SEEDS;

fn fixtures(c: &mut Criterion) {
    let texts: Vec<&str> = SEEDS.iter().map(|(_, text)| *text).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    // Build the gazetteer outside the measurement: it is a one-off per process.
    black_box(extract("Warm up."));
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("fixtures", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(extract(black_box(text)));
            }
        })
    });
    group.finish();
}

/// The 10,000-briefing corpus: reading it, and reading plus extracting it in parallel (as
/// `briefing export` does, without writing JSON).
fn archive(c: &mut Criterion) {
    let folder = gen_corpus::cached_corpus(gen_corpus::DEFAULT_COUNT);
    let folders = [folder];
    let bytes: u64 = corpus::load(&folders, false)
        .documents
        .iter()
        .map(|d| d.text.len() as u64)
        .sum();
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("load_10000", |b| {
        b.iter(|| black_box(corpus::load(&folders, false)))
    });
    group.bench_function("load_and_extract_10000", |b| {
        b.iter(|| {
            let loaded = corpus::load(&folders, false);
            let briefings: Vec<Briefing> = loaded
                .documents
                .into_par_iter()
                .map(Briefing::from_document)
                .collect();
            black_box(briefings)
        })
    });
    group.finish();
}

criterion_group!(benches, fixtures, archive);
criterion_main!(benches);
