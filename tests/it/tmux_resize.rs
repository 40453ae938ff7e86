//! A storm of resizes on a long article loses no key: the real binary shows a long article in
//! tmux, the window narrows a column every 0.1 s for 3 s, and a `q` typed straight after must
//! quit without another key to wake it. Skipped (with a note) when tmux is not installed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::tmux_common;

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

use tmux_common::{Session, tmux_available};

/// Paragraphs of plain words, `bytes` long: long enough that each re-wrap takes a while.
fn long_article(bytes: usize) -> String {
    let paragraph = "The minister said on Tuesday that talks with the delegation would go on \
                     in the capital while officials met again to settle the terms. "
        .repeat(8)
        + "\n\n";
    paragraph.repeat(bytes / paragraph.len() + 1)
}

#[test]
fn a_key_typed_during_a_storm_of_resizes_is_handled() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("long.txt");
    std::fs::write(&article, long_article(16 * 1024 * 1024)).unwrap();
    let binary = env!("CARGO_BIN_EXE_briefing");
    let dir_name = dir.path().display();
    let tmux = Session::start(
        "resize",
        &format!(
            "sh -c 'XDG_CONFIG_HOME={dir_name} \"$0\" \"$1\"; echo exit=$?; sleep 60' '{binary}' '{}'",
            article.display()
        ),
    );
    tmux.wait_for("minister");
    let name = tmux.name().to_string();
    for step in 1..=30u16 {
        let resized = Command::new("tmux")
            .args([
                "resize-window",
                "-t",
                &name,
                "-x",
                &(120 - step).to_string(),
            ])
            .status()
            .unwrap();
        assert!(resized.success());
        sleep(Duration::from_millis(100));
    }
    let typed = Instant::now();
    tmux.keys(&["q"]);
    tmux.wait_for("exit=0");
    eprintln!("q to exit: {:?}", typed.elapsed());
}
