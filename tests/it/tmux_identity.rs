//! Following a person through a folder in the real binary, in tmux: `o` five times keeps the
//! same person and visits exactly the briefings the dossier lists; `C-o` returns to the row
//! the reader was on before the jump; hint mode picks the labelled mention. Skipped (with a
//! note) when tmux is not installed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::tmux_common;

use std::collections::BTreeSet;
use std::thread::sleep;
use std::time::{Duration, Instant};

use tmux_common::{PATIENCE, Session, tmux_available};

const FIXTURES: [(&str, &str); 4] = [
    (
        "a_summit.txt",
        include_str!("../fixtures/identity/a_summit.txt"),
    ),
    (
        "b_grain.txt",
        include_str!("../fixtures/identity/b_grain.txt"),
    ),
    (
        "c_vienna.txt",
        include_str!("../fixtures/identity/c_vienna.txt"),
    ),
    (
        "d_decree.txt",
        include_str!("../fixtures/identity/d_decree.txt"),
    ),
];

/// Sixty one-line paragraphs naming both men: long enough to scroll.
fn long_text() -> String {
    let mut text = String::from("The long talks\n\n");
    for n in 1..=60 {
        text.push_str(&format!("Part {n}: Vladimir Putin met Zoltan Okonkwo.\n\n"));
    }
    text
}

/// Waits until the status line (the last row) satisfies `wanted`, and returns it.
fn wait_status(tmux: &Session, wanted: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    loop {
        let status = tmux.status_line();
        if wanted(&status) {
            return status;
        }
        if start.elapsed() > PATIENCE {
            panic!(
                "status line never matched; it shows:\n{}",
                tmux.screen(false)
            );
        }
        sleep(Duration::from_millis(50));
    }
}

/// As [`wait_status`], and the line the same twice in a row: a capture taken while the
/// binary redraws the line may hold part of the old status and part of the new.
fn wait_settled_status(tmux: &Session, wanted: impl Fn(&str) -> bool) -> String {
    loop {
        let status = wait_status(tmux, &wanted);
        sleep(Duration::from_millis(50));
        if tmux.status_line() == status {
            return status;
        }
    }
}

/// The text between the first “ and the next ” of a line.
fn quoted(line: &str) -> String {
    let start = line.find('“').unwrap() + '“'.len_utf8();
    let end = start + line[start..].find('”').unwrap();
    line[start..end].to_string()
}

/// The screen without its status line.
fn above_status(screen: &str) -> String {
    screen.lines().take(39).collect::<Vec<_>>().join("\n")
}

#[test]
fn o_follows_one_person_through_the_dossier_and_ctrl_o_and_hints_work() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("news");
    std::fs::create_dir(&folder).unwrap();
    for (name, text) in FIXTURES {
        std::fs::write(folder.join(name), text).unwrap();
    }
    std::fs::write(folder.join("e_long.txt"), long_text()).unwrap();
    let binary = env!("CARGO_BIN_EXE_briefing");
    let command = format!(
        "env -u NO_COLOR XDG_CONFIG_HOME={config} {binary} {folder}",
        config = dir.path().display(),
        folder = folder.display(),
    );
    let tmux = Session::start("identity", &command);
    tmux.wait_for("The long talks");
    wait_status(&tmux, |s| {
        !s.contains("extracting") && !s.contains("reading")
    });

    // The entity list's first row is Vladimir Putin (most mentioned person).
    tmux.keys(&["Tab"]);
    wait_status(&tmux, |s| s.contains("PER Vladimir Putin"));
    tmux.keys(&["d"]);
    let screen = tmux.wait_for("Dossier: Vladimir Putin");
    let lines: Vec<&str> = screen.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.contains("Named in 4 briefings"));
    let first = first.unwrap_or_else(|| panic!("no briefing count:\n{screen}"));
    // Rows read "▶   4× Title · roles": the title follows the count.
    let listed: BTreeSet<String> = lines[first + 1..first + 5]
        .iter()
        .map(|l| {
            let after = &l[l.find('×').unwrap() + '×'.len_utf8()..];
            // The dossier's right border ends the row.
            let title = after.split('┃').next().unwrap();
            // Roles follow the title after " · ".
            title.split(" · ").next().unwrap().trim().to_string()
        })
        .collect();
    assert_eq!(
        listed,
        BTreeSet::from([
            "A new decree".to_string(),
            "Grain prices fall".to_string(),
            "Putin and Okonkwo meet in Moscow".to_string(),
            "The long talks".to_string(),
        ]),
        "{screen}"
    );
    // `d` closes it (an Esc followed at once by `o` would read as Alt-o).
    tmux.keys(&["d"]);
    let start = Instant::now();
    while tmux.screen(false).contains("Dossier:") {
        assert!(start.elapsed() < PATIENCE, "the dossier stays open");
        sleep(Duration::from_millis(50));
    }

    let mut visited = BTreeSet::new();
    let mut last = String::new();
    for _ in 0..5 {
        tmux.keys(&["o"]);
        let status = wait_settled_status(&tmux, |s| s.contains("Vladimir Putin: ") && *s != last);
        assert!(
            status.starts_with("Vladimir Putin: "),
            "the followed name changed: {status}"
        );
        visited.insert(quoted(&status));
        last = status;
    }
    assert_eq!(visited, listed, "o visits exactly the dossier's briefings");

    // To the long briefing, scrolled, a mention lit there.
    while !tmux.status_line().contains("“The long talks”") {
        tmux.keys(&["o"]);
        sleep(Duration::from_millis(100));
        wait_status(&tmux, |s| s.contains("Vladimir Putin: "));
    }
    tmux.keys(&["BTab"]);
    tmux.keys(&["C-d", "C-d"]);
    // Scrolled, and settled: the same screen twice in a row.
    let start = Instant::now();
    let mut previous = String::new();
    loop {
        let screen = above_status(&tmux.screen(false));
        if !screen.contains("Part 1:") && screen.contains("Part ") && screen == previous {
            break;
        }
        assert!(start.elapsed() < PATIENCE, "not scrolled:\n{screen}");
        previous = screen;
        sleep(Duration::from_millis(200));
    }
    let before = above_status(&tmux.screen(false));
    tmux.keys(&["o"]);
    wait_status(&tmux, |s| s.contains("back to the first"));
    tmux.keys(&["C-o"]);
    let start = Instant::now();
    while above_status(&tmux.screen(false)) != before {
        assert!(
            start.elapsed() < PATIENCE,
            "C-o did not restore the screen:\nbefore:\n{before}\nnow:\n{}",
            tmux.screen(false)
        );
        sleep(Duration::from_millis(50));
    }

    // Hint mode: the first name on screen is Putin (label a), the second Okonkwo (label s),
    // both in the first paragraph shown.
    let screen = tmux.screen(false);
    let part = screen
        .lines()
        .find_map(|l| {
            let at = l.find("Part ")?;
            let rest = &l[at + 5..];
            rest[..rest.find(':')?].parse::<usize>().ok()
        })
        .unwrap();
    tmux.keys(&["f"]);
    tmux.wait_for("type a label");
    tmux.keys(&["s"]);
    let status = wait_status(&tmux, |s| s.contains("Zoltan Okonkwo · mention"));
    assert!(
        status.contains(&format!("Zoltan Okonkwo · mention {part}/60")),
        "part {part}: {status}"
    );
}
