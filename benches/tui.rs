//! What a reader waits for in the terminal UI: the first frame on a 10,000-briefing folder,
//! wrapping a 5 MB article, and drawing one frame of it scrolled to the middle.
//!
//! Targets (README, "Performance"): first frame within 150 ms, wrapping within 50 ms, one
//! frame within 5 ms. The article is recombined news text from `examples/gen_corpus.rs`, one
//! paragraph a line, with the extractor's own annotations so highlighting has work to do.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(dead_code)]
#[path = "../examples/gen_corpus.rs"]
mod gen_corpus;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use briefing::app::{Action, App};
use briefing::corpus;
use briefing::model::{Briefing, Document};
use briefing::text::layout::Layout;
use briefing::tui::load::Loading;
use briefing::ui::{self, theme::Theme};

const ARTICLE_BYTES: usize = 5_000_000;
/// A common terminal size: the article pane is about 80 columns wide beside the lists.
const WIDTH: u16 = 160;
const HEIGHT: u16 = 48;

/// About 5 MB of briefings joined into one article.
fn article() -> String {
    let material = gen_corpus::Material::new();
    let mut text = String::with_capacity(ARTICLE_BYTES + 10_000);
    let mut index = 0;
    while text.len() < ARTICLE_BYTES {
        text.push_str(&material.briefing(7, index));
        index += 1;
    }
    text
}

fn wrap(c: &mut Criterion) {
    let text = article();
    let mut group = c.benchmark_group("tui");
    group.sample_size(10);
    group.bench_function("wrap_5mb_article", |b| {
        b.iter(|| black_box(Layout::wrap(black_box(&text), 80)))
    });
    group.finish();
}

fn frame(c: &mut Criterion) {
    let text = article();
    let briefing = Briefing::from_document(Document {
        id: "long".into(),
        path: "long.txt".into(),
        text,
        meta: None,
    });
    let mut app = App::new(vec![briefing]);
    app.update(Action::Resize {
        width: WIDTH,
        height: HEIGHT,
    });
    // Page down to the middle: the reading position is what a reader would reach.
    let rows = app.layout().len();
    while app.top_row() < rows / 2 {
        let before = app.top_row();
        app.update(Action::PageDown);
        if app.top_row() == before {
            break;
        }
    }
    let theme = Theme::from_env();
    let area = Rect::new(0, 0, WIDTH, HEIGHT);
    let mut buffer = Buffer::empty(area);
    let mut group = c.benchmark_group("tui");
    group.bench_function("frame_middle_of_5mb_article", |b| {
        b.iter(|| {
            buffer.reset();
            ui::draw(&app, &theme, area, &mut buffer);
            black_box(&buffer);
        })
    });
    group.finish();
}

/// Start to first frame on the 10,000-briefing folder, as `briefing FOLDER` does it: list the
/// folder, read the first file, make the app (the other briefings listed under their file
/// names), start the background work, size the app and draw to a `TestBackend`.
///
/// `first_frame_10000_briefings` goes on until the first briefing's annotations have come
/// back from the background extraction and are drawn: what the reader sees a moment after
/// the first frame, and the figure the README's target is about.
/// `first_frame_before_annotations_10000_briefings` stops at the first frame drawn.
fn first_frame(c: &mut Criterion) {
    let folder = gen_corpus::cached_corpus(gen_corpus::DEFAULT_COUNT);
    let theme = Theme::from_env();
    let open = || {
        let opening = corpus::open(std::slice::from_ref(&folder), false);
        assert!(opening.skipped.is_empty());
        let first = opening.first.expect("the corpus has briefings");
        let (mut app, loading) = Loading::open(&[], vec![first], opening.rest, None);
        app.update(Action::Resize {
            width: WIDTH,
            height: HEIGHT,
        });
        let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
        terminal
            .draw(|frame| ui::render(&app, &theme, frame))
            .unwrap();
        (app, loading, terminal)
    };
    let mut group = c.benchmark_group("tui");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    // Each run's background work stops once its `Loading` is dropped (its next delivery
    // finds no one listening), so runs do not pile up work for the next ones.
    group.bench_function("first_frame_before_annotations_10000_briefings", |b| {
        b.iter(|| black_box(open()))
    });
    group.bench_function("first_frame_10000_briefings", |b| {
        b.iter(|| {
            let (mut app, mut loading, mut terminal) = open();
            while !app.current_slot().extracted {
                assert!(loading.deliver_next(&mut app), "the work ended early");
            }
            terminal
                .draw(|frame| ui::render(&app, &theme, frame))
                .unwrap();
            assert!(!app.entity_rows().is_empty());
            black_box((app, terminal))
        })
    });
    group.finish();
}

/// Resident memory of this process, in bytes (Linux; 0 elsewhere).
fn resident_bytes() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map_or(0, |pages| pages * 4096)
}

/// Typing a search on a 60 MB article: the keystroke and the frame after it, for the most
/// common letter (millions of hits) and for a query with none (the typing budget read each
/// way). Target (README): 30 ms a keystroke, memory growth under 10 MB once counted.
fn search(c: &mut Criterion) {
    let mut text = article();
    let one = text.clone();
    while text.len() < 60_000_000 {
        text.push_str(&one);
    }
    drop(one);
    let briefing = Briefing {
        id: "long".into(),
        path: "long.txt".into(),
        title: "A long article".into(),
        text: std::sync::Arc::new(text),
        annotations: Default::default(),
        meta: None,
    };
    let mut app = App::new(vec![briefing]);
    app.update(Action::Resize {
        width: WIDTH,
        height: HEIGHT,
    });
    let theme = Theme::from_env();
    let area = Rect::new(0, 0, WIDTH, HEIGHT);
    let mut buffer = Buffer::empty(area);
    let before = resident_bytes();
    app.update(Action::Search);
    app.update(Action::Type('e'));
    app.finish_background();
    ui::draw(&app, &theme, area, &mut buffer);
    eprintln!(
        "search /e on {} MB: {} hits, resident memory +{:.1} MB once counted",
        app.briefing().text.len() / 1_000_000,
        app.search().and_then(|s| s.total()).unwrap_or(0),
        resident_bytes().saturating_sub(before) as f64 / 1e6
    );
    app.update(Action::Clear);
    let mut group = c.benchmark_group("tui");
    group.sample_size(20);
    for (name, query) in [
        ("search_keystroke_e_60mb", "e"),
        ("search_keystroke_no_hits_60mb", "qxzj"),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                app.update(Action::Search);
                for c in query.chars() {
                    app.update(Action::Type(c));
                }
                buffer.reset();
                ui::draw(&app, &theme, area, &mut buffer);
                black_box(&buffer);
                app.update(Action::Clear);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, wrap, frame, first_frame, search);
criterion_main!(benches);
