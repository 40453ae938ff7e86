//! Properties of the UI core on arbitrary input: any sequence of actions (keys, mouse, sizes,
//! typing, files changing on disk) over any small corpus leaves the app with valid indices and
//! draws without panicking; wrapping covers every byte of any text exactly once at any width;
//! and a storm of resizes leaves the reader where they were.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::ui_common;

use std::path::Path;

use briefing::app::{Action, App, EntityRow, Lit, QuoteRow};
use briefing::corpus::LoadProblem;
use briefing::model::{
    Annotations, Briefing, Document, Entity, Kind, Quote, QuoteKind, Source, Span,
};
use briefing::text::layout::{Layout, glyphs};
use briefing::ui::theme::Theme;
use proptest::prelude::*;
use ratatui::buffer::Buffer;

/// Words with the awkward cases: curly quotes, wide and combining characters, tabs, `\r`.
const WORDS: [&str; 14] = [
    "Putin",
    "al-Shara’a",
    "Moscow",
    "said",
    "“talks",
    "went",
    "well.”",
    "北京",
    "😀",
    "cafe\u{301}",
    "\t",
    "\r",
    "the",
    "Kremlin",
];

/// A briefing from word choices: `entities` pick words as mentions of entity `id % 5`,
/// `quotes` pick runs of words, each with an optional source word.
fn build(
    id: usize,
    words: &[(usize, bool)],
    entities: &[(u8, usize)],
    quotes: &[(usize, usize, Option<usize>)],
) -> Briefing {
    let mut text = String::new();
    let mut spans = Vec::new();
    for (i, (word, newline)) in words.iter().enumerate() {
        if i > 0 {
            text.push(if *newline { '\n' } else { ' ' });
        }
        let word = WORDS[word % WORDS.len()];
        spans.push(Span::new(text.len(), text.len() + word.len()));
        text.push_str(word);
    }
    let mut owners: Vec<Option<u8>> = vec![None; spans.len()];
    for (entity, word) in entities {
        if let Some(owner) = owners.get_mut(word % spans.len().max(1)) {
            *owner = Some(entity % 5);
        }
    }
    let mut found: Vec<Entity> = Vec::new();
    let mut index_of = std::collections::HashMap::new();
    for (word, owner) in owners.iter().enumerate() {
        let Some(owner) = owner else { continue };
        let index = *index_of.entry(*owner).or_insert_with(|| {
            found.push(Entity {
                name: spans[word].slice(&text).to_string(),
                kind: Kind::ALL[usize::from(*owner) % Kind::ALL.len()],
                aliases: vec![],
                roles: vec![],
                mentions: vec![],
                grounds: Default::default(),
            });
            found.len() - 1
        });
        found[index].mentions.push(spans[word]);
    }
    let mut taken = Vec::new();
    let mut quoted: Vec<Quote> = Vec::new();
    for (first, length, source) in quotes {
        if spans.is_empty() {
            break;
        }
        let first = first % spans.len();
        let last = (first + length % 4).min(spans.len() - 1);
        let span = Span::new(spans[first].start, spans[last].end);
        if taken.iter().any(|t: &Span| t.overlaps(span)) {
            continue;
        }
        taken.push(span);
        let source = source.map(|w| {
            let words = spans[w % spans.len()];
            Source {
                span: words,
                entity: found.iter().position(|e| e.mentions.contains(&words)),
            }
        });
        let mut quote = Quote::new(span, span);
        quote.set_source(source);
        quote.set_kind(QuoteKind::Quotation);
        quoted.push(quote);
    }
    quoted.sort_by_key(|q| q.span());
    Briefing {
        id: format!("b{id}"),
        path: format!("b{id}.txt"),
        title: text.chars().take(30).collect(),
        text: text.into(),
        annotations: Annotations {
            entities: found,
            quotes: quoted,
            ..Annotations::default()
        },
        meta: None,
    }
}

fn briefing_strategy(id: usize) -> impl Strategy<Value = Briefing> {
    (
        prop::collection::vec((0..WORDS.len(), prop::bool::weighted(0.1)), 0..60),
        prop::collection::vec((any::<u8>(), any::<usize>()), 0..20),
        prop::collection::vec(
            (any::<usize>(), any::<usize>(), any::<Option<usize>>()),
            0..6,
        ),
    )
        .prop_map(move |(words, entities, quotes)| build(id, &words, &entities, &quotes))
}

