//! Live reload without a terminal: `App::file_changed` on new versions, broken files and new
//! files, and the real watcher on a temporary folder feeding the same channel the event loop
//! reads.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::ui_common;

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use briefing::app::{Action, App, Lit};
use briefing::corpus::{self, LoadProblem};
use briefing::model::{Briefing, Document, Span};
use briefing::tui::watch::{self, Reload};
use briefing::ui::theme::Theme;
use ui_common::*;

/// `briefing` with `prefix` put before its text, every span moved along with the text.
fn with_prefix(briefing: &Briefing, prefix: &str) -> Briefing {
    let shift = |span: &mut Span| {
        span.start += prefix.len();
        span.end += prefix.len();
    };
    let mut moved = briefing.clone();
    moved.text = format!("{prefix}{}", briefing.text).into();
    let annotations = &mut moved.annotations;
    annotations.paragraphs.iter_mut().for_each(shift);
    annotations.sentences.iter_mut().for_each(shift);
    for entity in &mut annotations.entities {
        entity.mentions.iter_mut().for_each(shift);
    }
    for quote in &mut annotations.quotes {
        let (mut span, mut inner, mut cue) = (quote.span(), quote.inner(), quote.cue());
        let (mut source, mut via) = (quote.source(), quote.via().to_vec());
        shift(&mut span);
        shift(&mut inner);
        cue.iter_mut().for_each(shift);
        source.iter_mut().for_each(|s| shift(&mut s.span));
        via.iter_mut().for_each(|s| shift(&mut s.span));
        quote.set_span(span);
        quote.set_inner(inner);
        quote.set_cue(cue);
        quote.set_source(source);
        quote.set_via(via);
    }
    moved
}

fn screen(app: &App) -> String {
    screen_text(app, &Theme::from_env())
}

#[test]
fn an_edit_above_the_reading_place_keeps_the_place_the_selection_and_the_walk() {
    let mut app = three_app(80, 24);
    select_entity(&mut app, "Vladimir Putin");
    app.update(Action::Activate);
    app.update(Action::NextMark);
    app.update(Action::FocusPrevious);
    assert_eq!(app.focus(), briefing::app::Pane::Article);
    for _ in 0..3 {
        app.update(Action::Down);
    }
    let mention = app.current_target().unwrap();
    let reading = app.anchor();
    assert!(reading > 0);
    let words = &app.briefing().text[reading..reading + 20].to_string();

    let prefix = "Update: the talks ran late.\n\n";
    let edited = with_prefix(&seed(), prefix);
    app.file_changed(Path::new(&seed().path), Ok(edited));

    assert_eq!(app.anchor(), reading + prefix.len());
    assert!(app.briefing().text[app.anchor()..].starts_with(words.as_str()));
    let putin = entity(&app, "Vladimir Putin");
    assert_eq!(app.lit(), Some(&Lit::Entity(putin)));
    assert_eq!(
        app.current_target(),
        Some(Span::new(
            mention.start + prefix.len(),
            mention.end + prefix.len()
        ))
    );
    assert_eq!(
        app.message(),
        Some("reloaded seeds/000_51b3c3bcfa4b6a7d.txt")
    );
}

#[test]
fn a_file_that_turns_unreadable_stays_on_screen_marked_stale_until_it_reads_again() {
    let mut app = three_app(120, 40);
    let text = app.briefing().text.clone();
    let path = PathBuf::from(&app.briefing().path);
    app.file_changed(&path, Err(LoadProblem::NotUtf8(12)));

    assert_eq!(app.briefing().text, text);
    assert!(app.current_slot().stale.is_some());
    let shown = screen(&app);
    let status = shown.lines().last().unwrap();
    assert!(
        status.contains("not valid UTF-8") && status.contains("stale"),
        "{status}"
    );
    let list_row = shown.lines().find(|l| l.contains("▶")).unwrap();
    assert!(list_row.contains("stale"), "{list_row}");

    // The same file readable again: the mark goes.
    app.file_changed(&path, Ok(seed()));
    assert!(app.current_slot().stale.is_none());
    assert!(!screen(&app).contains("stale"));
}

