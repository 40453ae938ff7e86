//! The terminal is given back as it was however the UI ends: a panic (forced with
//! `BRIEFING_TEST_PANIC`), SIGTERM, SIGHUP or any other signal that ends a program. Each run uses the mouse, so mouse capture must be
//! turned off too. Skipped (with a note) when tmux is not installed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::tmux_common;

use std::path::{Path, PathBuf};
use std::process::Command;

use tmux_common::{Session, tmux_available};

/// A shell script that records the terminal settings before and after the binary, writes the
/// binary's pid (the inner shell execs it) and its exit status, then waits to be looked at.
fn script(dir: &Path, env: &str) -> PathBuf {
    let binary = env!("CARGO_BIN_EXE_briefing");
    let dir_name = dir.display();
    let text = format!(
        "#!/bin/sh\n\
         cd '{dir_name}'\n\
         stty -g > before\n\
         env -u NO_COLOR XDG_CONFIG_HOME='{dir_name}' {env} sh -c 'echo $$ > pid; exec \"$0\" --mouse' '{binary}' 2> stderr\n\
         echo \"exit=$?\"\n\
         stty -g > after\n\
         sleep 60\n"
    );
    let path = dir.join("run.sh");
    std::fs::write(&path, text).unwrap();
    path
}

/// Checks tmux's view of the terminal and the saved `stty` settings after the binary ended.
fn assert_restored(tmux: &Session, dir: &Path, screen: &str) {
    assert!(
        !screen.contains("Entities"),
        "the TUI is still on screen:\n{screen}"
    );
    assert_eq!(
        tmux.flag("alternate_on"),
        "0",
        "still on the alternate screen"
    );
    assert_eq!(tmux.flag("mouse_any_flag"), "0", "mouse capture still on");
    assert_eq!(tmux.flag("cursor_flag"), "1", "cursor still hidden");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    assert_eq!(read("before"), read("after"), "terminal settings changed");
}

#[test]
fn a_panic_restores_the_terminal_and_reports_it() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let run = script(dir.path(), "BRIEFING_TEST_PANIC=1");
    let tmux = Session::start("panic", &format!("sh {}", run.display()));
    // Rust's exit status for a panic is 101.
    let screen = tmux.wait_for("exit=101");
    assert_restored(&tmux, dir.path(), &screen);
    let stderr = std::fs::read_to_string(dir.path().join("stderr")).unwrap();
    assert!(stderr.contains("BRIEFING_TEST_PANIC"), "{stderr}");
}

#[test]
fn sigterm_and_sighup_restore_the_terminal_and_exit_with_128_plus_the_signal() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    for (signal, status) in [("TERM", 143), ("HUP", 129)] {
        assert_signal_restores(signal, status);
    }
}

/// Sends `signal` to the running app and checks it exits with `status` and the terminal as
/// it was.
fn assert_signal_restores(signal: &str, status: i32) {
    let dir = tempfile::tempdir().unwrap();
    let run = script(dir.path(), "");
    let tmux = Session::start(&signal.to_lowercase(), &format!("sh {}", run.display()));
    tmux.wait_for("Entities");
    let pid = std::fs::read_to_string(dir.path().join("pid")).unwrap();
    let killed = Command::new("kill")
        .args([&format!("-{signal}"), pid.trim()])
        .status()
        .unwrap();
    assert!(killed.success());
    let screen = tmux.wait_for(&format!("exit={status}"));
    assert_restored(&tmux, dir.path(), &screen);
}

/// SIGQUIT, SIGUSR1, SIGUSR2 and SIGALRM end a program as SIGTERM does; each used to leave the
/// alternate screen on and the cursor hidden.
#[test]
fn every_ending_signal_restores_the_terminal_and_exits_with_128_plus_the_signal() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    for (signal, status) in [("QUIT", 131), ("USR1", 138), ("USR2", 140), ("ALRM", 142)] {
        assert_signal_restores(signal, status);
    }
}