/// One thing that can happen to the app.
#[derive(Debug, Clone)]
enum Step {
    Act(Action),
    /// Briefing `index` (modulo the count) changed on disk into this, or became unreadable.
    Reload(usize, Option<Briefing>),
    Added(Briefing),
}

fn step_strategy() -> impl Strategy<Value = Step> {
    let bindable: Vec<Action> = Action::BINDABLE.iter().map(|(a, _)| *a).collect();
    prop_oneof![
        8 => prop::sample::select(bindable).prop_map(Step::Act),
        2 => (0u16..220, 0u16..90).prop_map(|(width, height)| Step::Act(Action::Resize { width, height })),
        1 => (0u16..220, 0u16..90).prop_map(|(column, row)| Step::Act(Action::Click { column, row })),
        1 => (0u16..220, 0u16..90, any::<bool>())
            .prop_map(|(column, row, down)| Step::Act(Action::Wheel { column, row, down })),
        2 => prop::sample::select(vec!['a', 'P', 'u', ' ', 'ü', '北', '’'])
            .prop_map(|c| Step::Act(Action::Type(c))),
        1 => Just(Step::Act(Action::Backspace)),
        1 => Just(Step::Act(Action::Submit)),
        1 => (any::<usize>(), prop::option::of(briefing_strategy(90)))
            .prop_map(|(i, b)| Step::Reload(i, b)),
        1 => briefing_strategy(91).prop_map(Step::Added),
    ]
}

/// Everything the app points at exists.
fn check(app: &App) {
    assert!(app.current_index() < app.briefing_count());
    let briefing = app.briefing();
    let entities = briefing.entities().len();
    let quotes = briefing.quotes().len();
    if let Some(i) = app.selected_entity() {
        assert!(i < entities, "selected entity {i} of {entities}");
    }
    if let Some(QuoteRow::Quote(i)) = app.selected_quote() {
        assert!(*i < quotes, "selected quote {i} of {quotes}");
    }
    match app.lit() {
        Some(Lit::Entity(i)) => assert!(*i < entities),
        Some(Lit::Quote(i)) => assert!(*i < quotes),
        _ => {}
    }
    for row in app.entity_rows() {
        if let EntityRow::Entity(i) = row {
            assert!(*i < entities);
        }
    }
    for row in app.quote_rows() {
        if let QuoteRow::Quote(i) = row {
            assert!(*i < quotes);
        }
    }
    assert!(
        app.briefing_rows()
            .iter()
            .all(|&i| i < app.briefing_count())
    );
    let targets = app.targets();
    assert!(
        targets.is_empty() || app.cursor() < targets.len(),
        "cursor {} of {}",
        app.cursor(),
        targets.len()
    );
    for span in targets {
        assert!(span.end <= briefing.text.len());
    }
    assert!(app.anchor() <= briefing.text.len());
    assert!(briefing.text.is_char_boundary(app.anchor()));
    assert!(app.top_row() < app.layout().len().max(1));
}

fn draw(app: &App) {
    let area = app.area();
    let mut buffer = Buffer::empty(area);
    briefing::ui::draw(app, &Theme::ansi(), area, &mut buffer);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn no_sequence_of_actions_breaks_the_app(
        corpus in prop::collection::vec(briefing_strategy(0), 1..4),
        steps in prop::collection::vec(step_strategy(), 0..60),
    ) {
        let mut app = App::new(corpus);
        app.set_mouse(true);
        check(&app);
        for step in steps {
            match step {
                Step::Act(action) => app.update(action),
                Step::Reload(index, outcome) => {
                    let path = app.slot(index % app.briefing_count()).unwrap().briefing.path.clone();
                    let outcome = outcome
                        .map(|b| Briefing { path: path.clone(), ..b })
                        .ok_or(LoadProblem::Missing);
                    app.file_changed(Path::new(&path), outcome);
                }
                Step::Added(briefing) => {
                    let path = format!("new{}.txt", app.briefing_count());
                    app.file_changed(Path::new(&path), Ok(Briefing { path: path.clone(), ..briefing }));
                }
            }
            check(&app);
            draw(&app);
        }
    }

    #[test]
    fn wrapping_covers_every_byte_once_at_any_width(
        text in "[a-z ,.’“”\t\r\n北京😀\u{301}]{0,300}",
        width in 1usize..300,
    ) {
        let layout = Layout::wrap(&text, width);
        let rows = layout.rows();
        prop_assert_eq!(rows.first().map(|r| r.start), Some(0));
        prop_assert_eq!(rows.last().map(|r| r.end), Some(text.len()));
        for pair in rows.windows(2) {
            // Rows follow each other, or a line break (which no row shows) sits between them.
            let gap = &text[pair[0].end..pair[1].start];
            prop_assert!(gap.is_empty() || gap == "\n", "gap {:?}", gap);
        }
        for row in rows {
            let shown = &text[row.start..row.end];
            prop_assert!(!shown.contains('\n'));
            let mut glyphs: Vec<_> = glyphs(&text, row.start, row.end).collect();
            // Whitespace at a break hangs past the edge (it is not drawn there), as in any
            // word processor; only a single glyph wider than the row may overflow it.
            while glyphs.len() > 1
                && glyphs.last().is_some_and(|g| text[g.start..g.end].trim().is_empty())
            {
                glyphs.pop();
            }
            let columns: usize = glyphs.iter().map(|g| g.width).sum();
            // Zero-width glyphs (a lone "\r") take no room beside the one that overflows.
            let visible = glyphs.iter().filter(|g| g.width > 0).count();
            prop_assert!(columns <= width || visible == 1, "{:?} is {} wide", shown, columns);
        }
    }
}

