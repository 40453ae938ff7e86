//! Closing the terminal ends the program: the real binary runs in a tmux pane, the pane is
//! killed (its tty hangs up), and the process must be gone soon after instead of spinning on
//! a dead tty. Skipped (with a note) when tmux is not installed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Only a ceiling: the test moves on as soon as the condition holds.
const PATIENCE: Duration = Duration::from_secs(20);

fn tmux(args: &[&str]) -> std::process::Output {
    Command::new("tmux").args(args).output().expect("run tmux")
}

fn wait_for(what: &str, mut condition: impl FnMut() -> bool) {
    let started = Instant::now();
    while !condition() {
        assert!(started.elapsed() < PATIENCE, "gave up waiting for {what}");
        sleep(Duration::from_millis(50));
    }
}

fn alive(pid: &str) -> bool {
    // A zombie has finished; only a running or sleeping process counts.
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|stat| !stat.contains(") Z "))
        .unwrap_or(false)
}

#[test]
fn closing_the_terminal_ends_the_program() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let name = format!("briefing-hangup-{}", std::process::id());
    let binary = env!("CARGO_BIN_EXE_briefing");
    // The read marks go to a temporary state folder, never the real home; `exec` keeps the
    // pane's pid the program's.
    let state = tempfile::tempdir().unwrap();
    let command = format!(
        "XDG_STATE_HOME='{}'; export XDG_STATE_HOME; exec '{binary}'",
        state.path().display()
    );
    let started = tmux(&[
        "new-session",
        "-d",
        "-s",
        &name,
        "-x",
        "100",
        "-y",
        "30",
        "-P",
        "-F",
        "#{pane_pid}",
        &command,
    ]);
    assert!(started.status.success(), "tmux could not start a session");
    let pid = String::from_utf8(started.stdout)
        .unwrap()
        .trim()
        .to_string();
    wait_for("the first frame", || {
        let screen = tmux(&["capture-pane", "-p", "-t", &name]);
        String::from_utf8_lossy(&screen.stdout).contains("Entities")
    });
    assert!(alive(&pid), "briefing should be running in the pane");
    tmux(&["kill-session", "-t", &name]);
    wait_for("briefing to exit after its terminal closed", || {
        !alive(&pid)
    });
}
