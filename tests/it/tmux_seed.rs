//! The real binary in tmux on the bundled seeds, driven as a reader would: select Ahmed
//! al-Shara’a, walk all 11 mentions and back, open SANA's quote and see its source lit, quit,
//! and find the terminal as it was. Skipped (with a note) when tmux is not installed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::tmux_common;

use std::path::Path;
use std::thread::sleep;
use std::time::Duration;

use tmux_common::{Session, tmux_available};

/// The SGR parameters in force where `word` first appears on a line holding `context`.
fn sgr_before(screen_with_escapes: &str, context: &str, word: &str) -> Vec<String> {
    let line = screen_with_escapes
        .lines()
        .find(|line| strip(line).contains(context))
        .unwrap_or_else(|| panic!("no line with {context:?}"));
    let at = line.find(word).unwrap();
    // The escape sequences written right before the word.
    let mut params = Vec::new();
    let mut rest = &line[..at];
    while rest.ends_with('m') {
        let Some(start) = rest.rfind("\x1b[") else {
            break;
        };
        params.push(rest[start + 2..rest.len() - 1].to_string());
        rest = &rest[..start];
    }
    params
}

fn strip(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn a_reader_walks_al_sharaas_mentions_opens_a_sana_quote_and_quits_cleanly() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let binary = env!("CARGO_BIN_EXE_briefing");
    let state = |name: &str| dir.path().join(name).display().to_string();
    // The shell records the terminal settings before and after, and the exit status.
    let command = format!(
        "env -u NO_COLOR XDG_CONFIG_HOME={config} sh -c 'stty -g > {before}; {binary}; echo \"exit=$?\"; stty -g > {after}; sleep 60'",
        config = dir.path().display(),
        before = state("before"),
        after = state("after"),
    );
    let tmux = Session::start("seed", &command);
    tmux.wait_for("Entities");
    // The first briefing is extracted first; wait until the list has entities.
    tmux.wait_for("PER ·");

    // Entities pane, filter to al-Shara’a, light him up.
    tmux.keys(&["Tab", "/", "shara", "Enter", "Enter"]);
    tmux.wait_for("Ahmed al-Shara’a · mention 1/11");
    for k in 2..=11 {
        tmux.keys(&["n"]);
        tmux.wait_for(&format!("Ahmed al-Shara’a · mention {k}/11"));
    }
    tmux.keys(&["n"]);
    tmux.wait_for("Ahmed al-Shara’a · mention 1/11");
    for k in (1..=11).rev() {
        tmux.keys(&["N"]);
        tmux.wait_for(&format!("Ahmed al-Shara’a · mention {k}/11"));
    }
    tmux.keys(&["N"]);
    tmux.wait_for("Ahmed al-Shara’a · mention 11/11");

    // Escape on its own: an ESC the app reads together with the next key is that key with
    // Alt, which a loaded machine makes likely when the two follow at once.
    tmux.keys(&["Escape"]);
    sleep(Duration::from_millis(300));
    // Quotes pane: move down to SANA's quote.
    tmux.keys(&["Tab", "g"]);
    let mut found = false;
    for _ in 0..20 {
        if tmux.status_line().contains("quote by SANA") {
            found = true;
            break;
        }
        tmux.keys(&["j"]);
        sleep(Duration::from_millis(100));
    }
    assert!(found, "no SANA quote in the list:\n{}", tmux.screen(false));
    let screen = tmux.wait_for("SANA said");
    assert!(
        tmux.status_line()
            .contains("via Presidential Media Directorate"),
        "{screen}"
    );
    // The words naming the source are drawn in the lit-source style: a green background,
    // which tmux writes as 42 or as 48;5;2, and bold.
    let params = sgr_before(&tmux.screen(true), "SANA said", "SANA");
    assert!(
        params.iter().any(|p| p == "42" || p.contains("48;5;2")),
        "SANA is not lit: {params:?}"
    );

    tmux.keys(&["q"]);
    let screen = tmux.wait_for("exit=0");
    assert!(
        !screen.contains("Entities"),
        "the TUI is still on screen:\n{screen}"
    );
    assert_eq!(tmux.flag("alternate_on"), "0");
    assert_eq!(tmux.flag("mouse_any_flag"), "0");
    assert_eq!(tmux.flag("cursor_flag"), "1");
    let read = |name: &str| std::fs::read_to_string(Path::new(&state(name))).unwrap();
    assert_eq!(read("before"), read("after"), "terminal settings changed");
}