#[test]
fn every_size_up_to_400_by_150_draws_without_panicking() {
    let mut app = ui_common::three_app(120, 40);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    app.update(Action::Activate);
    let sizes = (1..=400)
        .step_by(7)
        .flat_map(|w| [(w, 1), (w, 10), (w, 150)])
        .chain((1..=150).flat_map(|h| [(1, h), (40, h), (400, h)]));
    for (width, height) in sizes {
        app.update(Action::Resize { width, height });
        check(&app);
        draw(&app);
    }
}

#[test]
fn a_storm_of_resizes_keeps_the_reading_position() {
    let text: String = (0..300)
        .map(|i| format!("Paragraph {i}: Putin met al-Shara’a in Moscow, and talks went on.\n\n"))
        .collect();
    let mut app = App::pending(vec![Document {
        id: "long".into(),
        path: "long.txt".into(),
        text,
        meta: None,
    }]);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    for _ in 0..20 {
        app.update(Action::PageDown);
    }
    let anchor = app.anchor();
    let paragraph = |app: &App| {
        let text = &app.briefing().text;
        let top = app.layout().rows()[app.top_row()].start;
        text[..=top]
            .rfind("Paragraph")
            .map(|at| text[at..].split(':').next().unwrap().to_string())
    };
    let before = paragraph(&app);
    assert!(
        before.as_deref().is_some_and(|p| p != "Paragraph 0"),
        "{before:?}"
    );
    // A deterministic storm: tiny, huge and everything between, in a scrambled order.
    let mut seed = 7u32;
    for _ in 0..2000 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        let width = (seed >> 8) % 300;
        let height = (seed >> 20) % 120;
        app.update(Action::Resize {
            width: width as u16,
            height: height as u16,
        });
    }
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    assert_eq!(app.anchor(), anchor);
    assert_eq!(paragraph(&app), before);
}

/// Found by `wrapping_covers_every_byte_once_at_any_width`: a wide glyph between two
/// carriage returns in a one-column row. The layout was right (the `\r`s take no room); the
/// test's rule counted the zero-width glyph as a second one in the row.
#[test]
fn regression_wide_glyph_between_carriage_returns_at_width_one() {
    let text = "\r京\r";
    let layout = Layout::wrap(text, 1);
    let rows = layout.rows();
    assert_eq!(rows.first().map(|r| r.start), Some(0));
    assert_eq!(rows.last().map(|r| r.end), Some(text.len()));
    for row in rows {
        let mut glyphs: Vec<_> = glyphs(text, row.start, row.end).collect();
        while glyphs.len() > 1
            && glyphs
                .last()
                .is_some_and(|g| text[g.start..g.end].trim().is_empty())
        {
            glyphs.pop();
        }
        let columns: usize = glyphs.iter().map(|g| g.width).sum();
        let visible = glyphs.iter().filter(|g| g.width > 0).count();
        assert!(
            columns <= 1 || visible == 1,
            "{:?} is {columns} wide in {rows:?}",
            &text[row.start..row.end]
        );
    }
}