#[test]
fn a_new_file_joins_the_list_and_a_lone_briefing_gets_its_list() {
    let mut app = seed_app(120, 40);
    assert!(!app.shows_briefings());
    app.file_changed(Path::new("weather.txt"), Ok(weather()));
    assert_eq!(app.briefing_count(), 2);
    assert!(app.shows_briefings());
    assert_eq!(app.message(), Some("added weather.txt"));
    // Reading goes on where it was.
    assert_eq!(app.current_index(), 0);
    // A broken file that was never loaded is only reported.
    app.file_changed(Path::new("notes.txt"), Err(LoadProblem::Binary));
    assert_eq!(app.briefing_count(), 2);
    assert!(app.message().unwrap().contains("notes.txt skipped"));
}

/// `briefing w2 w2/a.txt` lists the same file twice; a change reloads both entries.
#[test]
fn a_file_named_twice_reloads_both_entries() {
    let mut app = App::new(vec![seed(), visit(), seed()]);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    let path = PathBuf::from(&app.briefing().path);
    let edited = with_prefix(&seed(), "Edited. ");
    app.file_changed(&path, Ok(edited.clone()));
    for index in [0, 2] {
        assert_eq!(
            app.slot(index).unwrap().briefing.text,
            edited.text,
            "entry {index}"
        );
    }
    assert_ne!(app.slot(1).unwrap().briefing.text, edited.text);
    assert_eq!(app.briefing_count(), 3, "no entry added");
}

#[test]
fn also_in_follows_a_reload_that_stops_naming_an_entity() {
    let mut app = three_app(120, 40);
    let sharaa = entity(&app, "Ahmed al-Shara’a");
    assert_eq!(app.also_in(sharaa), [1]);
    let mut visit = visit();
    visit.annotations.entities.retain(|e| e.name != "Sharaa");
    app.file_changed(Path::new("visit.txt"), Ok(visit));
    assert!(app.also_in(sharaa).is_empty());
}

/// Waits for the watcher to report `path`, ignoring reports on other files.
fn next_reload_of(reloads: &Receiver<Reload>, path: &Path) -> Reload {
    // A ceiling, not a timing: the test moves on as soon as the report arrives.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let reload = reloads
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("no reload of {}", path.display()));
        if reload.path == path {
            return reload;
        }
    }
}

#[test]
fn the_watcher_reports_edits_new_files_and_removals_in_a_real_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("news");
    std::fs::create_dir(&folder).unwrap();
    let first = folder.join("a.txt");
    let second = folder.join("b.txt");
    std::fs::write(&first, "Putin met Macron in Paris.\n").unwrap();
    std::fs::write(&second, "Rain in Lisbon.\n").unwrap();
    let paths = vec![folder.clone()];
    let loaded = corpus::load(&paths, false);
    let documents: Vec<Document> = loaded.documents;
    let (_watch, reloads, _) = watch::start(&paths, false, &documents, &[]).unwrap();
    let mut app = App::new(
        documents
            .iter()
            .cloned()
            .map(Briefing::from_document)
            .collect(),
    );
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });

    // An edit, written the way editors do: a new file renamed over the old one.
    let swap = folder.join(".a.txt.swp");
    std::fs::write(&swap, "Putin met Scholz in Berlin.\n").unwrap();
    std::fs::rename(&swap, &first).unwrap();
    let reload = next_reload_of(&reloads, &first);
    app.file_changed(&reload.path, reload.outcome);
    assert_eq!(
        app.briefing().text.as_str(),
        "Putin met Scholz in Berlin.\n"
    );
    assert_eq!(
        app.message(),
        Some(format!("reloaded {}", first.display()).as_str())
    );

    // A new briefing file in the folder.
    let third = folder.join("c.txt");
    std::fs::write(&third, "Storms over Kyiv.\n").unwrap();
    let reload = next_reload_of(&reloads, &third);
    app.file_changed(&reload.path, reload.outcome);
    assert_eq!(app.briefing_count(), 3);
    assert_eq!(
        app.slot(2).unwrap().briefing.text.as_str(),
        "Storms over Kyiv.\n"
    );

    // A removed file keeps its last version, marked stale.
    std::fs::remove_file(&second).unwrap();
    let reload = next_reload_of(&reloads, &second);
    app.file_changed(&reload.path, reload.outcome);
    let slot = app.slot(1).unwrap();
    assert_eq!(slot.briefing.text.as_str(), "Rain in Lisbon.\n");
    assert_eq!(
        slot.stale.as_deref(),
        Some(LoadProblem::Missing.to_string().as_str())
    );
}
