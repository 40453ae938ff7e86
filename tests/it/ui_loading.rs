//! Opening a folder lazily: the list shows every listed file at once (file names standing in
//! for titles), the first briefing is read before the UI starts, and the rest are read and
//! extracted in the background, filling in as they arrive. Files that cannot be read are
//! marked in the list and reported in path order, as a load that read everything first
//! would report them.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::ui_common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use briefing::app::{Action, App, FileState, Pane};
use briefing::corpus::{self, LoadError, LoadProblem};
use briefing::model::Document;
use briefing::tui::load::Loading;
use briefing::ui::{status, theme::Theme};
use ui_common::*;

fn screen(app: &App) -> String {
    screen_text(app, &Theme::no_color())
}

fn seed_document() -> Document {
    let seed = seed();
    Document {
        id: seed.id.clone(),
        path: seed.path.clone(),
        text: seed.text.to_string(),
        meta: None,
    }
}

/// The seed read, two more files listed and not read yet.
fn opening_app() -> App {
    let mut app = App::opening(
        vec![seed_document()],
        vec![
            PathBuf::from("news/visit.txt"),
            PathBuf::from("news/weather.md"),
        ],
    );
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app
}

#[test]
fn listed_files_show_their_names_until_read_then_their_titles() {
    let mut app = opening_app();
    assert_eq!(app.briefing_count(), 3);
    assert_eq!(app.unread_count(), 2);
    let unread = app.slot(1).unwrap();
    assert_eq!(unread.file, FileState::Unread);
    assert_eq!(unread.briefing.title, "visit.txt");
    assert_eq!(unread.briefing.id, "visit");
    assert_eq!(unread.pending_note(), Some("reading…"));
    let shown = screen(&app);
    assert!(shown.contains("visit.txt"), "{shown}");
    assert!(shown.contains("weather.md"), "{shown}");
    assert!(
        status::left_parts(&app).contains(&"reading 1/3".to_string()),
        "{:?}",
        status::left_parts(&app)
    );

    let visit = visit();
    app.file_read(1, Ok(Arc::clone(&visit.text)));
    let read = app.slot(1).unwrap();
    assert_eq!(read.file, FileState::Read);
    assert!(!read.extracted);
    assert_ne!(read.briefing.title, "visit.txt");
    assert!(Arc::ptr_eq(&read.briefing.text, &visit.text), "text copied");
    assert_eq!(app.unread_count(), 1);

    app.set_annotations(1, visit.annotations.clone());
    let extracted = app.slot(1).unwrap();
    assert!(extracted.extracted);
    let title = briefing::extract::title(&visit.text, &visit.annotations);
    assert_eq!(extracted.briefing.title, title);
    assert_eq!(extracted.briefing.entities().len(), visit.entities().len());
    // The text is still the one read, not a copy made for the annotations.
    assert!(Arc::ptr_eq(&extracted.briefing.text, &visit.text));
}

#[test]
fn moving_to_a_briefing_not_read_yet_shows_it_once_it_arrives() {
    let mut app = opening_app();
    app.update(Action::NextBriefing);
    assert_eq!(app.current_index(), 1);
    assert!(app.briefing().text.is_empty());
    assert!(screen(&app).contains("(reading…)"));
    let visit = visit();
    app.file_read(1, Ok(Arc::clone(&visit.text)));
    assert!(
        app.layout().len() > 1,
        "the text is laid out once it arrives"
    );
    assert!(screen(&app).contains("(extracting…)"));
    app.set_annotations(1, visit.annotations.clone());
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Pane::Entities);
    assert!(!app.entity_rows().is_empty());
    assert!(
        !app.mentions().is_empty(),
        "the mentions on screen are indexed"
    );
}

