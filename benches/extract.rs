//! Extraction throughput, and loading plus extracting a whole archive.
//!
//! `fixtures`: the extractor over every bundled seed briefing (the gold texts), reported in
//! MB/s — the figure the accuracy work must not lower by more than a third.
//! `corpus`: reading and extracting the 10,000-briefing corpus of `examples/gen_corpus.rs`,
//! sequentially and in parallel, as `briefing export` does.
//! `long_text`: one text of 1 MB and one of 10 MB, the corpus's briefings run together: the
//! two throughputs are alike only while extraction stays linear in a text's length.
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

/// One text of `bytes` bytes or a little more: the corpus's briefings, in order, one after
/// another.
fn long_text(folder: &std::path::Path, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 8192);
    for document in corpus::load(&[folder.to_path_buf()], false).documents {
        if text.len() >= bytes {
            break;
        }
        text.push_str(&document.text);
        text.push_str("\n\n");
    }
    text
}

fn long_texts(c: &mut Criterion) {
    let folder = gen_corpus::cached_corpus(gen_corpus::DEFAULT_COUNT);
    black_box(extract("Warm up."));
    let mut group = c.benchmark_group("long_text");
    group.sample_size(10);
    for (name, bytes) in [("1mb", 1 << 20), ("10mb", 10 << 20)] {
        let text = long_text(&folder, bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| black_box(extract(black_box(&text)))));
    }
    group.finish();
}

criterion_group!(benches, fixtures, archive, long_texts);
criterion_main!(benches);
