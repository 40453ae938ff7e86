//! Suspending and resuming: the real binary runs under an interactive shell with job control
//! in a tmux pane. A stop (SIGTSTP from outside, or Ctrl-z inside the UI) gives the terminal
//! back to the shell; `fg` brings the UI back in raw mode with every pane drawn again, so a
//! single `q` (no Enter) quits. Skipped (with a note) when tmux is not installed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::tmux_common;

use std::path::Path;
use std::process::Command;

use tmux_common::{Session, tmux_available};

/// Starts an interactive shell in tmux that runs the binary on the seeds, its pid written to
/// `dir/pid`.
fn start(tag: &str, dir: &Path) -> Session {
    let binary = env!("CARGO_BIN_EXE_briefing");
    let dir_name = dir.display();
    let tmux = Session::start(
        tag,
        &format!(
            "env -u NO_COLOR XDG_CONFIG_HOME='{dir_name}' PS1='$ ' bash --norc --noprofile -i"
        ),
    );
    tmux.wait_for("$");
    tmux.keys(&[
        &format!("sh -c 'echo $$ > {dir_name}/pid; exec \"$0\"' '{binary}'"),
        "Enter",
    ]);
    tmux.wait_for("Entities");
    tmux
}

/// The shell has the terminal: the UI is gone from the screen, the main screen is back and
/// the cursor shows.
fn assert_given_back(tmux: &Session) {
    let screen = tmux.wait_for("Stopped");
    assert!(
        !screen.contains("Entities"),
        "the UI is still on screen:\n{screen}"
    );
    assert_eq!(
        tmux.flag("alternate_on"),
        "0",
        "still on the alternate screen"
    );
    assert_eq!(tmux.flag("cursor_flag"), "1", "cursor still hidden");
}

/// `fg`: the UI is drawn again, and reads single keys (raw mode): `q` alone quits.
fn assert_resumes(tmux: &Session) {
    tmux.keys(&["fg", "Enter"]);
    tmux.wait_for("Entities");
    assert_eq!(
        tmux.flag("alternate_on"),
        "1",
        "back on the alternate screen"
    );
    tmux.keys(&["q"]);
    // `fg` gives the job's status once it ends.
    tmux.wait_for("$ ");
    tmux.keys(&["echo exit=$?", "Enter"]);
    tmux.wait_for("exit=0");
}

#[test]
fn sigtstp_from_outside_suspends_and_fg_resumes_in_raw_mode() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tmux = start("tstp", dir.path());
    let pid = std::fs::read_to_string(dir.path().join("pid")).unwrap();
    let stopped = Command::new("kill")
        .args(["-TSTP", pid.trim()])
        .status()
        .unwrap();
    assert!(stopped.success());
    assert_given_back(&tmux);
    assert_resumes(&tmux);
}

#[test]
fn ctrl_z_suspends_and_fg_resumes_in_raw_mode() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tmux = start("ctrlz", dir.path());
    tmux.keys(&["C-z"]);
    assert_given_back(&tmux);
    assert_resumes(&tmux);
}

/// SIGSTOP cannot be caught: the shell takes the terminal back as it is. On `fg` the UI
/// takes it again from SIGCONT and draws everything.
#[test]
fn sigstop_then_fg_resumes_in_raw_mode_and_redraws() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tmux = start("stop", dir.path());
    let pid = std::fs::read_to_string(dir.path().join("pid")).unwrap();
    let stopped = Command::new("kill")
        .args(["-STOP", pid.trim()])
        .status()
        .unwrap();
    assert!(stopped.success());
    tmux.wait_for("Stopped");
    assert_resumes(&tmux);
}