#[test]
fn a_file_that_fails_to_read_in_the_background_is_marked_and_reported() {
    let mut app = opening_app();
    app.file_read(2, Err(LoadProblem::NotUtf8(7)));
    let slot = app.slot(2).unwrap();
    assert_eq!(
        slot.file,
        FileState::Unreadable("not valid UTF-8 (first bad byte at offset 7)".into())
    );
    assert_eq!(app.skipped_count(), 1);
    assert_eq!(
        app.message(),
        Some("1 path(s) skipped: news/weather.md: not valid UTF-8 (first bad byte at offset 7)")
    );
    let shown = screen(&app);
    let row = shown.lines().find(|l| l.contains("weather.md")).unwrap();
    assert!(row.contains("skipped"), "{row}");
    // It never gets annotations, so the progress does not wait for it.
    app.file_read(1, Ok(Arc::clone(&visit().text)));
    app.set_annotations(0, seed().annotations.clone());
    app.set_annotations(1, visit().annotations.clone());
    assert_eq!(app.pending_count(), 0);
    assert!(
        !status::left_parts(&app)
            .iter()
            .any(|p| p.contains("extracting") || p.contains("reading"))
    );
    // On it, the status bar says why.
    app.update(Action::NextBriefing);
    app.update(Action::NextBriefing);
    assert_eq!(app.current_index(), 2);
    assert!(
        status::left_parts(&app)
            .contains(&"skipped: not valid UTF-8 (first bad byte at offset 7)".to_string())
    );
}

#[test]
fn a_skipped_path_does_not_replace_another_kind_of_message() {
    let mut app = opening_app();
    app.set_message("mouse on");
    app.report_skipped(&LoadError {
        path: PathBuf::from("gone.txt"),
        problem: LoadProblem::Missing,
    });
    assert_eq!(app.message(), Some("mouse on"));
    app.update(Action::Clear);
    app.file_read(1, Err(LoadProblem::Binary));
    assert_eq!(
        app.message(),
        Some("2 path(s) skipped: gone.txt: no such file or directory")
    );
}

#[test]
fn a_late_read_does_not_overwrite_what_live_reload_already_installed() {
    let mut app = opening_app();
    let mut reloaded = visit();
    reloaded.path = "news/visit.txt".into();
    app.file_changed(Path::new("news/visit.txt"), Ok(reloaded.clone()));
    assert!(app.slot(1).unwrap().extracted);
    app.file_read(1, Ok(Arc::new("an older read".to_string())));
    app.set_annotations(1, Default::default());
    let slot = app.slot(1).unwrap();
    assert_eq!(slot.briefing.text, reloaded.text);
    assert_eq!(slot.briefing.entities().len(), reloaded.entities().len());
}

#[test]
fn the_briefing_filter_follows_titles_as_files_are_read() {
    let mut app = opening_app();
    app.update(Action::FocusPrevious);
    assert_eq!(app.focus(), Pane::Briefings);
    app.update(Action::Search);
    for c in "weather".chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Submit);
    // The placeholder title is the file name, which the filter matches.
    assert_eq!(app.briefing_rows(), [2]);
    let weather = weather();
    app.file_read(1, Ok(Arc::clone(&visit().text)));
    app.file_read(2, Ok(Arc::clone(&weather.text)));
    app.set_annotations(2, weather.annotations.clone());
    // Still matched by its id once the title is the text's own.
    assert_eq!(app.briefing_rows(), [2]);
}

// ------------------------------------------------------------------ with real files

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn opening_reads_only_until_the_first_briefing_that_loads() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "a.txt", b"\xff bad");
    let good = write(dir.path(), "b.txt", "Putin spoke.\n".as_bytes());
    let later = write(dir.path(), "c.txt", b"\0binary");
    let missing = dir.path().join("missing.txt");
    let paths = vec![dir.path().to_path_buf(), missing.clone()];
    let opening = corpus::open(&paths, false);
    assert_eq!(
        opening.skipped,
        [LoadError {
            path: bad,
            problem: LoadProblem::NotUtf8(0)
        }]
    );
    assert_eq!(opening.first.unwrap().path, good.display().to_string());
    // The rest is listed, not read: c.txt is not known to be binary yet.
    assert_eq!(opening.rest.len(), 2);
    assert_eq!(opening.rest[0], Ok(later));
    assert_eq!(
        opening.rest[1],
        Err(LoadError {
            path: missing,
            problem: LoadProblem::Missing
        })
    );
}

