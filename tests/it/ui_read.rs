//! Read marks: a briefing being read is marked read (its row in the list stands back), `u`
//! marks it read or unread, and the marks are kept by path and text between runs. And every
//! file that cannot be read is a `skipped` row, even the first of a folder.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::ui_common;

use std::path::PathBuf;

use briefing::app::read_marks::{self, ReadMarks};
use briefing::app::{Action, App, FileState, Pane};
use briefing::corpus::{LoadError, LoadProblem};
use briefing::model::Document;
use briefing::tui::load::Loading;
use briefing::ui::{self, theme::Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use ui_common::*;

fn read_flags(app: &App) -> Vec<bool> {
    (0..app.briefing_count())
        .map(|i| app.slot(i).unwrap().read)
        .collect()
}

fn focus(app: &mut App, pane: Pane) {
    while app.focus() != pane {
        app.update(Action::FocusNext);
    }
}

#[test]
fn the_briefing_being_read_is_marked_read_and_u_toggles_it() {
    let mut app = three_app(120, 40);
    // The first briefing is on screen with the article focused: it is being read.
    assert_eq!(read_flags(&app), [true, false, false]);
    assert!(app.take_read_marks_to_save().is_some());
    assert!(app.take_read_marks_to_save().is_none());

    press(&mut app, &["J"]);
    assert_eq!(read_flags(&app), [true, true, false]);

    press(&mut app, &["u"]);
    assert_eq!(read_flags(&app), [true, false, false]);
    assert_eq!(app.message(), Some("marked unread"));
    // Reading on does not mark it again while it stays on screen.
    press(&mut app, &["j", "j", "Tab"]);
    assert!(!app.slot(1).unwrap().read);
    let saved = app.take_read_marks_to_save().unwrap().clone();
    assert_eq!(saved.len(), 1);

    press(&mut app, &["u"]);
    assert!(app.slot(1).unwrap().read);
    assert_eq!(app.message(), Some("marked read"));
}

#[test]
fn walking_the_briefing_list_previews_and_enter_reads() {
    let mut app = App::new(vec![seed(), visit(), weather()]);
    app.set_read_marks(ReadMarks::default());
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    focus(&mut app, Pane::Briefings);
    press(&mut app, &["j", "j"]);
    assert_eq!(app.current_index(), 2);
    assert_eq!(read_flags(&app), [true, false, false]);
    press(&mut app, &["Enter"]);
    assert_eq!(read_flags(&app), [true, false, true]);
}

#[test]
fn marks_are_kept_by_path_and_text_between_runs() {
    let mut first_run = three_app(120, 40);
    press(&mut first_run, &["J"]);
    let file = first_run.take_read_marks_to_save().unwrap().serialise();

    let mut second_run = App::new(vec![seed(), visit(), weather()]);
    second_run.set_read_marks(ReadMarks::parse(&file).unwrap());
    assert_eq!(read_flags(&second_run), [true, true, false]);

    // The same file with another text is unread again.
    let mut changed = visit();
    changed.text = format!("{} And one more sentence.", changed.text).into();
    let mut third_run = App::new(vec![weather(), changed]);
    third_run.set_read_marks(ReadMarks::parse(&file).unwrap());
    assert!(!third_run.slot(1).unwrap().read);
    let key = read_marks::mark_path(&visit().path);
    assert!(
        ReadMarks::parse(&file)
            .unwrap()
            .contains(&key, read_marks::text_hash(&visit().text))
    );
}

/// The buffer of `app` drawn with `theme`, and the screen row of briefing `index`'s list row.
fn list_row(app: &App, theme: &Theme, index: usize) -> (Buffer, u16, u16) {
    let area = app.area();
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal
        .draw(|frame| ui::render(app, theme, frame))
        .unwrap();
    let list = app.list_area(Pane::Briefings).unwrap();
    let row = app
        .briefing_rows()
        .iter()
        .position(|&i| i == index)
        .unwrap();
    (
        terminal.backend().buffer().clone(),
        list.x + 2,
        list.y + (row - app.list_offset(Pane::Briefings)) as u16,
    )
}

#[test]
fn a_read_row_is_drawn_dim_in_both_themes() {
    let mut app = three_app(120, 40);
    press(&mut app, &["J", "J"]);
    // Briefing 1 is read and not on screen; briefing 0 was read and marked unread again.
    press(&mut app, &["K", "K", "u", "J", "J"]);
    assert_eq!(read_flags(&app), [false, true, true]);

    let ansi = Theme::ansi();
    let (buf, x, y) = list_row(&app, &ansi, 1);
    assert_eq!(buf[(x, y)].fg, ansi.dim.fg.unwrap(), "{:?}", buf[(x, y)]);
    let (buf, x, y) = list_row(&app, &ansi, 0);
    assert_ne!(buf[(x, y)].fg, ansi.dim.fg.unwrap());

    let plain = Theme::no_color();
    let (buf, x, y) = list_row(&app, &plain, 1);
    assert!(buf[(x, y)].modifier.contains(Modifier::DIM));
    let (buf, x, y) = list_row(&app, &plain, 0);
    assert!(!buf[(x, y)].modifier.contains(Modifier::DIM));
    assert!(
        !buf[(x, y)].symbol().trim().is_empty(),
        "a title is drawn there"
    );
}

#[test]
fn an_unreadable_file_first_in_a_folder_is_a_skipped_row() {
    let seed = seed();
    let document = Document {
        id: seed.id.clone(),
        path: "/news/b.txt".into(),
        text: seed.text.to_string(),
        meta: None,
    };
    let skipped = [
        LoadError {
            path: PathBuf::from("/news/a.txt"),
            problem: LoadProblem::Binary,
        },
        LoadError {
            path: PathBuf::from("/news/gone.txt"),
            problem: LoadProblem::Missing,
        },
    ];
    let (mut app, mut loading) = Loading::open(&skipped, vec![document], Vec::new(), None);
    // The binary file is listed; the missing path is only reported.
    assert_eq!(app.briefing_count(), 2);
    assert_eq!(app.skipped_count(), 2);
    assert!(matches!(
        app.slot(0).unwrap().file,
        FileState::Unreadable(_)
    ));
    assert_eq!(app.current_index(), 1, "the readable briefing is on screen");
    while loading.deliver_next(&mut app) {}
    assert_eq!(app.extracted_count(), 1);
    assert!(!app.briefing().entities().is_empty());
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    let screen = screen_text(&app, &Theme::no_color());
    let row = screen
        .lines()
        .find(|line| line.contains("a.txt"))
        .unwrap_or_else(|| panic!("no row for a.txt:\n{screen}"));
    assert!(row.contains("skipped"), "{row}");
}
