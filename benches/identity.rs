//! Following a person across the 10,000-briefing folder (`examples/gen_corpus.rs`): making
//! each briefing's linking keys, linking them into the corpus index, and opening the dossier
//! of the entity named in the most briefings.
//!
//! Target (README, "Performance"): the dossier within 50 ms. The index is made once per load
//! off the UI thread (and again after a live reload), so its figure is a background cost.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(dead_code)]
#[path = "../examples/gen_corpus.rs"]
mod gen_corpus;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use rayon::prelude::*;

use briefing::app::App;
use briefing::app::dossier::Subject;
use briefing::corpus;
use briefing::corpus_index::{BriefingKeys, CorpusIndex};
use briefing::model::Briefing;

/// The folder's briefings, extracted (in parallel, once: the setup, not the measure).
fn briefings() -> Vec<Briefing> {
    let folder = gen_corpus::cached_corpus(gen_corpus::DEFAULT_COUNT);
    let entries = corpus::list(std::slice::from_ref(&folder), false);
    entries
        .par_iter()
        .filter_map(|entry| {
            let path = entry.as_ref().ok()?;
            let document = corpus::read_file(path).ok()?;
            Some(Briefing::from_document(document))
        })
        .collect()
}

fn identity(c: &mut Criterion) {
    let briefings = briefings();
    assert_eq!(briefings.len(), gen_corpus::DEFAULT_COUNT);
    let keys: Vec<BriefingKeys> = briefings
        .iter()
        .map(|b| BriefingKeys::of(b.entities()))
        .collect();
    let index = CorpusIndex::build(keys.iter().map(Some));
    let most = index.entities().first().expect("linked entities").clone();
    eprintln!(
        "{} corpus entities; the most named, {:?}, in {} briefings ({} members)",
        index.entities().len(),
        most.name,
        most.briefings().count(),
        most.members.len()
    );
    let mut group = c.benchmark_group("identity");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("keys_10000_briefings", |b| {
        b.iter(|| {
            black_box(
                briefings
                    .iter()
                    .map(|b| BriefingKeys::of(b.entities()))
                    .collect::<Vec<_>>(),
            )
        })
    });
    group.bench_function("link_10000_briefings", |b| {
        b.iter(|| black_box(CorpusIndex::build(keys.iter().map(Some))))
    });

    let mut app = App::new(briefings);
    let subject = Subject::Entity {
        briefing: most.members[0].briefing,
        entity: most.members[0].entity,
    };
    // The index as the background load leaves it.
    app.set_corpus(keys.into_iter().map(Some).collect(), index);
    let dossier = app.dossier_of(&subject);
    assert_eq!(dossier.briefings().len(), most.briefings().count());
    eprintln!(
        "dossier of {:?}: {} briefings, {} quotations",
        dossier.name,
        dossier.briefings().len(),
        dossier.quote_count()
    );
    group.bench_function("dossier_most_named_10000_briefings", |b| {
        b.iter(|| black_box(app.dossier_of(&subject)))
    });
    group.finish();
}

criterion_group!(benches, identity);
criterion_main!(benches);