#[test]
fn opening_with_nothing_loadable_reports_everything_load_would() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"\xff");
    write(dir.path(), "b.md", b"\0");
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let paths = vec![dir.path().to_path_buf(), empty];
    let opening = corpus::open(&paths, false);
    assert!(opening.first.is_none());
    assert!(opening.rest.is_empty());
    assert_eq!(opening.skipped, corpus::load(&paths, false).errors);
}

#[test]
fn the_background_load_fills_in_every_briefing_and_reports_failures_in_path_order() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("news");
    std::fs::create_dir(&folder).unwrap();
    write(&folder, "a.txt", seed().text.as_bytes());
    let binary = write(&folder, "b.txt", b"PK\0\0");
    write(&folder, "c.txt", visit().text.as_bytes());
    let latin1 = write(&folder, "d.txt", b"caf\xe9");
    write(&folder, "e.txt", weather().text.as_bytes());
    let missing = dir.path().join("missing.txt");
    let paths = vec![folder, missing.clone()];

    let opening = corpus::open(&paths, false);
    assert!(opening.skipped.is_empty());
    let first = opening.first.unwrap();
    let (mut app, mut loading) = Loading::open(&[], vec![first], opening.rest, None);
    assert_eq!(app.briefing_count(), 5);
    // The listing's own failure is known at once.
    assert_eq!(app.skipped_count(), 1);
    while loading.deliver_next(&mut app) {}

    assert_eq!(loading.unread(), 0);
    assert_eq!(app.unread_count(), 0);
    assert_eq!(app.pending_count(), 0);
    assert_eq!(app.extracted_count(), 3);
    assert_eq!(app.skipped_count(), 3);
    // Titles made by the worker from the full annotations, as the export's would be.
    for (index, briefing) in [(0, seed()), (2, visit()), (4, weather())] {
        let full = briefing::extract::extract(&briefing.text);
        assert_eq!(
            app.slot(index).unwrap().briefing.title,
            briefing::extract::title(&briefing.text, &full)
        );
    }
    assert!(matches!(
        app.slot(1).unwrap().file,
        FileState::Unreadable(_)
    ));
    assert_eq!(
        loading.skipped(),
        [
            LoadError {
                path: binary,
                problem: LoadProblem::Binary
            },
            LoadError {
                path: latin1,
                problem: LoadProblem::NotUtf8(3)
            },
            LoadError {
                path: missing,
                problem: LoadProblem::Missing
            },
        ]
    );
    // The same reports, in the same order, as reading everything first gives.
    assert_eq!(loading.skipped(), corpus::load(&paths, false).errors);
    // The annotations match extracting each file directly (the title aside, the TUI keeps
    // no sentence or paragraph spans).
    let direct = briefing::extract::extract(&visit().text);
    assert_eq!(app.slot(2).unwrap().briefing.entities(), direct.entities);
    assert_eq!(app.slot(2).unwrap().briefing.quotes(), direct.quotes);
}

#[test]
fn waiting_for_the_reads_does_not_wait_for_extraction() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..20 {
        write(dir.path(), &format!("{i:02}.txt"), visit().text.as_bytes());
    }
    let opening = corpus::open(&[dir.path().to_path_buf()], false);
    let (mut app, mut loading) =
        Loading::open(&[], vec![opening.first.unwrap()], opening.rest, None);
    loading.finish_reading(&mut app);
    assert_eq!(loading.unread(), 0);
    assert_eq!(app.unread_count(), 0);
    assert!(loading.skipped().is_empty());
}
