//! Reading habits in the real binary on the bundled seed, in tmux: a search typed with a
//! straight apostrophe finds the text's curly ones, moving through the entity list leaves
//! every row that stays on screen where it was, and a copy inside tmux says how to let the
//! clipboard through. Skipped (with a note) when tmux is not installed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::tmux_common;

use std::thread::sleep;
use std::time::Duration;

use tmux_common::{Session, tmux_available};

const SEED: &str = include_str!("../../seeds/000_51b3c3bcfa4b6a7d.txt");

/// How often `needle` (lower case, straight apostrophe) occurs in `text`, reading ’ as '.
fn occurrences(text: &str, needle: &str) -> usize {
    text.to_lowercase()
        .replace('’', "'")
        .matches(needle)
        .count()
}

/// The focused entity pane's rows by screen line: the text inside its heavy border, with the
/// selection marker taken off.
fn entity_rows(screen: &str) -> Vec<(usize, String)> {
    screen
        .lines()
        .enumerate()
        .filter_map(|(line, text)| {
            let inside = text.trim_end().strip_suffix('┃')?;
            let row = inside.rsplit('┃').next()?;
            let row = row.replace('▶', " ").trim().to_string();
            Some((line, row))
        })
        // The selected entity's details stand above the list, and their rows (the line that
        // says why an entity is grouped, above all) may read alike for two entities.
        .skip(briefing::app::DETAIL_ROWS)
        .filter(|(_, row)| !row.is_empty())
        .collect()
}

fn start(tag: &str) -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().unwrap();
    let command = format!(
        "env -u NO_COLOR XDG_CONFIG_HOME={config} XDG_STATE_HOME={config} {binary}; sleep 30",
        config = dir.path().display(),
        binary = env!("CARGO_BIN_EXE_briefing"),
    );
    let tmux = Session::start(tag, &command);
    tmux.wait_for("Entities");
    tmux.wait_for("PER ·");
    (dir, tmux)
}

#[test]
fn a_search_with_a_straight_apostrophe_finds_every_curly_one() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let (_dir, tmux) = start("reading-search");
    for query in ["sharaa's", "al-shara'a"] {
        let expected = occurrences(SEED, query);
        assert!(expected > 0, "the seed has no {query:?}");
        tmux.keys(&["/", query, "Enter"]);
        tmux.wait_for(&format!("{query} 1/{expected}"));
        // Escape alone: read together with the next key it would be Alt plus that key.
        tmux.keys(&["Escape"]);
        sleep(Duration::from_millis(300));
    }
}

#[test]
fn moving_through_the_entity_list_leaves_the_rows_on_screen_in_place() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let (_dir, tmux) = start("reading-rows");
    tmux.keys(&["Tab"]);
    sleep(Duration::from_millis(300));
    let mut before = entity_rows(&tmux.screen(false));
    assert!(before.len() > 5, "too few rows: {before:?}");
    for _ in 0..12 {
        tmux.keys(&["j"]);
        sleep(Duration::from_millis(150));
        let after = entity_rows(&tmux.screen(false));
        // Either no row moved, or the list scrolled by the one or two rows the selection
        // moved (it skips a kind's header): every row by the same amount, upwards.
        let shifts: Vec<isize> = before
            .iter()
            .filter_map(|(line, row)| {
                after
                    .iter()
                    .find(|(_, r)| r == row)
                    .map(|(l, _)| *l as isize - *line as isize)
            })
            .collect();
        assert!(!shifts.is_empty(), "no row stayed: {before:?} -> {after:?}");
        assert!(
            shifts.iter().all(|s| *s == shifts[0]) && (-2..=0).contains(&shifts[0]),
            "rows moved unevenly: {shifts:?}\n{before:?}\n{after:?}"
        );
        before = after;
    }
}

#[test]
fn a_copy_inside_tmux_says_how_to_let_the_clipboard_through() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let out = std::process::Command::new("tmux")
        .args(["show-options", "-gv", "set-clipboard"])
        .output()
        .unwrap();
    if String::from_utf8_lossy(&out.stdout).trim() == "on" {
        eprintln!("skipped: this tmux lets the clipboard through already");
        return;
    }
    let (_dir, tmux) = start("reading-copy");
    tmux.keys(&["Tab", "y"]);
    tmux.wait_for("set-clipboard on");
}
